// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab plot --analysis training`: the training lab's figure (training_figure.hpp) drawn headless.
///   actlab plot --analysis training SPEC... [train's options] [--steps N] -o OUT.png|svg|pdf
///   actlab plot --analysis training --preset EXPERIMENT [--steps N] [--seed S] -o OUT.png|svg|pdf
/// One SPEC trains one network; two to four train them side by side from the same seed, data and
/// initialisation (compare mode). The training options are `actlab train`'s, read by its own parser
/// (--layers, --width, --dataset, --loss, --optimizer, --lr, --init, --bias, --batch, --seed, …);
/// --size, --scale, --theme and --title are the figure's, as for every `actlab plot`.
#include "plot/exporter.hpp"

#include <actlab/analysis/training_experiments.hpp>

#include <QString>
#include <QStringList>

#include <optional>

namespace actlab::plot {

/// What to train and draw: the runs (their data, configs and labels) and how many steps.
struct TrainingPlot {
    analysis::TrainingExperiment experiment;
};

/// Whether `args` ask for --analysis training (as "--analysis training" or "--analysis=training").
bool asksForTraining(const QStringList& args);

/// Reads the training half of `args`: SPECs or --preset, and `actlab train`'s options. The figure's
/// options (-o, --output, --size, --scale, --theme, --title) go to `figureArgs`, with the trained
/// activations as its curves, for `actlab plot`'s own parser. nullopt with *error set on bad input.
std::optional<TrainingPlot> parseTrainingArguments(const QStringList& args, QStringList& figureArgs,
                                                   QString* error);

/// The figure's title when none is given: the experiment's title, or "Training on two moons: 2 × 64,
/// Adam η = 0.01, 1000 steps".
QString trainingTitle(const TrainingPlot& plot);

/// Trains every run for the plot's steps, draws the figure at the size, theme and scale of `options`
/// and writes `path` (PNG, SVG or PDF) atomically. false with *error set when it cannot.
bool exportTraining(const TrainingPlot& plot, const QString& title, const QString& path, ExportFormat format,
                    const ExportOptions& options, QString* error = nullptr);

} // namespace actlab::plot
