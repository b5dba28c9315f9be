// SPDX-License-Identifier: GPL-3.0-or-later
/// Kinks of formulas (where a switching argument of abs, sign, max, min, where or a catalogue call crosses
/// its switching value, with the lowest derivative that jumps there) and the accuracy check against long
/// double.
#include "formula_test_support.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/sampling.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace {

using namespace actlab;
using namespace actlab::formula;
using namespace actlab::formula::test;

std::vector<Kink> kinksOf(const std::string& text, double lo, double hi, std::vector<double> params = {}) {
    const Formula f = parseOrFail(text);
    if (params.empty()) params = f.defaults();
    return f.kinks(params, lo, hi);
}

/// |a − b| in units of the spacing of doubles at b.
double ulps(double a, double b) {
    return std::fabs(a - b) / (std::nextafter(std::fabs(b), INFINITY) - std::fabs(b));
}

TEST(FormulaKinks, OrdersOfSimpleKinks) {
    struct Case {
        const char* text;
        double x;
        int order;
    };
    for (const Case& c :
         {Case{"abs(x - 1)", 1.0, 1}, Case{"max(x, 0.2*x)", 0.0, 1}, Case{"where(x >= 1, 1, 0)", 1.0, 0},
          Case{"where(x > 2, x^2, 4*x - 4)", 2.0, 2}, Case{"where(x > 2, x^2, 4)", 2.0, 1},
          Case{"x*abs(x)", 0.0, 2}, Case{"abs(x)^3", 0.0, 3}, Case{"x/(1 + abs(x))", 0.0, 2},
          Case{"sign(x + 0.5)", -0.5, 0}, Case{"relu(x - 1)", 1.0, 1}, Case{"elu(x, 0.5)", 0.0, 1},
          Case{"hardtanh(x, -2, 3)", -2.0, 1}}) {
        const std::vector<Kink> k = kinksOf(c.text, -2.3, 2.4);
        ASSERT_FALSE(k.empty()) << c.text;
        bool found = false;
        for (const Kink& kink : k)
            if (kink.x == c.x) {
                found = true;
                EXPECT_EQ(kink.order, c.order) << c.text;
            }
        EXPECT_TRUE(found) << c.text << ": no kink at " << c.x << " (first at " << k.front().x << ")";
    }
    // hardtanh with these parameters has a second kink at 3, outside the range asked for
    EXPECT_EQ(kinksOf("hardtanh(x, -2, 3)", -5, 5).size(), 2u);
    EXPECT_EQ(kinksOf("hardtanh(x, -2, 3)", -2.3, 2.4).size(), 1u);
}

TEST(FormulaKinks, IrrationalKinksToTheLastBit) {
    const std::vector<Kink> k = kinksOf("min(x^2, 2)", -3, 3);
    ASSERT_EQ(k.size(), 2u);
    EXPECT_LE(ulps(k[0].x, -std::sqrt(2.0)), 1.0);
    EXPECT_LE(ulps(k[1].x, std::sqrt(2.0)), 1.0);
    EXPECT_EQ(k[0].order, 1);
    // sin changes sign at every multiple of π
    const std::vector<Kink> s = kinksOf("where(sin(x) > 0, 1, -1)", -10, 10);
    ASSERT_EQ(s.size(), 7u);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double want = (static_cast<double>(i) - 3) * std::numbers::pi;
        EXPECT_LE(std::fabs(s[i].x - want), 4e-15 * std::max(1.0, std::fabs(want))) << i;
        EXPECT_EQ(s[i].order, 0);
    }
    // the parameter moves the kink
    const std::vector<Kink> p = kinksOf("max(x, c)", -5, 5, {0.375});
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].x, 0.375);
}

TEST(FormulaKinks, NoSwitchNoKink) {
    EXPECT_TRUE(kinksOf("x*sigmoid(x)", -5, 5).empty());
    EXPECT_TRUE(kinksOf("max(x, x)", -5, 5).empty());
    EXPECT_TRUE(
        kinksOf("max(x, a*x)", -5, 5, {1.0}).empty()); // a·x − x vanishes everywhere: nothing switches
    EXPECT_TRUE(kinksOf("abs(x^2 + 1)", -5, 5).empty());
    EXPECT_TRUE(kinksOf("abs(x - 10)", -5, 5).empty());
}

TEST(FormulaAccuracy, StableFormulasAreClean) {
    for (const char* text :
         {"softplus(x)", "log(1 + exp(x))", "exp(x) - 1", "x*sigmoid(x)", "x*tanh(softplus(x))",
          "x/(1 + abs(x))", "where(x > 0, x, expm1(x))", "0.5*x*erfc(-x/sqrt(2))"}) {
        const Formula f = parseOrFail(text);
        const std::vector<AccuracyRange> r = f.checkAccuracy(f.defaults(), -50, 50);
        for (const AccuracyRange& a : r)
            ADD_FAILURE() << text << ": order " << a.order << " flagged on [" << a.xmin << ", " << a.xmax
                          << "], worst " << a.worstRelative << " at " << a.worstX << ": " << a.reason;
    }
}

TEST(FormulaAccuracy, CancellationIsFlaggedWithItsPlace) {
    // x − tanh x ≈ x³/3 near 0: double keeps ~ε·x absolute, i.e. loses digits for |x| below ~1e-3.
    const Formula f = parseOrFail("x - tanh(x)");
    const std::vector<AccuracyRange> r = f.checkAccuracy({}, -1e-3, 1e-3, 2001);
    ASSERT_FALSE(r.empty());
    const AccuracyRange& a = r.front();
    EXPECT_EQ(a.order, 0);
    EXPECT_LT(a.xmin, 0.0);
    EXPECT_GT(a.xmax, 0.0);
    EXPECT_GT(a.worstRelative, 1e-9);
    EXPECT_NE(a.reason.find("cancellation"), std::string::npos) << a.reason;
    EXPECT_NE(a.reason.find("x - tanh(x)"), std::string::npos) << a.reason;
    // … and nothing away from 0
    EXPECT_TRUE(f.checkAccuracy({}, 0.5, 50).empty());

    // √(x² + 1) − x for large x: the difference of two nearly equal numbers
    const Formula g = parseOrFail("sqrt(x^2 + 1) - x");
    const std::vector<AccuracyRange> big = g.checkAccuracy({}, 1e3, 1e6, 1001);
    ASSERT_FALSE(big.empty());
    EXPECT_EQ(big.front().order, 0);
    EXPECT_NE(big.front().reason.find("cancellation"), std::string::npos) << big.front().reason;
    EXPECT_TRUE(g.checkAccuracy({}, -10, 1, 1001).empty());

    // 1 − cos(x) near 0
    const std::vector<AccuracyRange> c = parseOrFail("(1 - cos(x))/x^2").checkAccuracy({}, -1e-4, 1e-4, 101);
    ASSERT_FALSE(c.empty());
    EXPECT_NE(c.front().reason.find("cancellation"), std::string::npos) << c.front().reason;
    EXPECT_NE(c.front().reason.find("cos(x)"), std::string::npos) << c.front().reason;
}

TEST(FormulaAccuracy, OverflowOfAnIntermediateIsFlagged) {
    // sinh(x)/cosh(x) is tanh(x), but both overflow beyond x ≈ 710.5 (inf/inf)
    const Formula f = parseOrFail("sinh(x)/cosh(x)");
    const std::vector<AccuracyRange> r = f.checkAccuracy({}, 0, 1000, 1001);
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r.front().order, 0);
    EXPECT_EQ(r.front().xmin, 711.0);
    EXPECT_EQ(r.front().xmax, 1000.0);
    EXPECT_NE(r.front().reason.find("overflows"), std::string::npos) << r.front().reason;
}

} // namespace

namespace {

/// Sampling a formula gives what sampling the catalogue gives for the same function: the same grid (the
/// kinks included exactly), the same gaps at jumps and the same open and closed dots.
TEST(FormulaSampling, MatchesTheCatalogueSampling) {
    struct Case {
        const char* id;
        const char* text;
        std::vector<double> params;
    };
    for (const Case& c :
         {Case{"elu", "where(x > 0, x, alpha*expm1(x))", {0.5}}, Case{"relu", "max(x, 0)", {}},
          Case{"hardtanh", "min(max(x, lo), hi)", {-1.5, 2.0}}, Case{"softsign", "x/(1 + abs(x))", {}}}) {
        const actlab::Activation* a = actlab::findActivation(c.id);
        ASSERT_NE(a, nullptr);
        const Formula f = parseOrFail(c.text);
        const actlab::SampledCurve want = actlab::sampleCurve(*a, c.params, -3, 3, 101);
        const actlab::SampledCurve got = sampleFormula(f, c.params, -3, 3, 101);
        for (std::size_t k = 0; k < 3; ++k) {
            const actlab::Series& w = want.order[k];
            const actlab::Series& g = got.order[k];
            ASSERT_EQ(g.x.size(), w.x.size()) << c.text << " order " << k;
            for (std::size_t i = 0; i < w.x.size(); ++i) {
                EXPECT_EQ(g.x[i], w.x[i]) << c.text << " order " << k << " point " << i;
                if (std::isnan(w.y[i]))
                    EXPECT_TRUE(std::isnan(g.y[i])) << c.text << " order " << k << " point " << i;
                else
                    EXPECT_NEAR(g.y[i], w.y[i], 1e-12 * std::max(1.0, std::fabs(w.y[i])))
                        << c.text << " order " << k << " x " << w.x[i];
            }
            ASSERT_EQ(g.jumps.size(), w.jumps.size()) << c.text << " order " << k;
            for (std::size_t j = 0; j < w.jumps.size(); ++j) {
                EXPECT_EQ(g.jumps[j].x, w.jumps[j].x) << c.text;
                // Which end is closed is each one's convention at the kink (ELU'' (0): PyTorch's 0 in the
                // catalogue, α from where(x > 0, …) in the formula); the two ends are the same.
                const double gl = std::min(g.jumps[j].closed, g.jumps[j].open);
                const double gh = std::max(g.jumps[j].closed, g.jumps[j].open);
                const double wl = std::min(w.jumps[j].closed, w.jumps[j].open);
                const double wh = std::max(w.jumps[j].closed, w.jumps[j].open);
                EXPECT_NEAR(gl, wl, 1e-12) << c.text << " order " << k;
                EXPECT_NEAR(gh, wh, 1e-12) << c.text << " order " << k;
            }
        }
    }
}

} // namespace
