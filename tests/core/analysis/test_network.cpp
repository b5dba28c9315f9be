// SPDX-License-Identifier: GPL-3.0-or-later
/// The network: forward against a direct evaluation, backward (∂L/∂z, ∂L/∂W, ∂L/∂b, ∂L/∂input) against
/// central finite differences of the loss L = Σ dOut ⊙ z_L, determinism, the initial weight statistics
/// and the normal source.
#include "actlab/analysis/network.hpp"
#include "actlab/catalogue.hpp"
#include "central_difference.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace {

using namespace actlab;
using namespace actlab::analysis;

LayerActivation layerAct(const char* id, std::vector<double> params = {}) {
    const Activation* a = findActivation(id);
    if (a == nullptr) throw std::runtime_error(id);
    if (params.empty()) params = a->defaults();
    return {a, params};
}

Eigen::MatrixXd randomMatrix(int rows, int cols, std::uint64_t seed, double std = 1.0) {
    Eigen::MatrixXd m(rows, cols);
    NormalSource n(seed);
    n.fill(m.data(), static_cast<std::size_t>(m.size()), std);
    return m;
}

TEST(Network, ForwardIsTheDirectComposition) {
    const int widths[] = {3, 4, 2};
    Network net(widths, {layerAct("tanh")});
    net.initialise({1.5, 0.2}, 7);
    const Eigen::MatrixXd x = randomMatrix(3, 5, 11);
    ForwardCache cache;
    net.forward(x, cache);
    ASSERT_EQ(cache.z.size(), 2U);
    for (int s = 0; s < 5; ++s) {
        for (int i = 0; i < 4; ++i) {
            double z = net.layer(0).bias(i);
            for (int j = 0; j < 3; ++j)
                z += net.layer(0).weight(i, j) * x(j, s);
            EXPECT_NEAR(cache.z[0](i, s), z, 1e-15);
            EXPECT_NEAR(cache.h[0](i, s), std::tanh(z), 1e-15);
            EXPECT_NEAR(cache.df[0](i, s), 1 - std::tanh(z) * std::tanh(z), 1e-15);
        }
        for (int i = 0; i < 2; ++i) {
            double z = net.layer(1).bias(i);
            for (int j = 0; j < 4; ++j)
                z += net.layer(1).weight(i, j) * cache.h[0](j, s);
            EXPECT_NEAR(cache.z[1](i, s), z, 1e-14);
        }
    }
}

/// L = Σ dOut ⊙ z_L; every parameter and input coordinate perturbed by ±h.
class NetworkGradient : public ::testing::TestWithParam<const char*> {};

TEST_P(NetworkGradient, MatchesCentralDifferences) {
    const int widths[] = {3, 5, 4, 2};
    Network net(widths, {layerAct(GetParam())});
    net.initialise({2.0, 0.1}, 3);
    Eigen::MatrixXd x = randomMatrix(3, 4, 5);
    const Eigen::MatrixXd dOut = randomMatrix(2, 4, 9);
    ForwardCache cache;
    Gradients g;
    net.forward(x, cache);
    // Away from kinks only: every pre-activation at least 1e-3 from 0 (the piecewise functions' kink).
    for (std::size_t l = 0; l + 1 < cache.z.size(); ++l)
        ASSERT_GT(cache.z[l].cwiseAbs().minCoeff(), 1e-3) << "choose another seed";
    net.backward(cache, dOut, g);
    const auto loss = [&] {
        ForwardCache c;
        net.forward(x, c);
        return (c.z.back().array() * dOut.array()).sum();
    };
    const double h = 1e-6;
    const auto check = [&](double& v, double analytic, const char* what) {
        const double numeric = centralDifference(v, h, loss);
        EXPECT_LE(std::fabs(numeric - analytic), 1e-6 * std::max(1.0, std::fabs(analytic)))
            << GetParam() << " " << what << ": analytic " << analytic << ", numeric " << numeric;
    };
    for (std::size_t l = 0; l < net.layerCount(); ++l) {
        DenseLayer& layer = net.layer(l);
        for (Eigen::Index i = 0; i < layer.weight.size(); ++i)
            check(layer.weight.data()[i], g.dWeight[l].data()[i], "dW");
        for (Eigen::Index i = 0; i < layer.bias.size(); ++i)
            check(layer.bias.data()[i], g.dBias[l].data()[i], "db");
    }
    for (Eigen::Index i = 0; i < x.size(); ++i)
        check(x.data()[i], g.dInput.data()[i], "dInput");
}

INSTANTIATE_TEST_SUITE_P(Activations, NetworkGradient,
                         ::testing::Values("tanh", "sigmoid", "relu", "leaky_relu", "elu", "selu", "gelu",
                                           "silu", "mish", "softplus", "hardswish", "snake"));

TEST(Network, DeterministicForASeed) {
    const int widths[] = {8, 8, 8};
    Network a(widths, {layerAct("relu")}), b(widths, {layerAct("relu")});
    a.initialise({2.0, 0.1}, 42);
    b.initialise({2.0, 0.1}, 42);
    for (std::size_t l = 0; l < 2; ++l) {
        EXPECT_TRUE(a.layer(l).weight == b.layer(l).weight);
        EXPECT_TRUE(a.layer(l).bias == b.layer(l).bias);
    }
    b.initialise({2.0, 0.1}, 43);
    EXPECT_FALSE(a.layer(0).weight == b.layer(0).weight);
}

/// W ~ N(0, σ_w²/fan-in): the sample variance of 400 × 500 weights within 5 standard errors (√(2/n)
/// relative).
TEST(Network, InitialWeightStatistics) {
    const int widths[] = {500, 400, 3};
    Network net(widths, {layerAct("tanh")});
    net.initialise({2.0, 0.5}, 1);
    const Eigen::MatrixXd& w = net.layer(0).weight;
    const double n = static_cast<double>(w.size());
    const double mean = w.mean(), var = (w.array() - mean).square().sum() / n;
    const double want = 2.0 / 500;
    EXPECT_LE(std::fabs(mean), 5 * std::sqrt(want / n));
    EXPECT_LE(std::fabs(var / want - 1), 5 * std::sqrt(2 / n));
    const Eigen::VectorXd& b = net.layer(0).bias;
    const double bvar = b.squaredNorm() / 400;
    EXPECT_LE(std::fabs(bvar / 0.5 - 1), 5 * std::sqrt(2.0 / 400));
}

TEST(NormalSource, MeanVarianceAndTails) {
    NormalSource n(123);
    const int count = 200000;
    double s = 0, s2 = 0, s4 = 0;
    int beyond2 = 0;
    for (int i = 0; i < count; ++i) {
        const double v = n.next();
        s += v;
        s2 += v * v;
        s4 += v * v * v * v;
        beyond2 += std::fabs(v) > 2 ? 1 : 0;
    }
    const double c = count;
    EXPECT_LE(std::fabs(s / c), 5 / std::sqrt(c));
    EXPECT_LE(std::fabs(s2 / c - 1), 5 * std::sqrt(2 / c));
    EXPECT_LE(std::fabs(s4 / c - 3), 5 * std::sqrt(96 / c)); // Var[X⁴] = 105 − 9
    const double p2 = std::erfc(2 / std::sqrt(2.0));         // P(|X| > 2)
    EXPECT_LE(std::fabs(beyond2 / c - p2), 5 * std::sqrt(p2 * (1 - p2) / c));
}

TEST(Network, RefusesBadShapes) {
    const int one[] = {3};
    EXPECT_THROW(Network(one, {layerAct("relu")}), std::invalid_argument);
    const int zero[] = {3, 0, 2};
    EXPECT_THROW(Network(zero, {layerAct("relu")}), std::invalid_argument);
    const int three[] = {3, 4, 4, 2};
    EXPECT_THROW(Network(three, {layerAct("relu"), layerAct("tanh"), layerAct("elu")}),
                 std::invalid_argument);
    EXPECT_THROW(Network(three, {layerAct("leaky_relu", {3.0})}), std::invalid_argument);
    Network ok(three, {layerAct("relu"), layerAct("tanh")});
    ForwardCache c;
    EXPECT_THROW(ok.forward(Eigen::MatrixXd::Zero(2, 1), c), std::invalid_argument);
}

} // namespace
