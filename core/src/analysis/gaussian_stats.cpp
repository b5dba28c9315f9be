// SPDX-License-Identifier: GPL-3.0-or-later
/// Gaussian expectations of an activation by Gauss–Kronrod quadrature with a global adaptive driver.
///
/// The expectation E[w(X)] with X = μ + σt, t ~ N(0, 1), is ∫ w(μ + σt) φ(t) dt. The line is split at the
/// kinks of f (mapped to t), and each piece is first cut where the Gaussian weight has fallen by e^-45
/// from its largest value on the piece, which loses nothing where w grows at most polynomially. But w can
/// grow exponentially towards the cut (f′² of tanh far in the left tail grows like e^{4x}, so its mass
/// sits away from the mean): beyond each cut, sub-intervals are added back while they still carry more
/// than 1e-17 of the mass. Every sub-interval spans at most a factor e^-8 of φ, so that a 31-point rule
/// resolves it; the driver then bisects the sub-interval with the
/// largest error estimate until the estimates add up to at most kTolerance times ∫|w| φ (the L1 mass):
/// relative error 1e-13 wherever the value is not small against its L1 mass, i.e. not "near 0".
/// Nodes and weights are Boost.Math's (gauss_kronrod<double, 31> and gauss<double, 15>); the error
/// estimate is Boost's, |Kronrod − Gauss|, which overestimates the error of the Kronrod value by orders
/// of magnitude once the rule has converged.
#include "actlab/analysis/gaussian_stats.hpp"
#include "config_messages.hpp"

#include "actlab/catalogue.hpp"

#include <boost/math/quadrature/gauss.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace actlab::analysis {
namespace {

constexpr double kInvSqrt2Pi = 0.398942280401432677939946059934381868; // 1/√(2π)
constexpr double kSqrtHalf = 0.707106781186547524400844362104849039;   // 1/√2
constexpr double kTMax = 40.0;      ///< φ(40) < 1e-347: nothing beyond matters
constexpr double kCutExponent = 45; ///< a piece is kept where φ(t) ≥ e^-45 · max φ on the piece
constexpr double kStepExponent = 8; ///< sub-intervals span at most a factor e^8 of φ
constexpr double kTolerance = 1e-13;
constexpr std::size_t kMaxIntervals = 4096;

constexpr unsigned kRule = 31;
using Kronrod = boost::math::quadrature::gauss_kronrod<double, kRule>;
using Gauss = boost::math::quadrature::gauss<double, (kRule - 1) / 2>;

/// The 31 nodes on [−1, 1] in ascending order with their Kronrod and Gauss weights (0 for Kronrod-only
/// nodes), unpacked once from Boost's half-tables.
struct Rule {
    std::array<double, kRule> node{}, kronrod{}, gauss{};
    Rule() {
        const auto& a = Kronrod::abscissa();
        const auto& wk = Kronrod::weights();
        const auto& wg = Gauss::weights();
        const std::size_t half = a.size(); // 16: the centre and 15 positive nodes
        // Gauss order 15 is odd: the centre and every even index are Gauss nodes (Boost's layout).
        for (std::size_t i = 0; i < half; ++i) {
            const double g = (i % 2 == 0) ? wg[i / 2] : 0.0;
            node[half - 1 + i] = a[i];
            node[half - 1 - i] = -a[i];
            kronrod[half - 1 + i] = kronrod[half - 1 - i] = wk[i];
            gauss[half - 1 + i] = gauss[half - 1 - i] = g;
        }
    }
};
const Rule& rule() {
    static const Rule r;
    return r;
}

/// φ(t), with t² carried to double-double so that the relative error stays at a few ulp for large |t|.
double phi(double t) {
    const double t2 = t * t;
    const double lo = std::fma(t, t, -t2);
    return kInvSqrt2Pi * std::exp(-0.5 * t2) * (1.0 - 0.5 * lo);
}

/// One sub-interval [a, b] of t within piece `piece`, with its Kronrod sums, error estimates and L1 masses.
template <std::size_t K> struct Interval {
    double a, b;
    std::size_t piece;
    std::array<double, K> value, error, l1;
};

/// Weights of the quadrature: a functor (f, f′, t) → std::array<double, K>.
template <std::size_t K, class W> class Integrator {
  public:
    Integrator(const GaussianExpectation& ge, double mean, double std, W w)
        : ge_(ge), mean_(mean), std_(std), w_(w) {}

    /// Sum over the given pieces (indices into ge.pieces()).
    std::array<double, K> run(const std::vector<std::size_t>& which) {
        std::vector<Interval<K>> ivs;
        for (std::size_t p : which)
            split(p, ivs);
        extendTails(ivs);
        std::array<double, K> total{}, err{}, l1{};
        auto sums = [&] {
            total = {};
            err = {};
            l1 = {};
            for (const Interval<K>& iv : ivs)
                for (std::size_t k = 0; k < K; ++k) {
                    total[k] += iv.value[k];
                    err[k] += iv.error[k];
                    l1[k] += iv.l1[k];
                }
        };
        sums();
        while (ivs.size() < kMaxIntervals) {
            // The worst interval relative to the mass of its quantity; stop when every quantity meets
            // the tolerance.
            bool done = true;
            for (std::size_t k = 0; k < K; ++k)
                if (err[k] > kTolerance * l1[k]) done = false;
            if (done) break;
            std::size_t worst = 0;
            double worstRatio = -1.0;
            for (std::size_t i = 0; i < ivs.size(); ++i)
                for (std::size_t k = 0; k < K; ++k) {
                    const double r = l1[k] > 0.0 ? ivs[i].error[k] / l1[k] : 0.0;
                    if (r > worstRatio) worstRatio = r, worst = i;
                }
            const Interval<K> old = ivs[worst];
            const double mid = 0.5 * (old.a + old.b);
            if (!(old.a < mid && mid < old.b)) { // cannot be split further: accept it
                ivs[worst].error = {};
                sums();
                continue;
            }
            ivs[worst] = evaluate(old.a, mid, old.piece);
            ivs.push_back(evaluate(mid, old.b, old.piece));
            // Update the sums incrementally (a full re-sum every step would be quadratic).
            for (std::size_t k = 0; k < K; ++k) {
                total[k] += ivs[worst].value[k] + ivs.back().value[k] - old.value[k];
                err[k] += ivs[worst].error[k] + ivs.back().error[k] - old.error[k];
                l1[k] += ivs[worst].l1[k] + ivs.back().l1[k] - old.l1[k];
            }
        }
        sums(); // exact re-summation of the final partition
        return total;
    }

  private:
    /// The t-range of piece p, cut and split as described at the top of the file.
    void split(std::size_t p, std::vector<Interval<K>>& out) {
        const GaussianExpectation::Piece& pc = ge_.pieces()[p];
        double a = std::isinf(pc.lo) ? -kTMax : (pc.lo - mean_) / std_;
        double b = std::isinf(pc.hi) ? kTMax : (pc.hi - mean_) / std_;
        a = std::max(a, -kTMax);
        b = std::min(b, kTMax);
        if (!(a < b)) return;
        const double c = (a <= 0.0 && b >= 0.0) ? 0.0 : std::min(std::fabs(a), std::fabs(b));
        const double reach = std::sqrt(c * c + 2.0 * kCutExponent);
        const double a0 = a, b0 = b;
        a = std::max(a, -reach);
        b = std::min(b, reach);
        if (!(a < b)) return;
        // Where the cut removed something, remember it: w may grow fast enough towards the far end (f′²
        // of tanh far in the left tail grows like e^{4x}) that the mass lies beyond the cut.
        if (b < b0) frontiers_.push_back({p, b, b0});
        if (a > a0) frontiers_.push_back({p, a, a0});
        // Split points: 0 and the mapped x = 0 (where most functions change character), then
        // ±√(c² + 2·8k) on either side.
        std::vector<double> cuts{a, b};
        if (a < 0.0 && 0.0 < b) cuts.push_back(0.0);
        const double tZero = -mean_ / std_;
        if (a < tZero && tZero < b) cuts.push_back(tZero);
        for (int side = -1; side <= 1; side += 2) {
            const double lo = side > 0 ? std::max(a, 0.0) : std::max(-b, 0.0); // distance range on this side
            const double hi = side > 0 ? b : -a;
            if (!(lo < hi)) continue;
            for (int k = 1;; ++k) {
                const double u = std::sqrt(lo * lo + 2.0 * kStepExponent * k);
                if (u >= hi) break;
                cuts.push_back(side * u);
            }
        }
        std::sort(cuts.begin(), cuts.end());
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
            if (cuts[i] < cuts[i + 1]) out.push_back(evaluate(cuts[i], cuts[i + 1], p));
    }

    /// Beyond each cut, sub-intervals of the same e^-8 steps of φ are added while they still carry more
    /// than 1e-17 of the mass of any quantity (up to |t| = 40).
    void extendTails(std::vector<Interval<K>>& ivs) {
        std::array<double, K> l1{};
        for (const Interval<K>& iv : ivs)
            for (std::size_t k = 0; k < K; ++k)
                l1[k] += iv.l1[k];
        for (Frontier fr : frontiers_) {
            for (;;) {
                const bool right = fr.limit > fr.at;
                const double u = std::fabs(fr.at);
                double next = std::sqrt(u * u + 2.0 * kStepExponent);
                next = right ? std::min(next, fr.limit) : std::max(-next, fr.limit);
                if (!(right ? fr.at < next : next < fr.at)) break;
                const Interval<K> iv =
                    right ? evaluate(fr.at, next, fr.piece) : evaluate(next, fr.at, fr.piece);
                ivs.push_back(iv);
                bool significant = false;
                for (std::size_t k = 0; k < K; ++k) {
                    if (iv.l1[k] > 1e-17 * l1[k]) significant = true;
                    l1[k] += iv.l1[k];
                }
                fr.at = next;
                if (!significant) break;
            }
        }
    }

    /// The Gauss–Kronrod sums of all K quantities over [a, b] ⊂ piece p, f and f′ from one span call.
    Interval<K> evaluate(double a, double b, std::size_t p) const {
        const Rule& r = rule();
        const GaussianExpectation::Piece& pc = ge_.pieces()[p];
        const double half = 0.5 * (b - a), centre = 0.5 * (a + b);
        std::array<double, kRule> t{}, x{}, f{}, df{};
        for (unsigned i = 0; i < kRule; ++i) {
            t[i] = centre + half * r.node[i];
            // Stay on this piece's branch: a node whose x rounds onto or past a kink takes the one-sided
            // value.
            x[i] = std::clamp(mean_ + std_ * t[i], pc.lo, pc.hi);
        }
        const Activation& act = ge_.activation();
        const std::span<const double> params = ge_.params();
        act.evaluateSpan(params.data(), x.data(), kRule, f.data(), df.data(), nullptr);
        for (unsigned i = 0; i < kRule; ++i) {
            if (x[i] == pc.lo || x[i] == pc.hi) {
                const Derivs d = act.at(x[i], params, x[i] == pc.lo ? Side::Right : Side::Left);
                f[i] = d.f;
                df[i] = d.df;
            }
        }
        Interval<K> iv{a, b, p, {}, {}, {}};
        std::array<double, K> gsum{};
        for (unsigned i = 0; i < kRule; ++i) {
            const double ph = phi(t[i]);
            const std::array<double, K> v = w_(f[i], df[i], t[i]);
            for (std::size_t k = 0; k < K; ++k) {
                const double vk = v[k] * ph;
                iv.value[k] += r.kronrod[i] * vk;
                gsum[k] += r.gauss[i] * vk;
                iv.l1[k] += r.kronrod[i] * std::fabs(vk);
            }
        }
        for (std::size_t k = 0; k < K; ++k) {
            iv.value[k] *= half;
            iv.l1[k] *= half;
            iv.error[k] = std::fabs(iv.value[k] - half * gsum[k]);
        }
        return iv;
    }

    struct Frontier {
        std::size_t piece;
        double at, limit; ///< the cut and the end of the piece's range beyond it (t)
    };
    const GaussianExpectation& ge_;
    double mean_, std_;
    W w_;
    std::vector<Frontier> frontiers_;
};

template <std::size_t K, class W>
std::array<double, K> integrate(const GaussianExpectation& ge, double mean, double std,
                                const std::vector<std::size_t>& which, W w) {
    Integrator<K, W> in(ge, mean, std, w);
    return in.run(which);
}

/// Interior test points of a piece: spread irregularly (no isolated zero of f′ at a "round" point can
/// catch all of them) and kept within 64 of a finite end (far out, f′ can underflow to 0).
std::vector<double> testPoints(double lo, double hi) {
    static constexpr double kFractions[] = {0.0713, 0.2357, 0.3819, 0.5, 0.6180, 0.7643, 0.9287};
    static constexpr double kOffsets[] = {0.0917, 0.3183, 0.7071, 1.4142, 2.7183, 6.2832, 17.32, 61.8};
    std::vector<double> pts;
    if (std::isinf(lo) && std::isinf(hi)) {
        pts.push_back(0.0);
        for (double o : kOffsets) {
            pts.push_back(o);
            pts.push_back(-o);
        }
    } else if (std::isinf(lo)) {
        for (double o : kOffsets)
            pts.push_back(hi - o * std::max(1.0, std::fabs(hi) * 0x1p-40));
    } else if (std::isinf(hi)) {
        for (double o : kOffsets)
            pts.push_back(lo + o * std::max(1.0, std::fabs(lo) * 0x1p-40));
    } else {
        for (double fr : kFractions)
            pts.push_back(lo + fr * (hi - lo));
    }
    // Keep strictly inside (a piece one ulp wide has no interior point: then it has none to test).
    std::erase_if(pts, [&](double v) { return !(v > lo && v < hi); });
    return pts;
}

} // namespace

double normalProbability(double a, double b) {
    if (!(a < b)) return 0.0;
    const auto upper = [](double t) { return 0.5 * std::erfc(t * kSqrtHalf); }; // P(T > t)
    if (a >= 0.0) return upper(a) - upper(b);
    if (b <= 0.0) return upper(-b) - upper(-a);
    return 1.0 - upper(b) - upper(-a);
}

namespace {

/// Splits the pieces for one N(mean, std²): returns the indices of the pieces to integrate and adds
/// Σ g(f on the piece)·P(X in the piece) over the flat ones to *flatSum (the closed form there).
template <class G>
std::vector<std::size_t> smoothPieces(std::span<const GaussianExpectation::Piece> pieces, double mean,
                                      double std, G g, double* flatSum) {
    std::vector<std::size_t> smooth;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const auto& pc = pieces[i];
        if (pc.flat)
            *flatSum += g(pc.value) * normalProbability((pc.lo - mean) / std, (pc.hi - mean) / std);
        else
            smooth.push_back(i);
    }
    return smooth;
}

} // namespace

GaussianExpectation::GaussianExpectation(const Activation& activation, std::span<const double> params)
    : activation_(&activation), params_(params.begin(), params.end()) {
    if (const auto err = validate(activation, params))
        throw MessageError(detail::parameterProblem(activation.id, *err));
    std::vector<double> breaks{-std::numeric_limits<double>::infinity()};
    for (const Kink& k : activation.kinks(params))
        if (std::isfinite(k.x) && k.x > breaks.back()) breaks.push_back(k.x);
    breaks.push_back(std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        Piece pc{breaks[i], breaks[i + 1], false, 0.0};
        const std::vector<double> pts = testPoints(pc.lo, pc.hi);
        if (!pts.empty()) {
            pc.flat = true;
            for (double x : pts)
                if (activation.at(x, params_).df != 0.0) pc.flat = false;
            if (pc.flat) pc.value = activation.at(pts[pts.size() / 2], params_).f;
        }
        pieces_.push_back(pc);
    }
}

void GaussianExpectation::checkInput(double mean, double std) const {
    if (!std::isfinite(mean) || std::fabs(mean) > kMaxGaussianInput)
        throw std::invalid_argument("mean = " + formatNumber(mean) +
                                    " must be a finite number of magnitude "
                                    "at most 1e100");
    if (!std::isfinite(std) || std < 0.0 || std > kMaxGaussianInput)
        throw std::invalid_argument("std = " + formatNumber(std) + " must be a finite number in [0, 1e100]");
}

GaussianStats GaussianExpectation::stats(double mean, double std) const {
    checkInput(mean, std);
    GaussianStats s{mean, std, 0, 0, 0, 0, 0};
    if (std == 0.0) {
        const Derivs d = activation_->at(mean, params_);
        s.meanF = d.f;
        s.meanDf = d.df;
        s.meanDf2 = d.df * d.df;
        s.pDead = d.df == 0.0 ? 1.0 : 0.0;
        return s;
    }
    std::vector<std::size_t> smooth;
    double flatF = 0.0;
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
        const Piece& pc = pieces_[i];
        if (!pc.flat) {
            smooth.push_back(i);
            continue;
        }
        const double pr = normalProbability((pc.lo - mean) / std, (pc.hi - mean) / std);
        s.pDead += pr;
        flatF += pc.value * pr;
    }
    const auto first = integrate<3>(*this, mean, std, smooth, [](double f, double df, double) {
        return std::array<double, 3>{f, df, df * df};
    });
    s.meanF = first[0] + flatF;
    s.meanDf = first[1];
    s.meanDf2 = first[2];
    const double m = s.meanF;
    const auto second = integrate<1>(*this, mean, std, smooth, [m](double f, double, double) {
        const double d = f - m;
        return std::array<double, 1>{d * d};
    });
    s.varF = second[0];
    for (const Piece& pc : pieces_)
        if (pc.flat)
            s.varF += (pc.value - m) * (pc.value - m) *
                      normalProbability((pc.lo - mean) / std, (pc.hi - mean) / std);
    return s;
}

GaussianExpectation::Means GaussianExpectation::means(double mean, double std) const {
    checkInput(mean, std);
    if (std == 0.0) {
        const Derivs d = activation_->at(mean, params_);
        return {d.f, d.df};
    }
    double flat = 0.0;
    const auto smooth = smoothPieces(
        pieces_, mean, std, [](double v) { return v; }, &flat);
    const auto r = integrate<2>(*this, mean, std, smooth, [](double f, double df, double) {
        return std::array<double, 2>{f, df};
    });
    return {r[0] + flat, r[1]};
}

GaussianExpectation::SecondMoments GaussianExpectation::secondMoments(double mean, double std) const {
    checkInput(mean, std);
    if (std == 0.0) {
        const Derivs d = activation_->at(mean, params_);
        return {d.f * d.f, d.df * d.df};
    }
    double flat = 0.0;
    const auto smooth = smoothPieces(
        pieces_, mean, std, [](double v) { return v * v; }, &flat);
    const auto r = integrate<2>(*this, mean, std, smooth, [](double f, double df, double) {
        return std::array<double, 2>{f * f, df * df};
    });
    return {r[0] + flat, r[1]};
}

double GaussianExpectation::meanF2(double mean, double std) const {
    checkInput(mean, std);
    if (std == 0.0) {
        const double f = activation_->at(mean, params_).f;
        return f * f;
    }
    double flat = 0.0;
    const auto smooth = smoothPieces(
        pieces_, mean, std, [](double v) { return v * v; }, &flat);
    return flat + integrate<1>(*this, mean, std, smooth,
                               [](double f, double, double) { return std::array<double, 1>{f * f}; })[0];
}

double GaussianExpectation::meanDf2(double mean, double std) const {
    checkInput(mean, std);
    if (std == 0.0) {
        const double df = activation_->at(mean, params_).df;
        return df * df;
    }
    std::vector<std::size_t> smooth;
    for (std::size_t i = 0; i < pieces_.size(); ++i)
        if (!pieces_[i].flat) smooth.push_back(i);
    return integrate<1>(*this, mean, std, smooth,
                        [](double, double df, double) { return std::array<double, 1>{df * df}; })[0];
}

GaussianExpectation::MomentSlopes GaussianExpectation::slopes(double mean, double std) const {
    checkInput(mean, std);
    if (std == 0.0) throw std::invalid_argument("moment slopes need std > 0");
    std::vector<std::size_t> all(pieces_.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    const auto r = integrate<4>(*this, mean, std, all, [](double f, double, double t) {
        const double u = t * t - 1.0;
        return std::array<double, 4>{f * t, f * u, f * f * t, f * f * u};
    });
    const double var = std * std;
    return {r[0] / std, r[1] / (2.0 * var), r[2] / std, r[3] / (2.0 * var)};
}

double GaussianExpectation::expectation(double mean, double std,
                                        const std::function<double(const Derivs&, double)>& w) const {
    checkInput(mean, std);
    if (std == 0.0) throw std::invalid_argument("expectation needs std > 0");
    std::vector<std::size_t> all(pieces_.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return integrate<1>(*this, mean, std, all, [&w](double f, double df, double t) {
        return std::array<double, 1>{w(Derivs{f, df, 0.0}, t)};
    })[0];
}

GaussianStats gaussianStats(const Activation& activation, std::span<const double> params, double mean,
                            double std) {
    return GaussianExpectation(activation, params).stats(mean, std);
}

} // namespace actlab::analysis
