// SPDX-License-Identifier: GPL-3.0-or-later
/// Mean-field propagation against the ReLU closed forms and mpmath (data/mean_field.csv), the variance
/// fixed point against its closed form for ReLU, and Klambauer's SELU map: (0, 1) is its fixed point
/// with the published λ, α, and the map and its Jacobian against mpmath (data/selu_map.csv).
#include "reference_data.hpp"

#include "actlab/analysis/mean_field.hpp"
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace {

using namespace actlab;
using namespace actlab::analysis;

const Activation& act(const char* id) {
    const Activation* a = findActivation(id);
    if (a == nullptr) throw std::runtime_error(id);
    return *a;
}

double rel(double got, double want) {
    return std::fabs(got - want) / std::fabs(want);
}

/// ReLU: E_{N(0,q)}[f²] = q/2 and E[f′²] = 1/2, so q_{l+1} = σ_w² q_l/2 + σ_b² and χ = σ_w²/2.
TEST(MeanField, ReluClosedForm) {
    const GaussianExpectation ge(act("relu"), {});
    for (const auto& [sw2, sb2, qin] :
         {std::tuple{2.0, 0.0, 1.0}, std::tuple{1.0, 0.1, 3.0}, std::tuple{2.5, 0.5, 0.2}}) {
        const DepthConfig c{25, sw2, sb2, qin};
        const std::vector<DepthLayer> layers = propagateDepth(ge, c);
        ASSERT_EQ(layers.size(), 25U);
        double q = sw2 * qin + sb2;
        for (const DepthLayer& l : layers) {
            EXPECT_LE(rel(l.q, q), 1e-12) << "layer " << l.layer;
            EXPECT_LE(rel(l.chi, sw2 / 2), 1e-12) << "layer " << l.layer;
            EXPECT_LE(rel(l.g, std::pow(sw2 / 2, 25 - l.layer)), 1e-11) << "layer " << l.layer;
            q = sw2 * q / 2 + sb2;
        }
        EXPECT_EQ(layers.back().g, 1.0);
    }
}

/// q* = σ_b²/(1 − σ_w²/2) for ReLU with σ_w² < 2; the map's slope is σ_w²/2 = χ*, so ξ_q = ξ_c =
/// −1/ln(σ_w²/2).
TEST(MeanField, ReluFixedPoint) {
    const GaussianExpectation ge(act("relu"), {});
    for (const auto& [sw2, sb2] : {std::pair{1.0, 0.1}, std::pair{1.5, 0.3}, std::pair{1.9, 0.05}}) {
        const VarianceFixedPoint fp = varianceFixedPoint(ge, sw2, sb2);
        ASSERT_TRUE(fp.found);
        EXPECT_LE(rel(fp.q, sb2 / (1 - sw2 / 2)), 1e-12);
        EXPECT_LE(rel(fp.chi, sw2 / 2), 1e-12);
        EXPECT_LE(rel(fp.slope, sw2 / 2), 1e-10);
        EXPECT_EQ(fp.phase, Phase::Ordered);
        EXPECT_LE(rel(fp.xiC, -1 / std::log(sw2 / 2)), 1e-12);
        EXPECT_LE(rel(fp.xiQ, -1 / std::log(sw2 / 2)), 1e-9);
    }
    // σ_w² > 2 and σ_b² > 0: q grows without bound.
    EXPECT_FALSE(varianceFixedPoint(ge, 3.0, 0.1).found);
}

/// tanh: the fixed point satisfies its own equation; σ_w² = 1.2 is on the ordered side of the edge of
/// chaos and 3.0 on the chaotic side (Poole et al. 2016, Fig. 1, σ_b² = 0.05).
TEST(MeanField, TanhPhases) {
    const GaussianExpectation ge(act("tanh"), {});
    const VarianceFixedPoint ordered = varianceFixedPoint(ge, 1.2, 0.05);
    ASSERT_TRUE(ordered.found);
    EXPECT_LE(rel(1.2 * ge.meanF2(0.0, std::sqrt(ordered.q)) + 0.05, ordered.q), 1e-13);
    EXPECT_EQ(ordered.phase, Phase::Ordered);
    EXPECT_LT(ordered.chi, 1.0);
    EXPECT_GT(ordered.xiC, 0.0);
    EXPECT_EQ(ordered.cStar, 1.0);
    const VarianceFixedPoint chaotic = varianceFixedPoint(ge, 3.0, 0.05);
    ASSERT_TRUE(chaotic.found);
    EXPECT_EQ(chaotic.phase, Phase::Chaotic);
    EXPECT_GT(chaotic.chi, 1.0);
    EXPECT_GT(chaotic.cStar, 0.0);
    EXPECT_LT(chaotic.cStar, 1.0);
    EXPECT_GT(chaotic.xiC, 0.0);
}

/// Chaotic phase of an odd function without bias: the correlation map sends 0 to σ_w² E[f(u)]²/q* = 0, so
/// c* = 0, and there u₁, u₂ are independent: χ_c = σ_w² E[f′(u)]², ξ_c = −1/ln χ_c (a one-dimensional
/// statistic, checked against mpmath elsewhere).
TEST(MeanField, ChaoticCorrelationDepthOfAnOddFunction) {
    const GaussianExpectation ge(act("tanh"), {});
    const VarianceFixedPoint fp = varianceFixedPoint(ge, 2.5, 0.0);
    ASSERT_TRUE(fp.found);
    ASSERT_EQ(fp.phase, Phase::Chaotic);
    EXPECT_LE(std::fabs(fp.cStar), 1e-12);
    const double edf = ge.stats(0.0, std::sqrt(fp.q)).meanDf;
    EXPECT_LE(rel(fp.xiC, -1 / std::log(2.5 * edf * edf)), 1e-10);
}

TEST(MeanField, MpmathRecursion) {
    const std::vector<test::CsvRow> rows = test::readReference("mean_field.csv");
    ASSERT_GT(rows.size(), 50U);
    std::size_t i = 0;
    while (i < rows.size()) {
        const test::CsvRow& first = rows[i];
        const Activation& a = act(first.at("id").c_str());
        const std::vector<double> p = first.numbers("params");
        std::size_t n = 0;
        while (i + n < rows.size() && rows[i + n].at("id") == first.at("id") &&
               rows[i + n].at("params") == first.at("params") &&
               rows[i + n].at("sigma_w2") == first.at("sigma_w2") &&
               rows[i + n].at("sigma_b2") == first.at("sigma_b2") &&
               rows[i + n].at("q_in") == first.at("q_in") &&
               std::stoi(rows[i + n].at("layer")) == static_cast<int>(n) + 1)
            ++n;
        const DepthConfig c{static_cast<int>(n), first.number("sigma_w2"), first.number("sigma_b2"),
                            first.number("q_in")};
        const std::vector<DepthLayer> layers = propagateDepth(GaussianExpectation(a, p), c);
        for (std::size_t k = 0; k < n; ++k) {
            const test::CsvRow& row = rows[i + k];
            EXPECT_LE(rel(layers[k].q, row.number("q")), 1e-12) << a.id << " layer " << k + 1;
            EXPECT_LE(rel(layers[k].chi, row.number("chi")), 1e-12) << a.id << " layer " << k + 1;
        }
        i += n;
    }
}

/// Klambauer et al. (2017): with λ ≈ 1.0507, α ≈ 1.6733 and normalised weights (ω = 0, τ = 1), SELU maps
/// (μ, ν) = (0, 1) to itself.
TEST(SeluMap, FixedPointIsZeroOneForThePublishedConstants) {
    const GaussianExpectation ge(act("selu"), act("selu").defaults());
    const MeanVar m = meanVarianceMap(ge, {0.0, 1.0});
    EXPECT_LE(std::fabs(m.mean), 1e-12);
    EXPECT_LE(std::fabs(m.var - 1.0), 1e-12);
    const MeanVarFixedPoint fp = meanVarianceFixedPoint(ge, 0.0, 1.0, {0.4, 1.7});
    ASSERT_TRUE(fp.found);
    EXPECT_LE(std::fabs(fp.point.mean), 1e-12);
    EXPECT_LE(std::fabs(fp.point.var - 1.0), 1e-12);
    // ω = 0: the output does not depend on μ, so one eigenvalue is 0 and the other is ∂ν̃/∂ν < 1 (attracting).
    EXPECT_EQ(fp.jacobian[0][0], 0.0);
    EXPECT_EQ(fp.jacobian[1][0], 0.0);
    EXPECT_LT(std::abs(fp.eigenvalues[0]), 1.0);
    EXPECT_LE(std::abs(fp.eigenvalues[1]), 1e-15);
    // The paper prints J(μ = 0, ω = 0, ν = 1, τ = 1) to six decimals (cut, not rounded: 0.0888348 appears
    // as 0.088834): [[0, 0.088834], [0, 0.782648]].
    EXPECT_NEAR(fp.jacobian[0][1], 0.088834, 1e-6);
    EXPECT_NEAR(fp.jacobian[1][1], 0.782648, 1e-6);
    EXPECT_NEAR(fp.eigenvalues[0].real(), 0.782648, 1e-6);
    // Other λ, α move the fixed point away from (0, 1).
    const GaussianExpectation other(act("selu"), std::vector<double>{1.2, 1.6732632423543772});
    const MeanVarFixedPoint moved = meanVarianceFixedPoint(other);
    ASSERT_TRUE(moved.found);
    EXPECT_GT(std::fabs(moved.point.var - 1.0), 0.1);
}

TEST(SeluMap, MapAndJacobianAgainstMpmath) {
    for (const test::CsvRow& row : test::readReference("selu_map.csv")) {
        const Activation& a = act(row.at("id").c_str());
        const GaussianExpectation ge(a, row.numbers("params"));
        const double omega = row.number("omega"), tau = row.number("tau");
        const MeanVar in{row.number("mean"), row.number("var")};
        const MeanVar out = meanVarianceMap(ge, in, omega, tau);
        const double scale = std::max(1.0, std::fabs(row.number("map_var")));
        EXPECT_LE(std::fabs(out.mean - row.number("map_mean")), 1e-12 * scale) << a.id;
        EXPECT_LE(rel(out.var, row.number("map_var")), 1e-12) << a.id;
        const auto j = meanVarianceJacobian(ge, in, omega, tau);
        const double want[4] = {row.number("J00"), row.number("J01"), row.number("J10"), row.number("J11")};
        // The reference is a central difference at 32 digits (error about 1e-20): an absolute bar.
        for (int k = 0; k < 4; ++k)
            EXPECT_LE(
                std::fabs(j[static_cast<std::size_t>(k / 2)][static_cast<std::size_t>(k % 2)] - want[k]),
                1e-11)
                << a.id << " J" << k / 2 << k % 2;
    }
}

TEST(MeanField, RefusesBadConfig) {
    const GaussianExpectation ge(act("tanh"), {});
    EXPECT_THROW(propagateDepth(ge, {0, 1.0, 0.0, 1.0}), std::invalid_argument);
    EXPECT_THROW(propagateDepth(ge, {5, -1.0, 0.0, 1.0}), std::invalid_argument);
    EXPECT_THROW(propagateDepth(ge, {5, 1.0, std::nan(""), 1.0}), std::invalid_argument);
    EXPECT_THROW(propagateDepth(ge, {5, 1.0, 0.0, -2.0}), std::invalid_argument);
    EXPECT_FALSE(checkDepthConfig({5, 1.0, 0.0, 1.0}).english().size());
}

} // namespace
