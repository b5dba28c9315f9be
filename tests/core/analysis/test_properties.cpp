// SPDX-License-Identifier: GPL-3.0-or-later
/// Computed properties against hand derivations and mpmath (the stationary points of GELU, SiLU, Mish and
/// sinc: /usr/bin/python3 with mpmath at 40 digits, findroot on f′ or tan x = x; the χ values by quad over
/// N(0, 2)), and the catalogue's hand-written Properties checked against the computed ones for every
/// function at its defaults.
#include "actlab/analysis/properties.hpp"
#include "actlab/catalogue.hpp"
#include "actlab/number_parsing.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace actlab;
using namespace actlab::analysis;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kUlps = 8 * std::numeric_limits<double>::epsilon();

const Activation& act(const char* id) {
    const Activation* a = findActivation(id);
    if (a == nullptr) throw std::runtime_error(id);
    return *a;
}

ComputedProperties at(const char* id, std::vector<double> params = {}) {
    const Activation& a = act(id);
    if (params.empty()) params = a.defaults();
    return computeProperties(a, params);
}

void expectNear(double value, double expected, double rel) {
    EXPECT_NEAR(value, expected, rel * std::fabs(expected)) << "expected " << expected;
}

TEST(Properties, ReluByHand) {
    const ComputedProperties p = at("relu");
    EXPECT_EQ(p.inf.value, 0.0);
    EXPECT_TRUE(p.inf.attained); // on the flat piece x ≤ 0
    EXPECT_EQ(p.sup.value, kInf);
    EXPECT_FALSE(p.sup.attained);
    EXPECT_TRUE(p.boundedBelow);
    EXPECT_FALSE(p.boundedAbove);
    EXPECT_TRUE(p.nonDecreasing);
    EXPECT_FALSE(p.nonIncreasing);
    EXPECT_EQ(p.smoothness, 0); // f′ jumps from 0 to 1 at 0
    EXPECT_EQ(p.maxAbsDf, 1.0);
    EXPECT_TRUE(p.kinkAtZero);
    EXPECT_EQ(p.dfAtZero, 0.0);
    EXPECT_EQ(p.dfAtZeroLeft, 0.0);
    EXPECT_EQ(p.dfAtZeroRight, 1.0);
    EXPECT_TRUE(p.saturatesLeft);
    EXPECT_FALSE(p.saturatesRight);
    // E[max(0, X)] = 1/√(2π), Var = 1/2 − 1/(2π), P(X ≤ 0) = 1/2, χ = 2·P(z > 0) = 1
    expectNear(p.standard.meanF, 0.3989422804014326779, 1e-13);
    expectNear(p.standard.varF, 0.3408450569081046642, 1e-13);
    EXPECT_EQ(p.standard.pDead, 0.5);
    EXPECT_FALSE(p.zeroCentred); // 0.399 against 0.1·0.584
    expectNear(p.chiHe, 1.0, 1e-13);
}

TEST(Properties, LeakyReluByHand) {
    const double a = 0.1;
    const ComputedProperties p = at("leaky_relu", {a});
    EXPECT_EQ(p.inf.value, -kInf);
    EXPECT_EQ(p.sup.value, kInf);
    EXPECT_TRUE(p.monotonic);
    EXPECT_EQ(p.smoothness, 0);
    EXPECT_EQ(p.dfAtZero, a);
    EXPECT_EQ(p.dfAtZeroRight, 1.0);
    EXPECT_FALSE(p.saturatesLeft);
    EXPECT_EQ(p.standard.pDead, 0.0);
    // E = (1 − a)/√(2π); χ at He = 2·(1 + a²)/2
    expectNear(p.standard.meanF, (1 - a) / std::sqrt(2 * std::numbers::pi), 1e-13);
    expectNear(p.chiHe, 1 + a * a, 1e-13);
}

TEST(Properties, SigmoidByHand) {
    const ComputedProperties p = at("sigmoid");
    EXPECT_EQ(p.inf.value, 0.0);
    EXPECT_FALSE(p.inf.attained);
    EXPECT_EQ(p.inf.at, -kInf);
    EXPECT_EQ(p.sup.value, 1.0);
    EXPECT_FALSE(p.sup.attained); // σ(40) rounds to 1, but σ′(40) ≠ 0: not a maximum
    EXPECT_EQ(p.sup.at, kInf);
    EXPECT_TRUE(p.nonDecreasing);
    EXPECT_EQ(p.smoothness, kSmooth);
    expectNear(p.maxAbsDf, 0.25, kUlps); // σ′ = σ(1 − σ) ≤ 1/4, at 0
    EXPECT_NEAR(p.maxAbsDfAt, 0.0, 1e-7);
    EXPECT_TRUE(p.saturatesLeft);
    EXPECT_TRUE(p.saturatesRight);
    expectNear(p.standard.meanF, 0.5, 1e-14); // σ(x) − 1/2 is odd
    EXPECT_FALSE(p.zeroCentred);
    expectNear(p.chiHe, 0.07405322417147454925, 1e-12);
}

TEST(Properties, TanhByHand) {
    const ComputedProperties p = at("tanh");
    EXPECT_EQ(p.inf.value, -1.0);
    EXPECT_EQ(p.sup.value, 1.0);
    EXPECT_FALSE(p.inf.attained);
    EXPECT_FALSE(p.sup.attained);
    EXPECT_EQ(p.dfAtZero, 1.0);
    EXPECT_FALSE(p.kinkAtZero);
    expectNear(p.maxAbsDf, 1.0, kUlps);
    EXPECT_NEAR(p.standard.meanF, 0.0, 1e-15); // odd
    EXPECT_TRUE(p.zeroCentred);
    expectNear(p.chiHe, 0.69901659549320562757, 1e-12);
}

TEST(Properties, GeluMinimumFromMpmath) {
    const ComputedProperties p = at("gelu");
    expectNear(p.inf.value, -0.16997120747990366169, kUlps);
    EXPECT_TRUE(p.inf.attained);
    EXPECT_NEAR(p.inf.at, -0.75179152469356445746, 1e-8); // a flat minimum: x to √ε
    EXPECT_FALSE(p.monotonic);
    EXPECT_EQ(p.smoothness, kSmooth);
    // f″ = φ(x)(2 − x²) = 0 at x = √2: max f′ = Φ(√2) + √2 φ(√2)
    expectNear(p.maxAbsDf, 1.1289041451851547863, kUlps);
    EXPECT_NEAR(p.maxAbsDfAt, std::numbers::sqrt2, 1e-8);
    EXPECT_EQ(p.dfAtZero, 0.5);
    expectNear(p.standard.meanF, 1 / (2 * std::sqrt(std::numbers::pi)), 1e-13); // E[XΦ(X)] = φ(0)/√2
    expectNear(p.chiHe, 0.97902387558339136953, 1e-12);
}

TEST(Properties, SiluAndMishMinimaFromMpmath) {
    const ComputedProperties silu = at("silu");
    expectNear(silu.inf.value, -0.278464542761074, 1e-14);
    EXPECT_NEAR(silu.inf.at, -1.2784645427610737951, 1e-8);
    expectNear(silu.maxAbsDf, 1.0998393201288669170, kUlps);
    const ComputedProperties mish = at("mish");
    expectNear(mish.inf.value, -0.30884341301725040663, kUlps);
    EXPECT_NEAR(mish.inf.at, -1.1924312145154952121, 1e-8);
    EXPECT_TRUE(mish.inf.attained);
    EXPECT_FALSE(mish.monotonic);
}

TEST(Properties, EluBoundedBelowByMinusAlpha) {
    for (double alpha : {0.5, 1.0, 3.0}) {
        const ComputedProperties p = at("elu", {alpha});
        EXPECT_EQ(p.inf.value, -alpha);
        EXPECT_FALSE(p.inf.attained); // α(eˣ − 1) > −α for every finite x
        EXPECT_EQ(p.inf.at, -kInf);
        EXPECT_TRUE(p.boundedBelow);
        EXPECT_FALSE(p.boundedAbove);
        EXPECT_TRUE(p.nonDecreasing);
        // f′ is α on the left of 0 and 1 on the right: C¹ only for α = 1 (f″ still jumps)
        EXPECT_EQ(p.smoothness, alpha == 1.0 ? 1 : 0);
        EXPECT_EQ(p.maxAbsDf, std::max(alpha, 1.0));
        EXPECT_EQ(p.dfAtZeroLeft, alpha);
        EXPECT_TRUE(p.saturatesLeft);
    }
}

TEST(Properties, SoftplusIsNotZeroCentred) {
    const ComputedProperties p = at("softplus");
    EXPECT_EQ(p.inf.value, 0.0);
    EXPECT_FALSE(p.inf.attained);
    expectNear(p.standard.meanF, 0.80605918334743978453, 1e-12);
    EXPECT_FALSE(p.zeroCentred);
    EXPECT_EQ(p.dfAtZero, 0.5);
    expectNear(p.maxAbsDf, 1.0, kUlps); // σ(βx) → 1, approached as x grows
}

TEST(Properties, SeluIsZeroCentredAtThePublishedConstants) {
    const ComputedProperties p = at("selu");
    EXPECT_NEAR(p.standard.meanF, 0.0, 1e-9); // Klambauer's fixed point (0, 1), to the constants' digits
    EXPECT_NEAR(p.standard.varF, 1.0, 1e-9);
    EXPECT_TRUE(p.zeroCentred);
    const double lambda = 1.0507009873554805, alpha = 1.6732632423543772;
    EXPECT_EQ(p.inf.value, -lambda * alpha);
    EXPECT_EQ(p.dfAtZeroLeft, lambda * alpha);
    EXPECT_EQ(p.dfAtZeroRight, lambda);
}

TEST(Properties, HardFunctionsAttainTheirEnds) {
    const ComputedProperties hs = at("hardsigmoid");
    EXPECT_EQ(hs.inf.value, 0.0);
    EXPECT_TRUE(hs.inf.attained);
    EXPECT_EQ(hs.sup.value, 1.0);
    EXPECT_TRUE(hs.sup.attained);
    EXPECT_EQ(hs.maxAbsDf, 1.0 / 6.0);
    expectNear(hs.standard.pDead, std::erfc(3 / std::numbers::sqrt2), 1e-13); // P(|X| ≥ 3)

    // x(x + 3)/6 on [−3, 3]: minimum −3/8 at −3/2; f′ = (2x + 3)/6 reaches 3/2 only as a limit at 3
    const ComputedProperties hw = at("hardswish");
    EXPECT_EQ(hw.inf.value, -0.375);
    EXPECT_TRUE(hw.inf.attained);
    EXPECT_EQ(hw.inf.at, -1.5);
    EXPECT_EQ(hw.maxAbsDf, 1.5);
    EXPECT_FALSE(hw.maxDf.attained);
    EXPECT_EQ(hw.maxDf.at, 3.0);
    EXPECT_FALSE(hw.monotonic);
}

TEST(Properties, ThresholdJumps) {
    const ComputedProperties up = at("threshold", {1.0, 0.0}); // 0 up to 1, then x: a jump up by 1
    EXPECT_EQ(up.smoothness, kDiscontinuous);
    EXPECT_TRUE(up.nonDecreasing);
    EXPECT_EQ(up.inf.value, 0.0);
    EXPECT_TRUE(up.inf.attained);
    const ComputedProperties down = at("threshold", {1.0, 2.0}); // 2 up to 1, then x: a jump down to 1
    EXPECT_FALSE(down.monotonic);
    EXPECT_EQ(down.inf.value, 1.0);
    EXPECT_FALSE(down.inf.attained); // x → 1 from the right, f(1) = 2
    EXPECT_EQ(down.inf.at, 1.0);
}

TEST(Properties, SincAndGaussianStationaryPoints) {
    const ComputedProperties s = at("sinc");
    expectNear(s.inf.value, -0.21723362821122165741, kUlps); // at tan x = x
    EXPECT_NEAR(std::fabs(s.inf.at), 4.4934094579090641753, 1e-7);
    EXPECT_EQ(s.sup.value, 1.0);
    EXPECT_TRUE(s.sup.attained);
    EXPECT_EQ(s.sup.at, 0.0);
    EXPECT_TRUE(s.saturatesLeft);

    // e^(−x²): (0, 1], |f′| = 2|x|e^(−x²) largest at |x| = 1/√2; E[e^(−X²)] = 1/√3
    const ComputedProperties g = at("gaussian");
    EXPECT_EQ(g.inf.value, 0.0);
    EXPECT_FALSE(g.inf.attained);
    EXPECT_TRUE(g.sup.attained);
    expectNear(g.maxAbsDf, std::numbers::sqrt2 * std::exp(-0.5), kUlps);
    EXPECT_NEAR(std::fabs(g.maxAbsDfAt), 1 / std::numbers::sqrt2, 1e-8);
    expectNear(g.standard.meanF, 1 / std::numbers::sqrt3, 1e-13);
}

TEST(Properties, SnakeIsMonotonicWithFlatPoints) {
    // f′ = 1 + sin(2ax) ≥ 0, touching 0 periodically, up to 2
    const ComputedProperties p = at("snake");
    EXPECT_TRUE(p.nonDecreasing);
    EXPECT_NEAR(p.minDf.value, 0.0, 1e-15);
    expectNear(p.maxAbsDf, 2.0, kUlps);
    EXPECT_FALSE(p.saturatesRight);
}

TEST(Properties, RefusesInvalidParameters) {
    const std::vector<double> bad{-1.0};
    EXPECT_THROW(computeProperties(act("elu"), bad), std::invalid_argument);
}

/// "(a, b)", "[a, ∞)", "{v}" with the catalogue's "−" and "∞"; other shapes (unions) are left out.
struct Interval {
    double lo, hi;
    bool closedLo, closedHi;
};
std::optional<Interval> parseRange(std::string text) {
    for (std::string::size_type at; (at = text.find("−")) != std::string::npos;)
        text.replace(at, std::string("−").size(), "-");
    for (std::string::size_type at; (at = text.find("∞")) != std::string::npos;)
        text.replace(at, std::string("∞").size(), "inf");
    if (text.size() < 3) return std::nullopt;
    if (text.front() == '{' && text.back() == '}') {
        const auto v = parseNumber(text.substr(1, text.size() - 2));
        if (!v) return std::nullopt;
        return Interval{*v, *v, true, true};
    }
    const auto comma = text.find(", ");
    if (comma == std::string::npos || (text.front() != '(' && text.front() != '[') ||
        (text.back() != ')' && text.back() != ']'))
        return std::nullopt;
    const auto lo = parseNumber(text.substr(1, comma - 1));
    const auto hi = parseNumber(text.substr(comma + 2, text.size() - comma - 3));
    if (!lo || !hi) return std::nullopt;
    return Interval{*lo, *hi, text.front() == '[', text.back() == ']'};
}

/// The catalogue's range text rounds to 6 significant digits.
void expectEnd(double handWritten, double computed) {
    if (std::isinf(handWritten))
        EXPECT_EQ(computed, handWritten);
    else
        EXPECT_NEAR(computed, handWritten, 5e-6 * std::max(1.0, std::fabs(handWritten)));
}

TEST(Properties, CatalogueFlagsAgreeWithComputed) {
    int ranges = 0;
    for (const Activation& a : catalogue()) {
        SCOPED_TRACE(std::string(a.id));
        const std::vector<double> params = a.defaults();
        const Properties hand = a.properties(params);
        const ComputedProperties p = computeProperties(a, params);
        EXPECT_EQ(hand.boundedBelow, p.boundedBelow);
        EXPECT_EQ(hand.boundedAbove, p.boundedAbove);
        EXPECT_EQ(hand.monotonic, p.monotonic);
        EXPECT_EQ(hand.smoothness, p.smoothness);
        // The catalogue's zero-centred means odd (E[f] = 0 exactly); the computed one is |E f| < 0.1·sd.
        if (hand.zeroCentred) {
            EXPECT_TRUE(p.zeroCentred);
            EXPECT_NEAR(p.standard.meanF, 0.0, 1e-15);
        }
        if (const auto r = parseRange(hand.range)) {
            ++ranges;
            expectEnd(r->lo, p.inf.value);
            expectEnd(r->hi, p.sup.value);
            EXPECT_EQ(r->closedLo, p.inf.attained) << hand.range;
            EXPECT_EQ(r->closedHi, p.sup.attained) << hand.range;
        }
    }
    EXPECT_GE(ranges, 30); // all but the unions (hardshrink)
}

} // namespace
