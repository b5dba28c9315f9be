// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Piecewise-linear "hard" approximations, with PyTorch's definitions and kink conventions.
#include "../kernel.hpp"

namespace actlab::detail {

/// min(max(x + 3, 0), 6)/6; f' = 1/6 on (−3, 3), 0 at ±3 (open interval, as PyTorch).
struct Hardsigmoid {
    static Derivs eval(double x, const double*, Side side) {
        if (!rightOf(x, -3.0, side, false)) return {0.0, 0.0, 0.0};
        if (rightOf(x, 3.0, side, true)) return {1.0, 0.0, 0.0};
        return {(x + 3.0) / 6.0, 1.0 / 6.0, 0.0};
    }
    static void kinks(const double*, std::vector<Kink>& out) { out.insert(out.end(), {{-3.0, 1}, {3.0, 1}}); }
    static Properties properties(const double*) { return props("[0, 1]", true, true, true, 0, false); }
};

/// x·min(max(x + 3, 0), 6)/6; f' = 0 for x ≤ −3, (2x + 3)/6 on (−3, 3), 1 for x ≥ 3 (current PyTorch,
/// since PR #148049; 1.13 gave −0.5 and 1.5 at the kinks); f'' = 1/3 on (−3, 3), 0 elsewhere.
struct Hardswish {
    static Derivs eval(double x, const double*, Side side) {
        if (!rightOf(x, -3.0, side, false)) return {0.0, 0.0, 0.0};
        if (rightOf(x, 3.0, side, true)) return {x, 1.0, 0.0};
        return {x * (x + 3.0) / 6.0, (2.0 * x + 3.0) / 6.0, 1.0 / 3.0};
    }
    // f' jumps at both kinks (0 | −1/2 at −3, 3/2 | 1 at 3): C⁰
    static void kinks(const double*, std::vector<Kink>& out) { out.insert(out.end(), {{-3.0, 1}, {3.0, 1}}); }
    static Properties properties(const double*) { return props("[−0.375, ∞)", true, false, false, 0, false); }
};

/// clamp(x, m, M); f' = 1 on (m, M), 0 at both bounds (PyTorch's hardtanh_backward).
struct Hardtanh {
    static Derivs eval(double x, const double* p, Side side) {
        const double lo = p[0], hi = p[1];
        if (!rightOf(x, lo, side, false)) return {lo, 0.0, 0.0};
        if (rightOf(x, hi, side, true)) return {hi, 0.0, 0.0};
        return {x, 1.0, 0.0};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        out.insert(out.end(), {{p[0], 1}, {p[1], 1}});
    }
    static Properties properties(const double* p) {
        return props(interval(p[0], p[1], true, true), true, true, true, 0, p[0] == -p[1]);
    }
    static Message check(const double* p) {
        if (!(p[0] < p[1]))
            return {ACTLAB_TR_NOOP("Parameters", "min_val = %1 must be less than max_val = %2"),
                    {formatNumber(p[0]), formatNumber(p[1])}};
        return {};
    }
};

} // namespace actlab::detail
