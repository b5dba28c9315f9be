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
/// For |x| ≥ ln 2 / 2 all three come from one exponential e = e^(−2|x|) (1 − e is then exact):
/// tanh|x| = (1 − e)/(1 + e), sech²x = 4e/(1 + e)²; below that, libm's tanh and sech² = 1 − tanh².
struct Tanh {
    static Derivs eval(double x, const double*, Side) {
        const double a = std::fabs(x);
        const double e = std::exp(-2.0 * a);
        if (!(e <= 0.5)) { // also NaN
            const double t = std::tanh(x);
            const double s2 = 1.0 - t * t;
            return {t, s2, -2.0 * t * s2};
        }
        const double r = 1.0 / (1.0 + e);
        const double t = std::copysign((1.0 - e) * r, x);
        const double s2 = (-2.0 * a > -708.0 ? 4.0 * e : mulExp(4.0, -2.0 * a)) * (r * r);
        return {t, s2, -2.0 * t * s2};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) { return props("(−1, 1)", true, true, true, kSmooth, true); }
};

} // namespace actlab::detail
