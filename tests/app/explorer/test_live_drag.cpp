// SPDX-License-Identifier: GPL-3.0-or-later
// A slider drag redraws only the dragged curve's layer and repaints only where it changed. What the
// window's backing store (what the screen gets) holds during the drag must be what a full replot of the
// same state draws: the figure has fixed y ranges, so the state after the release, drawn from scratch,
// is the reference. And no step of the drag may repaint the whole plot.
#include "document/document.hpp"
#include "explorer/live_plot.hpp"
#include "explorer/main_window.hpp"
#include "explorer/parameter_editor.hpp"
#include "explorer/parameter_slider.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/presentation.hpp"
#include "plot/plot_figure.hpp"
#include "window_test_support.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QBackingStore>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QSlider>

#include <algorithm>
#include <cstdlib>

using actlab::explorer::MainWindow;
using actlab::explorer::testing::curve;
using actlab::explorer::testing::figureOf;
using actlab::plot::Range;

namespace {

/// Counts the plot's paint events, and those that cover all of it.
class PaintCounter : public QObject {
  public:
    explicit PaintCounter(QWidget* widget) : m_widget(widget) { widget->installEventFilter(this); }
    int paints = 0;
    int fullPaints = 0;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            ++paints;
            if (QRegion(m_widget->rect()).subtracted(static_cast<QPaintEvent*>(event)->region()).isEmpty())
                ++fullPaints;
        }
        return false;
    }

  private:
    QWidget* m_widget;
};

/// The plot's pixels as the window's backing store holds them.
QImage screenOfPlot(MainWindow& window) {
    QWidget* plot = window.plotView()->customPlot();
    auto* store = dynamic_cast<QImage*>(window.backingStore()->paintDevice());
    if (!store) return {};
    return store->copy(QRect(plot->mapTo(&window, QPoint(0, 0)), plot->size()));
}

/// Pixels whose colour differs by more than `tolerance` in a channel.
int differingPixels(const QImage& a, const QImage& b, int tolerance) {
    if (a.size() != b.size()) return a.width() * a.height() + 1;
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance ||
                std::abs(qBlue(p) - qBlue(q)) > tolerance)
                ++count;
        }
    return count;
}

void waitForPaint(const PaintCounter& counter) {
    const int before = counter.paints;
    QElapsedTimer guard;
    guard.start();
    while (counter.paints == before && guard.elapsed() < 5000)
        QApplication::processEvents();
    QApplication::processEvents();
}

/// Drags `slider` through `positions`, then compares the drag's last picture with the full replot after
/// the release.
void dragAndCompare(MainWindow& window, QSlider* slider, const std::vector<int>& positions, int curve) {
    PaintCounter counter(window.plotView()->customPlot());
    const QImage before = screenOfPlot(window);
    slider->setSliderDown(true);
    QApplication::processEvents();
    ASSERT_EQ(window.plotView()->draggedCurve(), curve);
    const int fullBefore = counter.fullPaints;
    const int paintsBefore = counter.paints;
    for (int position : positions) {
        slider->setValue(position);
        waitForPaint(counter);
    }
    const int steps = static_cast<int>(positions.size());
    EXPECT_GE(counter.paints - paintsBefore, steps) << "every step is shown";
    EXPECT_LE(counter.paints - paintsBefore, steps) << "one paint per step";
    EXPECT_EQ(counter.fullPaints - fullBefore, 0) << "no step repaints the whole plot";
    const QImage dragged = screenOfPlot(window);
    ASSERT_FALSE(dragged.isNull());
    EXPECT_GT(differingPixels(before, dragged, 0), 100) << "the curve moved on screen";
    // The same state drawn from scratch (every layer, the whole widget): the same pixels, exactly.
    window.plotView()->customPlot()->replot();
    waitForPaint(counter);
    EXPECT_EQ(differingPixels(dragged, screenOfPlot(window), 0), 0) << "the drag shows what a replot draws";

    slider->setSliderDown(false); // drawn again from scratch, with the same (fixed) y ranges
    waitForPaint(counter);
    ASSERT_EQ(window.plotView()->draggedCurve(), -1);
    const QImage full = screenOfPlot(window);
    // After the release the curves are drawn into one paint buffer again instead of three composited
    // ones: antialiased edge pixels of the dragged curve may come out a little lighter or darker (0.3 %
    // beyond 8 levels at twice the line width), nothing else.
    const int pixels = full.width() * full.height();
    EXPECT_LT(differingPixels(dragged, full, 8), pixels / 200) << "the release draws what the drag showed";
    EXPECT_LT(differingPixels(dragged, full, 96), 1) << "only antialiased edges differ";
}

actlab::plot::FigureSpec crossingCurves(const char* dragged, std::vector<double> params) {
    // Curves drawn before and after the dragged one cross it, in f, f′ and f″.
    auto spec = figureOf({curve("relu"), curve(dragged, std::move(params)), curve("leaky_relu", {0.2}),
                          curve("gelu"), curve("softplus")},
                         2);
    spec.yRange = {Range{-2, 4}, Range{-0.5, 1.5}, Range{-1, 2}};
    return spec;
}

TEST(LiveDrag, WindowShowsWhatAFullReplotDraws) {
    auto w = actlab::explorer::testing::makeWindow(crossingCurves("elu", {1.0}));
    ASSERT_TRUE(w->document()->reset(crossingCurves("elu", {1.0}), 1, -0.7)); // ELU, the cursor on its dots
    QApplication::processEvents();
    auto* editor = w->parameterEditor();
    ASSERT_GE(editor->parameterCount(), 1);
    QSlider* slider = editor->slider(0);
    const int lo = slider->minimum(), hi = slider->maximum();
    // α moves a little and a lot (the legend's text gets wider and narrower: it is laid out again).
    dragAndCompare(*w, slider, {lo + (hi - lo) / 3, lo + (hi - lo) / 3 + 7, hi, lo + (hi - lo) / 10}, 1);
}

TEST(LiveDrag, PresentationShowsWhatAFullReplotDraws) {
    // RReLU's training band is drawn too, behind its line; lines and fonts at twice the size.
    auto w = actlab::explorer::testing::makeWindow(crossingCurves("rrelu", {0.125, 1.0 / 3}));
    ASSERT_TRUE(w->document()->reset(crossingCurves("rrelu", {0.125, 1.0 / 3}), 1, -1.3));
    w->presentation()->setScale(2);
    w->presentation()->enter();
    QApplication::processEvents();
    const auto& sliders = w->presentation()->overlay()->sliders();
    ASSERT_EQ(sliders.size(), 2u);
    QSlider* lower = sliders[0];
    const int lo = lower->minimum(), hi = lower->maximum();
    dragAndCompare(*w, lower, {lo, lo + (hi - lo) / 5, lo + (hi - lo) / 4}, 1);
}

TEST(LiveDrag, FootprintHoldsEverySegment) {
    // A line from (−1, −1) to (1, 1) over x, y in [−2, 2], the plot's whole widget: the footprint's
    // strips follow the diagonal, and every pixel of the line (checked at 401 points along it, 2 px to
    // each side of the 4 px pen) lies inside.
    actlab::explorer::LivePlot plot;
    plot.axisRect()->setAutoMargins(QCP::msNone);
    plot.axisRect()->setMargins(QMargins(0, 0, 0, 0));
    plot.xAxis->setRange(-2, 2);
    plot.yAxis->setRange(-2, 2);
    QCPGraph* graph = plot.addGraph();
    graph->setPen(QPen(Qt::black, 4));
    graph->setData({-1, 1}, {-1, 1}, true);
    plot.replot();
    const QRegion footprint = actlab::explorer::graphFootprint(graph, 20);
    for (int i = 0; i <= 400; ++i) {
        const double t = -1 + i / 200.0;
        const QPointF p(plot.xAxis->coordToPixel(t), plot.yAxis->coordToPixel(t));
        for (const QPointF d : {QPointF(2, 2), QPointF(-2, -2), QPointF(2, -2), QPointF(-2, 2)})
            EXPECT_TRUE(footprint.contains((p + d).toPoint())) << "t = " << t;
    }
    // Well away from the line nothing is covered: the corners (−1.9, 1.9) and (1.9, −1.9).
    EXPECT_FALSE(footprint.contains(QPoint(static_cast<int>(plot.xAxis->coordToPixel(-1.9)),
                                           static_cast<int>(plot.yAxis->coordToPixel(1.9)))));
    EXPECT_FALSE(footprint.contains(QPoint(static_cast<int>(plot.xAxis->coordToPixel(1.9)),
                                           static_cast<int>(plot.yAxis->coordToPixel(-1.9)))));
    // Strips of 20 px along a diagonal: a small part of the plot (the line's bounding box is a quarter).
    double area = 0;
    for (const QRect& r : footprint)
        area += static_cast<double>(r.width()) * r.height();
    const QRect all = plot.axisRect()->rect();
    EXPECT_LT(area, 0.1 * all.width() * all.height());
}

} // namespace
