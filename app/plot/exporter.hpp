// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Writes a FigureSpec as PNG, SVG, PDF or CSV. Figures are drawn by a PlotFigure on an offscreen
/// QCustomPlot of the requested size, so exports look the same whatever the window shows. Every file is
/// written through QSaveFile: on failure nothing is left behind and the error names the path and reason.
#include "plot/figure_spec.hpp"
#include "plot/theme.hpp"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

class QCustomPlot;
class QMimeData;

namespace actlab::plot {

/// Python: a standalone script that redraws the figure with NumPy and matplotlib (python_export.hpp).
enum class ExportFormat { Png, Svg, Pdf, Csv, Python };

/// The format for a file name's extension (case-insensitive .png, .svg, .pdf, .csv, .py), or nullopt.
std::optional<ExportFormat> exportFormatForPath(const QString& path);
/// "png", "svg", "pdf", "csv", "py".
QString exportFormatName(ExportFormat format);

struct ExportOptions {
    QSize sizePx{1000, 600}; ///< logical size in pixels (96 per inch: SVG width/height, PDF page size)
    double scale = 1;        ///< PNG only: the image has scale × sizePx pixels, lines and text scaled too
    double dpi = 96;         ///< PNG only: the resolution written into the file (pHYs), for print layouts
    Theme theme = Theme::light();
    bool transparent = false; ///< no figure or axis background (PNG alpha, SVG/PDF without a backdrop)
    double fontScale = 1;
    int csvPoints = 0; ///< CSV only: samples over the x range; 0 = the spec's points, else 1001
};

/// Renders the figure in memory. Image: the PNG's pixels, scale·size of them (ARGB32 premultiplied
/// when transparent, else RGB32; null if it cannot be allocated); the animated GIF's frames. PNG:
/// scale·size pixels. SVG: vector paths, <text>, width/height in px and a viewBox of the logical size,
/// every curve clipped to its axis rectangle. PDF: one vector page of size × 0.75 pt.
QImage renderImage(const FigureSpec& spec, const ExportOptions& options);
QByteArray renderPng(const FigureSpec& spec, const ExportOptions& options);
QByteArray renderSvg(const FigureSpec& spec, const ExportOptions& options);
QByteArray renderPdf(const FigureSpec& spec, const ExportOptions& options);

/// The same for a QCustomPlot drawn by someone else (the deep-network figures): `size` is the logical
/// size the plot is laid out at; `title` goes into the SVG's and PDF's metadata.
QImage renderPlotImage(QCustomPlot& plot, QSize size, const ExportOptions& options);
QByteArray renderPlotPng(QCustomPlot& plot, QSize size, const ExportOptions& options);
QByteArray renderPlotSvg(QCustomPlot& plot, QSize size, const QString& title);
QByteArray renderPlotPdf(QCustomPlot& plot, QSize size, const QString& title);

/// The samples of every visible curve as CSV: a header row, then one row per x with x followed by
/// f, f', f'' of each curve (the convention values at kinks). The grid is `points` uniform samples over
/// [xMin, xMax] plus every kink of the curves inside it.
QByteArray renderCsv(const FigureSpec& spec, int points);

/// Renders and writes `path` atomically in `format`. Returns false and sets *error to one line
/// ("cannot write PATH: REASON") on failure.
bool exportFigure(const FigureSpec& spec, const QString& path, ExportFormat format,
                  const ExportOptions& options, QString* error = nullptr);

/// Writes bytes to `path` through QSaveFile; false and *error ("cannot write PATH: REASON") on failure.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error = nullptr);

/// The figure as clipboard data: image/png (and a QImage) plus image/svg+xml. The caller owns it.
QMimeData* figureMimeData(const FigureSpec& spec, const ExportOptions& options);
/// Puts figureMimeData() on the system clipboard (Edit ▸ Copy figure).
void copyFigureToClipboard(const FigureSpec& spec, const ExportOptions& options);

} // namespace actlab::plot
