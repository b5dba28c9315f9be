// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The properties of an activation at given parameters, computed from its f, f′ and f″ (not typed in):
/// range with whether its ends are attained, boundedness, monotonicity, smoothness, zero-centring,
/// saturation, max |f′|, f′(0), the statistics under N(0, 1) and χ at He initialisation. The same numbers
/// for every catalogue function: the window's *View ▸ Compare* table shows them, and the catalogue's
/// hand-written Properties are tested against them.
#include "actlab/activation.hpp"
#include "actlab/analysis/gaussian_stats.hpp"

#include <span>

namespace actlab::analysis {

/// The infimum or supremum of a function over ℝ, and where it is reached.
struct Extremum {
    double value;  ///< ±∞ when unbounded on that side
    bool attained; ///< some finite x has this value (a kink, a flat piece or a stationary point)
    double at;     ///< such an x; ±∞ when only approached at ±∞; the kink when a one-sided limit there
};

/// Everything the properties table shows for one function at one parameter set.
struct ComputedProperties {
    Extremum inf;       ///< of f over ℝ
    Extremum sup;       ///< of f over ℝ
    Extremum minDf;     ///< inf of f′ (one-sided values at kinks included)
    Extremum maxDf;     ///< sup of f′
    bool boundedBelow;  ///< inf > −∞
    bool boundedAbove;  ///< sup < +∞
    bool nonDecreasing; ///< f′ ≥ 0 everywhere and no downward jump
    bool nonIncreasing; ///< f′ ≤ 0 everywhere and no upward jump
    bool monotonic;     ///< either of the two
    int smoothness;     ///< kDiscontinuous, 0 (C⁰), 1 (C¹), 2 (C², as far as f″ shows) or kSmooth
    double maxAbsDf;    ///< sup |f′| = max(|inf f′|, |sup f′|)
    double maxAbsDfAt;  ///< where (±∞ when approached only there)
    bool kinkAtZero;    ///< 0 is a kink: dfAtZero is the convention, the one-sided values differ
    double dfAtZero;    ///< f′(0) by the core's convention
    double dfAtZeroLeft, dfAtZeroRight;
    double limitDfLeft, limitDfRight; ///< f′ at −∞ and +∞ (read at ∓1e300)
    bool saturatesLeft;               ///< f′ → 0 as x → −∞
    bool saturatesRight;              ///< f′ → 0 as x → +∞
    GaussianStats standard;           ///< E[f], Var[f], E[f′], E[f′²], P(f′ = 0) under N(0, 1)
    bool zeroCentred;                 ///< |E[f]| < 0.1·std[f] under N(0, 1)
    double chiHe; ///< χ₁ = 2·E_{z~N(0,2)}[f′(z)²]: σ_w² = 2, σ_b² = 0, q_in = 1
};

/// Where the grid of sampled points ends on both sides of 0 (the limits at ±∞ are read there).
inline constexpr double kPropertiesReach = 1e300;

/// Zero-centred means |E[f]| < kZeroCentredRatio · std[f] under N(0, 1).
inline constexpr double kZeroCentredRatio = 0.1;

/// Computes every property above. f and f′ are sampled on a grid of 16 points per decade on both sides of
/// 0 (from 1e-300 out to kPropertiesReach), a uniform grid of step 1/64 on [−16, 16], and at every kink
/// (the convention's value and both one-sided limits); between neighbouring samples where f′ (for f) or f″
/// (for f′) changes sign, the stationary point is located by bisection to adjacent doubles. The value at
/// kPropertiesReach stands for the limit at infinity (a value beyond 1e200 in magnitude for ±∞, one below
/// 1e-200 for 0). Throws
/// std::invalid_argument for parameters the core refuses.
ComputedProperties computeProperties(const Activation& activation, std::span<const double> params);

} // namespace actlab::analysis
