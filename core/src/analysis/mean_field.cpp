// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/mean_field.hpp"
#include "config_messages.hpp"

#include "actlab/catalogue.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace actlab::analysis {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMaxQ = kMaxGaussianInput * kMaxGaussianInput;

/// F(q) = σ_w² E_{N(0,q)}[f²] + σ_b².
double varianceMap(const GaussianExpectation& ge, double q, double sw2, double sb2) {
    return sw2 * ge.meanF2(0.0, std::sqrt(q)) + sb2;
}

/// F′(q) = σ_w² ∂E[f²]/∂(σ²); at q = 0 the limit σ_w² (f′(0)² + f(0) f″(0)) of the smooth case.
double varianceMapSlope(const GaussianExpectation& ge, double q, double sw2) {
    if (q == 0.0) {
        const Derivs d = ge.activation().at(0.0, ge.params());
        return sw2 * (d.df * d.df + d.f * d.d2f);
    }
    return sw2 * ge.slopes(0.0, std::sqrt(q)).dMeanF2_dVar;
}

/// The correlation map at q* and its slope: (σ_w² E[f(u₁)f(u₂)] + σ_b²)/q* and σ_w² E[f′(u₁)f′(u₂)], with
/// u₁ = √q z₁, u₂ = √q (c z₁ + √(1 − c²) z₂): the inner expectation over z₂ is a Gaussian statistic of f
/// with mean √q c z₁ and standard deviation √q √(1 − c²).
struct CorrelationMap {
    double value, slope;
};
CorrelationMap correlationMap(const GaussianExpectation& ge, double q, double c, double sw2, double sb2,
                              bool withSlope) {
    const double s = std::sqrt(q), r = std::sqrt(std::max(0.0, (1.0 - c) * (1.0 + c)));
    const double ff = ge.expectation(0.0, s, [&](const Derivs& d, double t) {
        return d.f == 0.0 ? 0.0 : d.f * ge.means(s * c * t, s * r).f;
    });
    double slope = kNaN;
    if (withSlope)
        slope = sw2 * ge.expectation(0.0, s, [&](const Derivs& d, double t) {
            return d.df == 0.0 ? 0.0 : d.df * ge.means(s * c * t, s * r).df;
        });
    return {(sw2 * ff + sb2) / q, slope};
}

double depthScale(double rate) {
    if (!(rate > 0.0)) return rate == 0.0 ? 0.0 : kNaN;
    if (rate >= 1.0) return kInf;
    return -1.0 / std::log(rate);
}

} // namespace

Message checkDepthConfig(const DepthConfig& c) {
    for (Message m :
         {detail::outsideRange({ACTLAB_TR_NOOP("Analysis", "layers")}, c.layers, 1, kMaxDepthLayers),
          detail::notNonNegative({ACTLAB_TR_NOOP("Analysis", "sigma-w2")}, c.sigmaW2),
          detail::notNonNegative({ACTLAB_TR_NOOP("Analysis", "sigma-b2")}, c.sigmaB2),
          detail::notNonNegative({ACTLAB_TR_NOOP("Analysis", "q-in")}, c.qIn)})
        if (!m.empty()) return m;
    return {};
}

std::vector<DepthLayer> propagateDepth(const GaussianExpectation& ge, const DepthConfig& config) {
    if (Message m = checkDepthConfig(config); !m.empty()) throw MessageError(std::move(m));
    const auto n = static_cast<std::size_t>(config.layers);
    std::vector<DepthLayer> out(n);
    double q = config.sigmaW2 * config.qIn + config.sigmaB2;
    for (std::size_t i = 0; i < n; ++i) {
        out[i].layer = static_cast<int>(i) + 1;
        if (!(q <= kMaxQ)) {
            out[i].q = kInf;
            out[i].chi = kNaN;
            q = kInf;
            continue;
        }
        out[i].q = q;
        const GaussianExpectation::SecondMoments m = ge.secondMoments(0.0, std::sqrt(q));
        out[i].chi = config.sigmaW2 * m.df2;
        q = config.sigmaW2 * m.f2 + config.sigmaB2;
    }
    // g_L = 1 (the empty product); g_l = χ_l g_{l+1}.
    double g = 1.0;
    out[n - 1].g = g;
    for (std::size_t i = n - 1; i-- > 0;) {
        g *= out[i].chi;
        out[i].g = g;
    }
    return out;
}

VarianceFixedPoint varianceFixedPoint(const GaussianExpectation& ge, double sigmaW2, double sigmaB2) {
    if (!(std::isfinite(sigmaW2) && sigmaW2 >= 0.0 && std::isfinite(sigmaB2) && sigmaB2 >= 0.0))
        throw std::invalid_argument("sigma-w2 and sigma-b2 must be finite numbers >= 0");
    VarianceFixedPoint fp{false, kNaN, kNaN, kNaN, Phase::Ordered, kNaN, kNaN, kNaN};
    const auto settled = [](double a, double b) {
        return std::fabs(a - b) <= 1e-14 * std::max(std::fabs(a), 1e-300) || a == b;
    };
    double q = 1.0;
    bool converged = false;
    // Plain iteration first: it converges wherever the fixed point attracts (slope < 1) ...
    for (int it = 0; it < 300 && !converged; ++it) {
        const double next = varianceMap(ge, q, sigmaW2, sigmaB2);
        if (!(next <= kMaxQ)) return fp; // diverges
        converged = settled(next, q);
        q = next;
    }
    // ... then Newton on F(q) − q, safeguarded to stay at q ≥ 0, which also finishes slow convergence
    // near criticality.
    for (int it = 0; it < 50 && !converged; ++it) {
        const double g = varianceMap(ge, q, sigmaW2, sigmaB2) - q;
        const double d = varianceMapSlope(ge, q, sigmaW2) - 1.0;
        if (d == 0.0 || !std::isfinite(d)) break;
        double next = q - g / d;
        if (next < 0.0) next = 0.5 * q;
        converged = settled(next, q) || g == 0.0;
        q = next;
        if (!(q <= kMaxQ)) return fp;
    }
    if (!converged) return fp;
    fp.found = true;
    fp.q = q;
    fp.chi = sigmaW2 * ge.meanDf2(0.0, std::sqrt(q));
    fp.slope = varianceMapSlope(ge, q, sigmaW2);
    fp.phase = fp.chi < 1.0 ? Phase::Ordered : fp.chi > 1.0 ? Phase::Chaotic : Phase::Critical;
    fp.xiQ = depthScale(fp.slope);
    fp.cStar = 1.0;
    fp.xiC = depthScale(fp.chi);
    if (fp.phase == Phase::Chaotic) {
        // Newton on C(c) − c from c = 0, kept inside (−1, 1); c = 1 is the repelling fixed point.
        fp.xiC = kNaN;
        fp.cStar = kNaN;
        double c = 0.0;
        for (int it = 0; it < 40; ++it) {
            const CorrelationMap m = correlationMap(ge, q, c, sigmaW2, sigmaB2, true);
            const double d = m.slope - 1.0;
            if (!std::isfinite(m.value) || !(d != 0.0)) break;
            double next = c - (m.value - c) / d;
            next = std::clamp(next, -1.0 + 1e-9, 1.0 - 1e-9);
            if (std::fabs(next - c) <= 1e-13) {
                fp.cStar = next;
                fp.xiC = depthScale(correlationMap(ge, q, next, sigmaW2, sigmaB2, true).slope);
                break;
            }
            c = next;
        }
    }
    return fp;
}

MeanVar meanVarianceMap(const GaussianExpectation& ge, MeanVar in, double omega, double tau) {
    if (!(in.var >= 0.0) || !(tau >= 0.0)) throw std::invalid_argument("variance and tau must be >= 0");
    const GaussianStats s = ge.stats(in.mean * omega, std::sqrt(in.var * tau));
    return {s.meanF, s.varF};
}

std::array<std::array<double, 2>, 2> meanVarianceJacobian(const GaussianExpectation& ge, MeanVar at,
                                                          double omega, double tau) {
    if (!(at.var > 0.0) || !(tau > 0.0))
        throw std::invalid_argument("the Jacobian needs var > 0 and tau > 0");
    const double m = at.mean * omega, s = std::sqrt(at.var * tau);
    const GaussianExpectation::MomentSlopes d = ge.slopes(m, s);
    const double mu = ge.stats(m, s).meanF;
    // E[f] and E[f²] depend on (μ, ν) through m = μω and v = ντ; ν̃ = E[f²] − μ̃².
    const double a = omega * d.dMeanF_dMean, b = tau * d.dMeanF_dVar;
    const double c = omega * d.dMeanF2_dMean - 2.0 * mu * a;
    const double e = tau * d.dMeanF2_dVar - 2.0 * mu * b;
    return {{{a, b}, {c, e}}};
}

MeanVarFixedPoint meanVarianceFixedPoint(const GaussianExpectation& ge, double omega, double tau,
                                         MeanVar start) {
    MeanVarFixedPoint r{false, start, {}, {}};
    MeanVar p = start;
    // Plain iteration brings an attracting fixed point near (Newton's basin can be small), then Newton.
    for (int it = 0; it < 200; ++it) {
        if (!(p.var > 0.0) || !std::isfinite(p.mean) || !(p.var <= kMaxQ)) break;
        const MeanVar next = meanVarianceMap(ge, p, omega, tau);
        const bool near = std::fabs(next.mean - p.mean) + std::fabs(next.var - p.var) < 1e-6 * (1.0 + p.var);
        if (!(next.var > 0.0)) break;
        p = next;
        if (near) break;
    }
    if (!(p.var > 0.0) || !std::isfinite(p.mean) || !(p.var <= kMaxQ)) p = start;
    for (int it = 0; it < 60; ++it) {
        if (!(p.var > 0.0) || !std::isfinite(p.mean) || !(p.var <= kMaxQ)) return r;
        const MeanVar g = meanVarianceMap(ge, p, omega, tau);
        const auto j = meanVarianceJacobian(ge, p, omega, tau);
        // Newton on G(p) = map(p) − p: (J − I) δ = −(map(p) − p).
        const double r0 = g.mean - p.mean, r1 = g.var - p.var;
        const double a = j[0][0] - 1.0, b = j[0][1], c = j[1][0], d = j[1][1] - 1.0;
        const double det = a * d - b * c;
        if (det == 0.0 || !std::isfinite(det)) return r;
        const double dm = -(d * r0 - b * r1) / det, dv = -(-c * r0 + a * r1) / det;
        const MeanVar next{p.mean + dm, p.var + dv};
        const bool done = std::fabs(dm) <= 1e-14 * std::max(1.0, std::fabs(p.mean)) &&
                          std::fabs(dv) <= 1e-14 * std::max(1.0, std::fabs(p.var));
        p = next;
        if (done) {
            r.found = p.var > 0.0;
            break;
        }
    }
    if (!r.found) return r;
    r.point = p;
    r.jacobian = meanVarianceJacobian(ge, p, omega, tau);
    const auto& j = r.jacobian;
    const double tr = j[0][0] + j[1][1], det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
    const std::complex<double> root = std::sqrt(std::complex<double>(tr * tr / 4.0 - det, 0.0));
    std::complex<double> l1 = tr / 2.0 + root, l2 = tr / 2.0 - root;
    if (std::abs(l2) > std::abs(l1)) std::swap(l1, l2);
    r.eigenvalues = {l1, l2};
    return r;
}

} // namespace actlab::analysis
