// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Honest accuracy on the plot: over the x ranges where a formula curve's double evaluation disagrees
/// with a long double re-evaluation by more than the bar (formula::Formula::checkAccuracy), a translucent
/// band in the curve's colour over the subplot of f, f′ or f″ concerned, with a small "digits lost"
/// label. The info panel explains each range. Recomputed a moment after the curves, their parameters or
/// the visible range change (not during a slider drag's every frame). qcustomplot.h stays out of here.
#include <QObject>
#include <QPointer>

#include <vector>

class QCPAbstractItem;
class QTimer;

namespace actlab::plot {
class PlotFigure;
}

namespace actlab::explorer {

class AccuracyMarks : public QObject {
    Q_OBJECT
  public:
    /// One band: curve row, order (0 = f, 1 = f′, 2 = f″), and its x extent as checkAccuracy found it.
    struct Band {
        int curve;
        int order;
        double xmin, xmax;
    };

    explicit AccuracyMarks(actlab::plot::PlotFigure* figure, QObject* parent = nullptr);

    /// Updates the bands after a short pause (call after anything drawn changed).
    void schedule();
    /// Updates the bands now and replots.
    void update();
    const std::vector<Band>& bands() const { return m_bands; }

  private:
    void clearItems();

    actlab::plot::PlotFigure* m_figure;
    QTimer* m_timer;
    std::vector<Band> m_bands;
    /// The items drawn (PlotFigure::setSpec deletes every item of the plot: QPointer notices).
    std::vector<QPointer<QCPAbstractItem>> m_items;
};

} // namespace actlab::explorer
