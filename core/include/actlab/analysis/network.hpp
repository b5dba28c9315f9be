// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A fully connected network, general enough for both the depth analyses (Monte Carlo against mean
/// field) and a trainer: dense layers z = W h + b, an activation from the catalogue after every layer but
/// the last (the output layer is linear), forward on a batch with the pre-activations kept, and backward
/// giving ∂L/∂z per layer and the parameter gradients. f and f′ come from the core's span evaluation,
/// exactly. Samples are columns (Eigen's column-major storage keeps one sample's units contiguous).
#include "actlab/activation.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace actlab::analysis {

/// An activation at fixed parameters, as a network layer uses it.
struct LayerActivation {
    const Activation* activation = nullptr;
    std::vector<double> params;
};

/// One dense layer: weight is fanOut × fanIn, bias fanOut. A hidden layer's activation may take its
/// parameters per unit instead of from LayerActivation::params: unitParams then has one row per
/// parameter of the activation (in declaration order) and either one column, shared by every unit of the
/// layer, or fanOut columns, one per unit. That is how a trainer learns PReLU's α (per layer or per unit)
/// and Maxout's pieces (per unit), and draws RReLU's slopes (lower = upper = the drawn slope).
struct DenseLayer {
    Eigen::MatrixXd weight;
    Eigen::VectorXd bias;
    Eigen::MatrixXd unitParams; ///< empty: LayerActivation::params for every unit
};

/// How the weights' spread follows the layer's shape.
enum class WeightScale {
    FanIn,    ///< Var W = σ_w²/fan-in (He: σ_w² = 2, LeCun: 1)
    FanInOut, ///< Var W = 2σ_w²/(fan-in + fan-out) (Xavier/Glorot: σ_w² = 1)
    Absolute, ///< Var W = σ_w², whatever the shape
};

/// How to draw the initial parameters: W_ij ~ N(0, Var W) (scale above), b_i ~ N(hiddenBias, σ_b²) in the
/// hidden layers and N(0, σ_b²) in the output layer.
struct Initialisation {
    double sigmaW2 = 1.0;
    double sigmaB2 = 0.0;
    WeightScale scale = WeightScale::FanIn;
    double hiddenBias = 0.0;
};

/// What forward() keeps for backward(): z[l] for l = 0…L−1 (layer l + 1 in the maths' count; z[L−1] is
/// the network's output), and for the hidden layers l = 0…L−2 h[l] = f(z[l]) and df[l] = f′(z[l]).
struct ForwardCache {
    Eigen::MatrixXd input;
    std::vector<Eigen::MatrixXd> z, h, df;
    Eigen::MatrixXd scratch; ///< working storage for layers with per-unit parameters
};

/// ∂L/∂z per layer (dz[l] for layer l + 1), and optionally ∂L/∂W, ∂L/∂b, ∂L/∂unitParams and ∂L/∂input.
struct Gradients {
    std::vector<Eigen::MatrixXd> dz;
    std::vector<Eigen::MatrixXd> dWeight;     ///< empty unless asked for
    std::vector<Eigen::VectorXd> dBias;       ///< empty unless asked for
    std::vector<Eigen::MatrixXd> dUnitParams; ///< per hidden layer, unitParams' shape (0 × 0 if it is empty)
    Eigen::MatrixXd dInput;                   ///< empty unless asked for
};

/// Whether ∂f/∂(parameters) is known for this activation: PReLU (∂f/∂α = x for x ≤ 0) and Maxout
/// (∂f/∂wⱼ = x and ∂f/∂bⱼ = 1 for the winning piece j, 0 for the others and for k).
bool hasParameterGradient(const Activation& activation);

/// splitmix64: a well-mixed 64-bit number from another, to derive independent seeds from one.
std::uint64_t splitmix64(std::uint64_t x);

/// A deterministic source of N(0, 1) numbers: std::mt19937_64 (fully specified by the standard) and our
/// own Box–Muller transform, so a seed gives the same numbers with any standard library (std::normal_
/// distribution is implementation-defined). The last bits can still differ where libm's log, sin and cos
/// do (they are not correctly rounded on every platform).
class NormalSource {
  public:
    explicit NormalSource(std::uint64_t seed);
    double next();                                     ///< one N(0, 1) number
    void fill(double* out, std::size_t n, double std); ///< n numbers N(0, std²)
    double uniform();                                  ///< one number uniform in [0, 1), 53 random bits
    std::uint64_t below(std::uint64_t n); ///< one whole number uniform in [0, n) (n ≥ 1), unbiased

  private:
    std::mt19937_64 engine_;
    double spare_ = 0.0;
    bool hasSpare_ = false;
};

/// The network: widths n₀ (input), n₁, …, n_L; L dense layers; activations[l] after layer l + 1 for
/// l < L − 1 (one per hidden layer, so layers may differ, as a comparison or a trainer may need).
class Network {
  public:
    /// Throws std::invalid_argument unless widths has at least two entries, all ≥ 1, and there is one
    /// valid activation per hidden layer (or exactly one, used for all of them).
    Network(std::span<const int> widths, std::vector<LayerActivation> activations);

    std::size_t layerCount() const { return layers_.size(); }
    int inputWidth() const { return widths_.front(); }
    int width(std::size_t layer) const { return widths_[layer + 1]; } ///< fan-out of layer `layer`
    DenseLayer& layer(std::size_t l) { return layers_[l]; }
    const DenseLayer& layer(std::size_t l) const { return layers_[l]; }
    const LayerActivation& activation(std::size_t hidden) const { return activations_[hidden]; }

    /// Draws every weight and bias from one seeded NormalSource, layer by layer, weights column-major.
    /// Throws std::invalid_argument for a σ² that is negative or not finite or a bias that is not finite.
    void initialise(const Initialisation& init, std::uint64_t seed);

    /// input: n₀ × batch. Fills the cache (reusing its storage).
    void forward(const Eigen::MatrixXd& input, ForwardCache& cache) const;

    /// dOutput = ∂L/∂z of the last layer (n_L × batch). With parameterGradients the weight and bias
    /// gradients (summed over the batch), those of the hidden layers' unitParams (where the activation
    /// has a parameter gradient; zero otherwise) and ∂L/∂input are filled as well.
    void backward(const ForwardCache& cache, const Eigen::MatrixXd& dOutput, Gradients& grads,
                  bool parameterGradients = true) const;

  private:
    void checkUnitParams(std::size_t hidden) const;
    /// ∂L/∂unitParams of one hidden layer from its pre-activations z and ∂L/∂h.
    void unitParamGradient(std::size_t hidden, const Eigen::MatrixXd& z, const Eigen::MatrixXd& dh,
                           Eigen::MatrixXd& out) const;

    std::vector<int> widths_;
    std::vector<LayerActivation> activations_;
    std::vector<DenseLayer> layers_;
};

} // namespace actlab::analysis
