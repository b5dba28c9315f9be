// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Self-gated smooth functions: gelu (exact, erfc form), gelu_tanh, silu, swish, mish.
#include "../kernel.hpp"

namespace actlab::detail {

/// x·Φ(x) = (x/2)·erfc(−x/√2); f' = Φ(x) + x·φ(x); f'' = φ(x)(2 − x²).
/// Everything comes from φ(x) (x² taken exactly, one exponential) and the Mills ratio
/// R(z) = (1 − Φ(z))/φ(z) = √(π/2)·erfcx(z/√2) at z = |x|, which varies slowly, so the rounding of z/√2
/// costs no accuracy: 1 − Φ(|x|) = φ(x)·R(|x|). For x < 0 the products are formed in the exponent, so
/// Φ(x) and f stay accurate down to the subnormal range.
struct Gelu {
    static constexpr double kSqrtHalfPi = 0x1.40d931ff62706p+0; // √(π/2)
    static Derivs eval(double x, const double*, Side) {
        if (x > 40.0) return {x, 1.0, -0.0};      // Φ = 1 and x²φ(x) < 1e-340
        if (x < -40.0) return {-0.0, -0.0, -0.0}; // every quantity is below the smallest subnormal
        const double z = std::fabs(x);
        const double r = kSqrtHalfPi * erfcxNonNegative(z * kInvSqrt2);
        const double c = kInvSqrt2Pi;
        // mulExpNegHalfSquare(·, x) shares one exponential e^(−x²/2) among all its uses
        const double d2 = mulExpNegHalfSquare(std::fma(-x, x, 2.0) * c, x);
        if (x < 0.0) return {mulExpNegHalfSquare(x * r * c, x), mulExpNegHalfSquare((r - z) * c, x), d2};
        const double cdf = 1.0 - mulExpNegHalfSquare(r * c, x);
        return {x * cdf, cdf + mulExpNegHalfSquare(x * c, x), d2};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("[−0.169971, ∞)", true, false, false, kSmooth, false);
    }
};

/// x·σ(2u), u = √(2/π)(x + κx³), κ = 0.044715; f' = σ(2u) + 2x·u'·σ(2u)σ(−2u);
/// f'' = σ(2u)σ(−2u)·(4u' + 2x·u'' − 4x·u'²·tanh u).
struct GeluTanh {
    static constexpr double kKappa = 0.044715;
    static Derivs eval(double x, const double*, Side) {
        if (std::fabs(x) > 30.0) return x > 0 ? Derivs{x, 1.0, 0.0} : Derivs{-0.0, 0.0, 0.0}; // |2u| > 1900
        // u = √(2/π)·x·(1 + κx²) carried as a double-double, so σ(2u) keeps full accuracy where 2u ≪ 0.
        const TwoProduct x2 = twoProduct(x, x);
        const TwoProduct kx2 = twoProduct(kKappa, x2.hi);
        const double t = 1.0 + kx2.hi;
        const double tb = t - 1.0; // two-sum: 1 + kx2.hi = t + (error)
        const double tlo = ((1.0 - (t - tb)) + (kx2.hi - tb)) + kx2.lo + kKappa * x2.lo;
        const TwoProduct v = twoProduct(x, t);
        const double vlo = v.lo + x * tlo;
        const TwoProduct u = twoProduct(kSqrt2OverPi, v.hi);
        const double ulo = u.lo + kSqrt2OverPiLo * v.hi + kSqrt2OverPi * vlo;
        const double w = 2.0 * u.hi, wlo = 2.0 * ulo;
        const Logistic s = logistic(w);
        const double th = std::copysign(s.tanhHalfAbs(w), w); // tanh u, from the same exponential
        const double du = kSqrt2OverPi * std::fma(3.0 * kKappa, x2.hi, 1.0);
        const double d2u = kSqrt2OverPi * (6.0 * kKappa) * x;
        const double bracket = 4.0 * du + 2.0 * x * d2u - 4.0 * x * du * du * th;
        const double cd = 1.0 - wlo * th;            // σ'(w + wlo) = σ'(w)·(1 − wlo·tanh(w/2))
        const ExpParts ep = expParts(-std::fabs(w)); // = s.e, kept in parts for the tails below
        if (w < -708.0) {                            // σ(w) = σ'(w) = e^w to double precision
            const double c = 1.0 + wlo;
            return {ep.times(x * c), ep.times((1.0 + 2.0 * x * du) * c), ep.times(bracket * c)};
        }
        const double cs = 1.0 + wlo * s.neg; // σ(w + wlo) = σ(w)·(1 + wlo·σ(−w))
        // for w > 708 σ'(w) = e^(−w) is subnormal: form f'' in the exponent so it is rounded once
        const double d2 = w > 708.0 ? ep.times(bracket * cd) : bracket * s.density * cd;
        return {x * s.pos * cs, s.pos * cs + 2.0 * x * du * s.density * cd, d2};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("[−0.170041, ∞)", true, false, false, kSmooth, false);
    }
};

/// x·σ(βx); f' = σ(w)(1 + w·σ(−w)); f'' = β·σ(w)σ(−w)·(2 − w·tanh(w/2)), with w = βx taken exactly.
inline Derivs swish(double x, double beta) {
    if (std::isinf(x)) {
        if (beta == 0.0) return {0.5 * x, 0.5, 0.0};
        return x > 0 ? Derivs{x, 1.0, 0.0} : Derivs{-0.0, 0.0, 0.0};
    }
    const TwoProduct w = twoProduct(beta, x);
    // Beyond |w| = 1500 (w = ±∞ too, where w.lo is NaN) the tail products below round to ±0: there w is
    // clamped to ±1500 and w.lo dropped, so that 1 + w.lo, which stands for e^(w.lo), stays near 1 (below
    // 1500 |w.lo| ≤ 2⁻⁴³; beyond 2⁵³ it is ≥ 1) and no product overflows. Selects, not a return: the loop
    // must stay free of control flow to vectorise.
    const bool huge = !(std::fabs(w.hi) <= 1500.0);
    const double wh = huge ? std::copysign(1500.0, w.hi) : w.hi;
    const double wl = huge ? 0.0 : w.lo;
    const ExpParts ep = expParts(-std::fabs(wh)); // the one exponential, e^(−|w|); logistic() shares it
    if (wh < -708.0) { // σ(w) = e^w and tanh(w/2) = −1 to double precision; form products in the exponent
        const double c = 1.0 + wl;
        return {ep.timesAny(x * c), ep.timesAny((1.0 + wh) * c), ep.timesAny(beta * (2.0 + wh) * c)};
    }
    if (wh > 708.0) return {x, 1.0, ep.times(beta * (2.0 - wh) * (1.0 - wl))};
    const Logistic s = logistic(wh);
    const double th = std::copysign(s.tanhHalfAbs(wh), wh);
    const double cs = 1.0 + wl * s.neg; // σ(w + lo) = σ(w)·(1 + lo·σ(−w))
    const double cd = 1.0 - wl * th;    // σ'(w + lo) = σ'(w)·(1 − lo·tanh(w/2))
    return {x * s.pos * cs, s.pos * (1.0 + wh * s.neg) * cs, beta * s.density * (2.0 - wh * th) * cd};
}

struct Silu {
    static Derivs eval(double x, const double*, Side) { return swish(x, 1.0); }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("[−0.278465, ∞)", true, false, false, kSmooth, false);
    }
};

struct Swish {
    static Derivs eval(double x, const double* p, Side) { return swish(x, p[0]); }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double* p) {
        if (p[0] == 0.0) return props("(−∞, ∞)", false, false, true, kSmooth, true);
        return props(interval(-0.278464542761074 / p[0], kInf, true, false), true, false, false, kSmooth,
                     false);
    }
};

/// x·tanh(softplus(x)); with t = tanh(sp(x)), s = σ(x): f' = t + x·s·(1 − t²);
/// f'' = (1 − t²)·s·(2 + x·(1 − s − 2ts)). t, 1 − t and 1 + t come from rational forms in e^(∓x).
struct Mish {
    static Derivs eval(double x, const double*, Side) {
        if (x == kInf) return {kInf, 1.0, 0.0};
        if (x == -kInf) return {-0.0, 0.0, 0.0};     // mulExp(x, x) would give 0·∞
        const ExpParts ep = expParts(-std::fabs(x)); // the one exponential: eˣ for x ≤ 0, e^(−x) for x > 0
        if (x < -40.0) return {ep.timesAny(x), ep.timesAny(1.0 + x), ep.timesAny(2.0 + x)}; // t = s = eˣ here
        // e^(−2x)·8(1 − x) as (8(1 − x)·e^(−x))·e^(−x): the first product is a normal number
        // (8 after the first product: 8(1 − x) alone overflows for x > 2.2e307)
        if (x > 300.0) return {x, 1.0, ep.times(8.0 * ep.timesAny(1.0 - x))};
        double t, omt, opt, s, sNeg;
        const double e = ep.value();
        if (x <= 0.0) {
            s = e / (1.0 + e);
            sNeg = 1.0 / (1.0 + e);
            const double n = e * (e + 2.0);
            const double d = n + 2.0;
            t = n / d;
            omt = 2.0 / d;
            opt = (2.0 * n + 2.0) / d;
        } else {
            s = 1.0 / (1.0 + e);
            sNeg = e / (1.0 + e);
            const double d = 1.0 + 2.0 * e * (1.0 + e);
            t = (1.0 + 2.0 * e) / d;
            omt = 2.0 * e * e / d;
            opt = 2.0 * (1.0 + e) * (1.0 + e) / d;
        }
        const double g = omt * opt * s;
        return {x * t, t + x * g, g * (2.0 + x * (sNeg - 2.0 * t * s))};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("[−0.308843, ∞)", true, false, false, kSmooth, false);
    }
};

} // namespace actlab::detail
