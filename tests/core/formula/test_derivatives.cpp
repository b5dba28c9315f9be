// SPDX-License-Identifier: GPL-3.0-or-later
/// Symbolic f' and f'' against derivatives worked out by hand (closed forms evaluated here with <cmath>),
/// the rules of the stable primitives and the non-smooth functions, catalogue calls through the chain
/// rule, and the printed derivatives.
#include "formula_test_support.hpp"

#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

namespace {

using namespace actlab;
using namespace actlab::formula;
using namespace actlab::formula::test;

struct HandDerived {
    const char* text;
    std::vector<double> params;
    std::function<double(double)> f, df, d2f;
    std::vector<double> xs;
};

double sig(double u) {
    return 1 / (1 + std::exp(-u));
}

std::vector<HandDerived> cases() {
    const double pi = 3.141592653589793;
    return {
        {"x^3",
         {},
         [](double x) { return x * x * x; },
         [](double x) { return 3 * x * x; },
         [](double x) { return 6 * x; },
         {-2, -0.5, 0.25, 3}},
        {"sin(x)*exp(x)",
         {},
         [](double x) { return std::sin(x) * std::exp(x); },
         [](double x) { return std::exp(x) * (std::sin(x) + std::cos(x)); },
         [](double x) { return 2 * std::exp(x) * std::cos(x); },
         {-1, 0.3, 1.2}},
        {"log(x)",
         {},
         [](double x) { return std::log(x); },
         [](double x) { return 1 / x; },
         [](double x) { return -1 / (x * x); },
         {0.1, 1.5, 40}},
        {"sqrt(1 + x^2)",
         {},
         [](double x) { return std::sqrt(1 + x * x); },
         [](double x) { return x / std::sqrt(1 + x * x); },
         [](double x) { return 1 / std::pow(1 + x * x, 1.5); },
         {-3, 0.5, 2}},
        {"x^x",
         {},
         [](double x) { return std::pow(x, x); },
         [](double x) { return std::pow(x, x) * (std::log(x) + 1); },
         [](double x) { return std::pow(x, x) * ((std::log(x) + 1) * (std::log(x) + 1) + 1 / x); },
         {0.5, 1.5, 2.5}},
        {"a*x^2 + b*x + c",
         {2, -3, 0.5},
         [](double x) { return 2 * x * x - 3 * x + 0.5; },
         [](double x) { return 4 * x - 3; },
         [](double) { return 4.0; },
         {-1, 0, 2}},
        // x·σ(bx): f' = σ + bxσ(1−σ), f'' = bσ(1−σ)(2 + bx(1 − 2σ))
        {"x*sigmoid(b*x)",
         {1.5},
         [](double x) { return x * sig(1.5 * x); },
         [](double x) {
             const double s = sig(1.5 * x);
             return s + 1.5 * x * s * (1 - s);
         },
         [](double x) {
             const double s = sig(1.5 * x);
             return 1.5 * s * (1 - s) * (2 + 1.5 * x * (1 - 2 * s));
         },
         {-2, -0.1, 0.7, 3}},
        // tanh'' = −2 tanh sech²
        {"tanh(x)",
         {},
         [](double x) { return std::tanh(x); },
         [](double x) { return 1 / (std::cosh(x) * std::cosh(x)); },
         [](double x) { return -2 * std::tanh(x) / (std::cosh(x) * std::cosh(x)); },
         {-1.5, 0.2, 2}},
        {"erf(x)",
         {},
         [](double x) { return std::erf(x); },
         [=](double x) { return 2 / std::sqrt(pi) * std::exp(-x * x); },
         [=](double x) { return -4 * x / std::sqrt(pi) * std::exp(-x * x); },
         {-1, 0.4, 2}},
        {"erfc(2*x)",
         {},
         [](double x) { return std::erfc(2 * x); },
         [=](double x) { return -4 / std::sqrt(pi) * std::exp(-4 * x * x); },
         [=](double x) { return 32 * x / std::sqrt(pi) * std::exp(-4 * x * x); },
         {-1, 0.4, 1.3}},
        {"softplus(2*x)",
         {},
         [](double x) { return std::log1p(std::exp(2 * x)); },
         [](double x) { return 2 * sig(2 * x); },
         [](double x) { return 4 * sig(2 * x) * sig(-2 * x); },
         {-3, 0.1, 2}},
        {"logsigmoid(x)",
         {},
         [](double x) { return -std::log1p(std::exp(-x)); },
         [](double x) { return sig(-x); },
         [](double x) { return -sig(x) * sig(-x); },
         {-3, 0.1, 2}},
        {"expm1(x^2)",
         {},
         [](double x) { return std::expm1(x * x); },
         [](double x) { return 2 * x * std::exp(x * x); },
         [](double x) { return (2 + 4 * x * x) * std::exp(x * x); },
         {-1, 0.001, 0.5}},
        {"log1p(x^2)",
         {},
         [](double x) { return std::log1p(x * x); },
         [](double x) { return 2 * x / (1 + x * x); },
         [](double x) { return (2 - 2 * x * x) / ((1 + x * x) * (1 + x * x)); },
         {-2, 0.3, 4}},
        {"cosh(x)/sinh(x)",
         {},
         [](double x) { return std::cosh(x) / std::sinh(x); },
         [](double x) { return -1 / (std::sinh(x) * std::sinh(x)); },
         [](double x) { return 2 * std::cosh(x) / std::pow(std::sinh(x), 3); },
         {-1.5, 0.5, 2}},
        // non-smooth, away from the kinks
        {"x*abs(x)",
         {},
         [](double x) { return x * std::fabs(x); },
         [](double x) { return 2 * std::fabs(x); },
         [](double x) { return x > 0 ? 2.0 : -2.0; },
         {-2, -0.5, 0.5, 2}},
        {"max(x^2, 2 - x)",
         {},
         [](double x) { return std::max(x * x, 2 - x); },
         [](double x) { return x * x > 2 - x ? 2 * x : -1.0; },
         [](double x) { return x * x > 2 - x ? 2.0 : 0.0; },
         {-3, 0, 0.5, 2}},
        {"min(exp(x), 2)",
         {},
         [](double x) { return std::min(std::exp(x), 2.0); },
         [](double x) { return std::exp(x) < 2 ? std::exp(x) : 0.0; },
         [](double x) { return std::exp(x) < 2 ? std::exp(x) : 0.0; },
         {-1, 0.5, 1}},
        {"where(x > 1, x^3, 3*x - 2)",
         {},
         [](double x) { return x > 1 ? x * x * x : 3 * x - 2; },
         [](double x) { return x > 1 ? 3 * x * x : 3.0; },
         [](double x) { return x > 1 ? 6 * x : 0.0; },
         {-1, 0.5, 1.5, 3}},
    };
}

TEST(FormulaDerivatives, MatchHandDerivations) {
    for (const HandDerived& c : cases()) {
        const Formula f = parseOrFail(c.text);
        for (double x : c.xs) {
            const Derivs d = eval(f, x, c.params);
            const std::string at = std::string(c.text) + " at x = " + std::to_string(x);
            expectClose(d.f, c.f(x), at + ": f", 1e-13);
            expectClose(d.df, c.df(x), at + ": f'", 1e-12);
            expectClose(d.d2f, c.d2f(x), at + ": f''", 1e-11);
        }
    }
}

/// Catalogue functions go through the chain rule with the catalogue's exact f' and f''.
TEST(FormulaDerivatives, CatalogueCallsUseTheCatalogueDerivatives) {
    const Activation& gelu = *findActivation("gelu");
    const Activation& elu = *findActivation("elu");
    const Formula f = parseOrFail("gelu(2*x + 1) + elu(x^2, a)");
    const double a = 0.3;
    for (double x : {-1.7, -0.4, 0.6, 2.2}) {
        const Derivs g = gelu.at(2 * x + 1, {});
        const double ep[] = {a};
        const Derivs e = elu.at(x * x, ep);
        const Derivs d = eval(f, x, {a});
        expectClose(d.f, g.f + e.f, "f");
        expectClose(d.df, 2 * g.df + 2 * x * e.df, "f'");
        expectClose(d.d2f, 4 * g.d2f + 4 * x * x * e.d2f + 2 * e.df, "f''");
    }
}

TEST(FormulaDerivatives, PrintedForms) {
    EXPECT_EQ(parseOrFail("x^3").text(1), "3*x^2");
    EXPECT_EQ(parseOrFail("x^3").text(2), "6*x");
    EXPECT_EQ(parseOrFail("x^3").text(1, Notation::Unicode), "3·x²");
    EXPECT_EQ(parseOrFail("x^3").text(1, Notation::Latex), "3 \\cdot {x}^{2}");
    EXPECT_EQ(parseOrFail("sigmoid(x)").text(1), "sigmoid(-x)*sigmoid(x)");
    // σ'' = σσ(−x)(σ(−x) − σ) would cancel near 0: the rewrite gives −σσ(−x)·tanh(x/2)
    EXPECT_EQ(parseOrFail("sigmoid(x)").text(2), "-sigmoid(-x)*sigmoid(x)*tanh(x/2)");
    EXPECT_EQ(parseOrFail("softplus(x)").text(1), "sigmoid(x)");
    EXPECT_EQ(parseOrFail("tanh(x)").text(1), "sech(x)^2");
    EXPECT_EQ(parseOrFail("abs(x)").text(1), "sign(x)");
    EXPECT_EQ(parseOrFail("abs(x)").text(2), "0");
    EXPECT_EQ(parseOrFail("max(x, 0)").text(1), "where(x > 0, 1, 0)");
    EXPECT_EQ(parseOrFail("where(x >= 1, x^2, 1)").text(1), "where(x >= 1, 2*x, 0)");
    EXPECT_EQ(parseOrFail("gelu(x)").text(2), "gelu''(x)");
    EXPECT_EQ(parseOrFail("elu(x, 0.5)").text(1, Notation::Unicode), "elu′(x, 0.5)");
    EXPECT_EQ(parseOrFail("x/2").text(0), "x/2");
    EXPECT_EQ(parseOrFail("0.1*x").text(0), "0.1*x");
    EXPECT_EQ(parseOrFail("x/3").text(1), "1/3");
    EXPECT_EQ(parseOrFail("sqrt(x)").text(1), "1/(2*sqrt(x))");
}

/// The one-sided derivatives at a kink and the convention at it.
TEST(FormulaDerivatives, OneSidedAtKinks) {
    const Formula f = parseOrFail("abs(x - 1)");
    EXPECT_EQ(f.at(1, {}, Side::Left).df, -1.0);
    EXPECT_EQ(f.at(1, {}, Side::Right).df, 1.0);
    EXPECT_EQ(f.at(1, {}, Side::Convention).df, 0.0); // sign(0) = 0, as PyTorch's abs
    const Formula relu = parseOrFail("max(x, 0)");
    EXPECT_EQ(relu.at(0, {}).df, 0.0); // PyTorch's ReLU'(0)
    EXPECT_EQ(relu.at(0, {}, Side::Right).df, 1.0);
    const Formula leaky = parseOrFail("max(x, a*x)");
    EXPECT_EQ(leaky.at(0, std::vector<double>{0.01}).df, 0.01); // LeakyReLU'(0) = α in PyTorch
    const Formula step = parseOrFail("where(x >= 0, 1, 0)");
    EXPECT_EQ(step.at(0, {}).f, 1.0);
    EXPECT_EQ(step.at(0, {}, Side::Left).f, 0.0);
}

} // namespace
