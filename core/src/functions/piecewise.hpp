// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Piecewise-linear functions with free breakpoints: threshold (the material's ThresholdReLU) and maxout.
#include "../kernel.hpp"

#include <algorithm>

namespace actlab::detail {

/// x if x > θ, else v (f(θ) = v, f'(θ) = 0, as PyTorch's threshold kernel).
struct Threshold {
    static Derivs eval(double x, const double* p, Side side) {
        if (rightOf(x, p[0], side, false)) return {x, 1.0, 0.0};
        return {p[1], 0.0, 0.0};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        out.push_back({p[0], p[0] == p[1] ? 1 : 0});
    }
    static Properties properties(const double* p) {
        const double th = p[0], v = p[1];
        std::string range = v <= th ? interval(v, kInf, true, false)
                                    : singleton(v) + " ∪ " + interval(th, kInf, false, false);
        return props(std::move(range), true, false, v <= th, v == th ? 0 : kDiscontinuous, false);
    }
};

/// max over j = 1..k of (wⱼx + bⱼ) (1-D maxout); f' = the slope of the winning piece. At a breakpoint
/// the lowest-index tied piece gives f' (like torch.max(x, dim)); the one-sided limits take the smallest
/// (left) or largest (right) slope among the tied pieces.
struct Maxout {
    static int count(const double* p) { return static_cast<int>(p[0]); }
    static double w(const double* p, int j) { return p[1 + 2 * j]; }
    static double b(const double* p, int j) { return p[2 + 2 * j]; }
    static double piece(const double* p, int j, double x) {
        return w(p, j) == 0.0 ? b(p, j) : std::fma(w(p, j), x, b(p, j));
    }
    /// The sign of (wᵢx + bᵢ) − (wⱼx + bⱼ), exactly: the products are split exactly (fma) and the six
    /// terms are summed as a floating-point expansion (Shewchuk's grow-expansion), whose most
    /// significant non-zero component carries the sign.
    static int compareExact(const double* p, int i, int j, double x) {
        const TwoProduct pi = twoProduct(w(p, i), x), pj = twoProduct(-w(p, j), x);
        const double terms[6] = {pi.hi, pi.lo, b(p, i), pj.hi, pj.lo, -b(p, j)};
        double e[6];
        int m = 0;
        for (double q : terms) {
            for (int t = 0; t < m; ++t) { // two-sum of q and e[t]
                const double s = q + e[t];
                const double bv = s - q;
                const double err = (q - (s - bv)) + (e[t] - bv);
                e[t] = err;
                q = s;
            }
            e[m++] = q;
        }
        for (int t = m - 1; t >= 0; --t)
            if (e[t] != 0.0) return e[t] > 0.0 ? 1 : -1;
        return 0;
    }
    /// The upper envelope max over the first k pieces; all four are formed, so the loop unrolls.
    static double value(double x, const double* p) {
        const int k = count(p);
        double best = piece(p, 0, x);
#pragma GCC unroll 3
        for (int j = 1; j < 4; ++j) {
            const double v = piece(p, j, x);
            best = ((j < k) & (best < v)) ? v : best; // std::max(best, v) for the pieces in use
        }
        return best;
    }
    /// The rounded maximum, how many pieces attain it and the slope of the last of them. The exact
    /// maximiser is among those pieces (rounding is monotonic), so with one of them it is that one.
    struct Envelope {
        double best, ties, slope;
    };
    static Envelope envelope(double x, const double* p) {
        const int k = count(p);
        const double best = value(x, p);
        double ties = 0.0, slope = 0.0;
#pragma GCC unroll 4
        for (int j = 0; j < 4; ++j) {
            const bool on = (j < k) & (piece(p, j, x) == best); // & not &&: no branch in the span loop
            ties += on ? 1.0 : 0.0;
            slope = on ? w(p, j) : slope;
        }
        return {best, ties, slope};
    }
    /// Finite x with a single piece on top: no breakpoint at x, no exact comparison needed.
    static bool fastDomain(double x, const double* p) {
        return static_cast<int>(std::isfinite(x)) & static_cast<int>(envelope(x, p).ties == 1.0);
    }
    static Derivs evalFast(double x, const double* p) {
        const Envelope e = envelope(x, p);
        return {e.best, e.slope, 0.0};
    }
    static Derivs eval(double x, const double* p, Side side) {
        const int k = count(p);
        const double best = value(x, p);
        // The exact maximisers are among the pieces whose correctly rounded value equals the rounded
        // maximum; among those, the exact comparison decides (a tie means a breakpoint exactly at x).
        int win = -1;
        for (int j = 0; j < k; ++j) {
            if (!(piece(p, j, x) == best)) continue;
            if (win < 0) {
                win = j;
                continue;
            }
            // where the maximum overflows (x = ±∞, or wⱼx beyond the largest double) the slopes decide below
            const bool overflow = std::isinf(x) || std::isinf(best);
            const int c = overflow ? 0 : compareExact(p, j, win, x);
            if (c > 0 || (c == 0 && ((side == Side::Left && w(p, j) < w(p, win)) ||
                                     (side == Side::Right && w(p, j) > w(p, win)))))
                win = j;
        }
        if (std::isinf(x) ||
            std::isinf(best)) { // the steepest piece wins towards +∞, the shallowest towards −∞
            for (int j = 0; j < k; ++j)
                if (piece(p, j, x) == best && (x > 0 ? w(p, j) > w(p, win) : w(p, j) < w(p, win))) win = j;
        }
        return {best, w(p, win), 0.0};
    }
    static void kinks(const double* p, std::vector<Kink>& out) {
        // Breakpoints of the upper envelope: walk from −∞ choosing, at each step, the earliest crossing.
        const int k = count(p);
        int cur = 0;
        for (int j = 1; j < k; ++j)
            if (w(p, j) < w(p, cur) || (w(p, j) == w(p, cur) && b(p, j) > b(p, cur))) cur = j;
        double xPrev = -kInf;
        for (;;) {
            int next = -1;
            double xNext = kInf;
            for (int j = 0; j < k; ++j) {
                if (w(p, j) <= w(p, cur)) continue;
                const double xc = (b(p, cur) - b(p, j)) / (w(p, j) - w(p, cur));
                if (xc >= xPrev && (xc < xNext || (xc == xNext && w(p, j) > w(p, next)))) {
                    xNext = xc;
                    next = j;
                }
            }
            if (next < 0) break;
            if (out.empty() || out.back().x != xNext) out.push_back({xNext, 1});
            cur = next;
            xPrev = xNext;
        }
    }
    static Properties properties(const double* p) {
        const int k = count(p);
        double wmin = w(p, 0), wmax = w(p, 0);
        for (int j = 1; j < k; ++j)
            wmin = std::min(wmin, w(p, j)), wmax = std::max(wmax, w(p, j));
        const bool below = wmin <= 0.0 && wmax >= 0.0;
        std::string range = "(−∞, ∞)";
        if (wmin == 0.0 && wmax == 0.0) {
            double m = b(p, 0);
            for (int j = 1; j < k; ++j)
                m = std::max(m, b(p, j));
            range = singleton(m);
        } else if (below) {
            // The envelope is convex and has a breakpoint here: its minimum is at one.
            std::vector<Kink> ks;
            kinks(p, ks);
            double m = kInf;
            for (const Kink& kk : ks)
                m = std::min(m, eval(kk.x, p, Side::Convention).f);
            range = interval(m, kInf, true, false);
        }
        const bool monotonic = wmin >= 0.0 || wmax <= 0.0;
        const bool linear = [&] {
            std::vector<Kink> ks;
            kinks(p, ks);
            return ks.empty();
        }();
        return props(std::move(range), below, wmin == 0.0 && wmax == 0.0, monotonic, linear ? kSmooth : 0,
                     false);
    }
};

} // namespace actlab::detail
