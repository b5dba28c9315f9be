// SPDX-License-Identifier: GPL-3.0-or-later
// `actlab plot` argument parsing: SPEC syntax, the preset-then-override rule, every option's accepted
// and refused values. Expected values are the ones typed on the command line or given in issue 4.
#include "plot/axis_range.hpp"
#include "plot/plot_command.hpp"

#include <gtest/gtest.h>

#include <limits>

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

TEST(CurveSpec, FormulaWithParametersAfterASemicolon) {
    QString error;
    const auto curve = parseCurveSpec(QStringLiteral("formula:max(x, a*x) + c*x; a=0.25, c=-1"), &error);
    ASSERT_TRUE(curve) << error.toStdString();
    EXPECT_TRUE(curve->id.isEmpty());
    EXPECT_EQ(curve->formula.text, QStringLiteral("max(x, a*x) + c*x"));
    EXPECT_EQ(curve->params, (std::vector<double>{0.25, -1}));
    // max(x, a x) + c x at x = −4: −1 + 4 = 3.
    const auto function = actlab::plot::functionOf(*curve);
    ASSERT_TRUE(function);
    EXPECT_EQ(function->at(-4, curve->params).f, 3.0);
    const auto defaults = parseCurveSpec(QStringLiteral("formula:x*tanh(softplus(b*x))"), &error);
    ASSERT_TRUE(defaults) << error.toStdString();
    EXPECT_EQ(defaults->params, std::vector<double>{1.0});
}

TEST(CurveSpec, RefusesBadFormulasWithTheColumn) {
    struct Case {
        const char* spec;
        const char* mentions;
    };
    const Case cases[] = {
        {"formula:x*(tanh(x", "expected ')' at column 10"},
        {"formula:sigmod(x)", "sigmoid"},
        {"formula:x*b;c=1", "no parameter 'c'"},
        {"formula:x*b;b=inf", "not a finite number"},
        {"formula:x*b;", "name=value after ';'"},
        {"formula:", "formula:"},
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
        // found by fuzzing: NaN passed the range check (both comparisons false)
        {good + o + QStringList{QStringLiteral("--scale"), QStringLiteral("nan")}, "--scale"},
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

// ---- issue 7: one strict parser for every number, ranges the plot can draw, one-line errors ----------

TEST(PlotNumbers, EveryNumberTakesTheFormsEvalTakes) {
    // 0x1p-3 = 2^-3 = 0.125; 0x1 = 1, 0x2 = 2; 0x1.8p+0 = 1.5; 0x3e8 = 1000, 0x258 = 600; 0xfa = 250;
    // 2.5e2 = 250; 0x1p+1 = 2.
    QString error;
    const auto leaky = parseCurveSpec(QStringLiteral("leaky_relu:alpha=0x1p-3"), &error);
    ASSERT_TRUE(leaky) << error.toStdString();
    EXPECT_EQ(leaky->params, std::vector<double>{0.125});
    const auto r =
        parse({QStringLiteral("relu"), QStringLiteral("--xrange"), QStringLiteral("0x1:0x2"),
               QStringLiteral("--yrange"), QStringLiteral("-0x1.8p+0:2.5e2"), QStringLiteral("--scale"),
               QStringLiteral("0x1.8p+0"), QStringLiteral("--size"), QStringLiteral("0x3e8x0x258"),
               QStringLiteral("--points"), QStringLiteral("0xfa"), QStringLiteral("--derivatives"),
               QStringLiteral("0x1p+1"), QStringLiteral("-o"), QStringLiteral("a.png")},
              &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->spec.xMin, 1.0);
    EXPECT_EQ(r->spec.xMax, 2.0);
    ASSERT_TRUE(r->spec.yRange[0]);
    EXPECT_EQ(*r->spec.yRange[0], actlab::plot::Range(-1.5, 250.0));
    EXPECT_EQ(r->options.scale, 1.5);
    EXPECT_EQ(r->options.sizePx, QSize(1000, 600));
    EXPECT_EQ(r->spec.points, 250);
    EXPECT_EQ(r->spec.derivatives(), 2);
    const auto decimal = parse({QStringLiteral("relu"), QStringLiteral("--points"), QStringLiteral("2.5e2"),
                                QStringLiteral("--size"), QStringLiteral("640X360"), QStringLiteral("-o"),
                                QStringLiteral("a.png")},
                               &error);
    ASSERT_TRUE(decimal) << error.toStdString();
    EXPECT_EQ(decimal->spec.points, 250);
    EXPECT_EQ(decimal->options.sizePx, QSize(640, 360));
}

TEST(PlotNumbers, ParametersResolveAsInEval) {
    // Spaces around names and values, as `eval --param` takes them; the message of a malformed number
    // lists the forms eval lists.
    QString error;
    const auto hardtanh = parseCurveSpec(QStringLiteral("hardtanh:min_val = -2, max_val=0x1p+1"), &error);
    ASSERT_TRUE(hardtanh) << error.toStdString();
    EXPECT_EQ(hardtanh->params, (std::vector<double>{-2, 2}));
    EXPECT_FALSE(parseCurveSpec(QStringLiteral("leaky_relu:alpha=0.1x"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'0.1x'"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("hex float"))) << error.toStdString();
    EXPECT_FALSE(parseCurveSpec(QStringLiteral("leaky_relu:alpha=inf"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a finite number"))) << error.toStdString();
}

TEST(PlotNumbers, WholeNumbersStayWhole) {
    for (const char* bad : {"2.5", "1e7", "0x1p-1", "nan", "inf", "1", "ten"}) {
        QString error;
        EXPECT_FALSE(parse({QStringLiteral("relu"), QStringLiteral("--points"), QString::fromUtf8(bad),
                            QStringLiteral("-o"), QStringLiteral("a.png")},
                           &error))
            << bad;
        EXPECT_TRUE(error.contains(QStringLiteral("--points"))) << bad;
    }
    for (const char* bad : {"1000", "1000x", "x600", "1000x600x2", "1000.5x600", "0x3e8", "15x600"}) {
        QString error;
        EXPECT_FALSE(parse({QStringLiteral("relu"), QStringLiteral("--size"), QString::fromUtf8(bad),
                            QStringLiteral("-o"), QStringLiteral("a.png")},
                           &error))
            << bad;
        EXPECT_TRUE(error.contains(QStringLiteral("--size"))) << bad;
    }
}

TEST(AxisRange, TheLimitsOfQCustomPlot) {
    using actlab::plot::axisRangeProblem;
    // Drawable: ordinary ranges, a width just above 1e-280, ends just inside ±1e250.
    EXPECT_FALSE(axisRangeProblem(-5, 5));
    EXPECT_FALSE(axisRangeProblem(0, 1e-279));
    EXPECT_FALSE(axisRangeProblem(-4e249, 4e249));
    // Not drawable, each message naming the limit.
    const auto narrow = axisRangeProblem(-1e-300, 1e-300);
    ASSERT_TRUE(narrow);
    EXPECT_TRUE(narrow->contains(QStringLiteral("1e-280"))) << narrow->toStdString();
    EXPECT_TRUE(narrow->contains(QStringLiteral("2e-300"))) << narrow->toStdString(); // the width
    const auto far = axisRangeProblem(-1e300, 1e300);
    ASSERT_TRUE(far);
    EXPECT_TRUE(far->contains(QStringLiteral("1e+250"))) << far->toStdString();
    const auto wide = axisRangeProblem(-6e249, 6e249); // ends inside, width 1.2e250 beyond
    ASSERT_TRUE(wide);
    EXPECT_TRUE(wide->contains(QStringLiteral("1e+250"))) << wide->toStdString();
    EXPECT_TRUE(axisRangeProblem(1e-300, 1e10)); // 1e10 / 1e-300 = 1e310 overflows
    EXPECT_TRUE(axisRangeProblem(2, 1));
    EXPECT_TRUE(axisRangeProblem(1, 1));
    EXPECT_TRUE(axisRangeProblem(-std::numeric_limits<double>::infinity(), 1));
    EXPECT_TRUE(axisRangeProblem(0, std::numeric_limits<double>::quiet_NaN()));
}

TEST(AxisRange, TheCommandLineRefusesWhatThePlotCannotDraw) {
    struct Case {
        const char* option;
        const char* range;
        const char* limit;
    };
    for (const Case& c : {Case{"--xrange", "-1e-300:1e-300", "1e-280"}, Case{"--xrange", "0:1e300", "1e+250"},
                          Case{"--yrange", "-1e-290:0", "1e-280"}, Case{"--yrange", "-2e250:1", "1e+250"}}) {
        QString error;
        EXPECT_FALSE(parse({QStringLiteral("relu"), QString::fromUtf8(c.option), QString::fromUtf8(c.range),
                            QStringLiteral("-o"), QStringLiteral("a.png")},
                           &error))
            << c.range;
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.option))) << error.toStdString();
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.limit))) << error.toStdString();
    }
    const auto tiny = parse({QStringLiteral("relu"), QStringLiteral("--xrange"), QStringLiteral("0:1e-279"),
                             QStringLiteral("-o"), QStringLiteral("a.png")});
    ASSERT_TRUE(tiny);
    EXPECT_EQ(tiny->spec.xMax, 1e-279);
}

TEST(PlotArguments, ControlCharactersStayOnOneLine) {
    const QStringList o = {QStringLiteral("-o"), QStringLiteral("a.png")};
    const std::vector<QStringList> cases = {
        QStringList{QStringLiteral("rel\nu")} + o,
        QStringList{QStringLiteral("leaky_relu:al\npha=1")} + o,
        QStringList{QStringLiteral("leaky_relu:alpha=1\n")} + o,
        QStringList{QStringLiteral("relu"), QStringLiteral("--preset"), QStringLiteral("no\npe")} + o,
        QStringList{QStringLiteral("relu"), QStringLiteral("--xrange"), QStringLiteral("1:\r2x")} + o,
        QStringList{QStringLiteral("relu"), QStringLiteral("--theme"), QStringLiteral("da\nrk")} + o,
        QStringList{QStringLiteral("relu"), QStringLiteral("-o"), QStringLiteral("a\n.bmp")},
        QStringList{QStringLiteral("relu"), QStringLiteral("--bo\ngus")} + o,
    };
    for (const QStringList& args : cases) {
        QString error;
        EXPECT_FALSE(parse(args, &error));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\r'))) << error.toStdString();
    }
    QString error;
    EXPECT_FALSE(parseCurveSpec(QStringLiteral("rel\nu"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'rel?u'"))) << error.toStdString();
}

} // namespace
