// SPDX-License-Identifier: GPL-3.0-or-later
// `actlab plot` argument parsing: SPEC syntax, the preset-then-override rule, every option's accepted
// and refused values. Expected values are the ones typed on the command line or given in issue 4.
#include "plotcommand.h"

#include <gtest/gtest.h>

namespace {

using actlab::plot::parseCurveSpec;
using actlab::plot::parsePlotArguments;
using actlab::plot::PlotRequest;

std::optional<PlotRequest> parse(const QStringList& args, QString* error = nullptr) {
    QString ignored;
    return parsePlotArguments(args, error ? error : &ignored);
}

TEST(CurveSpec, IdAloneTakesTheDefaults) {
    QString error;
    const auto curve = parseCurveSpec(QStringLiteral("leaky_relu"), &error);
    ASSERT_TRUE(curve) << error.toStdString();
    EXPECT_EQ(curve->id, QStringLiteral("leaky_relu"));
    EXPECT_EQ(curve->params, std::vector<double>{0.01});
}

TEST(CurveSpec, NamedParameters) {
    QString error;
    const auto leaky = parseCurveSpec(QStringLiteral("leaky_relu:alpha=0.1"), &error);
    ASSERT_TRUE(leaky) << error.toStdString();
    EXPECT_EQ(leaky->params, std::vector<double>{0.1});
    const auto hardtanh = parseCurveSpec(QStringLiteral("hardtanh:min_val=-2,max_val=2"), &error);
    ASSERT_TRUE(hardtanh) << error.toStdString();
    EXPECT_EQ(hardtanh->params, (std::vector<double>{-2, 2}));
    // Only the named one changes; SELU's defaults are the paper's constants.
    const auto selu = parseCurveSpec(QStringLiteral("selu:alpha=1.5"), &error);
    ASSERT_TRUE(selu) << error.toStdString();
    EXPECT_EQ(selu->params, (std::vector<double>{1.0507009873554805, 1.5}));
}

TEST(CurveSpec, RefusesBadSpecsWithAMessage) {
    struct Case {
        const char* spec;
        const char* mentions;
    };
    const Case cases[] = {
        {"relux", "relux"},                          // unknown id
        {"relu:alpha=1", "alpha"},                   // no such parameter
        {"leaky_relu:slope=1", "slope"},             // wrong name
        {"leaky_relu:alpha=abc", "abc"},             // not a number
        {"leaky_relu:alpha=nan", "nan"},             // not finite
        {"leaky_relu:alpha=2", "alpha"},             // outside [0, 1]
        {"hardtanh:min_val=2,max_val=1", "min_val"}, // min_val < max_val
        {"leaky_relu:alpha=0.1,alpha=0.2", "twice"}, // duplicate
        {"leaky_relu:", "name=value"},               // empty list
        {"leaky_relu:alpha", "name=value"},          // no '='
        {"maxout:k=1.5", "k"},                       // integer parameter
    };
    for (const auto& c : cases) {
        QString error;
        EXPECT_FALSE(parseCurveSpec(QString::fromUtf8(c.spec), &error)) << c.spec;
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.mentions))) << c.spec << " -> " << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << c.spec;
    }
}

TEST(PlotArguments, DefaultsOfIssue4) {
    const auto r = parse({QStringLiteral("relu"), QStringLiteral("-o"), QStringLiteral("out.png")});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->spec.sizePx, QSize(1000, 600));
    EXPECT_EQ(r->options.sizePx, QSize(1000, 600));
    EXPECT_EQ(r->options.scale, 1.0);
    EXPECT_EQ(r->options.theme.name, QStringLiteral("light"));
    EXPECT_EQ(r->format, actlab::plot::ExportFormat::Png);
    EXPECT_EQ(r->output, QStringLiteral("out.png"));
    EXPECT_EQ(r->spec.derivatives(), 0);
    EXPECT_FALSE(r->spec.gallery);
    ASSERT_EQ(r->spec.curves.size(), 1u);
    EXPECT_EQ(r->spec.curves[0].id, QStringLiteral("relu"));
}

TEST(PlotArguments, EveryOption) {
    const auto r = parse({QStringLiteral("relu"),          QStringLiteral("elu:alpha=0.5"),
                          QStringLiteral("--derivatives"), QStringLiteral("2"),
                          QStringLiteral("--xrange"),      QStringLiteral("-3:2.5"),
                          QStringLiteral("--yrange"),      QStringLiteral("-1:4"),
                          QStringLiteral("--points"),      QStringLiteral("250"),
                          QStringLiteral("--size"),        QStringLiteral("800x500"),
                          QStringLiteral("--scale"),       QStringLiteral("2"),
                          QStringLiteral("--title"),       QStringLiteral("My title"),
                          QStringLiteral("--xlabel"),      QStringLiteral("input"),
                          QStringLiteral("--ylabel"),      QStringLiteral("output"),
                          QStringLiteral("--theme"),       QStringLiteral("dark"),
                          QStringLiteral("--legend"),      QStringLiteral("bottom-right"),
                          QStringLiteral("--gallery"),     QStringLiteral("--output=fig.SVG")});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->spec.curves.size(), 2u);
    EXPECT_EQ(r->spec.curves[1].params, std::vector<double>{0.5});
    EXPECT_EQ(r->spec.derivatives(), 2);
    EXPECT_EQ(r->spec.xMin, -3.0);
    EXPECT_EQ(r->spec.xMax, 2.5);
    ASSERT_TRUE(r->spec.yRange[0]);
    EXPECT_EQ(*r->spec.yRange[0], actlab::plot::Range(-1.0, 4.0));
    EXPECT_EQ(r->spec.points, 250);
    EXPECT_EQ(r->options.sizePx, QSize(800, 500));
    EXPECT_EQ(r->options.scale, 2.0);
    EXPECT_EQ(r->spec.title, QStringLiteral("My title"));
    EXPECT_EQ(r->spec.xLabel, QStringLiteral("input"));
    EXPECT_EQ(r->spec.yLabel, QStringLiteral("output"));
    EXPECT_EQ(r->options.theme.name, QStringLiteral("dark"));
    EXPECT_EQ(r->spec.legend, QStringLiteral("bottom right"));
    EXPECT_TRUE(r->spec.gallery);
    EXPECT_EQ(r->format, actlab::plot::ExportFormat::Svg);
}

TEST(PlotArguments, OptionsOverrideThePresetWhereverTheyStand) {
    for (const bool before : {false, true}) {
        QStringList args = {QStringLiteral("--preset"), QStringLiteral("relu-variants"), QStringLiteral("-o"),
                            QStringLiteral("a.pdf")};
        const QStringList overrides = {QStringLiteral("--xrange"), QStringLiteral("-2:2"),
                                       QStringLiteral("--title"), QStringLiteral("Zoomed")};
        args = before ? overrides + args : args + overrides;
        const auto r = parse(args);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->spec.xMin, -2.0);
        EXPECT_EQ(r->spec.xMax, 2.0);
        EXPECT_EQ(r->spec.title, QStringLiteral("Zoomed"));
        // What was not overridden stays as the preset (SEEDS.md figure 2) has it.
        ASSERT_TRUE(r->spec.yRange[0]);
        EXPECT_EQ(*r->spec.yRange[0], actlab::plot::Range(-1.5, 5.0));
        EXPECT_EQ(r->spec.points, 1000);
        EXPECT_EQ(r->spec.curves.size(), 3u);
        EXPECT_EQ(r->format, actlab::plot::ExportFormat::Pdf);
    }
}

TEST(PlotArguments, SpecsAreAddedToThePresetsCurves) {
    const auto r = parse({QStringLiteral("--preset"), QStringLiteral("relu-variants"), QStringLiteral("elu"),
                          QStringLiteral("-o"), QStringLiteral("a.csv")});
    ASSERT_TRUE(r);
    ASSERT_EQ(r->spec.curves.size(), 4u);
    EXPECT_EQ(r->spec.curves[3].id, QStringLiteral("elu"));
    EXPECT_EQ(r->format, actlab::plot::ExportFormat::Csv);
}

TEST(PlotArguments, Help) {
    const auto r = parse({QStringLiteral("--help")});
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->help);
    EXPECT_TRUE(actlab::plot::plotUsage().contains(QStringLiteral("--gallery")));
}

TEST(PlotArguments, RefusesBadInputWithOneLine) {
    const QStringList good = {QStringLiteral("relu")};
    const QStringList o = {QStringLiteral("-o"), QStringLiteral("x.png")};
    struct Case {
        QStringList args;
        const char* mentions;
    };
    const std::vector<Case> cases = {
        {o, "nothing to plot"},
        {good, "-o"},
        {good + QStringList{QStringLiteral("-o"), QStringLiteral("x.bmp")}, "x.bmp"},
        {good + QStringList{QStringLiteral("-o"), QStringLiteral("noextension")}, "noextension"},
        {good + o + QStringList{QStringLiteral("--bogus")}, "--bogus"},
        {good + o + QStringList{QStringLiteral("--preset"), QStringLiteral("nope")}, "nope"},
        {good + o +
             QStringList{QStringLiteral("--preset"), QStringLiteral("relu-variants"),
                         QStringLiteral("--preset"), QStringLiteral("relu-variants")},
         "twice"},
        {good + o + QStringList{QStringLiteral("--derivatives"), QStringLiteral("3")}, "--derivatives"},
        {good + o + QStringList{QStringLiteral("--xrange"), QStringLiteral("2:1")}, "--xrange"},
        {good + o + QStringList{QStringLiteral("--xrange"), QStringLiteral("1")}, "--xrange"},
        {good + o + QStringList{QStringLiteral("--xrange"), QStringLiteral("-inf:1")}, "--xrange"},
        {good + o + QStringList{QStringLiteral("--yrange"), QStringLiteral("a:b")}, "--yrange"},
        {good + o + QStringList{QStringLiteral("--points"), QStringLiteral("1")}, "--points"},
        {good + o + QStringList{QStringLiteral("--points"), QStringLiteral("2.5")}, "--points"},
        {good + o + QStringList{QStringLiteral("--size"), QStringLiteral("100")}, "--size"},
        {good + o + QStringList{QStringLiteral("--size"), QStringLiteral("10x600")}, "--size"},
        {good + o + QStringList{QStringLiteral("--scale"), QStringLiteral("0")}, "--scale"},
        {good + o + QStringList{QStringLiteral("--scale"), QStringLiteral("9")}, "--scale"},
        {good + o + QStringList{QStringLiteral("--theme"), QStringLiteral("blue")}, "--theme"},
        {good + o + QStringList{QStringLiteral("--legend"), QStringLiteral("middle")}, "--legend"},
        {good + o + QStringList{QStringLiteral("--title")}, "--title"},
        {QStringList{QStringLiteral("relu:alpha=1")} + o, "alpha"},
        {good + o +
             QStringList{QStringLiteral("--size"), QStringLiteral("10000x600"), QStringLiteral("--scale"),
                         QStringLiteral("4")},
         "32767"},
    };
    for (const auto& c : cases) {
        QString error;
        EXPECT_FALSE(parse(c.args, &error)) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.mentions)))
            << c.args.join(QLatin1Char(' ')).toStdString() << " -> " << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    }
}

} // namespace
