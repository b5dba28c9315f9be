// SPDX-License-Identifier: GPL-3.0-or-later
/// The training lab's experiments from the material (issue 11, item 4), each claim a test with its seed,
/// on two moons (200 samples, noise 0.1) with batches of 32 unless said otherwise. The settings were
/// chosen where the claim holds with a margin over seeds 1–6 (the figures in the comments); the tests
/// keep one seed each, except the small positive bias, whose effect is a tendency over seeds.
#include "actlab/analysis/trainer.hpp"
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace actlab;
using namespace actlab::analysis;

struct Outcome {
    TrainingMetrics start, end;
    std::vector<double> alpha; ///< PReLU's α of every unit of both hidden layers at the end
};

Outcome train(const char* id, const OptimiserConfig& optimiser, const Initialisation& init, int steps,
              std::uint64_t seed, int width = 64, int layers = 2) {
    const Activation* a = findActivation(id);
    TrainerConfig c;
    c.activation = {a, a->defaults()};
    c.hiddenLayers = layers;
    c.width = width;
    c.batch = 32;
    c.seed = seed;
    c.optimiser = optimiser;
    c.init = init;
    DatasetConfig d;
    d.seed = seed;
    Trainer t(c, makeDataset(d));
    Outcome r;
    r.start = t.evaluate();
    for (int i = 0; i < steps; ++i)
        t.step();
    r.end = t.evaluate();
    for (std::size_t l = 0; l < static_cast<std::size_t>(layers); ++l) {
        const std::vector<double> al = t.preluSlopes(l);
        r.alpha.insert(r.alpha.end(), al.begin(), al.end());
    }
    return r;
}

const Initialisation kHe = makeInitialisation(InitScheme::He);

/// Adam at η = 0.2 for 300 steps: ReLU ends with about half its units dead (0.43–0.56 over seeds 1–6;
/// 0.08 at η = 0.005), while Leaky ReLU, PReLU and ELU keep every unit alive and classify all of the set;
/// PReLU's α leave 0.25 (to between −1.7 and 1.3).
TEST(TrainingPresets, LargeLearningRateKillsReluNotItsRemedies) {
    const OptimiserConfig large{OptimiserKind::Adam, 0.2};
    const Outcome relu = train("relu", large, kHe, 300, 1);
    EXPECT_LE(relu.start.deadFraction, 0.1);
    EXPECT_GE(relu.end.deadFraction, 0.3);
    const Outcome small = train("relu", {OptimiserKind::Adam, 0.005}, kHe, 300, 1);
    EXPECT_LE(small.end.deadFraction, 0.15);
    for (const char* id : {"leaky_relu", "prelu", "elu"}) {
        const Outcome r = train(id, large, kHe, 300, 1);
        EXPECT_EQ(r.end.deadFraction, 0.0) << id;
        EXPECT_GE(r.end.accuracy, 0.97) << id;
        if (r.alpha.empty()) continue;
        double moved = 0.0, furthest = 0.0;
        for (double a : r.alpha) {
            moved += std::fabs(a - 0.25) / static_cast<double>(r.alpha.size());
            furthest = std::fmax(furthest, std::fabs(a - 0.25));
        }
        EXPECT_GE(moved, 0.1) << "PReLU's α moved by " << moved << " on average";
        EXPECT_GE(furthest, 0.5);
    }
}

/// Hidden biases starting at −2 (SGD, η = 0.05, momentum 0.9, 1000 steps, seed 3): 85 % of the ReLU units
/// are dead from the start and stay dead, the loss stays at log 2; Leaky ReLU from the same weights has no
/// dead unit and learns (loss 0.02; over seeds 1–6 ReLU ends 74–89 % dead, Leaky ReLU at 0).
TEST(TrainingPresets, NegativeBiasKillsRelu) {
    const OptimiserConfig sgd{OptimiserKind::Sgd, 0.05, 0.9};
    const Initialisation negative = makeInitialisation(InitScheme::He, 0.0, -2.0);
    const Outcome relu = train("relu", sgd, negative, 1000, 3);
    EXPECT_GE(relu.start.deadFraction, 0.6);
    EXPECT_GE(relu.end.deadFraction, 0.6);
    EXPECT_GE(relu.end.loss, 0.65);
    const Outcome leaky = train("leaky_relu", sgd, negative, 1000, 3);
    EXPECT_EQ(leaky.end.deadFraction, 0.0);
    EXPECT_LE(leaky.end.loss, 0.2);
    EXPECT_GE(leaky.end.accuracy, 0.95);
}

/// Four hidden ReLU layers (SGD, η = 0.05, momentum 0.9, 300 steps, seed 1): He initialisation learns the
/// moons (loss 0.0004), weights N(0, 0.01²) pass almost no signal or gradient through four layers and the
/// loss stays at log 2 = 0.693.
TEST(TrainingPresets, HeVersusATinyInitialisation) {
    const OptimiserConfig sgd{OptimiserKind::Sgd, 0.05, 0.9};
    const Outcome he = train("relu", sgd, kHe, 300, 1, 64, 4);
    const Outcome tiny = train("relu", sgd, makeInitialisation(InitScheme::Normal, 0.01), 300, 1, 64, 4);
    EXPECT_LE(he.end.loss, 0.05);
    EXPECT_GE(he.end.accuracy, 0.99);
    EXPECT_GE(tiny.end.loss, 0.65);
    EXPECT_LE(tiny.end.accuracy, 0.6);
}

/// Narrow and deep (4 hidden layers of 8 ReLU units, SGD, η = 0.05, momentum 0.9, 1000 steps): hidden
/// biases starting at 0.1 instead of 0 leave fewer units dead, at the start (1.62 against 2.47 layers'
/// worth over seeds 1–20) and at the end (1.87 against 2.50). Per seed it can go either way; summed over
/// seeds 1–12 it holds with a margin.
TEST(TrainingPresets, SmallPositiveBiasLeavesFewerDeadUnits) {
    const OptimiserConfig sgd{OptimiserKind::Sgd, 0.05, 0.9};
    double start0 = 0, end0 = 0, startPositive = 0, endPositive = 0;
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        const Outcome zero = train("relu", sgd, kHe, 1000, seed, 8, 4);
        const Outcome positive =
            train("relu", sgd, makeInitialisation(InitScheme::He, 0.0, 0.1), 1000, seed, 8, 4);
        start0 += zero.start.deadFraction;
        end0 += zero.end.deadFraction;
        startPositive += positive.start.deadFraction;
        endPositive += positive.end.deadFraction;
    }
    EXPECT_LE(startPositive, 0.85 * start0) << startPositive << " against " << start0;
    EXPECT_LE(endPositive, 0.85 * end0) << endPositive << " against " << end0;
}

/// Adam against plain SGD (momentum 0), both at η = 0.01 for 300 steps (seed 1): Adam's per-parameter
/// step sizes reach a loss of 0.0002, SGD is still at 0.27.
TEST(TrainingPresets, AdamVersusPlainSgd) {
    const Outcome sgd = train("relu", {OptimiserKind::Sgd, 0.01, 0.0}, kHe, 300, 1);
    const Outcome adam = train("relu", {OptimiserKind::Adam, 0.01}, kHe, 300, 1);
    EXPECT_GE(sgd.end.loss, 0.1);
    EXPECT_LE(adam.end.loss, 0.01);
    EXPECT_EQ(adam.end.accuracy, 1.0);
}

} // namespace
