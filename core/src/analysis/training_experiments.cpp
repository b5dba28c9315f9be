// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/training_experiments.hpp"

#include "actlab/catalogue.hpp"

namespace actlab::analysis {
namespace {

/// Two moons (200 samples, noise 0.1), 2 hidden layers of 16 units, batches of 16, He initialisation,
/// unless an experiment says otherwise: small enough for each claim to be tested in about a second
/// under AddressSanitizer and watched live in the lab.
TrainerConfig base(std::string_view id, const OptimiserConfig& optimiser, std::uint64_t seed, int layers = 2,
                   int width = 16) {
    const Activation* a = findActivation(id);
    TrainerConfig c;
    c.activation = {a, a->defaults()};
    c.hiddenLayers = layers;
    c.width = width;
    c.batch = 16;
    c.seed = seed;
    c.optimiser = optimiser;
    c.init = makeInitialisation(InitScheme::He);
    return c;
}

TrainingRun run(std::string label, TrainerConfig trainer) {
    return {std::move(label), std::move(trainer)};
}

TrainerConfig withInit(TrainerConfig c, const Initialisation& init) {
    c.init = init;
    return c;
}

DatasetConfig moons(std::uint64_t seed) {
    DatasetConfig d;
    d.seed = seed;
    return d;
}

std::vector<TrainingExperiment> makeExperiments() {
    const OptimiserConfig adamLarge{OptimiserKind::Adam, 0.2};
    const OptimiserConfig sgd{OptimiserKind::Sgd, 0.05, 0.9};
    std::vector<TrainingExperiment> list;
    list.push_back({"large-learning-rate",
                    "A too-large learning rate kills ReLUs",
                    "Adam at η = 0.2 leaves 40 % or more of the ReLU units dead after 250 steps; at "
                    "η = 0.005 at most 15 %",
                    moons(1),
                    {run("ReLU, η = 0.2", base("relu", adamLarge, 1)),
                     run("ReLU, η = 0.005", base("relu", {OptimiserKind::Adam, 0.005}, 1))},
                    250});
    list.push_back(
        {"leaky-prelu-elu",
         "Leaky ReLU, PReLU and ELU do not die",
         "at the same η = 0.2 ReLU loses 40 % of its units; Leaky ReLU, PReLU and ELU none, "
         "and PReLU's α move away from 0.25",
         moons(1),
         {run("ReLU", base("relu", adamLarge, 1)), run("Leaky ReLU", base("leaky_relu", adamLarge, 1)),
          run("PReLU", base("prelu", adamLarge, 1)), run("ELU", base("elu", adamLarge, 1))},
         250});
    const OptimiserConfig adamSlow{OptimiserKind::Adam, 0.02};
    const Initialisation negative = makeInitialisation(InitScheme::He, 0.0, -2.0);
    list.push_back({"negative-bias",
                    "A negative bias initialisation kills ReLUs",
                    "hidden biases starting at −2: 75 % or more of the ReLU units are dead from "
                    "the start and stay dead, the loss stays at log 2; Leaky ReLU learns",
                    moons(3),
                    {run("ReLU, bias −2", withInit(base("relu", adamSlow, 3), negative)),
                     run("Leaky ReLU, bias −2", withInit(base("leaky_relu", adamSlow, 3), negative))},
                    300});
    list.push_back({"he-vs-poor-init",
                    "He initialisation against a poor one",
                    "four ReLU layers: He learns the moons, weights N(0, 0.01²) pass almost no signal "
                    "and the loss stays at log 2",
                    moons(1),
                    {run("He", base("relu", sgd, 1, 4)),
                     run("N(0, 0.01²)",
                         withInit(base("relu", sgd, 1, 4), makeInitialisation(InitScheme::Normal, 0.01)))},
                    200});
    list.push_back({"positive-bias",
                    "A small positive bias helps",
                    "four layers of 8 ReLU units: biases starting at 0.1 leave fewer units dead at the start "
                    "than 0 (never more over seeds 1–12, 30 % fewer in all)",
                    moons(1),
                    {run("bias 0", base("relu", sgd, 1, 4, 8)),
                     run("bias 0.1",
                         withInit(base("relu", sgd, 1, 4, 8), makeInitialisation(InitScheme::He, 0.0, 0.1)))},
                    300});
    list.push_back({"adam-vs-sgd",
                    "Adam against plain SGD",
                    "both at η = 0.01 for 200 steps: Adam reaches a loss of 0.12 or less, plain SGD "
                    "(momentum 0) is still above 0.25",
                    moons(1),
                    {run("SGD", base("relu", {OptimiserKind::Sgd, 0.01, 0.0}, 1)),
                     run("Adam", base("relu", {OptimiserKind::Adam, 0.01}, 1))},
                    200});
    return list;
}

} // namespace

std::span<const TrainingExperiment> trainingExperiments() {
    static const std::vector<TrainingExperiment> list = makeExperiments();
    return list;
}

const TrainingExperiment* findTrainingExperiment(std::string_view name) {
    for (const TrainingExperiment& e : trainingExperiments())
        if (e.name == name) return &e;
    return nullptr;
}

std::string trainingExperimentNames() {
    std::string names;
    for (const TrainingExperiment& e : trainingExperiments())
        names += (names.empty() ? "" : ", ") + e.name;
    return names;
}

TrainingExperiment withSeed(TrainingExperiment experiment, std::uint64_t seed) {
    experiment.data.seed = seed;
    for (TrainingRun& r : experiment.runs)
        r.trainer.seed = seed;
    return experiment;
}

} // namespace actlab::analysis
