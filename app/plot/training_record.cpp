// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/training_record.hpp"

#include <actlab/catalogue.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <utility>

namespace actlab::plot {

DataWindow dataWindow(const analysis::Dataset& data) {
    const auto widen = [](double lo, double hi) {
        const double pad = hi > lo ? 0.1 * (hi - lo) : 1.0;
        return std::pair{lo - pad, hi + pad};
    };
    const auto [x0, x1] = widen(data.x.row(0).minCoeff(), data.x.row(0).maxCoeff());
    if (data.x.rows() < 2) {
        const auto [y0, y1] = widen(data.y.minCoeff(), data.y.maxCoeff());
        return {x0, x1, y0, y1};
    }
    const auto [y0, y1] = widen(data.x.row(1).minCoeff(), data.x.row(1).maxCoeff());
    return {x0, x1, y0, y1};
}

TrainingRecord::TrainingRecord(std::string label, const analysis::TrainerConfig& config,
                               analysis::Dataset data, long every)
    : label_(std::move(label)), every_(std::max(1L, every)), window_(dataWindow(data)) {
    trainer_ = std::make_unique<analysis::Trainer>(config, std::move(data));
    prelu_ = config.activation.activation->id == "prelu";
    dead_.assign(static_cast<std::size_t>(config.hiddenLayers),
                 std::vector<bool>(static_cast<std::size_t>(config.width), false));
    if (prelu_) alpha_.resize(static_cast<std::size_t>(config.hiddenLayers * config.width));
    record();
}

void TrainingRecord::record() {
    if (!history_.empty() && history_.back().step == trainer_->steps()) return;
    metrics_ = trainer_->evaluate();
    const auto& events = trainer_->events();
    for (; eventsSeen_ < events.size(); ++eventsSeen_) {
        const analysis::UnitEvent& e = events[eventsSeen_];
        dead_[static_cast<std::size_t>(e.layer)][static_cast<std::size_t>(e.unit)] = e.died;
    }
    history_.push_back({metrics_.step, metrics_.loss, metrics_.accuracy, metrics_.deadFraction});
    if (prelu_) {
        std::size_t unit = 0;
        for (std::size_t l = 0; l < dead_.size(); ++l)
            for (double a : trainer_->preluSlopes(l))
                alpha_[unit++].push_back(a);
    }
    if (history_.size() < kMaxHistory) return;
    // Keep the first point and every other one after it: the history spans the whole run at half the
    // density, and from now on a point is recorded every 2·every steps.
    const auto thin = [](auto& v) {
        std::size_t kept = 1;
        for (std::size_t i = 2; i < v.size(); i += 2)
            v[kept++] = v[i];
        v.resize(kept);
    };
    thin(history_);
    for (auto& a : alpha_)
        thin(a);
    every_ *= 2;
}

void TrainingRecord::advance(long count) {
    for (long i = 0; i < count; ++i) {
        trainer_->step();
        if (trainer_->steps() % every_ == 0) record();
    }
}

TrainingSnapshot TrainingRecord::snapshot(int surfaceSize) {
    TrainingSnapshot s;
    s.label = label_;
    s.preluSlopes = prelu_;
    s.classification = trainer_->data().classification;
    s.history = history_;
    s.alpha = alpha_;
    s.metrics = metrics_;
    s.dead = dead_;
    s.xMin = window_.xMin;
    s.xMax = window_.xMax;
    s.yMin = window_.yMin;
    s.yMax = window_.yMax;
    // The fraction of the training set on which each hidden unit's f′ ≠ 0, at the current weights.
    analysis::ForwardCache cache;
    trainer_->network().forward(trainer_->data().x, cache);
    for (std::size_t l = 0; l < dead_.size(); ++l) {
        const Eigen::MatrixXd& df = cache.df[l];
        std::vector<double> fractions(static_cast<std::size_t>(df.rows()));
        for (Eigen::Index u = 0; u < df.rows(); ++u)
            fractions[static_cast<std::size_t>(u)] =
                static_cast<double>((df.row(u).array() != 0.0).count()) / static_cast<double>(df.cols());
        s.active.push_back(std::move(fractions));
    }
    if (surfaceSize < 2) return s;
    s.surfaceSize = surfaceSize;
    const bool twoD = trainer_->data().x.rows() == 2;
    const Eigen::Index n = twoD ? Eigen::Index{surfaceSize} * surfaceSize : surfaceSize;
    Eigen::MatrixXd grid(twoD ? 2 : 1, n);
    const double dx = (s.xMax - s.xMin) / (surfaceSize - 1), dy = (s.yMax - s.yMin) / (surfaceSize - 1);
    for (Eigen::Index k = 0; k < n; ++k) {
        grid(0, k) = s.xMin + dx * static_cast<double>(k % surfaceSize);
        if (twoD) grid(1, k) = s.yMin + dy * static_cast<double>(k / surfaceSize);
    }
    Eigen::MatrixXd z;
    trainer_->predict(grid, z);
    s.surface.assign(z.data(), z.data() + n);
    // A classification shows p = σ(z), the catalogue's (overflow-safe) sigmoid.
    if (trainer_->data().classification) {
        const Activation* sigmoid = findActivation("sigmoid");
        const std::vector<double> z0 = s.surface;
        sigmoid->evaluate(sigmoid->defaults(), z0, s.surface);
    }
    return s;
}

std::vector<std::unique_ptr<TrainingRecord>> recordsOf(const analysis::TrainingExperiment& experiment,
                                                       long every) {
    const analysis::Dataset data = analysis::makeDataset(experiment.data);
    std::vector<std::unique_ptr<TrainingRecord>> records;
    for (const analysis::TrainingRun& run : experiment.runs)
        records.push_back(std::make_unique<TrainingRecord>(run.label, run.trainer, data, every));
    return records;
}

} // namespace actlab::plot
