// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What the training lab shows, as a session or a lesson step keeps it: the optional "lab" member of an
/// "explorer" object (session_file.hpp), either one of the material's experiments by name
///   "lab": {"experiment": "large-learning-rate", "step": 250, "play": false}
/// or the lab's own settings, every control of it
///   "lab": {"activation": "prelu", "params": {"alpha": 0.25}, "layers": 2, "width": 16, "dataset": "moons",
///           "target": "tanh", "loss": "cross-entropy", "optimiser": "adam", "learningRate": 0.01,
///           "momentum": 0.9, "init": "he", "initStd": 0.01, "bias": 0, "batch": 16, "seed": 1,
///           "compare": false, "compareWith": ["relu", "leaky_relu", "prelu", ""], "step": 120}
/// (every member optional, defaulting to the lab's start: ReLU on two moons, 2 × 16, Adam at η = 0.01;
/// "params" by name as a curve's, the others at their defaults).
/// "step" is how far the lab had trained: opening it trains that many steps again from the seed (the
/// trainer is deterministic, so the frame is the one saved) and stays there; "play": true then goes on
/// training (a lesson step that shows the experiment live; a session's own lab reopens paused whatever it
/// says, as it was when saved). Read and written with the rest of the preset
/// schema, in presets.cpp.
#include <actlab/analysis/training_experiments.hpp>

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace actlab::plot {

/// The lab's controls.
struct LabSettings {
    QString activation = QStringLiteral("relu"); ///< a catalogue id
    std::vector<double> params;                  ///< its parameters (empty: its defaults)
    int layers = 2;
    int width = 16;
    analysis::DatasetKind dataset = analysis::DatasetKind::Moons;
    QString target = QStringLiteral("tanh"); ///< the function a regression fits (at its defaults)
    analysis::Loss loss = analysis::Loss::CrossEntropy;
    analysis::OptimiserKind optimiser = analysis::OptimiserKind::Adam;
    double learningRate = 0.01;
    double momentum = 0.9; ///< SGD's
    analysis::InitScheme init = analysis::InitScheme::He;
    double initStd = 0.01; ///< σ of N(0, σ²)
    double bias = 0;       ///< the hidden units' starting bias
    int batch = 16;
    int seed = 1;
    bool compare = false; ///< train compareWith side by side instead of the activation
    std::array<QString, analysis::kMaxComparedRuns> compareWith{
        QStringLiteral("relu"), QStringLiteral("leaky_relu"), QStringLiteral("prelu"), QStringLiteral("elu")};

    bool operator==(const LabSettings&) const = default;
};

/// The ranges of the lab's controls (and of the file's members).
inline constexpr double kMinLabLearningRate = 1e-5, kMaxLabLearningRate = 10;
inline constexpr double kMaxLabMomentum = 0.999;
inline constexpr double kMinLabInitStd = 1e-4, kMaxLabInitStd = 100;
inline constexpr double kMaxLabBias = 100;
inline constexpr int kMaxLabSeed = 1'000'000;
/// The furthest step a file may ask the lab to train to again (a few seconds of training at most).
inline constexpr long kMaxLabStep = 100'000;

struct LabRequest {
    QString experiment;   ///< an experiment's name (trainingExperiments()); empty: `settings`
    LabSettings settings; ///< ignored (left at its defaults) with an experiment
    long step = 0;        ///< the step the lab had reached
    bool play = false;    ///< train on from `step` when shown

    bool operator==(const LabRequest&) const = default;
};

/// The data and runs the settings describe (the lab's runs, labelled by activation and the parameters
/// that are not its defaults); nullopt with the reason in *problem when the trainer would refuse them.
std::optional<analysis::TrainingExperiment> labExperiment(const LabSettings& settings,
                                                          QString* problem = nullptr);
/// The experiment or the settings of a request, as labExperiment().
std::optional<analysis::TrainingExperiment> labExperiment(const LabRequest& request,
                                                          QString* problem = nullptr);

/// Strict as analysisFromJson: a member of the wrong type or out of range is an error naming it
/// ("\"lab\": \"layers\" must be a whole number from 1 to 4, not 9"), and so are settings the trainer
/// refuses together (a regression with cross-entropy); unknown keys are ignored.
std::optional<LabRequest> labFromJson(const QJsonObject& object, QString* error = nullptr);
/// An experiment's name, step and play, or every setting; reads back == (numbers bit for bit).
QJsonObject labToJson(const LabRequest& request);

} // namespace actlab::plot
