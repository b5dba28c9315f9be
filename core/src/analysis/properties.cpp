// SPDX-License-Identifier: GPL-3.0-or-later
/// Properties from sampling: no table per function. The line is cut at the kinks into the pieces of
/// GaussianExpectation (which also knows the flat ones); f, f′ and f″ are sampled on one grid inside every
/// piece, stationary points between samples are bisected, and the kinks contribute their convention value
/// and both one-sided limits. An extremum is *attained* when a candidate that really takes the value at a
/// finite x reaches it: a kink's convention value, a sample on a flat piece, or a stationary point (f′ = 0
/// with f″ ≠ 0, or a bisected sign change of f′). A sample that only rounds to the extremum (σ(40) = 1 in
/// double, with f′ ≠ 0 there) is not: the value is then the limit at ±∞ or a one-sided limit at a jump.
#include "actlab/analysis/properties.hpp"

#include "actlab/analysis/mean_field.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace actlab::analysis {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kPerDecade = 16;
constexpr int kDecades = 300;     ///< 1e-300 … 1e300
constexpr int kUniformSteps = 64; ///< per unit on [−16, 16]
constexpr double kUniformReach = 16.0;
constexpr double kInfiniteLimit = 1e200; ///< |f(±1e300)| beyond this: f → ±∞
/// f′ ≥ −kMonotoneSlack·max|f′| counts as f′ ≥ 0 (a minimum of f′ = 0 bisected to adjacent doubles may
/// round to a few ulp below 0).
constexpr double kMonotoneSlack = 1e-14;
/// |f(±1e300)| below this: f → 0 (a decay like 1/x reads 1e-300 there).
constexpr double kZeroLimit = 1e-200;
constexpr double kSmallest = std::numeric_limits<double>::min(); ///< the smallest normal double
/// f′(±1e300) at most this fraction of max|f′| counts as f′ → 0.
constexpr double kSaturationRatio = 1e-100;
/// Two candidates within this relative distance hold the same value (each is rounded on its own).
constexpr double kSameValue = 4.0 * std::numeric_limits<double>::epsilon();

/// The sampling grid, sorted: 0, ±10^(k/16) for |k| ≤ 4800, and i/64 on [−16, 16].
const std::vector<double>& grid() {
    static const std::vector<double> points = [] {
        std::vector<double> g{0.0};
        for (int k = -kDecades * kPerDecade; k <= kDecades * kPerDecade; ++k) {
            const double x = std::pow(10.0, static_cast<double>(k) / kPerDecade);
            g.push_back(x);
            g.push_back(-x);
        }
        const int n = static_cast<int>(kUniformReach) * kUniformSteps;
        for (int i = -n; i <= n; ++i)
            g.push_back(static_cast<double>(i) / kUniformSteps);
        std::sort(g.begin(), g.end());
        g.erase(std::unique(g.begin(), g.end()), g.end());
        return g;
    }();
    return points;
}

/// Where a candidate value comes from; the order is the preference among candidates of equal value.
enum class Source { Attained = 0, Infinity = 1, OneSided = 2, Rounded = 3 };

struct Candidate {
    double value;
    double x;
    Source source;
};

/// The best candidate (lowest value for sign = +1, highest for sign = −1), preferring the better source
/// among those of the same value.
Extremum pick(const std::vector<Candidate>& cands, double sign) {
    double best = kInf;
    for (const Candidate& c : cands)
        if (!std::isnan(c.value)) best = std::min(best, sign * c.value);
    const double tol = std::isfinite(best) ? kSameValue * std::fabs(best) : 0.0;
    const Candidate* chosen = nullptr;
    for (const Candidate& c : cands) {
        if (std::isnan(c.value) || sign * c.value > best + tol) continue;
        if (!chosen || c.source < chosen->source) {
            chosen = &c;
            continue;
        }
        // the same source: the better value, then (equal values) the x nearest 0
        if (c.source == chosen->source &&
            (sign * c.value < sign * chosen->value ||
             (c.value == chosen->value && std::fabs(c.x) < std::fabs(chosen->x))))
            chosen = &c;
    }
    if (!chosen) return {kNaN, false, kNaN};
    switch (chosen->source) {
    case Source::Attained:
    case Source::Rounded:
        return {chosen->value, true, chosen->x};
    case Source::Infinity:
    case Source::OneSided:
        break;
    }
    return {chosen->value, false, chosen->x};
}

/// The limit at ±∞ that the value at ±kPropertiesReach stands for.
double limitOf(double v) {
    if (std::fabs(v) > kInfiniteLimit) return std::copysign(kInf, v);
    return std::fabs(v) < kZeroLimit ? 0.0 : v;
}

int sgn(double v) {
    return (v > 0.0) - (v < 0.0);
}

/// f (order 0) or f′ (order 1) with its slope.
double valueOf(const Derivs& d, int order) {
    return order == 0 ? d.f : d.df;
}
double slopeOf(const Derivs& d, int order) {
    return order == 0 ? d.df : d.d2f;
}

class Sampler {
  public:
    Sampler(const Activation& activation, std::span<const double> params, const GaussianExpectation& ge)
        : activation_(activation), params_(params), ge_(ge) {}

    /// Candidates for the extrema of f (order 0) or f′ (order 1).
    std::vector<Candidate> candidates(int order) const {
        std::vector<Candidate> out;
        const auto& g = grid();
        for (const GaussianExpectation::Piece& pc : ge_.pieces()) {
            auto it = std::upper_bound(g.begin(), g.end(), pc.lo);
            struct Sample {
                double x;
                Derivs d;
            };
            std::vector<Sample> inside;
            for (; it != g.end() && *it < pc.hi; ++it)
                inside.push_back({*it, at(*it)});
            for (std::size_t i = 0; i < inside.size(); ++i) {
                const Derivs& d = inside[i].d;
                const double v = valueOf(d, order);
                // A sample really takes its value when its piece is flat, or (f only) it is a stationary
                // point (f′ = 0 with a normal f″, not both underflowed in a tail); for f′ whenever f′ is
                // not an underflowed tail (f′ = f″ = 0 off a flat piece).
                const bool real = order == 0 ? pc.flat || (d.df == 0.0 && std::fabs(d.d2f) >= kSmallest)
                                             : pc.flat || d.df != 0.0 || d.d2f != 0.0;
                out.push_back({v, inside[i].x, real ? Source::Attained : Source::Rounded});
                if (i + 1 < inside.size()) bisect(inside[i].x, inside[i + 1].x, order, out);
            }
            for (double edge : {pc.lo, pc.hi}) {
                if (std::isfinite(edge)) continue;
                const double x = std::copysign(kPropertiesReach, edge);
                const double v = valueOf(at(x), order);
                if (std::isnan(v)) continue;
                out.push_back({limitOf(v), edge, Source::Infinity});
            }
        }
        for (const Kink& k : activation_.kinks(params_)) {
            if (!std::isfinite(k.x)) continue;
            out.push_back({valueOf(at(k.x), order), k.x, Source::Attained});
            out.push_back({valueOf(at(k.x, Side::Left), order), k.x, Source::OneSided});
            out.push_back({valueOf(at(k.x, Side::Right), order), k.x, Source::OneSided});
        }
        return out;
    }

    Derivs at(double x, Side side = Side::Convention) const { return activation_.at(x, params_, side); }

  private:
    /// Where the slope changes sign strictly between two samples (no kink between them), bisects to
    /// adjacent doubles and adds both ends as the stationary point.
    void bisect(double a, double b, int order, std::vector<Candidate>& out) const {
        int sa = sgn(slopeOf(at(a), order));
        const int sb = sgn(slopeOf(at(b), order));
        if (sa == 0 || sb == 0 || sa == sb) return;
        for (;;) {
            const double mid = a + 0.5 * (b - a);
            if (!(mid > a && mid < b)) break;
            const int sm = sgn(slopeOf(at(mid), order));
            if (sm == 0) {
                a = b = mid;
                break;
            }
            (sm == sa ? a : b) = mid;
            sa = sgn(slopeOf(at(a), order));
        }
        out.push_back({valueOf(at(a), order), a, Source::Attained});
        if (b != a) out.push_back({valueOf(at(b), order), b, Source::Attained});
    }

    const Activation& activation_;
    std::span<const double> params_;
    const GaussianExpectation& ge_;
};

bool sameValue(double a, double b) {
    return a == b || std::fabs(a - b) <= kSameValue * std::max(std::fabs(a), std::fabs(b));
}

/// The smoothness class from the one-sided values at every kink: the lowest derivative whose one-sided
/// values differ, or (f, f′ and f″ all continuous) the kink's declared order, at most C² being visible.
int smoothnessOf(const Activation& activation, std::span<const double> params) {
    int smooth = kSmooth;
    for (const Kink& k : activation.kinks(params)) {
        if (!std::isfinite(k.x)) continue;
        const Derivs l = activation.at(k.x, params, Side::Left);
        const Derivs r = activation.at(k.x, params, Side::Right);
        int here = 2;
        if (!sameValue(l.f, r.f))
            here = kDiscontinuous;
        else if (!sameValue(l.df, r.df))
            here = 0;
        else if (!sameValue(l.d2f, r.d2f))
            here = 1;
        smooth = std::min(smooth, here);
    }
    return smooth;
}

} // namespace

ComputedProperties computeProperties(const Activation& activation, std::span<const double> params) {
    const GaussianExpectation ge(activation, params); // validates the parameters
    const Sampler sampler(activation, params, ge);
    ComputedProperties p{};

    const std::vector<Candidate> fc = sampler.candidates(0);
    p.inf = pick(fc, 1.0);
    p.sup = pick(fc, -1.0);
    p.boundedBelow = p.inf.value > -kInf;
    p.boundedAbove = p.sup.value < kInf;

    const std::vector<Candidate> dc = sampler.candidates(1);
    p.minDf = pick(dc, 1.0);
    p.maxDf = pick(dc, -1.0);
    const bool upper = std::fabs(p.maxDf.value) >= std::fabs(p.minDf.value);
    p.maxAbsDf = std::fabs(upper ? p.maxDf.value : p.minDf.value);
    p.maxAbsDfAt = upper ? p.maxDf.at : p.minDf.at;

    // f's jumps: l ≤ f(k) ≤ r at every kink for a non-decreasing f, l ≥ f(k) ≥ r for a non-increasing one
    bool rises = false, falls = false;
    for (const Kink& k : activation.kinks(params)) {
        if (!std::isfinite(k.x)) continue;
        const double l = sampler.at(k.x, Side::Left).f, r = sampler.at(k.x, Side::Right).f;
        const double c = sampler.at(k.x).f;
        rises = rises || r > l || c > l || r > c;
        falls = falls || r < l || c < l || r < c;
    }
    const double slack = kMonotoneSlack * p.maxAbsDf;
    p.nonDecreasing = p.minDf.value >= -slack && !falls;
    p.nonIncreasing = p.maxDf.value <= slack && !rises;
    p.monotonic = p.nonDecreasing || p.nonIncreasing;
    p.smoothness = smoothnessOf(activation, params);

    p.kinkAtZero = std::ranges::any_of(activation.kinks(params), [](const Kink& k) { return k.x == 0.0; });
    p.dfAtZero = sampler.at(0.0).df;
    p.dfAtZeroLeft = sampler.at(0.0, Side::Left).df;
    p.dfAtZeroRight = sampler.at(0.0, Side::Right).df;
    p.limitDfLeft = sampler.at(-kPropertiesReach).df;
    p.limitDfRight = sampler.at(kPropertiesReach).df;
    const double flat = kSaturationRatio * p.maxAbsDf;
    p.saturatesLeft = std::fabs(p.limitDfLeft) <= flat;
    p.saturatesRight = std::fabs(p.limitDfRight) <= flat;

    p.standard = ge.stats(0.0, 1.0);
    p.zeroCentred = p.standard.meanF == 0.0 ||
                    std::fabs(p.standard.meanF) < kZeroCentredRatio * std::sqrt(p.standard.varF);
    p.chiHe = propagateDepth(ge, DepthConfig{1, 2.0, 0.0, 1.0}).front().chi;
    return p;
}

} // namespace actlab::analysis
