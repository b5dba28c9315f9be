// SPDX-License-Identifier: GPL-3.0-or-later
/// The training lab's experiments from the material (issue 11, item 4), each claim a test with its seed,
/// read from the one table of experiments (training_experiments.hpp) that the lab and `actlab plot` use,
/// on two moons (200 samples, noise 0.1), 2 hidden layers of 16 units, batches of 16, He initialisation,
/// unless said otherwise (small enough for each test to take about a second under AddressSanitizer). The
/// settings were chosen where the claim holds with a margin over several seeds (the figures in the
/// comments); each test keeps one seed, except the small positive bias, tested over twelve.
#include "actlab/analysis/training_experiments.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace {

using namespace actlab;
using namespace actlab::analysis;

struct Outcome {
    TrainingMetrics start, end;
    std::vector<double> alpha; ///< PReLU's α of every unit of every hidden layer at the end
};

/// Run `index` of the experiment `name` of the one table (training_experiments.hpp), from `seed` (0: the
/// experiment's own), for `steps` steps (−1: the experiment's).
Outcome train(std::string_view name, std::size_t index, long steps = -1, std::uint64_t seed = 0) {
    const TrainingExperiment* found = findTrainingExperiment(name);
    if (!found) throw std::invalid_argument("no experiment " + std::string(name));
    const TrainingExperiment e = seed ? withSeed(*found, seed) : *found;
    const TrainerConfig& c = e.runs.at(index).trainer;
    Trainer t(c, makeDataset(e.data));
    Outcome r;
    r.start = t.evaluate();
    for (long i = 0; i < (steps < 0 ? e.steps : steps); ++i)
        t.step();
    r.end = t.evaluate();
    for (std::size_t l = 0; l < static_cast<std::size_t>(c.hiddenLayers); ++l) {
        const std::vector<double> al = t.preluSlopes(l);
        r.alpha.insert(r.alpha.end(), al.begin(), al.end());
    }
    return r;
}

TEST(TrainingPresets, TheTableHasEveryExperimentOfTheMaterial) {
    ASSERT_EQ(trainingExperiments().size(), 6u);
    for (const TrainingExperiment& e : trainingExperiments()) {
        EXPECT_GE(e.runs.size(), 1u) << e.name;
        EXPECT_LE(e.runs.size(), static_cast<std::size_t>(kMaxComparedRuns)) << e.name;
        const Dataset data = makeDataset(e.data);
        for (const TrainingRun& r : e.runs) {
            EXPECT_EQ(checkTrainerConfig(r.trainer, data).english(), "") << e.name << ": " << r.label;
            EXPECT_EQ(r.trainer.seed, e.data.seed) << e.name;
        }
    }
    EXPECT_EQ(findTrainingExperiment("no-such"), nullptr);
}

/// large-learning-rate: Adam at η = 0.2 for 250 steps, ReLU ends with 50 % of its units dead (31–53 % over
/// seeds 1–6), at η = 0.005 with 12.5 % (9–12.5 %).
TEST(TrainingPresets, LargeLearningRateKillsRelu) {
    const Outcome large = train("large-learning-rate", 0);
    EXPECT_LE(large.start.deadFraction, 0.1);
    EXPECT_GE(large.end.deadFraction, 0.4);
    const Outcome small = train("large-learning-rate", 1);
    EXPECT_LE(small.end.deadFraction, 0.15);
}

/// leaky-prelu-elu: the same run with Leaky ReLU, PReLU and ELU: no unit dies and they classify 97–100 % of
/// the set (over seeds 1–6: 89–100 %); PReLU's α leave 0.25 (seed 1: to between −1.1 and 0.8).
TEST(TrainingPresets, LeakyPreluAndEluSurviveALargeLearningRate) {
    EXPECT_GE(train("leaky-prelu-elu", 0).end.deadFraction, 0.4);
    for (std::size_t i = 1; i <= 3; ++i) {
        const Outcome r = train("leaky-prelu-elu", i);
        EXPECT_EQ(r.end.deadFraction, 0.0) << i;
        EXPECT_GE(r.end.accuracy, 0.95) << i;
        if (r.alpha.empty()) continue;
        double moved = 0.0, furthest = 0.0;
        for (double a : r.alpha) {
            moved += std::fabs(a - 0.25) / static_cast<double>(r.alpha.size());
            furthest = std::fmax(furthest, std::fabs(a - 0.25));
        }
        EXPECT_GE(moved, 0.1) << "PReLU's α moved by " << moved << " on average";
        EXPECT_GE(furthest, 0.5);
    }
    EXPECT_FALSE(train("leaky-prelu-elu", 2, 0).alpha.empty()) << "run 2 is PReLU";
}

/// negative-bias: hidden biases starting at −2 (Adam, η = 0.02, 300 steps, seed 3): 87.5 % of the ReLU
/// units are dead from the start and stay dead, the loss stays at log 2; Leaky ReLU from the same weights
/// has no dead unit and learns (loss 0.03). Over seeds 1–6 ReLU ends 66–100 % dead (five stuck at log 2),
/// Leaky ReLU at 0 % with 99.5–100 % accuracy.
TEST(TrainingPresets, NegativeBiasKillsRelu) {
    const Outcome relu = train("negative-bias", 0);
    EXPECT_GE(relu.start.deadFraction, 0.75);
    EXPECT_GE(relu.end.deadFraction, 0.75);
    EXPECT_GE(relu.end.loss, 0.65);
    const Outcome leaky = train("negative-bias", 1);
    EXPECT_EQ(leaky.end.deadFraction, 0.0);
    EXPECT_LE(leaky.end.loss, 0.1);
    EXPECT_GE(leaky.end.accuracy, 0.98);
}

/// he-vs-poor-init: four hidden ReLU layers (SGD, η = 0.05, momentum 0.9, 200 steps, seed 1): He
/// initialisation learns the moons (loss 0.003; 0.003–0.023 over seeds 1–3), weights N(0, 0.01²) pass
/// almost no signal or gradient through four layers and the loss stays at log 2 = 0.693.
TEST(TrainingPresets, HeVersusATinyInitialisation) {
    const Outcome he = train("he-vs-poor-init", 0);
    const Outcome tiny = train("he-vs-poor-init", 1);
    EXPECT_LE(he.end.loss, 0.05);
    EXPECT_GE(he.end.accuracy, 0.98);
    EXPECT_GE(tiny.end.loss, 0.65);
    EXPECT_LE(tiny.end.accuracy, 0.6);
}

/// positive-bias: narrow and deep (4 hidden layers of 8 ReLU units): hidden biases starting at 0.1
/// instead of 0 leave fewer units dead at the start, never more on any of seeds 1–12 and 30 % fewer in all
/// (1.25 against 1.78 layers' worth). (After 300 SGD steps the difference is a tendency, 1.28 against 1.62,
/// that some seeds reverse; it is not asserted.)
TEST(TrainingPresets, SmallPositiveBiasStartsFewerUnitsDead) {
    double zero = 0, positive = 0;
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        const double z = train("positive-bias", 0, 0, seed).start.deadFraction;
        const double p = train("positive-bias", 1, 0, seed).start.deadFraction;
        EXPECT_LE(p, z) << "seed " << seed;
        zero += z;
        positive += p;
    }
    EXPECT_LE(positive, 0.8 * zero) << positive << " against " << zero;
}

/// adam-vs-sgd: Adam against plain SGD (momentum 0), both at η = 0.01 for 200 steps (seed 1): Adam's
/// per-parameter step sizes reach a loss of 0.09, SGD is still at 0.33 (over seeds 1–3: 0.07–0.09 against
/// 0.31–0.49).
TEST(TrainingPresets, AdamVersusPlainSgd) {
    const Outcome sgd = train("adam-vs-sgd", 0);
    const Outcome adam = train("adam-vs-sgd", 1);
    EXPECT_GE(sgd.end.loss, 0.25);
    EXPECT_LE(adam.end.loss, 0.12);
    EXPECT_GE(adam.end.accuracy, 0.95);
}

} // namespace
