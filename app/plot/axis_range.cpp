// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/axis_range.hpp"

#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <cmath>

namespace actlab::plot {

namespace {} // namespace

std::optional<QString> axisRangeProblem(double lower, double upper) {
    if (!std::isfinite(lower) || !std::isfinite(upper))
        return QCoreApplication::translate("actlab::plot::AxisRange",
                                           "the ends must be finite numbers (got %1 and %2)")
            .arg(common::numberText(lower), common::numberText(upper));
    if (!(lower < upper))
        return QCoreApplication::translate("actlab::plot::AxisRange",
                                           "the lower end must be below the upper end (got %1 and %2)")
            .arg(common::numberText(lower), common::numberText(upper));
    const double limit = QCPRange::maxRange;
    if (!(lower > -limit) || !(upper < limit))
        return QCoreApplication::translate("actlab::plot::AxisRange",
                                           "both ends must lie strictly between -%1 and %1, the plot's limit")
            .arg(common::numberText(limit));
    const double width = upper - lower; // finite: both ends are below 1e250 in magnitude
    if (!(width > QCPRange::minRange))
        return QCoreApplication::translate(
                   "actlab::plot::AxisRange",
                   "the width %1 is not above %2, the narrowest range the plot can draw")
            .arg(common::numberText(width), common::numberText(QCPRange::minRange));
    if (!(width < limit))
        return QCoreApplication::translate("actlab::plot::AxisRange",
                                           "the width %1 is not below %2, the widest range the plot can draw")
            .arg(common::numberText(width), common::numberText(limit));
    if (!QCPRange::validRange(lower, upper))
        return QCoreApplication::translate(
                   "actlab::plot::AxisRange",
                   "the ratio of the ends %1 and %2 overflows, which the plot cannot draw")
            .arg(common::numberText(lower), common::numberText(upper));
    return std::nullopt;
}

} // namespace actlab::plot
