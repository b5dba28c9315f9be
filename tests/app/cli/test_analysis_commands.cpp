// SPDX-License-Identifier: GPL-3.0-or-later
// `actlab stats`, `actlab depth` and `actlab train` in process: the CSV against closed forms (ReLU, Leaky
// ReLU, the point mass, the ReLU variance recursion), the Monte-Carlo columns, help, and every kind of bad
// input (exit status 2, nothing on stdout, one stderr line naming the problem).
#include "cli/cli.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
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

Result runCli(std::vector<std::string_view> args) {
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    const int status = actlab::cli::run(args, in, out, err);
    return {status, out.str(), err.str()};
}

/// The rows of a CSV (header checked), each cell read with strtod (independent of the code under test).
std::vector<std::vector<double>> parseCsv(const std::string& csv, const std::string& header) {
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, header);
    const std::size_t columns = static_cast<std::size_t>(std::count(header.begin(), header.end(), ',')) + 1;
    std::vector<std::vector<double>> rows;
    while (std::getline(lines, line)) {
        std::vector<double> row;
        const char* p = line.c_str();
        for (std::size_t i = 0; i < columns; ++i) {
            char* end = nullptr;
            row.push_back(std::strtod(p, &end));
            EXPECT_NE(end, p) << line;
            EXPECT_EQ(*end, i + 1 < columns ? ',' : '\0') << line;
            p = end + 1;
        }
        rows.push_back(row);
    }
    return rows;
}

constexpr const char* kStatsHeader = "mean,std,E_f,Var_f,E_df,E_df2,P_dead";
const double kPi = 3.14159265358979323846;

double Phi(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}
double phi(double z) {
    return std::exp(-0.5 * z * z) / std::sqrt(2 * kPi);
}

void expectClose(double got, double want, double tol = 1e-12) {
    EXPECT_LE(std::fabs(got - want), tol * std::max(1.0, std::fabs(want))) << got << " vs " << want;
}

TEST(StatsCommand, ReluStandardNormal) {
    const Result r = runCli({"stats", "relu"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = parseCsv(r.out, kStatsHeader);
    ASSERT_EQ(rows.size(), 1U);
    const auto& v = rows[0];
    EXPECT_EQ(v[0], 0.0);
    EXPECT_EQ(v[1], 1.0);
    expectClose(v[2], 1 / std::sqrt(2 * kPi)); // E[max(0, X)] = φ(0)
    expectClose(v[3], 0.5 - 1 / (2 * kPi));    // E[f²] − E[f]² = 1/2 − 1/(2π)
    expectClose(v[4], 0.5);
    expectClose(v[5], 0.5);
    expectClose(v[6], 0.5);
}

TEST(StatsCommand, LeakyReluWithMeanAndStd) {
    const double a = 0.1, mu = 0.3, s = 2.0, m = mu / s;
    const Result r = runCli({"stats", "leaky_relu", "--param", "alpha=0.1", "--mean", "0.3", "--std=2"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto v = parseCsv(r.out, kStatsHeader).at(0);
    const double pos = mu * Phi(m) + s * phi(m), neg = mu - pos;
    const double pos2 = (mu * mu + s * s) * Phi(m) + mu * s * phi(m), neg2 = mu * mu + s * s - pos2;
    const double ef = pos + a * neg;
    expectClose(v[2], ef, 1e-11);
    expectClose(v[3], pos2 + a * a * neg2 - ef * ef, 1e-11);
    expectClose(v[4], Phi(m) + a * Phi(-m), 1e-11);
    expectClose(v[5], Phi(m) + a * a * Phi(-m), 1e-11);
    EXPECT_EQ(v[6], 0.0);
}

TEST(StatsCommand, ZeroStdIsThePointMass) {
    const Result r = runCli({"stats", "relu", "--mean", "0.5", "--std", "0"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, std::string(kStatsHeader) + "\n0.5,0,0.5,0,1,1,0\n");
    const Result kink = runCli({"stats", "relu", "--mean", "0", "--std", "0"}); // f′(0) = 0 by convention
    EXPECT_EQ(kink.out, std::string(kStatsHeader) + "\n0,0,0,0,0,0,1\n");
}

TEST(DepthCommand, ReluVarianceRecursion) {
    // q₁ = σ_w² q_in + σ_b², q_{l+1} = σ_w² q_l/2 + σ_b², χ = σ_w²/2, g_l = χ^(L−l).
    const Result r =
        runCli({"depth", "relu", "--layers", "4", "--sigma-w2", "1.5", "--sigma-b2=0.25", "--q-in", "2"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = parseCsv(r.out, "layer,q,chi,g");
    ASSERT_EQ(rows.size(), 4U);
    double q = 1.5 * 2 + 0.25;
    for (std::size_t l = 0; l < 4; ++l) {
        EXPECT_EQ(rows[l][0], static_cast<double>(l + 1));
        expectClose(rows[l][1], q);
        expectClose(rows[l][2], 0.75);
        expectClose(rows[l][3], std::pow(0.75, 3 - static_cast<double>(l)));
        q = 1.5 * q / 2 + 0.25;
    }
}

TEST(DepthCommand, DefaultsAreSigmaW2OneSigmaB2ZeroQInOne) {
    const Result r = runCli({"depth", "relu", "--layers", "3"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = parseCsv(r.out, "layer,q,chi,g");
    ASSERT_EQ(rows.size(), 3U);
    expectClose(rows[0][1], 1.0);
    expectClose(rows[1][1], 0.5);
    expectClose(rows[2][1], 0.25);
}

TEST(DepthCommand, MonteCarloColumns) {
    const std::vector<std::string_view> args = {"depth", "tanh",   "--layers", "5",  "--sigma-w2",
                                                "1.5",   "--mc",   "--width",  "64", "--batch",
                                                "32",    "--seed", "7"};
    const Result r = runCli(args);
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = parseCsv(r.out, "layer,q,chi,g,q_mc,g_mc");
    ASSERT_EQ(rows.size(), 5U);
    // Layer 1: z = Wx exactly Gaussian given x; 2048 values of z² with mean q₁, relative spread √2/√2048
    // per independent value, 64 inputs shared: within 25 % is many standard errors.
    EXPECT_LE(std::fabs(rows[0][4] / rows[0][1] - 1), 0.25);
    EXPECT_EQ(rows[4][5], 1.0);         // g_L = 1 by definition
    EXPECT_EQ(runCli(args).out, r.out); // the seed fixes everything
}

TEST(AnalysisCommands, Help) {
    for (const auto& args : {std::vector<std::string_view>{"stats", "--help"}, {"help", "stats"}}) {
        const Result r = runCli(args);
        EXPECT_EQ(r.status, 0);
        EXPECT_NE(r.out.find("Usage: actlab stats ID"), std::string::npos);
    }
    for (const auto& args : {std::vector<std::string_view>{"depth", "-h"}, {"help", "depth"}}) {
        const Result r = runCli(args);
        EXPECT_EQ(r.status, 0);
        EXPECT_NE(r.out.find("Usage: actlab depth ID"), std::string::npos);
    }
    EXPECT_NE(runCli({"--help"}).out.find("actlab stats ID"), std::string::npos);
    EXPECT_NE(runCli({"--help"}).out.find("actlab depth ID"), std::string::npos);
    for (const auto& args : {std::vector<std::string_view>{"train", "--help"}, {"help", "train"}}) {
        const Result r = runCli(args);
        EXPECT_EQ(r.status, 0);
        EXPECT_NE(r.out.find("Usage: actlab train --activation SPEC"), std::string::npos);
    }
    EXPECT_NE(runCli({"--help"}).out.find("actlab train --activation SPEC"), std::string::npos);
}

constexpr const char* kTrainHeader = "step,loss,accuracy,dead_fraction";

/// Rows at step 0, every K steps and at the last; accuracy in [0, 1], dead fraction a multiple of
/// 1/(2·8); the same arguments give the same bytes, another seed other numbers.
TEST(TrainCommand, RowsEveryKStepsAndTheLast) {
    const std::vector<std::string_view> args = {"train", "--activation", "relu", "--width", "8", "--steps",
                                                "250",   "--every",      "100",  "--seed",  "5"};
    const Result r = runCli(args);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = parseCsv(r.out, kTrainHeader);
    ASSERT_EQ(rows.size(), 4U);
    const double steps[] = {0, 100, 200, 250};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(rows[i][0], steps[i]);
        EXPECT_GT(rows[i][1], 0.0);
        EXPECT_GE(rows[i][2], 0.0);
        EXPECT_LE(rows[i][2], 1.0);
        EXPECT_EQ(rows[i][3] * 16, std::round(rows[i][3] * 16));
    }
    EXPECT_LT(rows[3][1], rows[0][1]); // it learns
    EXPECT_EQ(runCli(args).out, r.out);
    std::vector<std::string_view> other = args;
    other.back() = "6";
    EXPECT_NE(runCli(other).out, r.out);
}

/// A starting bias of −100 kills every ReLU unit (dead fraction 1 in every row) and no Leaky ReLU unit;
/// `ID:NAME=VALUE` and `--param NAME=VALUE` are the same activation.
TEST(TrainCommand, NegativeBiasAndSpecs) {
    const auto train = [](std::vector<std::string_view> args) {
        for (std::string_view a :
             {"--bias", "-100", "--steps", "20", "--every", "10", "--width", "4", "--layers", "1"})
            args.push_back(a);
        args.insert(args.begin(), "train");
        return runCli(args);
    };
    const Result relu = train({"--activation=relu"});
    ASSERT_EQ(relu.status, 0) << relu.err;
    for (const auto& row : parseCsv(relu.out, kTrainHeader))
        EXPECT_EQ(row[3], 1.0);
    const Result leaky = train({"--activation", "leaky_relu:alpha=0.2"});
    ASSERT_EQ(leaky.status, 0) << leaky.err;
    for (const auto& row : parseCsv(leaky.out, kTrainHeader))
        EXPECT_EQ(row[3], 0.0);
    EXPECT_EQ(train({"--activation", "leaky_relu", "--param", "alpha=0.2"}).out, leaky.out);
    const Result adam =
        runCli({"train", "--activation", "prelu", "--optimizer", "adam", "--dataset", "xor", "--init",
                "normal:0.5", "--prelu-slopes", "layer", "--loss", "mse", "--steps", "0"});
    ASSERT_EQ(adam.status, 0) << adam.err;
    EXPECT_EQ(parseCsv(adam.out, kTrainHeader).size(), 1U);
}

/// A 1-D regression: tanh on [−3, 3] with noise N(0, 0.1²) fitted by 2 × 16 tanh units (Adam, 2000
/// steps) reaches a mean squared error near the noise's variance 0.01 (it cannot go far below it on 200
/// samples, and a net that learnt nothing stays near Var tanh(x) ≈ 0.6); the accuracy column is nan.
TEST(TrainCommand, RegressionFitsTheTargetDownToTheNoise) {
    const Result r = runCli({"train", "--activation", "tanh", "--dataset", "regression", "--target", "tanh",
                             "--width", "16", "--optimizer", "adam", "--steps", "2000", "--every", "2000"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("\n0,"), std::string::npos);
    EXPECT_NE(r.out.find(",nan,"), std::string::npos) << r.out;
    const std::size_t last = r.out.rfind("\n2000,");
    ASSERT_NE(last, std::string::npos) << r.out;
    const double loss = std::stod(r.out.substr(last + 6));
    EXPECT_GE(loss, 0.005);
    EXPECT_LE(loss, 0.02);
}

struct BadCase {
    std::vector<std::string_view> args;
    std::string_view expected; ///< a part of the one stderr line
};

TEST(AnalysisCommands, BadInputIsOneLineAndExitTwo) {
    const std::vector<BadCase> cases = {
        {{"stats"}, "stats: missing the activation id"},
        {{"stats", "rleu"}, "stats: unknown activation id 'rleu' (did you mean 'relu'?)"},
        {{"stats", "relu", "tanh"}, "stats: unexpected argument 'tanh'"},
        {{"stats", "relu", "--std", "-1"}, "stats: --std -1 must be a finite number in [0, 1e100]"},
        {{"stats", "relu", "--std", "nan"}, "stats: --std nan must be a finite number"},
        {{"stats", "relu", "--std", "1e101"}, "stats: --std 1e+101 must be a finite number"},
        {{"stats", "relu", "--std", "two"}, "stats: --std: malformed number 'two'"},
        {{"stats", "relu", "--std"}, "stats: --std needs a number"},
        {{"stats", "relu", "--mean", "inf"}, "stats: --mean inf must be a finite number"},
        {{"stats", "relu", "--mean="}, "stats: --mean: empty value"},
        {{"stats", "relu", "--sigma", "1"}, "stats: unknown option '--sigma'"},
        {{"stats", "leaky_relu", "--param", "alpha=2"}, "stats: leaky_relu: alpha = 2 is outside"},
        {{"stats", "relu", "--param", "alpha=0.1"}, "stats: relu has no parameter 'alpha'"},
        {{"stats", "relu", "--param", "alpha"}, "stats: --param expects NAME=VALUE"},
        {{"depth", "relu"}, "depth: --layers L is required"},
        {{"depth", "--layers", "3"}, "depth: missing the activation id"},
        {{"depth", "relu", "--layers", "0"}, "depth: --layers: '0' is not a whole number in [1, 100000]"},
        {{"depth", "relu", "--layers", "2.5"}, "depth: --layers: '2.5' is not a whole number"},
        {{"depth", "relu", "--layers", "-3"}, "depth: --layers: '-3' is not a whole number"},
        {{"depth", "relu", "--layers", "99999999999999999999"}, "is not a whole number in [1, 100000]"},
        {{"depth", "relu", "--layers", "3", "--sigma-w2", "-1"},
         "depth: --sigma-w2 -1 must be a finite number >= 0"},
        {{"depth", "relu", "--layers", "3", "--sigma-b2", "inf"},
         "depth: --sigma-b2 inf must be a finite number"},
        {{"depth", "relu", "--layers", "3", "--q-in", "x"}, "depth: --q-in: malformed number 'x'"},
        {{"depth", "relu", "--layers", "3", "--width", "10"}, "depth: --width is used only with --mc"},
        {{"depth", "relu", "--layers", "3", "--mc=yes"}, "depth: --mc takes no value"},
        {{"depth", "relu", "--layers", "3", "--mc", "--width", "0"},
         "depth: --width: '0' is not a whole number in [1, 4096]"},
        {{"depth", "relu", "--layers", "3", "--mc", "--batch", "1e3"},
         "depth: --batch: '1e3' is not a whole number"},
        {{"depth", "relu", "--layers", "3", "--mc", "--seed", "-1"},
         "depth: --seed: '-1' is not a whole number"},
        {{"depth", "relu", "--layers", "2000", "--mc"}, "depth: --mc runs at most 1000 layers"},
        {{"help", "depthh"}, "help: no help for 'depthh'"},
        {{"train"}, "train: --activation SPEC is required"},
        {{"train", "relu"},
         "train: unexpected argument 'relu'; the activation is given as --activation SPEC"},
        {{"train", "--activation", "rleu"}, "train: unknown activation id 'rleu' (did you mean 'relu'?)"},
        {{"train", "--activation", "relu:"}, "train: --activation 'relu:': expected name=value after ':'"},
        {{"train", "--activation", "formula:x*tanh(x)"},
         "train: --activation: a typed formula cannot be trained"},
        {{"train", "--activation", "leaky_relu:alpha"}, "expected name=value, got 'alpha'"},
        {{"train", "--activation", "leaky_relu:alpha=3"}, "train: leaky_relu: alpha = 3 is outside"},
        {{"train", "--activation", "relu", "--activation", "elu"}, "train: --activation given twice"},
        {{"train", "--activation"}, "train: --activation needs an activation spec"},
        {{"train", "--activation", "relu", "--layers", "5"},
         "train: --layers: '5' is not a whole number in [1, 4]"},
        {{"train", "--activation", "relu", "--width", "1"},
         "train: --width: '1' is not a whole number in [2, 256]"},
        {{"train", "--activation", "relu", "--dataset", "moon"}, "train: --dataset: unknown dataset 'moon'"},
        {{"train", "--activation", "relu", "--dataset", "regression"},
         "train: --dataset regression needs --target SPEC"},
        {{"train", "--activation", "relu", "--target", "tanh"},
         "train: --target is used only with --dataset regression"},
        {{"train", "--activation", "relu", "--dataset", "regression", "--target", "tahn"},
         "train --target: unknown activation id 'tahn' (did you mean 'tanh'?)"},
        {{"train", "--activation", "relu", "--dataset", "regression", "--target", "tanh", "--loss",
          "cross-entropy"},
         "train: --loss cross-entropy is for the classes"},
        {{"train", "--activation", "relu", "--optimizer", "rmsprop"},
         "train: --optimizer: unknown optimizer"},
        {{"train", "--activation", "relu", "--lr", "0"}, "train: --lr 0 must be > 0"},
        {{"train", "--activation", "relu", "--lr", "nan"}, "train: --lr nan must be finite"},
        {{"train", "--activation", "relu", "--lr", "fast"}, "train: --lr: malformed number 'fast'"},
        {{"train", "--activation", "relu", "--momentum", "1"}, "train: --momentum 1 must be in [0, 1)"},
        {{"train", "--activation", "relu", "--optimizer", "adam", "--momentum", "0.5"},
         "train: --momentum is used only with --optimizer sgd"},
        {{"train", "--activation", "relu", "--init", "kaiming"},
         "train: --init: unknown initialisation 'kaiming'"},
        {{"train", "--activation", "relu", "--init", "normal:-1"}, "must be in (0, 1000]"},
        {{"train", "--activation", "relu", "--init", "normal:"}, "train: --init normal:S: empty value"},
        {{"train", "--activation", "relu", "--bias", "1e3"}, "train: --bias 1000 is outside [-100, 100]"},
        {{"train", "--activation", "relu", "--prelu-slopes", "unit"}, "--prelu-slopes is used only with"},
        {{"train", "--activation", "prelu", "--prelu-slopes", "all"}, "'all' is neither unit nor layer"},
        {{"train", "--activation", "relu", "--steps", "-1"}, "train: --steps: '-1' is not a whole number"},
        {{"train", "--activation", "relu", "--every", "0"}, "train: --every: '0' is not a whole number"},
        {{"train", "--activation", "relu", "--samples", "50", "--batch", "64"},
         "train: --batch 64 is larger than the training set (--samples 50)"},
        {{"train", "--activation", "relu", "--noise", "-0.1"}, "train: --noise -0.1 must be >= 0"},
        {{"train", "--activation", "relu", "--loss", "hinge"}, "train: --loss: unknown loss 'hinge'"},
        {{"train", "--activation", "relu", "--seed", "x"}, "train: --seed: 'x' is not a whole number"},
        {{"train", "--activation", "relu", "--lerning-rate", "1"}, "train: unknown option '--lerning-rate'"},
    };
    for (const BadCase& c : cases) {
        const Result r = runCli(c.args);
        std::string joined;
        for (std::string_view a : c.args)
            joined += std::string(a) + ' ';
        EXPECT_EQ(r.status, 2) << joined;
        EXPECT_EQ(r.out, "") << joined;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << joined << ": " << r.err;
        EXPECT_EQ(r.err.rfind("actlab: ", 0), 0U) << joined << ": " << r.err;
        EXPECT_NE(r.err.find(c.expected), std::string::npos) << joined << ": " << r.err;
    }
}

} // namespace
