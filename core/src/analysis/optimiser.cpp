// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/optimiser.hpp"
#include "config_messages.hpp"

#include "actlab/catalogue.hpp"

#include <cmath>
#include <stdexcept>

namespace actlab::analysis {

std::string_view optimiserName(OptimiserKind kind) {
    return kind == OptimiserKind::Sgd ? "sgd" : "adam";
}

std::optional<OptimiserKind> optimiserKindFromName(std::string_view name) {
    if (name == "sgd") return OptimiserKind::Sgd;
    if (name == "adam") return OptimiserKind::Adam;
    return std::nullopt;
}

Message checkOptimiserConfig(const OptimiserConfig& c) {
    const auto unitInterval = [](Message name, double v) -> Message {
        if (v >= 0.0 && v < 1.0) return {};
        return {ACTLAB_TR_NOOP("Analysis", "%1 = %2 must be in [0, 1)"), {std::move(name), formatNumber(v)}};
    };
    for (Message m : {detail::notPositive({ACTLAB_TR_NOOP("Analysis", "learning rate")}, c.learningRate),
                      unitInterval({ACTLAB_TR_NOOP("Analysis", "momentum")}, c.momentum),
                      unitInterval({ACTLAB_TR_NOOP("Analysis", "beta1")}, c.beta1),
                      unitInterval({ACTLAB_TR_NOOP("Analysis", "beta2")}, c.beta2),
                      detail::notPositive({ACTLAB_TR_NOOP("Analysis", "epsilon")}, c.epsilon)})
        if (!m.empty()) return m;
    return {};
}

Optimiser::Optimiser(const OptimiserConfig& config) : config_(config) {
    if (Message m = checkOptimiserConfig(config); !m.empty()) throw MessageError(std::move(m));
}

void Optimiser::step(std::span<const ParameterBlock> blocks) {
    if (t_ == 0) {
        first_.resize(blocks.size());
        second_.resize(config_.kind == OptimiserKind::Adam ? blocks.size() : 0);
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            first_[b].assign(blocks[b].size, 0.0);
            if (config_.kind == OptimiserKind::Adam) second_[b].assign(blocks[b].size, 0.0);
        }
    }
    if (blocks.size() != first_.size())
        throw std::invalid_argument("the optimiser's parameter blocks changed between steps");
    for (std::size_t b = 0; b < blocks.size(); ++b)
        if (blocks[b].size != first_[b].size())
            throw std::invalid_argument("the optimiser's parameter blocks changed between steps");
    ++t_;
    const double lr = config_.learningRate;
    if (config_.kind == OptimiserKind::Sgd) {
        const double mu = config_.momentum;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            double* v = first_[b].data();
            for (std::size_t i = 0; i < blocks[b].size; ++i) {
                v[i] = mu * v[i] + blocks[b].gradient[i];
                blocks[b].value[i] -= lr * v[i];
            }
        }
        return;
    }
    const double b1 = config_.beta1, b2 = config_.beta2;
    const double t = static_cast<double>(t_);
    const double c1 = 1.0 - std::pow(b1, t), c2 = 1.0 - std::pow(b2, t);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        double* m = first_[b].data();
        double* s = second_[b].data();
        for (std::size_t i = 0; i < blocks[b].size; ++i) {
            const double g = blocks[b].gradient[i];
            m[i] = b1 * m[i] + (1.0 - b1) * g;
            s[i] = b2 * s[i] + (1.0 - b2) * g * g;
            blocks[b].value[i] -= lr * (m[i] / c1) / (std::sqrt(s[i] / c2) + config_.epsilon);
        }
    }
}

} // namespace actlab::analysis
