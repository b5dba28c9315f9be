// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/monte_carlo.hpp"
#include "config_messages.hpp"

#include "actlab/catalogue.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace actlab::analysis {
namespace {

/// Sums over the samples of one layer, accumulated block by block.
struct Sums {
    double z = 0, z2 = 0, h = 0, h2 = 0, grad2 = 0;
    std::uint64_t dead = 0, saturated = 0;
};

void count(Histogram& hist, const double* v, std::size_t n) {
    const double width = (hist.hi - hist.lo) / static_cast<double>(hist.counts.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!(v[i] >= hist.lo)) { // NaN counts below
            ++hist.below;
        } else if (v[i] >= hist.hi) {
            ++hist.above;
        } else {
            auto bin = static_cast<std::size_t>((v[i] - hist.lo) / width);
            hist.counts[std::min(bin, hist.counts.size() - 1)] += 1;
        }
    }
}

/// The histogram range from the first block: centre ± 5 spreads (a degenerate spread gets ±1).
void setRange(Histogram& hist, double centre, double spread, int bins) {
    if (!(spread > 0.0) || !std::isfinite(spread))
        spread = std::isfinite(centre) ? std::max(std::fabs(centre), 1.0) * 0.2 : 1.0;
    if (!std::isfinite(centre)) centre = 0.0;
    hist.lo = centre - 5.0 * spread;
    hist.hi = centre + 5.0 * spread;
    hist.counts.assign(static_cast<std::size_t>(bins), 0);
}

} // namespace

Message checkMonteCarloConfig(const MonteCarloConfig& c) {
    using detail::notNonNegative, detail::outsideRange;
    for (Message m :
         {outsideRange({ACTLAB_TR_NOOP("Analysis", "layers")}, c.layers, 1, kMaxMonteCarloLayers),
          outsideRange({ACTLAB_TR_NOOP("Analysis", "width")}, c.width, 1, kMaxMonteCarloWidth),
          outsideRange({ACTLAB_TR_NOOP("Analysis", "batch")}, c.batch, 1, kMaxMonteCarloBatch),
          outsideRange({ACTLAB_TR_NOOP("Analysis", "histogram bins")}, c.histogramBins, 1, 10000),
          notNonNegative({ACTLAB_TR_NOOP("Analysis", "sigma-w2")}, c.sigmaW2),
          notNonNegative({ACTLAB_TR_NOOP("Analysis", "sigma-b2")}, c.sigmaB2),
          notNonNegative({ACTLAB_TR_NOOP("Analysis", "q-in")}, c.qIn),
          notNonNegative({ACTLAB_TR_NOOP("Analysis", "saturation threshold")}, c.saturationThreshold)})
        if (!m.empty()) return m;
    return {};
}

std::vector<MonteCarloLayer> runMonteCarlo(const Activation& activation, std::span<const double> params,
                                           const MonteCarloConfig& config, const Progress& progress) {
    if (Message m = checkMonteCarloConfig(config); !m.empty()) throw MessageError(std::move(m));
    const auto L = static_cast<std::size_t>(config.layers);
    const int N = config.width;
    std::vector<int> widths(L + 1, N);
    Network net(widths, {LayerActivation{&activation, std::vector<double>(params.begin(), params.end())}});
    net.initialise({config.sigmaW2, config.sigmaB2}, config.seed);
    NormalSource inputs(splitmix64(config.seed ^ 0x696E707574ULL));  // "input"
    NormalSource outGrad(splitmix64(config.seed ^ 0x6772616469ULL)); // "gradi"

    // Block size: z, h, f′ and ∂L/∂z of every layer, 8 bytes each, within about 64 MB.
    const double perSample = 4.0 * 8.0 * static_cast<double>(N) * static_cast<double>(L);
    const int block = std::clamp(static_cast<int>(64e6 / perSample), 1, config.batch);

    std::vector<MonteCarloLayer> out(L);
    std::vector<Sums> sums(L);
    ForwardCache cache;
    Gradients grads;
    Eigen::MatrixXd x, dOut, lastH, lastDf;
    const double totalWork = static_cast<double>(config.batch) * static_cast<double>(L);
    for (int start = 0; start < config.batch; start += block) {
        const int b = std::min(block, config.batch - start);
        x.resize(N, b);
        inputs.fill(x.data(), static_cast<std::size_t>(x.size()), std::sqrt(config.qIn));
        net.forward(x, cache);
        dOut.resize(N, b);
        outGrad.fill(dOut.data(), static_cast<std::size_t>(dOut.size()), 1.0);
        net.backward(cache, dOut, grads, false);
        // The last layer is linear in the network; its f and f′ are measured all the same.
        lastH.resize(N, b);
        lastDf.resize(N, b);
        activation.evaluateSpan(params.data(), cache.z[L - 1].data(), static_cast<std::size_t>(lastH.size()),
                                lastH.data(), lastDf.data(), nullptr);
        for (std::size_t l = 0; l < L; ++l) {
            const Eigen::MatrixXd& z = cache.z[l];
            const Eigen::MatrixXd& h = l + 1 < L ? cache.h[l] : lastH;
            const Eigen::MatrixXd& df = l + 1 < L ? cache.df[l] : lastDf;
            Sums& s = sums[l];
            s.z += z.sum();
            s.z2 += z.squaredNorm();
            s.h += h.sum();
            s.h2 += h.squaredNorm();
            s.grad2 += grads.dz[l].squaredNorm();
            const double* d = df.data();
            for (Eigen::Index i = 0; i < df.size(); ++i) {
                s.dead += d[i] == 0.0 ? 1U : 0U;
                s.saturated += std::fabs(d[i]) < config.saturationThreshold ? 1U : 0U;
            }
            MonteCarloLayer& r = out[l];
            if (start == 0) {
                const double n = static_cast<double>(z.size());
                const double mh = h.sum() / n;
                setRange(r.preActivation, 0.0, std::sqrt(z.squaredNorm() / n), config.histogramBins);
                setRange(r.activation, mh, std::sqrt(std::max(0.0, h.squaredNorm() / n - mh * mh)),
                         config.histogramBins);
            }
            count(r.preActivation, z.data(), static_cast<std::size_t>(z.size()));
            count(r.activation, h.data(), static_cast<std::size_t>(h.size()));
            if (progress && !progress((static_cast<double>(start) * static_cast<double>(L) +
                                       static_cast<double>(b) * static_cast<double>(l + 1)) /
                                      totalWork))
                return {};
        }
    }
    const double n = static_cast<double>(N) * static_cast<double>(config.batch);
    for (std::size_t l = 0; l < L; ++l) {
        const Sums& s = sums[l];
        MonteCarloLayer& r = out[l];
        r.layer = static_cast<int>(l) + 1;
        r.meanZ = s.z / n;
        r.q = s.z2 / n;
        r.varZ = std::max(0.0, r.q - r.meanZ * r.meanZ);
        r.meanH = s.h / n;
        r.varH = std::max(0.0, s.h2 / n - r.meanH * r.meanH);
        r.deadFraction = static_cast<double>(s.dead) / n;
        r.saturatedFraction = static_cast<double>(s.saturated) / n;
        r.gradNorm2 = s.grad2 / static_cast<double>(config.batch);
    }
    const double last = out[L - 1].gradNorm2;
    for (MonteCarloLayer& r : out)
        r.g = r.gradNorm2 / last;
    return out;
}

} // namespace actlab::analysis
