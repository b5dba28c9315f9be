// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/trainer.hpp"
#include "config_messages.hpp"

#include "actlab/catalogue.hpp"

#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace actlab::analysis {
namespace {

std::vector<int> layerWidths(const TrainerConfig& c, const Dataset& d) {
    std::vector<int> widths(static_cast<std::size_t>(c.hiddenLayers) + 2, c.width);
    widths.front() = static_cast<int>(d.x.rows());
    widths.back() = 1;
    return widths;
}

} // namespace

Initialisation makeInitialisation(InitScheme scheme, double normalStd, double bias) {
    Initialisation init;
    init.hiddenBias = bias;
    switch (scheme) {
    case InitScheme::He:
        init.sigmaW2 = 2.0;
        break;
    case InitScheme::Xavier:
        init.scale = WeightScale::FanInOut;
        break;
    case InitScheme::Lecun:
        break;
    case InitScheme::Normal:
        init.scale = WeightScale::Absolute;
        init.sigmaW2 = normalStd * normalStd;
        break;
    }
    return init;
}

Message checkTrainerConfig(const TrainerConfig& c, const Dataset& d) {
    using detail::outsideRange;
    if (d.x.cols() == 0 || d.y.rows() != 1 || d.y.cols() != d.x.cols())
        return {ACTLAB_TR_NOOP("Analysis", "the training set needs one target per sample")};
    for (Message m :
         {outsideRange({ACTLAB_TR_NOOP("Analysis", "hidden layers")}, c.hiddenLayers, kMinHiddenLayers,
                       kMaxHiddenLayers),
          outsideRange({ACTLAB_TR_NOOP("Analysis", "width")}, c.width, kMinTrainWidth, kMaxTrainWidth),
          outsideRange({ACTLAB_TR_NOOP("Analysis", "batch")}, c.batch, 1, d.x.cols())})
        if (!m.empty()) return m;
    if (c.activation.activation == nullptr) return {ACTLAB_TR_NOOP("Analysis", "no activation")};
    if (const auto err = validate(*c.activation.activation, c.activation.params))
        return detail::parameterProblem(c.activation.activation->id, *err);
    if (c.loss == Loss::CrossEntropy && !d.classification)
        return {ACTLAB_TR_NOOP("Analysis",
                               "cross-entropy needs class labels; a regression uses the squared error")};
    if (Message m = checkOptimiserConfig(c.optimiser); !m.empty()) return m;
    const Initialisation& i = c.init;
    if (!(std::isfinite(i.sigmaW2) && i.sigmaW2 >= 0.0 && std::isfinite(i.sigmaB2) && i.sigmaB2 >= 0.0))
        return {
            ACTLAB_TR_NOOP("Analysis", "the initial weight and bias variances must be finite numbers >= 0")};
    if (!std::isfinite(i.hiddenBias)) return {ACTLAB_TR_NOOP("Analysis", "the initial bias must be finite")};
    return {};
}

Trainer::Trainer(const TrainerConfig& config, Dataset data)
    : config_(config), data_(std::move(data)), network_([&]() -> Network {
          if (Message m = checkTrainerConfig(config, data_); !m.empty()) throw MessageError(std::move(m));
          return Network(layerWidths(config, data_), {config.activation});
      }()),
      optimiser_(config.optimiser), random_(splitmix64(config.seed ^ 0x6261746368ULL)), // "batch"
      batchLoss_(std::numeric_limits<double>::quiet_NaN()) {
    network_.initialise(config.init, splitmix64(config.seed ^ 0x696E6974ULL)); // "init"
    const Activation& a = *config.activation.activation;
    rrelu_ = a.id == "rrelu";
    learnsParams_ = hasParameterGradient(a);
    const auto params = Eigen::Map<const Eigen::VectorXd>(
        config.activation.params.data(), static_cast<Eigen::Index>(config.activation.params.size()));
    for (std::size_t l = 0; l + 1 < network_.layerCount(); ++l) {
        Eigen::MatrixXd& unit = network_.layer(l).unitParams;
        if (rrelu_ || learnsParams_) {
            const bool shared = a.id == "prelu" && config.preluSlopes == SlopeSharing::PerLayer;
            unit = params.replicate(1, shared ? 1 : config.width);
        }
    }
    order_.resize(static_cast<std::size_t>(data_.x.cols()));
    position_ = order_.size(); // shuffled at the first step
    batchX_.resize(data_.x.rows(), config.batch);
    batchY_.resize(1, config.batch);
    dead_.assign(network_.layerCount() - 1, std::vector<bool>(static_cast<std::size_t>(config.width), false));
}

void Trainer::nextBatch() {
    const auto b = static_cast<std::size_t>(config_.batch);
    if (position_ + b > order_.size()) {
        // Fisher–Yates on the identity, from the trainer's own stream.
        std::iota(order_.begin(), order_.end(), Eigen::Index{0});
        for (std::size_t i = order_.size() - 1; i > 0; --i)
            std::swap(order_[i], order_[random_.below(i + 1)]);
        position_ = 0;
    }
    for (std::size_t j = 0; j < b; ++j) {
        const Eigen::Index s = order_[position_ + j];
        const auto col = static_cast<Eigen::Index>(j);
        batchX_.col(col) = data_.x.col(s);
        batchY_(0, col) = data_.y(0, s);
    }
    position_ += b;
}

void Trainer::drawTrainingSlopes() {
    const double lo = config_.activation.params[0], hi = config_.activation.params[1];
    for (std::size_t l = 0; l + 1 < network_.layerCount(); ++l) {
        Eigen::MatrixXd& unit = network_.layer(l).unitParams;
        for (Eigen::Index u = 0; u < unit.cols(); ++u) {
            const double a = lo + (hi - lo) * random_.uniform();
            unit(0, u) = a; // lower = upper = a: the catalogue's rrelu is then the slope a exactly
            unit(1, u) = a;
        }
    }
}

void Trainer::setEvaluationSlopes() {
    for (std::size_t l = 0; l + 1 < network_.layerCount(); ++l) {
        Eigen::MatrixXd& unit = network_.layer(l).unitParams;
        unit.row(0).setConstant(config_.activation.params[0]);
        unit.row(1).setConstant(config_.activation.params[1]);
    }
}

void Trainer::step() {
    nextBatch();
    if (rrelu_) drawTrainingSlopes();
    network_.forward(batchX_, cache_);
    batchLoss_ = lossAndGradient(config_.loss, data_.classification, cache_.z.back(), batchY_, dOut_);
    network_.backward(cache_, dOut_, grads_);
    const std::size_t L = network_.layerCount();
    blocks_.clear();
    gradNorm_.resize(L);
    for (std::size_t l = 0; l < L; ++l) {
        DenseLayer& layer = network_.layer(l);
        blocks_.push_back(
            {layer.weight.data(), grads_.dWeight[l].data(), static_cast<std::size_t>(layer.weight.size())});
        blocks_.push_back(
            {layer.bias.data(), grads_.dBias[l].data(), static_cast<std::size_t>(layer.bias.size())});
        if (learnsParams_ && l + 1 < L)
            blocks_.push_back({layer.unitParams.data(), grads_.dUnitParams[l].data(),
                               static_cast<std::size_t>(layer.unitParams.size())});
        gradNorm_[l] = std::sqrt(grads_.dWeight[l].squaredNorm() + grads_.dBias[l].squaredNorm());
    }
    optimiser_.step(blocks_);
    ++steps_;
}

void Trainer::predict(const Eigen::MatrixXd& x, Eigen::MatrixXd& z) {
    if (rrelu_) setEvaluationSlopes();
    network_.forward(x, cache_);
    z = cache_.z.back();
}

TrainingMetrics Trainer::evaluate() {
    TrainingMetrics m;
    m.step = steps_;
    if (rrelu_) setEvaluationSlopes();
    network_.forward(data_.x, cache_);
    const Eigen::MatrixXd& z = cache_.z.back();
    m.loss = lossValue(config_.loss, data_.classification, z, data_.y);
    if (data_.classification) {
        Eigen::Index right = 0;
        for (Eigen::Index s = 0; s < z.cols(); ++s)
            right += (z(0, s) > 0.0) == (data_.y(0, s) > 0.5) ? 1 : 0;
        m.accuracy = static_cast<double>(right) / static_cast<double>(z.cols());
    } else {
        m.accuracy = std::numeric_limits<double>::quiet_NaN();
    }
    int totalDead = 0, totalUnits = 0;
    for (std::size_t l = 0; l < dead_.size(); ++l) {
        const Eigen::MatrixXd& df = cache_.df[l];
        int count = 0;
        for (Eigen::Index u = 0; u < df.rows(); ++u) {
            const bool dead = (df.row(u).array() == 0.0).all();
            count += dead ? 1 : 0;
            if (dead != dead_[l][static_cast<std::size_t>(u)])
                events_.push_back({steps_, static_cast<int>(l), static_cast<int>(u), dead});
            dead_[l][static_cast<std::size_t>(u)] = dead;
        }
        m.deadUnits.push_back(count);
        totalDead += count;
        totalUnits += static_cast<int>(df.rows());
    }
    m.deadFraction = static_cast<double>(totalDead) / static_cast<double>(totalUnits);
    m.gradNorm = gradNorm_.empty() ? std::vector<double>(network_.layerCount(), 0.0) : gradNorm_;
    return m;
}

std::vector<double> Trainer::preluSlopes(std::size_t hidden) const {
    if (config_.activation.activation->id != "prelu") return {};
    const Eigen::MatrixXd& unit = network_.layer(hidden).unitParams;
    std::vector<double> out(static_cast<std::size_t>(config_.width));
    for (std::size_t u = 0; u < out.size(); ++u)
        out[u] = unit(0, unit.cols() == 1 ? 0 : static_cast<Eigen::Index>(u));
    return out;
}

} // namespace actlab::analysis
