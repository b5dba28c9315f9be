// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The training lab's figure (issue 11) on a QCustomPlot: for each run (1–4, side by side) the data
/// with the network's decision surface behind it (2-D: p = σ(z) as a colour map, white at the boundary
/// p = 1/2) or its fitted curve (1-D regression), titled with the run's label and its current loss and
/// dead fraction; below them the loss, accuracy and dead-fraction curves of every run over the steps, and
/// PReLU's α per unit over the steps when a run learns it. Built once for a set of runs (setup), then
/// updated from snapshots as they train (update), so the window can redraw it many times a second. The
/// lab window and `actlab plot --analysis training` both draw through this class.
#include "plot/theme.hpp"
#include "plot/training_record.hpp"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPColorMap;
class QCPGraph;

namespace actlab::plot {

/// The curve panels below the surfaces, in order (Accuracy is left out for a regression, Alpha unless
/// a run is PReLU).
enum class TrainingPanel { Loss, Accuracy, DeadFraction, Alpha };

/// The colour of run `run` in the lab (its curves, its fitted curve, its units): the palette after the
/// colours of the classes (two for a classification, one for the regression's points).
QColor trainingRunColor(const Theme& theme, int run, bool classification);

class TrainingFigure : public QObject {
    Q_OBJECT
  public:
    /// Draws on `plot` (not owned; the figure clears its layout and owns what it adds).
    explicit TrainingFigure(QCustomPlot* plot, QObject* parent = nullptr);
    ~TrainingFigure() override;

    void setTheme(const Theme& theme);
    void setTitle(const QString& title); ///< above everything (empty: none); takes effect at setup()
    /// Multiplies every font size (presentation mode); applies at once. Lines, dots, ticks and spacing
    /// follow setLineScale(), as in PlotFigure.
    void setFontScale(double scale);
    void setLineScale(double scale);

    /// Lays the figure out for `runs` runs on `data` (its points drawn now); `alpha` adds the α panel.
    void setup(const analysis::Dataset& data, int runs, bool alpha);
    /// Draws the snapshots (one per run, in the order of setup) and rescales the curve panels.
    void update(const std::vector<TrainingSnapshot>& snapshots);

    int runs() const;
    QCPAxisRect* surfacePanel(int run) const;
    QCPColorMap* surfaceMap(int run) const;              ///< nullptr for a regression
    QCPGraph* fittedCurve(int run) const;                ///< nullptr for a classification
    QCPAxisRect* curvePanel(TrainingPanel panel) const;  ///< nullptr if the figure has none
    QCPGraph* curve(TrainingPanel panel, int run) const; ///< loss, accuracy, dead fraction of a run
    /// The α of `unit` of a PReLU run (nullptr otherwise).
    QCPGraph* alphaCurve(int run, int unit) const;
    /// The title of a run's surface panel, as shown now.
    QString runTitle(int run) const;

    void replot();

  private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace actlab::plot
