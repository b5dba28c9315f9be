// SPDX-License-Identifier: GPL-3.0-or-later
/// The trainer's gradients against central finite differences of its own loss, relative error ≤ 1e-6 away
/// from kinks: every parameter (weights, biases and learned activation parameters) of a 2-5-4-1 network
/// for every catalogue function at its default parameters, PReLU's α per unit and per layer, Maxout's
/// pieces per unit (k, a whole number, has none), RReLU at drawn slopes (weights and biases: the slopes
/// are drawn, not learned); the losses against closed forms; and ∂L/∂α of PReLU against
/// the formula Σ ∂L/∂f · x over x ≤ 0 on a one-unit network worked by hand.
#include "actlab/analysis/loss.hpp"
#include "actlab/analysis/network.hpp"
#include "actlab/catalogue.hpp"
#include "central_difference.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

namespace {

using namespace actlab;
using namespace actlab::analysis;

/// Distance from x to the nearest kink of the activation at these parameters (∞ without kinks).
double kinkDistance(const Activation& a, const double* params, double x) {
    std::vector<Kink> kinks;
    a.listKinks(params, kinks);
    double d = INFINITY;
    for (const Kink& k : kinks)
        d = std::fmin(d, std::fabs(x - k.x));
    return d;
}

struct Problem {
    Eigen::MatrixXd x, y;
};

/// Six 2-D samples N(0, 1.5²) with alternating labels.
Problem problem(std::uint64_t seed) {
    Problem p{Eigen::MatrixXd(2, 6), Eigen::MatrixXd(1, 6)};
    NormalSource n(seed);
    n.fill(p.x.data(), 12, 1.5);
    for (int s = 0; s < 6; ++s)
        p.y(0, s) = s % 2;
    return p;
}

/// Every pre-activation of every hidden unit at least `margin` from a kink of that unit's activation.
bool awayFromKinks(const Network& net, const ForwardCache& cache, double margin) {
    for (std::size_t l = 0; l + 1 < net.layerCount(); ++l) {
        const LayerActivation& act = net.activation(l);
        const Eigen::MatrixXd& unit = net.layer(l).unitParams;
        for (Eigen::Index u = 0; u < cache.z[l].rows(); ++u) {
            const double* p =
                unit.size() == 0 ? act.params.data() : unit.col(unit.cols() == 1 ? 0 : u).data();
            for (Eigen::Index s = 0; s < cache.z[l].cols(); ++s)
                if (kinkDistance(*act.activation, p, cache.z[l](u, s)) < margin) return false;
        }
    }
    return true;
}

/// Compares every gradient of the cross-entropy of `net` on the problem with central differences
/// (h = 1e-6): |numeric − analytic| ≤ 1e-6 max(|analytic|, 1e-3).
void checkGradients(Network& net, const Problem& p, const std::string& what) {
    ForwardCache cache;
    net.forward(p.x, cache);
    ASSERT_TRUE(awayFromKinks(net, cache, 1e-3)) << what << ": a pre-activation is within 1e-3 of a kink";
    Eigen::MatrixXd dOut;
    lossAndGradient(Loss::CrossEntropy, true, cache.z.back(), p.y, dOut);
    Gradients g;
    net.backward(cache, dOut, g);
    const auto loss = [&] {
        ForwardCache c;
        net.forward(p.x, c);
        return lossValue(Loss::CrossEntropy, true, c.z.back(), p.y);
    };
    const double h = 1e-6;
    int checked = 0, nonZero = 0;
    const auto check = [&](double& v, double analytic, const std::string& name) {
        const double numeric = centralDifference(v, h, loss);
        EXPECT_LE(std::fabs(numeric - analytic), 1e-6 * std::fmax(std::fabs(analytic), 1e-3))
            << what << " " << name << ": analytic " << analytic << ", numeric " << numeric;
        ++checked;
        nonZero += analytic != 0.0 ? 1 : 0;
    };
    for (std::size_t l = 0; l < net.layerCount(); ++l) {
        DenseLayer& layer = net.layer(l);
        const std::string at = " of layer " + std::to_string(l + 1);
        for (Eigen::Index i = 0; i < layer.weight.size(); ++i)
            check(layer.weight.data()[i], g.dWeight[l].data()[i], "dW" + at);
        for (Eigen::Index i = 0; i < layer.bias.size(); ++i)
            check(layer.bias.data()[i], g.dBias[l].data()[i], "db" + at);
        // Learned activation parameters (PReLU's α, Maxout's pieces; not Maxout's whole-number k, nor
        // RReLU's drawn slopes, which are not learned).
        const Activation& a = *net.activation(std::min(l, net.layerCount() - 2)).activation;
        if (l + 1 == net.layerCount() || layer.unitParams.size() == 0 || !hasParameterGradient(a)) continue;
        ASSERT_EQ(g.dUnitParams[l].rows(), layer.unitParams.rows());
        ASSERT_EQ(g.dUnitParams[l].cols(), layer.unitParams.cols());
        for (Eigen::Index u = 0; u < layer.unitParams.cols(); ++u)
            for (Eigen::Index i = 0; i < layer.unitParams.rows(); ++i)
                if (!a.parameters[static_cast<std::size_t>(i)].integer)
                    check(layer.unitParams(i, u), g.dUnitParams[l](i, u),
                          "d" + std::string(a.parameters[static_cast<std::size_t>(i)].name) + " of unit " +
                              std::to_string(u) + at);
    }
    EXPECT_GT(nonZero, 0) << what << ": every gradient is zero (" << checked << " checked)";
}

/// A 2-5-4-1 network with He-like weights and biases of spread 0.3, the activation at its defaults or,
/// where setUnits is given, with per-unit parameters set by it in each hidden layer (its arguments: the
/// layer's unitParams and width), on the first problem (from seed 1 on) whose pre-activations stay 1e-3
/// from every kink.
struct Case {
    Network net;
    Problem p;
};

Case makeCase(const std::string& id, const std::function<void(Eigen::MatrixXd&, int)>& setUnits = {}) {
    const Activation& a = *findActivation(id);
    const int widths[] = {2, 5, 4, 1};
    Case s{Network(widths, {LayerActivation{&a, a.defaults()}}), {}};
    s.net.initialise({2.0, 0.09}, 17);
    if (setUnits)
        for (std::size_t l = 0; l < 2; ++l)
            setUnits(s.net.layer(l).unitParams, s.net.width(l));
    for (std::uint64_t seed = 1; seed < 200; ++seed) {
        s.p = problem(seed);
        ForwardCache c;
        s.net.forward(s.p.x, c);
        if (awayFromKinks(s.net, c, 1e-3)) return s;
    }
    ADD_FAILURE() << id << ": no problem away from kinks";
    return s;
}

class CatalogueGradient : public ::testing::TestWithParam<std::string> {};

TEST_P(CatalogueGradient, MatchesCentralDifferencesAtDefaults) {
    Case s = makeCase(GetParam());
    checkGradients(s.net, s.p, GetParam());
}

std::vector<std::string> catalogueIds() {
    std::vector<std::string> ids;
    for (const Activation& a : catalogue())
        ids.emplace_back(a.id);
    return ids;
}

INSTANTIATE_TEST_SUITE_P(EveryFunction, CatalogueGradient, ::testing::ValuesIn(catalogueIds()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

TEST(LearnedParameterGradient, PreluAlphaPerUnit) {
    Case s = makeCase("prelu", [](Eigen::MatrixXd& unit, int width) {
        unit.resize(1, width);
        for (Eigen::Index u = 0; u < width; ++u)
            unit(0, u) = -0.4 + 0.2 * static_cast<double>(u); // −0.4 … 0.4: each unit its own α
    });
    checkGradients(s.net, s.p, "prelu per unit");
}

TEST(LearnedParameterGradient, PreluAlphaPerLayer) {
    Case s = makeCase("prelu",
                      [](Eigen::MatrixXd& unit, int width) { unit.setConstant(1, 1, 0.3 - 0.1 * width); });
    checkGradients(s.net, s.p, "prelu per layer");
}

TEST(LearnedParameterGradient, MaxoutPiecesPerUnit) {
    NormalSource r(5);
    Case s = makeCase("maxout", [&](Eigen::MatrixXd& unit, int width) {
        unit.resize(9, width);
        for (Eigen::Index u = 0; u < width; ++u) {
            unit(0, u) = 3.0 + static_cast<double>(u % 2); // k = 3 or 4
            for (int i = 1; i < 9; ++i)
                unit(i, u) = r.next();
        }
    });
    checkGradients(s.net, s.p, "maxout per unit");
    // k never has a gradient.
    ForwardCache c;
    s.net.forward(s.p.x, c);
    Eigen::MatrixXd dOut;
    lossAndGradient(Loss::CrossEntropy, true, c.z.back(), s.p.y, dOut);
    Gradients g;
    s.net.backward(c, dOut, g);
    EXPECT_TRUE((g.dUnitParams[0].row(0).array() == 0.0).all());
}

TEST(LearnedParameterGradient, RreluAtDrawnSlopes) {
    Case s = makeCase("rrelu", [](Eigen::MatrixXd& unit, int width) {
        unit.resize(2, width);
        for (Eigen::Index u = 0; u < width; ++u)
            unit.col(u).setConstant(0.125 + 0.05 * static_cast<double>(u));
    });
    checkGradients(s.net, s.p, "rrelu at drawn slopes");
}

/// One unit: z = w x + b, h = PReLU_α(z), out = v h + c, L = Σₛ dₛ outₛ. Then ∂L/∂h = dₛ v and
/// ∂L/∂α = Σ_{zₛ ≤ 0} dₛ v zₛ, written out here by hand.
TEST(LearnedParameterGradient, PreluAlphaIsTheSumOverTheNegativeSide) {
    const int widths[] = {1, 1, 1};
    Network net(widths, {LayerActivation{findActivation("prelu"), {0.25}}});
    net.layer(0).weight(0, 0) = 2.0;
    net.layer(0).bias(0) = -0.5;
    net.layer(1).weight(0, 0) = -2.0;
    net.layer(1).bias(0) = 0.3;
    net.layer(0).unitParams = Eigen::MatrixXd::Constant(1, 1, 0.1);
    Eigen::MatrixXd x(1, 4), d(1, 4);
    x << -1.0, 0.0, 0.25, 2.0; // z = −2.5, −0.5, 0, 3.5
    d << 0.5, -1.0, 3.0, 7.0;
    ForwardCache c;
    net.forward(x, c);
    Gradients g;
    net.backward(c, d, g);
    // z ≤ 0 at the first three samples: (0.5)(−2)(−2.5) + (−1)(−2)(−0.5) + 3(−2)(0) = 2.5 − 1 + 0 = 1.5.
    EXPECT_EQ(g.dUnitParams[0](0, 0), 1.5);
    // and ∂L/∂z through f′ = α on z ≤ 0, 1 on z > 0: dₛ v f′(zₛ).
    EXPECT_EQ(g.dz[0](0, 0), 0.5 * -2.0 * 0.1);
    EXPECT_EQ(g.dz[0](0, 3), 7.0 * -2.0);
}

TEST(Losses, ClosedForms) {
    Eigen::MatrixXd z(1, 4), y(1, 4), dz;
    z << 0.0, 40.0, -3.0, 2.0;
    y << 1.0, 0.0, 0.0, 1.0;
    // ℓ = log(1 + eᶻ) − y z; ∂ℓ/∂z = σ(z) − y (mean over 4 samples)
    const double ce[] = {std::log(2.0), 40.0 + std::log1p(std::exp(-40.0)), std::log1p(std::exp(-3.0)),
                         std::log1p(std::exp(2.0)) - 2.0};
    const double sig[] = {0.5, 1.0 / (1.0 + std::exp(-40.0)), 1.0 / (1.0 + std::exp(3.0)),
                          1.0 / (1.0 + std::exp(-2.0))};
    const double mean = (ce[0] + ce[1] + ce[2] + ce[3]) / 4.0;
    EXPECT_NEAR(lossAndGradient(Loss::CrossEntropy, true, z, y, dz), mean, 1e-15 * mean);
    for (int s = 0; s < 4; ++s)
        EXPECT_NEAR(dz(0, s), (sig[s] - y(0, s)) / 4.0, 1e-16);
    // squared error on σ(z) for classification
    double mse = 0.0;
    for (int s = 0; s < 4; ++s)
        mse += (sig[s] - y(0, s)) * (sig[s] - y(0, s)) / 4.0;
    EXPECT_NEAR(lossAndGradient(Loss::MeanSquaredError, true, z, y, dz), mse, 1e-15);
    for (int s = 0; s < 4; ++s)
        EXPECT_NEAR(dz(0, s), 2.0 * (sig[s] - y(0, s)) * sig[s] * (1.0 - sig[s]) / 4.0, 1e-16);
    // squared error on z for a regression: ((0 − 1)² + 40² + 3² + 1²)/4
    EXPECT_EQ(lossAndGradient(Loss::MeanSquaredError, false, z, y, dz), (1.0 + 1600.0 + 9.0 + 1.0) / 4.0);
    EXPECT_EQ(dz(0, 1), 2.0 * 40.0 / 4.0);
    EXPECT_EQ(lossValue(Loss::MeanSquaredError, false, z, y), (1.0 + 1600.0 + 9.0 + 1.0) / 4.0);
    // no overflow far out
    z << 1000.0, -1000.0, 800.0, -800.0;
    y << 0.0, 1.0, 1.0, 0.0;
    EXPECT_EQ(lossAndGradient(Loss::CrossEntropy, true, z, y, dz), 500.0);
    EXPECT_THROW(lossValue(Loss::CrossEntropy, false, z, y), std::invalid_argument);
    EXPECT_THROW(lossValue(Loss::CrossEntropy, true, z, Eigen::MatrixXd(1, 3)), std::invalid_argument);
}

} // namespace
