// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/lab_preset.hpp"

#include "common/qt_text.hpp"
#include "plot/curve_label.hpp"

#include <actlab/catalogue.hpp>

#include <QCoreApplication>

namespace actlab::plot {
namespace {

/// The label of a run: the activation's name, with its parameters where they are not the defaults.
std::string runLabel(const analysis::LayerActivation& a) {
    std::string label(a.activation->name);
    std::string changed;
    for (std::size_t k = 0; k < a.activation->parameters.size() && k < a.params.size(); ++k) {
        const ParameterSpec& p = a.activation->parameters[k];
        if (a.params[k] == p.defaultValue) continue;
        changed += (changed.empty() ? "" : ", ") + std::string(p.symbol) + " = " +
                   formatLabelNumber(a.params[k]).toStdString();
    }
    return changed.empty() ? label : label + " (" + changed + ")";
}

std::nullopt_t failed(QString* problem, const QString& message) {
    if (problem) *problem = message;
    return std::nullopt;
}

} // namespace

std::optional<analysis::TrainingExperiment> labExperiment(const LabSettings& s, QString* problem) {
    analysis::TrainingExperiment e;
    e.data.kind = s.dataset;
    e.data.seed = static_cast<std::uint64_t>(s.seed);
    if (e.data.kind == analysis::DatasetKind::Regression) {
        e.data.target = findActivation(s.target.toStdString());
        if (!e.data.target)
            return failed(
                problem, QCoreApplication::translate("actlab::plot::LabPreset", "no activation \"%1\" to fit")
                             .arg(s.target));
        e.data.targetParams = e.data.target->defaults();
    }
    analysis::TrainerConfig c;
    c.hiddenLayers = s.layers;
    c.width = s.width;
    c.loss = s.loss;
    c.optimiser.kind = s.optimiser;
    c.optimiser.learningRate = s.learningRate;
    c.optimiser.momentum = s.momentum;
    c.init = analysis::makeInitialisation(s.init, s.initStd, s.bias);
    c.batch = s.batch;
    c.seed = e.data.seed;
    std::vector<const Activation*> activations;
    if (s.compare) {
        for (const QString& id : s.compareWith)
            if (const Activation* a = findActivation(id.toStdString())) activations.push_back(a);
        if (activations.size() < 2)
            return failed(problem, QCoreApplication::translate("actlab::plot::LabPreset",
                                                               "compare needs at least two activations"));
    } else {
        const Activation* a = findActivation(s.activation.toStdString());
        if (!a)
            return failed(problem,
                          QCoreApplication::translate("actlab::plot::LabPreset", "no activation \"%1\"")
                              .arg(s.activation));
        activations.push_back(a);
    }
    for (const Activation* a : activations) {
        c.activation = {a, a->defaults()};
        if (!s.compare && !s.params.empty()) {
            if (s.params.size() != c.activation.params.size())
                return failed(
                    problem,
                    QCoreApplication::translate("actlab::plot::LabPreset", "%1 takes %2 parameters, not %3")
                        .arg(QString::fromUtf8(a->name.data(), static_cast<qsizetype>(a->name.size())))
                        .arg(c.activation.params.size())
                        .arg(s.params.size()));
            c.activation.params = s.params;
        }
        e.runs.push_back({runLabel(c.activation), c});
    }
    if (const Message p = analysis::checkDatasetConfig(e.data); !p.empty())
        return failed(problem, common::translated(p));
    const analysis::Dataset trainingSet = analysis::makeDataset(e.data);
    for (const analysis::TrainingRun& run : e.runs)
        if (const Message p = analysis::checkTrainerConfig(run.trainer, trainingSet); !p.empty())
            return failed(problem, common::translated(p));
    return e;
}

std::optional<analysis::TrainingExperiment> labExperiment(const LabRequest& request, QString* problem) {
    if (request.experiment.isEmpty()) return labExperiment(request.settings, problem);
    const analysis::TrainingExperiment* e =
        analysis::findTrainingExperiment(request.experiment.toStdString());
    if (!e)
        return failed(
            problem,
            QCoreApplication::translate("actlab::plot::LabPreset", "no experiment \"%1\" (known: %2)")
                .arg(request.experiment, QString::fromStdString(analysis::trainingExperimentNames())));
    return *e;
}

} // namespace actlab::plot
