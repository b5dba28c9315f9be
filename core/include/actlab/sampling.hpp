// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Sampling of a curve over an x range for plotting: a uniform grid with every kink included exactly,
/// and each of f, f', f'' split into line segments at its jumps, with the one-sided end points.
#include "actlab/activation.hpp"

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace actlab {

/// The end points of one jump of f (order 0), f' (order 1) or f'' (order 2) at x.
struct JumpMarker {
    double x;
    double closed; ///< the value the convention takes at x (drawn as a filled dot)
    double open;   ///< the other one-sided limit (drawn as a hollow dot)
};

/// One plottable series: x ascending; a NaN y separates segments (drawn as a gap).
struct Series {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<JumpMarker> jumps;
};

/// f, f', f'' series of one curve.
struct SampledCurve {
    std::array<Series, 3> order; ///< [0] = f, [1] = f', [2] = f''
};

/// The sample grid: `count` uniform points over [xmin, xmax] (count >= 2), plus every kink inside the
/// range, exactly, sorted and without duplicates.
std::vector<double> sampleGrid(double xmin, double xmax, std::size_t count, std::span<const Kink> kinks);

/// Samples the curve on sampleGrid(); `orders` says how many derivative orders to fill (1 = f only,
/// 2 = f and f', 3 = all). At a kink where a quantity jumps, its series gets the left limit, a NaN gap
/// and the right limit at the same x, and a JumpMarker.
SampledCurve sampleCurve(const Activation& activation, std::span<const double> params, double xmin,
                         double xmax, std::size_t count, int orders = 3);

} // namespace actlab
