// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The shape every activation kernel has, and the template that turns a kernel into catalogue entry
/// callbacks. A kernel is a struct with
///   static Derivs eval(double x, const double* p, Side side);   // f, f', f'' (inline)
///   static void kinks(const double* p, std::vector<Kink>& out);
///   static Properties properties(const double* p);
/// and, optionally, static std::string check(const double* p) for cross-parameter constraints.
#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"
#include "stable_math.hpp"

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdio>
#include <string>
#include <vector>

namespace actlab::detail {

/// True when x takes the branch to the right of the kink k: x > k, or x == k and the one-sided limit
/// from the right is asked for, or x == k, no side is asked for and the convention takes the right branch.
inline bool rightOf(double x, double k, Side side, bool conventionRight) {
    if (x != k) return x > k;
    return side == Side::Right || (side == Side::Convention && conventionRight);
}

/// Optional fast paths a kernel may add to eval:
///   static bool fastDomain(double x, const double* p);  // where evalFast is exact (false for NaN)
///   static Derivs evalFast(double x, const double* p);  // without libm calls or data-dependent loops
/// for kernels that need libm only on a rare part of the line (huge arguments of sin and cos); the
/// domain must hold no kink. And
///   static double value(double x, const double* p);    // f alone, the same bits as eval(...).f
/// for kernels whose f is much cheaper than their derivatives (maxout: the exact winner is only
/// needed for f').
template <class K>
concept HasFastPath = requires(double x, const double* p) {
    { K::fastDomain(x, p) } -> std::convertible_to<bool>;
    { K::evalFast(x, p) } -> std::convertible_to<Derivs>;
};
template <class K>
concept HasValue = requires(double x, const double* p) {
    { K::value(x, p) } -> std::convertible_to<double>;
};

/// NaN policy, in one place: NaN in, NaN out for f, f' and f''.
template <class K> inline Derivs evalChecked(double x, const double* p, Side side) {
    if (std::isnan(x)) return {x, x, x};
    if constexpr (HasFastPath<K>) {
        if (K::fastDomain(x, p)) return K::evalFast(x, p);
    }
    return K::eval(x, p, side);
}

template <class K> Derivs evalPoint(double x, const double* p, Side side) {
    return evalChecked<K>(x, p, side);
}

/// Stores eval(x[i]) for every i into the outputs that are asked for (df, d2f may be null).
template <class Eval>
inline void storeSpan(Eval eval, const double* x, std::size_t n, double* f, double* df, double* d2f) {
    if (df == nullptr) {
        for (std::size_t i = 0; i < n; ++i)
            f[i] = eval(x[i]).f;
    } else if (d2f == nullptr) {
        for (std::size_t i = 0; i < n; ++i) {
            const Derivs d = eval(x[i]);
            f[i] = d.f;
            df[i] = d.df;
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const Derivs d = eval(x[i]);
            f[i] = d.f;
            df[i] = d.df;
            d2f[i] = d.d2f;
        }
    }
}

/// Evaluates a span. The N parameters are copied to a local array first: loads through the caller's
/// pointer could alias the outputs and would be repeated every iteration, which blocks vectorisation.
/// On x86-64 further copies for x86-64-v4 (AVX-512) and x86-64-v3 (AVX2, FMA) CPUs are chosen at load
/// time: std::fma becomes one instruction instead of a libm call, and loops vectorise 8 or 4 wide.
/// Results are the same bits (fma is exact either way, and core is built with -ffp-contract=off), which
/// the tests check against the scalar form. `flatten` inlines the whole kernel (exp included,
/// branchfree_math.hpp) into each copy: out of line it would be compiled for the baseline CPU only, with
/// fma as a libm call, and no loop containing a call vectorises.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ACTLAB_SPAN_CLONES                                                                                   \
    __attribute__((flatten, target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#elif defined(__GNUC__)
#define ACTLAB_SPAN_CLONES __attribute__((flatten))
#else
#define ACTLAB_SPAN_CLONES
#endif
template <class K, std::size_t N>
ACTLAB_SPAN_CLONES void evalSpan(const double* params, const double* x, std::size_t n, double* f, double* df,
                                 double* d2f) {
    double local[N > 0 ? N : 1] = {};
    for (std::size_t j = 0; j < N; ++j)
        local[j] = params[j];
    const double* p = local;
    if constexpr (HasValue<K>) {
        if (df == nullptr) {
            for (std::size_t i = 0; i < n; ++i)
                f[i] = std::isnan(x[i]) ? x[i] : K::value(x[i], p);
            return;
        }
    }
    if constexpr (HasFastPath<K>) {
        // Block by block: everything through the fast path and the domain test (both vectorised), then
        // the rare points outside the domain again.
        constexpr std::size_t kBlock = 256;
        bool outside[kBlock];
        for (std::size_t start = 0; start < n; start += kBlock) {
            const std::size_t m = std::min(kBlock, n - start);
            const double* xb = x + start;
            storeSpan([p](double xi) { return K::evalFast(xi, p); }, xb, m, f + start,
                      df ? df + start : nullptr, d2f ? d2f + start : nullptr);
            for (std::size_t i = 0; i < m; ++i)
                outside[i] = !K::fastDomain(xb[i], p);
            for (std::size_t i = 0; i < m; ++i) {
                if (!outside[i]) continue;
                const Derivs d = evalChecked<K>(xb[i], p, Side::Convention);
                f[start + i] = d.f;
                if (df != nullptr) df[start + i] = d.df;
                if (d2f != nullptr) d2f[start + i] = d.d2f;
            }
        }
    } else {
        storeSpan([p](double xi) { return evalChecked<K>(xi, p, Side::Convention); }, x, n, f, df, d2f);
    }
}

/// A number for a range string: up to 6 significant digits, "−" as the minus sign.
inline std::string num(double v) {
    if (std::isinf(v)) return v > 0 ? "∞" : "−∞";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v == 0.0 ? 0.0 : v);
    if (buf[0] != '-') return buf;
    std::string s("−");
    s.append(buf + 1);
    return s;
}

/// "{v}": the range of a constant function (appends, to keep GCC 12's -O3 -Wrestrict false positive away).
inline std::string singleton(double v) {
    std::string s("{");
    s += num(v);
    s += '}';
    return s;
}

/// "[a, b]" style interval text; closedLo/closedHi choose the brackets.
inline std::string interval(double lo, double hi, bool closedLo, bool closedHi) {
    return std::string(closedLo ? "[" : "(") + num(lo) + ", " + num(hi) + (closedHi ? "]" : ")");
}

inline Properties props(std::string range, bool below, bool above, bool monotonic, int smoothness,
                        bool centred) {
    return Properties{std::move(range), below, above, monotonic, smoothness, centred};
}

} // namespace actlab::detail
