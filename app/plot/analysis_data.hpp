// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The numbers behind the deep-network figures (issue 10): mean-field depth curves, Monte-Carlo runs,
/// the order-to-chaos phase diagram and the SELU mean-and-variance flow field. The maths is the core's
/// (actlab/analysis); this file only decides what is computed for a figure. Shared by the window's
/// deep-network view and `actlab plot --analysis`.
#include <actlab/analysis/mean_field.hpp>
#include <actlab/analysis/monte_carlo.hpp>

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace actlab::plot {

/// The four deep-network figures.
enum class AnalysisKind { Depth, Histograms, SeluMap, Phase };

/// "depth", "histograms", "selu-map", "phase" (as `--analysis` takes them), or nullopt.
std::optional<AnalysisKind> analysisKindFromName(const QString& name);
QString analysisKindName(AnalysisKind kind);

/// The network the figures are about (defaults as the window opens: 30 layers, LeCun σ_w² = 1).
struct AnalysisSettings {
    int layers = 30;
    double sigmaW2 = 1.0;
    double sigmaB2 = 0.0;
    double qIn = 1.0;
    bool monteCarlo = true; ///< dots from a real random network beside the mean-field lines
    int width = 200;
    int batch = 64;
    std::uint64_t seed = 1;
    /// Layers of the histogram figure; empty = first, middle and last.
    std::vector<int> histogramLayers;

    bool operator==(const AnalysisSettings&) const = default;
};

/// Largest depth the figures take (the window's slider ends here; the Monte-Carlo network's limit).
inline constexpr int kMaxAnalysisLayers = 200;
/// Largest Monte-Carlo width the figures take.
inline constexpr int kMaxAnalysisWidth = 1000;

/// The one-click initialisations: σ_w² of He (2), Xavier/Glorot (2/(fan-in + fan-out) · fan-in = 1 for
/// equal widths) and LeCun (1), with σ_b² = 0.
inline constexpr double kHeSigmaW2 = 2.0;
inline constexpr double kGlorotSigmaW2 = 1.0;
inline constexpr double kLeCunSigmaW2 = 1.0;

/// The histogram layers of `settings` inside 1…layers, sorted and without repeats.
std::vector<int> histogramLayers(const AnalysisSettings& settings);

/// An empty string when the settings can be drawn, else a message naming the offending value.
QString analysisSettingsProblem(const AnalysisSettings& settings);

/// Mean-field q_l, χ_l, g_l for l = 1…layers.
std::vector<analysis::DepthLayer> depthTheory(const Activation& activation, std::span<const double> params,
                                              const AnalysisSettings& settings);

/// The Monte-Carlo network of `settings` (its width, batch and seed); empty if `progress` cancelled it.
std::vector<analysis::MonteCarloLayer> depthMonteCarlo(const Activation& activation,
                                                       std::span<const double> params,
                                                       const AnalysisSettings& settings,
                                                       const analysis::Progress& progress = {});

/// χ = σ_w² E[f′²] at the variance fixed point q* over a grid of (σ_w², σ_b²), and the χ = 1 line.
struct PhaseDiagram {
    double w2Lo = 0, w2Hi = 0, b2Lo = 0, b2Hi = 0;
    int w2Steps = 0, b2Steps = 0;
    /// chi[j * w2Steps + i] at σ_w² = w2Lo + i·Δw, σ_b² = b2Lo + j·Δb: χ after 100 layers from q = 1,
    /// which is χ* at the fixed point q* where the variance map converges (ReLU: σ_w²/2 everywhere).
    std::vector<double> chi;
    /// Points (σ_w², σ_b²) of the χ* = 1 line, one per row of σ_b² where χ* crosses 1 (interpolated in
    /// ln χ* between grid columns), in order of σ_b².
    std::vector<std::pair<double, double>> critical;
};
/// σ_w² over (0, w2Hi], σ_b² over [0, b2Hi]; `cancelled` (if given) is polled between grid points.
PhaseDiagram phaseDiagram(const Activation& activation, std::span<const double> params, double w2Hi = 4.0,
                          double b2Hi = 0.5, int w2Steps = 41, int b2Steps = 21,
                          const std::function<bool()>& cancelled = {});

/// Klambauer's map (μ, ν) ↦ (μ̃, ν̃) (normalised weights ω = 0, τ = 1) on a grid, and trajectories.
struct MeanVarFlow {
    double muLo = 0, muHi = 0, nuLo = 0, nuHi = 0;
    int muSteps = 0, nuSteps = 0; ///< the grid of arrows: μ varies fastest
    struct Arrow {
        analysis::MeanVar from, to;
    };
    std::vector<Arrow> arrows; ///< one step of the map from each grid point
    /// Iterates of the map from starting points on the border of the window.
    std::vector<std::vector<analysis::MeanVar>> trajectories;
    analysis::MeanVarFixedPoint fixedPoint;
};
MeanVarFlow meanVarFlow(const Activation& activation, std::span<const double> params, int muSteps = 13,
                        int nuSteps = 11, int iterations = 12);

} // namespace actlab::plot
