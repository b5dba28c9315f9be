// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/network.hpp"
#include "config_messages.hpp"

#include "actlab/catalogue.hpp"

#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>

namespace actlab::analysis {
namespace {

bool isPrelu(const Activation& a) {
    return a.id == "prelu";
}
bool isMaxout(const Activation& a) {
    return a.id == "maxout";
}

/// Adds dh · ∂f/∂params at x to grad (one unit's column of ∂L/∂unitParams). The branches are the
/// catalogue's: PReLU takes the slope for x ≤ 0 (x > 0 is the identity), Maxout's winner is the
/// lowest-index piece attaining the maximum, the piece whose slope the catalogue reports as f′.
void addParameterGradient(const Activation& a, const double* p, double x, double dh, double* grad) {
    if (isPrelu(a)) {
        if (!(x > 0.0)) grad[0] += dh * x;
        return;
    }
    const int k = static_cast<int>(p[0]);
    int win = 0;
    double best = std::fma(p[1], x, p[2]);
    for (int j = 1; j < k; ++j) {
        const double v = std::fma(p[1 + 2 * j], x, p[2 + 2 * j]);
        if (v > best) {
            best = v;
            win = j;
        }
    }
    grad[1 + 2 * win] += dh * x;
    grad[2 + 2 * win] += dh;
}

} // namespace

bool hasParameterGradient(const Activation& activation) {
    return isPrelu(activation) || isMaxout(activation);
}

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

NormalSource::NormalSource(std::uint64_t seed) : engine_(seed) {}

double NormalSource::next() {
    if (hasSpare_) {
        hasSpare_ = false;
        return spare_;
    }
    // Box–Muller on two uniforms with 53 random bits each; u1 ∈ (0, 1] keeps the logarithm finite.
    const double u1 = (static_cast<double>(engine_() >> 11) + 1.0) * 0x1p-53;
    const double u2 = static_cast<double>(engine_() >> 11) * 0x1p-53;
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double a = 2.0 * std::numbers::pi * u2;
    spare_ = r * std::sin(a);
    hasSpare_ = true;
    return r * std::cos(a);
}

void NormalSource::fill(double* out, std::size_t n, double std) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = std * next();
}

double NormalSource::uniform() {
    return static_cast<double>(engine_() >> 11) * 0x1p-53;
}

std::uint64_t NormalSource::below(std::uint64_t n) {
    // Rejection from the largest multiple of n, so every value is equally likely.
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t v = engine_();
    while (v >= limit)
        v = engine_();
    return v % n;
}

Network::Network(std::span<const int> widths, std::vector<LayerActivation> activations)
    : widths_(widths.begin(), widths.end()), activations_(std::move(activations)) {
    if (widths_.size() < 2)
        throw std::invalid_argument("a network needs an input width and at least one layer");
    for (int w : widths_)
        if (w < 1) throw std::invalid_argument("every layer width must be at least 1");
    const std::size_t hidden = widths_.size() - 2;
    if (activations_.size() == 1 && hidden > 1) activations_.resize(hidden, activations_.front());
    if (activations_.size() != hidden && !(hidden == 0 && activations_.size() <= 1))
        throw std::invalid_argument("one activation per hidden layer (or one for all) is needed");
    if (hidden == 0) activations_.clear();
    for (const LayerActivation& a : activations_) {
        if (a.activation == nullptr) throw std::invalid_argument("a hidden layer has no activation");
        if (const auto err = validate(*a.activation, a.params))
            throw MessageError(detail::parameterProblem(a.activation->id, *err));
    }
    layers_.resize(widths_.size() - 1);
    for (std::size_t l = 0; l < layers_.size(); ++l) {
        layers_[l].weight = Eigen::MatrixXd::Zero(widths_[l + 1], widths_[l]);
        layers_[l].bias = Eigen::VectorXd::Zero(widths_[l + 1]);
    }
}

void Network::initialise(const Initialisation& init, std::uint64_t seed) {
    if (!(std::isfinite(init.sigmaW2) && init.sigmaW2 >= 0.0 && std::isfinite(init.sigmaB2) &&
          init.sigmaB2 >= 0.0))
        throw std::invalid_argument("sigma-w2 and sigma-b2 must be finite numbers >= 0");
    if (!std::isfinite(init.hiddenBias)) throw std::invalid_argument("the hidden bias must be finite");
    NormalSource normal(seed);
    for (std::size_t l = 0; l < layers_.size(); ++l) {
        DenseLayer& layer = layers_[l];
        const double fanIn = static_cast<double>(layer.weight.cols());
        const double fanOut = static_cast<double>(layer.weight.rows());
        const double var = init.scale == WeightScale::FanIn      ? init.sigmaW2 / fanIn
                           : init.scale == WeightScale::FanInOut ? 2.0 * init.sigmaW2 / (fanIn + fanOut)
                                                                 : init.sigmaW2;
        normal.fill(layer.weight.data(), static_cast<std::size_t>(layer.weight.size()), std::sqrt(var));
        normal.fill(layer.bias.data(), static_cast<std::size_t>(layer.bias.size()), std::sqrt(init.sigmaB2));
        if (l + 1 < layers_.size()) layer.bias.array() += init.hiddenBias;
    }
}

void Network::forward(const Eigen::MatrixXd& input, ForwardCache& cache) const {
    if (input.rows() != widths_.front())
        throw std::invalid_argument("the input has " + std::to_string(input.rows()) + " rows, the network " +
                                    std::to_string(widths_.front()));
    const std::size_t L = layers_.size();
    cache.input = input;
    cache.z.resize(L);
    cache.h.resize(L - 1);
    cache.df.resize(L - 1);
    for (std::size_t l = 0; l < L; ++l) {
        const Eigen::MatrixXd& prev = l == 0 ? cache.input : cache.h[l - 1];
        Eigen::MatrixXd& z = cache.z[l];
        z.noalias() = layers_[l].weight * prev;
        z.colwise() += layers_[l].bias;
        if (l + 1 == L) break;
        const LayerActivation& act = activations_[l];
        cache.h[l].resize(z.rows(), z.cols());
        cache.df[l].resize(z.rows(), z.cols());
        const Eigen::MatrixXd& unit = layers_[l].unitParams;
        checkUnitParams(l);
        if (unit.size() == 0 || unit.cols() == 1) {
            const double* p = unit.size() == 0 ? act.params.data() : unit.data();
            act.activation->evaluateSpan(p, z.data(), static_cast<std::size_t>(z.size()), cache.h[l].data(),
                                         cache.df[l].data(), nullptr);
            continue;
        }
        // One unit's values across the batch are a row (stride = rows): gathered into a contiguous
        // scratch column, evaluated with that unit's parameters, scattered back.
        const Eigen::Index batch = z.cols();
        cache.scratch.resize(batch, 3);
        for (Eigen::Index u = 0; u < z.rows(); ++u) {
            cache.scratch.col(0) = z.row(u).transpose();
            act.activation->evaluateSpan(unit.col(u).data(), cache.scratch.col(0).data(),
                                         static_cast<std::size_t>(batch), cache.scratch.col(1).data(),
                                         cache.scratch.col(2).data(), nullptr);
            cache.h[l].row(u) = cache.scratch.col(1).transpose();
            cache.df[l].row(u) = cache.scratch.col(2).transpose();
        }
    }
}

void Network::checkUnitParams(std::size_t hidden) const {
    const Eigen::MatrixXd& unit = layers_[hidden].unitParams;
    if (unit.size() == 0) return;
    const auto count = static_cast<Eigen::Index>(activations_[hidden].activation->parameters.size());
    if (unit.rows() != count || (unit.cols() != 1 && unit.cols() != widths_[hidden + 1]))
        throw std::invalid_argument("layer " + std::to_string(hidden + 1) + ": unitParams must be " +
                                    std::to_string(count) + " × 1 or " + std::to_string(count) + " × " +
                                    std::to_string(widths_[hidden + 1]));
}

void Network::backward(const ForwardCache& cache, const Eigen::MatrixXd& dOutput, Gradients& grads,
                       bool parameterGradients) const {
    const std::size_t L = layers_.size();
    if (cache.z.size() != L || dOutput.rows() != cache.z.back().rows() ||
        dOutput.cols() != cache.z.back().cols())
        throw std::invalid_argument("backward: the output gradient does not match the forward pass");
    grads.dz.resize(L);
    grads.dz[L - 1] = dOutput;
    grads.dUnitParams.resize(parameterGradients ? L - 1 : 0);
    for (std::size_t l = L - 1; l-- > 0;) {
        // ∂L/∂hˡ = (Wˡ⁺¹)ᵀ ∂L/∂zˡ⁺¹, then ∂L/∂zˡ = f′(zˡ) ⊙ ∂L/∂hˡ
        grads.dz[l].noalias() = layers_[l + 1].weight.transpose() * grads.dz[l + 1];
        if (parameterGradients) unitParamGradient(l, cache.z[l], grads.dz[l], grads.dUnitParams[l]);
        grads.dz[l].array() *= cache.df[l].array();
    }
    if (!parameterGradients) {
        grads.dWeight.clear();
        grads.dBias.clear();
        grads.dInput.resize(0, 0);
        return;
    }
    grads.dWeight.resize(L);
    grads.dBias.resize(L);
    for (std::size_t l = 0; l < L; ++l) {
        const Eigen::MatrixXd& prev = l == 0 ? cache.input : cache.h[l - 1];
        grads.dWeight[l].noalias() = grads.dz[l] * prev.transpose();
        grads.dBias[l] = grads.dz[l].rowwise().sum();
    }
    grads.dInput.noalias() = layers_[0].weight.transpose() * grads.dz[0];
}

void Network::unitParamGradient(std::size_t hidden, const Eigen::MatrixXd& z, const Eigen::MatrixXd& dh,
                                Eigen::MatrixXd& out) const {
    const Eigen::MatrixXd& unit = layers_[hidden].unitParams;
    out.setZero(unit.rows(), unit.cols());
    const Activation& a = *activations_[hidden].activation;
    if (unit.size() == 0 || !hasParameterGradient(a)) return;
    const bool shared = unit.cols() == 1;
    for (Eigen::Index s = 0; s < z.cols(); ++s)
        for (Eigen::Index u = 0; u < z.rows(); ++u) {
            const Eigen::Index c = shared ? 0 : u;
            addParameterGradient(a, unit.col(c).data(), z(u, s), dh(u, s), out.col(c).data());
        }
}

} // namespace actlab::analysis
