// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// eˣ, eˣ − 1, log(1 + y), √(x² + y²), the scaled erfc, sin and cos without libm calls and without
/// branches, so that the span loops of the kernels built on them vectorise (8 wide in the x86-64-v4 copy,
/// 4 wide in the v3 copy, kernel.hpp). Only +, ×, fma, comparisons and integer operations on the bits:
/// the same bits in the scalar and the vector code.
///
/// eˣ: x = k·ln 2 + r with |r| ≤ ln 2/2 + ε (Cody–Waite, ln 2 in two parts, the remainder kept as r + c),
/// eʳ = 1 + r + r²·P(r) with P the Taylor series of (eʳ − 1 − r)/r² to the r¹² term (truncation below
/// 2⁻⁶² relative), and 1 + r added as a double-double so that the only large rounding is the last one.
/// 2ᵏ is applied as 2^k₁·2^k₂ with k₁ + k₂ = k: the product is formed in the normal range and rounded
/// once at the end, also when eˣ is subnormal (no double rounding) or overflows. Error < 1 ulp (the
/// golden tests measure it through the kernels).
#include "erfcx_poly.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace actlab::detail {

/// 1/n! for n = 2 … 21. Up to 18! the factorial is an exact double and 1/n! is rounded once; beyond,
/// twice, which is harmless for terms below 2⁻⁵⁵ of the sums they enter.
inline constexpr std::array<double, 20> kInverseFactorials = [] {
    std::array<double, 20> c{};
    double factorial = 1.0;
    for (int n = 2; n < 22; ++n) {
        factorial *= n;
        c[n - 2] = 1.0 / factorial;
    }
    return c;
}();

/// Σₖ Cₖxᵏ by Horner with fma, unrolled at compile time (a loop here would keep the span loops from
/// vectorising).
template <const auto& C, std::size_t K = 0> inline double horner(double x) {
    if constexpr (K + 1 == C.size()) {
        return C[K];
    } else {
        return std::fma(horner<C, K + 1>(x), x, C[K]);
    }
}

/// 1/(n + First)! for n = 0 … N − 1: the Taylor coefficients of (eˣ − 1 − x − …)/x^First.
template <int First, int N>
inline constexpr std::array<double, N> kExpTaylorTail = [] {
    static_assert(First >= 2 && N >= 1 && First + N <= 22);
    std::array<double, N> c{};
    for (int n = 0; n < N; ++n)
        c[n] = kInverseFactorials[First + n - 2];
    return c;
}();

/// 2ⁿ for an integral double n ∈ [−1022, 1023], from the bits.
inline double powerOfTwo(double n) {
    constexpr double kShift = 0x1.8p52; // n + kShift holds n in its low mantissa bits
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(n + kShift);
    return std::bit_cast<double>((bits + 1023u) << 52);
}

inline double clampTo(double v, double lo, double hi) {
    return v < lo ? lo : (v > hi ? hi : v);
}

/// eˣ = m·2ᵏ with m ∈ [√½, √2], 2ᵏ held as three powers of two s₁·s₂·s₃ in the normal range. k is
/// clamped to ±3000 (x to ±2000 first): beyond, a·eˣ is 0 or ∞ for every a that times() takes. The last
/// factor s₃ is the one that can leave the normal range — it is 2ᵏ itself when k ∈ [−1022, 1023], else
/// 2⁻¹⁰²² or 2¹⁰²³ — and s₁, s₂ halve the rest, so a subnormal result is rounded only once.
struct ExpParts {
    double m;
    double mLo; ///< the rounding error of m: m + mLo is eʳ to about 0.1 ulp
    double s1, s2, s3;
    inline double value() const { return ((m * s1) * s2) * s3; }
    /// a·eˣ for |a| ≤ 2¹⁰²², also where eˣ alone would underflow or overflow: a·(m + mLo) is rounded once
    /// in the normal range, then scaled, so a subnormal result is rounded only once more.
    inline double times(double a) const {
        const double hi = a * m;
        const double lo = std::fma(a, m, -hi) + a * mLo;
        return (((hi + lo) * s1) * s2) * s3;
    }
    /// a·eˣ for every finite a (a = x near the largest double in swish and mish): for |a| > 2¹⁰²², where
    /// a·m could overflow before the scaling, a/2 is scaled and the result doubled (exact; a subnormal
    /// result is then within one subnormal step).
    inline double timesAny(double a) const {
        const bool big = std::fabs(a) > 0x1p1022;
        const double r = times(big ? 0.5 * a : a);
        return big ? 2.0 * r : r;
    }
};

inline ExpParts expParts(double x) {
    constexpr double kLog2e = 0x1.71547652b82fep0;
    constexpr double kShift = 0x1.8p52;
    constexpr double kLn2Hi = 0x1.62e42feep-1;       // 32 bits: k·kLn2Hi is exact for |k| < 2²¹
    constexpr double kLn2Lo = 0x1.a39ef35793c76p-33; // ln 2 − kLn2Hi
    // e^±2000 = 2^±2885 makes a·eˣ 0 or ∞ for every 2⁻¹⁰⁷⁴ ≤ |a| < 2¹⁰²⁴; clamping keeps k small.
    // NaN passes (comparisons fail).
    const double xc = clampTo(x, -2000.0, 2000.0);
    const double k = (xc * kLog2e + kShift) - kShift; // nearest integer to x/ln 2
    const double hi = xc - k * kLn2Hi;                // exact
    const double lo = k * kLn2Lo;
    const double r = hi - lo;
    const double c = (hi - r) - lo; // r + c = hi − lo
    const double onePlusR = 1.0 + r;
    const double onePlusRLo = (1.0 - onePlusR) + r;                                      // exact: |r| < 1
    const double tail = std::fma(r * r, horner<kExpTaylorTail<2, 13>>(r), c * onePlusR); // r²P(r) + c·eʳ
    const double small = onePlusRLo + tail;
    const double m = onePlusR + small;
    const double mLo = (onePlusR - m) + small; // exact: |small| < |1 + r|
    const double k3 = clampTo(k, -1022.0, 1023.0);
    const double rest = k - k3; // |rest| ≤ 1864: two normal powers of two
    const double k1 = (rest * 0.5 + kShift) - kShift;
    return {m, mLo, powerOfTwo(k1), powerOfTwo(rest - k1), powerOfTwo(k3)};
}

/// eˣ for every double (NaN → NaN, −∞ → 0, +∞ → +∞).
inline double expBranchFree(double x) {
    return expParts(x).value();
}

/// eˣ − 1 for |x| ≤ ln 2: x + x²/2 + x³·Q(x), Q the Taylor series of (eˣ − 1 − x − x²/2)/x³ to the
/// x¹⁴ term (truncation below 2⁻⁶² relative). x²/2 is exact (fma) and x + x²/2 a double-double, so the
/// only large rounding is the last. Error < 1 ulp; subnormal x give x.
inline double expm1Small(double x) {
    const double sq = x * x;
    const double sqLo = std::fma(x, x, -sq);
    const double half = 0.5 * sq;
    const double s = x + half;
    const double sLo = (x - s) + half; // exact: |x²/2| ≤ |x|
    const double t = std::fma(sq * x, horner<kExpTaylorTail<3, 15>>(x), 0.5 * sqLo);
    return s + (sLo + t);
}

/// 2/(2n + 1) for n = 1 … 13: the series 2·atanh(s) = 2s + Σ 2s^(2n+1)/(2n + 1).
inline constexpr std::array<double, 13> kAtanhSeries = [] {
    std::array<double, 13> c{};
    for (int n = 1; n <= 13; ++n)
        c[n - 1] = 2.0 / (2 * n + 1);
    return c;
}();

/// log(1 + y) for y ∈ [0, 1] (the log1p(e^(−|w|)) of softplus and log σ). As in fdlibm's log1p:
/// u = 1 + y rounded, its rounding error c = (y − (u − 1))/u carried along; u = 2ᵏ(1 + f) with
/// k ∈ {0, 1}, |f| ≤ √2 − 1; log(1 + f) = f − (f²/2 − s(f²/2 + R)) with s = f/(2 + f) and
/// R = Σ 2s²ⁿ/(2n + 1) (s² ≤ 0.0295: thirteen terms leave less than 2⁻⁶⁴); ln 2 in two parts.
/// Error < 1 ulp; subnormal y give y.
inline double log1pUnit(double y) {
    constexpr double kLn2Hi = 0x1.62e42feep-1;
    constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;
    const double u = 1.0 + y;
    const double c = (y - (u - 1.0)) / u; // u − 1 is exact (Sterbenz), so is y − (u − 1)
    const double k = u > 0x1.6a09e667f3bcdp0 ? 1.0 : 0.0;
    const double f = (u > 0x1.6a09e667f3bcdp0 ? 0.5 * u : u) - 1.0; // exact
    const double s = f / (2.0 + f);
    const double halfSquare = 0.5 * f * f;
    const double z = s * s;
    const double r = z * horner<kAtanhSeries>(z); // Σₙ₌₁^13 2zⁿ/(2n + 1)
    return k * kLn2Hi - ((halfSquare - (s * (halfSquare + r) + (k * kLn2Lo + c))) - f);
}

/// √(x² + y²) without spurious overflow or underflow: scaled by a power of two when the larger of
/// |x|, |y| is outside [2⁻⁵⁰⁰, 2⁵⁰⁰], x² + y² formed as a double-double, and the square root corrected
/// by one Newton step, r + (x² + y² − r²)/(2r). Error < 1 ulp; ±∞ gives +∞, NaN gives NaN.
inline double hypotBranchFree(double x, double y) {
    const double ax = std::fabs(x), ay = std::fabs(y);
    const double big = ax > ay ? ax : ay;
    const bool huge = big > 0x1p500, tiny = big < 0x1p-500;
    const double scale = huge ? 0x1p-600 : (tiny ? 0x1p600 : 1.0);
    const double sx = ax * scale, sy = ay * scale;
    const double hx = sx * sx, lx = std::fma(sx, sx, -hx);
    const double hy = sy * sy, ly = std::fma(sy, sy, -hy);
    const double s = hx + hy;
    const double sLo = (hx >= hy ? (hx - s) + hy : (hy - s) + hx) + (lx + ly); // fast two-sum
    const double r = std::sqrt(s);
    const double corrected = r > 0.0 ? r + (std::fma(-r, r, s) + sLo) / (2.0 * r) : r;
    const double result = corrected * (huge ? 0x1p600 : (tiny ? 0x1p-600 : 1.0));
    return big == std::numeric_limits<double>::infinity() ? big : result;
}

/// erfcx(a) = e^(a²)·erfc(a) for a ≥ 0: h(u)/(1 + 2a) with u = (a − 2)/(a + 2) ∈ [−1, 1) and h the
/// degree-30 polynomial of erfcx_poly.hpp (core/tools/fit_erfcx.py). Within 4.5 ulp (the worst near
/// a = 0, where the alternating sum at u ≈ −1 cancels); 0 at +∞.
inline double erfcxNonNegative(double a) {
    const double u = (a - 2.0) / (a + 2.0);
    const double h = horner<kErfcxPoly>(a == std::numeric_limits<double>::infinity() ? 1.0 : u);
    return h / (1.0 + 2.0 * a);
}

/// (−1)ⁿ/(2n + 1)! for n = 1 … 9 (sin) and (−1)ⁿ/(2n)! for n = 2 … 10 (cos): Taylor coefficients.
inline constexpr std::array<double, 9> kSinSeries = [] {
    std::array<double, 9> c{};
    for (int n = 1; n <= 9; ++n)
        c[n - 1] = (n % 2 ? -1.0 : 1.0) * kInverseFactorials[2 * n + 1 - 2];
    return c;
}();
inline constexpr std::array<double, 9> kCosSeries = [] {
    std::array<double, 9> c{};
    for (int n = 2; n <= 10; ++n)
        c[n - 2] = (n % 2 ? -1.0 : 1.0) * kInverseFactorials[2 * n - 2];
    return c;
}();

/// sin x and cos x together, for |x| ≤ kSinCosLimit (the callers send larger |x| to libm). x = k·π/2 + r
/// with π/2 in three parts (33 + 33 + 53 bits: k·part is exact for |k| < 2²⁰) and r = rHi + rLo,
/// |r| ≤ π/4; Taylor series to r¹⁹ and r²⁰ (truncation below 2⁻⁶³), 1 − r²/2 as a double-double, the
/// quadrant applied by selects. Error about 1 ulp.
struct SinCos {
    double s, c;
};
inline constexpr double kSinCosLimit = 65536.0;
inline SinCos sinCosBranchFree(double x) {
    constexpr double kTwoOverPi = 0x1.45f306dc9c883p-1;
    constexpr double kPiOver2A = 0x1.921fb544p+0, kPiOver2B = 0x1.0b4611a6p-34,
                     kPiOver2C = 0x1.3198a2e037073p-69;
    constexpr double kShift = 0x1.8p52;
    const double kShifted = x * kTwoOverPi + kShift;
    const double k = kShifted - kShift;
    const std::uint64_t quadrant = std::bit_cast<std::uint64_t>(kShifted) & 3u;
    const double a = x - k * kPiOver2A; // exact
    const double b = k * kPiOver2B;     // exact
    const double y = a - b;
    const double yv = y - a; // two-sum: y + yErr = a − b
    const double yErr = (a - (y - yv)) - (b + yv);
    const double t = yErr - k * kPiOver2C;
    const double rHi = y + t;
    const double rLo = (y - rHi) + t;
    const double z = rHi * rHi;
    const double sinR = rHi + (rHi * z * horner<kSinSeries>(z) + rLo * (1.0 - 0.5 * z));
    const double halfZ = 0.5 * z;
    const double w = 1.0 - halfZ;
    const double cosR = w + (((1.0 - w) - halfZ) + (z * z * horner<kCosSeries>(z) - rHi * rLo));
    const bool swap = (quadrant & 1u) != 0;
    const double sinAbs = swap ? cosR : sinR, cosAbs = swap ? sinR : cosR;
    const bool negSin = quadrant >= 2, negCos = quadrant == 1 || quadrant == 2;
    const double sinX = negSin ? -sinAbs : sinAbs;
    return {x == 0.0 ? x : sinX, negCos ? -cosAbs : cosAbs}; // sin(−0) = −0
}

} // namespace actlab::detail
