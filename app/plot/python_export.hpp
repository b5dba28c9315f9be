// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A figure as a standalone Python script (NumPy and matplotlib only) that redraws it: the same curves
/// and parameters (each function's f, f′, f″ written out in its stable form, python_activations.hpp),
/// subplots or gallery, ranges, labels, colours of the export theme, line widths, legend, grid, fonts,
/// the jumps at kinks (a gap, closed and open dots) and the size in pixels (figsize = px/96 at 96 dpi).
///
///   python3 fig.py [OUT.png|svg|pdf] [--csv DATA.csv]
///
/// writes the image (default: next to the script, .png) and, with --csv, the samples in the layout of
/// `actlab plot -o DATA.csv` (renderCsv(): same header, same grid, values within 1e-9 relative).
#include "plot/exporter.hpp"
#include "plot/figure_spec.hpp"

#include <QByteArray>

namespace actlab::plot {

/// The script (UTF-8). Curves of functions that are not in the catalogue are left out, as when drawing.
QByteArray renderPythonScript(const FigureSpec& spec, const ExportOptions& options);

} // namespace actlab::plot
