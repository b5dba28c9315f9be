// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Draws a FigureSpec on a QCustomPlot: stacked subplots (f, f', f'') sharing one x axis, or a gallery
/// of small multiples; theme, fonts, legend, grid and zero lines; curves resampled for the visible x
/// range (at least two samples per pixel, kinks exact) with jumps drawn as gaps plus closed/open dots.
/// The explorer window, the exporters and `actlab plot` all draw through this one class.
/// qcustomplot.h stays out of this header: include it only where QCustomPlot itself is used.
#include "plot/figure_spec.hpp"
#include "plot/theme.hpp"

#include <QObject>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPLegend;

namespace actlab {
struct SampledCurve;
}

namespace actlab::plot {

/// Whether a change replots the figure (queued) or leaves drawing to the caller (a slider drag redraws
/// only the dragged curve's layer).
enum class Replot { Queued, ByCaller };

class PlotFigure : public QObject {
    Q_OBJECT
  public:
    /// Draws on `plot` (not owned; PlotFigure clears its layout and owns what it adds to it).
    explicit PlotFigure(QCustomPlot* plot, QObject* parent = nullptr);
    ~PlotFigure() override;

    QCustomPlot* customPlot() const;

    /// Rebuilds the whole figure (layout, curves, labels, ranges) from `spec` and resamples.
    void setSpec(const FigureSpec& spec);
    const FigureSpec& spec() const;

    /// Restyles everything (background, axes, grid, text, palette of curves without explicit colour).
    void setTheme(const Theme& theme);
    const Theme& theme() const;

    /// Multiplies every font size of the spec (export "font scale"); 1 by default.
    void setFontScale(double scale);
    /// Multiplies the width of curve lines, jump dots, axis lines, grid lines and ticks (presentation
    /// mode on a projector); 1 by default.
    void setLineScale(double scale);
    double lineScale() const;

    /// Clips the drawn data to each axis rectangle's current ranges (vector export: Qt 6.4's
    /// QSvgGenerator writes no clip paths, so whatever is drawn ends up in the file), and lays text out
    /// with unhinted metrics, as SVG and PDF viewers do. Off by default.
    void setClipToAxisRects(bool clip);

    /// Samples per logical pixel of the widget's width (at least 2, the default); raster export at scale S
    /// sets 2·S so that every output pixel still gets two samples. Takes effect at the next resample.
    void setSampleDensity(double samplesPerPixel);

    /// Fast path for a slider: replaces one curve's parameters, resamples only that curve, replots.
    void setCurveParams(int curve, const std::vector<double>& params, Replot replot = Replot::Queued);

    /// Sets the visible x range of every subplot and resamples all curves for it.
    void setXRange(double xMin, double xMax);
    /// Fixed y range for one order, or nullopt to follow the data.
    void setYRange(int order, std::optional<Range> range);

    /// The axis rectangle of order 0/1/2 (nullptr if that subplot is hidden; in the gallery: nullptr).
    QCPAxisRect* axisRect(int order) const;
    /// The line graph of curve `curve` in order `order` (nullptr if not drawn).
    QCPGraph* graph(int curve, int order) const;
    /// Every graph drawn for a curve, in drawing order: its training band, line and jump dots in each
    /// order (a slider drag redraws only these).
    std::vector<QCPGraph*> curveGraphs(int curve) const;
    /// The legends drawn (none, one, or the gallery's).
    const std::vector<QCPLegend*>& legends() const;
    /// Flat caps and bevel joins instead of round ones, kept through every setSpec and setTheme. On screen
    /// QCustomPlot strokes a curve segment by segment (phFastPolylines), so every sample would get two
    /// round caps: at two samples per pixel they are invisible but their arcs cost most of a full replot
    /// (33 curves × f, f′, f″: 19 → 7 ms). Exports keep round caps and joins (the default).
    void setScreenLineEnds(bool fast);
    /// The samples currently drawn for a curve (for tests, CSV export and the cursor readout).
    const actlab::SampledCurve& samples(int curve) const;

    /// Resamples every curve for the current visible x range (called automatically when the user
    /// zooms or pans; call it after changing the QCustomPlot's size for export).
    void resample();
    /// Replots now (QCustomPlot::rpImmediateRefresh).
    void replot();

  signals:
    /// The visible x range changed (zoom, pan, setXRange).
    void xRangeChanged(double xMin, double xMax);

  private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace actlab::plot
