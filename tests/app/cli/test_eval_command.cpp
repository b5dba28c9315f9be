// SPDX-License-Identifier: GPL-3.0-or-later
// `actlab eval` in process: the CSV it prints against values derived by hand (closed forms), the
// stdin path, and the argument checks.
#include "cli/cli.hpp"
#include "cli/eval_command.hpp"
#include "cli/usage_error.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Result {
    int status;
    std::string out;
    std::string err;
};

Result runCli(std::vector<std::string_view> args, const std::string& input = "") {
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    const int status = actlab::cli::run(args, in, out, err);
    return {status, out.str(), err.str()};
}

using Row = std::array<double, 4>;

/// Parses the CSV with strtod (independent of the code under test); checks the header.
std::vector<Row> parseCsv(const std::string& csv) {
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "x,f,df,d2f");
    std::vector<Row> rows;
    while (std::getline(lines, line)) {
        Row row{};
        const char* p = line.c_str();
        for (int i = 0; i < 4; ++i) {
            char* end = nullptr;
            row[static_cast<std::size_t>(i)] = std::strtod(p, &end);
            EXPECT_NE(end, p) << line;
            EXPECT_EQ(*end, i < 3 ? ',' : '\0') << line;
            p = end + 1;
        }
        rows.push_back(row);
    }
    return rows;
}

std::vector<Row> evalRows(std::vector<std::string_view> args, const std::string& input = "") {
    args.insert(args.begin(), "eval");
    const Result r = runCli(args, input);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    return parseCsv(r.out);
}

/// Relative closeness for values computed by a closed form in double (a few ulp apart at most).
void expectClose(double actual, double expected) {
    EXPECT_NEAR(actual, expected, 1e-14 * std::abs(expected)) << "expected " << expected;
}

} // namespace

TEST(EvalCommand, ReluExact) {
    const auto rows = evalRows({"relu", "--x", "-1,0,2,-inf,inf"});
    ASSERT_EQ(rows.size(), 5u);
    const std::vector<Row> expected = {Row{-1, 0, 0, 0}, Row{0, 0, 0, 0},
                                       Row{2, 2, 1, 0}, // relu'(0) = 0 (PyTorch)
                                       Row{-INFINITY, 0, 0, 0}, Row{INFINITY, INFINITY, 1, 0}};
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < 4; ++j)
            EXPECT_EQ(rows[i][j], expected[i][j]) << "row " << i << " col " << j;
}

TEST(EvalCommand, LeakyReluWithAlpha) {
    const auto rows = evalRows({"leaky_relu", "--param", "alpha=0.1", "--x", "-2,0,3"});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0][1], -0.2); // 0.1 · (−2) is exact in doubles: −2 · 0.1
    EXPECT_EQ(rows[0][2], 0.1);
    EXPECT_EQ(rows[0][3], 0.0);
    EXPECT_EQ(rows[1][1], 0.0);
    EXPECT_EQ(rows[1][2], 0.1); // kink convention: the left slope
    EXPECT_EQ(rows[2][1], 3.0);
    EXPECT_EQ(rows[2][2], 1.0);
}

TEST(EvalCommand, ParamEqualsForm) {
    const auto rows = evalRows({"--param=alpha=0.5", "leaky_relu", "--x=-4"});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0][1], -2.0);
    EXPECT_EQ(rows[0][2], 0.5);
}

TEST(EvalCommand, SigmoidClosedForms) {
    const auto rows = evalRows({"sigmoid", "--x", "0,1,-1"});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0][1], 0.5);
    EXPECT_EQ(rows[0][2], 0.25);
    EXPECT_EQ(rows[0][3], 0.0);
    // σ(1) = 1/(1 + e⁻¹), σ' = σ(1 − σ), σ'' = σ(1 − σ)(1 − 2σ); σ(−1) = 1 − σ(1).
    const double s = 1.0 / (1.0 + std::exp(-1.0));
    expectClose(rows[1][1], s);
    expectClose(rows[1][2], s * (1 - s));
    expectClose(rows[1][3], s * (1 - s) * (1 - 2 * s));
    expectClose(rows[2][1], 1 - s);
    expectClose(rows[2][2], s * (1 - s));
    expectClose(rows[2][3], -s * (1 - s) * (1 - 2 * s));
}

TEST(EvalCommand, MoreClosedForms) {
    // tanh(0) = 0, tanh'(0) = 1, tanh''(0) = 0.
    auto rows = evalRows({"tanh", "--x", "0"});
    EXPECT_EQ(rows.at(0)[1], 0.0);
    EXPECT_EQ(rows.at(0)[2], 1.0);
    EXPECT_EQ(rows.at(0)[3], 0.0);
    // softsign(1) = 1/2, f' = 1/(1+|x|)² = 1/4, f'' = −2 sgn x/(1+|x|)³ = −1/4.
    rows = evalRows({"softsign", "--x", "1,-1"});
    EXPECT_EQ(rows.at(0)[1], 0.5);
    EXPECT_EQ(rows.at(0)[2], 0.25);
    EXPECT_EQ(rows.at(0)[3], -0.25);
    EXPECT_EQ(rows.at(1)[1], -0.5);
    EXPECT_EQ(rows.at(1)[3], 0.25);
    // gaussian: e^(−x²), −2x e^(−x²), (4x² − 2) e^(−x²) at x = 1.
    rows = evalRows({"gaussian", "--x", "1"});
    expectClose(rows.at(0)[1], std::exp(-1.0));
    expectClose(rows.at(0)[2], -2 * std::exp(-1.0));
    expectClose(rows.at(0)[3], 2 * std::exp(-1.0));
    // swish with β = 2 at 0: f = 0, f' = σ(0) = 1/2, f'' = 2β σ'(0) = β/2 = 1.
    rows = evalRows({"swish", "--param", "beta=2", "--x", "0"});
    EXPECT_EQ(rows.at(0)[1], 0.0);
    EXPECT_EQ(rows.at(0)[2], 0.5);
    EXPECT_EQ(rows.at(0)[3], 1.0);
    // hardtanh [−1, 1]: identity inside, clamped outside, f' = 0 at both bounds (PyTorch).
    rows = evalRows({"hardtanh", "--x", "0.5,2,-1,1"});
    EXPECT_EQ(rows.at(0)[1], 0.5);
    EXPECT_EQ(rows.at(0)[2], 1.0);
    EXPECT_EQ(rows.at(1)[1], 1.0);
    EXPECT_EQ(rows.at(1)[2], 0.0);
    EXPECT_EQ(rows.at(2)[1], -1.0);
    EXPECT_EQ(rows.at(2)[2], 0.0);
    EXPECT_EQ(rows.at(3)[2], 0.0);
    // threshold θ = 1, value = 0: f(1) = value, f'(1) = 0; f(2) = 2, f'(2) = 1.
    rows = evalRows({"threshold", "--x", "1,2"});
    EXPECT_EQ(rows.at(0)[1], 0.0);
    EXPECT_EQ(rows.at(0)[2], 0.0);
    EXPECT_EQ(rows.at(1)[1], 2.0);
    EXPECT_EQ(rows.at(1)[2], 1.0);
    // maxout with k = 3 over x, 0, −x is |x| clamped below by 0, i.e. |x|: f(−3) = 3, f'(−3) = −1.
    rows = evalRows({"maxout", "--param", "k=3", "--x", "-3,2"});
    EXPECT_EQ(rows.at(0)[1], 3.0);
    EXPECT_EQ(rows.at(0)[2], -1.0);
    EXPECT_EQ(rows.at(1)[1], 2.0);
    EXPECT_EQ(rows.at(1)[2], 1.0);
    // rrelu evaluates the slope (lower + upper)/2 = (0.25 + 0.75)/2 = 0.5.
    rows = evalRows({"rrelu", "--param", "lower=0.25", "--param", "upper=0.75", "--x", "-2"});
    EXPECT_EQ(rows.at(0)[1], -1.0);
    EXPECT_EQ(rows.at(0)[2], 0.5);
    // snake a = 1 at 0: x + sin²x → f = 0, f' = 1 + sin 2x = 1, f'' = 2 cos 2x = 2.
    rows = evalRows({"snake", "--x", "0"});
    EXPECT_EQ(rows.at(0)[1], 0.0);
    EXPECT_EQ(rows.at(0)[2], 1.0);
    EXPECT_EQ(rows.at(0)[3], 2.0);
}

TEST(EvalCommand, NanPropagates) {
    const auto rows = evalRows({"gelu", "--x", "nan"});
    ASSERT_EQ(rows.size(), 1u);
    for (const double v : rows[0])
        EXPECT_TRUE(std::isnan(v));
}

TEST(EvalCommand, ReadsStandardInput) {
    const auto rows = evalRows({"relu"}, "  1\n\t-2   0x1p-1\n-0x1.8p+1 1e-320\n");
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0], (Row{1, 1, 1, 0}));
    EXPECT_EQ(rows[1], (Row{-2, 0, 0, 0}));
    EXPECT_EQ(rows[2], (Row{0.5, 0.5, 1, 0}));
    EXPECT_EQ(rows[3], (Row{-3, 0, 0, 0}));
    EXPECT_EQ(rows[4], (Row{1e-320, 1e-320, 1, 0}));
}

TEST(EvalCommand, ManyPointsFromStandardInput) {
    // More than one 4096-point block: x = k/8 for k = −10000 … 10000; leaky_relu with alpha 0.25 is exact.
    std::string input;
    for (int k = -10000; k <= 10000; ++k)
        input += std::to_string(k) + "e0 ";
    const auto rows = evalRows({"leaky_relu", "--param", "alpha=0.25"}, input);
    ASSERT_EQ(rows.size(), 20001u);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double x = static_cast<double>(static_cast<int>(i) - 10000);
        ASSERT_EQ(rows[i][0], x);
        ASSERT_EQ(rows[i][1], x > 0 ? x : 0.25 * x);
        ASSERT_EQ(rows[i][2], x > 0 ? 1.0 : 0.25);
    }
}

TEST(EvalCommand, EmptyInputPrintsTheHeaderOnly) {
    const Result r = runCli({"eval", "sigmoid"}, " \n");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, "x,f,df,d2f\n");
}

TEST(EvalCommand, BadInputLeavesStdoutEmpty) {
    const std::vector<std::vector<std::string_view>> cases = {
        {"eval", "nope"},
        {"eval", "leaky_relu", "--param", "alpha=2"},
        {"eval", "leaky_relu", "--param", "beta=1"},
        {"eval", "relu", "--x", "1,zz"},
        {"eval", "relu", "--x", "1", "--x", "2"},
        {"eval", "relu", "extra", "--x", "1"},
    };
    for (const auto& args : cases) {
        const Result r = runCli(args);
        EXPECT_EQ(r.status, 2);
        EXPECT_EQ(r.out, "");
        ASSERT_FALSE(r.err.empty());
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
    }
    // Malformed stdin after valid numbers: the valid rows must not reach stdout.
    const Result r = runCli({"eval", "relu"}, "1 2 3\n4 five 6");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("'five'"), std::string::npos) << r.err;
}

TEST(EvalCommand, SuggestsTheClosestId) {
    EXPECT_EQ(actlab::cli::closestId("leaky_rel"), "leaky_relu");
    EXPECT_EQ(actlab::cli::closestId("tahn"), "tanh"); // transposed letters
    EXPECT_EQ(actlab::cli::closestId("sigmiod"), "sigmoid");
    EXPECT_FALSE(actlab::cli::closestId("completely_different").has_value());
}

TEST(EvalCommand, ParsedRequestHasDefaultsAndOverrides) {
    const std::vector<std::string_view> args = {"selu", "--param", "alpha=2"};
    const auto request = actlab::cli::parseEvalArguments(args);
    ASSERT_TRUE(request.function.has_value());
    EXPECT_EQ(request.function->id(), "selu");
    ASSERT_EQ(request.parameters.size(), 2u);
    EXPECT_EQ(request.parameters[0], 1.0507009873554805); // lambda keeps its default
    EXPECT_EQ(request.parameters[1], 2.0);
    EXPECT_FALSE(request.x.has_value());
}

// --formula: x*sigmoid(b*x) at b = 1.5 by hand. With s = σ(bx): f = x s, f' = s + b x s(1 − s),
// f'' = 2 b s(1 − s) + b² x s(1 − s)(1 − 2s); σ from exp in double (few-ulp agreement).
TEST(EvalCommand, FormulaWithAParameter) {
    const auto rows = evalRows({"--formula", "x*sigmoid(b*x)", "--param", "b=1.5", "--x", "-2,0,0.5,3"});
    ASSERT_EQ(rows.size(), 4u);
    const double b = 1.5;
    for (const Row& row : rows) {
        const double x = row[0];
        const double s = 1 / (1 + std::exp(-b * x));
        expectClose(row[1], x * s);
        expectClose(row[2], s + b * x * s * (1 - s));
        if (x == 0)
            EXPECT_EQ(row[3], 2 * b * 0.25);
        else
            EXPECT_NEAR(row[3], 2 * b * s * (1 - s) + b * b * x * s * (1 - s) * (1 - 2 * s), 1e-13);
    }
}

// A formula's kink: max(x, a*x) with a = 0.1 is Leaky ReLU; at 0 max takes its second argument's
// derivative (the formula language's convention), so f'(0) = a.
TEST(EvalCommand, FormulaKinkAndDefaults) {
    const auto rows = evalRows({"--formula=max(x, a*x)", "--x", "-3,0,2"});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0][1], -3.0); // a defaults to 1: max(x, x) = x
    const auto leaky = evalRows({"--formula", "max(x, a*x)", "--param", "a=0.25", "--x", "-4,0,2"});
    ASSERT_EQ(leaky.size(), 3u);
    EXPECT_EQ(leaky[0][1], -1.0);
    EXPECT_EQ(leaky[0][2], 0.25);
    EXPECT_EQ(leaky[1][2], 0.25);
    EXPECT_EQ(leaky[2][1], 2.0);
    EXPECT_EQ(leaky[2][2], 1.0);
}

TEST(EvalCommand, BadFormulasAreRefusedWithTheColumn) {
    struct Case {
        std::vector<std::string_view> args;
        std::string_view expected; ///< part of the one stderr line
    };
    const std::vector<Case> cases = {
        {{"eval", "--formula", "x*(tanh(x"}, "expected ')' at column 10"},
        {{"eval", "--formula", "sigmod(x)"}, "sigmoid"},
        {{"eval", "--formula", "x*b", "--param", "c=1"}, "no parameter 'c'"},
        {{"eval", "--formula", "x*b", "--param", "b=inf"}, "not a finite number"},
        {{"eval", "--formula", "x", "relu"}, "both an id"},
        {{"eval", "--formula", "x", "--formula", "x"}, "given twice"},
        {{"eval", "--formula"}, "--formula needs"},
        {{"eval", "--formula", ""}, "--formula"},
    };
    for (const Case& c : cases) {
        const Result r = runCli(c.args);
        EXPECT_EQ(r.status, 2) << c.expected;
        EXPECT_EQ(r.out, "");
        EXPECT_NE(r.err.find(c.expected), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
    }
}
