// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Overflow- and cancellation-safe building blocks, written once and used by every kernel.
/// All functions are inline so the span evaluators compile to straight loops.
#include "branchfree_math.hpp"

#include <cmath>
#include <limits>

namespace actlab::detail {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// √(2/π) (as a double-double, hi + lo), 1/√2 and 1/√(2π), from mpmath.
inline constexpr double kSqrt2OverPi = 0x1.9884533d43651p-1;
inline constexpr double kSqrt2OverPiLo = -0x1.cbc0d30ebfd15p-55;
inline constexpr double kInvSqrt2 = 0x1.6a09e667f3bcdp-1;
inline constexpr double kInvSqrt2Pi = 0x1.9884533d43651p-2;

/// a·x split exactly into hi + lo (error-free product).
struct TwoProduct {
    double hi, lo;
};
inline TwoProduct twoProduct(double a, double x) {
    const double hi = a * x;
    return {hi, std::fma(a, x, -hi)};
}

/// a·e^t without a double rounding in the subnormal range and without premature overflow of e^t: the
/// product is formed in the normal range and rounded once at the end (branchfree_math.hpp).
inline double mulExp(double a, double t) {
    return expParts(t).times(a);
}

/// eˣ and eˣ − 1 for x ≤ 0: expm1 above −ln 2 (then 1 + (eˣ − 1) is within an ulp), exp below it (then
/// eˣ − 1 ∈ [−1, −1/2] is within an ulp). Both are computed and one is selected, so loops vectorise.
struct ExpPair {
    double e, em1;
};
inline ExpPair expAndExpm1(double x) {
    const double em1Small = expm1Small(x);
    const double e = expBranchFree(x);
    if (x > -0x1.62e42fefa39efp-1) return {1.0 + em1Small, em1Small};
    return {e, e - 1.0};
}

/// σ(w), σ(−w) and the density σ(w)σ(−w), all from one exponential e^(−|w|).
struct Logistic {
    double pos, neg, density;
    double e, r; ///< e^(−|w|) and 1/(1 + e^(−|w|))

    /// tanh(|w|/2) = (1 − e)/(1 + e) for e ≤ 1/2 (|w| ≥ ln 2); below, where 1 − e would cancel,
    /// −y/(2 + y) with y = e^(−|w|) − 1 from expm1. Both are computed and one is selected.
    double tanhHalfAbs(double w) const {
        const double y = expm1Small(-std::fabs(w));
        return e <= 0.5 ? (1.0 - e) * r : -y / (2.0 + y);
    }
};
inline Logistic logistic(double w) {
    const double e = expBranchFree(-std::fabs(w));
    const double r = 1.0 / (1.0 + e);
    const double small = e * r;
    const bool right = w >= 0.0;
    return {right ? r : small, right ? small : r, small * r, e, r};
}

/// a·e^(−x²/2) with x² taken exactly; a subnormal result is rounded once.
inline double mulExpNegHalfSquare(double a, double x) {
    const TwoProduct q = twoProduct(x, x);
    return mulExp(a * (1.0 - 0.5 * q.lo), -0.5 * q.hi);
}

} // namespace actlab::detail
