// SPDX-License-Identifier: GPL-3.0-or-later
/// Monte Carlo against mean field. Each case runs R = 12 independent networks (seeds 1…12); per layer the
/// R estimates of q_l (and of g_l) are independent, so their mean has the standard error s/√R, with s
/// their sample standard deviation. The mean field is the infinite-width limit: at width N the exact
/// expectation differs by O(1/N) (the layer's empirical second moment fluctuates, and E[F(q̂)] ≠ F(E q̂)
/// for a curved variance map F). The bar is therefore 5 standard errors (a false alarm below 1e-6 for a
/// normal mean; R = 12 makes the Student-t tail about 4e-4) plus an allowance c/N of the value, c = 3 for
/// q and for g (with the gradient-independence assumption the backward ratio carries the same order of
/// finite-width error). Layer 1 is exact in expectation: no allowance there.
#include "actlab/analysis/mean_field.hpp"
#include "actlab/analysis/monte_carlo.hpp"
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace {

using namespace actlab;
using namespace actlab::analysis;

struct Case {
    const char* id;
    double sigmaW2, sigmaB2, qIn;
};

class MonteCarloVsMeanField : public ::testing::TestWithParam<Case> {};

TEST_P(MonteCarloVsMeanField, AgreeWithinSampleBounds) {
    const Case c = GetParam();
    const Activation* a = findActivation(c.id);
    ASSERT_NE(a, nullptr);
    const std::vector<double> p = a->defaults();
    constexpr int kLayers = 6, kWidth = 48, kBatch = 16, kReplicates = 12;
    const std::vector<DepthLayer> mf =
        propagateDepth(GaussianExpectation(*a, p), {kLayers, c.sigmaW2, c.sigmaB2, c.qIn});
    std::vector<std::vector<double>> q(kLayers), g(kLayers);
    for (int r = 0; r < kReplicates; ++r) {
        MonteCarloConfig mc;
        mc.layers = kLayers;
        mc.width = kWidth;
        mc.batch = kBatch;
        mc.sigmaW2 = c.sigmaW2;
        mc.sigmaB2 = c.sigmaB2;
        mc.qIn = c.qIn;
        mc.seed = static_cast<std::uint64_t>(r + 1);
        const std::vector<MonteCarloLayer> run = runMonteCarlo(*a, p, mc);
        ASSERT_EQ(run.size(), static_cast<std::size_t>(kLayers));
        for (int l = 0; l < kLayers; ++l) {
            q[static_cast<std::size_t>(l)].push_back(run[static_cast<std::size_t>(l)].q);
            g[static_cast<std::size_t>(l)].push_back(run[static_cast<std::size_t>(l)].g);
        }
    }
    const auto judge = [&](const std::vector<double>& v, double theory, int layer, const char* what) {
        double m = 0, s2 = 0;
        for (double x : v)
            m += x;
        m /= kReplicates;
        for (double x : v)
            s2 += (x - m) * (x - m);
        const double se = std::sqrt(s2 / (kReplicates - 1) / kReplicates);
        const double allowance = layer == 1 ? 0.0 : 3.0 / kWidth * std::fabs(theory);
        const double bar = 5 * se + allowance;
        EXPECT_LE(std::fabs(m - theory), bar)
            << c.id << " " << what << " at layer " << layer << ": Monte Carlo " << m << " ± " << se
            << ", mean field " << theory;
        return (m - theory) / se;
    };
    double worstQ = 0, worstG = 0;
    for (int l = 0; l < kLayers; ++l) {
        const auto k = static_cast<std::size_t>(l);
        worstQ = std::max(worstQ, std::fabs(judge(q[k], mf[k].q, l + 1, "q")));
        if (l + 1 < kLayers) worstG = std::max(worstG, std::fabs(judge(g[k], mf[k].g, l + 1, "g")));
    }
    std::printf("[ %s sw2=%g sb2=%g ] largest |MC − MF| in standard errors: q %.2f, g %.2f\n", c.id,
                c.sigmaW2, c.sigmaB2, worstQ, worstG);
}

INSTANTIATE_TEST_SUITE_P(Functions, MonteCarloVsMeanField,
                         ::testing::Values(Case{"relu", 2.0, 0.0, 1.0}, Case{"relu", 1.0, 0.1, 2.0},
                                           Case{"tanh", 1.0, 0.0, 1.0}, Case{"tanh", 2.5, 0.05, 1.0},
                                           Case{"sigmoid", 4.0, 0.0, 1.0}, Case{"selu", 1.0, 0.0, 1.0},
                                           Case{"gelu", 2.0, 0.0, 0.5}, Case{"leaky_relu", 2.0, 0.1, 1.0}),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             return std::string(param.param.id) + "_" + std::to_string(param.index);
                         });

/// Dead and saturated fractions at layer 1, where z is exactly N(0, q₁) given the input (biases 0): for
/// ReLU P(f′ = 0) = 1/2 and for hardtanh P(|z| ≥ 1); the count over N·B units is binomial-like with
/// correlated units, so the bar is 5 standard errors over 12 replicates as above.
TEST(MonteCarlo, DeadFractionAtTheFirstLayer) {
    for (const char* id : {"relu", "hardtanh"}) {
        const Activation* a = findActivation(id);
        const std::vector<double> p = a->defaults();
        const double theory = gaussianStats(*a, p, 0.0, std::sqrt(1.5)).pDead;
        std::vector<double> v;
        for (int r = 0; r < 12; ++r) {
            MonteCarloConfig mc;
            mc.layers = 2;
            mc.width = 64;
            mc.batch = 32;
            mc.sigmaW2 = 1.5;
            mc.seed = static_cast<std::uint64_t>(100 + r);
            const auto run = runMonteCarlo(*a, p, mc);
            v.push_back(run[0].deadFraction);
            EXPECT_GE(run[0].saturatedFraction, run[0].deadFraction); // dead units are saturated too
        }
        double m = 0, s2 = 0;
        for (double x : v)
            m += x / 12;
        for (double x : v)
            s2 += (x - m) * (x - m);
        const double se = std::sqrt(s2 / 11 / 12);
        EXPECT_LE(std::fabs(m - theory), 5 * se) << id << ": " << m << " vs " << theory;
    }
}

TEST(MonteCarlo, HistogramsCountEveryValue) {
    const Activation* a = findActivation("tanh");
    MonteCarloConfig mc;
    mc.layers = 3;
    mc.width = 20;
    mc.batch = 10;
    mc.histogramBins = 17;
    const auto run = runMonteCarlo(*a, {}, mc);
    for (const MonteCarloLayer& l : run) {
        std::uint64_t total = l.preActivation.below + l.preActivation.above,
                      totalH = l.activation.below + l.activation.above;
        for (std::uint64_t k : l.preActivation.counts)
            total += k;
        for (std::uint64_t k : l.activation.counts)
            totalH += k;
        EXPECT_EQ(total, 200U);
        EXPECT_EQ(totalH, 200U);
        EXPECT_EQ(l.preActivation.counts.size(), 17U);
        EXPECT_LT(l.preActivation.lo, l.preActivation.hi);
    }
}

TEST(MonteCarlo, DeterministicAndCancellable) {
    const Activation* a = findActivation("selu");
    const std::vector<double> p = a->defaults();
    MonteCarloConfig mc;
    mc.layers = 4;
    mc.width = 16;
    mc.batch = 8;
    mc.seed = 5;
    const auto one = runMonteCarlo(*a, p, mc), two = runMonteCarlo(*a, p, mc);
    for (std::size_t l = 0; l < one.size(); ++l) {
        EXPECT_EQ(one[l].q, two[l].q);
        EXPECT_EQ(one[l].gradNorm2, two[l].gradNorm2);
    }
    int calls = 0;
    EXPECT_TRUE(runMonteCarlo(*a, p, mc, [&](double f) {
                    EXPECT_GE(f, 0.0);
                    EXPECT_LE(f, 1.0);
                    return ++calls < 2;
                }).empty());
    mc.width = 0;
    EXPECT_THROW(runMonteCarlo(*a, p, mc), std::invalid_argument);
    mc.width = 16;
    mc.sigmaW2 = -1;
    EXPECT_THROW(runMonteCarlo(*a, p, mc), std::invalid_argument);
}

} // namespace
