// SPDX-License-Identifier: GPL-3.0-or-later
/// The trainer's parts: datasets against their geometry (noise 0) and noise level, the optimisers' updates
/// worked by hand, determinism (the same seed gives the same bits of the loss history and the weights),
/// RReLU's slopes (drawn in [lower, upper] per unit in training, the mean in evaluation), dead units and
/// their events, a regression that learns, and every invalid configuration refused.
#include "actlab/analysis/trainer.hpp"
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <set>

namespace {

using namespace actlab;
using namespace actlab::analysis;

LayerActivation act(const char* id, std::vector<double> params = {}) {
    const Activation* a = findActivation(id);
    return {a, params.empty() ? a->defaults() : params};
}

Dataset data(DatasetKind kind, int samples, double noise, std::uint64_t seed = 1) {
    DatasetConfig c;
    c.kind = kind;
    c.samples = samples;
    c.noise = noise;
    c.seed = seed;
    return makeDataset(c);
}

TEST(Dataset, MoonsLieOnTheirHalfCircles) {
    const Dataset d = data(DatasetKind::Moons, 201, 0.0);
    ASSERT_EQ(d.x.rows(), 2);
    ASSERT_EQ(d.x.cols(), 201);
    EXPECT_TRUE(d.classification);
    EXPECT_EQ((d.y.array() == 0.0).count(), 100);
    EXPECT_EQ((d.y.array() == 1.0).count(), 101);
    for (Eigen::Index s = 0; s < d.x.cols(); ++s) {
        const double x = d.x(0, s), y = d.x(1, s);
        if (d.y(0, s) == 0.0) {
            EXPECT_NEAR(x * x + y * y, 1.0, 1e-15);
            EXPECT_GE(y, 0.0);
        } else {
            EXPECT_NEAR((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5), 1.0, 1e-15);
            EXPECT_LE(y, 0.5);
        }
    }
}

TEST(Dataset, CirclesXorSpiralsAndRegression) {
    const Dataset c = data(DatasetKind::Circles, 100, 0.0);
    for (Eigen::Index s = 0; s < 100; ++s)
        EXPECT_NEAR(c.x.col(s).norm(), c.y(0, s) == 0.0 ? 1.0 : 0.5, 1e-15);
    const Dataset x = data(DatasetKind::Xor, 100, 0.0);
    for (Eigen::Index s = 0; s < 100; ++s) {
        EXPECT_EQ(x.x(0, s) * x.x(1, s) > 0.0, x.y(0, s) == 1.0);
        EXPECT_LE(x.x.col(s).cwiseAbs().maxCoeff(), 1.0);
    }
    // spirals: sample i of class 1 is sample i of class 0 turned by π, at radius i/50
    const Dataset sp = data(DatasetKind::Spirals, 100, 0.0);
    for (Eigen::Index i = 0; i < 50; ++i) {
        EXPECT_NEAR(sp.x.col(i).norm(), static_cast<double>(i) / 50.0, 1e-15);
        EXPECT_NEAR((sp.x.col(i) + sp.x.col(50 + i)).norm(), 0.0, 1e-15);
    }
    DatasetConfig r;
    r.kind = DatasetKind::Regression;
    r.samples = 50;
    r.noise = 0.0;
    r.target = findActivation("relu");
    r.xMin = -2.0;
    r.xMax = 1.0;
    const Dataset rd = makeDataset(r);
    EXPECT_FALSE(rd.classification);
    ASSERT_EQ(rd.x.rows(), 1);
    for (Eigen::Index s = 0; s < 50; ++s) {
        EXPECT_GE(rd.x(0, s), -2.0);
        EXPECT_LT(rd.x(0, s), 1.0);
        EXPECT_EQ(rd.y(0, s), std::fmax(rd.x(0, s), 0.0));
    }
}

/// The noise is N(0, σ²) per coordinate: the sample variance of 400 coordinates' offsets within 5 standard
/// errors (√(2/n) relative), and a seed gives the same bits.
TEST(Dataset, NoiseAndSeeds) {
    const Dataset clean = data(DatasetKind::Moons, 200, 0.0, 9),
                  noisy = data(DatasetKind::Moons, 200, 0.2, 9);
    const double var = (noisy.x - clean.x).squaredNorm() / 400.0;
    EXPECT_LE(std::fabs(var / 0.04 - 1.0), 5.0 * std::sqrt(2.0 / 400.0));
    EXPECT_TRUE(noisy.x == data(DatasetKind::Moons, 200, 0.2, 9).x);
    EXPECT_FALSE(noisy.x == data(DatasetKind::Moons, 200, 0.2, 10).x);
    EXPECT_EQ(datasetKindFromName("spirals"), DatasetKind::Spirals);
    EXPECT_EQ(datasetName(DatasetKind::Xor), "xor");
    EXPECT_FALSE(datasetKindFromName("moon"));
}

TEST(Dataset, RefusesBadConfigs) {
    DatasetConfig c;
    c.samples = 1;
    EXPECT_EQ(checkDatasetConfig(c).english(), "samples = 1 is outside [2, 100000]");
    c.samples = 10;
    c.noise = -0.1;
    EXPECT_EQ(checkDatasetConfig(c).english(), "noise = -0.1 must be a finite number >= 0");
    c.noise = 0.0;
    c.kind = DatasetKind::Regression;
    EXPECT_EQ(checkDatasetConfig(c).english(), "a regression needs a target function");
    c.target = findActivation("leaky_relu");
    c.targetParams = {2.0};
    EXPECT_NE(checkDatasetConfig(c).english().find("leaky_relu: alpha"), std::string::npos);
    c.targetParams = {};
    c.xMax = c.xMin;
    EXPECT_NE(checkDatasetConfig(c).english().find("min < max"), std::string::npos);
    EXPECT_THROW(makeDataset(c), std::invalid_argument);
}

TEST(Optimiser, SgdWithMomentumByHand) {
    double theta = 1.0;
    const double g = 2.0;
    Optimiser sgd({OptimiserKind::Sgd, 0.1, 0.9});
    const ParameterBlock block{&theta, &g, 1};
    sgd.step({&block, 1}); // v = 2, θ = 1 − 0.2
    EXPECT_EQ(theta, 1.0 - 0.1 * 2.0);
    sgd.step({&block, 1}); // v = 0.9·2 + 2 = 3.8, θ = 0.8 − 0.38 = 0.42
    EXPECT_NEAR(theta, 0.42, 1e-15);
    EXPECT_EQ(sgd.steps(), 2);
}

/// Adam's first step is η g/(|g| + ε) (both moments are exactly their bias-corrected g and g²); the
/// second, with g₁ = 2 then g₂ = −1: m = 0.09·2 ... worked out in the comments.
TEST(Optimiser, AdamByHand) {
    double theta = 0.0, g = 2.0;
    Optimiser adam({OptimiserKind::Adam, 0.01, 0.0, 0.9, 0.999, 1e-8});
    const ParameterBlock block{&theta, &g, 1};
    adam.step({&block, 1});
    EXPECT_NEAR(theta, -0.01 * 2.0 / (2.0 + 1e-8), 1e-16);
    const double first = theta;
    g = -1.0;
    adam.step({&block, 1});
    // m = 0.9·0.2 + 0.1·(−1) = 0.08, m̂ = 0.08/0.19; s = 0.999·0.004 + 0.001·1 = 0.004996, ŝ = s/0.001999
    const double mHat = 0.08 / 0.19, sHat = 0.004996 / (1.0 - 0.999 * 0.999);
    EXPECT_NEAR(theta, first - 0.01 * mHat / (std::sqrt(sHat) + 1e-8), 1e-16);
}

TEST(Optimiser, ZeroGradientNeverMovesAndBadConfigs) {
    double v[2] = {3.0, -1.0};
    const double zero[2] = {0.0, 0.0};
    for (OptimiserKind kind : {OptimiserKind::Sgd, OptimiserKind::Adam}) {
        OptimiserConfig c;
        c.kind = kind;
        Optimiser o(c);
        const ParameterBlock block{v, zero, 2};
        for (int i = 0; i < 5; ++i)
            o.step({&block, 1});
        EXPECT_EQ(v[0], 3.0);
        EXPECT_EQ(v[1], -1.0);
        const ParameterBlock other{v, zero, 1};
        EXPECT_THROW(o.step({&other, 1}), std::invalid_argument);
    }
    EXPECT_EQ(checkOptimiserConfig({OptimiserKind::Sgd, 0.0}).english(),
              "learning rate = 0 must be a finite number > 0");
    EXPECT_EQ(checkOptimiserConfig({OptimiserKind::Sgd, 0.1, 1.0}).english(),
              "momentum = 1 must be in [0, 1)");
    EXPECT_EQ(checkOptimiserConfig({OptimiserKind::Adam, 0.1, 0.9, 0.9, 1.5}).english(),
              "beta2 = 1.5 must be in [0, 1)");
    EXPECT_THROW(Optimiser({OptimiserKind::Adam, NAN}), std::invalid_argument);
    EXPECT_EQ(optimiserKindFromName("adam"), OptimiserKind::Adam);
    EXPECT_FALSE(optimiserKindFromName("Adam"));
}

TrainerConfig config(const LayerActivation& a, std::uint64_t seed = 3) {
    TrainerConfig c;
    c.activation = a;
    c.width = 16;
    c.batch = 16;
    c.seed = seed;
    c.optimiser = {OptimiserKind::Adam, 0.01};
    return c;
}

/// Runs 30 steps; the per-step losses and every parameter at the end.
std::pair<std::vector<double>, std::vector<double>> run(const TrainerConfig& c) {
    Trainer t(c, data(DatasetKind::Moons, 64, 0.1, c.seed));
    std::vector<double> losses, params;
    for (int i = 0; i < 30; ++i) {
        t.step();
        losses.push_back(t.batchLoss());
    }
    for (std::size_t l = 0; l < t.network().layerCount(); ++l) {
        const DenseLayer& layer = t.network().layer(l);
        params.insert(params.end(), layer.weight.data(), layer.weight.data() + layer.weight.size());
        params.insert(params.end(), layer.bias.data(), layer.bias.data() + layer.bias.size());
        params.insert(params.end(), layer.unitParams.data(),
                      layer.unitParams.data() + layer.unitParams.size());
    }
    return {losses, params};
}

/// Same seed, same bits (compared as bit patterns, so even a NaN would have to match); another seed differs.
TEST(Trainer, DeterministicForASeed) {
    for (const char* id : {"relu", "prelu", "rrelu", "maxout", "gelu"}) {
        const auto a = run(config(act(id))), b = run(config(act(id)));
        ASSERT_EQ(a.first.size(), 30U);
        EXPECT_EQ(std::memcmp(a.first.data(), b.first.data(), a.first.size() * sizeof(double)), 0) << id;
        ASSERT_EQ(a.second.size(), b.second.size());
        EXPECT_EQ(std::memcmp(a.second.data(), b.second.data(), a.second.size() * sizeof(double)), 0) << id;
        const auto c = run(config(act(id), 4));
        EXPECT_NE(a.first, c.first) << id;
    }
}

TEST(Trainer, RreluDrawsSlopesPerUnitAndEvaluatesWithTheMean) {
    Trainer r(config(act("rrelu", {0.1, 0.3})), data(DatasetKind::Moons, 64, 0.1, 3));
    // Before training the weights are the same as Leaky ReLU's with the mean slope, so are the outputs.
    Trainer leaky(config(act("leaky_relu", {0.5 * 0.1 + 0.5 * 0.3})), data(DatasetKind::Moons, 64, 0.1, 3));
    Eigen::MatrixXd zr, zl;
    r.predict(r.data().x, zr);
    leaky.predict(leaky.data().x, zl);
    EXPECT_TRUE(zr == zl);
    r.step();
    std::set<double> seen;
    for (std::size_t l = 0; l < 2; ++l) {
        const Eigen::MatrixXd& unit = r.network().layer(l).unitParams;
        ASSERT_EQ(unit.rows(), 2);
        ASSERT_EQ(unit.cols(), 16);
        for (Eigen::Index u = 0; u < 16; ++u) {
            EXPECT_EQ(unit(0, u), unit(1, u));
            EXPECT_GE(unit(0, u), 0.1);
            EXPECT_LE(unit(0, u), 0.3);
            seen.insert(unit(0, u));
        }
    }
    EXPECT_EQ(seen.size(), 32U); // one draw per unit
    r.evaluate();
    EXPECT_TRUE((r.network().layer(0).unitParams.row(0).array() == 0.1).all());
    EXPECT_TRUE((r.network().layer(0).unitParams.row(1).array() == 0.3).all());
}

TEST(Trainer, PreluSlopesPerLayerOrPerUnit) {
    TrainerConfig c = config(act("prelu"));
    Trainer perUnit(c, data(DatasetKind::Moons, 64, 0.1));
    c.preluSlopes = SlopeSharing::PerLayer;
    Trainer perLayer(c, data(DatasetKind::Moons, 64, 0.1));
    EXPECT_EQ(perUnit.network().layer(0).unitParams.cols(), 16);
    EXPECT_EQ(perLayer.network().layer(0).unitParams.cols(), 1);
    for (int i = 0; i < 30; ++i) {
        perUnit.step();
        perLayer.step();
    }
    const std::vector<double> u = perUnit.preluSlopes(1), l = perLayer.preluSlopes(1);
    ASSERT_EQ(u.size(), 16U);
    ASSERT_EQ(l.size(), 16U);
    EXPECT_EQ(std::set<double>(l.begin(), l.end()).size(), 1U);
    EXPECT_GT(std::set<double>(u.begin(), u.end()).size(), 8U);
    EXPECT_TRUE(Trainer(config(act("relu")), data(DatasetKind::Moons, 64, 0.1)).preluSlopes(0).empty());
}

/// A hidden bias of −100 puts every pre-activation far below 0: every ReLU unit is dead from the start
/// (and reported as dying at step 0, once), no Leaky ReLU unit is.
TEST(Trainer, DeadUnitsAndTheirEvents) {
    TrainerConfig c = config(act("relu"));
    c.init.hiddenBias = -100.0;
    c.batch = 15; // odd: the output bias's gradient Σ (σ(b) − y)/15 cannot cancel
    Trainer relu(c, data(DatasetKind::Moons, 64, 0.1));
    const TrainingMetrics m = relu.evaluate();
    EXPECT_EQ(m.deadUnits, (std::vector<int>{16, 16}));
    EXPECT_EQ(m.deadFraction, 1.0);
    EXPECT_EQ(relu.events().size(), 32U);
    EXPECT_TRUE(relu.events().front().died);
    EXPECT_EQ(relu.events().front().step, 0);
    relu.step();
    const TrainingMetrics after = relu.evaluate();
    EXPECT_EQ(after.deadFraction, 1.0);
    EXPECT_EQ(relu.events().size(), 32U); // nothing changed
    // no gradient reaches the hidden layers, only the output bias
    EXPECT_EQ(after.gradNorm[0], 0.0);
    EXPECT_EQ(after.gradNorm[1], 0.0);
    EXPECT_GT(after.gradNorm[2], 0.0);
    c.activation = act("leaky_relu");
    Trainer leaky(c, data(DatasetKind::Moons, 64, 0.1));
    EXPECT_EQ(leaky.evaluate().deadFraction, 0.0);
    EXPECT_TRUE(leaky.events().empty());
}

TEST(Trainer, RegressionLearnsTanh) {
    DatasetConfig d;
    d.kind = DatasetKind::Regression;
    d.samples = 100;
    d.noise = 0.0;
    d.target = findActivation("tanh");
    TrainerConfig c = config(act("tanh"));
    c.loss = Loss::MeanSquaredError;
    c.init = makeInitialisation(InitScheme::Xavier);
    Trainer t(c, makeDataset(d));
    const TrainingMetrics before = t.evaluate();
    for (int i = 0; i < 400; ++i)
        t.step();
    const TrainingMetrics after = t.evaluate();
    EXPECT_TRUE(std::isnan(after.accuracy));
    EXPECT_LT(after.loss, before.loss / 20.0) << before.loss << " → " << after.loss;
}

TEST(Trainer, RefusesBadConfigs) {
    const Dataset d = data(DatasetKind::Moons, 64, 0.1);
    TrainerConfig c = config(act("relu"));
    c.hiddenLayers = 5;
    EXPECT_EQ(checkTrainerConfig(c, d).english(), "hidden layers = 5 is outside [1, 4]");
    c.hiddenLayers = 2;
    c.width = 257;
    EXPECT_EQ(checkTrainerConfig(c, d).english(), "width = 257 is outside [2, 256]");
    c.width = 16;
    c.batch = 65;
    EXPECT_EQ(checkTrainerConfig(c, d).english(), "batch = 65 is outside [1, 64]");
    c.batch = 16;
    c.activation = act("leaky_relu", {-1.0});
    EXPECT_NE(checkTrainerConfig(c, d).english().find("leaky_relu: alpha"), std::string::npos);
    c.activation = act("relu");
    c.optimiser.learningRate = -1.0;
    EXPECT_EQ(checkTrainerConfig(c, d).english(), "learning rate = -1 must be a finite number > 0");
    c.optimiser.learningRate = 0.1;
    c.init.hiddenBias = INFINITY;
    EXPECT_EQ(checkTrainerConfig(c, d).english(), "the initial bias must be finite");
    EXPECT_THROW(Trainer(c, d), std::invalid_argument);
    c.init.hiddenBias = 0.0;
    DatasetConfig r;
    r.kind = DatasetKind::Regression;
    r.target = findActivation("relu");
    EXPECT_NE(checkTrainerConfig(c, makeDataset(r)).english().find("cross-entropy"), std::string::npos);
    EXPECT_EQ(checkTrainerConfig(c, d).english(), "");
}

/// The named schemes' variances: He 2/fan-in, LeCun 1/fan-in, Xavier 2/(fan-in + fan-out), N(0, S²).
TEST(Trainer, InitialisationSchemes) {
    const Initialisation he = makeInitialisation(InitScheme::He),
                         lecun = makeInitialisation(InitScheme::Lecun),
                         xavier = makeInitialisation(InitScheme::Xavier),
                         normal = makeInitialisation(InitScheme::Normal, 0.5, 0.1);
    EXPECT_EQ(he.sigmaW2, 2.0);
    EXPECT_EQ(he.scale, WeightScale::FanIn);
    EXPECT_EQ(lecun.sigmaW2, 1.0);
    EXPECT_EQ(lecun.scale, WeightScale::FanIn);
    EXPECT_EQ(xavier.sigmaW2, 1.0);
    EXPECT_EQ(xavier.scale, WeightScale::FanInOut);
    EXPECT_EQ(normal.sigmaW2, 0.25);
    EXPECT_EQ(normal.scale, WeightScale::Absolute);
    EXPECT_EQ(normal.hiddenBias, 0.1);
    // Xavier on a 300 → 100 layer: Var W = 2/400, within 5 standard errors of 30000 draws.
    const int widths[] = {300, 100, 1};
    Network net(widths, {act("tanh")});
    net.initialise(xavier, 2);
    const Eigen::MatrixXd& w = net.layer(0).weight;
    const double n = static_cast<double>(w.size());
    EXPECT_LE(std::fabs(w.squaredNorm() / n / (2.0 / 400.0) - 1.0), 5.0 * std::sqrt(2.0 / n));
    net.initialise(normal, 2);
    EXPECT_LE(std::fabs(net.layer(0).weight.squaredNorm() / n / 0.25 - 1.0), 5.0 * std::sqrt(2.0 / n));
    EXPECT_TRUE((net.layer(0).bias.array() == 0.1).all()); // σ_b = 0: exactly the hidden bias
    EXPECT_TRUE((net.layer(1).bias.array() == 0.0).all()); // the output layer's bias is not shifted
}

} // namespace
