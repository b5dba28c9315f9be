// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Saturating functions: sigmoid and tanh.
#include "../kernel.hpp"

namespace actlab::detail {

/// σ(x) = 1/(1+e^(−x)); σ' = σ(x)σ(−x); σ'' = −σ'·tanh(x/2). x ∈ ℝ.
struct Sigmoid {
    static Derivs eval(double x, const double*, Side) {
        const Logistic s = logistic(x);
        return {s.pos, s.density, -s.density * std::tanh(0.5 * x)};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) { return props("(0, 1)", true, true, true, kSmooth, false); }
};

/// tanh x; tanh' = sech²x; tanh'' = −2·tanh x·sech²x. x ∈ ℝ.
struct Tanh {
    static Derivs eval(double x, const double*, Side) {
        const double s = 1.0 / std::cosh(x);
        const double s2 = s * s;
        const double t = std::tanh(x);
        return {t, s2, -2.0 * t * s2};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) { return props("(−1, 1)", true, true, true, kSmooth, true); }
};

} // namespace actlab::detail
