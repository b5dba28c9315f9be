// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab plot --analysis`: a deep-network figure (analysis_figure.hpp) of a figure's curves drawn
/// offscreen and written as PNG, SVG or PDF through the exporter's writers.
#include "plot/analysis_data.hpp"
#include "plot/exporter.hpp"
#include "plot/figure_spec.hpp"

#include <QString>

namespace actlab::plot {

/// The title a deep-network figure gets when the figure has none, e.g. "Signal and gradient through 30
/// layers (σ_w² = 2, σ_b² = 0)"; `label` names the curve of the one-curve figures (map, phase).
QString analysisTitle(AnalysisKind kind, const AnalysisSettings& settings, const QString& label);

/// Computes and draws `kind` for the visible curves of `spec` (the SELU map and the phase diagram: the
/// first visible curve) at the size, theme and scale of `options`, and writes `path` atomically.
/// Returns false with *error set ("cannot write PATH: REASON", or what cannot be computed).
bool exportAnalysis(AnalysisKind kind, const FigureSpec& spec, const AnalysisSettings& settings,
                    const QString& path, ExportFormat format, const ExportOptions& options,
                    QString* error = nullptr);

} // namespace actlab::plot
