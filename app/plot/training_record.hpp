// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What the training lab and `actlab plot --analysis training` show of a run while it trains: a core
/// Trainer (actlab/analysis/trainer.hpp) stepped on, its metrics recorded every few steps (loss,
/// accuracy, dead fraction, PReLU's α of every unit), and on request a snapshot with the network's
/// decision surface (2-D) or fitted curve (1-D) and which hidden units are dead. Plain C++: the lab's
/// worker thread owns the records and sends snapshots to the window.
#include <actlab/analysis/trainer.hpp>
#include <actlab/analysis/training_experiments.hpp>

#include <memory>
#include <string>
#include <vector>

namespace actlab::plot {

/// One recorded point of a run.
struct TrainingPoint {
    long step = 0;
    double loss = 0, accuracy = 0, deadFraction = 0;
};

/// A run as the lab draws it, at one moment.
struct TrainingSnapshot {
    std::string label;
    bool preluSlopes = false;           ///< the activation is PReLU: `alpha` holds its α
    bool classification = true;         ///< 2-D classes (else a 1-D regression)
    std::vector<TrainingPoint> history; ///< oldest first; thinned to at most kMaxHistory points
    /// alpha[u][i]: α of hidden unit u (the units of all hidden layers in order) at history[i].
    std::vector<std::vector<double>> alpha;
    analysis::TrainingMetrics metrics; ///< at the last recorded point
    /// dead[l][u]: hidden unit u of layer l has f′ = 0 on every example of the training set, as the
    /// trainer reported at its last evaluation (its die and revive events replayed).
    std::vector<std::vector<bool>> dead;
    /// active[l][u]: the fraction of the training set on which the unit's f′ ≠ 0 (0 for a dead unit).
    std::vector<std::vector<double>> active;
    /// 2-D: σ(z) on a surfaceSize × surfaceSize grid over [xMin, xMax] × [yMin, yMax], x fastest;
    /// 1-D: z at surfaceSize points from xMin to xMax (the fitted curve).
    std::vector<double> surface;
    int surfaceSize = 0;
    double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
};

inline constexpr std::size_t kMaxHistory = 2000;

/// The window around the data the surfaces cover: the data's bounding box widened by 10 % on each side
/// (the x range of a 1-D regression, likewise).
struct DataWindow {
    double xMin, xMax, yMin, yMax;
};
DataWindow dataWindow(const analysis::Dataset& data);

class TrainingRecord {
  public:
    /// Records every `every` steps from the start (and at step 0). Throws std::invalid_argument for an
    /// invalid config (as Trainer does).
    TrainingRecord(std::string label, const analysis::TrainerConfig& config, analysis::Dataset data,
                   long every = 1);

    /// `count` steps of the trainer, recording after every `every`-th step of the run (every is doubled,
    /// and every other point dropped, each time the history reaches kMaxHistory).
    void advance(long count);
    /// Records the current state now (if not recorded at this step already).
    void record();

    /// The state after the last step; surfaceSize 0 leaves the surface out.
    TrainingSnapshot snapshot(int surfaceSize);

    analysis::Trainer& trainer() { return *trainer_; }
    long every() const { return every_; }

  private:
    std::string label_;
    std::unique_ptr<analysis::Trainer> trainer_;
    bool prelu_ = false;
    long every_ = 1;
    std::vector<TrainingPoint> history_;
    std::vector<std::vector<double>> alpha_;
    analysis::TrainingMetrics metrics_;
    std::vector<std::vector<bool>> dead_;
    std::size_t eventsSeen_ = 0;
    DataWindow window_;
};

/// One record per run of an experiment, on the experiment's data, recording every `every` steps.
std::vector<std::unique_ptr<TrainingRecord>> recordsOf(const analysis::TrainingExperiment& experiment,
                                                       long every = 1);

} // namespace actlab::plot
