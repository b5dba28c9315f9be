// SPDX-License-Identifier: GPL-3.0-or-later
/// The formula parser: precedence and associativity, numbers as ActLab reads them (hex floats, inf, nan,
/// correctly rounded decimals), names and parameters, catalogue calls, and errors with their columns.
#include "formula_test_support.hpp"

#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using namespace actlab;
using namespace actlab::formula;
using namespace actlab::formula::test;

double valueOf(const std::string& text, double x, std::vector<double> params = {}) {
    return eval(parseOrFail(text), x, std::move(params)).f;
}

ParseError errorOf(const std::string& text) {
    ParseResult r = Formula::parse(text);
    EXPECT_FALSE(r) << "'" << text << "' was accepted";
    if (r) return {ErrorKind::Empty, 0, {}};
    return *r.error;
}

TEST(FormulaParser, Precedence) {
    EXPECT_EQ(valueOf("1 + 2*3", 0), 7.0);
    EXPECT_EQ(valueOf("(1 + 2)*3", 0), 9.0);
    EXPECT_EQ(valueOf("2*3^2", 0), 18.0);
    EXPECT_EQ(valueOf("2^3^2", 0), 512.0); // right-associative: 2^(3^2)
    EXPECT_EQ(valueOf("(2^3)^2", 0), 64.0);
    EXPECT_EQ(valueOf("-x^2", 3), -9.0); // unary minus binds looser than ^
    EXPECT_EQ(valueOf("(-x)^2", 3), 9.0);
    EXPECT_EQ(valueOf("2^-x", 3), 0.125); // a signed exponent
    EXPECT_EQ(valueOf("-2^-2", 0), -0.25);
    EXPECT_EQ(valueOf("8/4/2", 0), 1.0); // left-associative
    EXPECT_EQ(valueOf("8-4-2", 0), 2.0);
    EXPECT_EQ(valueOf("--x", 5), 5.0);
    EXPECT_EQ(valueOf("+x", 5), 5.0);
    EXPECT_EQ(valueOf("2*-x", 5), -10.0);
    EXPECT_EQ(valueOf("0^0 + 0^2*x", 5), 1.0); // 0^0 = 1 as pow() has it
    EXPECT_EQ(valueOf(" x\t*\n2 ", 5), 10.0);
}

TEST(FormulaParser, Numbers) {
    EXPECT_EQ(valueOf("0x1.8p1", 0), 3.0);
    EXPECT_EQ(valueOf("0X1P-2", 0), 0.25);
    EXPECT_EQ(valueOf("0x10", 0), 16.0);
    EXPECT_EQ(valueOf("0x1e-3", 0), 27.0); // hex: 'e' is a digit, so 0x1e minus 3
    EXPECT_EQ(valueOf("1e-3", 0), 0.001);
    EXPECT_EQ(valueOf(".5", 0), 0.5);
    EXPECT_EQ(valueOf("5.", 0), 5.0);
    EXPECT_EQ(valueOf("2.5E+2", 0), 250.0);
    // correctly rounded: the literal and the compiler's reading agree bit for bit
    EXPECT_EQ(valueOf("0.1", 0), 0.1);
    EXPECT_EQ(valueOf("2.2250738585072011e-308", 0), 2.2250738585072011e-308);
    EXPECT_EQ(valueOf("9007199254740993", 0), 9007199254740992.0); // ties to even
    EXPECT_EQ(valueOf("1e400", 0), std::numeric_limits<double>::infinity());
    EXPECT_EQ(valueOf("1e-400", 0), 0.0);
    EXPECT_EQ(valueOf("4.9e-324", 0), std::numeric_limits<double>::denorm_min());
    EXPECT_EQ(valueOf("inf", 0), std::numeric_limits<double>::infinity());
    EXPECT_EQ(valueOf("-Infinity", 0), -std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(valueOf("NaN", 0)));
    EXPECT_TRUE(std::isnan(valueOf("x + nan", 1)));
    EXPECT_EQ(valueOf("0.1*x", 3), 0.1 * 3);
}

TEST(FormulaParser, ParametersInOrderOfAppearance) {
    const Formula f = parseOrFail("alpha*x + beta_2*x^2 + alpha");
    ASSERT_EQ(f.parameterNames(), (std::vector<std::string>{"alpha", "beta_2"}));
    EXPECT_EQ(f.defaults(), (std::vector<double>{1.0, 1.0}));
    EXPECT_EQ(eval(f, 2.0, {0.5, 3.0}).f, 0.5 * 2 + 3 * 4 + 0.5);
    EXPECT_TRUE(parseOrFail("x*2").parameterNames().empty());
    std::vector<double> out(1);
    EXPECT_THROW(f.evaluate(std::vector<double>{1.0}, std::vector<double>{1.0}, out), std::invalid_argument);
}

TEST(FormulaParser, Functions) {
    EXPECT_EQ(valueOf("exp(x)", 1), std::exp(1.0));
    EXPECT_EQ(valueOf("sqrt(x)", 2), std::sqrt(2.0));
    EXPECT_EQ(valueOf("abs(x)", -2), 2.0);
    EXPECT_EQ(valueOf("sign(x)", -2), -1.0);
    EXPECT_EQ(valueOf("sign(x)", 0), 0.0);
    EXPECT_EQ(valueOf("max(x, 1)", 0.5), 1.0);
    EXPECT_EQ(valueOf("min(x, 1)", 0.5), 0.5);
    EXPECT_EQ(valueOf("where(x < 1, 10, 20)", 0.5), 10.0);
    EXPECT_EQ(valueOf("where(x <= 1, 10, 20)", 1), 10.0);
    EXPECT_EQ(valueOf("where(x > 1, 10, 20)", 1), 20.0);
    EXPECT_EQ(valueOf("where(x >= 1, 10, 20)", 1), 10.0);
    EXPECT_EQ(valueOf("where(x == 1, 10, 20)", 1), 10.0);
    EXPECT_EQ(valueOf("where(x != 1, 10, 20)", 1), 20.0);
    EXPECT_EQ(valueOf("where(2*x > x + 1, 10, 20)", 1.5), 10.0);
    EXPECT_EQ(valueOf("erf(x)", 0.5), std::erf(0.5));
    EXPECT_EQ(valueOf("erfc(x)", 0.5), std::erfc(0.5));
    EXPECT_EQ(valueOf("cosh(x) - sinh(x)", 0.5), std::cosh(0.5) - std::sinh(0.5));
    EXPECT_EQ(valueOf("sin(x)/cos(x)", 0.5), std::sin(0.5) / std::cos(0.5));
    expectClose(valueOf("logsigmoid(x)", 2), -std::log1p(std::exp(-2.0)), "logsigmoid(2)");
    expectClose(valueOf("sech(x)", 2), 1 / std::cosh(2.0), "sech(2)");
    // NaN, not a crash, where a function is undefined
    EXPECT_TRUE(std::isnan(valueOf("log(x)", -1)));
    EXPECT_TRUE(std::isnan(valueOf("sqrt(x)", -1)));
    EXPECT_EQ(valueOf("1/x", 0), std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(valueOf("sin(x)/x", 0)));
    EXPECT_TRUE(std::isnan(valueOf("x + log(-1)", 2))); // GiNaC would say iπ: not a real number
    EXPECT_TRUE(std::isnan(valueOf("sqrt(-4)*x", 2)));
    EXPECT_TRUE(std::isnan(eval(parseOrFail("x*sqrt(-4)"), 2).df));
    EXPECT_TRUE(std::isnan(valueOf("where(x > 0, 1, 2)", std::nan(""))));
}

TEST(FormulaParser, CatalogueCalls) {
    const Activation& elu = *findActivation("elu");
    const Activation& hardtanh = *findActivation("hardtanh");
    const double p[] = {0.5};
    EXPECT_EQ(valueOf("elu(x, 0.5)", -1), elu.at(-1, p).f);
    EXPECT_EQ(valueOf("elu(x)", -1), elu.at(-1, elu.defaults()).f); // missing parameters default
    EXPECT_EQ(valueOf("elu(x, a)", -1, {0.5}), elu.at(-1, p).f);
    const double h[] = {-2.0, 3.0};
    EXPECT_EQ(valueOf("hardtanh(2*x, -2, 3)", 1.25), hardtanh.at(2.5, h).f);
    // parameters by name are checked at evaluation: outside the domain, NaN (never a read out of bounds)
    const Formula maxout = parseOrFail("maxout(x, k)");
    EXPECT_TRUE(std::isnan(eval(maxout, 0.5, {7.0}).f));
    EXPECT_TRUE(std::isnan(eval(maxout, 0.5, {1e300}).df));
    EXPECT_TRUE(maxout.kinks(std::vector<double>{7.0}, -5, 5).empty());
    const double k3[] = {3.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.5, 1.0};
    EXPECT_EQ(eval(maxout, 0.5, {3.0}).f, findActivation("maxout")->at(0.5, k3).f);
    EXPECT_EQ(valueOf("gelu'(x)", 0.7), findActivation("gelu")->at(0.7, {}).df);
    EXPECT_EQ(valueOf("gelu''(x)", 0.7), findActivation("gelu")->at(0.7, {}).d2f);
    // one argument: the primitive; softplus(x, beta) is the catalogue's softplus with its β
    const double beta[] = {2.0};
    EXPECT_EQ(valueOf("softplus(x, 2)", 0.3), findActivation("softplus")->at(0.3, beta).f);
    expectClose(valueOf("softplus(x)", 0.3), std::log1p(std::exp(0.3)), "softplus(0.3)");
    expectClose(valueOf("log_sigmoid(x)", 0.3), -std::log1p(std::exp(-0.3)), "log_sigmoid(0.3)");
}

struct ErrorCase {
    const char* text;
    ErrorKind kind;
    std::size_t column;
    const char* says;
};

class FormulaParseErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(FormulaParseErrors, NameTheProblemAndTheColumn) {
    const ErrorCase& c = GetParam();
    const ParseError e = errorOf(c.text);
    EXPECT_EQ(e.kind, c.kind) << c.text << ": " << e.message << " (" << errorKindName(e.kind) << ")";
    EXPECT_EQ(e.column, c.column) << c.text << ": " << e.message;
    EXPECT_NE(e.message.find(c.says), std::string::npos) << c.text << ": " << e.message;
    EXPECT_NE(e.message.find("at column " + std::to_string(c.column)), std::string::npos) << e.message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FormulaParseErrors,
    ::testing::Values(ErrorCase{"x*(tanh(x", ErrorKind::ExpectedToken, 10, "expected ')'"},
                      ErrorCase{"(x + 1", ErrorKind::ExpectedToken, 7, "expected ')'"},
                      ErrorCase{"", ErrorKind::Empty, 1, "empty"},
                      ErrorCase{"   ", ErrorKind::Empty, 1, "empty"},
                      ErrorCase{"x*", ErrorKind::ExpectedOperand, 3, "formula ends"},
                      ErrorCase{"x + )", ErrorKind::ExpectedOperand, 5, "before ')'"},
                      ErrorCase{"x # 2", ErrorKind::UnexpectedCharacter, 3, "'#'"},
                      ErrorCase{"2x", ErrorKind::BadNumber, 1, "'2x'"},
                      ErrorCase{"1 + 1e", ErrorKind::BadNumber, 5, "'1e'"},
                      ErrorCase{"1.2.3", ErrorKind::BadNumber, 1, "'1.2.3'"},
                      ErrorCase{"0x", ErrorKind::BadNumber, 1, "'0x'"},
                      ErrorCase{"0x1p+-3", ErrorKind::BadNumber, 1, "malformed"},
                      ErrorCase{"x y", ErrorKind::UnexpectedToken, 3, "expected an operator"},
                      ErrorCase{"x)", ErrorKind::UnexpectedToken, 2, "expected an operator"},
                      ErrorCase{"sigmod(x)", ErrorKind::UnknownFunction, 1, "did you mean 'sigmoid'"},
                      ErrorCase{"x + gelo(x)", ErrorKind::UnknownFunction, 5, "'gelu'"},
                      ErrorCase{"exp(x, 2)", ErrorKind::ArgumentCount, 1, "exp() takes 1 argument"},
                      ErrorCase{"where(x > 0, 1)", ErrorKind::ArgumentCount, 1, "takes 3 arguments"},
                      ErrorCase{"elu(x, 1, 2)", ErrorKind::ArgumentCount, 1, "up to 1 parameter"},
                      ErrorCase{"x > 0", ErrorKind::MisplacedComparison, 3, "only as the first argument"},
                      ErrorCase{"max(x > 0, 1)", ErrorKind::MisplacedComparison, 7, "where()"},
                      ErrorCase{"where(x, 1, 2)", ErrorKind::ExpectedComparison, 8, "expected a comparison"},
                      ErrorCase{"where(0 < x < 1, 1, 2)", ErrorKind::MisplacedComparison, 13, "chained"},
                      ErrorCase{"elu(x, x)", ErrorKind::ArgumentDependsOnX, 8,
                                "alpha of elu() must not depend on x"},
                      ErrorCase{"x(2)", ErrorKind::NotAParameter, 1, "x is the variable"},
                      ErrorCase{"maxout(x, 7)", ErrorKind::BadParameter, 11, "k = 7"},
                      ErrorCase{"x + elu(x, -1)", ErrorKind::BadParameter, 12, "alpha = -1"},
                      ErrorCase{"a'", ErrorKind::NotAParameter, 1, "prime"},
                      ErrorCase{"exp + 1", ErrorKind::ExpectedToken, 1, "expected '(' after"},
                      ErrorCase{"x/0", ErrorKind::Undefined, 2, "division by zero"},
                      ErrorCase{"x + 0^-2", ErrorKind::Undefined, 6, "division by zero"},
                      ErrorCase{"0^x", ErrorKind::Undefined, 2, "no derivative"},
                      ErrorCase{"x·2", ErrorKind::UnexpectedCharacter, 2, "non-ASCII"}));

TEST(FormulaParser, SizeLimits) {
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "(";
    deep += "x";
    for (int i = 0; i < 5000; ++i)
        deep += ")";
    Limits limits;
    limits.maxLength = 20000;
    ParseResult r = Formula::parse(deep, limits);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error->kind, ErrorKind::TooDeep);
    EXPECT_EQ(errorOf(std::string(5000, '-') + "x").kind, ErrorKind::TooLong);
    r = Formula::parse(std::string(3000, '-') + "x", limits);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error->kind, ErrorKind::TooDeep);
    // a product of 150 sums: f' has 150 terms of 149 factors, f'' 11175 terms — refused, not worked on
    std::string product = "(x + 1)";
    for (int i = 2; i <= 150; ++i)
        product += "*(x + " + std::to_string(i) + ")";
    r = Formula::parse(product);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error->kind, ErrorKind::TooLong);
    EXPECT_NE(r.error->message.find("too large"), std::string::npos) << r.error->message;
    // within the limits: fine
    std::string ok = "x";
    for (int i = 0; i < 40; ++i)
        ok = "(" + ok + ")";
    EXPECT_EQ(valueOf(ok, 2), 2.0);
}

/// The plain text of f, f' and f'' is in the formula language: parsed again, it gives the same values.
TEST(FormulaParser, PrintedFormulasParseBack) {
    for (const char* text : {"x*sigmoid(b*x + c)", "where(x > 1, x^2, a*expm1(x))", "max(x, a*x)",
                             "x/(1 + abs(x))", "sqrt(x^2 + 4) - 2*x^-3", "x*tanh(softplus(x))", "-x^2/3",
                             "elu(x, 0.25) + gelu(2*x)", "0.1*x^0.7", "log(1 + exp(-x))"}) {
        const Formula f = parseOrFail(text);
        std::vector<double> params(f.parameterNames().size(), 0.75);
        for (int k = 0; k < 3; ++k) {
            const Formula g = parseOrFail(f.text(k));
            // parameters may appear in another order (or vanish) in a derivative's text
            std::vector<double> gp(g.parameterNames().size(), 0.75);
            for (double x : {-2.5, -0.3, 0.7, 3.0}) {
                const Derivs a = eval(f, x, params);
                const double want = k == 0 ? a.f : k == 1 ? a.df : a.d2f;
                expectClose(eval(g, x, gp).f, want,
                            std::string(text) + " order " + std::to_string(k) + " as '" + f.text(k) + "'",
                            1e-11);
            }
        }
    }
}

} // namespace
