// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/dataset.hpp"
#include "config_messages.hpp"

#include "actlab/analysis/network.hpp"
#include "actlab/catalogue.hpp"

#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace actlab::analysis {
namespace {

constexpr std::array<std::string_view, 5> kNames = {"moons", "circles", "xor", "spirals", "regression"};

/// The points of one class before noise: sample i of m.
Eigen::Vector2d point(DatasetKind kind, int label, int i, int m, NormalSource& random) {
    const double pi = std::numbers::pi;
    const double frac = m > 1 ? static_cast<double>(i) / static_cast<double>(m - 1) : 0.0;
    switch (kind) {
    case DatasetKind::Moons: {
        const double t = pi * frac;
        return label == 0 ? Eigen::Vector2d(std::cos(t), std::sin(t))
                          : Eigen::Vector2d(1.0 - std::cos(t), 0.5 - std::sin(t));
    }
    case DatasetKind::Circles: {
        const double t = 2.0 * pi * static_cast<double>(i) / static_cast<double>(m);
        const double r = label == 0 ? 1.0 : 0.5;
        return {r * std::cos(t), r * std::sin(t)};
    }
    case DatasetKind::Xor: {
        // Rejection keeps each class in its own quadrants: draw until the sign of x₁x₂ matches.
        for (;;) {
            const Eigen::Vector2d p(2.0 * random.uniform() - 1.0, 2.0 * random.uniform() - 1.0);
            if ((p.x() * p.y() > 0.0) == (label == 1)) return p;
        }
    }
    case DatasetKind::Spirals: {
        const double r = static_cast<double>(i) / static_cast<double>(m);
        const double t = 3.5 * pi * r + (label == 1 ? pi : 0.0);
        return {r * std::sin(t), r * std::cos(t)};
    }
    case DatasetKind::Regression:
        break;
    }
    throw std::logic_error("point: not a 2-D dataset");
}

} // namespace

std::string_view datasetName(DatasetKind kind) {
    return kNames[static_cast<std::size_t>(kind)];
}

std::optional<DatasetKind> datasetKindFromName(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<DatasetKind>(i);
    return std::nullopt;
}

Message checkDatasetConfig(const DatasetConfig& c) {
    if (Message m =
            detail::outsideRange({ACTLAB_TR_NOOP("Analysis", "samples")}, c.samples, 2, kMaxDatasetSamples);
        !m.empty())
        return m;
    if (Message m = detail::notNonNegative({ACTLAB_TR_NOOP("Analysis", "noise")}, c.noise); !m.empty())
        return m;
    if (c.kind != DatasetKind::Regression) return {};
    if (c.target == nullptr) return {ACTLAB_TR_NOOP("Analysis", "a regression needs a target function")};
    if (!c.targetParams.empty())
        if (const auto err = validate(*c.target, c.targetParams))
            return detail::parameterProblem(c.target->id, *err);
    if (!(std::isfinite(c.xMin) && std::isfinite(c.xMax) && c.xMin < c.xMax))
        return {ACTLAB_TR_NOOP("Analysis", "the regression range [%1, %2] must be finite with min < max"),
                {formatNumber(c.xMin), formatNumber(c.xMax)}};
    return {};
}

Dataset makeDataset(const DatasetConfig& c) {
    if (Message m = checkDatasetConfig(c); !m.empty()) throw MessageError(std::move(m));
    NormalSource random(splitmix64(c.seed ^ 0x64617461ULL)); // "data"
    Dataset d;
    const int n = c.samples;
    d.y.resize(1, n);
    if (c.kind == DatasetKind::Regression) {
        d.classification = false;
        d.x.resize(1, n);
        const std::vector<double> params = c.targetParams.empty() ? c.target->defaults() : c.targetParams;
        for (int s = 0; s < n; ++s) {
            d.x(0, s) = c.xMin + (c.xMax - c.xMin) * random.uniform();
            d.y(0, s) = c.target->at(d.x(0, s), params).f + c.noise * random.next();
        }
        return d;
    }
    d.x.resize(2, n);
    const int first = n / 2;
    for (int s = 0; s < n; ++s) {
        const int label = s < first ? 0 : 1;
        const int i = label == 0 ? s : s - first;
        const int m = label == 0 ? first : n - first;
        d.x.col(s) = point(c.kind, label, i, m, random);
        d.y(0, s) = label;
    }
    for (Eigen::Index k = 0; k < d.x.size(); ++k)
        d.x.data()[k] += c.noise * random.next();
    return d;
}

} // namespace actlab::analysis
