// SPDX-License-Identifier: GPL-3.0-or-later
// actlab::CurveFunction: a catalogue function and a typed formula behind one interface. Values against
// hand derivations; the formula's parameters as declarations; one-sided values only at kinks.
#include "actlab/curve_function.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace {

actlab::CurveFunction parsed(const char* text) {
    auto result = actlab::CurveFunction::parse(text);
    EXPECT_TRUE(result) << text << ": " << (result.error ? result.error->message : "");
    return *result.function;
}

} // namespace

TEST(CurveFunction, FormulaParametersAreDeclaredLikeTheCatalogues) {
    const auto g = parsed("x*sigmoid(b*x + c)");
    EXPECT_TRUE(g.isFormula());
    EXPECT_EQ(g.id(), "formula");
    EXPECT_EQ(g.name(), "x*sigmoid(b*x + c)");
    ASSERT_EQ(g.parameters().size(), 2u);
    EXPECT_EQ(g.parameters()[0].name, "b");
    EXPECT_EQ(g.parameters()[1].name, "c");
    EXPECT_EQ(g.parameters()[1].defaultValue, 1.0);
    EXPECT_EQ(g.defaults(), (std::vector<double>{1.0, 1.0}));
    EXPECT_EQ(g.parameterIndex("c"), 1);
    EXPECT_EQ(g.parameterIndex("x"), -1);
    // Any finite value, nothing else.
    EXPECT_FALSE(g.validate(std::vector<double>{-1e300, 1e300}));
    const auto nan = g.validate(std::vector<double>{1.0, std::nan("")});
    ASSERT_TRUE(nan);
    EXPECT_EQ(nan->index, 1);
    EXPECT_NE(nan->message.find("c = nan"), std::string::npos) << nan->message;
    EXPECT_TRUE(g.validate(std::vector<double>{1.0}));
    // x σ(bx + c) at x = 2, b = 0.5, c = −1: σ(0) = 1/2, so f = 1 and f' = σ + x b σ(1 − σ) = 0.75.
    const auto d = g.at(2.0, std::vector<double>{0.5, -1.0});
    EXPECT_EQ(d.f, 1.0);
    EXPECT_DOUBLE_EQ(d.df, 0.75);
}

TEST(CurveFunction, CatalogueEntryBehindTheSameInterface) {
    const actlab::CurveFunction elu(*actlab::findActivation("elu"));
    EXPECT_FALSE(elu.isFormula());
    EXPECT_EQ(elu.id(), "elu");
    EXPECT_EQ(elu.name(), "ELU");
    EXPECT_EQ(elu.parameterIndex("alpha"), 0);
    EXPECT_TRUE(elu.validate(std::vector<double>{-1.0})); // alpha's declared range starts at 0
    // ELU(−1) = α(e^{−1} − 1).
    EXPECT_DOUBLE_EQ(elu.at(-1.0, std::vector<double>{2.0}).f, 2.0 * std::expm1(-1.0));
    EXPECT_TRUE(elu == actlab::CurveFunction(*actlab::findActivation("elu")));
    EXPECT_FALSE(elu == parsed("x"));
    EXPECT_TRUE(parsed("max(x, 0)") == parsed("max(x, 0)")); // the same text
}

TEST(CurveFunction, KinksInsideTheRangeOnly) {
    // Hardtanh's kinks are ±1 at its defaults; a formula's are found in the range asked for.
    const actlab::CurveFunction hardtanh(*actlab::findActivation("hardtanh"));
    const auto params = hardtanh.defaults();
    const auto all = hardtanh.kinks(params, -5, 5);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].x, -1.0);
    EXPECT_EQ(all[1].x, 1.0);
    const auto right = hardtanh.kinks(params, 0, 5);
    ASSERT_EQ(right.size(), 1u);
    EXPECT_EQ(right[0].x, 1.0);
    const auto f = parsed("abs(x - 2) + abs(x + 3)");
    const auto kinks = f.kinks({}, 0, 5);
    ASSERT_EQ(kinks.size(), 1u);
    EXPECT_EQ(kinks[0].x, 2.0);
    EXPECT_EQ(kinks[0].order, 1);
}

TEST(CurveFunction, OneSidedValuesDifferOnlyAtKinks) {
    // max(x, a x) with a = 0.1 (Leaky ReLU): at 0 the left slope is a, the right one 1.
    const auto leaky = parsed("max(x, a*x)");
    const std::vector<double> a{0.1};
    EXPECT_EQ(leaky.at(0.0, a, actlab::Side::Left).df, 0.1);
    EXPECT_EQ(leaky.at(0.0, a, actlab::Side::Right).df, 1.0);
    // Away from a kink the one-sided values are the value itself, bit for bit (not the neighbours').
    const auto smooth = parsed("x*tanh(softplus(x))");
    for (const double x : {0.0, 0.7, -3.25, 1e-300}) {
        const auto c = smooth.at(x, {});
        for (const auto side : {actlab::Side::Left, actlab::Side::Right}) {
            const auto s = smooth.at(x, {}, side);
            EXPECT_EQ(s.f, c.f) << x;
            EXPECT_EQ(s.df, c.df) << x;
            EXPECT_EQ(s.d2f, c.d2f) << x;
        }
    }
}

TEST(CurveFunction, RefusedFormulaSaysWhere) {
    const auto r = actlab::CurveFunction::parse("x*(tanh(x");
    ASSERT_FALSE(r);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->column, 10u);
    EXPECT_NE(r.error->message.find("expected ')' at column 10"), std::string::npos);
}
