// SPDX-License-Identifier: GPL-3.0-or-later
/// Bad input is refused, never crashed on: random sequences of the language's tokens (and of some that
/// are not) either parse to a formula that evaluates without throwing, or give an error whose column lies
/// within the text. A small in-tree stand-in for the fuzz target the parser will get (issue 12, item 5).
#include "formula_test_support.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>

namespace {

using namespace actlab;
using namespace actlab::formula;

TEST(FormulaRobustness, RandomTokenSequences) {
    static const char* tokens[] = {
        "x",        "a",    "b",     "1",         "0.5",   "0x1p3",   "inf",   "nan",   "1e308",
        "+",        "-",    "*",     "/",         "^",     "(",       ")",     ",",     "<",
        ">=",       "==",   "!=",    "exp(",      "log(",  "where(",  "max(",  "gelu(", "elu(",
        "sigmoid(", "abs(", "sqrt(", "softplus(", "sign(", "erf(",    "tanh(", "0",     " ",
        "#",        "1e",   "'",     "hardtanh(", "x'",    "gelu''(", "min(",  "1/0",   "0^x"};
    std::uint64_t state = 12;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::size_t{state >> 33};
    };
    int accepted = 0;
    for (int round = 0; round < 400; ++round) {
        std::string text;
        const std::size_t n = 1 + next() % 16;
        for (std::size_t i = 0; i < n; ++i)
            text += tokens[next() % std::size(tokens)];
        ParseResult r;
        ASSERT_NO_THROW(r = Formula::parse(text)) << text;
        if (!r) {
            EXPECT_GE(r.error->column, 1u) << text;
            EXPECT_LE(r.error->column, text.size() + 1) << text << ": " << r.error->message;
            EXPECT_FALSE(r.error->message.empty());
            continue;
        }
        ++accepted;
        const std::vector<double> p(r.formula->parameterNames().size(), 0.5);
        std::vector<double> xs = {-1000, -1, -0.0, 0.0, 0.5, 710, std::nan("")}, f(7), df(7), d2f(7);
        EXPECT_NO_THROW(r.formula->evaluate(p, xs, f, df, d2f)) << text;
        EXPECT_NO_THROW((void)r.formula->kinks(p, -3, 3, 64)) << text;
        EXPECT_NO_THROW((void)r.formula->text(2, Notation::Latex)) << text;
    }
    EXPECT_GT(accepted, 5); // some sequences do reach the back end
}

/// Random well-formed formulas from the grammar: all accepted (unless a literal 0 is divided by), all
/// evaluated over wide x without throwing, their derivatives' texts parse again.
TEST(FormulaRobustness, RandomFormulasFromTheGrammar) {
    std::uint64_t state = 2026;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::size_t{state >> 33};
    };
    static const char* unary[] = {"exp",     "expm1",    "log",        "log1p", "sqrt", "abs", "sign",
                                  "sin",     "cos",      "tanh",       "sinh",  "cosh", "erf", "erfc",
                                  "sigmoid", "softplus", "logsigmoid", "gelu",  "silu"};
    static const char* leaves[] = {"x", "x", "x", "a", "b", "2", "0.5", "0x1.8p-1", "1e-3", "3"};
    static const char* ops[] = {" + ", " - ", "*", "/", "^"};
    static const char* cmp[] = {" < ", " <= ", " > ", " >= ", " == ", " != "};
    std::function<std::string(int)> gen = [&](int depth) -> std::string {
        if (depth == 0) return leaves[next() % std::size(leaves)];
        switch (next() % 7) {
        case 0:
            return leaves[next() % std::size(leaves)];
        case 1:
            return "-" + gen(depth - 1);
        case 2:
        case 3:
            return "(" + gen(depth - 1) + ops[next() % std::size(ops)] + gen(depth - 1) + ")";
        case 4:
            return std::string(unary[next() % std::size(unary)]) + "(" + gen(depth - 1) + ")";
        case 5:
            return std::string(next() % 2 ? "max(" : "min(") + gen(depth - 1) + ", " + gen(depth - 1) + ")";
        default:
            return "where(" + gen(depth - 1) + cmp[next() % std::size(cmp)] + gen(depth - 1) + ", " +
                   gen(depth - 1) + ", " + gen(depth - 1) + ")";
        }
    };
    int accepted = 0;
    for (int round = 0; round < 30; ++round) {
        const std::string text = gen(3);
        ParseResult r;
        ASSERT_NO_THROW(r = Formula::parse(text)) << text;
        if (!r) {
            EXPECT_EQ(r.error->kind, ErrorKind::Undefined) << text << ": " << r.error->message;
            continue;
        }
        ++accepted;
        const std::vector<double> p(r.formula->parameterNames().size(), 0.75);
        std::vector<double> xs = {-1000, -2.5, -0.0, 0.0, 0.3, 710, std::nan("")}, f(7), df(7), d2f(7);
        EXPECT_NO_THROW(r.formula->evaluate(p, xs, f, df, d2f)) << text;
        EXPECT_NO_THROW((void)r.formula->kinks(p, -3, 3, 64)) << text;
        for (int k = 0; k < 3; ++k)
            EXPECT_TRUE(Formula::parse(r.formula->text(k)))
                << text << " order " << k << ": " << r.formula->text(k);
    }
    EXPECT_GT(accepted, 25);
}

/// Power towers x^x^…^x: f'' repeats the subexpressions of f and f' many times over. Printing each one
/// afresh took exponential time (an 8-high tower over 100 s, found by the fuzz target); now every height
/// up to the derivative-size limit parses, and f, f', f'' are right. References: mpmath at 60 digits,
/// the tower built by t ← x^t and differentiated by mp.diff.
TEST(FormulaRobustness, PowerTowersParseAndDifferentiate) {
    struct Tower {
        int height;
        double x, f, df, d2f;
    };
    const Tower towers[] = {
        {8, 1.5, 3.6442839879045753666, 53.472285343275310074, 2138.9770253028653169},
        {10, 1.25, 1.352201428918186128, 2.0947377242483596995, 9.4562442853791100268},
        {20, 1.125, 1.144281525913142064, 1.3451947712941233419, 3.7947589288857167638},
    };
    for (const Tower& t : towers) {
        std::string text = "x";
        for (int i = 1; i < t.height; ++i)
            text += "^x";
        const ParseResult r = Formula::parse(text);
        ASSERT_TRUE(r) << text << ": " << r.error->message;
        const Derivs d = r.formula->at(t.x, {});
        EXPECT_NEAR(d.f, t.f, 1e-14 * t.f) << text;
        EXPECT_NEAR(d.df, t.df, 1e-13 * t.df) << text;
        EXPECT_NEAR(d.d2f, t.d2f, 1e-13 * t.d2f) << text;
        EXPECT_TRUE(Formula::parse(r.formula->text(1))) << text; // f' prints as a formula
    }
}

} // namespace
