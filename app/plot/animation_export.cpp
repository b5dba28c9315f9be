// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/animation_export.hpp"

#include "plot/gif_writer.hpp"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace actlab::plot {

namespace {

/// Frames the GIF palette is taken from: the ends and evenly spread ones between them (the colours of a
/// figure are its theme's, its curves' and their blends, the same in every frame).
constexpr int kPaletteFrames = 9;

/// The one frame-number conversion of a pattern.
struct FieldSpec {
    qsizetype start = -1; ///< index of its '%'
    qsizetype length = 0; ///< "%d" = 2, "%03d" = 4
    int width = 0;        ///< zero padding, 0 for none
};

/// Finds the conversion; nullopt with *problem if the pattern is not one %d/%0Nd and literal %%.
std::optional<FieldSpec> findField(const QString& pattern, QString* problem) {
    std::optional<FieldSpec> field;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != QLatin1Char('%')) continue;
        const QString rest = pattern.mid(i + 1, 3);
        FieldSpec found{i, 0, 0};
        if (rest.startsWith(QLatin1Char('%'))) {
            ++i;
            continue;
        }
        if (rest.startsWith(QLatin1Char('d'))) {
            found.length = 2;
        } else if (rest.size() == 3 && rest[0] == QLatin1Char('0') && rest[1] >= QLatin1Char('1') &&
                   rest[1] <= QLatin1Char('9') && rest[2] == QLatin1Char('d')) {
            found.length = 4;
            found.width = rest[1].digitValue();
        } else {
            *problem =
                QCoreApplication::translate("actlab::plot::AnimationExport",
                                            "'%' must start %d, %0Nd (N = 1 to 9) or %% (a literal '%')");
            return std::nullopt;
        }
        if (field) {
            *problem = QCoreApplication::translate(
                "actlab::plot::AnimationExport",
                "more than one frame number (%d or %0Nd); write a literal '%' as %%");
            return std::nullopt;
        }
        field = found;
        i += found.length - 1;
    }
    if (!field)
        *problem =
            QCoreApplication::translate("actlab::plot::AnimationExport",
                                        "no frame number: put %d or %0Nd in the name (e.g. frame-%03d.png)");
    return field;
}

/// "%0Nd", the field of N digits as the pattern writes it.
QString fixedWidthField(int digits) {
    return QStringLiteral("%0") + QString::number(digits) + QLatin1Char('d');
}

QString unescape(const QString& text) {
    QString out = text;
    out.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return out;
}

bool cancelled(const AnimationProgress& progress, int done, int total, QString* error, const QString& path) {
    if (!progress || progress(done, total)) return false;
    if (error)
        *error = QCoreApplication::translate("actlab::plot::AnimationExport", "cannot write %1: cancelled")
                     .arg(path);
    return true;
}

} // namespace

std::optional<AnimationOutput> animationOutputForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif")) return AnimationOutput::Gif;
    if (suffix == QLatin1String("png")) return AnimationOutput::PngFrames;
    if (suffix == QLatin1String("svg")) return AnimationOutput::SvgFrames;
    return std::nullopt;
}

std::optional<QString> framePatternProblem(const QString& pattern, int frameCount) {
    QString problem;
    const auto field = findField(pattern, &problem);
    if (!field) return problem;
    const int digits = static_cast<int>(QString::number(std::max(frameCount - 1, 0)).size());
    if (field->width > 0 && field->width < digits)
        return QCoreApplication::translate("actlab::plot::AnimationExport",
                                           "%1 is too narrow for frame %2: use %3, or %d")
            .arg(fixedWidthField(field->width), QString::number(frameCount - 1), fixedWidthField(digits));
    return std::nullopt;
}

QString framePath(const QString& pattern, int frame) {
    QString problem;
    const auto field = findField(pattern, &problem);
    if (!field) return unescape(pattern);
    return unescape(pattern.left(field->start)) +
           QStringLiteral("%1").arg(frame, field->width, 10, QLatin1Char('0')) +
           unescape(pattern.mid(field->start + field->length));
}

QByteArray renderAnimatedGif(const FigureSpec& figure, const Animation& animation,
                             const ExportOptions& options, QString* error,
                             const AnimationProgress& progress) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return QByteArray();
    };
    ExportOptions opaque = options;
    opaque.transparent = false; // GIF transparency is for unchanged pixels of later frames
    const FigureSpec steady = withSteadyAxes(figure, animation);
    const int count = animationFrameCount(animation);
    // One sweep (from → to) holds every picture; bounce frames on the way back repeat them.
    const int sweep = std::max(animation.frames, 2);
    std::map<int, QImage> kept; // the palette's frames, rendered once
    std::vector<QImage> samples;
    for (int i = 0; i < kPaletteFrames; ++i) {
        const int frame =
            static_cast<int>(std::lround(static_cast<double>(i) * (sweep - 1) / (kPaletteFrames - 1)));
        if (kept.count(frame)) continue;
        QImage image = renderImage(animationFrame(steady, animation, frame), opaque);
        if (image.isNull())
            return fail(
                QCoreApplication::translate("actlab::plot::AnimationExport", "rendering frame %1 failed")
                    .arg(frame));
        kept.emplace(frame, image);
        samples.push_back(std::move(image));
    }
    const QSize size = samples.front().size();
    GifEncoder encoder(size, gifPalette(samples), gifDelayCentiseconds(animation.fps),
                       animation.mode != AnimationMode::Once);
    samples.clear();
    for (int frame = 0; frame < count; ++frame) {
        const int step = frame < sweep ? frame : 2 * (sweep - 1) - frame; // the picture it shows
        const auto found = kept.find(step);
        const QImage image = found != kept.end()
                                 ? found->second
                                 : renderImage(animationFrame(steady, animation, step), opaque);
        if (image.isNull())
            return fail(
                QCoreApplication::translate("actlab::plot::AnimationExport", "rendering frame %1 failed")
                    .arg(frame));
        if (!encoder.addFrame(image)) return fail(encoder.errorString());
        if (progress && !progress(frame + 1, count))
            return fail(QCoreApplication::translate("actlab::plot::AnimationExport", "cancelled"));
    }
    QByteArray gif = encoder.finish();
    if (gif.isEmpty()) return fail(encoder.errorString());
    return gif;
}

bool exportAnimation(const FigureSpec& figure, const Animation& animation, const QString& output,
                     AnimationOutput kind, const ExportOptions& options, QString* error,
                     const AnimationProgress& progress) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (const auto problem = animationProblem(figure, animation)) return fail(*problem);
    const int count = animationFrameCount(animation);
    if (kind == AnimationOutput::Gif) {
        QString problem;
        const QByteArray gif = renderAnimatedGif(figure, animation, options, &problem, progress);
        if (gif.isEmpty())
            return fail(QCoreApplication::translate("actlab::plot::AnimationExport", "cannot write %1: %2")
                            .arg(output, problem));
        return writeFileAtomically(output, gif, error);
    }
    if (const auto problem = framePatternProblem(output, count))
        return fail(
            QCoreApplication::translate("actlab::plot::AnimationExport", "%1: %2").arg(output, *problem));
    const FigureSpec steady = withSteadyAxes(figure, animation);
    const int sweep = std::max(animation.frames, 2);
    for (int frame = 0; frame < count; ++frame) {
        const int step = frame < sweep ? frame : 2 * (sweep - 1) - frame;
        const FigureSpec spec = animationFrame(steady, animation, step);
        const QString path = framePath(output, frame);
        if (!exportFigure(spec, path,
                          kind == AnimationOutput::SvgFrames ? ExportFormat::Svg : ExportFormat::Png, options,
                          error))
            return false;
        if (cancelled(progress, frame + 1, count, error, path)) return false;
    }
    return true;
}

} // namespace actlab::plot
