// SPDX-License-Identifier: GPL-3.0-or-later
/// The stability rewrites: unstable patterns typed by the user become stable primitives before
/// evaluation, so their values (and those of their derivatives) stay finite and correct where the
/// literal formula overflows or cancels. Expected values are closed forms computed here.
#include "formula_test_support.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace actlab;
using namespace actlab::formula;
using namespace actlab::formula::test;

TEST(FormulaRewrites, LogOnePlusExpIsSoftplus) {
    const Formula f = parseOrFail("log(1 + exp(x))");
    EXPECT_EQ(f.text(0), "softplus(x)");
    const Derivs big = eval(f, 800);
    EXPECT_EQ(big.f, 800.0); // log(1 + e^800) = 800 + log1p(e^-800), e^-800 far below half an ulp of 800
    EXPECT_EQ(big.df, 1.0);
    EXPECT_EQ(big.d2f, 0.0); // σ(800)σ(−800) = e^−800 underflows
    EXPECT_EQ(eval(f, -800).f, 0.0);
    expectClose(eval(f, -30).f, std::log1p(std::exp(-30.0)), "softplus(-30)");
    expectClose(eval(f, -30).df, std::exp(-30.0) / (1 + std::exp(-30.0)), "softplus'(-30)");
    expectClose(eval(f, 30).d2f, std::exp(-30.0) / ((1 + std::exp(-30.0)) * (1 + std::exp(-30.0))),
                "softplus''(30)");
    // with a scale inside and outside
    const Formula g = parseOrFail("log(1 + exp(b*x))/b");
    EXPECT_EQ(eval(g, 1000, {2}).f, 1000.0);
    EXPECT_EQ(eval(g, 1000, {2}).df, 1.0);
}

TEST(FormulaRewrites, ExpMinusOneIsExpm1) {
    const Formula f = parseOrFail("exp(x) - 1");
    EXPECT_EQ(f.text(0), "expm1(x)");
    EXPECT_EQ(eval(f, 1e-10).f, std::expm1(1e-10)); // exp(1e-10) − 1 keeps only ~7 digits
    const Formula g = parseOrFail("a*(exp(2*x) - 1)");
    expectClose(eval(g, 1e-12, {3}).f, 3 * std::expm1(2e-12), "a(e^2x - 1)");
    const Formula h = parseOrFail("2 - 2*exp(x)"); // −2(eˣ − 1)
    expectClose(eval(h, 1e-9).f, -2 * std::expm1(1e-9), "2 - 2e^x");
}

TEST(FormulaRewrites, LogOnePlusIsLog1p) {
    const Formula f = parseOrFail("log(1 + x)");
    EXPECT_EQ(f.text(0), "log1p(x)");
    EXPECT_EQ(eval(f, 1e-12).f, std::log1p(1e-12));
    const Formula g = parseOrFail("log(x^2 + 1)");
    EXPECT_EQ(eval(g, 1e-9).f, std::log1p(1e-18));
    EXPECT_EQ(parseOrFail("log(sigmoid(x))").text(0), "logsigmoid(x)");
    EXPECT_EQ(eval(parseOrFail("log(sigmoid(x))"), -800).f, -800.0);
}

TEST(FormulaRewrites, ReciprocalOfOnePlusExpIsSigmoid) {
    const Formula f = parseOrFail("1/(1 + exp(-x))");
    EXPECT_EQ(f.text(0), "sigmoid(x)");
    for (double x : {-800.0, -745.5, -40.0, 0.0, 40.0, 800.0}) {
        const Derivs d = eval(f, x);
        EXPECT_TRUE(std::isfinite(d.f) && std::isfinite(d.df) && std::isfinite(d.d2f)) << x;
    }
    expectClose(eval(f, -40).f, std::exp(-40.0) / (1 + std::exp(-40.0)), "sigmoid(-40)");
    expectClose(eval(f, 40).df, std::exp(-40.0) / ((1 + std::exp(-40.0)) * (1 + std::exp(-40.0))),
                "sigmoid'(40)");
    EXPECT_EQ(eval(f, 800).f, 1.0);
    // x·σ(x) typed as a quotient, and eˣ/(1 + eˣ)
    const Formula silu = parseOrFail("x/(1 + exp(-x))");
    EXPECT_EQ(eval(silu, 800).f, 800.0);
    EXPECT_EQ(eval(silu, 800).df, 1.0);
    const Formula logistic = parseOrFail("exp(x)/(1 + exp(x))");
    EXPECT_EQ(logistic.text(0), "sigmoid(x)");
    EXPECT_EQ(eval(logistic, 800).f, 1.0);
    // (1 + e^−x)^−2 = σ(x)²
    expectClose(eval(parseOrFail("(1 + exp(-x))^-2"), -40).f,
                std::pow(std::exp(-40.0) / (1 + std::exp(-40.0)), 2), "σ²");
}

TEST(FormulaRewrites, OnePlusErfIsErfc) {
    const Formula gelu = parseOrFail("0.5*x*(1 + erf(x/sqrt(2)))");
    const double x = -10;
    const double want = 0.5 * x * std::erfc(-x / std::sqrt(2.0)); // 1 + erf(−7.07) cancels to 0 in double
    expectClose(eval(gelu, x).f, want, "GELU(-10)", 1e-13);
    expectClose(eval(parseOrFail("1 - erf(x)"), 6).f, std::erfc(6.0), "1 - erf(6)");
}

/// Derivatives are rewritten too: tanh' is sech², not 1 − tanh², which is 0 for |x| > 19.
TEST(FormulaRewrites, DerivativesStayAccurateInTheTails) {
    const Formula f = parseOrFail("tanh(x)");
    const double s = 1 / std::cosh(25.0);
    expectClose(eval(f, 25).df, s * s, "tanh'(25)");
    expectClose(eval(f, 25).d2f, -2 * std::tanh(25.0) * s * s, "tanh''(25)");
    const Formula mish = parseOrFail("x*tanh(log(1 + exp(x)))");
    for (double x : {-1000.0, -700.0, -50.0, 50.0, 700.0, 1000.0}) {
        const Derivs d = eval(mish, x);
        EXPECT_TRUE(std::isfinite(d.f) && std::isfinite(d.df) && std::isfinite(d.d2f)) << x;
    }
}

} // namespace
