// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Functions from the literature: isru, isrlu, bent_identity, gaussian, sinc, snake.
#include "../kernel.hpp"

namespace actlab::detail {

/// x/√(1 + αx²); f' = (1 + αx²)^(−3/2); f'' = −3αx(1 + αx²)^(−5/2). In double (branch-free, so the span
/// loops vectorise) where every product stays in the normal range: αx² < 2³⁰⁰ (a = (1 + αx²)^(−1/2) >
/// 2⁻¹⁵⁰, so a³ and a⁵ are normal and αx² cannot overflow) and 3α|x| > 2⁻²⁴⁰ (f'' is normal), or α = 0,
/// or x = 0. Elsewhere (αx² overflows near the largest double, or f' and f'' are subnormal) in long
/// double, whose exponent range holds every intermediate, rounded once to double.
inline bool isruFastDomain(double x, double alpha) {
    return std::isfinite(x) &&
           (alpha == 0.0 || x == 0.0 || (alpha * (x * x) < 0x1p300 && alpha * std::fabs(x) > 0x1p-240));
}
inline Derivs isruFast(double x, double alpha) {
    const double a = 1.0 / hypotBranchFree(1.0, std::sqrt(alpha) * x);
    const double xa = x * a;
    const double a2 = a * a;
    return {xa, a2 * a, -3.0 * alpha * xa * (a2 * a2)};
}
inline Derivs isruWide(double x, double alpha) {
    if (std::isinf(x)) {
        if (alpha == 0.0) return {x, 1.0, 0.0};
        return {std::copysign(1.0 / std::sqrt(alpha), x), 0.0, std::copysign(0.0, -x)};
    }
    const long double lx = static_cast<long double>(x), la = static_cast<long double>(alpha);
    const long double a = 1.0L / std::sqrt(1.0L + la * lx * lx);
    const long double xa = lx * a, a2 = a * a;
    return {static_cast<double>(xa), static_cast<double>(a2 * a),
            static_cast<double>(-3.0L * la * xa * (a2 * a2))};
}

struct Isru {
    static bool fastDomain(double x, const double* p) { return isruFastDomain(x, p[0]); }
    static Derivs evalFast(double x, const double* p) { return isruFast(x, p[0]); }
    static Derivs eval(double x, const double* p, Side) { return isruWide(x, p[0]); }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double* p) {
        if (p[0] == 0.0) return props("(−∞, ∞)", false, false, true, kSmooth, true);
        const double m = 1.0 / std::sqrt(p[0]);
        return props(interval(-m, m, false, false), true, true, true, kSmooth, true);
    }
};

/// x for x ≥ 0, x/√(1 + αx²) for x < 0. C² but not C³ at 0 (outside the fast domain: a kink).
struct Isrlu {
    static bool fastDomain(double x, const double* p) { return x != 0.0 && isruFastDomain(x, p[0]); }
    static Derivs evalFast(double x, const double* p) {
        const Derivs left = isruFast(x, p[0]);
        return x > 0.0 ? Derivs{x, 1.0, 0.0} : left;
    }
    static Derivs eval(double x, const double* p, Side side) {
        if (rightOf(x, 0.0, side, true)) return {x, 1.0, 0.0};
        return isruWide(x, p[0]);
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        if (p[0] != 0.0) out.push_back({0.0, 3});
    }
    static Properties properties(const double* p) {
        if (p[0] == 0.0) return props("(−∞, ∞)", false, false, true, kSmooth, true);
        return props(interval(-1.0 / std::sqrt(p[0]), kInf, false, false), true, false, true, 2, false);
    }
};

/// (√(x² + 1) − 1)/2 + x = x + x²/(2(√(x²+1) + 1)); f' = x/(2√(x²+1)) + 1; f'' = 1/(2(x²+1)^(3/2)).
struct BentIdentity {
    static Derivs eval(double x, const double*, Side) {
        if (std::isinf(x)) return {x, x > 0 ? 1.5 : 0.5, 0.0};
        const double r = hypotBranchFree(x, 1.0);
        // halved after the division: 2(r + 1) and 2r overflow for |x| ≥ 2¹⁰²³
        return {x + x * (0.5 * (x / (r + 1.0))), 1.0 + 0.5 * (x / r), 0.5 * ((1.0 / r) / r) / r};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("(−∞, ∞)", false, false, true, kSmooth, false);
    }
};

/// e^(−x²); f' = −2x·e^(−x²); f'' = (4x² − 2)·e^(−x²). x² is taken exactly.
struct Gaussian {
    static Derivs eval(double x, const double*, Side) {
        if (std::fabs(x) > 40.0) return {0.0, std::copysign(0.0, -x), 0.0};
        const TwoProduct q = twoProduct(x, x);
        const double c = 1.0 - q.lo;
        const ExpParts e = expParts(-q.hi);
        return {e.times(c), e.times(-2.0 * x * c), e.times(std::fma(4.0 * x, x, -2.0) * c)};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) { return props("(0, 1]", true, true, false, kSmooth, false); }
};

/// sin x / x (1 at 0); f' = (cos x − sinc x)/x; f'' = −sinc x − 2f'/x. Taylor series for |x| < 1.5,
/// where the closed forms cancel. sin and cos are branch-free up to |x| = 65536 (evalFast), libm's beyond.
struct Sinc {
    static Derivs series(double x, double sinX) {
        static constexpr std::array<double, 15> c1 = {
            -0x1.5555555555555p-2,  0x1.1111111111111p-5,  -0x1.3813813813814p-10, 0x1.71de3a556c734p-16,
            -0x1.0cfeb60f94b0ep-22, 0x1.08db48ebe51c7p-29, -0x1.78af56a4d411bp-37, 0x1.952c77030ad4ap-45,
            -0x1.5532eaf516982p-53, 0x1.ce272b49432cep-62, -0x1.0132bcd1f4692p-70, 0x1.dedb34ba18f7dp-80,
            -0x1.7a5b06e5367e5p-89, 0x1.00eba59daed98p-98, -0x1.2f185b90bb660p-108};
        static constexpr std::array<double, 15> c2 = {
            -0x1.5555555555555p-2,  0x1.999999999999ap-4,  -0x1.8618618618618p-8,  0x1.43a2730abee4dp-13,
            -0x1.2e9e8cd187470p-19, 0x1.6c2d84445b072p-26, -0x1.320e7665ec4e6p-33, 0x1.7bd9af92da276p-41,
            -0x1.6a8619a46801ap-49, 0x1.126741b37fe2ap-57, -0x1.519297d390c9fp-66, 0x1.582d8de5c1f22p-75,
            -0x1.27971d631292bp-84, 0x1.b18da77a170f0p-94, -0x1.12ae12fb29d47p-103};
        const double x2 = x * x;
        return {x == 0.0 ? 1.0 : sinX / x, x * horner<c1>(x2), horner<c2>(x2)};
    }
    static Derivs closedForm(double x, double sinX, double cosX) {
        const double f = sinX / x;
        const double d1 = (cosX - f) / x;
        return {f, d1, -f - 2.0 * d1 / x};
    }
    static bool fastDomain(double x, const double*) { return std::fabs(x) <= kSinCosLimit; }
    static Derivs evalFast(double x, const double*) {
        const SinCos sc = sinCosBranchFree(x);
        return std::fabs(x) < 1.5 ? series(x, sc.s) : closedForm(x, sc.s, sc.c);
    }
    static Derivs eval(double x, const double*,
                       Side) { // |x| > 65536 (evalChecked sends the rest to evalFast)
        if (std::isinf(x)) return {0.0, 0.0, 0.0};
        return closedForm(x, std::sin(x), std::cos(x));
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("[−0.217234, 1]", true, true, false, kSmooth, false);
    }
};

/// x + sin²(ax)/a; f' = 1 + sin(2ax) = (sin ax + cos ax)²; f'' = 2a·cos(2ax) = 2a(cos ax − sin ax)(cos ax +
/// sin ax). ax is taken exactly (hi + lo). f' and f'' have no limit at ±∞ (NaN). sin and cos are branch-free
/// up to |ax| = 65536 (evalFast), libm's beyond.
struct Snake {
    /// From sin and cos of ax = t.hi + t.lo, given sh = sin t.hi and ch = cos t.hi: a first-order
    /// correction, exact to double precision while |t.lo| ≤ 2⁻³⁷ (|t.hi| ≤ 65536, the fast path).
    static Derivs fromSinCos(double x, double a, const TwoProduct& t, double sh, double ch) {
        return fromExact(x, a, sh + t.lo * ch, ch - t.lo * sh);
    }
    /// From s = sin ax and c = cos ax.
    static Derivs fromExact(double x, double a, double s, double c) {
        const double sum = s + c;
        return {x + s * s / a, sum * sum, 2.0 * a * (c - s) * sum};
    }
    /// sin and cos of ax = t.hi + t.lo for |ax| > 65536, with libm. t.lo is no longer small there (up to
    /// half an ulp of t.hi, 8 at 1e17): sin(hi + lo) = sin hi·cos lo + cos hi·sin lo. Where ax itself
    /// overflows, ax = 2u with u = a·(x/2): sin 2u = 2 sin u cos u, cos 2u = (cos u − sin u)(cos u + sin u).
    static SinCos sinCosOfProduct(double a, double x) {
        const TwoProduct t = twoProduct(a, x);
        if (std::isinf(t.hi)) {
            const SinCos u = sinCosOfProduct(a, 0.5 * x);
            return {2.0 * u.s * u.c, (u.c - u.s) * (u.c + u.s)};
        }
        const double sh = std::sin(t.hi), ch = std::cos(t.hi), sl = std::sin(t.lo), cl = std::cos(t.lo);
        return {sh * cl + ch * sl, ch * cl - sh * sl};
    }
    static bool fastDomain(double x, const double* p) { return std::fabs(p[0] * x) <= kSinCosLimit; }
    static Derivs evalFast(double x, const double* p) {
        const TwoProduct t = twoProduct(p[0], x);
        const SinCos sc = sinCosBranchFree(t.hi);
        return fromSinCos(x, p[0], t, sc.s, sc.c);
    }
    static Derivs eval(double x, const double* p,
                       Side) { // |ax| > 65536 (evalChecked sends the rest to evalFast)
        if (std::isinf(x)) return {x, kNaN, kNaN};
        const SinCos sc = sinCosOfProduct(p[0], x);
        return fromExact(x, p[0], sc.s, sc.c);
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("(−∞, ∞)", false, false, true, kSmooth, false);
    }
};

} // namespace actlab::detail
