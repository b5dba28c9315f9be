// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz harness: the argument parser of `actlab plot` (argv to a figure spec, nothing drawn) and its
// curve SPEC parser.
//
// Input: byte 0 picks the form, the rest is the text (UTF-8):
//   0, 3: plot ARG...                 (TEXT split at NUL bytes: any argument vector)
//   1:    plot TEXT -o out.csv        (TEXT is one SPEC; parseCurveSpec(TEXT) is checked as well)
//   2:    plot relu OPTION TEXT -o out.png  (OPTION, one of the options with a value, chosen by byte 0;
//         for the animation's options: plot leaky_relu elu [--animate alpha=0.1:1] OPTION TEXT -o out.gif)
// Invariants:
//  - a request or an error, never both (the error is not empty exactly when there is no request);
//  - a request is drawable as parsed: at least one curve, every curve a catalogue function with one
//    finite value per parameter that validate() accepts, finite x range A < B, fixed y range A < B,
//    points 0 or 2..1000000, size 16..20000 per side, scale 0.5..8, an output whose extension gives the
//    format; an animation that animationProblem() accepts on that figure, written to a .gif or to .png or
//    .svg frames whose name pattern framePatternProblem() accepts;
//  - re-printing the request as arguments (each number with formatDouble()) parses back to the same
//    figure, bit for bit, and each curve re-printed as a SPEC parses back to the same curve.
#include "fuzz_check.hpp"

#include "cli/number_formatting.hpp"
#include "plot/plot_command.hpp"
#include "plot/presets.hpp"

#include <actlab/catalogue.hpp>

#include <QString>
#include <QStringList>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace {

using actlab::plot::CurveSpec;
using actlab::plot::PlotRequest;

std::string str(const QString& text) {
    return text.toStdString();
}

QString number(double value) {
    return QString::fromStdString(actlab::cli::formatDouble(value));
}

bool sameBits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

/// The SPEC that names this curve: id:name=value,...
QString specText(const CurveSpec& curve, const actlab::Activation& activation) {
    QString text = curve.id;
    for (std::size_t i = 0; i < activation.parameters.size(); ++i) {
        const auto& name = activation.parameters[i].name;
        text += (i == 0 ? QStringLiteral(":") : QStringLiteral(",")) +
                QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())) + QLatin1Char('=') +
                number(curve.params[i]);
    }
    return text;
}

void checkCurve(const CurveSpec& curve) {
    const auto* activation = actlab::findActivation(str(curve.id));
    ACTLAB_FUZZ_CHECK(activation != nullptr, str(curve.id));
    ACTLAB_FUZZ_CHECK(curve.params.size() == activation->parameters.size(), str(curve.id));
    for (const double p : curve.params)
        ACTLAB_FUZZ_CHECK(std::isfinite(p), str(curve.id));
    const auto problem = actlab::validate(*activation, curve.params);
    ACTLAB_FUZZ_CHECK(!problem, problem ? problem->message : "");
    // Re-printed as a SPEC, the same curve.
    const QString text = specText(curve, *activation);
    QString error;
    const auto again = actlab::plot::parseCurveSpec(text, &error);
    ACTLAB_FUZZ_CHECK(again.has_value(), str(text) + ": " + str(error));
    ACTLAB_FUZZ_CHECK(again->id == curve.id, str(text));
    for (std::size_t i = 0; i < curve.params.size(); ++i)
        ACTLAB_FUZZ_CHECK(sameBits(again->params[i], curve.params[i]), str(text));
}

bool validRange(double lo, double hi) {
    return std::isfinite(lo) && std::isfinite(hi) && lo < hi;
}

void checkRequest(const PlotRequest& request) {
    if (request.help) return;
    const auto& spec = request.spec;
    ACTLAB_FUZZ_CHECK(!spec.curves.empty(), "");
    for (const CurveSpec& curve : spec.curves)
        checkCurve(curve);
    ACTLAB_FUZZ_CHECK(validRange(spec.xMin, spec.xMax), str(number(spec.xMin) + ":" + number(spec.xMax)));
    if (spec.yRange[0]) ACTLAB_FUZZ_CHECK(validRange(spec.yRange[0]->first, spec.yRange[0]->second), "");
    ACTLAB_FUZZ_CHECK(spec.points == 0 || (spec.points >= 2 && spec.points <= 1000000), "");
    ACTLAB_FUZZ_CHECK(spec.sizePx.width() >= 16 && spec.sizePx.width() <= 20000, "");
    ACTLAB_FUZZ_CHECK(spec.sizePx.height() >= 16 && spec.sizePx.height() <= 20000, "");
    ACTLAB_FUZZ_CHECK(request.options.scale >= 0.5 && request.options.scale <= 8, "");
    ACTLAB_FUZZ_CHECK(!request.output.isEmpty(), "");
    const auto format = actlab::plot::exportFormatForPath(request.output);
    if (request.animation) { // issue 9: --animate writes a GIF or numbered frames
        const auto& animation = *request.animation;
        const auto kind = actlab::plot::animationOutputForPath(request.output);
        ACTLAB_FUZZ_CHECK(!request.session && kind && *kind == request.animationOutput, str(request.output));
        ACTLAB_FUZZ_CHECK(request.format == (kind == actlab::plot::AnimationOutput::SvgFrames
                                                 ? actlab::plot::ExportFormat::Svg
                                                 : actlab::plot::ExportFormat::Png),
                          str(request.output));
        const auto problem = actlab::plot::animationProblem(spec, animation);
        ACTLAB_FUZZ_CHECK(!problem, str(problem.value_or(QString())));
        ACTLAB_FUZZ_CHECK(animation.curves.empty() && std::isfinite(animation.from) &&
                              std::isfinite(animation.to) && animation.from != animation.to,
                          "");
        ACTLAB_FUZZ_CHECK(animation.frames >= 2 && animation.frames <= actlab::plot::kMaxAnimationFrames, "");
        ACTLAB_FUZZ_CHECK(animation.fps >= 1 && animation.fps <= 50, "");
        if (*kind != actlab::plot::AnimationOutput::Gif) {
            const auto patternProblem = actlab::plot::framePatternProblem(
                request.output, actlab::plot::animationFrameCount(animation));
            ACTLAB_FUZZ_CHECK(!patternProblem, str(request.output));
        }
        // Every frame's figure is drawable: its curves' parameters pass validate().
        for (const int frame : {0, animation.frames / 2, animation.frames - 1})
            for (const CurveSpec& curve : actlab::plot::animationFrame(spec, animation, frame).curves) {
                const auto* activation = actlab::findActivation(str(curve.id));
                const auto params = curve.params.empty() ? activation->defaults() : curve.params;
                ACTLAB_FUZZ_CHECK(!actlab::validate(*activation, params), str(curve.id));
            }
    } else {
        ACTLAB_FUZZ_CHECK(request.session
                              ? request.output.endsWith(QLatin1String(".actlab"), Qt::CaseInsensitive)
                              : format && *format == request.format,
                          str(request.output)); // -o FILE.actlab writes a session (issue 8)
    }

    // Re-print as arguments: the preset, the curves added to it, every option explicitly.
    std::size_t fromPreset = 0;
    QStringList args;
    if (!spec.name.isEmpty()) {
        const auto preset = actlab::plot::preset(spec.name);
        ACTLAB_FUZZ_CHECK(preset.has_value(), str(spec.name));
        fromPreset = preset->curves.size();
        args << QStringLiteral("--preset=") + spec.name;
    }
    for (std::size_t i = fromPreset; i < spec.curves.size(); ++i)
        args << specText(spec.curves[i], *actlab::findActivation(str(spec.curves[i].id)));
    args << QStringLiteral("--derivatives=%1").arg(spec.derivatives())
         << QStringLiteral("--xrange=") + number(spec.xMin) + QLatin1Char(':') + number(spec.xMax)
         << QStringLiteral("--size=%1x%2").arg(spec.sizePx.width()).arg(spec.sizePx.height())
         << QStringLiteral("--scale=") + number(request.options.scale)
         << QStringLiteral("--title=") + spec.title << QStringLiteral("--xlabel=") + spec.xLabel
         << QStringLiteral("--ylabel=") + spec.yLabel
         << QStringLiteral("--theme=") + request.options.theme.name
         << QStringLiteral("--legend=") + spec.legend << QStringLiteral("--output=") + request.output;
    if (spec.yRange[0])
        args << QStringLiteral("--yrange=") + number(spec.yRange[0]->first) + QLatin1Char(':') +
                    number(spec.yRange[0]->second);
    if (spec.points != 0) args << QStringLiteral("--points=%1").arg(spec.points);
    if (spec.gallery) args << QStringLiteral("--gallery");
    if (request.animation) {
        const auto& animation = *request.animation;
        args << QStringLiteral("--animate=") + animation.parameter + QLatin1Char('=') +
                    number(animation.from) + QLatin1Char(':') + number(animation.to)
             << QStringLiteral("--frames=%1").arg(animation.frames)
             << QStringLiteral("--fps=") + number(animation.fps)
             << QStringLiteral("--animate-mode=") + actlab::plot::animationModeName(animation.mode)
             << QStringLiteral("--animate-scale=") +
                    (animation.interpolation == actlab::plot::Interpolation::Geometric
                         ? QStringLiteral("log")
                         : QStringLiteral("linear"));
    }
    QString error;
    const auto again = actlab::plot::parsePlotArguments(args, &error);
    ACTLAB_FUZZ_CHECK(again.has_value(), str(args.join(QLatin1Char(' '))) + ": " + str(error));
    ACTLAB_FUZZ_CHECK(again->spec == spec, str(args.join(QLatin1Char(' '))));
    ACTLAB_FUZZ_CHECK(sameBits(again->spec.xMin, spec.xMin) && sameBits(again->spec.xMax, spec.xMax), "");
    if (spec.yRange[0])
        ACTLAB_FUZZ_CHECK(sameBits(again->spec.yRange[0]->first, spec.yRange[0]->first) &&
                              sameBits(again->spec.yRange[0]->second, spec.yRange[0]->second),
                          "");
    for (std::size_t c = 0; c < spec.curves.size(); ++c)
        for (std::size_t i = 0; i < spec.curves[c].params.size(); ++i)
            ACTLAB_FUZZ_CHECK(sameBits(again->spec.curves[c].params[i], spec.curves[c].params[i]), "");
    ACTLAB_FUZZ_CHECK(sameBits(again->options.scale, request.options.scale), "");
    ACTLAB_FUZZ_CHECK(again->output == request.output && again->format == request.format, "");
    ACTLAB_FUZZ_CHECK(again->options.theme.name == request.options.theme.name, "");
    ACTLAB_FUZZ_CHECK(again->animation == request.animation, str(args.join(QLatin1Char(' '))));
    if (request.animation) {
        ACTLAB_FUZZ_CHECK(sameBits(again->animation->from, request.animation->from) &&
                              sameBits(again->animation->to, request.animation->to) &&
                              sameBits(again->animation->fps, request.animation->fps),
                          "");
        ACTLAB_FUZZ_CHECK(again->animationOutput == request.animationOutput, "");
    }
}

QStringList splitArgs(std::string_view text) {
    QStringList args;
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = text.find('\0', start);
        const std::string_view arg = text.substr(start, at == std::string_view::npos ? at : at - start);
        args << QString::fromUtf8(arg.data(), static_cast<qsizetype>(arg.size()));
        if (at == std::string_view::npos) return args;
        start = at + 1;
    }
}

// The first 14 keep the seeds of issue 7 meaning what they meant; the animation's options follow.
const std::array<const char*, 19> kOptions = {
    "--preset",  "--derivatives", "--xrange", "--yrange",       "--points",       "--size", "--scale",
    "--title",   "--xlabel",      "--ylabel", "--theme",        "--legend",       "-o",     "--output",
    "--animate", "--frames",      "--fps",    "--animate-mode", "--animate-scale"};
constexpr std::size_t kFirstAnimationOption = 14;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned control = data[0];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    const QString text = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));

    QStringList args;
    switch (control & 3U) {
    case 1: {
        args = {text, QStringLiteral("-o"), QStringLiteral("out.csv")};
        QString error;
        const auto curve = actlab::plot::parseCurveSpec(text, &error);
        ACTLAB_FUZZ_CHECK(curve.has_value() != !error.isEmpty(), "a curve and an error: " + str(error));
        if (curve) checkCurve(*curve);
        break;
    }
    case 2: {
        const std::size_t option = (control >> 2) % kOptions.size();
        if (option < kFirstAnimationOption) {
            args = {QStringLiteral("relu"), QString::fromLatin1(kOptions[option]), text, QStringLiteral("-o"),
                    QStringLiteral("out.png")};
        } else {
            args = {QStringLiteral("leaky_relu"), QStringLiteral("elu")};
            if (option != kFirstAnimationOption)
                args << QStringLiteral("--animate") << QStringLiteral("alpha=0.1:1");
            args << QString::fromLatin1(kOptions[option]) << text << QStringLiteral("-o")
                 << QStringLiteral("out.gif");
        }
        break;
    }
    default:
        args = splitArgs(bytes);
        break;
    }

    QString error;
    const auto request = actlab::plot::parsePlotArguments(args, &error);
    ACTLAB_FUZZ_CHECK(request.has_value() != !error.isEmpty(), "a request and an error: " + str(error));
    if (request) checkRequest(*request);
    return 0;
}
