// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/analysis_data.hpp"
#include "common/qt_text.hpp"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace actlab::plot {

namespace {

struct KindName {
    AnalysisKind kind;
    const char* name;
};
constexpr std::array<KindName, 4> kKindNames{{{AnalysisKind::Depth, "depth"},
                                              {AnalysisKind::Histograms, "histograms"},
                                              {AnalysisKind::SeluMap, "selu-map"},
                                              {AnalysisKind::Phase, "phase"}}};

/// Depth at which the phase diagram reads χ.
constexpr int kPhaseDepth = 100;

analysis::DepthConfig depthConfig(const AnalysisSettings& settings) {
    return {settings.layers, settings.sigmaW2, settings.sigmaB2, settings.qIn};
}

} // namespace

std::optional<AnalysisKind> analysisKindFromName(const QString& name) {
    for (const auto& [kind, text] : kKindNames)
        if (name == QLatin1String(text)) return kind;
    return std::nullopt;
}

QString analysisKindName(AnalysisKind kind) {
    for (const auto& [k, text] : kKindNames)
        if (k == kind) return QString::fromLatin1(text);
    return {};
}

std::vector<int> histogramLayers(const AnalysisSettings& settings) {
    std::vector<int> layers;
    for (const int l : settings.histogramLayers)
        if (l >= 1 && l <= settings.layers) layers.push_back(l);
    if (layers.empty()) layers = {1, std::max(1, (settings.layers + 1) / 2), settings.layers};
    std::sort(layers.begin(), layers.end());
    layers.erase(std::unique(layers.begin(), layers.end()), layers.end());
    return layers;
}

QString analysisSettingsProblem(const AnalysisSettings& settings) {
    // English on the command line, which installs no translator.
    if (settings.layers < 1 || settings.layers > kMaxAnalysisLayers)
        return QCoreApplication::translate("actlab::plot::analysis",
                                           "the depth must be from 1 to %1 layers, not %2")
            .arg(kMaxAnalysisLayers)
            .arg(settings.layers);
    if (settings.width < 1 || settings.width > kMaxAnalysisWidth)
        return QCoreApplication::translate("actlab::plot::analysis",
                                           "the width must be from 1 to %1 units, not %2")
            .arg(kMaxAnalysisWidth)
            .arg(settings.width);
    if (const Message problem = analysis::checkDepthConfig(depthConfig(settings)); !problem.empty())
        return common::translated(problem);
    for (const int l : settings.histogramLayers)
        if (l < 1 || l > settings.layers)
            return QCoreApplication::translate("actlab::plot::analysis",
                                               "histogram layer %1 is not one of the %2 layers")
                .arg(l)
                .arg(settings.layers);
    return {};
}

std::vector<analysis::DepthLayer> depthTheory(const Activation& activation, std::span<const double> params,
                                              const AnalysisSettings& settings) {
    const analysis::GaussianExpectation ge(activation, params);
    return analysis::propagateDepth(ge, depthConfig(settings));
}

std::vector<analysis::MonteCarloLayer> depthMonteCarlo(const Activation& activation,
                                                       std::span<const double> params,
                                                       const AnalysisSettings& settings,
                                                       const analysis::Progress& progress) {
    analysis::MonteCarloConfig config;
    config.layers = settings.layers;
    config.width = settings.width;
    config.batch = settings.batch;
    config.sigmaW2 = settings.sigmaW2;
    config.sigmaB2 = settings.sigmaB2;
    config.qIn = settings.qIn;
    config.seed = settings.seed;
    return analysis::runMonteCarlo(activation, params, config, progress);
}

PhaseDiagram phaseDiagram(const Activation& activation, std::span<const double> params, double w2Hi,
                          double b2Hi, int w2Steps, int b2Steps, const std::function<bool()>& cancelled) {
    const analysis::GaussianExpectation ge(activation, params);
    PhaseDiagram d;
    // σ_w² = 0 is a network without weights (every input maps to σ_b²): the grid starts one step above.
    const double dw = w2Hi / w2Steps;
    d.w2Lo = dw;
    d.w2Hi = w2Hi;
    d.b2Lo = 0;
    d.b2Hi = b2Hi;
    d.w2Steps = w2Steps;
    d.b2Steps = b2Steps;
    const double db = b2Steps > 1 ? b2Hi / (b2Steps - 1) : 0.0;
    d.chi.assign(static_cast<std::size_t>(w2Steps) * static_cast<std::size_t>(b2Steps),
                 std::numeric_limits<double>::quiet_NaN());
    for (int j = 0; j < b2Steps; ++j) {
        const double b2 = j * db;
        for (int i = 0; i < w2Steps; ++i) {
            if (cancelled && cancelled()) return {};
            const double w2 = d.w2Lo + i * dw;
            // χ where the variance has gone after kPhaseDepth layers from q = 1: χ* at the fixed point q*
            // where the map converges (geometrically, away from the χ* = 1 line), and what a network of
            // that depth sees where it does not (q → 0 or ∞; ReLU without bias: σ_w²/2 at any q). The
            // core's varianceFixedPoint() would also give ξ_c, which costs 0.1–0.3 s per chaotic point.
            double chi = std::numeric_limits<double>::quiet_NaN();
            for (const auto& layer : analysis::propagateDepth(ge, {kPhaseDepth, w2, b2, 1.0}))
                if (std::isfinite(layer.chi) && layer.q > 0) chi = layer.chi;
            d.chi[static_cast<std::size_t>(j * w2Steps + i)] = chi;
        }
        // The first crossing of χ* = 1 along σ_w², between grid columns, where ln χ* is close to linear.
        for (int i = 0; i + 1 < w2Steps; ++i) {
            const double a = d.chi[static_cast<std::size_t>(j * w2Steps + i)];
            const double b = d.chi[static_cast<std::size_t>(j * w2Steps + i + 1)];
            if (!(a > 0 && b > 0) || (a < 1) == (b < 1)) continue;
            const double t = std::log(a) / (std::log(a) - std::log(b));
            d.critical.emplace_back(d.w2Lo + (i + t) * dw, b2);
            break;
        }
    }
    return d;
}

MeanVarFlow meanVarFlow(const Activation& activation, std::span<const double> params, int muSteps,
                        int nuSteps, int iterations) {
    const analysis::GaussianExpectation ge(activation, params);
    MeanVarFlow flow;
    flow.fixedPoint = analysis::meanVarianceFixedPoint(ge);
    // The window of Klambauer et al.'s Figure 2 around (0, 1), moved to the fixed point if it lies elsewhere.
    const analysis::MeanVar centre =
        flow.fixedPoint.found ? flow.fixedPoint.point : analysis::MeanVar{0.0, 1.0};
    flow.muLo = centre.mean - 1.0;
    flow.muHi = centre.mean + 1.0;
    flow.nuLo = std::max(0.05, centre.var - 0.8);
    flow.nuHi = centre.var + 1.0;
    flow.muSteps = muSteps;
    flow.nuSteps = nuSteps;
    for (int j = 0; j < nuSteps; ++j)
        for (int i = 0; i < muSteps; ++i) {
            const analysis::MeanVar from{flow.muLo + (flow.muHi - flow.muLo) * i / (muSteps - 1),
                                         flow.nuLo + (flow.nuHi - flow.nuLo) * j / (nuSteps - 1)};
            flow.arrows.push_back({from, analysis::meanVarianceMap(ge, from)});
        }
    // Starts at the corners and the middles of the window's sides.
    const std::array<analysis::MeanVar, 6> starts{{{flow.muLo, flow.nuLo},
                                                   {flow.muHi, flow.nuLo},
                                                   {flow.muLo, flow.nuHi},
                                                   {flow.muHi, flow.nuHi},
                                                   {centre.mean, flow.nuLo},
                                                   {centre.mean, flow.nuHi}}};
    for (const auto& start : starts) {
        std::vector<analysis::MeanVar> path{start};
        for (int k = 0; k < iterations; ++k) {
            const analysis::MeanVar next = analysis::meanVarianceMap(ge, path.back());
            if (!std::isfinite(next.mean) || !(next.var > 0 && std::isfinite(next.var))) break;
            path.push_back(next);
        }
        flow.trajectories.push_back(std::move(path));
    }
    return flow;
}

} // namespace actlab::plot
