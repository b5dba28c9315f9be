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

#include <cmath>
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

/// NaN policy, in one place: NaN in, NaN out for f, f' and f''.
template <class K> inline Derivs evalChecked(double x, const double* p, Side side) {
    if (std::isnan(x)) return {x, x, x};
    return K::eval(x, p, side);
}

template <class K> Derivs evalPoint(double x, const double* p, Side side) { return evalChecked<K>(x, p, side); }

/// Evaluates a span. The N parameters are copied to a local array first: loads through the caller's
/// pointer could alias the outputs and would be repeated every iteration, which blocks vectorisation.
/// On x86-64 a second copy for x86-64-v3 CPUs (AVX2, FMA) is chosen at load time: std::fma becomes one
/// instruction instead of a libm call, and loops vectorise 4 wide. Results are the same bits (fma is
/// exact either way, and core is built with -ffp-contract=off), which the tests check against the
/// scalar form. `flatten` inlines the whole kernel (exp included, branchfree_math.hpp) into each copy:
/// out of line it would be compiled for the baseline CPU only, with fma as a libm call, and no loop
/// containing a call vectorises.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ACTLAB_SPAN_CLONES __attribute__((flatten, target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#elif defined(__GNUC__)
#define ACTLAB_SPAN_CLONES __attribute__((flatten))
#else
#define ACTLAB_SPAN_CLONES
#endif
template <class K, std::size_t N>
ACTLAB_SPAN_CLONES void evalSpan(const double* params, const double* x, std::size_t n, double* f, double* df, double* d2f) {
    double local[N > 0 ? N : 1] = {};
    for (std::size_t j = 0; j < N; ++j) local[j] = params[j];
    const double* p = local;
    if (df == nullptr) {
        for (std::size_t i = 0; i < n; ++i) f[i] = evalChecked<K>(x[i], p, Side::Convention).f;
    } else if (d2f == nullptr) {
        for (std::size_t i = 0; i < n; ++i) {
            const Derivs d = evalChecked<K>(x[i], p, Side::Convention);
            f[i] = d.f;
            df[i] = d.df;
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const Derivs d = evalChecked<K>(x[i], p, Side::Convention);
            f[i] = d.f;
            df[i] = d.df;
            d2f[i] = d.d2f;
        }
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

inline Properties props(std::string range, bool below, bool above, bool monotonic, int smoothness, bool centred) {
    return Properties{std::move(range), below, above, monotonic, smoothness, centred};
}

} // namespace actlab::detail
