// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The optimisers of the trainer, updating blocks of parameters in place from their gradients g:
///   SGD with momentum μ (PyTorch's form):  v ← μ v + g,  θ ← θ − η v   (μ = 0: plain SGD);
///   Adam (Kingma & Ba):  m ← β₁ m + (1 − β₁) g,  s ← β₂ s + (1 − β₂) g²,
///                        θ ← θ − η m̂ / (√ŝ + ε)  with m̂ = m/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ) at step t.
/// A parameter whose gradient is always 0 never moves (Maxout's k, unused pieces).
#include "actlab/message.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::analysis {

enum class OptimiserKind { Sgd, Adam };

/// "sgd", "adam".
std::string_view optimiserName(OptimiserKind kind);
std::optional<OptimiserKind> optimiserKindFromName(std::string_view name);

struct OptimiserConfig {
    OptimiserKind kind = OptimiserKind::Sgd;
    double learningRate = 0.1;
    double momentum = 0.9;                             ///< SGD only
    double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8; ///< Adam only
};

/// An empty message when valid (η finite and > 0, 0 ≤ μ < 1, 0 ≤ β₁, β₂ < 1, ε finite and > 0), otherwise
/// a message naming the value.
Message checkOptimiserConfig(const OptimiserConfig& config);

/// One array of parameters and its gradient.
struct ParameterBlock {
    double* value;
    const double* gradient;
    std::size_t size;
};

class Optimiser {
  public:
    /// Throws std::invalid_argument for an invalid config.
    explicit Optimiser(const OptimiserConfig& config);

    /// One update of every block. The blocks must come in the same order and sizes at every call (the
    /// state is sized at the first; a change throws std::invalid_argument).
    void step(std::span<const ParameterBlock> blocks);

    long steps() const { return t_; }

  private:
    OptimiserConfig config_;
    std::vector<std::vector<double>> first_, second_; ///< v (SGD) or m and s (Adam), per block
    long t_ = 0;
};

} // namespace actlab::analysis
