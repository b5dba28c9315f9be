// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A small trainer for the training lab: a fully connected network (network.hpp) of 1–4 hidden layers of
/// width 2–256 with one linear output, trained by minibatch steps on a Dataset with a Loss and an
/// Optimiser, everything drawn from one seed. Any catalogue activation at any parameters works, with f and
/// f′ from the core; three are trained as the material describes them:
///   prelu   α learned, one per layer or one per unit, starting at the given α (∂f/∂α = x for x ≤ 0),
///           free to leave the declared range [−1, 1];
///   rrelu   in every training step each unit's negative slope is drawn uniformly from [lower, upper]; the
///           evaluation uses the mean slope (the catalogue's rrelu);
///   maxout  each unit has its own k pieces (wⱼ, bⱼ), learned, starting at the given ones.
/// Instruments (evaluate()): loss and accuracy on the whole training set, dead units per layer (a unit is
/// dead when f′ = 0 on every example of the training set), gradient norms of the last step, and the moments
/// units die or revive.
#include "actlab/analysis/dataset.hpp"
#include "actlab/analysis/loss.hpp"
#include "actlab/analysis/network.hpp"
#include "actlab/analysis/optimiser.hpp"
#include "actlab/message.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::analysis {

inline constexpr int kMinHiddenLayers = 1, kMaxHiddenLayers = 4;
inline constexpr int kMinTrainWidth = 2, kMaxTrainWidth = 256;

/// The named initialisations: He (Var W = 2/fan-in), Xavier/Glorot (2/(fan-in + fan-out)), LeCun
/// (1/fan-in), and N(0, σ²) whatever the shape. Biases start at `bias` in the hidden layers, 0 in the output.
enum class InitScheme { He, Xavier, Lecun, Normal };
Initialisation makeInitialisation(InitScheme scheme, double normalStd = 0.0, double bias = 0.0);

/// Whether PReLU learns one α per layer or one per unit.
enum class SlopeSharing { PerLayer, PerUnit };

struct TrainerConfig {
    int hiddenLayers = 2;
    int width = 64;
    LayerActivation activation; ///< of every hidden layer
    SlopeSharing preluSlopes = SlopeSharing::PerUnit;
    Loss loss = Loss::CrossEntropy;
    OptimiserConfig optimiser;
    Initialisation init = makeInitialisation(InitScheme::He);
    int batch = 32;
    std::uint64_t seed = 1;
};

/// An empty message when the config suits this data (ranges above, a valid activation, 1 ≤ batch ≤ the
/// number of samples, cross-entropy only for classification, a valid optimiser and initialisation),
/// otherwise a message naming the problem.
Message checkTrainerConfig(const TrainerConfig& config, const Dataset& data);

/// What evaluate() measures.
struct TrainingMetrics {
    long step = 0;              ///< steps taken so far
    double loss = 0.0;          ///< mean loss over the training set
    double accuracy = 0.0;      ///< fraction classified right (z > 0 ⇔ class 1); NaN for a regression
    std::vector<int> deadUnits; ///< per hidden layer
    double deadFraction = 0.0;  ///< dead units / all hidden units
    std::vector<double> gradNorm; ///< per layer (hidden and output): ‖(∂L/∂W, ∂L/∂b)‖₂ of the last step
};

/// A unit of hidden layer `layer` (0-based) died (f′ = 0 on the whole training set) or revived, seen by the
/// evaluate() at `step`. Units dead at the first evaluation are reported as dying then.
struct UnitEvent {
    long step;
    int layer;
    int unit;
    bool died;
};

class Trainer {
  public:
    /// Builds and initialises the network. Throws std::invalid_argument for an invalid config.
    Trainer(const TrainerConfig& config, Dataset data);

    /// One minibatch step: the next `batch` samples of a seeded shuffle of the training set (reshuffled
    /// when fewer remain), forward, loss, backward, one optimiser update.
    void step();

    long steps() const { return steps_; }
    /// The mean loss of the last step's minibatch, before its update (NaN before the first step).
    double batchLoss() const { return batchLoss_; }

    /// Loss, accuracy and dead units on the whole training set at the current weights (RReLU at its mean
    /// slope); records the units that died or revived since the last call.
    TrainingMetrics evaluate();
    const std::vector<UnitEvent>& events() const { return events_; }

    /// The network's outputs z for any inputs (inputs × n), as evaluate() computes them.
    void predict(const Eigen::MatrixXd& x, Eigen::MatrixXd& z);

    const Network& network() const { return network_; }
    const Dataset& data() const { return data_; }
    /// PReLU's α of every unit of hidden layer `hidden` (the shared α repeated when learned per layer);
    /// empty for other activations.
    std::vector<double> preluSlopes(std::size_t hidden) const;

  private:
    void setEvaluationSlopes();
    void drawTrainingSlopes();
    void nextBatch();

    TrainerConfig config_;
    Dataset data_;
    Network network_;
    Optimiser optimiser_;
    NormalSource random_; ///< the shuffle and RReLU's slopes
    bool rrelu_ = false, learnsParams_ = false;
    std::vector<Eigen::Index> order_;
    std::size_t position_ = 0;
    long steps_ = 0;
    double batchLoss_;
    Eigen::MatrixXd batchX_, batchY_, dOut_;
    ForwardCache cache_;
    Gradients grads_;
    std::vector<ParameterBlock> blocks_;
    std::vector<double> gradNorm_;
    std::vector<std::vector<bool>> dead_; ///< per hidden layer and unit, as the last evaluate() saw it
    std::vector<UnitEvent> events_;
};

} // namespace actlab::analysis
