// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/analysis_export.hpp"

#include "common/qt_text.hpp"
#include "plot/analysis_figure.hpp"
#include "plot/curve_label.hpp"

#include <qcustomplot.h>

#include <stdexcept>

namespace actlab::plot {

QString analysisTitle(AnalysisKind kind, const AnalysisSettings& settings, const QString& label) {
    const QString network =
        QStringLiteral("\u03c3_w\u00b2 = %1, \u03c3_b\u00b2 = %2")
            .arg(formatLabelNumber(settings.sigmaW2), formatLabelNumber(settings.sigmaB2));
    switch (kind) {
    case AnalysisKind::Depth:
        return QStringLiteral(
                   "Signal and gradient through %1 layers (%2): mean-field lines, a real network's dots")
            .arg(settings.layers)
            .arg(network);
    case AnalysisKind::Histograms:
        return QStringLiteral("Activations of a random network of width %1 (%2)")
            .arg(settings.width)
            .arg(network);
    case AnalysisKind::SeluMap:
        return QStringLiteral("%1: the mean-and-variance map of a layer (normalised weights)").arg(label);
    case AnalysisKind::Phase:
        return QStringLiteral("%1: order and chaos at initialisation").arg(label);
    }
    return {};
}

bool exportAnalysis(AnalysisKind kind, const FigureSpec& spec, const AnalysisSettings& settings,
                    const QString& path, ExportFormat format, const ExportOptions& options, QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (format == ExportFormat::Csv)
        return fail(QStringLiteral("--analysis draws .png, .svg or .pdf; for the numbers use `actlab depth` "
                                   "or `actlab stats`"));
    if (const QString problem = analysisSettingsProblem(settings); !problem.isEmpty()) return fail(problem);
    const Theme& theme = options.theme;
    std::vector<AnalysisCurve> curves = analysisCurves(spec, theme, settings);
    if (curves.empty()) return fail(QStringLiteral("--analysis needs at least one visible function"));

    QCustomPlot plot;
    const QSize size = options.sizePx.isValid() ? options.sizePx : spec.sizePx;
    plot.resize(size);
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    AnalysisFigure figure(&plot);
    figure.setTheme(theme);
    // The one-curve figures take the first visible curve the core accepts.
    const AnalysisCurve& first = curves.front();
    figure.setTitle(spec.title.isEmpty() ? analysisTitle(kind, settings, first.label) : spec.title);
    try {
        switch (kind) {
        case AnalysisKind::Depth:
        case AnalysisKind::Histograms: {
            if (kind == AnalysisKind::Histograms || settings.monteCarlo)
                for (auto& c : curves)
                    c.monteCarlo = depthMonteCarlo(*c.activation, c.params, settings);
            if (kind == AnalysisKind::Depth)
                figure.showDepth(curves, settings);
            else
                figure.showHistograms(curves, histogramLayers(settings));
            break;
        }
        case AnalysisKind::SeluMap:
            figure.showMeanVarFlow(meanVarFlow(*first.activation, first.params), first.label, first.color);
            break;
        case AnalysisKind::Phase:
            figure.showPhase(phaseDiagram(*first.activation, first.params), first.label, first.color,
                             settings.sigmaW2, settings.sigmaB2);
            break;
        }
    } catch (const std::invalid_argument& e) {
        return fail(common::translatedWhat(e));
    }
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Png:
        bytes = renderPlotPng(plot, size, options);
        break;
    case ExportFormat::Svg:
        bytes = renderPlotSvg(plot, size, spec.title);
        break;
    case ExportFormat::Pdf:
        bytes = renderPlotPdf(plot, size, spec.title);
        break;
    case ExportFormat::Csv:
    case ExportFormat::Python: // refused by parsePlotArguments: an analysis is a figure
        break;
    }
    if (bytes.isEmpty())
        return fail(
            QStringLiteral("cannot write %1: rendering the %2 failed").arg(path, exportFormatName(format)));
    return writeFileAtomically(path, bytes, error);
}

} // namespace actlab::plot
