// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Saturating functions: sigmoid and tanh.
#include "../kernel.hpp"

namespace actlab::detail {

/// σ(x) = 1/(1+e^(−x)); σ' = σ(x)σ(−x); σ'' = −σ'·tanh(x/2). x ∈ ℝ.
struct Sigmoid {
    static Derivs eval(double x, const double*, Side) {
        const Logistic s = logistic(x);
        return {s.pos, s.density, -s.density * std::copysign(s.tanhHalfAbs(x), x)};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) { return props("(0, 1)", true, true, true, kSmooth, false); }
};

/// tanh x; tanh' = sech²x; tanh'' = −2·tanh x·sech²x. x ∈ ℝ.
/// For |x| ≥ ln 2 / 2 all three come from one exponential e = e^(−2|x|): tanh|x| = (1 − e)/(1 + e),
/// sech²x = 4e/(1 + e)² (formed in the exponent, so a subnormal sech² is rounded once); below that,
/// where 1 − e would cancel, tanh x = y/(y + 2) with y = e^(2x) − 1 from expm1, and sech² = 1 − tanh².
struct Tanh {
    static Derivs eval(double x, const double*, Side) {
        const double a = std::fabs(x);
        const ExpParts ep = expParts(-2.0 * a);
        const double e = ep.value();
        const double r = 1.0 / (1.0 + e);
        const double y = expm1Small(2.0 * x);
        const double tSmall = y / (y + 2.0);
        const double tLarge = std::copysign((1.0 - e) * r, x);
        const bool small = !(e <= 0.5); // also NaN
        const double t = small ? tSmall : tLarge;
        const double s2 = small ? 1.0 - tSmall * tSmall : ep.times(4.0 * (r * r));
        return {t, s2, -2.0 * t * s2};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) { return props("(−1, 1)", true, true, true, kSmooth, true); }
};

} // namespace actlab::detail
