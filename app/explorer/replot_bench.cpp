// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/replot_bench.hpp"

#include "document/document.hpp"
#include "explorer/curve_list_model.hpp"
#include "explorer/curves_panel.hpp"
#include "explorer/main_window.hpp"
#include "explorer/parameter_editor.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/presentation.hpp"

#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace actlab::explorer {

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    // Nearest rank on the sorted sample.
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

bool hasContinuousParameter(const actlab::Activation& a) {
    return std::any_of(a.parameters.begin(), a.parameters.end(), [](const auto& p) { return !p.integer; });
}

/// Counts the paint events of one widget and the pixels they cover.
class PaintCounter : public QObject {
  public:
    explicit PaintCounter(QWidget* widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintCounter() override { m_widget->removeEventFilter(this); }
    int paints = 0;
    int fullPaints = 0;
    double pixels = 0;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            const QRegion& region = static_cast<QPaintEvent*>(event)->region();
            ++paints;
            if (QRegion(m_widget->rect()).subtracted(region).isEmpty()) ++fullPaints;
            for (const QRect& r : region)
                pixels += static_cast<double>(r.width()) * r.height();
        }
        return false;
    }

  private:
    QWidget* m_widget;
};

} // namespace

ReplotBenchResult runReplotBench(MainWindow& window, int curves, int derivatives, int positions,
                                 bool dragged) {
    const auto cat = actlab::catalogue();
    actlab::plot::FigureSpec spec;
    spec.xMin = -5;
    spec.xMax = 5;
    spec.setDerivatives(derivatives);
    for (int i = 0; i < curves; ++i) {
        const auto& a = cat[static_cast<std::size_t>(i) % cat.size()];
        actlab::plot::CurveSpec curve;
        curve.id = common::toQString(a.id);
        spec.curves.push_back(curve);
    }
    const auto swept = [&] {
        for (std::size_t i = 0; i < spec.curves.size(); ++i)
            if (hasContinuousParameter(*actlab::findActivation(spec.curves[i].id.toStdString())))
                return static_cast<int>(i);
        spec.curves.back().id = QStringLiteral("elu"); // too few curves to include one with a parameter
        return curves - 1;
    }();
    window.document()->reset(spec, swept, std::nullopt);
    QApplication::processEvents();

    ParameterEditor* editor = window.parameterEditor();
    int parameter = 0;
    while (parameter < editor->parameterCount() &&
           window.document()->function(swept).parameters()[static_cast<std::size_t>(parameter)].integer)
        ++parameter;
    // Presenting, the lecturer drags the large slider on the plot (the editor's dock is hidden).
    const auto& large = window.presentation()->overlay()->sliders();
    QSlider* slider = window.presentation()->isActive() && parameter < static_cast<int>(large.size())
                          ? large[static_cast<std::size_t>(parameter)]
                          : editor->slider(parameter);

    PaintCounter counter(window.plotView()->customPlot());
    ReplotBenchResult result;
    const int lo = slider->minimum();
    const int hi = slider->maximum();
    QElapsedTimer timer;
    if (dragged) slider->setSliderDown(true); // as a mouse drag does: sliderPressed
    for (int i = 0; i < positions; ++i) {
        // Sweep up and back down so that every step moves the slider.
        const int phase = i % (2 * (positions / 2));
        const double t = phase < positions / 2 ? phase / (positions / 2.0) : 2.0 - phase / (positions / 2.0);
        int position = lo + static_cast<int>(std::lround(t * (hi - lo)));
        if (position == slider->value()) position = position < hi ? position + 1 : position - 1;
        const int paintsBefore = counter.paints;
        timer.start();
        slider->setValue(position);
        QElapsedTimer guard;
        guard.start();
        // The plot is painted (into the backing store, which is then flushed) while the events posted
        // by the change are processed; the step ends when that has happened and nothing is left queued.
        while (counter.paints == paintsBefore && guard.elapsed() < 2000)
            QApplication::processEvents(QEventLoop::AllEvents);
        QApplication::processEvents(QEventLoop::AllEvents);
        result.millis.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    if (dragged) slider->setSliderDown(false);
    result.paintsPerStep = counter.paints / static_cast<double>(positions);
    result.fullPaintsPerStep = counter.fullPaints / static_cast<double>(positions);
    result.megapixelsPerStep = counter.pixels / 1e6 / positions;
    result.median = percentile(result.millis, 50);
    result.p95 = percentile(result.millis, 95);
    return result;
}

} // namespace actlab::explorer
