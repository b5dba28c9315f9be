// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Draws the deep-network figures (analysis_data.hpp) on a QCustomPlot: per-layer variance q_l and
/// gradient ratio g_l on log scales against depth (mean-field lines, Monte-Carlo dots), activation
/// histograms at chosen layers, the SELU mean-and-variance flow field, and the order-to-chaos phase
/// diagram with its χ* = 1 line. The window's deep-network view and `actlab plot --analysis` both draw
/// through this class. qcustomplot.h stays out of this header.
#include "plot/analysis_data.hpp"
#include "plot/theme.hpp"

#include <QColor>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;

namespace actlab::plot {

struct FigureSpec;

/// One curve of the document, as the deep-network figures show it.
struct AnalysisCurve {
    int source = -1; ///< its index in the figure's curves
    const Activation* activation = nullptr;
    std::vector<double> params; ///< every parameter's value (defaults filled in)
    QString label;
    QColor color;
    std::vector<analysis::DepthLayer> theory;
    std::vector<analysis::MonteCarloLayer> monteCarlo; ///< empty: not run (yet)
};

/// The visible curves of `spec` in their theme colours, with the mean-field theory of `settings` (no
/// Monte Carlo). A typed formula and a curve whose parameters the core refuses are left out (the core's
/// analysis takes catalogue functions).
std::vector<AnalysisCurve> analysisCurves(const FigureSpec& spec, const Theme& theme,
                                          const AnalysisSettings& settings);

class AnalysisFigure : public QObject {
    Q_OBJECT
  public:
    /// Draws on `plot` (not owned; the figure clears its layout and owns what it adds).
    explicit AnalysisFigure(QCustomPlot* plot, QObject* parent = nullptr);
    ~AnalysisFigure() override;

    void setTheme(const Theme& theme);
    /// Multiplies every font size (the window's dock is smaller than an exported figure); 1 by default.
    void setFontScale(double scale);
    /// The title above the panels (empty: none).
    void setTitle(const QString& title);

    /// Two panels side by side: q_l and g_l against l = 1…L, both on log y axes.
    void showDepth(const std::vector<AnalysisCurve>& curves, const AnalysisSettings& settings);
    /// Replaces one curve's Monte-Carlo dots in the depth panels (the worker's result), without a rebuild.
    void setMonteCarlo(int curve, const std::vector<analysis::MonteCarloLayer>& layers);
    /// One panel per layer: the distribution of the activations f(z_l) of every curve's Monte-Carlo run.
    void showHistograms(const std::vector<AnalysisCurve>& curves, const std::vector<int>& layers);
    /// The flow field of the mean-and-variance map with trajectories and the fixed point.
    void showMeanVarFlow(const MeanVarFlow& flow, const QString& label, const QColor& color);
    /// χ* over (σ_w², σ_b²) as a colour map (log scale, white at χ* = 1) and the χ* = 1 line.
    void showPhase(const PhaseDiagram& diagram, const QString& label, const QColor& color, double markW2 = -1,
                   double markB2 = -1);

    /// The panels in reading order (depth: q, then g; histograms: one per layer).
    std::vector<QCPAxisRect*> panels() const;
    /// The mean-field line of a curve in a depth panel (0: q, 1: g), or nullptr.
    QCPGraph* theoryGraph(int panel, int curve) const;
    /// The Monte-Carlo dots of a curve in a depth panel, or nullptr.
    QCPGraph* monteCarloGraph(int panel, int curve) const;

    void replot();

  private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace actlab::plot
