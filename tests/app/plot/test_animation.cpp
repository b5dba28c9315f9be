// SPDX-License-Identifier: GPL-3.0-or-later
// Parameter animation (issue 9): frame values against values worked out by hand, linked curves, range
// and constraint errors, steady y ranges from the closed forms of Leaky ReLU, frame-name patterns,
// `actlab plot --animate` arguments, and GIFs read back with giflib's own decoder (DGifSlurp): frame
// count, delay, the NETSCAPE2.0 loop block, size, and every pixel of every frame against the frame
// rendered on its own; File ▸ Export animation's dialog writes what the command line writes.
#include "plot/animation.hpp"
#include "plot/animation_dialog.hpp"
#include "plot/animation_export.hpp"
#include "plot/exporter.hpp"
#include "plot/gif_writer.hpp"
#include "plot/plot_command.hpp"

#include <gtest/gtest.h>

#include <gif_lib.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace {

using actlab::plot::Animation;
using actlab::plot::AnimationMode;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;
using actlab::plot::Interpolation;

CurveSpec curve(const char* id, std::vector<double> params) {
    CurveSpec c;
    c.id = QString::fromLatin1(id);
    c.params = std::move(params);
    return c;
}

/// Leaky ReLU (α = 0.1), ELU (α = 1) and ReLU over [−5, 5].
FigureSpec threeCurves() {
    FigureSpec spec;
    spec.curves = {curve("leaky_relu", {0.1}), curve("elu", {1.0}), curve("relu", {})};
    return spec;
}

Animation alpha(double from, double to, int frames) {
    Animation a;
    a.parameter = QStringLiteral("alpha");
    a.from = from;
    a.to = to;
    a.frames = frames;
    return a;
}

std::vector<double> frameValues(const Animation& a) {
    std::vector<double> values;
    for (int k = 0; k < actlab::plot::animationFrameCount(a); ++k)
        values.push_back(actlab::plot::animationValue(a, actlab::plot::framePosition(a, k)));
    return values;
}

TEST(Animation, LinearFramesIncludeBothEnds) {
    // 0:1 in 5 frames: steps of 1/4, every value exact in binary.
    EXPECT_EQ(frameValues(alpha(0, 1, 5)), (std::vector<double>{0, 0.25, 0.5, 0.75, 1}));
    // Downwards: 1, 0.5, 0.
    EXPECT_EQ(frameValues(alpha(1, 0, 3)), (std::vector<double>{1, 0.5, 0}));
    // -2:2 in 9 frames: -2, -1.5, … 2.
    EXPECT_EQ(frameValues(alpha(-2, 2, 9)), (std::vector<double>{-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2}));
    // The last frame is exactly B even where A + (B − A) is not (0.1 + (0.7 − 0.1) = 0.7000000000000001).
    EXPECT_EQ(frameValues(alpha(0.1, 0.7, 7)).back(), 0.7);
}

TEST(Animation, GeometricStepsHaveEqualRatios) {
    auto a = alpha(0.01, 1, 3);
    a.interpolation = Interpolation::Geometric;
    const auto v = frameValues(a);
    ASSERT_EQ(v.size(), 3u);
    EXPECT_EQ(v[0], 0.01); // the ends exactly
    EXPECT_EQ(v[2], 1.0);
    EXPECT_NEAR(v[1], 0.1, 1e-16); // √(0.01 · 1)
    a = alpha(0.001, 1, 4);        // 0.001, 0.01, 0.1, 1
    a.interpolation = Interpolation::Geometric;
    const auto w = frameValues(a);
    EXPECT_NEAR(w[1], 0.01, 1e-17);
    EXPECT_NEAR(w[2], 0.1, 1e-16);
    // Log steps need positive ends.
    a.from = 0;
    EXPECT_TRUE(actlab::plot::animationProblem(threeCurves(), a));
}

TEST(Animation, ModesAndFrameCounts) {
    auto a = alpha(0, 1, 4);
    a.mode = AnimationMode::Once;
    EXPECT_EQ(actlab::plot::animationFrameCount(a), 4);
    a.mode = AnimationMode::Loop;
    EXPECT_EQ(actlab::plot::animationFrameCount(a), 4);
    a.mode = AnimationMode::Bounce; // 0, 1/3, 2/3, 1, 2/3, 1/3 — then the loop starts at 0 again
    EXPECT_EQ(actlab::plot::animationFrameCount(a), 6);
    const auto v = frameValues(a);
    ASSERT_EQ(v.size(), 6u);
    EXPECT_EQ(v[0], 0);
    EXPECT_EQ(v[3], 1);
    EXPECT_DOUBLE_EQ(v[1], 1.0 / 3);
    EXPECT_EQ(v[4], v[2]);
    EXPECT_EQ(v[5], v[1]);
}

TEST(Animation, ValueAtATimeForTheWindow) {
    auto a = alpha(0, 2, 30);
    const double duration = 4; // seconds per sweep
    a.mode = AnimationMode::Once;
    EXPECT_EQ(actlab::plot::animationValueAt(a, 1, duration), 0.5);
    EXPECT_EQ(actlab::plot::animationValueAt(a, 9, duration), 2.0); // stays at B
    a.mode = AnimationMode::Loop;
    EXPECT_EQ(actlab::plot::animationValueAt(a, 5, duration), 0.5); // 1.25 sweeps: a quarter of the way
    a.mode = AnimationMode::Bounce;
    EXPECT_EQ(actlab::plot::animationValueAt(a, 5, duration), 1.5); // on the way back: three quarters
    EXPECT_EQ(actlab::plot::animationValueAt(a, 8, duration), 0.0); // back at A
}

TEST(Animation, LinkedCurvesPlayTogether) {
    const FigureSpec spec = threeCurves();
    EXPECT_EQ(actlab::plot::curvesWithParameter(spec, QStringLiteral("alpha")), (std::vector<int>{0, 1}));
    const auto a = alpha(0.2, 0.6, 3);
    ASSERT_FALSE(actlab::plot::animationProblem(spec, a));
    const FigureSpec middle = actlab::plot::animationFrame(spec, a, 1);
    EXPECT_EQ(middle.curves[0].params, std::vector<double>{0.4});
    EXPECT_EQ(middle.curves[1].params, std::vector<double>{0.4});
    EXPECT_TRUE(middle.curves[2].params.empty()); // ReLU has no α
    // Only the curves asked for.
    auto one = a;
    one.curves = {1};
    const FigureSpec onlyElu = actlab::plot::animationFrame(spec, one, 2);
    EXPECT_EQ(onlyElu.curves[0].params, std::vector<double>{0.1});
    EXPECT_EQ(onlyElu.curves[1].params, std::vector<double>{0.6});
    // Integer parameters step through whole numbers: maxout's k from 1 to 4 in 7 frames.
    FigureSpec maxout;
    maxout.curves = {curve("maxout", {})};
    Animation k;
    k.parameter = QStringLiteral("k");
    k.from = 1;
    k.to = 4;
    k.frames = 7; // 1, 1.5, 2, 2.5, 3, 3.5, 4 → rounded half away from zero
    ASSERT_FALSE(actlab::plot::animationProblem(maxout, k));
    const std::vector<double> expected = {1, 2, 2, 3, 3, 4, 4};
    for (int frame = 0; frame < 7; ++frame) {
        const auto params = actlab::plot::animationFrame(maxout, k, frame).curves[0].params;
        const int index = actlab::plot::parameterIndex(maxout.curves[0], QStringLiteral("k"));
        EXPECT_EQ(params[static_cast<std::size_t>(index)], expected[static_cast<std::size_t>(frame)])
            << frame;
    }
}

TEST(Animation, ProblemsNameCurveParameterAndRange) {
    const FigureSpec spec = threeCurves();
    // Leaky ReLU's α is declared in [0, 1]; ELU's in [0, 10].
    auto problem = actlab::plot::animationProblem(spec, alpha(0.5, 2, 10));
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, QStringLiteral("curve 1 (leaky_relu): alpha = 2 is outside its range [0, 1]"));
    problem = actlab::plot::animationProblem(spec, alpha(-1, 1, 10));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->contains(QStringLiteral("alpha = -1"))) << problem->toStdString();
    // Linked to ELU alone, 2 is fine.
    auto elu = alpha(0.5, 2, 10);
    elu.curves = {1};
    EXPECT_FALSE(actlab::plot::animationProblem(spec, elu));
    problem = actlab::plot::animationProblem(spec, alpha(0.5, 0.5, 10));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->contains(QStringLiteral("equal")));
    auto beta = alpha(0, 1, 10);
    beta.parameter = QStringLiteral("beta");
    problem = actlab::plot::animationProblem(spec, beta);
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->contains(QStringLiteral("beta")) && problem->contains(QStringLiteral("alpha")))
        << problem->toStdString();
    // Hardtanh: min_val from -2 to 2 meets max_val = 1 (min_val < max_val is required) on the way.
    FigureSpec hardtanh;
    hardtanh.curves = {curve("hardtanh", {-1, 1})};
    Animation m;
    m.parameter = QStringLiteral("min_val");
    m.from = -2;
    m.to = 2;
    m.frames = 5; // -2, -1, 0, 1, 2: frame 3 (min_val = 1) is the first refused
    problem = actlab::plot::animationProblem(hardtanh, m);
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->startsWith(QStringLiteral("curve 1 (hardtanh) at frame 3 (min_val = 1)")))
        << problem->toStdString();
}

TEST(Animation, SteadyAxesHoldEveryFrame) {
    // Leaky ReLU over [-5, 5] with α from 0 to 1: f runs from -5 (α = 1 at x = -5) to 5, f' from 0 (α = 0)
    // to 1; with 5 % margins [-5.5, 5.5] and [-0.05, 1.05]. f'' is 0 everywhere: left to autoscale.
    FigureSpec spec;
    spec.curves = {curve("leaky_relu", {0.1})};
    spec.setDerivatives(2);
    const FigureSpec steady = actlab::plot::withSteadyAxes(spec, alpha(0, 1, 5));
    ASSERT_TRUE(steady.yRange[0] && steady.yRange[1]);
    EXPECT_DOUBLE_EQ(steady.yRange[0]->first, -5.5);
    EXPECT_DOUBLE_EQ(steady.yRange[0]->second, 5.5);
    EXPECT_DOUBLE_EQ(steady.yRange[1]->first, -0.05);
    EXPECT_DOUBLE_EQ(steady.yRange[1]->second, 1.05);
    EXPECT_FALSE(steady.yRange[2]);
    // A fixed range is kept.
    spec.yRange[0] = actlab::plot::Range(-1, 2);
    EXPECT_EQ(*actlab::plot::withSteadyAxes(spec, alpha(0, 1, 5)).yRange[0], actlab::plot::Range(-1, 2));
}

TEST(FramePattern, NamesAndProblems) {
    using actlab::plot::framePath;
    using actlab::plot::framePatternProblem;
    EXPECT_EQ(framePath(QStringLiteral("out/frame-%03d.png"), 7), QStringLiteral("out/frame-007.png"));
    EXPECT_EQ(framePath(QStringLiteral("f%d.svg"), 12), QStringLiteral("f12.svg"));
    EXPECT_EQ(framePath(QStringLiteral("100%%-%02d.png"), 3), QStringLiteral("100%-03.png"));
    EXPECT_FALSE(framePatternProblem(QStringLiteral("out/frame-%03d.png"), 30));
    EXPECT_FALSE(framePatternProblem(QStringLiteral("f%d.png"), 1000));
    EXPECT_TRUE(framePatternProblem(QStringLiteral("frame.png"), 30));   // no number
    EXPECT_TRUE(framePatternProblem(QStringLiteral("%d-%d.png"), 30));   // two
    EXPECT_TRUE(framePatternProblem(QStringLiteral("%s.png"), 30));      // not %d
    EXPECT_TRUE(framePatternProblem(QStringLiteral("50%.png"), 30));     // a bare %
    EXPECT_TRUE(framePatternProblem(QStringLiteral("f%02d.png"), 101));  // frame 100 needs 3 digits
    EXPECT_FALSE(framePatternProblem(QStringLiteral("f%02d.png"), 100)); // frames 00 … 99
    const auto problem = framePatternProblem(QStringLiteral("f%02d.png"), 101);
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->contains(QStringLiteral("%03d"))) << problem->toStdString();
}

// ---- actlab plot --animate ------------------------------------------------------------------------

std::optional<actlab::plot::PlotRequest> parse(const QStringList& args, QString* error = nullptr) {
    QString ignored;
    return actlab::plot::parsePlotArguments(args, error ? error : &ignored);
}

TEST(AnimateArguments, EveryOption) {
    QString error;
    const auto r = parse({QStringLiteral("leaky_relu"), QStringLiteral("elu"), QStringLiteral("--animate"),
                          QStringLiteral("alpha=0.01:1"), QStringLiteral("--frames"), QStringLiteral("12"),
                          QStringLiteral("--fps=24"), QStringLiteral("--animate-mode"),
                          QStringLiteral("bounce"), QStringLiteral("--animate-scale"), QStringLiteral("log"),
                          QStringLiteral("-o"), QStringLiteral("a.GIF")},
                         &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_TRUE(r->animation);
    EXPECT_EQ(r->animation->parameter, QStringLiteral("alpha"));
    EXPECT_EQ(r->animation->from, 0.01);
    EXPECT_EQ(r->animation->to, 1.0);
    EXPECT_EQ(r->animation->frames, 12);
    EXPECT_EQ(r->animation->fps, 24.0);
    EXPECT_EQ(r->animation->mode, AnimationMode::Bounce);
    EXPECT_EQ(r->animation->interpolation, Interpolation::Geometric);
    EXPECT_TRUE(r->animation->curves.empty());
    EXPECT_EQ(r->animationOutput, actlab::plot::AnimationOutput::Gif);
    // Defaults: 30 frames at 15 fps, looping, linear.
    const auto d = parse({QStringLiteral("elu"), QStringLiteral("--animate=alpha=2:0"), QStringLiteral("-o"),
                          QStringLiteral("frames/f-%02d.svg")},
                         &error);
    ASSERT_TRUE(d) << error.toStdString();
    EXPECT_EQ(d->animation->frames, 30);
    EXPECT_EQ(d->animation->fps, 15.0);
    EXPECT_EQ(d->animation->mode, AnimationMode::Loop);
    EXPECT_EQ(d->animation->interpolation, Interpolation::Linear);
    EXPECT_EQ(d->animationOutput, actlab::plot::AnimationOutput::SvgFrames);
    EXPECT_EQ(d->format, actlab::plot::ExportFormat::Svg);
    // Without --animate nothing changes.
    EXPECT_FALSE(parse({QStringLiteral("elu"), QStringLiteral("-o"), QStringLiteral("a.png")})->animation);
}

TEST(AnimateArguments, RefusesBadInputWithOneLine) {
    const QStringList curves = {QStringLiteral("leaky_relu"), QStringLiteral("relu")};
    const QStringList gif = {QStringLiteral("-o"), QStringLiteral("a.gif")};
    const QStringList animate = {QStringLiteral("--animate"), QStringLiteral("alpha=0:1")};
    struct Case {
        QStringList args;
        const char* mentions;
    };
    const std::vector<Case> cases = {
        {curves + gif, "--animate"}, // a GIF is an animation
        {curves + QStringList{QStringLiteral("--frames"), QStringLiteral("10"), QStringLiteral("-o"),
                              QStringLiteral("a.png")},
         "--frames needs --animate"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("alpha")}, "NAME=A:B"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("alpha=0")}, "NAME=A:B"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("alpha=a:1")}, "alpha=a:1"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("=0:1")}, "NAME=A:B"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("alpha=0:nan")}, "finite"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("alpha=1:1")}, "equal"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("beta=0:1")}, "beta"},
        {curves + gif + QStringList{QStringLiteral("--animate"), QStringLiteral("alpha=0:3")},
         "curve 1 (leaky_relu): alpha = 3 is outside its range [0, 1]"},
        {curves + gif + animate + QStringList{QStringLiteral("--frames"), QStringLiteral("1")}, "--frames"},
        {curves + gif + animate + QStringList{QStringLiteral("--frames"), QStringLiteral("1001")},
         "--frames"},
        {curves + gif + animate + QStringList{QStringLiteral("--frames"), QStringLiteral("2.5")}, "--frames"},
        {curves + gif + animate + QStringList{QStringLiteral("--fps"), QStringLiteral("0")}, "--fps"},
        {curves + gif + animate + QStringList{QStringLiteral("--fps"), QStringLiteral("51")}, "--fps"},
        {curves + gif + animate + QStringList{QStringLiteral("--fps"), QStringLiteral("nan")}, "--fps"},
        {curves + gif + animate + QStringList{QStringLiteral("--animate-mode"), QStringLiteral("twice")},
         "--animate-mode"},
        {curves + gif + animate + QStringList{QStringLiteral("--animate-scale"), QStringLiteral("log")},
         "log"},
        {curves + animate + QStringList{QStringLiteral("-o"), QStringLiteral("a.pdf")}, "a.pdf"},
        {curves + animate + QStringList{QStringLiteral("-o"), QStringLiteral("a.actlab")}, "a.actlab"},
        {curves + animate + QStringList{QStringLiteral("-o"), QStringLiteral("frame.png")}, "%d"},
        {curves + animate + QStringList{QStringLiteral("-o"), QStringLiteral("f-%d-%d.png")},
         "more than one"},
        {curves + animate +
             QStringList{QStringLiteral("--frames"), QStringLiteral("200"), QStringLiteral("-o"),
                         QStringLiteral("f-%02d.png")},
         "%03d"},
        {curves + animate + QStringList{QStringLiteral("--animate")}, "--animate needs a value"},
    };
    for (const auto& c : cases) {
        QString error;
        EXPECT_FALSE(parse(c.args, &error)) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.mentions)))
            << c.args.join(QLatin1Char(' ')).toStdString() << " -> " << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    }
    EXPECT_TRUE(actlab::plot::plotUsage().contains(QStringLiteral("--animate NAME=A:B")));
    EXPECT_TRUE(actlab::plot::plotUsage().contains(QStringLiteral("frame-%03d.png")));
}

// ---- GIF read back by giflib ---------------------------------------------------------------------

struct Decoded {
    int width = 0;
    int height = 0;
    std::vector<QImage> frames; ///< the canvas after each frame, composited as a viewer does
    std::vector<int> delays;    ///< centiseconds
    bool loopsForever = false;
    std::vector<QRgb> palette;
    int transparentFrames = 0; ///< frames after the first that use a transparent index
};

/// Decodes with DGifSlurp and composites every frame onto the canvas (disposal "do not dispose": the
/// next frame is drawn over what is there; transparent pixels leave it).
Decoded decodeGif(const QByteArray& bytes) {
    struct Reader {
        const QByteArray* bytes;
        qsizetype at = 0;
    } reader{&bytes};
    auto read = [](GifFileType* gif, GifByteType* out, int length) -> int {
        auto* r = static_cast<Reader*>(gif->UserData);
        const auto n = std::min<qsizetype>(length, r->bytes->size() - r->at);
        std::memcpy(out, r->bytes->constData() + r->at, static_cast<std::size_t>(n));
        r->at += n;
        return static_cast<int>(n);
    };
    int code = 0;
    GifFileType* gif = DGifOpen(&reader, read, &code);
    EXPECT_NE(gif, nullptr) << GifErrorString(code);
    Decoded out;
    if (!gif) return out;
    std::unique_ptr<GifFileType, void (*)(GifFileType*)> guard(gif, [](GifFileType* g) {
        int ignored = 0;
        DGifCloseFile(g, &ignored);
    });
    EXPECT_EQ(DGifSlurp(gif), GIF_OK) << GifErrorString(gif->Error);
    out.width = gif->SWidth;
    out.height = gif->SHeight;
    EXPECT_NE(gif->SColorMap, nullptr);
    if (!gif->SColorMap) return out;
    for (int i = 0; i < gif->SColorMap->ColorCount; ++i) {
        const auto& c = gif->SColorMap->Colors[i];
        out.palette.push_back(qRgb(c.Red, c.Green, c.Blue));
    }
    QImage canvas(out.width, out.height, QImage::Format_RGB32);
    canvas.fill(Qt::magenta); // no pixel may stay undrawn
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& image = gif->SavedImages[i];
        for (int b = 0; b + 1 < image.ExtensionBlockCount; ++b) {
            const ExtensionBlock& block = image.ExtensionBlocks[b];
            if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11 &&
                std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0) {
                const ExtensionBlock& data = image.ExtensionBlocks[b + 1];
                out.loopsForever = data.Function == CONTINUE_EXT_FUNC_CODE && data.ByteCount == 3 &&
                                   data.Bytes[0] == 1 && data.Bytes[1] == 0 && data.Bytes[2] == 0;
            }
        }
        GraphicsControlBlock gcb{};
        EXPECT_EQ(DGifSavedExtensionToGCB(gif, i, &gcb), GIF_OK);
        out.delays.push_back(gcb.DelayTime);
        EXPECT_TRUE(gcb.DisposalMode == DISPOSE_DO_NOT || gcb.DisposalMode == DISPOSAL_UNSPECIFIED);
        if (i > 0 && gcb.TransparentColor != NO_TRANSPARENT_COLOR) ++out.transparentFrames;
        const GifImageDesc& d = image.ImageDesc;
        EXPECT_TRUE(d.Left >= 0 && d.Top >= 0 && d.Left + d.Width <= out.width &&
                    d.Top + d.Height <= out.height);
        const ColorMapObject* map = d.ColorMap ? d.ColorMap : gif->SColorMap;
        for (int y = 0; y < d.Height; ++y)
            for (int x = 0; x < d.Width; ++x) {
                const int index = image.RasterBits[y * d.Width + x];
                if (index == gcb.TransparentColor) continue;
                EXPECT_LT(index, map->ColorCount);
                const auto& c = map->Colors[index];
                canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        out.frames.push_back(canvas.copy());
    }
    return out;
}

int distance2(QRgb a, QRgb b) {
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return dr * dr + dg * dg + db * db;
}

FigureSpec smallFigure() {
    FigureSpec spec;
    spec.curves = {curve("leaky_relu", {0.1}), curve("elu", {1.0})};
    spec.sizePx = QSize(240, 160);
    spec.legend = QStringLiteral("none");
    return spec;
}

actlab::plot::ExportOptions smallOptions() {
    actlab::plot::ExportOptions options;
    options.sizePx = QSize(240, 160);
    return options;
}

TEST(AnimatedGif, ReadBackByGiflibMatchesTheRenderedFrames) {
    const FigureSpec spec = smallFigure();
    auto a = alpha(0, 1, 4);
    a.fps = 10; // 10 cs per frame
    QString error;
    const QByteArray bytes = actlab::plot::renderAnimatedGif(spec, a, smallOptions(), &error);
    ASSERT_FALSE(bytes.isEmpty()) << error.toStdString();
    EXPECT_TRUE(bytes.startsWith("GIF89a"));
    const Decoded gif = decodeGif(bytes);
    EXPECT_EQ(gif.width, 240);
    EXPECT_EQ(gif.height, 160);
    ASSERT_EQ(gif.frames.size(), 4u);
    EXPECT_EQ(gif.delays, (std::vector<int>{10, 10, 10, 10}));
    EXPECT_TRUE(gif.loopsForever);
    EXPECT_EQ(gif.transparentFrames, 3); // later frames carry only what changed
    EXPECT_LE(gif.palette.size(), 256u);

    // Every pixel of every frame against the frame rendered on its own (same steady axes): the GIF's
    // colour must be a palette colour nearest to the rendered one (no dithering, ties allowed), and the
    // quantisation error is bounded: exact for the colours the palette holds (background, curves,
    // text), at most 24 in RGB distance anywhere and below 0.25 on average (measured on this figure:
    // 7–16 worst, 0.02–0.05 mean; only antialiased edge pixels differ at all).
    const FigureSpec steady = actlab::plot::withSteadyAxes(spec, a);
    for (int k = 0; k < 4; ++k) {
        const QImage rendered =
            actlab::plot::renderImage(actlab::plot::animationFrame(steady, a, k), smallOptions())
                .convertToFormat(QImage::Format_RGB32);
        ASSERT_EQ(rendered.size(), gif.frames[static_cast<std::size_t>(k)].size());
        double total = 0;
        int worst = 0, notNearest = 0, exactMisses = 0;
        for (int y = 0; y < rendered.height(); ++y)
            for (int x = 0; x < rendered.width(); ++x) {
                const QRgb want = rendered.pixel(x, y),
                           got = gif.frames[static_cast<std::size_t>(k)].pixel(x, y);
                int best = std::numeric_limits<int>::max();
                for (const QRgb p : gif.palette)
                    best = std::min(best, distance2(p, want));
                const int d = distance2(got, want);
                if (d != best) ++notNearest;
                if (best == 0 && d != 0) ++exactMisses;
                worst = std::max(worst, d);
                total += std::sqrt(static_cast<double>(d));
            }
        EXPECT_EQ(notNearest, 0) << "frame " << k;
        EXPECT_EQ(exactMisses, 0) << "frame " << k;
        EXPECT_LE(std::sqrt(static_cast<double>(worst)), 24.0) << "frame " << k;
        EXPECT_LT(total / (rendered.width() * rendered.height()), 0.25) << "frame " << k;
        // The background is the theme's own colour, exactly.
        EXPECT_EQ(gif.frames[static_cast<std::size_t>(k)].pixel(0, 0) & 0xffffffu,
                  rendered.pixel(0, 0) & 0xffffffu);
    }
    // The frames differ: the curves move.
    EXPECT_NE(gif.frames[0], gif.frames[3]);
}

TEST(AnimatedGif, OnceHasNoLoopBlockAndBounceComesBack) {
    const FigureSpec spec = smallFigure();
    auto a = alpha(0, 1, 3);
    a.mode = AnimationMode::Once;
    a.fps = 50; // 2 cs
    QString error;
    const Decoded once = decodeGif(actlab::plot::renderAnimatedGif(spec, a, smallOptions(), &error));
    EXPECT_EQ(once.frames.size(), 3u);
    EXPECT_FALSE(once.loopsForever);
    EXPECT_EQ(once.delays, (std::vector<int>{2, 2, 2}));
    a.mode = AnimationMode::Bounce;
    a.fps = 3; // 100/3 = 33.3 cs → 33
    const Decoded bounce = decodeGif(actlab::plot::renderAnimatedGif(spec, a, smallOptions(), &error));
    ASSERT_EQ(bounce.frames.size(), 4u); // 0, 1/2, 1, 1/2
    EXPECT_TRUE(bounce.loopsForever);
    EXPECT_EQ(bounce.delays, (std::vector<int>{33, 33, 33, 33}));
    EXPECT_EQ(bounce.frames[3], bounce.frames[1]);
    EXPECT_NE(bounce.frames[2], bounce.frames[1]);
}

TEST(GifPalette, FewColoursAreKeptExactlyManyAreCut) {
    QImage few(16, 16, QImage::Format_RGB32);
    few.fill(qRgb(255, 255, 255));
    for (int x = 0; x < 16; ++x)
        few.setPixel(x, 3, qRgb(0, 114, 178));
    const auto exact = actlab::plot::gifPalette({few});
    EXPECT_EQ(exact.size(), 2u);
    EXPECT_EQ(exact[0] & 0xffffffu, 0xffffffu); // the most common first
    EXPECT_EQ(exact[1] & 0xffffffu, 0x0072b2u);
    // What a figure holds: a white background (most pixels), four Okabe–Ito curve colours and black
    // text, each with its 255 antialiasing blends towards white: 1276 colours. The palette keeps the six
    // pure colours exactly and fits the blends better than a fixed grid of about as many colours
    // (6 × 7 × 6 = 252 levels evenly spread over 0…255), both in the worst and in the mean distance.
    const QRgb pure[] = {qRgb(0, 114, 178), qRgb(230, 159, 0), qRgb(0, 158, 115), qRgb(204, 121, 167),
                         qRgb(0, 0, 0)};
    QImage figure(256, 200, QImage::Format_RGB32);
    figure.fill(qRgb(255, 255, 255));
    for (int c = 0; c < 5; ++c)
        for (int step = 0; step < 256; ++step) { // step 0: the pure colour, 255: white
            const auto mix = [&](int v) { return v + (255 - v) * step / 255; };
            const QRgb blend = qRgb(mix(qRed(pure[c])), mix(qGreen(pure[c])), mix(qBlue(pure[c])));
            figure.setPixel(step, 10 * c, blend);
            for (int y = 1; y < 6; ++y) // the pure colour is common: whole rows of it
                figure.setPixel(step, 10 * c + y, pure[c]);
        }
    const auto cut = actlab::plot::gifPalette({figure});
    EXPECT_EQ(cut.size(), 255u);
    std::vector<QRgb> grid;
    for (int r = 0; r < 6; ++r)
        for (int g = 0; g < 7; ++g)
            for (int b = 0; b < 6; ++b)
                grid.push_back(qRgb(r * 51, static_cast<int>(std::lround(g * 42.5)), b * 51));
    auto nearest = [](const std::vector<QRgb>& palette, QRgb c) {
        int best = std::numeric_limits<int>::max();
        for (const QRgb p : palette)
            best = std::min(best, distance2(p, c));
        return std::sqrt(static_cast<double>(best));
    };
    for (const QRgb c : pure)
        EXPECT_EQ(nearest(cut, c), 0.0) << std::hex << c;
    EXPECT_EQ(nearest(cut, qRgb(255, 255, 255)), 0.0);
    double cutWorst = 0, cutSum = 0, gridWorst = 0, gridSum = 0;
    for (int c = 0; c < 5; ++c)
        for (int step = 0; step < 256; ++step) {
            const QRgb blend = figure.pixel(step, 10 * c);
            cutWorst = std::max(cutWorst, nearest(cut, blend));
            cutSum += nearest(cut, blend);
            gridWorst = std::max(gridWorst, nearest(grid, blend));
            gridSum += nearest(grid, blend);
        }
    // Each blend runs along a segment at most 255·√3 ≈ 442 long; the 249 colours left after the pure
    // ones give the five segments about 50 each, at most 9 apart, so no blend should lie more than half
    // that from the palette — 8 allows for uneven shares. (Measured: 4.6 worst, 1.6 mean; the grid: 39.7
    // and 22.9.)
    EXPECT_LE(cutWorst, 8.0);
    EXPECT_LT(cutSum, gridSum / 5);
    EXPECT_LT(cutWorst, gridWorst);
}

TEST(AnimatedGif, DelayFromFps) {
    EXPECT_EQ(actlab::plot::gifDelayCentiseconds(15), 7); // 6.67 → 7
    EXPECT_EQ(actlab::plot::gifDelayCentiseconds(10), 10);
    EXPECT_EQ(actlab::plot::gifDelayCentiseconds(50), 2);
    EXPECT_EQ(actlab::plot::gifDelayCentiseconds(1), 100);
}

TEST(AnimationExport, NumberedFramesAndAtomicGif) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const FigureSpec spec = smallFigure();
    auto a = alpha(0, 1, 3);
    a.mode = AnimationMode::Bounce; // 4 files
    QString error;
    ASSERT_TRUE(actlab::plot::exportAnimation(spec, a, dir.filePath(QStringLiteral("f-%02d.png")),
                                              actlab::plot::AnimationOutput::PngFrames, smallOptions(),
                                              &error))
        << error.toStdString();
    for (int k = 0; k < 4; ++k) {
        const QImage image(dir.filePath(QStringLiteral("f-0%1.png").arg(k)));
        EXPECT_EQ(image.size(), QSize(240, 160)) << k;
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("f-04.png"))));
    // Frame 3 is frame 1 again.
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("f-03.png"))),
              QImage(dir.filePath(QStringLiteral("f-01.png"))));
    ASSERT_TRUE(actlab::plot::exportAnimation(spec, alpha(0, 1, 2), dir.filePath(QStringLiteral("s%d.svg")),
                                              actlab::plot::AnimationOutput::SvgFrames, smallOptions(),
                                              &error))
        << error.toStdString();
    QFile svg(dir.filePath(QStringLiteral("s1.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
    // A missing directory: nothing written, the path named.
    const QString missing = dir.filePath(QStringLiteral("nope/a.gif"));
    EXPECT_FALSE(actlab::plot::exportAnimation(spec, alpha(0, 1, 2), missing,
                                               actlab::plot::AnimationOutput::Gif, smallOptions(), &error));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
}

TEST(AnimationProcess, ActlabPlotWritesAGifAndRefusesBadInput) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("a.gif"));
    QProcess process;
    process.start(QStringLiteral(ACTLAB_EXECUTABLE),
                  {QStringLiteral("plot"), QStringLiteral("leaky_relu"), QStringLiteral("--size"),
                   QStringLiteral("200x120"), QStringLiteral("--animate"), QStringLiteral("alpha=0:1"),
                   QStringLiteral("--frames"), QStringLiteral("3"), QStringLiteral("-o"), out});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Decoded gif = decodeGif(file.readAll());
    EXPECT_EQ(gif.frames.size(), 3u);
    EXPECT_EQ(gif.width, 200);

    const QString bad = dir.filePath(QStringLiteral("b.gif"));
    process.start(QStringLiteral(ACTLAB_EXECUTABLE),
                  {QStringLiteral("plot"), QStringLiteral("leaky_relu"), QStringLiteral("--animate"),
                   QStringLiteral("alpha=0:5"), QStringLiteral("-o"), bad});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(err.count('\n'), 1) << err.toStdString();
    EXPECT_TRUE(err.contains("alpha = 5 is outside its range [0, 1]")) << err.toStdString();
    EXPECT_FALSE(QFile::exists(bad));
}

} // namespace

namespace {

TEST(AnimationDialog, WritesWhatTheCommandLineWrites) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const FigureSpec spec = smallFigure(); // Leaky ReLU (α = 0.1), ELU (α = 1); 240 × 160
    actlab::plot::AnimationDialog dialog(spec, 1);
    // The selected curve's parameter and range are proposed: ELU's α, declared in [0, 10].
    auto proposed = dialog.animation();
    ASSERT_TRUE(proposed);
    EXPECT_EQ(proposed->parameter, QStringLiteral("alpha"));
    EXPECT_EQ(proposed->from, 0.0);
    EXPECT_EQ(proposed->to, 10.0);
    EXPECT_TRUE(proposed->curves.empty()); // linked by default

    dialog.setRange(0.5, 1);
    dialog.setFrames(3);
    dialog.setFps(10);
    dialog.setMode(AnimationMode::Once);
    dialog.setSelectedOnly(true);
    const QString out = dir.filePath(QStringLiteral("a.gif"));
    dialog.setPath(out);
    const auto a = dialog.animation();
    ASSERT_TRUE(a);
    EXPECT_EQ(a->curves, std::vector<int>{1});
    ASSERT_TRUE(dialog.exportNow()) << dialog.message().toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    // Byte for byte what the command line's code writes for the same animation.
    Animation expected = alpha(0.5, 1, 3);
    expected.fps = 10;
    expected.mode = AnimationMode::Once;
    expected.curves = {1};
    EXPECT_EQ(file.readAll(), actlab::plot::renderAnimatedGif(spec, expected, smallOptions()));

    // Refused input stays in the dialog with a message.
    dialog.setSelectedOnly(false);
    dialog.setRange(0.5, 2); // Leaky ReLU's α stops at 1
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("alpha = 2 is outside its range [0, 1]")))
        << dialog.message().toStdString();
    dialog.setRange(0.5, 1);
    dialog.setPath(dir.filePath(QStringLiteral("a.pdf")));
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_FALSE(dialog.message().isEmpty());
}

} // namespace
