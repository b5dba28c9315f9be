// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Clipping of a sampled curve to a data rectangle before it is drawn: Qt 6.4's QSvgGenerator writes no
/// clip paths, so whatever is handed to the painter ends up in the SVG.
#include <QVector>

#include <cstddef>

namespace actlab::plot {

struct ClipBox {
    double xMin, xMax, yMin, yMax;
};

/// Appends the points (x[i], y[i]) to keys/values; a NaN y is a gap and is kept as one NaN.
void copySeries(const double* x, const double* y, std::size_t n, QVector<double>& keys,
                QVector<double>& values);

/// Like copySeries, but keeps only the parts of the polyline inside `box`: each segment is cut where it
/// crosses the border (Liang–Barsky), and a NaN gap is put wherever the curve leaves the box. Keys stay
/// non-decreasing when x is.
void clipSeries(const double* x, const double* y, std::size_t n, const ClipBox& box, QVector<double>& keys,
                QVector<double>& values);

/// Douglas–Peucker simplification of keys/values in place: drops points whose removal moves the line by
/// at most `tolX` horizontally-scaled / `tolY` vertically-scaled units (the tolerances are one unit of
/// distance after dividing x by tolX and y by tolY, e.g. a tenth of a pixel each). The first and last
/// point of every NaN-separated run, and NaN gaps, are kept; so are corners (kinks) larger than that.
void simplifySeries(QVector<double>& keys, QVector<double>& values, double tolX, double tolY);

} // namespace actlab::plot
