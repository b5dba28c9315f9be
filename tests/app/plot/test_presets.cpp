// SPDX-License-Identifier: GPL-3.0-or-later
// The five presets against the figures of /work/shared/SEEDS.md: functions, parameters, x range, point
// count, y limits, labels, title, colours, line widths, fonts and legend texts, typed from that page.
#include "plot/curve_label.hpp"
#include "plot/presets.hpp"

#include <gtest/gtest.h>

namespace {

using actlab::plot::FigureSpec;
using actlab::plot::preset;
using actlab::plot::Range;

std::vector<QString> ids(const FigureSpec& spec) {
    std::vector<QString> out;
    for (const auto& c : spec.curves)
        out.push_back(c.id);
    return out;
}

std::vector<QString> labels(const FigureSpec& spec) {
    std::vector<QString> out;
    for (const auto& c : spec.curves)
        out.push_back(actlab::plot::curveLabel(c));
    return out;
}

TEST(Presets, TheFiveOfTheExplorerIssueThenTheTwoOfIssue10InOrder) {
    EXPECT_EQ(actlab::plot::presetNames(),
              (QStringList{QStringLiteral("activation-functions"), QStringLiteral("relu-variants"),
                           QStringLiteral("relu-variants-derivatives"), QStringLiteral("variant-gallery"),
                           QStringLiteral("silu-vs-mish"), QStringLiteral("vanishing-gradients"),
                           QStringLiteral("selu-fixed-point")}));
    EXPECT_FALSE(preset(QStringLiteral("no-such-preset")));
}

TEST(Presets, Figure1ActivationFunctions) {
    const auto spec = preset(QStringLiteral("activation-functions"));
    ASSERT_TRUE(spec);
    EXPECT_EQ(ids(*spec),
              (std::vector<QString>{QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu"),
                                    QStringLiteral("leaky_relu"), QStringLiteral("elu")}));
    EXPECT_EQ(spec->curves[3].params, std::vector<double>{0.01});
    EXPECT_EQ(spec->curves[4].params, std::vector<double>{1.0});
    EXPECT_EQ(spec->xMin, -10.0);
    EXPECT_EQ(spec->xMax, 10.0);
    EXPECT_EQ(spec->points, 100);
    EXPECT_EQ(spec->sizePx, QSize(1000, 600)); // 10 x 6 in at 100 dpi
    EXPECT_EQ(spec->xLabel, QStringLiteral("x"));
    EXPECT_EQ(spec->yLabel, QStringLiteral("Activation"));
    EXPECT_EQ(spec->title, QStringLiteral("Activation Functions"));
    EXPECT_NE(spec->legend, QStringLiteral("none"));
    EXPECT_TRUE(spec->grid);
    EXPECT_EQ(spec->derivatives(), 0);
    EXPECT_EQ(labels(*spec)[3], QString::fromUtf8("Leaky ReLU (α=0.01)"));
    EXPECT_EQ(labels(*spec)[4], QString::fromUtf8("ELU (α=1)"));
}

void expectFigure2Curves(const FigureSpec& spec) {
    ASSERT_GE(spec.curves.size(), 3u);
    EXPECT_EQ(spec.curves[0].id, QStringLiteral("relu"));
    EXPECT_EQ(spec.curves[1].id, QStringLiteral("leaky_relu"));
    EXPECT_EQ(spec.curves[1].params, std::vector<double>{0.1});
    EXPECT_EQ(spec.curves[2].id, QStringLiteral("prelu"));
    EXPECT_EQ(spec.curves[2].params, std::vector<double>{0.25});
    // matplotlib's named colours blue, green and red.
    EXPECT_EQ(spec.curves[0].color, QColor(0, 0, 255));
    EXPECT_EQ(spec.curves[1].color, QColor(0, 128, 0));
    EXPECT_EQ(spec.curves[2].color, QColor(255, 0, 0));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(spec.curves[static_cast<std::size_t>(i)].lineWidth, 2.0);
    EXPECT_EQ(labels(spec)[0], QStringLiteral("ReLU"));
    EXPECT_EQ(labels(spec)[1], QString::fromUtf8("Leaky ReLU (α=0.1)"));
    EXPECT_EQ(labels(spec)[2], QString::fromUtf8("PReLU (α=0.25)"));
    EXPECT_EQ(spec.xMin, -5.0);
    EXPECT_EQ(spec.xMax, 5.0);
    EXPECT_EQ(spec.points, 1000);
    ASSERT_TRUE(spec.yRange[0]);
    EXPECT_EQ(*spec.yRange[0], Range(-1.5, 5.0));
    EXPECT_EQ(spec.xLabel, QStringLiteral("x"));
    EXPECT_EQ(spec.yLabel, QStringLiteral("f(x)"));
    EXPECT_EQ(spec.titlePt, 14.0);
    EXPECT_EQ(spec.labelPt, 12.0);
    EXPECT_EQ(spec.legendPt, 12.0);
    EXPECT_TRUE(spec.grid);
    EXPECT_EQ(spec.gridStyle, Qt::DashLine);
    EXPECT_EQ(spec.gridOpacity, 0.7);
}

TEST(Presets, Figure2ReluVariants) {
    const auto spec = preset(QStringLiteral("relu-variants"));
    ASSERT_TRUE(spec);
    expectFigure2Curves(*spec);
    EXPECT_EQ(spec->curves.size(), 3u);
    EXPECT_EQ(spec->title, QStringLiteral("ReLU vs Leaky ReLU vs PReLU"));
    EXPECT_EQ(spec->derivatives(), 0);
}

TEST(Presets, Figure3AddsEluSwishAndTheDerivativeRow) {
    const auto spec = preset(QStringLiteral("relu-variants-derivatives"));
    ASSERT_TRUE(spec);
    expectFigure2Curves(*spec);
    ASSERT_EQ(spec->curves.size(), 5u);
    EXPECT_EQ(spec->curves[3].id, QStringLiteral("elu"));
    EXPECT_EQ(spec->curves[4].id, QStringLiteral("swish"));
    EXPECT_EQ(spec->derivatives(), 1);
    EXPECT_FALSE(spec->gallery);
}

TEST(Presets, Figure4GalleryOfEightVariants) {
    const auto spec = preset(QStringLiteral("variant-gallery"));
    ASSERT_TRUE(spec);
    EXPECT_TRUE(spec->gallery);
    EXPECT_EQ(ids(*spec),
              (std::vector<QString>{QStringLiteral("relu"), QStringLiteral("leaky_relu"),
                                    QStringLiteral("prelu"), QStringLiteral("elu"), QStringLiteral("selu"),
                                    QStringLiteral("gelu"), QStringLiteral("silu"), QStringLiteral("mish")}));
    EXPECT_EQ(spec->curves[2].params, std::vector<double>{0.01}); // "PReLU (weight 0.01)"
    EXPECT_EQ(labels(*spec)[6], QStringLiteral("Swish / SiLU"));
}

TEST(Presets, Figure5SiluVsMishWithDerivatives) {
    const auto spec = preset(QStringLiteral("silu-vs-mish"));
    ASSERT_TRUE(spec);
    EXPECT_EQ(ids(*spec), (std::vector<QString>{QStringLiteral("silu"), QStringLiteral("mish")}));
    EXPECT_EQ(spec->derivatives(), 1);
    EXPECT_FALSE(spec->gallery);
}

TEST(Presets, JsonRoundTrip) {
    for (const auto& name : actlab::plot::presetNames()) {
        const auto spec = preset(name);
        ASSERT_TRUE(spec);
        QString error;
        const auto back = actlab::plot::figureSpecFromJson(actlab::plot::figureSpecToJson(*spec), &error);
        ASSERT_TRUE(back) << error.toStdString();
        EXPECT_EQ(*back, *spec) << name.toStdString();
    }
}

} // namespace
