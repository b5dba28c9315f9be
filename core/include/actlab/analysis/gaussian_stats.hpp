// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Statistics of f(X) for a Gaussian input X ~ N(μ, σ²): E[f], Var[f], E[f′], E[f′²] and the dead
/// fraction P(f′(X) = 0), by Gauss–Kronrod quadrature (Boost.Math) in the Gaussian measure with every
/// kink as a break point. Plain data, no Qt: the window, the command line and the mean-field analysis
/// all use it.
#include "actlab/activation.hpp"

#include <functional>
#include <span>
#include <vector>

namespace actlab::analysis {

/// The five numbers of one curve for one input distribution (and the distribution itself).
struct GaussianStats {
    double mean;    ///< μ of the input
    double std;     ///< σ of the input
    double meanF;   ///< E[f(X)]
    double varF;    ///< Var[f(X)] = E[(f(X) − E f)²], integrated as such (no cancellation)
    double meanDf;  ///< E[f′(X)]
    double meanDf2; ///< E[f′(X)²]
    double pDead;   ///< P(f′(X) = 0): the Gaussian measure of the flat pieces of f
};

/// Inputs larger than this in magnitude (|μ| or σ) are refused: f² must stay finite over μ ± 40σ.
inline constexpr double kMaxGaussianInput = 1e100;

/// One activation at fixed parameters, prepared for Gaussian expectations: its kinks split the line into
/// pieces, and a piece where f′ is exactly 0 (checked at interior points, never at the kinks) is flat.
/// Expectations over flat pieces are exact (a constant times a difference of Φ); the other pieces are
/// integrated with an adaptive 31-point Gauss–Kronrod rule over t = (x − μ)/σ in [−40, 40] (the Gaussian
/// weight beyond is below 1e-347), split further at fixed points of t so that every sub-interval holds
/// a smooth integrand of moderate dynamic range. Construction validates the parameters
/// (std::invalid_argument with the core's message); the object is immutable and safe to share.
class GaussianExpectation {
  public:
    GaussianExpectation(const Activation& activation, std::span<const double> params);

    /// All five numbers. σ = 0 is the point mass at μ: f(μ), 0, f′(μ), f′(μ)², [f′(μ) = 0], with f′ taken
    /// by the core's kink convention. Throws std::invalid_argument for a non-finite μ, a negative or
    /// non-finite σ, or either beyond kMaxGaussianInput.
    GaussianStats stats(double mean, double std) const;

    /// E[f(X)] and E[f′(X)] alone, in one quadrature (the inner integral of two-dimensional expectations).
    struct Means {
        double f, df;
    };
    Means means(double mean, double std) const;

    /// E[f(X)²] and E[f′(X)²] in one quadrature (one layer of the mean-field recursion).
    struct SecondMoments {
        double f2, df2;
    };
    SecondMoments secondMoments(double mean, double std) const;

    /// E[f(X)²] (the mean-field variance map needs the raw second moment).
    double meanF2(double mean, double std) const;
    /// E[f′(X)²].
    double meanDf2(double mean, double std) const;

    /// Derivatives of the moments with respect to the input's mean and variance, without derivatives of
    /// f: ∂/∂μ E[h(X)] = E[h(X)·t]/σ and ∂/∂(σ²) E[h(X)] = E[h(X)·(t² − 1)]/(2σ²), t = (X − μ)/σ (valid
    /// for any h, kinks and jumps included). Requires σ > 0.
    struct MomentSlopes {
        double dMeanF_dMean, dMeanF_dVar;   ///< of E[f]
        double dMeanF2_dMean, dMeanF2_dVar; ///< of E[f²]
    };
    MomentSlopes slopes(double mean, double std) const;

    const Activation& activation() const { return *activation_; }
    std::span<const double> params() const { return params_; }

    /// One piece [lo, hi] of the line between consecutive kinks (±∞ at the ends).
    struct Piece {
        double lo, hi;
        bool flat;    ///< f′ == 0 exactly at every interior test point
        double value; ///< f on a flat piece
    };
    std::span<const Piece> pieces() const { return pieces_; }

    /// The generic expectation E[w(f(X), f′(X), t)] with t = (X − μ)/σ, σ > 0: every piece integrated
    /// (flat ones too, as w may depend on t). For analyses beyond the named ones, and for tests.
    double expectation(double mean, double std,
                       const std::function<double(const Derivs&, double t)>& w) const;

  private:
    void checkInput(double mean, double std) const;

    const Activation* activation_;
    std::vector<double> params_;
    std::vector<Piece> pieces_;
};

/// Convenience: GaussianExpectation(activation, params).stats(mean, std).
GaussianStats gaussianStats(const Activation& activation, std::span<const double> params, double mean,
                            double std);

/// Φ(b) − Φ(a) for a ≤ b (±∞ allowed), accurate in both tails (through erfc).
double normalProbability(double a, double b);

} // namespace actlab::analysis
