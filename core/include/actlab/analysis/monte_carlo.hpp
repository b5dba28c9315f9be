// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Monte-Carlo statistics of a real random network through depth, to set beside the mean-field theory
/// (mean_field.hpp): a Network of L layers of equal width N, weights N(0, σ_w²/N), biases N(0, σ_b²),
/// B inputs with coordinates N(0, q_in), pushed forward and then backward with an output gradient of
/// independent N(0, 1) entries. The network itself is network.hpp's; this file only measures.
#include "actlab/analysis/network.hpp"
#include "actlab/message.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace actlab::analysis {

struct MonteCarloConfig {
    int layers = 10;
    int width = 100;
    int batch = 100;
    double sigmaW2 = 1.0;
    double sigmaB2 = 0.0;
    double qIn = 1.0;
    std::uint64_t seed = 1;
    int histogramBins = 60;
    /// A unit counts as saturated where |f′(z)| < this (dead units, f′ = 0, are saturated too).
    double saturationThreshold = 1e-3;
};

/// Largest width, depth and batch accepted (the issue asks for width 1000 and depth 200).
inline constexpr int kMaxMonteCarloWidth = 4096;
inline constexpr int kMaxMonteCarloLayers = 1000;
inline constexpr int kMaxMonteCarloBatch = 100000;

/// Counts over [lo, hi) in equal bins; values outside are counted in below / above.
struct Histogram {
    double lo = 0.0, hi = 0.0;
    std::vector<std::uint64_t> counts;
    std::uint64_t below = 0, above = 0;
};

/// Everything measured at one layer l = 1…L, over all N units and B samples.
struct MonteCarloLayer {
    int layer;
    double meanZ, varZ;  ///< mean and variance of the pre-activations zˡ
    double q;            ///< E[z²]: the mean-field q_l
    double meanH, varH;  ///< of the activations f(zˡ) (for l = L too, though the output layer is linear)
    double deadFraction; ///< fraction with f′(zˡ) == 0 exactly
    double saturatedFraction; ///< fraction with |f′(zˡ)| < saturationThreshold
    double gradNorm2;         ///< mean over the batch of ‖∂L/∂zˡ‖²
    double g;                 ///< gradNorm2 / gradNorm2 of layer L: the mean-field g_l
    /// Histograms of zˡ over ±5 rms and of f(zˡ) over its mean ± 5 standard deviations, both ranges taken
    /// from the first block of samples (so every block counts into the same bins).
    Histogram preActivation, activation;
};

/// Returns an empty message when the config is valid (ranges above, σ's finite and ≥ 0, bins ≥ 1,
/// threshold ≥ 0), otherwise a message naming the offending value.
Message checkMonteCarloConfig(const MonteCarloConfig& config);

/// Called after every layer of every block with the fraction done (0…1); return false to cancel.
using Progress = std::function<bool(double fraction)>;

/// Runs the network in blocks of samples (memory bounded to about 64 MB whatever the width and depth).
/// The weights come from NormalSource(seed), the inputs and the output gradient from streams derived from
/// the seed, so the result is a function of the config. Returns an empty vector if cancelled. Throws
/// std::invalid_argument for an invalid config or activation parameters.
std::vector<MonteCarloLayer> runMonteCarlo(const Activation& activation, std::span<const double> params,
                                           const MonteCarloConfig& config, const Progress& progress = {});

} // namespace actlab::analysis
