// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/train_command.hpp"

#include "cli/command_options.hpp"
#include "cli/number_formatting.hpp"
#include "cli/usage.hpp"
#include "common/number_parsing.hpp"

#include <array>
#include <cmath>
#include <optional>
#include <string>

namespace actlab::cli {
namespace {

constexpr std::string_view kAllowed =
    "--activation SPEC, --param NAME=VALUE, --layers L, --width N, --dataset NAME, --target SPEC, --samples "
    "N, "
    "--noise V, "
    "--loss NAME, --optimizer NAME, --lr V, --momentum M, --init NAME, --bias V, --prelu-slopes unit|layer, "
    "--steps N, --batch B, --every K, --seed S, --help";
constexpr std::int64_t kMaxSteps = 100000000;

/// The header, then a row at step 0, every `every` steps and at the last; stops early if `out` fails.
void writeRows(const TrainRequest& request, std::ostream& out) {
    analysis::Trainer trainer(request.trainer, analysis::makeDataset(request.dataset));
    out << "step,loss,accuracy,dead_fraction\n";
    const auto row = [&] {
        const analysis::TrainingMetrics m = trainer.evaluate();
        out << m.step << ',' << formatDouble(m.loss) << ',' << formatDouble(m.accuracy) << ','
            << formatDouble(m.deadFraction) << '\n';
    };
    row();
    for (std::int64_t s = 1; s <= request.steps && out; ++s) {
        trainer.step();
        if (s % request.every == 0 || s == request.steps) row();
    }
}

} // namespace

TrainRequest parseTrainArguments(std::span<const std::string_view> args) {
    TrainRequest request;
    analysis::TrainerConfig& t = request.trainer;
    analysis::DatasetConfig& d = request.dataset;
    CommandOptions options("train", args);
    bool sawActivation = false, sawLr = false, sawMomentum = false, sawLoss = false;
    std::optional<std::string_view> target; // --target SPEC
    std::string_view preluSlopes;
    while (options.next()) {
        if (options.help()) {
            request.help = true;
            return request;
        }
        const std::string_view arg = options.current();
        if (const auto a =
                options.value("--activation", "an activation spec such as relu or leaky_relu:alpha=0.1")) {
            if (common::trimSpaces(*a).substr(0, 8) == "formula:")
                options.fail("--activation: a typed formula cannot be trained yet; give a catalogue id "
                             "(run `actlab list` to see the ids)");
            options.activationSpec("--activation", *a);
            sawActivation = true;
        } else if (const auto p = options.value("--param", "NAME=VALUE")) {
            options.addParameter(*p);
        } else if (const auto l = options.value("--layers", "a whole number")) {
            t.hiddenLayers = static_cast<int>(
                options.integer("--layers", *l, analysis::kMinHiddenLayers, analysis::kMaxHiddenLayers));
        } else if (const auto w = options.value("--width", "a whole number")) {
            t.width = static_cast<int>(
                options.integer("--width", *w, analysis::kMinTrainWidth, analysis::kMaxTrainWidth));
        } else if (const auto ds = options.value("--dataset", "moons, circles, xor, spirals or regression")) {
            const auto kind = analysis::datasetKindFromName(common::trimSpaces(*ds));
            if (!kind)
                options.fail("--dataset: unknown dataset " + common::quoteForMessage(*ds) +
                             "; choose moons, circles, xor, spirals or regression");
            d.kind = *kind;
        } else if (const auto tg = options.value("--target", "an activation spec such as tanh")) {
            if (target) options.fail("--target given twice");
            target = *tg;
        } else if (const auto n = options.value("--samples", "a whole number")) {
            d.samples = static_cast<int>(options.integer("--samples", *n, 2, analysis::kMaxDatasetSamples));
        } else if (const auto v = options.value("--noise", "a number")) {
            d.noise = options.finiteNumber("--noise", *v);
            if (!(d.noise >= 0.0)) options.fail("--noise " + formatDouble(d.noise) + " must be >= 0");
        } else if (const auto loss = options.value("--loss", "cross-entropy or mse")) {
            const std::string_view name = common::trimSpaces(*loss);
            sawLoss = true;
            if (name == "cross-entropy")
                t.loss = analysis::Loss::CrossEntropy;
            else if (name == "mse")
                t.loss = analysis::Loss::MeanSquaredError;
            else
                options.fail("--loss: unknown loss " + common::quoteForMessage(*loss) +
                             "; choose cross-entropy or mse");
        } else if (const auto o = options.value("--optimizer", "sgd or adam")) {
            const auto kind = analysis::optimiserKindFromName(common::trimSpaces(*o));
            if (!kind)
                options.fail("--optimizer: unknown optimizer " + common::quoteForMessage(*o) +
                             "; choose sgd or adam");
            t.optimiser.kind = *kind;
        } else if (const auto lr = options.value("--lr", "a number")) {
            t.optimiser.learningRate = options.finiteNumber("--lr", *lr);
            if (!(t.optimiser.learningRate > 0.0))
                options.fail("--lr " + formatDouble(t.optimiser.learningRate) + " must be > 0");
            sawLr = true;
        } else if (const auto m = options.value("--momentum", "a number")) {
            t.optimiser.momentum = options.finiteNumber("--momentum", *m);
            if (!(t.optimiser.momentum >= 0.0 && t.optimiser.momentum < 1.0))
                options.fail("--momentum " + formatDouble(t.optimiser.momentum) + " must be in [0, 1)");
            sawMomentum = true;
        } else if (const auto init = options.value("--init", "he, xavier, lecun or normal:S")) {
            const std::string_view name = common::trimSpaces(*init);
            const double bias = t.init.hiddenBias;
            if (name == "he") {
                t.init = analysis::makeInitialisation(analysis::InitScheme::He, 0.0, bias);
            } else if (name == "xavier") {
                t.init = analysis::makeInitialisation(analysis::InitScheme::Xavier, 0.0, bias);
            } else if (name == "lecun") {
                t.init = analysis::makeInitialisation(analysis::InitScheme::Lecun, 0.0, bias);
            } else if (name.substr(0, 7) == "normal:") {
                const double s = options.finiteNumber("--init normal:S", name.substr(7));
                if (!(s > 0.0 && s <= 1e3))
                    options.fail("--init normal:S: the standard deviation " + formatDouble(s) +
                                 " must be in (0, 1000]");
                t.init = analysis::makeInitialisation(analysis::InitScheme::Normal, s, bias);
            } else {
                options.fail(
                    "--init: unknown initialisation " + common::quoteForMessage(*init) +
                    "; choose he, xavier, lecun or normal:S (S the standard deviation, e.g. normal:0.01)");
            }
        } else if (const auto b = options.value("--bias", "a number")) {
            t.init.hiddenBias = options.finiteNumber("--bias", *b);
            if (std::fabs(t.init.hiddenBias) > 100.0)
                options.fail("--bias " + formatDouble(t.init.hiddenBias) + " is outside [-100, 100]");
        } else if (const auto ps = options.value("--prelu-slopes", "unit or layer")) {
            preluSlopes = common::trimSpaces(*ps);
            if (preluSlopes != "unit" && preluSlopes != "layer")
                options.fail("--prelu-slopes: " + common::quoteForMessage(*ps) +
                             " is neither unit nor layer");
            t.preluSlopes =
                preluSlopes == "unit" ? analysis::SlopeSharing::PerUnit : analysis::SlopeSharing::PerLayer;
        } else if (const auto st = options.value("--steps", "a whole number")) {
            request.steps = options.integer("--steps", *st, 0, kMaxSteps);
        } else if (const auto bt = options.value("--batch", "a whole number")) {
            t.batch = static_cast<int>(options.integer("--batch", *bt, 1, analysis::kMaxDatasetSamples));
        } else if (const auto k = options.value("--every", "a whole number")) {
            request.every = options.integer("--every", *k, 1, kMaxSteps);
        } else if (const auto s = options.value("--seed", "a whole number")) {
            t.seed = options.seed("--seed", *s);
        } else {
            options.fail(arg.size() > 1 && arg.front() == '-'
                             ? "unknown option " + common::quoteForMessage(arg) +
                                   "; allowed: " + std::string(kAllowed)
                             : "unexpected argument " + common::quoteForMessage(arg) +
                                   "; the activation is given as --activation SPEC");
        }
    }
    if (!sawActivation)
        options.fail("--activation SPEC is required (an id with optional parameters, e.g. relu or "
                     "leaky_relu:alpha=0.1; run `actlab list` to see the ids)");
    t.activation.activation = &options.activation(t.activation.params);
    if (!preluSlopes.empty() && t.activation.activation->id != "prelu")
        options.fail("--prelu-slopes is used only with --activation prelu");
    if (sawMomentum && t.optimiser.kind != analysis::OptimiserKind::Sgd)
        options.fail("--momentum is used only with --optimizer sgd");
    if (!sawLr) t.optimiser.learningRate = t.optimiser.kind == analysis::OptimiserKind::Adam ? 0.01 : 0.1;
    if (t.batch > d.samples)
        options.fail("--batch " + std::to_string(t.batch) + " is larger than the training set (--samples " +
                     std::to_string(d.samples) + ")");
    const bool regression = d.kind == analysis::DatasetKind::Regression;
    if (regression && !target)
        options.fail("--dataset regression needs --target SPEC, the function to fit (e.g. --target tanh)");
    if (!regression && target) options.fail("--target is used only with --dataset regression");
    if (target) {
        // The function to fit, read as --activation is (its own messages say "train --target: …").
        const std::array<std::string_view, 0> none{};
        CommandOptions fit("train --target", none);
        fit.activationSpec("--target", *target);
        d.target = &fit.activation(d.targetParams);
    }
    if (regression && !sawLoss) t.loss = analysis::Loss::MeanSquaredError;
    if (regression && t.loss == analysis::Loss::CrossEntropy)
        options.fail("--loss cross-entropy is for the classes; a regression is fitted with --loss mse");
    d.seed = t.seed;
    return request;
}

bool runTrain(std::span<const std::string_view> args, std::ostream& out) {
    const TrainRequest request = parseTrainArguments(args);
    if (request.help)
        out << trainUsage();
    else
        writeRows(request, out);
    return static_cast<bool>(out.flush());
}

} // namespace actlab::cli
