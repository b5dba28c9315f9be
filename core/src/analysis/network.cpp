// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/network.hpp"

#include "actlab/catalogue.hpp"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace actlab::analysis {

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
            throw std::invalid_argument(std::string(a.activation->id) + ": " + err->message);
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
    NormalSource normal(seed);
    for (DenseLayer& layer : layers_) {
        const double fanIn = static_cast<double>(layer.weight.cols());
        normal.fill(layer.weight.data(), static_cast<std::size_t>(layer.weight.size()),
                    std::sqrt(init.sigmaW2 / fanIn));
        normal.fill(layer.bias.data(), static_cast<std::size_t>(layer.bias.size()), std::sqrt(init.sigmaB2));
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
        act.activation->evaluateSpan(act.params.data(), z.data(), static_cast<std::size_t>(z.size()),
                                     cache.h[l].data(), cache.df[l].data(), nullptr);
    }
}

void Network::backward(const ForwardCache& cache, const Eigen::MatrixXd& dOutput, Gradients& grads,
                       bool parameterGradients) const {
    const std::size_t L = layers_.size();
    if (cache.z.size() != L || dOutput.rows() != cache.z.back().rows() ||
        dOutput.cols() != cache.z.back().cols())
        throw std::invalid_argument("backward: the output gradient does not match the forward pass");
    grads.dz.resize(L);
    grads.dz[L - 1] = dOutput;
    for (std::size_t l = L - 1; l-- > 0;) {
        // ∂L/∂zˡ = f′(zˡ) ⊙ (Wˡ⁺¹)ᵀ ∂L/∂zˡ⁺¹
        grads.dz[l].noalias() = layers_[l + 1].weight.transpose() * grads.dz[l + 1];
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

} // namespace actlab::analysis
