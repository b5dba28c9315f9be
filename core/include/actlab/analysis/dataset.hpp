// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Training sets generated from a seed: four 2-D binary classification problems and a 1-D regression.
/// Samples are columns (x: inputs × n, y: 1 × n), as the network takes them.
///   moons    two interleaved half circles (scikit-learn's make_moons): class 0 at (cos t, sin t), class 1
///            at (1 − cos t, 1/2 − sin t), t evenly spaced in [0, π];
///   circles  two concentric circles, class 0 of radius 1, class 1 of radius 1/2, angles evenly spaced;
///   xor      points uniform in [−1, 1]², class 1 where x₁x₂ > 0 (the first and third quadrants);
///   spirals  two interleaved spirals r (sin θ, cos θ) with r = i/m, θ = 3.5π i/m (+ π for class 1);
///   regression  x uniform in [xMin, xMax], y = f(x) for a catalogue function f.
/// Every coordinate of x (regression: y) then gets N(0, noise²) added. Half the samples (rounded down)
/// are class 0, the rest class 1, in that order.
#include "actlab/activation.hpp"
#include "actlab/message.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::analysis {

enum class DatasetKind { Moons, Circles, Xor, Spirals, Regression };

/// "moons", "circles", "xor", "spirals", "regression".
std::string_view datasetName(DatasetKind kind);
std::optional<DatasetKind> datasetKindFromName(std::string_view name);

inline constexpr int kMaxDatasetSamples = 100000;

struct DatasetConfig {
    DatasetKind kind = DatasetKind::Moons;
    int samples = 200;
    double noise = 0.1;
    std::uint64_t seed = 1;
    const Activation* target = nullptr; ///< regression only: the function to fit
    std::vector<double> targetParams;   ///< its parameters (empty: the defaults)
    double xMin = -3.0, xMax = 3.0;     ///< regression only
};

struct Dataset {
    Eigen::MatrixXd x; ///< inputs × samples
    Eigen::MatrixXd y; ///< 1 × samples: the class (0 or 1) or the regression target
    bool classification = true;
};

/// An empty message when the config is valid (2 ≤ samples ≤ kMaxDatasetSamples, noise finite and ≥ 0, a
/// target with valid parameters and finite xMin < xMax for regression), otherwise a message naming the
/// problem.
Message checkDatasetConfig(const DatasetConfig& config);

/// Throws std::invalid_argument for an invalid config.
Dataset makeDataset(const DatasetConfig& config);

} // namespace actlab::analysis
