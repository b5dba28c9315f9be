// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Shrinkage functions: hardshrink, softshrink, tanhshrink.
#include "../kernel.hpp"
#include "saturating.hpp"

namespace actlab::detail {

/// x if |x| > λ, else 0 (f(±λ) = 0); f' = 1[|x| > λ].
struct Hardshrink {
    static Derivs eval(double x, const double* p, Side side) {
        const double l = p[0];
        if (rightOf(x, l, side, false) || !rightOf(x, -l, side, true)) return {x, 1.0, 0.0};
        return {0.0, 0.0, 0.0};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        if (p[0] == 0.0)
            out.push_back({0.0, 1});
        else
            out.insert(out.end(), {{-p[0], 0}, {p[0], 0}});
    }
    static Properties properties(const double* p) {
        return props(p[0] == 0.0 ? "(−∞, ∞)" : "{0} ∪ |y| > " + num(p[0]), false, false, true,
                     p[0] == 0.0 ? 0 : kDiscontinuous, true);
    }
};

/// x − λ for x > λ, x + λ for x < −λ, else 0; f' = 1[|x| > λ] (0 at ±λ, as PyTorch).
struct Softshrink {
    static Derivs eval(double x, const double* p, Side side) {
        const double l = p[0];
        if (rightOf(x, l, side, false)) return {x - l, 1.0, 0.0};
        if (!rightOf(x, -l, side, true)) return {x + l, 1.0, 0.0};
        return {0.0, 0.0, 0.0};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        if (p[0] == 0.0)
            out.push_back({0.0, 1});
        else
            out.insert(out.end(), {{-p[0], 1}, {p[0], 1}});
    }
    static Properties properties(const double*) { return props("(−∞, ∞)", false, false, true, 0, true); }
};

/// x − tanh x; f' = tanh²x; f'' = 2·tanh x·sech²x. For |x| < 0.55 a 20-term Taylor series avoids the
/// cancellation of x against tanh x (which loses all digits near 0).
struct Tanhshrink {
    static double series(double x) {
        static constexpr double c[] = {
            0x1.5555555555555p-2,  -0x1.1111111111111p-3,  0x1.ba1ba1ba1ba1cp-5,  -0x1.664f4882c10fap-6,
            0x1.226e355e6c23dp-7,  -0x1.d6d3d0e157de0p-9,  0x1.7da36452b75e3p-10, -0x1.3558248036744p-11,
            0x1.f57d7734d1664p-13, -0x1.967e18afcafadp-14, 0x1.497d8eea25259p-15, -0x1.0b132d39a6050p-16,
            0x1.b0f72d3ee24e9p-18, -0x1.5ef2da474e5b7p-19, 0x1.1c77df95c1c0dp-20, -0x1.cd299de4ae6bbp-22,
            0x1.75cde6563fed9p-23, -0x1.2efe8db3aff1fp-24, 0x1.eb3229047434cp-26, -0x1.8e25ff9327e2cp-27};
        const double x2 = x * x;
        double s = c[19];
#pragma GCC unroll 19 // a loop inside the span loop would keep it from vectorising
        for (int k = 18; k >= 0; --k)
            s = s * x2 + c[k]; // x² < 0.31: each step shrinks the error
        return x * x2 * s;
    }
    static Derivs eval(double x, const double*, Side) {
        const Derivs th = Tanh::eval(x, nullptr, Side::Convention); // tanh x, sech²x
        const double t = th.f;
        const double f = std::fabs(x) < 0.55 ? series(x) : x - t;
        return {f, t * t, 2.0 * t * th.df};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("(−∞, ∞)", false, false, true, kSmooth, true);
    }
};

} // namespace actlab::detail
