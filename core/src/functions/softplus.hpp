// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Smooth rectifiers and sigmoids in the softplus family: softplus, squareplus, softsign, log_sigmoid.
#include "../kernel.hpp"

namespace actlab::detail {

/// log(1 + e^(βx))/β, exact (no PyTorch-style linearisation above a threshold); f' = σ(βx);
/// f'' = β·σ(βx)σ(−βx). w = βx is taken exactly (hi + lo).
struct Softplus {
    static Derivs eval(double x, const double* p, Side) {
        const double b = p[0];
        const TwoProduct w = twoProduct(b, x);
        if (!(std::fabs(w.hi) < 1e4)) return x > 0 ? Derivs{x, 1.0, 0.0} : Derivs{0.0, 0.0, 0.0};
        const ExpParts ep = expParts(-std::fabs(w.hi)); // the one exponential, e^(−|w|); logistic() shares it
        if (w.hi < -708.0) { // log1p(e^w) = σ(w) = σ'(w) = e^w to double precision
            const double c = 1.0 + w.lo;
            return {ep.times(c / b), ep.times(c), ep.times(b * c)};
        }
        const Logistic s = logistic(w.hi);
        const double e = s.e;
        const double thHalf = std::copysign((1.0 - e) * s.r, w.hi); // tanh(w/2), only scales w.lo
        // sp(w) = max(w, 0) + log1p(e^(−|w|)); max(w, 0)/β = max(x, 0) exactly.
        const double corr = w.hi < 0.0 ? w.lo * s.pos : -w.lo * s.neg;
        const double f = (x > 0.0 ? x : 0.0) + (log1pUnit(e) + corr) / b; // not fmax: a libm call
        const double cd = 1.0 - w.lo * thHalf;
        const double d2 = w.hi > 708.0 ? ep.times(b * cd) : b * s.density * cd;
        return {f, s.pos * (1.0 + w.lo * s.neg), d2};
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) { return props("(0, ∞)", true, false, true, kSmooth, false); }
};

/// (x + √(x² + b))/2; f' = (1 + x/√(x²+b))/2; f'' = b/(2(x²+b)^(3/2)). b = 0 is ReLU.
struct Squareplus {
    /// In double (branch-free) for b ≥ 2⁻⁹⁰⁰: then every quotient that can still be subnormal is the
    /// last operation (0.5·b is exact). For smaller b (b/r itself subnormal, then divided again) in long
    /// double, rounded once. b = 0 (ReLU, a kink at 0) is never in the fast domain.
    static bool fastDomain(double x, const double* p) { return p[0] >= 0x1p-900 && std::isfinite(x); }
    static Derivs evalFast(double x, const double* p) {
        const double b = p[0];
        const double r = hypotBranchFree(x, std::sqrt(b));
        const double d2 = (((0.5 * b) / r) / r) / r;
        // x + r and r − x overflow for |x| ≥ 2¹⁰²³: there halve before adding (0.5·x, 0.5·r and 0.25·b
        // are exact there); elsewhere halve after (0.5·x underflows for subnormal x).
        const bool huge = std::fabs(x) > 0x1p1000;
        if (x >= 0.0) return {huge ? 0.5 * x + 0.5 * r : 0.5 * (x + r), 0.5 * (1.0 + x / r), d2};
        const double rm = r - x; // no cancellation for x < 0
        const double f = huge ? (0.25 * b) / (0.5 * r - 0.5 * x) : 0.5 * (b / rm);
        return {f, 0.5 * (b / r) / rm, d2};
    }
    static Derivs eval(double x, const double* p, Side side) {
        const double b = p[0];
        if (b == 0.0) {
            if (rightOf(x, 0.0, side, false)) return {x, 1.0, 0.0};
            return {0.0, 0.0, 0.0};
        }
        if (std::isinf(x)) return x > 0 ? Derivs{x, 1.0, 0.0} : Derivs{0.0, 0.0, 0.0};
        const long double lx = static_cast<long double>(x), lb = static_cast<long double>(b);
        const long double r = std::sqrt(lx * lx + lb);
        const long double d2 = lb / (2.0L * r * r * r);
        if (x >= 0.0)
            return {static_cast<double>(0.5L * (lx + r)), static_cast<double>(0.5L * (1.0L + lx / r)),
                    static_cast<double>(d2)};
        const long double rm = r - lx;
        return {static_cast<double>(0.5L * lb / rm), static_cast<double>(0.5L * lb / (r * rm)),
                static_cast<double>(d2)};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        if (p[0] == 0.0) out.push_back({0.0, 1});
    }
    static Properties properties(const double* p) {
        if (p[0] == 0.0) return props("[0, ∞)", true, false, true, 0, false);
        return props("(0, ∞)", true, false, true, kSmooth, false);
    }
};

/// x/(1 + |x|); f' = 1/(1+|x|)²; f'' = −2·sgn(x)/(1+|x|)³ (0 at x = 0, as sgn(0) = 0 in PyTorch).
struct Softsign {
    static Derivs eval(double x, const double*, Side side) {
        if (std::isinf(x)) return {x > 0 ? 1.0 : -1.0, 0.0, 0.0};
        const double a = 1.0 / (1.0 + std::fabs(x));
        const double a2 = a * a;
        double sgn = x > 0 ? 1.0 : (x < 0 ? -1.0 : 0.0);
        if (x == 0.0 && side != Side::Convention) sgn = side == Side::Right ? 1.0 : -1.0;
        return {x * a, a2, -2.0 * sgn * a2 * a};
    }
    static void kinks(const double*, std::vector<Kink>& out) { out.push_back({0.0, 2}); }
    static Properties properties(const double*) { return props("(−1, 1)", true, true, true, 1, true); }
};

/// log σ(x) = −softplus(−x) = min(x, 0) − log1p(e^(−|x|)); f' = σ(−x); f'' = −σ(x)σ(−x).
struct LogSigmoid {
    static Derivs eval(double x, const double*, Side) {
        const Logistic s = logistic(x); // one exponential e^(−|x|) for all three
        return {(x < 0.0 ? x : 0.0) - log1pUnit(s.e), s.neg, -s.density}; // not fmin: a libm call
    }
    static void kinks(const double*, std::vector<Kink>&) {}
    static Properties properties(const double*) {
        return props("(−∞, 0)", false, true, true, kSmooth, false);
    }
};

} // namespace actlab::detail
