// SPDX-License-Identifier: GPL-3.0-or-later
// The Python export: the generated script is run with Debian's /usr/bin/python3 (python3-numpy and
// python3-matplotlib, group `build` of .ci/packages) for every preset and for figures of all 33
// functions; its --csv data must agree with what `actlab plot -o .csv` writes (renderCsv: same header,
// same grid) and its image must have the declared pixel size. Typed formulas go through the translator
// (pythonExpression) and are compared with formula::Formula::evaluate.
#include "plot/exporter.hpp"
#include "plot/presets.hpp"
#include "plot/python_activations.hpp"
#include "plot/python_export.hpp"
#include "plot/python_formula.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/formula/formula.hpp"
#include "actlab/number_parsing.hpp"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cmath>
#include <string>
#include <vector>

namespace {

using actlab::plot::CurveSpec;
using actlab::plot::ExportFormat;
using actlab::plot::ExportOptions;
using actlab::plot::FigureSpec;

const QString kPython = QStringLiteral("/usr/bin/python3");

struct PythonRun {
    int status = -1;
    QString err;
};

/// Runs /usr/bin/python3 ARGS with matplotlib's cache in one directory for the whole test program (the
/// font cache is built once, not per run, and never in the user's home).
PythonRun runPython(const QStringList& args) {
    static QTemporaryDir cache;
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MPLCONFIGDIR"), cache.path());
    process.setProcessEnvironment(env);
    process.start(kPython, args);
    if (!process.waitForFinished(120000)) return {};
    PythonRun r;
    r.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

/// Equal, both NaN, or within 1e-9 relative. The absolute floor 1e-300 is for the far tails: there the
/// core forms products in the exponent and rounds a tiny result once, while NumPy's plain forms (e^(−x²)
/// times a polynomial, …) pass through subnormal intermediates that keep fewer than the 30 bits 1e-9
/// needs only below about 5e-315; 1e-300 is far above that and far below any value a figure shows.
bool agrees(double got, double want) {
    if (got == want || (std::isnan(got) && std::isnan(want))) return true;
    return std::fabs(got - want) <= 1e-9 * std::fabs(want) + 1e-300;
}

/// A number as ActLab and the script write it (inf, -inf and nan included); a failure names the text.
double number(const QByteArray& text) {
    const auto value = actlab::parseNumber(text.toStdString());
    if (!value) ADD_FAILURE() << "not a number: '" << text.toStdString() << "'";
    return value.value_or(0);
}

std::vector<QByteArray> lines(const QByteArray& text) {
    auto all = text.split('\n');
    if (!all.isEmpty() && all.back().isEmpty()) all.removeLast();
    return {all.begin(), all.end()};
}

/// Compares the script's CSV with ActLab's, value by value; names the first few disagreements.
void expectSameCsv(const QByteArray& script, const QByteArray& actlab, const QString& what) {
    const auto got = lines(script), want = lines(actlab);
    ASSERT_EQ(got.size(), want.size()) << what.toStdString() << ": the row counts differ";
    ASSERT_FALSE(want.empty());
    EXPECT_EQ(got[0], want[0]) << what.toStdString() << ": the headers differ";
    int reported = 0;
    for (std::size_t row = 1; row < want.size(); ++row) {
        const auto a = got[row].split(','), b = want[row].split(',');
        ASSERT_EQ(a.size(), b.size()) << what.toStdString() << " row " << row;
        for (qsizetype col = 0; col < b.size(); ++col) {
            const double g = number(a[col]), w = number(b[col]);
            if (agrees(g, w) || reported >= 5) continue;
            ++reported;
            ADD_FAILURE() << what.toStdString() << ": row " << row << " column " << col << " ("
                          << want[0].split(',').value(col).toStdString() << ") at x = " << b[0].toStdString()
                          << ": the script gives " << a[col].toStdString() << ", ActLab "
                          << b[col].toStdString();
        }
    }
}

/// A named figure to check.
struct Figure {
    FigureSpec spec;
    QString name;
};

/// Writes each figure's script as `actlab plot -o NAME.py` does and runs them all in one Python process
/// (matplotlib is imported once: about a second of the test's time per script saved), each as its own
/// __main__ with the arguments `NAME.png --csv NAME.csv`; then checks every PNG's size and every CSV.
void checkFigures(const std::vector<Figure>& figures) {
    QTemporaryDir dir;
    QStringList args{QStringLiteral("-c"), QStringLiteral(R"py(
import runpy, sys
for script, png, csv in zip(*[iter(sys.argv[1:])] * 3):
    sys.argv = [script, png, "--csv", csv]
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as end:
        if end.code:
            raise
)py")};
    for (const Figure& figure : figures) {
        ExportOptions options;
        options.sizePx = figure.spec.sizePx;
        options.csvPoints = figure.spec.points;
        QString error;
        const QString base = dir.filePath(figure.name);
        ASSERT_TRUE(actlab::plot::exportFigure(figure.spec, base + QStringLiteral(".py"),
                                               ExportFormat::Python, options, &error))
            << error.toStdString();
        args << base + QStringLiteral(".py") << base + QStringLiteral(".png")
             << base + QStringLiteral(".csv");
    }
    const PythonRun r = runPython(args);
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(r.err, QString()) << "the scripts wrote warnings";
    for (const Figure& figure : figures) {
        const QString base = dir.filePath(figure.name);
        EXPECT_EQ(QImage(base + QStringLiteral(".png")).size(), figure.spec.sizePx)
            << figure.name.toStdString();
        QFile data(base + QStringLiteral(".csv"));
        ASSERT_TRUE(data.open(QIODevice::ReadOnly)) << figure.name.toStdString();
        expectSameCsv(data.readAll(), actlab::plot::renderCsv(figure.spec, figure.spec.points), figure.name);
    }
}

CurveSpec curve(const QString& id, const std::vector<double>& params) {
    CurveSpec c;
    c.id = id;
    c.params = params;
    return c;
}

/// Every catalogue function at its defaults, and again at other parameter values (limits included:
/// squareplus b = 0 is ReLU, hardshrink λ = 0 the identity).
FigureSpec allFunctions(double xMin, double xMax) {
    FigureSpec spec;
    spec.xMin = xMin;
    spec.xMax = xMax;
    spec.points = 1001;
    spec.setDerivatives(2);
    spec.legend = QStringLiteral("none");
    for (const auto& activation : actlab::catalogue())
        spec.curves.push_back(
            curve(QString::fromLatin1(activation.id.data(), static_cast<qsizetype>(activation.id.size())),
                  activation.defaults()));
    const std::vector<std::pair<const char*, std::vector<double>>> others = {
        {"leaky_relu", {0.1}},
        {"prelu", {-0.5}},
        {"rrelu", {0.1, 0.9}},
        {"elu", {0.5}},
        {"celu", {0.7}},
        {"selu", {2.0, 0.5}},
        {"swish", {1.7}},
        {"softplus", {2.5}},
        {"squareplus", {0.0}},
        {"squareplus", {0.25}},
        {"hardtanh", {-1.5, 2.0}},
        {"hardshrink", {0.0}},
        {"softshrink", {1.25}},
        {"threshold", {1.0, -0.5}},
        {"threshold", {-2.0, 3.0}},
        {"isru", {1.5}},
        {"isrlu", {0.3}},
        {"snake", {2.0}},
        {"maxout", {4, 1, 0, 0, 0, -1, 0, 0.5, 1}},
        {"maxout", {3, -2, -1, 0.5, 0, 2, -3, 0, 0}}};
    for (const auto& [id, params] : others)
        spec.curves.push_back(curve(QString::fromLatin1(id), params));
    return spec;
}

TEST(PythonExport, Python3WithNumPyAndMatplotlibIsInstalled) {
    const PythonRun r = runPython({QStringLiteral("-c"), QStringLiteral("import numpy, matplotlib")});
    ASSERT_EQ(r.status, 0)
        << "the Python export tests need Debian's /usr/bin/python3 with python3-numpy and "
           "python3-matplotlib (group build in .ci/packages; ./actlab.sh test installs them): "
        << r.err.toStdString();
}

TEST(PythonExport, EveryPresetRedrawsWithActLabsData) {
    const QStringList names = actlab::plot::presetNames();
    ASSERT_FALSE(names.isEmpty());
    std::vector<Figure> figures;
    for (const QString& name : names) {
        const auto spec = actlab::plot::preset(name);
        ASSERT_TRUE(spec) << name.toStdString();
        figures.push_back({*spec, name});
    }
    checkFigures(figures);
}

TEST(PythonExport, AllFunctionsAgreeWithTheCore) {
    // Over [-60, 45] the kinks are off the uniform grid, and σ, softplus, GELU, ELU run far into their tails.
    checkFigures({{allFunctions(-8, 8), QStringLiteral("all-functions")},
                  {allFunctions(-60, 45), QStringLiteral("tails")}});
}

/// Typed formulas with kinks (where, max, abs, sign: jumps of f' and f'' with their dots), catalogue
/// calls and parameters, drawn and sampled by the script as ActLab does.
TEST(PythonExport, FormulaFigureRedrawsWithActLabsData) {
    FigureSpec spec;
    spec.title = QStringLiteral("Typed formulas");
    spec.xMin = -6;
    spec.xMax = 5;
    spec.points = 1001;
    spec.setDerivatives(2);
    const std::vector<std::pair<const char*, std::vector<double>>> formulas = {
        {"x*tanh(softplus(b*x))", {1.5}},
        {"where(x > 0, x, a*expm1(x))", {0.5}},
        {"max(x, a*x)", {0.2}},
        {"x*sigmoid(b*x + c)", {1.7, -0.4}},
        {"gelu(x)*b + elu(x, 0.5) + abs(x - 1)", {0.75}},
        {"sign(x)*x^2/2 + log(1 + exp(x))", {}}};
    for (const auto& [text, params] : formulas) {
        QString error;
        const auto parsed = actlab::plot::parseCurveFormula(QString::fromLatin1(text), &error);
        ASSERT_TRUE(parsed) << text << ": " << error.toStdString();
        CurveSpec c;
        c.formula = *parsed;
        c.params = params;
        spec.curves.push_back(c);
    }
    spec.curves.push_back(curve(QStringLiteral("elu"), {0.5})); // defined once, also called by a formula
    checkFigures({{spec, QStringLiteral("formulas")}});
    const std::string script = actlab::plot::renderPythonScript(spec, ExportOptions{}).toStdString();
    EXPECT_NE(script.find("def formula_1(x, b):"), std::string::npos);
    EXPECT_EQ(script.find("def elu("), script.rfind("def elu("));
}

TEST(PythonExport, ScriptReadsItsOptions) {
    auto spec = actlab::plot::preset(QStringLiteral("relu-variants"));
    ASSERT_TRUE(spec);
    spec->sizePx = QSize(321, 123);
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("fig.py"));
    ExportOptions options;
    options.sizePx = spec->sizePx;
    ASSERT_TRUE(actlab::plot::exportFigure(*spec, script, ExportFormat::Python, options));
    // Without arguments: the PNG next to the script.
    PythonRun r = runPython({script});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("fig.png"))).size(), QSize(321, 123));
    // A directory that does not exist: one line on stderr, status 2, no traceback.
    r = runPython({script, dir.filePath(QStringLiteral("missing/fig.png"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    // A format matplotlib does not write.
    r = runPython({script, dir.filePath(QStringLiteral("fig.xyz"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("fig.xyz: name it .png, .svg or .pdf"))) << r.err.toStdString();
}

TEST(PythonExport, ScriptShowsWhatTheFigureDeclares) {
    auto spec = actlab::plot::preset(QStringLiteral("relu-variants-derivatives"));
    ASSERT_TRUE(spec);
    ExportOptions options;
    options.sizePx = spec->sizePx;
    options.theme = actlab::plot::Theme::dark();
    const std::string script = actlab::plot::renderPythonScript(*spec, options).toStdString();
    for (const char* expected :
         {"TITLE = \"ReLU variants and their derivatives\"", "X_RANGE = (-5.0, 5.0)",
          "Y_RANGES = [(-1.5, 5.0), (-0.2, 1.2), None]", "ORDERS = [0, 1]", "SIZE_PX = (1000, 800)",
          "LEGEND = \"upper left\"", "GRID_STYLE = \"--\"", "GRID_OPACITY = 0.7", "background=\"#1e1f22\"",
          "params=dict(alpha=0.1)", "width_px=2.0", "def swish(x, beta):", "def _sigmoid(u):"})
        EXPECT_NE(script.find(expected), std::string::npos) << expected;
    // ReLU's f' jumps from 0 to 1 at its kink 0; f is continuous there.
    EXPECT_NE(script.find("kinks=[0.0], jumps=[(1, 0.0, 0.0, 1.0)]"), std::string::npos);
    // Only the functions the figure uses.
    EXPECT_EQ(script.find("def gelu("), std::string::npos);
    EXPECT_EQ(script.find("def _erfc"), std::string::npos);
}

/// Past the palette's eight colours the window repeats colours with Qt's dash patterns (DashLine: 4 line
/// widths on, 2 off, as Qt's QPen documents), and "outside right" puts the legend beside the f subplot;
/// the script must do the same. Its figure is laid out by matplotlib, which is asked where the legend and
/// the axes ended up and which dashes the lines carry.
TEST(PythonExport, ManyCurvesKeepTheirDashesAndTheLegendStandsBesideThePlot) {
    FigureSpec spec;
    spec.legend = QStringLiteral("outside right");
    spec.sizePx = QSize(900, 500);
    for (int i = 0; i < 10; ++i)
        spec.curves.push_back(curve(QStringLiteral("leaky_relu"), {0.05 * i}));
    ExportOptions options;
    options.sizePx = spec.sizePx;
    const std::string text = actlab::plot::renderPythonScript(spec, options).toStdString();
    EXPECT_NE(text.find("LEGEND = \"outside right\""), std::string::npos);
    std::vector<std::string> dashes;
    for (std::size_t at = text.find("dashes="); at != std::string::npos; at = text.find("dashes=", at + 1))
        dashes.push_back(text.substr(at + 7, text.find(", panel=", at) - at - 7));
    const std::vector<std::string> want = {"None", "None", "None", "None",   "None",
                                           "None", "None", "None", "(4, 2)", "(4, 2)"};
    EXPECT_EQ(dashes, want);

    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("many.py"));
    QFile file(script);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(text));
    file.close();
    const QString report = dir.filePath(QStringLiteral("report.txt"));
    const PythonRun r = runPython({QStringLiteral("-c"), QStringLiteral(R"py(
import runpy, sys
space = runpy.run_path(sys.argv[1], run_name="figure")
fig = space["draw_figure"]()
fig.canvas.draw()
ax = fig.axes[0]
box, legend = ax.get_window_extent(), ax.get_legend().get_window_extent()
styles = [line.get_linestyle() for line in ax.get_lines() if not line.get_label().startswith("_")]
with open(sys.argv[2], "w") as out:
    out.write(f"{legend.x0 > box.x1} {legend.x1 <= fig.bbox.x1} {legend.y1 > box.y1 - 20} {' '.join(styles)}")
)py"),
                                   script, report});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    QFile result(report);
    ASSERT_TRUE(result.open(QIODevice::ReadOnly));
    // Beside the axes, inside the figure, at the top; eight solid lines, then two dashed ones.
    EXPECT_EQ(result.readAll(), QByteArray("True True True - - - - - - - - -- --"));
}

TEST(PythonExport, CommandLineWritesTheScript) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("fig.py"));
    QProcess process;
    process.start(QStringLiteral(ACTLAB_EXECUTABLE),
                  {QStringLiteral("plot"), QStringLiteral("--preset"), QStringLiteral("silu-vs-mish"),
                   QStringLiteral("-o"), out});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("#!/usr/bin/env python3\n"));

    process.start(
        QStringLiteral(ACTLAB_EXECUTABLE),
        {QStringLiteral("plot"), QStringLiteral("formula:x*sigmoid(b*x);b=2"), QStringLiteral("-o"), out});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QFile formula(out);
    ASSERT_TRUE(formula.open(QIODevice::ReadOnly));
    const QByteArray text = formula.readAll();
    EXPECT_TRUE(text.contains("def formula_1(x, b):")) << text.toStdString();
    EXPECT_TRUE(text.contains("params=dict(b=2.0)")) << text.toStdString();

    process.start(QStringLiteral(ACTLAB_EXECUTABLE),
                  {QStringLiteral("plot"), QStringLiteral("relu"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("missing/fig.py"))});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(err.count('\n'), 1) << err.toStdString();
    EXPECT_TRUE(err.startsWith("actlab plot: cannot write ")) << err.toStdString();
}

TEST(PythonFormula, TranslatesTheFormulaLanguage) {
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"x^2*b", "x**2.0 * b"},
        {"-x^2", " - x**2.0"},
        {"where(x > 0, x, a*expm1(x))", "np.where(x > 0.0, x, a * np.expm1(x))"},
        {"max(x, a*x) + min(x, 0)", "np.maximum(x, a * x) + np.minimum(x, 0.0)"},
        {"x*tanh(softplus(b*x))", "x * np.tanh(_softplus(b * x))"},
        {"softplus(x, 2)", "softplus(x, 2.0)[0]"},
        {"gelu'(x) + elu''(x, 0.5)", "gelu(x)[1] + elu(x, 0.5)[2]"},
        {"elu(x)", "elu(x, 1.0)[0]"},
        {"0x1.8p-3*x + 1e-3 + .5", "0.1875 * x + 0.001 + 0.5"},
        {"lambda*sech(x)^2 + logsigmoid(x)", "lambda_ * _sech(x)**2.0 + _logsigmoid(x)"},
        {"where(x >= 1, inf, NaN)", "np.where(x >= 1.0, math.inf, math.nan)"},
        {"erf(x) - erfc(x) != sign(x)", "_erf(x) - _erfc(x) != np.sign(x)"}};
    for (const auto& [plain, python] : cases) {
        std::string error;
        const auto translated = actlab::plot::pythonExpression(plain, &error);
        ASSERT_TRUE(translated) << plain << ": " << error;
        EXPECT_EQ(*translated, python) << plain;
    }
    const std::vector<std::pair<const char*, const char*>> refused = {
        {"x $ 2", "unexpected '$' at column 3"},
        {"(x + 1", "expected ')' at column 7"},
        {"nosuch(x)", "unknown function 'nosuch' at column 1"},
        {"1e+", "malformed number '1e+' at column 1"}};
    for (const auto& [plain, message] : refused) {
        std::string error;
        EXPECT_FALSE(actlab::plot::pythonExpression(plain, &error)) << plain;
        EXPECT_EQ(error, message) << plain;
    }
}

/// Each formula's f, f', f'' in Python (its function, the catalogue functions and helpers it calls)
/// against the compiled formula, on a grid over [-8, 8] that includes 0.
TEST(PythonFormula, FormulasEvaluateAsActLabDoes) {
    const std::vector<std::pair<const char*, std::vector<double>>> formulas = {
        {"x*tanh(softplus(b*x))", {1.5}},
        {"where(x > 0, x, a*expm1(x))", {0.5}},
        {"max(x, a*x)", {0.2}},
        {"x*sigmoid(b*x + c)", {1.7, -0.4}},
        {"log(1 + exp(b*x))/b", {2.0}},
        {"gelu(x)*b + elu(x, 0.5)", {0.75}},
        {"abs(x)^3 - sqrt(x^2 + 1) + erf(x/2)*erfc(x)", {}},
        {"x*erf(x) + exp(-x^2)/sqrt(3.141592653589793)", {}},
        {"softplus(x, beta) - logsigmoid(-x)", {3.0}},
        {"sin(a*x)^2/a + x", {2.0}}};
    std::vector<double> x;
    for (int i = 0; i <= 160; ++i)
        x.push_back(-8.0 + 0.1 * i);
    std::string functions, calls;
    for (std::size_t i = 0; i < formulas.size(); ++i) {
        const auto parsed = actlab::formula::Formula::parse(formulas[i].first);
        ASSERT_TRUE(parsed) << formulas[i].first << ": " << parsed.error->message;
        ASSERT_EQ(parsed.formula->parameterNames().size(), formulas[i].second.size()) << formulas[i].first;
        std::string error;
        const auto function =
            actlab::plot::pythonFormulaFunction(*parsed.formula, "formula_" + std::to_string(i), &error);
        ASSERT_TRUE(function) << formulas[i].first << ": " << error;
        functions += *function + "\n\n";
        calls += "for order in formula_" + std::to_string(i) + "(x";
        for (const double p : formulas[i].second)
            calls += ", np.float64(" + actlab::formatNumber(p) + ")";
        calls += "):\n    print(\" \".join(repr(float(v)) for v in np.broadcast_to(order, x.shape)))\n";
    }
    std::string xs;
    for (const double v : x)
        xs += (xs.empty() ? "" : ", ") + actlab::formatNumber(v);
    const std::string activations = actlab::plot::pythonActivationsFor(functions);
    const std::string program = "import math\n\nimport numpy as np\n\nnp.seterr(all=\"ignore\")\n\n" +
                                actlab::plot::pythonHelpersFor(functions + activations) + "\n\n" +
                                activations + "\n\n" + functions + "x = np.array([" + xs + "])\n" + calls;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("formulas.py"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(program));
    }
    QProcess process;
    process.start(kPython, {path});
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString() << program;
    const auto rows = lines(process.readAllStandardOutput());
    ASSERT_EQ(rows.size(), 3 * formulas.size());
    for (std::size_t i = 0; i < formulas.size(); ++i) {
        const auto parsed = actlab::formula::Formula::parse(formulas[i].first);
        std::vector<double> v[3];
        for (auto& order : v)
            order.resize(x.size());
        parsed.formula->evaluate(formulas[i].second, x, v[0], v[1], v[2]);
        for (int order = 0; order < 3; ++order) {
            const auto values = rows[3 * i + static_cast<std::size_t>(order)].split(' ');
            ASSERT_EQ(static_cast<std::size_t>(values.size()), x.size());
            for (std::size_t k = 0; k < x.size(); ++k) {
                const double got = number(values[static_cast<qsizetype>(k)]);
                EXPECT_TRUE(agrees(got, v[order][k]))
                    << formulas[i].first << " order " << order << " at x = " << x[k] << ": Python " << got
                    << ", ActLab " << v[order][k] << "\n  " << parsed.formula->text(order);
            }
        }
    }
}

} // namespace
