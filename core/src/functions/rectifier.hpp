// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Rectifiers: relu, relu6 and the linear-slope family leaky_relu, prelu, rrelu (test-time).
#include "../kernel.hpp"

namespace actlab::detail {

/// max(0, x); f' = 1[x>0] (0 at 0, as PyTorch); f'' = 0.
struct Relu {
    static Derivs eval(double x, const double*, Side side) {
        if (rightOf(x, 0.0, side, false)) return {x, 1.0, 0.0};
        return {0.0, 0.0, 0.0};
    }
    static void kinks(const double*, std::vector<Kink>& out) { out.push_back({0.0, 1}); }
    static Properties properties(const double*) { return props("[0, ∞)", true, false, true, 0, false); }
};

/// min(max(0, x), 6); f' = 1 on (0, 6), 0 at both kinks (PyTorch: relu6 is hardtanh(x, 0, 6)).
struct Relu6 {
    static Derivs eval(double x, const double*, Side side) {
        if (!rightOf(x, 0.0, side, false)) return {0.0, 0.0, 0.0};
        if (rightOf(x, 6.0, side, true)) return {6.0, 0.0, 0.0};
        return {x, 1.0, 0.0};
    }
    static void kinks(const double*, std::vector<Kink>& out) { out.insert(out.end(), {{0.0, 1}, {6.0, 1}}); }
    static Properties properties(const double*) { return props("[0, 6]", true, true, true, 0, false); }
};

/// x for x > 0, a·x otherwise; f'(0) = a (PyTorch tests x > 0). The slope a comes from Slope::of(p).
template <class Slope> struct LinearSlope {
    static Derivs eval(double x, const double* p, Side side) {
        if (rightOf(x, 0.0, side, false)) return {x, 1.0, 0.0};
        const double a = Slope::of(p);
        return {a == 0.0 ? 0.0 : a * x, a, 0.0};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        if (Slope::of(p) != 1.0) out.push_back({0.0, 1});
    }
    static Properties properties(const double* p) {
        const double a = Slope::of(p);
        if (a > 0.0) return props("(−∞, ∞)", false, false, true, a == 1.0 ? kSmooth : 0, a == 1.0);
        return props("[0, ∞)", true, false, a == 0.0, 0, false);
    }
};
struct SlopeParam {
    static double of(const double* p) { return p[0]; }
};
/// RReLU at test time: the mean slope (lower + upper)/2.
struct SlopeMean {
    static double of(const double* p) { return 0.5 * p[0] + 0.5 * p[1]; }
};
using LeakyRelu = LinearSlope<SlopeParam>;
using Prelu = LinearSlope<SlopeParam>;
struct Rrelu : LinearSlope<SlopeMean> {
    static Message check(const double* p) {
        if (p[0] > p[1])
            return {ACTLAB_TR_NOOP("Parameters", "lower = %1 must not be greater than upper = %2"),
                    {formatNumber(p[0]), formatNumber(p[1])}};
        return {};
    }
};

} // namespace actlab::detail
