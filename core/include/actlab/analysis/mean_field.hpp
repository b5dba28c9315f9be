// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Mean-field signal propagation through a deep fully connected network (Poole et al. 2016, Schoenholz
/// et al. 2017) and the mean-and-variance map of self-normalising networks (Klambauer et al. 2017).
///
/// Network: z¹ = W¹x + b¹, hˡ = f(zˡ), zˡ⁺¹ = Wˡ⁺¹hˡ + bˡ⁺¹, weights N(0, σ_w²/fan-in), biases N(0, σ_b²),
/// input coordinates with second moment q_in. In the wide limit every pre-activation is N(0, q_l) with
///   q₁ = σ_w² q_in + σ_b²,   q_{l+1} = σ_w² E_{z~N(0,q_l)}[f(z)²] + σ_b²,
/// the gradient factor χ_l = σ_w² E_{z~N(0,q_l)}[f′(z)²], and the backward ratio
///   g_l = E‖∂L/∂zˡ‖² / E‖∂L/∂zᴸ‖² = ∏_{k=l}^{L−1} χ_k   (g_L = 1).
#include "actlab/analysis/gaussian_stats.hpp"
#include "actlab/message.hpp"

#include <array>
#include <complex>
#include <string>
#include <vector>

namespace actlab::analysis {

/// The initialisation and depth of a network (defaults as `actlab depth`: σ_w² = 1, σ_b² = 0, q_in = 1).
struct DepthConfig {
    int layers = 10;
    double sigmaW2 = 1.0;
    double sigmaB2 = 0.0;
    double qIn = 1.0;
};

/// One layer l = 1…L of the mean-field recursion.
struct DepthLayer {
    int layer;
    double q;   ///< variance of the pre-activations zˡ
    double chi; ///< χ_l = σ_w² E[f′(zˡ)²]
    double g;   ///< ∏_{k=l}^{L−1} χ_k
};

/// Largest number of layers accepted (the window's slider ends at 200; the CLI allows more).
inline constexpr int kMaxDepthLayers = 100000;

/// Checks a DepthConfig: 1 ≤ layers ≤ kMaxDepthLayers, σ_w², σ_b², q_in finite and ≥ 0. Returns an empty
/// message when valid, otherwise one naming the offending value (translated by the window).
Message checkDepthConfig(const DepthConfig& config);

/// The recursion above, layer by layer. Where q grows beyond kMaxGaussianInput² (σ_w² far into the chaotic
/// side of an unbounded f) it and everything after it is +∞, χ and g NaN. Throws std::invalid_argument for
/// an invalid config.
std::vector<DepthLayer> propagateDepth(const GaussianExpectation& ge, const DepthConfig& config);

/// Order (χ* < 1: nearby inputs converge), critical (χ* = 1), chaos (χ* > 1: they decorrelate).
enum class Phase { Ordered, Critical, Chaotic };

/// The fixed point q* of the variance map and what is measured there.
struct VarianceFixedPoint {
    bool found;   ///< false when the iteration diverges (q → ∞) or does not settle
    double q;     ///< q*
    double chi;   ///< χ* = σ_w² E_{N(0,q*)}[f′²]
    double slope; ///< dq_{l+1}/dq_l at q* (= χ* + σ_w² E[f f″] for smooth f; computed without f″)
    Phase phase;
    /// Depth scale of the variance: q_l − q* ~ e^(−l/ξ_q), ξ_q = −1/ln(slope) for 0 < slope < 1;
    /// +∞ for slope ≥ 1, 0 for slope = 0.
    double xiQ;
    /// Depth scale of correlations: |c_l − c*| ~ e^(−l/ξ_c) with ξ_c = −1/ln χ_c, χ_c = σ_w² E[f′(u₁)f′(u₂)]
    /// over (u₁, u₂) ~ N(0, q*[[1, c*], [c*, 1]]) at the stable fixed point c* of the correlation map
    /// c ↦ (σ_w² E[f(u₁)f(u₂)] + σ_b²)/q*. In the ordered phase c* = 1 and χ_c = χ*; at criticality
    /// ξ_c = +∞; in the chaotic phase c* < 1 is found by Newton's method on the two-dimensional
    /// expectations (an outer quadrature over u₁ of inner Gaussian statistics over u₂; NaN if it fails).
    double xiC;
    double cStar; ///< c* (1 in the ordered phase and at criticality)
};

/// Iterates q ← σ_w² E[f²] + σ_b² from q = 1 (then Newton steps) until it settles to 1e-14 relative.
VarianceFixedPoint varianceFixedPoint(const GaussianExpectation& ge, double sigmaW2, double sigmaB2);

/// Klambauer et al.'s map of the mean μ and variance ν of a layer's inputs to those of its outputs: with
/// ω = Σ wᵢ and τ = Σ wᵢ² of a unit's weights, z ~ N(μω, ντ) and (μ̃, ν̃) = (E[f(z)], Var[f(z)]).
/// Normalised weights (ω = 0, τ = 1) are the paper's setting; with the published λ, α SELU maps (0, 1)
/// to itself.
struct MeanVar {
    double mean;
    double var;
};
MeanVar meanVarianceMap(const GaussianExpectation& ge, MeanVar in, double omega = 0.0, double tau = 1.0);

/// The map's fixed point, its Jacobian ∂(μ̃, ν̃)/∂(μ, ν) there and the Jacobian's eigenvalues (complex in
/// general; ordered by modulus, largest first).
struct MeanVarFixedPoint {
    bool found;
    MeanVar point;
    std::array<std::array<double, 2>, 2> jacobian; ///< [row][column]: rows μ̃, ν̃; columns μ, ν
    std::array<std::complex<double>, 2> eigenvalues;
};

/// The Jacobian of meanVarianceMap at (μ, ν) (ν > 0), exact through the Gaussian derivative identities.
std::array<std::array<double, 2>, 2> meanVarianceJacobian(const GaussianExpectation& ge, MeanVar at,
                                                          double omega = 0.0, double tau = 1.0);

/// Plain iteration of the map from `start` (default (0, 1)) while it settles, then Newton's method to
/// 1e-14; found = false if it does not converge or ν ≤ 0.
MeanVarFixedPoint meanVarianceFixedPoint(const GaussianExpectation& ge, double omega = 0.0, double tau = 1.0,
                                         MeanVar start = {0.0, 1.0});

} // namespace actlab::analysis
