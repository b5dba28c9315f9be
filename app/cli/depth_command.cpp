// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/depth_command.hpp"

#include "cli/command_options.hpp"
#include "cli/number_formatting.hpp"
#include "cli/usage.hpp"

#include <actlab/analysis/mean_field.hpp>
#include <actlab/analysis/monte_carlo.hpp>

#include <cmath>
#include <string>

namespace actlab::cli {

DepthRequest parseDepthArguments(std::span<const std::string_view> args) {
    DepthRequest request;
    CommandOptions options("depth", args);
    bool sawLayers = false;
    std::string_view monteCarloOnly; // --width, --batch or --seed given (they need --mc)
    const auto nonNegative = [&](std::string_view option, std::string_view text) {
        const double v = options.number(option, text);
        if (!std::isfinite(v) || !(v >= 0.0))
            options.fail(std::string(option) + " " + formatDouble(v) + " must be a finite number >= 0");
        return v;
    };
    while (options.next()) {
        if (options.help()) {
            request.help = true;
            return request;
        }
        if (const auto p = options.value("--param", "NAME=VALUE")) {
            options.addParameter(*p);
        } else if (const auto l = options.value("--layers", "a whole number")) {
            request.layers = static_cast<int>(options.integer("--layers", *l, 1, analysis::kMaxDepthLayers));
            sawLayers = true;
        } else if (const auto w2 = options.value("--sigma-w2", "a number")) {
            request.sigmaW2 = nonNegative("--sigma-w2", *w2);
        } else if (const auto b2 = options.value("--sigma-b2", "a number")) {
            request.sigmaB2 = nonNegative("--sigma-b2", *b2);
        } else if (const auto q = options.value("--q-in", "a number")) {
            request.qIn = nonNegative("--q-in", *q);
        } else if (options.flag("--mc")) {
            request.monteCarlo = true;
        } else if (const auto w = options.value("--width", "a whole number")) {
            request.width =
                static_cast<int>(options.integer("--width", *w, 1, analysis::kMaxMonteCarloWidth));
            monteCarloOnly = "--width";
        } else if (const auto b = options.value("--batch", "a whole number")) {
            request.batch =
                static_cast<int>(options.integer("--batch", *b, 1, analysis::kMaxMonteCarloBatch));
            monteCarloOnly = "--batch";
        } else if (const auto s = options.value("--seed", "a whole number")) {
            request.seed = options.seed("--seed", *s);
            monteCarloOnly = "--seed";
        } else {
            options.positional(
                "--param NAME=VALUE, --layers L, --sigma-w2 V, --sigma-b2 V, --q-in V, --mc, "
                "--width N, --batch B, --seed S, --help",
                "actlab depth ID [--param NAME=VALUE]... --layers L [--sigma-w2 V] [--sigma-b2 V] "
                "[--q-in V] [--mc [--width N] [--batch B] [--seed S]]");
        }
    }
    request.activation = &options.activation(request.parameters);
    if (!sawLayers) options.fail("--layers L is required (the number of layers, 1 to 100000)");
    if (!monteCarloOnly.empty() && !request.monteCarlo)
        options.fail(std::string(monteCarloOnly) + " is used only with --mc (the Monte-Carlo network)");
    if (request.monteCarlo && request.layers > analysis::kMaxMonteCarloLayers)
        options.fail("--mc runs at most " + std::to_string(analysis::kMaxMonteCarloLayers) +
                     " layers, got --layers " + std::to_string(request.layers));
    return request;
}

bool runDepth(std::span<const std::string_view> args, std::ostream& out) {
    const DepthRequest request = parseDepthArguments(args);
    if (request.help) {
        out << depthUsage();
        return static_cast<bool>(out.flush());
    }
    const analysis::GaussianExpectation ge(*request.activation, request.parameters);
    const std::vector<analysis::DepthLayer> mf =
        analysis::propagateDepth(ge, {request.layers, request.sigmaW2, request.sigmaB2, request.qIn});
    std::vector<analysis::MonteCarloLayer> mc;
    if (request.monteCarlo) {
        analysis::MonteCarloConfig config;
        config.layers = request.layers;
        config.width = request.width;
        config.batch = request.batch;
        config.sigmaW2 = request.sigmaW2;
        config.sigmaB2 = request.sigmaB2;
        config.qIn = request.qIn;
        config.seed = request.seed;
        mc = analysis::runMonteCarlo(*request.activation, request.parameters, config);
    }
    std::string text = request.monteCarlo ? "layer,q,chi,g,q_mc,g_mc\n" : "layer,q,chi,g\n";
    for (std::size_t i = 0; i < mf.size(); ++i) {
        text += std::to_string(mf[i].layer);
        for (const double v : {mf[i].q, mf[i].chi, mf[i].g}) {
            text += ',';
            text += formatDouble(v);
        }
        if (request.monteCarlo) {
            text += ',';
            text += formatDouble(mc[i].q);
            text += ',';
            text += formatDouble(mc[i].g);
        }
        text += '\n';
    }
    out << text;
    return static_cast<bool>(out.flush());
}

} // namespace actlab::cli
