// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/accuracy_marks.hpp"

#include "plot/figure_spec.hpp"
#include "plot/plot_figure.hpp"

#include <actlab/curve_function.hpp>
#include <actlab/formula/formula.hpp>

#include <qcustomplot.h>

#include <QTimer>

#include <algorithm>

namespace actlab::explorer {

AccuracyMarks::AccuracyMarks(actlab::plot::PlotFigure* figure, QObject* parent)
    : QObject(parent), m_figure(figure), m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &AccuracyMarks::update);
}

void AccuracyMarks::schedule() {
    m_timer->start();
}

void AccuracyMarks::clearItems() {
    QCustomPlot* plot = m_figure->customPlot();
    for (const auto& item : m_items)
        if (item) plot->removeItem(item.data());
    m_items.clear();
}

void AccuracyMarks::update() {
    m_timer->stop();
    clearItems();
    m_bands.clear();
    const auto& spec = m_figure->spec();
    QCPAxisRect* top = m_figure->axisRect(0);
    if (!top) return; // the gallery: no shared x axis to mark
    const QCPRange visible = top->axis(QCPAxis::atBottom)->range();
    for (int c = 0; c < static_cast<int>(spec.curves.size()); ++c) {
        const auto& curve = spec.curves[static_cast<std::size_t>(c)];
        if (!curve.visible || !curve.formula.function) continue;
        const actlab::formula::Formula* formula = curve.formula.function->formula();
        if (!formula || curve.params.size() != formula->parameterNames().size()) continue;
        for (const auto& range : formula->checkAccuracy(curve.params, visible.lower, visible.upper))
            m_bands.push_back({c, range.order, range.xmin, range.xmax});
    }
    QCustomPlot* plot = m_figure->customPlot();
    // The axis rectangles paint their background on the main layer, over the grid layer: the bands go on
    // a layer of their own just above it, translucent over the curves.
    const QString layer = QStringLiteral("accuracy");
    if (!plot->layer(layer))
        plot->addLayer(layer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    // A band at least 1/250 of the range wide (4 px of a 1000 px plot): a single flagged sample still
    // shows. (Not from the rectangle's width: before the window is shown it has none.)
    const double minWidth = visible.size() / 250;
    // Drawn: a curve's bands in one subplot merged where they nearly touch (checkAccuracy reports every
    // run of flagged samples; near the bar a run breaks up), and labelled once, on the widest.
    std::vector<Band> drawn;
    for (const Band& band : m_bands) {
        if (!drawn.empty() && drawn.back().curve == band.curve && drawn.back().order == band.order &&
            band.xmin - drawn.back().xmax < 3 * minWidth)
            drawn.back().xmax = std::max(drawn.back().xmax, band.xmax);
        else
            drawn.push_back(band);
    }
    std::vector<bool> labelled(drawn.size(), false);
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        std::size_t widest = i;
        for (std::size_t j = 0; j < drawn.size(); ++j)
            if (drawn[j].curve == drawn[i].curve && drawn[j].order == drawn[i].order &&
                drawn[j].xmax - drawn[j].xmin > drawn[widest].xmax - drawn[widest].xmin)
                widest = j;
        labelled[widest] = true;
    }
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const Band& band = drawn[i];
        QCPAxisRect* rect = m_figure->axisRect(band.order);
        if (!rect) continue; // that derivative's subplot is hidden
        QColor colour =
            m_figure->theme().curveColor(spec.curves[static_cast<std::size_t>(band.curve)], band.curve);
        colour.setAlpha(40);
        const double mid = (band.xmin + band.xmax) / 2;
        const double half = std::max(band.xmax - band.xmin, minWidth) / 2;
        auto* box = new QCPItemRect(plot);
        box->setLayer(layer);
        box->setClipAxisRect(rect);
        for (auto* position : {box->topLeft, box->bottomRight}) {
            position->setAxisRect(rect);
            position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            position->setTypeX(QCPItemPosition::ptPlotCoords);
            position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        box->topLeft->setCoords(mid - half, 0);
        box->bottomRight->setCoords(mid + half, 1);
        box->setPen(Qt::NoPen);
        box->setBrush(colour);
        m_items.emplace_back(box);
        if (!labelled[i]) continue;

        auto* label = new QCPItemText(plot);
        label->setLayer(layer);
        label->setClipAxisRect(rect);
        label->position->setAxisRect(rect);
        label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(mid, 0.02);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        label->setText(tr("digits lost"));
        colour.setAlpha(255);
        label->setColor(colour);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        label->setFont(font);
        m_items.emplace_back(label);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace actlab::explorer
