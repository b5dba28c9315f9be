// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Which axis ranges a figure can show: QCustomPlot draws [lower, upper] only when both ends are finite
/// and within ±QCPRange::maxRange (1e250), lower < upper, the width is between QCPRange::minRange (1e-280)
/// and maxRange, and upper/lower does not overflow (QCPRange::validRange); other ranges it ignores,
/// leaving the axis where it was. Every range a user types (`actlab plot --xrange/--yrange`, the axis
/// dialog) is checked here first.
#include <QString>

#include <optional>

namespace actlab::plot {

/// Why [lower, upper] cannot be an axis range, as a phrase naming the limit ("the width 2e-300 is not
/// above 1e-280, the narrowest range the plot can draw"), or nothing when it can.
std::optional<QString> axisRangeProblem(double lower, double upper);

} // namespace actlab::plot
