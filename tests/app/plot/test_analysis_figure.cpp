// SPDX-License-Identifier: GPL-3.0-or-later
// The deep-network figures (issue 10, item 4): what AnalysisFigure draws against closed forms of the
// mean-field recursion written out here — ReLU q_{l+1} = σ_w² q_l / 2 and χ = σ_w²/2, Leaky ReLU with
// (1 + α²)/2 —, SELU's fixed point (0, 1), ReLU's edge of chaos at σ_w² = 2; `actlab plot --analysis`'s
// arguments and its bad input (the subprocess tests are in test_plot_process.cpp).
#include "plot/analysis_export.hpp"
#include "plot/analysis_figure.hpp"
#include "plot/analysis_preset.hpp"
#include "plot/plot_command.hpp"
#include "plot/presets.hpp"
#include "refused_arguments.hpp"

#include "actlab/catalogue.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <cmath>

namespace {

using actlab::plot::AnalysisFigure;
using actlab::plot::AnalysisKind;
using actlab::plot::AnalysisSettings;
using actlab::plot::FigureSpec;

/// A figure of curves written as on the command line ("leaky_relu:alpha=0.1").
FigureSpec figureOf(std::initializer_list<const char*> specs) {
    FigureSpec figure;
    for (const char* text : specs)
        figure.curves.push_back(*actlab::plot::parseCurveSpec(QString::fromLatin1(text), nullptr));
    return figure;
}

std::vector<std::pair<double, double>> points(const QCPGraph* graph) {
    std::vector<std::pair<double, double>> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.emplace_back(it->key, it->value);
    return out;
}

/// Draws the depth figure of `spec` (theory only) and returns the plot's q and g lines of curve `c`.
struct DepthLines {
    std::vector<std::pair<double, double>> q, g;
};
DepthLines depthLines(const FigureSpec& spec, const AnalysisSettings& settings, int c = 0) {
    QCustomPlot plot;
    plot.resize(1000, 600);
    AnalysisFigure figure(&plot);
    figure.showDepth(actlab::plot::analysisCurves(spec, actlab::plot::Theme::light(), settings), settings);
    EXPECT_EQ(figure.panels().size(), 2u);
    EXPECT_EQ(figure.panels()[0]->axis(QCPAxis::atLeft)->scaleType(), QCPAxis::stLogarithmic);
    EXPECT_EQ(figure.panels()[1]->axis(QCPAxis::atLeft)->scaleType(), QCPAxis::stLogarithmic);
    return {points(figure.theoryGraph(0, c)), points(figure.theoryGraph(1, c))};
}

void expectRelative(double actual, double expected, double tolerance, const std::string& what) {
    EXPECT_LE(std::abs(actual - expected), tolerance * std::abs(expected))
        << what << ": " << actual << " vs " << expected;
}

TEST(AnalysisFigure, ReluHalvesTheVarianceWithoutHe) {
    AnalysisSettings settings;
    settings.layers = 20;
    settings.sigmaW2 = 1;
    settings.monteCarlo = false;
    const auto lines = depthLines(figureOf({"relu"}), settings);
    ASSERT_EQ(lines.q.size(), 20u);
    ASSERT_EQ(lines.g.size(), 20u);
    for (int l = 1; l <= 20; ++l) {
        const auto i = static_cast<std::size_t>(l - 1);
        EXPECT_EQ(lines.q[i].first, l);
        // q₁ = σ_w² q_in = 1, q_{l+1} = q_l / 2; χ = 1/2 at every layer, g_l = (1/2)^(L−l).
        expectRelative(lines.q[i].second, std::ldexp(1.0, 1 - l), 1e-12, "q_" + std::to_string(l));
        expectRelative(lines.g[i].second, std::ldexp(1.0, l - 20), 1e-12, "g_" + std::to_string(l));
    }
}

TEST(AnalysisFigure, LogTickExponentsUseTheMinusSign) {
    // ReLU without He over 20 layers: q falls from 1 to 2^−19 ≈ 1.9e−6, so the log axis shows powers
    // 10^−1 … 10^−5, their exponents with U+2212 as on every other axis.
    AnalysisSettings settings;
    settings.layers = 20;
    settings.sigmaW2 = 1;
    settings.monteCarlo = false;
    QCustomPlot plot;
    plot.resize(1000, 600);
    AnalysisFigure figure(&plot);
    figure.showDepth(actlab::plot::analysisCurves(figureOf({"relu"}), actlab::plot::Theme::light(), settings),
                     settings);
    plot.replot();
    const QVector<QString> labels = figure.panels()[0]->axis(QCPAxis::atLeft)->tickVectorLabels();
    EXPECT_TRUE(labels.contains(QStringLiteral("1e\u221205"))) << labels.join(u' ').toStdString();
    for (const QString& label : labels)
        EXPECT_FALSE(label.contains(u'-')) << label.toStdString();
}

TEST(AnalysisFigure, HeKeepsReluAndLeakyReluOnTrack) {
    AnalysisSettings settings;
    settings.layers = 30;
    settings.sigmaW2 = actlab::plot::kHeSigmaW2;
    settings.qIn = 0.5;
    settings.monteCarlo = false;
    const FigureSpec spec = figureOf({"relu", "leaky_relu:alpha=0.1"});
    const auto relu = depthLines(spec, settings, 0);
    const auto leaky = depthLines(spec, settings, 1);
    for (int l = 1; l <= 30; ++l) {
        const auto i = static_cast<std::size_t>(l - 1);
        // ReLU: q₁ = 2 · 0.5 = 1 and q_{l+1} = 2 q_l / 2 = q_l; χ = 1, g = 1.
        expectRelative(relu.q[i].second, 1.0, 1e-12, "ReLU q");
        expectRelative(relu.g[i].second, 1.0, 1e-12, "ReLU g");
        // Leaky ReLU α = 0.1: E[f²] = q (1 + α²)/2, E[f′²] = (1 + α²)/2, so q and 1/g grow by 1.01.
        expectRelative(leaky.q[i].second, std::pow(1.01, l - 1), 1e-12, "Leaky q");
        expectRelative(leaky.g[i].second, std::pow(1.01, 30 - l), 1e-12, "Leaky g");
    }
}

TEST(AnalysisFigure, MonteCarloDotsAreTheNetworksOwn) {
    AnalysisSettings settings;
    settings.layers = 6;
    settings.width = 50;
    settings.batch = 20;
    const auto* relu = actlab::findActivation("relu");
    auto curves = actlab::plot::analysisCurves(figureOf({"relu"}), actlab::plot::Theme::light(), settings);
    ASSERT_EQ(curves.size(), 1u);
    curves[0].monteCarlo = actlab::plot::depthMonteCarlo(*relu, relu->defaults(), settings);
    QCustomPlot plot;
    AnalysisFigure figure(&plot);
    figure.showDepth(curves, settings);
    const auto q = points(figure.monteCarloGraph(0, 0));
    const auto g = points(figure.monteCarloGraph(1, 0));
    ASSERT_EQ(q.size(), 6u);
    for (std::size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(q[i].second, curves[0].monteCarlo[i].q);
        EXPECT_EQ(g[i].second, curves[0].monteCarlo[i].g);
    }
    EXPECT_EQ(g.back().second, 1.0); // g_L = 1 by definition
}

TEST(AnalysisFigure, SeluMapConvergesToZeroOne) {
    const auto* selu = actlab::findActivation("selu");
    const auto flow = actlab::plot::meanVarFlow(*selu, selu->defaults());
    ASSERT_TRUE(flow.fixedPoint.found);
    EXPECT_NEAR(flow.fixedPoint.point.mean, 0.0, 1e-12);
    EXPECT_NEAR(flow.fixedPoint.point.var, 1.0, 1e-12);
    ASSERT_EQ(flow.trajectories.size(), 6u);
    for (const auto& path : flow.trajectories) {
        ASSERT_EQ(path.size(), 13u); // the start and twelve layers
        for (std::size_t k = 1; k + 1 < path.size(); ++k)
            EXPECT_LT(std::abs(path[k + 1].var - 1), std::abs(path[k].var - 1)) << "layer " << k;
    }
    // The starts lie on ν = 0.2 and ν = 2 (with ω = 0 the map does not depend on μ). Twelve layers of
    // μ̃ = E[selu(z)], ν̃ = Var[selu(z)], z ~ N(0, ν), by mpmath at 30 digits (quad split at 0, published
    // λ and α): from 0.2, (−0.010301751166012372, 0.90712294083237996); from 2, (0.0041275822000976699,
    // 1.0360736564491685).
    for (const auto& path : flow.trajectories) {
        const bool low = path.front().var < 1;
        expectRelative(path.back().mean, low ? -0.010301751166012372 : 0.0041275822000976699, 1e-11, "mu_12");
        expectRelative(path.back().var, low ? 0.90712294083237996 : 1.0360736564491685, 1e-12, "nu_12");
    }
    QCustomPlot plot;
    AnalysisFigure figure(&plot);
    figure.showMeanVarFlow(flow, QStringLiteral("SELU"), Qt::blue);
    bool named = false;
    for (int i = 0; i < plot.graphCount(); ++i)
        named = named || plot.graph(i)->name() == QStringLiteral("fixed point (0, 1)");
    EXPECT_TRUE(named);
}

TEST(AnalysisFigure, ReluEdgeOfChaosIsHe) {
    const auto* relu = actlab::findActivation("relu");
    const auto diagram = actlab::plot::phaseDiagram(*relu, relu->defaults());
    // χ = σ_w² E[f′²] = σ_w²/2 whatever q is.
    for (int j = 0; j < diagram.b2Steps; ++j)
        for (int i = 0; i < diagram.w2Steps; ++i) {
            const double w2 = diagram.w2Lo + i * (diagram.w2Hi - diagram.w2Lo) / (diagram.w2Steps - 1);
            expectRelative(diagram.chi[static_cast<std::size_t>(j * diagram.w2Steps + i)], w2 / 2, 1e-12,
                           "chi");
        }
    // One crossing per row, at σ_w² = 2 up to interpolating ln χ = ln σ_w² − ln 2 linearly between grid
    // columns Δ = 4/41 apart: |error| ≤ Δ²/8 · max|(ln w)″| / min|(ln w)′| = Δ²/8 · 2/w ≈ 1.2e-3 at w ≈ 2.
    ASSERT_EQ(diagram.critical.size(), static_cast<std::size_t>(diagram.b2Steps));
    for (const auto& [w2, b2] : diagram.critical)
        EXPECT_NEAR(w2, 2.0, 1.2e-3) << "at sigma_b2 = " << b2;
}

// ---- actlab plot --analysis ------------------------------------------------------------------------

TEST(AnalysisArguments, EveryOption) {
    QString error;
    const auto request = actlab::plot::parsePlotArguments(
        {QStringLiteral("sigmoid"),    QStringLiteral("--analysis"), QStringLiteral("histograms"),
         QStringLiteral("--layers"),   QStringLiteral("40"),         QStringLiteral("--sigma-w2=2"),
         QStringLiteral("--sigma-b2"), QStringLiteral("0x1p-4"),     QStringLiteral("--q-in"),
         QStringLiteral("3"),          QStringLiteral("--width"),    QStringLiteral("500"),
         QStringLiteral("--batch"),    QStringLiteral("10"),         QStringLiteral("--seed"),
         QStringLiteral("7"),          QStringLiteral("--at"),       QStringLiteral("40,1,20"),
         QStringLiteral("--no-mc"),    QStringLiteral("-o"),         QStringLiteral("h.svg")},
        &error);
    ASSERT_TRUE(request) << error.toStdString();
    ASSERT_TRUE(request->analysis);
    EXPECT_EQ(*request->analysis, AnalysisKind::Histograms);
    const AnalysisSettings& s = request->analysisSettings;
    EXPECT_EQ(s.layers, 40);
    EXPECT_EQ(s.sigmaW2, 2.0);
    EXPECT_EQ(s.sigmaB2, 0.0625);
    EXPECT_EQ(s.qIn, 3.0);
    EXPECT_EQ(s.width, 500);
    EXPECT_EQ(s.batch, 10);
    EXPECT_EQ(s.seed, 7u);
    EXPECT_FALSE(s.monteCarlo);
    EXPECT_EQ(actlab::plot::histogramLayers(s), (std::vector<int>{1, 20, 40}));
    EXPECT_EQ(request->format, actlab::plot::ExportFormat::Svg);
}

TEST(AnalysisArguments, RefusesBadInputWithOneLine) {
    const QStringList relu = {QStringLiteral("relu")};
    const QStringList depth = {QStringLiteral("--analysis"), QStringLiteral("depth")};
    const QStringList o = {QStringLiteral("-o"), QStringLiteral("d.png")};
    expectRefused({
        {relu + o + QStringList{QStringLiteral("--analysis"), QStringLiteral("deep")}, "--analysis"},
        {relu + o + QStringList{QStringLiteral("--layers"), QStringLiteral("10")}, "needs --analysis"},
        {relu + o + QStringList{QStringLiteral("--no-mc")}, "needs --analysis"},
        {relu + depth + o + QStringList{QStringLiteral("--layers"), QStringLiteral("0")}, "--layers"},
        {relu + depth + o + QStringList{QStringLiteral("--layers"), QStringLiteral("201")}, "--layers"},
        {relu + depth + o + QStringList{QStringLiteral("--layers"), QStringLiteral("2.5")}, "--layers"},
        {relu + depth + o + QStringList{QStringLiteral("--sigma-w2"), QStringLiteral("-1")}, "--sigma-w2"},
        {relu + depth + o + QStringList{QStringLiteral("--sigma-w2"), QStringLiteral("nan")}, "--sigma-w2"},
        {relu + depth + o + QStringList{QStringLiteral("--sigma-b2"), QStringLiteral("inf")}, "--sigma-b2"},
        {relu + depth + o + QStringList{QStringLiteral("--q-in"), QStringLiteral("x")}, "--q-in"},
        {relu + depth + o + QStringList{QStringLiteral("--width"), QStringLiteral("1001")}, "--width"},
        {relu + depth + o + QStringList{QStringLiteral("--batch"), QStringLiteral("0")}, "--batch"},
        {relu + depth + o + QStringList{QStringLiteral("--seed"), QStringLiteral("-1")}, "--seed"},
        {relu + depth + o + QStringList{QStringLiteral("--at"), QStringLiteral("1,,2")}, "--at"},
        {relu + depth + o + QStringList{QStringLiteral("--at"), QStringLiteral("31")}, "histogram layer 31"},
        {relu + depth + QStringList{QStringLiteral("-o"), QStringLiteral("d.csv")}, "d.csv"},
        {relu + depth + QStringList{QStringLiteral("-o"), QStringLiteral("d.actlab")}, "d.actlab"},
        {relu + depth + QStringList{QStringLiteral("-o"), QStringLiteral("d.gif")}, "d.gif"},
        {relu + depth + o + QStringList{QStringLiteral("--animate"), QStringLiteral("alpha=0:1")},
         "--animate"},
        {depth + o, "nothing to plot"},
    });
}

// ---- presets (issue 10, item 6) ---------------------------------------------------------------------

TEST(AnalysisPresets, VanishingGradientsAndSeluFixedPoint) {
    const auto vanishing = actlab::plot::presetAnalysis(QStringLiteral("vanishing-gradients"));
    ASSERT_TRUE(vanishing);
    EXPECT_EQ(vanishing->kind, AnalysisKind::Depth);
    EXPECT_EQ(vanishing->settings.layers, 30);
    EXPECT_EQ(vanishing->settings.sigmaW2, 1.0);
    const auto curves = actlab::plot::preset(QStringLiteral("vanishing-gradients"))->curves;
    ASSERT_EQ(curves.size(), 3u);
    EXPECT_EQ(curves[0].id, QStringLiteral("sigmoid"));
    EXPECT_EQ(curves[1].id, QStringLiteral("tanh"));
    EXPECT_EQ(curves[2].id, QStringLiteral("relu"));
    const auto selu = actlab::plot::presetAnalysis(QStringLiteral("selu-fixed-point"));
    ASSERT_TRUE(selu);
    EXPECT_EQ(selu->kind, AnalysisKind::SeluMap);
    EXPECT_EQ(selu->settings, AnalysisSettings{}); // every other field at its default
    EXPECT_FALSE(actlab::plot::presetAnalysis(QStringLiteral("relu-variants")));
    EXPECT_FALSE(actlab::plot::presetAnalysis(QStringLiteral("no-such-preset")));
    // actlab plot --preset draws the analysis; --analysis and the network options override it; the
    // preset's CSV and session are its curves.
    QString error;
    auto request = actlab::plot::parsePlotArguments(
        {QStringLiteral("--preset"), QStringLiteral("vanishing-gradients"), QStringLiteral("--sigma-w2"),
         QStringLiteral("2"), QStringLiteral("-o"), QStringLiteral("v.png")},
        &error);
    ASSERT_TRUE(request) << error.toStdString();
    EXPECT_EQ(request->analysis, AnalysisKind::Depth);
    EXPECT_EQ(request->analysisSettings.layers, 30);
    EXPECT_EQ(request->analysisSettings.sigmaW2, 2.0);
    request = actlab::plot::parsePlotArguments(
        {QStringLiteral("--preset"), QStringLiteral("vanishing-gradients"), QStringLiteral("--analysis"),
         QStringLiteral("phase"), QStringLiteral("-o"), QStringLiteral("v.png")},
        &error);
    ASSERT_TRUE(request) << error.toStdString();
    EXPECT_EQ(request->analysis, AnalysisKind::Phase);
    for (const char* out : {"v.csv", "v.actlab"}) {
        request = actlab::plot::parsePlotArguments({QStringLiteral("--preset"),
                                                    QStringLiteral("vanishing-gradients"),
                                                    QStringLiteral("-o"), QString::fromLatin1(out)},
                                                   &error);
        ASSERT_TRUE(request) << error.toStdString();
        EXPECT_FALSE(request->analysis) << out;
    }
}

TEST(AnalysisPresets, JsonRoundTripAndStrictReading) {
    actlab::plot::AnalysisRequest request;
    request.kind = AnalysisKind::Histograms;
    request.settings.layers = 40;
    request.settings.sigmaW2 = 0.1; // not a short binary fraction: must come back bit for bit
    request.settings.sigmaB2 = 1.0 / 3;
    request.settings.qIn = 2.5;
    request.settings.monteCarlo = false;
    request.settings.width = 999;
    request.settings.batch = 12345;
    request.settings.seed = 9007199254740992u; // 2^53
    request.settings.histogramLayers = {40, 2};
    QString error;
    // Through the text, as a preset file is read.
    const QJsonObject text =
        QJsonDocument::fromJson(QJsonDocument(actlab::plot::analysisToJson(request)).toJson()).object();
    const auto back = actlab::plot::analysisFromJson(text, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(*back, request);

    struct Case {
        const char* json;
        const char* mentions;
    };
    const Case cases[] = {
        {R"({})", "\"kind\" is missing"},
        {R"({"kind": "chaos"})", "\"kind\" must be depth, histograms, selu-map or phase, not 'chaos'"},
        {R"({"kind": 1})", "\"kind\" must be a string"},
        {R"({"kind": "depth", "layers": 0})", "\"layers\" must be a whole number from 1 to 200"},
        {R"({"kind": "depth", "layers": 2.5})", "\"layers\""},
        {R"({"kind": "depth", "sigmaW2": -1})", "\"sigmaW2\""},
        {R"({"kind": "depth", "sigmaB2": "x"})", "\"sigmaB2\""},
        {R"({"kind": "depth", "qIn": null})", "\"qIn\""},
        {R"({"kind": "depth", "monteCarlo": 1})", "\"monteCarlo\" must be true or false"},
        {R"({"kind": "depth", "width": 1001})", "\"width\""},
        {R"({"kind": "depth", "batch": 0})", "\"batch\""},
        {R"({"kind": "depth", "seed": 1.5})", "\"seed\""},
        {R"({"kind": "depth", "layers": 10, "at": [11]})",
         "\"at\" must be an array of layer numbers from 1 to 10"},
        {R"({"kind": "depth", "at": 3})", "\"at\" must be an array"},
    };
    for (const auto& c : cases) {
        const QJsonObject object = QJsonDocument::fromJson(QByteArray(c.json)).object();
        EXPECT_FALSE(actlab::plot::analysisFromJson(object, &error)) << c.json;
        EXPECT_TRUE(error.startsWith(QStringLiteral("\"analysis\": "))) << error.toStdString();
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.mentions))) << c.json << " -> " << error.toStdString();
    }
}

} // namespace
