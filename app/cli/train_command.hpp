// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab train --activation SPEC [--param NAME=VALUE]... [--layers L] [--width N] [--dataset NAME]
/// [--target SPEC] [--samples N] [--noise V] [--loss NAME] [--optimizer sgd|adam] [--lr V] [--momentum M]
/// [--init he|xavier|lecun|normal:S] [--bias V] [--prelu-slopes unit|layer] [--steps N] [--batch B]
/// [--every K] [--seed S]`: trains a small network (actlab::analysis::Trainer) and prints CSV
/// step,loss,accuracy,dead_fraction.
#include <actlab/analysis/trainer.hpp>

#include <cstdint>
#include <ostream>
#include <span>
#include <string_view>

namespace actlab::cli {

/// What the arguments of `train` ask for, fully validated.
struct TrainRequest {
    analysis::TrainerConfig trainer;
    analysis::DatasetConfig dataset;
    std::int64_t steps = 1000;
    std::int64_t every = 100;
    bool help = false;
};

/// Parses and validates the arguments after the word "train". Throws UsageError with one line.
TrainRequest parseTrainArguments(std::span<const std::string_view> args);

/// Runs `train`: the header and one row at step 0, every `every` steps and at the last step. Throws
/// UsageError on bad input (nothing reaches `out`); returns false if writing failed.
bool runTrain(std::span<const std::string_view> args, std::ostream& out);

} // namespace actlab::cli
