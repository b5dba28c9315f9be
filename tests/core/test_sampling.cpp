// SPDX-License-Identifier: GPL-3.0-or-later
/// Sampling for plots: the grid contains every kink exactly, sorted and without duplicates; at a jump of
/// f, f' or f'' the series holds left limit, NaN, right limit at the kink's x, and a JumpMarker whose
/// closed end is the convention's value (relu' at 0, hardshrink at ±λ, threshold at θ, softsign'' at 0).
#include "actlab/catalogue.hpp"
#include "actlab/sampling.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace {

using namespace actlab;

const Activation& get(const char* id) {
    const Activation* a = findActivation(id);
    EXPECT_NE(a, nullptr) << id;
    return *a;
}

TEST(SampleGrid, UniformPointsPlusKinksSortedUnique) {
    const std::vector<Kink> kinks = {
        {-0.3, 1}, {0.0, 1}, {1.0 / 3.0, 0}, {7.0, 1} /* outside */, {-5.0, 1} /* edge */};
    const std::vector<double> x = sampleGrid(-5.0, 5.0, 11, kinks);
    EXPECT_EQ(x.front(), -5.0);
    EXPECT_EQ(x.back(), 5.0);
    EXPECT_TRUE(std::is_sorted(x.begin(), x.end()));
    EXPECT_EQ(std::adjacent_find(x.begin(), x.end()), x.end()) << "duplicates";
    for (double k : {-0.3, 0.0, 1.0 / 3.0})
        EXPECT_NE(std::find(x.begin(), x.end(), k), x.end()) << k << " missing";
    EXPECT_EQ(std::find(x.begin(), x.end(), 7.0), x.end());
    // 11 uniform points −5, −4, …, 5 (0 among them) plus −0.3 and 1/3
    EXPECT_EQ(x.size(), 13u);
    for (int i = -5; i <= 5; ++i) // uniform points up to rounding (std::lerp)
        EXPECT_TRUE(std::any_of(x.begin(), x.end(), [&](double v) { return std::fabs(v - i) <= 1e-14; }))
            << i;
}

TEST(SampleGrid, RefusesBadRanges) {
    EXPECT_THROW(sampleGrid(1.0, 1.0, 10, {}), std::invalid_argument);
    EXPECT_THROW(sampleGrid(2.0, 1.0, 10, {}), std::invalid_argument);
    EXPECT_THROW(sampleGrid(0.0, std::numeric_limits<double>::infinity(), 10, {}), std::invalid_argument);
    EXPECT_THROW(sampleGrid(std::numeric_limits<double>::quiet_NaN(), 1.0, 10, {}), std::invalid_argument);
}

TEST(SampleGrid, KinkNotOnTheUniformGridIsExact) {
    // hardtanh bounds at ±0.7 with a grid of step 0.3 from −1.5
    const Activation& a = get("hardtanh");
    const std::vector<double> p = {-0.7, 0.7};
    const std::vector<double> x = sampleGrid(-1.5, 1.5, 11, a.kinks(p));
    EXPECT_NE(std::find(x.begin(), x.end(), -0.7), x.end());
    EXPECT_NE(std::find(x.begin(), x.end(), 0.7), x.end());
    EXPECT_TRUE(std::is_sorted(x.begin(), x.end()));
}

/// Indices of the NaN gaps of a series.
std::vector<std::size_t> gaps(const Series& s) {
    std::vector<std::size_t> g;
    for (std::size_t i = 0; i < s.y.size(); ++i)
        if (std::isnan(s.y[i])) g.push_back(i);
    return g;
}

void expectJumpAt(const Series& s, double x, double left, double right, const std::string& what) {
    bool found = false;
    for (std::size_t i = 1; i + 1 < s.y.size(); ++i) {
        if (!std::isnan(s.y[i]) || s.x[i] != x) continue;
        found = true;
        EXPECT_EQ(s.x[i - 1], x) << what;
        EXPECT_EQ(s.x[i + 1], x) << what;
        EXPECT_EQ(s.y[i - 1], left) << what << " left limit";
        EXPECT_EQ(s.y[i + 1], right) << what << " right limit";
    }
    EXPECT_TRUE(found) << what << ": no gap at x = " << x;
}

TEST(SampleCurve, ReluDerivativeJumpAtZero) {
    const SampledCurve c = sampleCurve(get("relu"), {}, -2.0, 2.0, 9);
    EXPECT_TRUE(gaps(c.order[0]).empty()) << "f is continuous";
    EXPECT_TRUE(c.order[0].jumps.empty());
    ASSERT_EQ(gaps(c.order[1]).size(), 1u);
    expectJumpAt(c.order[1], 0.0, 0.0, 1.0, "relu'");
    ASSERT_EQ(c.order[1].jumps.size(), 1u);
    EXPECT_EQ(c.order[1].jumps[0].x, 0.0);
    EXPECT_EQ(c.order[1].jumps[0].closed, 0.0) << "relu'(0) = 0 is the filled dot";
    EXPECT_EQ(c.order[1].jumps[0].open, 1.0);
    EXPECT_TRUE(gaps(c.order[2]).empty()) << "f'' = 0 on both sides";
    for (const Series& s : c.order)
        EXPECT_TRUE(std::is_sorted(s.x.begin(), s.x.end()));
}

TEST(SampleCurve, HardshrinkJumpsAtPlusMinusLambda) {
    const std::vector<double> p = {0.5};
    const SampledCurve c = sampleCurve(get("hardshrink"), p, -2.0, 2.0, 5);
    ASSERT_EQ(gaps(c.order[0]).size(), 2u);
    expectJumpAt(c.order[0], -0.5, -0.5, 0.0, "hardshrink at -λ");
    expectJumpAt(c.order[0], 0.5, 0.0, 0.5, "hardshrink at +λ");
    ASSERT_EQ(c.order[0].jumps.size(), 2u);
    for (const JumpMarker& j : c.order[0].jumps) {
        EXPECT_EQ(j.closed, 0.0) << "f(±λ) = 0 is the filled dot";
        EXPECT_EQ(j.open, j.x) << "the open end is ±λ";
    }
    // f' jumps between 1 and 0 with f'(±λ) = 0
    ASSERT_EQ(c.order[1].jumps.size(), 2u);
    for (const JumpMarker& j : c.order[1].jumps) {
        EXPECT_EQ(j.closed, 0.0);
        EXPECT_EQ(j.open, 1.0);
    }
}

TEST(SampleCurve, ThresholdJumpAtTheta) {
    const std::vector<double> p = {1.0, -2.0};
    const SampledCurve c = sampleCurve(get("threshold"), p, -3.0, 3.0, 7);
    ASSERT_EQ(gaps(c.order[0]).size(), 1u);
    expectJumpAt(c.order[0], 1.0, -2.0, 1.0, "threshold f");
    ASSERT_EQ(c.order[0].jumps.size(), 1u);
    EXPECT_EQ(c.order[0].jumps[0].closed, -2.0) << "f(θ) = value";
    EXPECT_EQ(c.order[0].jumps[0].open, 1.0);
    ASSERT_EQ(c.order[1].jumps.size(), 1u);
    EXPECT_EQ(c.order[1].jumps[0].closed, 0.0) << "f'(θ) = 0";
    EXPECT_EQ(c.order[1].jumps[0].open, 1.0);
}

TEST(SampleCurve, ConventionBetweenTheSidesGivesTwoOpenEnds) {
    // softsign'' jumps from +2 to −2 at 0 and takes 0 there (sgn(0) = 0)
    const SampledCurve c = sampleCurve(get("softsign"), {}, -1.0, 1.0, 3);
    expectJumpAt(c.order[2], 0.0, 2.0, -2.0, "softsign''");
    ASSERT_EQ(c.order[2].jumps.size(), 2u);
    for (const JumpMarker& j : c.order[2].jumps)
        EXPECT_EQ(j.closed, 0.0);
    EXPECT_EQ(std::min(c.order[2].jumps[0].open, c.order[2].jumps[1].open), -2.0);
    EXPECT_EQ(std::max(c.order[2].jumps[0].open, c.order[2].jumps[1].open), 2.0);
    EXPECT_TRUE(c.order[1].jumps.empty()) << "softsign is C¹";
}

TEST(SampleCurve, Relu6ClosedEndsAreZero) {
    const SampledCurve c = sampleCurve(get("relu6"), {}, -1.0, 7.0, 9);
    ASSERT_EQ(c.order[1].jumps.size(), 2u);
    for (const JumpMarker& j : c.order[1].jumps) {
        EXPECT_TRUE(j.x == 0.0 || j.x == 6.0);
        EXPECT_EQ(j.closed, 0.0);
        EXPECT_EQ(j.open, 1.0);
    }
    expectJumpAt(c.order[1], 0.0, 0.0, 1.0, "relu6' at 0");
    expectJumpAt(c.order[1], 6.0, 1.0, 0.0, "relu6' at 6");
}

TEST(SampleCurve, SmoothCurveHasNoGaps) {
    const SampledCurve c = sampleCurve(get("sigmoid"), {}, -5.0, 5.0, 101);
    for (const Series& s : c.order) {
        EXPECT_EQ(s.x.size(), 101u);
        EXPECT_TRUE(gaps(s).empty());
        EXPECT_TRUE(s.jumps.empty());
    }
    EXPECT_EQ(c.order[0].y[50], 0.5); // σ(0)
    EXPECT_EQ(c.order[1].y[50], 0.25);
}

TEST(SampleCurve, OrdersLimitsTheFilledSeries) {
    const SampledCurve c = sampleCurve(get("relu"), {}, -1.0, 1.0, 5, 1);
    EXPECT_FALSE(c.order[0].x.empty());
    EXPECT_TRUE(c.order[1].x.empty());
    EXPECT_TRUE(c.order[2].x.empty());
}

} // namespace
