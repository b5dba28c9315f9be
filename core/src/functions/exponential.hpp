// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Exponential linear units: elu, celu, selu. The negative branch uses expm1 (PyTorch 1.13 uses
/// exp(x) − 1, which loses 8 digits near 0). At x = 0 (Side::Convention) f' is the x ≤ 0 branch's, as in
/// PyTorch's elu_backward, and f'' is 0, as in its elu_double_backward (which masks with x < 0).
#include "../kernel.hpp"

namespace actlab::detail {

inline Properties eluLikeProperties(double scale, double alpha, bool c1) {
    const double lo = -scale * alpha;
    const bool smoothJoin = c1;
    if (alpha >= 0.0)
        return props(interval(lo, kInf, false, false), true, false, true, smoothJoin ? 1 : 0, false);
    return props("(−∞, ∞)", false, false, false, 0, false);
}

/// True exactly at the kink 0 when the convention is asked for: PyTorch's f''(0) = 0 for the ELU family.
inline bool atConvention(double x, Side side) {
    return x == 0.0 && side == Side::Convention;
}

/// x for x > 0, α(eˣ − 1) otherwise; f' = 1 or αeˣ; f'' = 0 or αeˣ.
struct Elu {
    static Derivs eval(double x, const double* p, Side side) {
        if (rightOf(x, 0.0, side, false)) return {x, 1.0, 0.0};
        const double a = p[0];
        const ExpPair e = expAndExpm1(x);
        const double d = x > -708.0 ? a * e.e : mulExp(a, x);
        return {a * e.em1, d, atConvention(x, side) ? 0.0 : d};
    }
    static void kinks(const double* p, std::vector<Kink>& out) { out.push_back({0.0, p[0] == 1.0 ? 2 : 1}); }
    static Properties properties(const double* p) { return eluLikeProperties(1.0, p[0], p[0] == 1.0); }
};

/// max(0, x) + min(0, α(e^(x/α) − 1)); f' = 1 or e^(x/α); f'' = 0 or e^(x/α)/α. α ≠ 0.
struct Celu {
    /// α ≥ 2⁻⁹⁰⁰ and x ≠ 0 (the kink): in double, branch-free. For smaller α, where 1/α overflows although
    /// e^(x/α)/α may be a normal number (α = 5e-324, x = −1e-321), in long double (its range holds 1/α
    /// and e^t for every t that matters), rounded once.
    static bool fastDomain(double x, const double* p) {
        return p[0] >= 0x1p-900 && x != 0.0 && std::isfinite(x);
    }
    static Derivs evalFast(double x, const double* p) {
        return x > 0.0 ? Derivs{x, 1.0, 0.0} : negative(x, p[0], Side::Convention);
    }
    static Derivs eval(double x, const double* p, Side side) {
        if (rightOf(x, 0.0, side, false)) return {x, 1.0, 0.0};
        const double a = p[0];
        if (a >= 0x1p-900) return negative(x, a, side);
        const long double la = static_cast<long double>(a), t = static_cast<long double>(x) / la;
        const long double e = std::exp(t);
        return {static_cast<double>(la * std::expm1(t)), static_cast<double>(e),
                atConvention(x, side) ? 0.0 : static_cast<double>(e / la)};
    }
    static Derivs negative(double x, double a, Side side) {
        const double t = x / a;
        // e^t/α < e^(−2000)·2^1074 underflows: the limits (also keeps tlo, which grows with |t|, out of 0·∞)
        if (t < -2000.0) return {-a, 0.0, 0.0};
        // t = x/α carried as hi + lo so that e^t is accurate also for large |t|.
        const double tlo = std::fma(-t, a, x) / a;
        const ExpPair ep = expAndExpm1(t); // t ≤ 0: α > 0 and x ≤ 0 here
        const bool normal = t > -708.0;
        const double e = normal ? (1.0 + tlo) * ep.e : mulExp(1.0 + tlo, t);
        // |x/α| tiny: f = x(1 + t/2 + …) directly (x/α may underflow when x is subnormal and α > 1)
        const double f = std::fabs(t) < 0x1p-26 ? x + x * (0.5 * t) : a * ep.em1 + a * tlo * ep.e;
        const double d2 = normal ? ((1.0 + tlo) / a) * ep.e : mulExp((1.0 + tlo) / a, t);
        return {f, e, atConvention(x, side) ? 0.0 : d2};
    }
    static void kinks(const double*, std::vector<Kink>& out) { out.push_back({0.0, 2}); }
    static Properties properties(const double* p) { return eluLikeProperties(1.0, p[0], true); }
    static Message check(const double* p) {
        if (p[0] == 0.0) return {ACTLAB_TR_NOOP("Parameters", "alpha must not be 0 (CELU divides by alpha)")};
        return {};
    }
};

/// λx for x > 0, λα(eˣ − 1) otherwise; f' = λ or λαeˣ; f'' = 0 or λαeˣ. λα is taken exactly.
struct Selu {
    static Derivs eval(double x, const double* p, Side side) {
        const double lambda = p[0];
        if (rightOf(x, 0.0, side, false)) return {lambda == 0.0 ? 0.0 : lambda * x, lambda, 0.0}; // 0·∞
        const TwoProduct la = twoProduct(lambda, p[1]);
        const ExpPair e = expAndExpm1(x);
        const double d = x > -708.0 ? la.hi * e.e + la.lo * e.e : mulExp(la.hi, x) + mulExp(la.lo, x);
        return {la.hi * e.em1 + la.lo * e.em1, d, atConvention(x, side) ? 0.0 : d};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        if (p[0] != 0.0) out.push_back({0.0, p[1] == 1.0 ? 2 : 1}); // λ = 0: identically 0, no kink
    }
    static Properties properties(const double* p) {
        if (p[0] == 0.0) return props("{0}", true, true, true, kSmooth, true);
        return eluLikeProperties(p[0], p[1], p[1] == 1.0);
    }
};

} // namespace actlab::detail
