// SPDX-License-Identifier: GPL-3.0-or-later
// PlotFigure on an offscreen QCustomPlot: subplots per spec, resampling for the visible x range (two
// samples per pixel, kinks exact even at 1e-6 zoom), jumps drawn as gaps with closed/open dots at the
// PyTorch convention, the slider fast path, fixed and automatic y ranges. Expected values are closed
// forms (ReLU, Leaky ReLU) written here.
#include "plot/plot_figure.hpp"
#include "plot/presets.hpp"

#include "actlab/sampling.hpp"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QSignalSpy>

#include <algorithm>
#include <cmath>

namespace {

using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;
using actlab::plot::PlotFigure;

CurveSpec curve(const char* id, std::vector<double> params = {}) {
    CurveSpec c;
    c.id = QString::fromUtf8(id);
    c.params = std::move(params);
    return c;
}

std::vector<std::pair<double, double>> graphPoints(const QCPGraph* graph) {
    std::vector<std::pair<double, double>> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.emplace_back(it->key, it->value);
    return out;
}

TEST(PlotFigure, SubplotsFollowTheSpec) {
    QCustomPlot plot;
    plot.resize(800, 600);
    PlotFigure figure(&plot);
    FigureSpec spec;
    spec.curves = {curve("relu"), curve("sigmoid")};
    figure.setSpec(spec);
    EXPECT_NE(figure.axisRect(0), nullptr);
    EXPECT_EQ(figure.axisRect(1), nullptr);
    EXPECT_EQ(figure.axisRect(2), nullptr);
    EXPECT_NE(figure.graph(1, 0), nullptr);
    EXPECT_EQ(figure.graph(1, 1), nullptr);
    spec.setDerivatives(2);
    figure.setSpec(spec);
    EXPECT_NE(figure.axisRect(1), nullptr);
    EXPECT_NE(figure.axisRect(2), nullptr);
    EXPECT_EQ(figure.graph(0, 2)->keyAxis()->axisRect(), figure.axisRect(2));
    spec.gallery = true;
    figure.setSpec(spec);
    EXPECT_EQ(figure.axisRect(0), nullptr);
    EXPECT_NE(figure.graph(1, 1), nullptr);
    EXPECT_EQ(plot.axisRects().size(), 2);
}

TEST(PlotFigure, TwoSamplesPerPixelAndTheKinkAtAnyZoom) {
    QCustomPlot plot;
    plot.resize(900, 500);
    PlotFigure figure(&plot);
    FigureSpec spec;
    spec.curves = {curve("relu")};
    spec.setDerivatives(1);
    figure.setSpec(spec);
    QSignalSpy spy(&figure, &PlotFigure::xRangeChanged);
    figure.setXRange(-1e-6, 1e-6);
    EXPECT_EQ(spy.count(), 1);
    const auto& f = figure.samples(0).order[0];
    EXPECT_GE(f.x.size(), 2u * 900u);
    EXPECT_NE(std::find(f.x.begin(), f.x.end(), 0.0), f.x.end());
    // Every subplot shows the new range.
    EXPECT_EQ(figure.axisRect(1)->axis(QCPAxis::atBottom)->range().lower, -1e-6);
    // f = max(0, x) exactly at every sample.
    for (std::size_t i = 0; i < f.x.size(); ++i)
        EXPECT_EQ(f.y[i], std::max(0.0, f.x[i]));
}

TEST(PlotFigure, JumpIsAGapWithClosedAndOpenDots) {
    QCustomPlot plot;
    plot.resize(600, 400);
    PlotFigure figure(&plot);
    FigureSpec spec;
    spec.curves = {curve("relu")};
    spec.setDerivatives(1);
    spec.xMin = -1;
    spec.xMax = 1;
    figure.setSpec(spec);
    const auto points = graphPoints(figure.graph(0, 1));
    // ReLU' is 0 left of 0 and 1 right of it: no drawn segment may join the two levels.
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const auto [x0, y0] = points[i];
        const auto [x1, y1] = points[i + 1];
        if (std::isnan(y0) || std::isnan(y1)) continue;
        EXPECT_FALSE((y0 == 0 && y1 == 1) || (y0 == 1 && y1 == 0)) << "segment " << x0 << " -> " << x1;
    }
    bool gapAtZero = false;
    for (const auto& [x, y] : points)
        gapAtZero = gapAtZero || (x == 0 && std::isnan(y));
    EXPECT_TRUE(gapAtZero);
    // The dots: closed at PyTorch's relu'(0) = 0, open at the other side's 1.
    const auto& jumps = figure.samples(0).order[1].jumps;
    ASSERT_EQ(jumps.size(), 1u);
    EXPECT_EQ(jumps[0].x, 0.0);
    EXPECT_EQ(jumps[0].closed, 0.0);
    EXPECT_EQ(jumps[0].open, 1.0);
    int dotGraphs = 0;
    for (int i = 0; i < plot.graphCount(); ++i) {
        const auto* g = plot.graph(i);
        if (g->lineStyle() != QCPGraph::lsNone || g->data()->isEmpty()) continue;
        ++dotGraphs;
        const auto p = graphPoints(g);
        ASSERT_EQ(p.size(), 1u);
        EXPECT_EQ(p[0].first, 0.0);
        const bool filled = g->scatterStyle().shape() == QCPScatterStyle::ssDisc;
        EXPECT_EQ(p[0].second, filled ? 0.0 : 1.0);
    }
    EXPECT_EQ(dotGraphs, 2);
}

TEST(PlotFigure, SliderFastPathGivesTheNewCurve) {
    QCustomPlot plot;
    plot.resize(800, 500);
    PlotFigure figure(&plot);
    FigureSpec spec;
    spec.curves = {curve("relu"), curve("leaky_relu", {0.01})};
    spec.setDerivatives(1);
    figure.setSpec(spec);
    figure.setCurveParams(1, {0.3});
    EXPECT_EQ(figure.spec().curves[1].params, std::vector<double>{0.3});
    for (const auto& [x, y] : graphPoints(figure.graph(1, 0))) {
        if (!std::isnan(y)) {
            EXPECT_DOUBLE_EQ(y, x > 0 ? x : 0.3 * x);
        }
    }
    // f' at the kink is drawn twice, the left limit 0.3 and (after the gap) the right limit 1.
    for (const auto& [x, y] : graphPoints(figure.graph(1, 1))) {
        if (!std::isnan(y) && x != 0) {
            EXPECT_EQ(y, x > 0 ? 1.0 : 0.3);
        }
    }
    EXPECT_EQ(figure.graph(1, 0)->name(), QString::fromUtf8("Leaky ReLU (α=0.3)"));
    // Out-of-range values are refused and change nothing.
    figure.setCurveParams(1, {7});
    EXPECT_EQ(figure.spec().curves[1].params, std::vector<double>{0.3});
}

TEST(PlotFigure, FixedAndAutomaticYRanges) {
    QCustomPlot plot;
    plot.resize(800, 500);
    PlotFigure figure(&plot);
    auto spec = actlab::plot::preset(QStringLiteral("relu-variants")).value();
    figure.setSpec(spec);
    const QCPRange fixed = figure.axisRect(0)->axis(QCPAxis::atLeft)->range();
    EXPECT_EQ(fixed.lower, -1.5);
    EXPECT_EQ(fixed.upper, 5.0);
    figure.setYRange(0, std::nullopt);
    // Data over [-5, 5]: PReLU's -1.25 to 5, plus 5 % of the span each side.
    const QCPRange automatic = figure.axisRect(0)->axis(QCPAxis::atLeft)->range();
    EXPECT_NEAR(automatic.lower, -1.25 - 0.05 * 6.25, 1e-9);
    EXPECT_NEAR(automatic.upper, 5 + 0.05 * 6.25, 1e-9);
}

TEST(PlotFigure, ThemeRestylesThePlot) {
    QCustomPlot plot;
    PlotFigure figure(&plot);
    FigureSpec spec;
    spec.curves = {curve("relu")};
    figure.setSpec(spec);
    figure.setTheme(actlab::plot::Theme::dark());
    EXPECT_EQ(figure.axisRect(0)->backgroundBrush().color(), actlab::plot::Theme::dark().axisRectBackground);
    EXPECT_EQ(figure.graph(0, 0)->pen().color(), actlab::plot::Theme::dark().color(0));
    figure.setTheme(actlab::plot::Theme::light());
    EXPECT_EQ(figure.graph(0, 0)->pen().color(), QColor(0x0072B2));
}

/// WCAG 2 contrast ratio, written out here from the definition (relative luminance of linearised sRGB).
double wcagContrast(const QColor& a, const QColor& b) {
    auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    auto lum = [&](const QColor& c) {
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Figure 2's pure-blue ReLU has 2.3:1 contrast on the dark theme: it is drawn lifted to 3:1 (same hue),
/// the light theme darkens its cyan to 3:1, and legible colours stay as they are.
TEST(PlotFigure, DarkThemeLiftsColoursThatWouldVanish) {
    const auto dark = actlab::plot::Theme::dark();
    const QColor blue(0, 0, 255);
    ASSERT_LT(wcagContrast(blue, dark.axisRectBackground), 3.0);
    const QColor lifted = dark.legible(blue);
    EXPECT_GE(wcagContrast(lifted, dark.axisRectBackground), 3.0);
    EXPECT_LT(wcagContrast(lifted, dark.axisRectBackground), 3.5); // lifted no further than needed
    EXPECT_EQ(lifted.red(), lifted.green());                       // still a blue
    EXPECT_EQ(lifted.blue(), 255);
    EXPECT_EQ(dark.legible(QColor(0xE69F00)), QColor(0xE69F00)); // orange already stands out
    // Figure 3's cyan #00BFBF: sRGB 191/255 → linear ((0.749 + 0.055)/1.055)^2.4 = 0.521, luminance
    // 0.521 × (0.7152 + 0.0722) = 0.410, contrast (1 + 0.05)/(0.410 + 0.05) = 2.28 on white; it is drawn
    // darker, same hue (no red, green = blue), just past 3:1: luminance ≤ 1.05/3 − 0.05 = 0.30, so linear ≤
    // 0.30/0.787 = 0.381, sRGB 1.055 × 0.381^(1/2.4) − 0.055 = 0.651, green and blue ≤ 166 of 255.
    const auto light = actlab::plot::Theme::light();
    const QColor cyan(0x00BFBF);
    ASSERT_LT(wcagContrast(cyan, light.axisRectBackground), 2.3);
    const QColor darker = light.legible(cyan);
    EXPECT_GE(wcagContrast(darker, light.axisRectBackground), 3.0);
    EXPECT_LT(wcagContrast(darker, light.axisRectBackground), 3.2);
    EXPECT_EQ(darker.red(), 0);
    EXPECT_EQ(darker.green(), darker.blue());
    EXPECT_LE(darker.green(), 166);
    EXPECT_GE(darker.green(), 155);                               // darkened no further than needed
    EXPECT_EQ(light.legible(QColor(0x008000)), QColor(0x008000)); // Figure 3's green has 5.1:1

    QCustomPlot plot;
    PlotFigure figure(&plot);
    figure.setSpec(actlab::plot::preset(QStringLiteral("relu-variants")).value());
    figure.setTheme(actlab::plot::Theme::light());
    EXPECT_EQ(figure.graph(0, 0)->pen().color(), blue);
    figure.setTheme(dark);
    EXPECT_EQ(figure.graph(0, 0)->pen().color(), lifted);
}

} // namespace
