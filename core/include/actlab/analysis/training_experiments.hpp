// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The material's experiments on dying ReLUs and their remedies (issue 11, item 4) as named setups, the
/// one table that the training lab's preset menu, `actlab plot --analysis training --preset` and the
/// tests of the claims (tests/core/analysis/test_training_presets.cpp) all read. Each experiment trains
/// one to four runs on the same data from the same seed, side by side; the runs differ in what the
/// experiment is about (the activation, η, the bias or weight initialisation, the optimiser).
#include "actlab/analysis/dataset.hpp"
#include "actlab/analysis/trainer.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::analysis {

/// One network of an experiment and the words that tell it from the others ("ReLU, η = 0.2").
struct TrainingRun {
    std::string label;
    TrainerConfig trainer;
};

inline constexpr int kMaxComparedRuns = 4;

struct TrainingExperiment {
    std::string name;  ///< as menus and `--preset` take it, e.g. "large-learning-rate"
    std::string title; ///< one line, e.g. "A too-large learning rate kills ReLUs"
    std::string claim; ///< what the runs show, as the tests assert it
    DatasetConfig data;
    std::vector<TrainingRun> runs; ///< 1…kMaxComparedRuns, every trainer's seed = data.seed
    long steps = 0;                ///< how long the claim needs
};

/// The experiments, in the order of the material: large-learning-rate, leaky-prelu-elu, negative-bias,
/// he-vs-poor-init, positive-bias, adam-vs-sgd.
std::span<const TrainingExperiment> trainingExperiments();
/// nullptr if there is none of that name.
const TrainingExperiment* findTrainingExperiment(std::string_view name);
/// "large-learning-rate, leaky-prelu-elu, …" for messages.
std::string trainingExperimentNames();

/// The experiment with its data and every run drawn from `seed` instead (the claims are tested over
/// several seeds).
TrainingExperiment withSeed(TrainingExperiment experiment, std::uint64_t seed);

} // namespace actlab::analysis
