// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/analysis_figure.hpp"

#include "plot/curve_label.hpp"
#include "plot/figure_spec.hpp"
#include "plot/minus_sign_ticker.hpp"

#include "actlab/catalogue.hpp"

#include <qcustomplot.h>

#include <QPointer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

namespace actlab::plot {

namespace {

constexpr double kTitlePt = 13;
constexpr double kLabelPt = 11;
constexpr double kTickPt = 9.5;
constexpr double kLegendPt = 10;

/// A point a log axis can show.
bool positive(double v) {
    return v > 0 && std::isfinite(v);
}

/// A value for a label: within 1e-12 of a whole number, that number (SELU's fixed point is (0, 1) up to
/// rounding; "1.17e-16" would say less).
double roundOff(double v) {
    const double whole = std::round(v);
    return std::abs(v - whole) < 1e-12 ? whole + 0.0 : v;
}

/// Tick step for whole layer numbers 1…L: about eight ticks on 1, 2, 5 × 10ⁿ.
double layerTickStep(int layers) {
    for (const double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0})
        if (layers / step <= 10) return step;
    return 100;
}

/// The log range [lo, hi] of the positive values, widened to at least two decades around their middle
/// and to whole factors of 2 beyond the data, so a flat g_l = 1 still shows ticks around it.
QCPRange logRange(double lo, double hi) {
    if (!(lo > 0) || !(hi >= lo)) return QCPRange(0.1, 10);
    lo /= 2;
    hi *= 2;
    if (hi / lo < 100) {
        const double mid = std::sqrt(lo * hi);
        lo = mid / 10;
        hi = mid * 10;
    }
    return QCPRange(lo, hi);
}

} // namespace

std::vector<AnalysisCurve> analysisCurves(const FigureSpec& spec, const Theme& theme,
                                          const AnalysisSettings& settings) {
    std::vector<AnalysisCurve> out;
    for (int i = 0; i < static_cast<int>(spec.curves.size()); ++i) {
        const CurveSpec& curve = spec.curves[static_cast<std::size_t>(i)];
        const auto* activation = actlab::findActivation(curve.id.toStdString());
        if (!curve.visible || !activation) continue;
        AnalysisCurve c;
        c.source = i;
        c.activation = activation;
        c.params = curve.params.empty() ? activation->defaults() : curve.params;
        c.label = curveLabel(curve);
        c.color = theme.curveColor(curve, i);
        try {
            c.theory = depthTheory(*activation, c.params, settings);
        } catch (const std::invalid_argument&) {
            continue; // parameters the core refuses: the plot shows no curve for them either
        }
        out.push_back(std::move(c));
    }
    return out;
}

struct AnalysisFigure::Private {
    QPointer<QCustomPlot> plot;
    Theme theme = Theme::light();
    QString title;
    double fontScale = 1;
    int legendRow = 0;
    std::function<void()> redraw; ///< the last show…(), to draw again in another theme
    std::vector<QCPAxisRect*> panels;
    /// Per depth panel, per curve: the mean-field line and the Monte-Carlo dots.
    std::array<std::vector<QCPGraph*>, 2> theoryGraphs, mcGraphs;

    QFont font(double pt) const {
        QFont f = plot ? plot->font() : QFont();
        f.setFamilies({QStringLiteral("DejaVu Sans"), f.family()});
        f.setPointSizeF(pt * fontScale);
        return f;
    }

    /// Empties the plot and lays out the title (if any) above a grid, which it returns.
    QCPLayoutGrid* reset() {
        QCustomPlot* p = plot;
        p->clearPlottables();
        p->clearItems();
        p->plotLayout()->clear();
        p->setAutoAddPlottableToLegend(false);
        p->setBackground(theme.background);
        panels.clear();
        for (auto& graphs : theoryGraphs)
            graphs.clear();
        for (auto& graphs : mcGraphs)
            graphs.clear();
        auto* layout = p->plotLayout();
        layout->setMargins(QMargins(8, 4, 14, 4));
        layout->setRowSpacing(4);
        int row = 0;
        if (!title.isEmpty()) {
            auto* text = new QCPTextElement(p, title, font(kTitlePt));
            text->setTextColor(theme.text);
            layout->addElement(row++, 0, text);
        }
        legendRow = row++; // filled by newLegend(), if the figure has one
        auto* grid = new QCPLayoutGrid;
        layout->addElement(row, 0, grid);
        layout->setRowStretchFactor(row, 1);
        grid->setColumnSpacing(18);
        return grid;
    }

    void styleAxis(QCPAxis* axis) const {
        const QPen pen(theme.axis, 1);
        axis->setBasePen(pen);
        axis->setTickPen(pen);
        axis->setSubTickPen(pen);
        axis->setSubTicks(axis->scaleType() == QCPAxis::stLogarithmic);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(4);
        axis->setSubTickLengthIn(0);
        axis->setSubTickLengthOut(2);
        axis->setTickLabelColor(theme.text);
        axis->setLabelColor(theme.text);
        axis->setTickLabelFont(font(kTickPt));
        axis->setLabelFont(font(kLabelPt));
        axis->grid()->setPen(QPen(theme.grid, 1));
        axis->grid()->setZeroLinePen(Qt::NoPen);
        axis->grid()->setVisible(axis->axisType() == QCPAxis::atBottom ||
                                 axis->axisType() == QCPAxis::atLeft);
    }

    QCPAxisRect* newPanel(QCPLayoutGrid* grid, int column, const QString& xLabel, const QString& yLabel,
                          bool logY) {
        auto* rect = new QCPAxisRect(plot, true);
        rect->setupFullAxesBox(false);
        for (auto* axis : {rect->axis(QCPAxis::atTop), rect->axis(QCPAxis::atRight)}) {
            axis->setTicks(false);
            axis->setTickLabels(false);
        }
        rect->setBackground(theme.axisRectBackground);
        auto* y = rect->axis(QCPAxis::atLeft);
        setMinusSignTicker(rect->axis(QCPAxis::atBottom));
        if (logY) {
            y->setScaleType(QCPAxis::stLogarithmic);
            setMinusSignTicker<QCPAxisTickerLog>(y)->setSubTickCount(8);
            y->setNumberFormat(QStringLiteral("eb"));
            y->setNumberPrecision(0);
        } else {
            setMinusSignTicker(y);
        }
        rect->axis(QCPAxis::atBottom)->setLabel(xLabel);
        y->setLabel(yLabel);
        for (auto* axis : rect->axes())
            styleAxis(axis);
        grid->addElement(0, column, rect);
        panels.push_back(rect);
        return rect;
    }

    /// The legend: one line of keys between the title and the panels (it never hides data).
    QCPLegend* newLegend() {
        auto* legend = new QCPLegend;
        plot->plotLayout()->addElement(legendRow, 0, legend);
        plot->plotLayout()->setRowStretchFactor(legendRow, 0.001); // as high as its keys, no more
        legend->setLayer(QStringLiteral("legend"));
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(4);
        legend->setFont(font(kLegendPt));
        legend->setTextColor(theme.text);
        legend->setBrush(Qt::NoBrush);
        legend->setBorderPen(Qt::NoPen);
        legend->setIconSize(26, 12);
        legend->setIconTextPadding(8);
        legend->setColumnSpacing(18);
        legend->setMargins(QMargins(60, 0, 8, 0));
        return legend;
    }

    void addToLegend(QCPLegend* legend, QCPAbstractPlottable* plottable) const {
        plottable->addToLegend(legend);
        if (auto* item = legend->itemWithPlottable(plottable)) {
            item->setFont(font(kLegendPt));
            item->setTextColor(theme.text);
        }
    }

    void setLayerTicks(QCPAxis* axis, int layers) const {
        QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
        ticker->setTickStep(layerTickStep(layers));
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        axis->setTicker(ticker);
        axis->setRange(layers > 1 ? 0.5 : 0, layers + 0.5);
    }

    static void setDots(QCPGraph* graph, const std::vector<analysis::MonteCarloLayer>& layers, int panel) {
        QVector<double> x, y;
        for (const auto& layer : layers) {
            const double v = panel == 0 ? layer.q : layer.g;
            if (!positive(v)) continue;
            x.push_back(layer.layer);
            y.push_back(v);
        }
        graph->setData(x, y, true);
    }

    /// Fits each depth panel's log y axis to the lines and dots it holds.
    void fitDepthAxes() {
        for (std::size_t panel = 0; panel < 2 && panel < panels.size(); ++panel) {
            double lo = std::numeric_limits<double>::infinity(), hi = 0;
            for (const auto& graphs : {theoryGraphs[panel], mcGraphs[panel]})
                for (auto* graph : graphs)
                    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                        lo = std::min(lo, it->value);
                        hi = std::max(hi, it->value);
                    }
            panels[panel]->axis(QCPAxis::atLeft)->setRange(logRange(lo, hi));
        }
    }

    void drawDepth(const std::vector<AnalysisCurve>& curves, const AnalysisSettings& settings);
    void drawHistograms(const std::vector<AnalysisCurve>& curves, const std::vector<int>& layers);
    void drawFlow(const MeanVarFlow& flow, const QString& label, const QColor& color);
    void drawPhase(const PhaseDiagram& diagram, const QString& label, const QColor& color, double markW2,
                   double markB2);
};

void AnalysisFigure::Private::drawDepth(const std::vector<AnalysisCurve>& curves,
                                        const AnalysisSettings& settings) {
    auto* grid = reset();
    newPanel(grid, 0, AnalysisFigure::tr("layer l"), AnalysisFigure::tr("q\u2097: variance of z\u2097"),
             true);
    newPanel(
        grid, 1, AnalysisFigure::tr("layer l"),
        QStringLiteral(
            "g\u2097 = E\u2016\u2202L/\u2202z\u2097\u2016\u00b2 / E\u2016\u2202L/\u2202z\u1d38\u2016\u00b2"),
        true);
    auto* legend = newLegend();
    for (int panel = 0; panel < 2; ++panel) {
        auto* rect = panels[static_cast<std::size_t>(panel)];
        setLayerTicks(rect->axis(QCPAxis::atBottom), settings.layers);
        for (const auto& curve : curves) {
            auto* line = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            QPen pen(curve.color, 2);
            pen.setJoinStyle(Qt::RoundJoin);
            line->setPen(pen);
            line->setName(curve.label);
            QVector<double> x, y;
            for (const auto& layer : curve.theory) {
                const double v = panel == 0 ? layer.q : layer.g;
                if (!positive(v)) continue;
                x.push_back(layer.layer);
                y.push_back(v);
            }
            line->setData(x, y, true);
            auto* dots = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            dots->setLineStyle(QCPGraph::lsNone);
            dots->setScatterStyle(QCPScatterStyle(
                QCPScatterStyle::ssCircle, QPen(curve.color, 1.5),
                QBrush(theme.axisRectBackground.alpha() == 0 ? theme.background : theme.axisRectBackground),
                6));
            dots->setName(AnalysisFigure::tr("%1, Monte Carlo").arg(curve.label));
            setDots(dots, curve.monteCarlo, panel);
            theoryGraphs[static_cast<std::size_t>(panel)].push_back(line);
            mcGraphs[static_cast<std::size_t>(panel)].push_back(dots);
            if (panel == 0) addToLegend(legend, line);
        }
    }
    // One key for every dot: hollow circles are the real network, lines the mean-field theory.
    if (settings.monteCarlo && !curves.empty()) {
        auto* key = plot->addGraph(panels[0]->axis(QCPAxis::atBottom), panels[0]->axis(QCPAxis::atLeft));
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(theme.text, 1.5), Qt::NoBrush, 6));
        key->setName(AnalysisFigure::tr("dots: a network of width %1").arg(settings.width));
        addToLegend(legend, key);
    }
    fitDepthAxes();
}

void AnalysisFigure::Private::drawHistograms(const std::vector<AnalysisCurve>& curves,
                                             const std::vector<int>& layers) {
    auto* grid = reset();
    int column = 0;
    for (const int l : layers) {
        auto* rect =
            newPanel(grid, column, AnalysisFigure::tr("f(z) at layer %1").arg(l),
                     column == 0 ? AnalysisFigure::tr("fraction of units per bin") : QString(), true);
        ++column;
        constexpr double kInf = std::numeric_limits<double>::infinity();
        double xLo = kInf, xHi = -kInf, yLo = kInf, yHi = 0;
        for (const auto& curve : curves) {
            if (l < 1 || l > static_cast<int>(curve.monteCarlo.size())) continue;
            const analysis::Histogram& h = curve.monteCarlo[static_cast<std::size_t>(l - 1)].activation;
            std::uint64_t total = h.below + h.above;
            for (const auto c : h.counts)
                total += c;
            if (total == 0 || h.counts.empty()) continue;
            const double bin = (h.hi - h.lo) / static_cast<double>(h.counts.size());
            QVector<double> x, y;
            for (std::size_t i = 0; i < h.counts.size(); ++i) {
                const double share = static_cast<double>(h.counts[i]) / static_cast<double>(total);
                x.push_back(h.lo + (static_cast<double>(i) + 0.5) * bin);
                y.push_back(share > 0 ? share : std::numeric_limits<double>::quiet_NaN());
                if (share > 0) {
                    yLo = std::min(yLo, share);
                    yHi = std::max(yHi, share);
                }
            }
            xLo = std::min(xLo, h.lo);
            xHi = std::max(xHi, h.hi);
            auto* graph = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            graph->setLineStyle(QCPGraph::lsStepCenter);
            graph->setPen(QPen(curve.color, 1.8));
            graph->setName(curve.label);
            graph->setData(x, y, true);
        }
        if (xLo < xHi) rect->axis(QCPAxis::atBottom)->setRange(xLo, xHi);
        rect->axis(QCPAxis::atLeft)
            ->setRange(positive(yLo) ? QCPRange(yLo / 2, std::max(1.0, yHi * 2)) : QCPRange(1e-4, 1));
    }
    auto* legend = newLegend();
    if (!panels.empty())
        for (int i = 0; i < panels.front()->graphs().size(); ++i)
            addToLegend(legend, panels.front()->graphs().at(i));
}

void AnalysisFigure::Private::drawFlow(const MeanVarFlow& flow, const QString& label, const QColor& color) {
    auto* grid = reset();
    auto* rect = newPanel(grid, 0, AnalysisFigure::tr("\u03bc: mean of a layer's inputs"),
                          AnalysisFigure::tr("\u03bd: variance of a layer's inputs"), false);
    auto* x = rect->axis(QCPAxis::atBottom);
    auto* y = rect->axis(QCPAxis::atLeft);
    x->setRange(flow.muLo - 0.1, flow.muHi + 0.1);
    y->setRange(flow.nuLo - 0.1, flow.nuHi + 0.1);
    // Arrows: one step of the map, scaled so that the longest spans 90 % of a grid cell (in the window's
    // own proportions); direction and relative length are the map's.
    const double cellMu = (flow.muHi - flow.muLo) / std::max(1, flow.muSteps - 1);
    const double cellNu = (flow.nuHi - flow.nuLo) / std::max(1, flow.nuSteps - 1);
    double longest = 0;
    for (const auto& a : flow.arrows)
        longest = std::max(longest,
                           std::hypot((a.to.mean - a.from.mean) / cellMu, (a.to.var - a.from.var) / cellNu));
    const double scale = longest > 0 ? 0.9 / longest : 0;
    QColor arrowColor = theme.text;
    arrowColor.setAlphaF(0.45f);
    for (const auto& a : flow.arrows) {
        auto* item = new QCPItemLine(plot);
        item->setClipAxisRect(rect);
        for (auto* position : {item->start, item->end})
            position->setAxes(x, y);
        item->start->setCoords(a.from.mean, a.from.var);
        item->end->setCoords(a.from.mean + scale * (a.to.mean - a.from.mean),
                             a.from.var + scale * (a.to.var - a.from.var));
        item->setPen(QPen(arrowColor, 1.2));
        item->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 7, 9));
    }
    auto* legend = newLegend();
    bool first = true;
    for (const auto& path : flow.trajectories) {
        auto* curve = new QCPCurve(x, y);
        QVector<double> t, mu, nu;
        for (std::size_t k = 0; k < path.size(); ++k) {
            t.push_back(static_cast<double>(k));
            mu.push_back(path[k].mean);
            nu.push_back(path[k].var);
        }
        curve->setData(t, mu, nu, true);
        curve->setPen(QPen(color, 1.8));
        curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 5));
        curve->setName(AnalysisFigure::tr("%1: layers from six starts").arg(label));
        if (first) addToLegend(legend, curve);
        first = false;
    }
    if (flow.fixedPoint.found) {
        auto* point = plot->addGraph(x, y);
        point->setLineStyle(QCPGraph::lsNone);
        point->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssStar, QPen(theme.text, 2.5), Qt::NoBrush, 16));
        point->setData(QVector<double>{flow.fixedPoint.point.mean},
                       QVector<double>{flow.fixedPoint.point.var});
        point->setName(AnalysisFigure::tr("fixed point (%1, %2)")
                           .arg(formatLabelNumber(roundOff(flow.fixedPoint.point.mean)),
                                formatLabelNumber(roundOff(flow.fixedPoint.point.var))));
        addToLegend(legend, point);
    }
}

void AnalysisFigure::Private::drawPhase(const PhaseDiagram& diagram, const QString& label,
                                        const QColor& color, double markW2, double markB2) {
    auto* grid = reset();
    auto* rect = newPanel(grid, 0, AnalysisFigure::tr("\u03c3_w\u00b2 (weight variance \u00d7 fan-in)"),
                          AnalysisFigure::tr("\u03c3_b\u00b2 (bias variance)"), false);
    auto* x = rect->axis(QCPAxis::atBottom);
    auto* y = rect->axis(QCPAxis::atLeft);
    const double dw = diagram.w2Steps > 1 ? (diagram.w2Hi - diagram.w2Lo) / (diagram.w2Steps - 1) : 1;
    const double db = diagram.b2Steps > 1 ? (diagram.b2Hi - diagram.b2Lo) / (diagram.b2Steps - 1) : 1;
    x->setRange(diagram.w2Lo - dw / 2, diagram.w2Hi + dw / 2);
    y->setRange(diagram.b2Lo - db / 2, diagram.b2Hi + db / 2);
    auto* map = new QCPColorMap(x, y);
    map->data()->setSize(diagram.w2Steps, diagram.b2Steps);
    map->data()->setRange(QCPRange(diagram.w2Lo, diagram.w2Hi), QCPRange(diagram.b2Lo, diagram.b2Hi));
    for (int j = 0; j < diagram.b2Steps; ++j)
        for (int i = 0; i < diagram.w2Steps; ++i)
            map->data()->setCell(i, j, diagram.chi[static_cast<std::size_t>(j * diagram.w2Steps + i)]);
    // Blue (ordered, gradients vanish) — white at χ* = 1 — red (chaotic, gradients explode), on log χ*.
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(0x21, 0x66, 0xac));
    gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
    gradient.setColorStopAt(1, QColor(0xb2, 0x18, 0x2b));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map->setGradient(gradient);
    // The colours span the data's own χ*, symmetric in log χ* about 1 (at least 1/1.5…1.5, at most 0.1…10).
    double spread = std::log(1.5);
    for (const double chi : diagram.chi)
        if (positive(chi)) spread = std::max(spread, std::abs(std::log(chi)));
    spread = std::min(spread, std::log(10.0));
    // A hair wider, so that ticks at the ends (0.1 and 10) are not lost to exp(−ln 10) < 0.1.
    const QCPRange chiRange(std::exp(-spread) * (1 - 1e-9), std::exp(spread) * (1 + 1e-9));
    map->setDataScaleType(QCPAxis::stLogarithmic);
    map->setDataRange(chiRange);
    map->setInterpolate(true);
    auto* scale = new QCPColorScale(plot);
    grid->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setDataScaleType(QCPAxis::stLogarithmic);
    scale->setGradient(gradient);
    scale->setDataRange(chiRange);
    scale->setBarWidth(14);
    scale->axis()->setLabel(AnalysisFigure::tr("\u03c7 = \u03c3_w\u00b2 E[f\u2032(z)\u00b2] at layer 100"));
    // Ticks at 1, 2 and 5 times powers of ten inside the range, symmetric about χ = 1 on the log scale.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (const double v : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0})
        if (chiRange.contains(v)) ticker->addTick(v, formatLabelNumber(v));
    scale->axis()->setTicker(ticker);
    styleAxis(scale->axis());
    map->setColorScale(scale);
    auto* margins = new QCPMarginGroup(plot);
    rect->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    auto* line = new QCPCurve(x, y);
    QVector<double> t, w, b;
    for (std::size_t k = 0; k < diagram.critical.size(); ++k) {
        t.push_back(static_cast<double>(k));
        w.push_back(diagram.critical[k].first);
        b.push_back(diagram.critical[k].second);
    }
    line->setData(t, w, b, true);
    line->setPen(QPen(theme.text, 2.5));
    line->setName(AnalysisFigure::tr("\u03c7* = 1 (%1): the edge of chaos").arg(label));
    auto* legend = newLegend();
    addToLegend(legend, line);
    if (markW2 >= 0 && markB2 >= 0) {
        auto* mark = plot->addGraph(x, y);
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 11));
        mark->setData(QVector<double>{markW2}, QVector<double>{markB2});
        mark->setName(AnalysisFigure::tr("this network (\u03c3_w\u00b2 = %1, \u03c3_b\u00b2 = %2)")
                          .arg(formatLabelNumber(markW2), formatLabelNumber(markB2)));
        addToLegend(legend, mark);
    }
    auto addNote = [&](const QString& text, double rx, double ry) {
        auto* item = new QCPItemText(plot);
        item->setClipAxisRect(rect);
        item->position->setType(QCPItemPosition::ptAxisRectRatio);
        item->position->setAxisRect(rect);
        item->position->setCoords(rx, ry);
        item->setText(text);
        item->setFont(font(kLabelPt));
        item->setColor(QColor(0x20, 0x20, 0x20));
    };
    addNote(AnalysisFigure::tr("ordered: \u03c7* < 1\ngradients vanish"), 0.16, 0.85);
    addNote(AnalysisFigure::tr("chaotic: \u03c7* > 1\ngradients explode"), 0.84, 0.85);
}

AnalysisFigure::AnalysisFigure(QCustomPlot* plot, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>()) {
    d->plot = plot;
}

AnalysisFigure::~AnalysisFigure() = default;

void AnalysisFigure::setTheme(const Theme& theme) {
    if (theme == d->theme) return;
    d->theme = theme;
    if (d->redraw) d->redraw();
}

void AnalysisFigure::setFontScale(double scale) {
    d->fontScale = scale;
    if (d->redraw) d->redraw();
}

void AnalysisFigure::setTitle(const QString& title) {
    d->title = title;
}

void AnalysisFigure::showDepth(const std::vector<AnalysisCurve>& curves, const AnalysisSettings& settings) {
    d->redraw = [this, curves, settings] { d->drawDepth(curves, settings); };
    d->redraw();
}

void AnalysisFigure::setMonteCarlo(int curve, const std::vector<analysis::MonteCarloLayer>& layers) {
    for (int panel = 0; panel < 2; ++panel) {
        const auto& graphs = d->mcGraphs[static_cast<std::size_t>(panel)];
        if (curve < 0 || curve >= static_cast<int>(graphs.size())) return;
        Private::setDots(graphs[static_cast<std::size_t>(curve)], layers, panel);
    }
    d->fitDepthAxes();
}

void AnalysisFigure::showHistograms(const std::vector<AnalysisCurve>& curves,
                                    const std::vector<int>& layers) {
    d->redraw = [this, curves, layers] { d->drawHistograms(curves, layers); };
    d->redraw();
}

void AnalysisFigure::showMeanVarFlow(const MeanVarFlow& flow, const QString& label, const QColor& color) {
    d->redraw = [this, flow, label, color] { d->drawFlow(flow, label, color); };
    d->redraw();
}

void AnalysisFigure::showPhase(const PhaseDiagram& diagram, const QString& label, const QColor& color,
                               double markW2, double markB2) {
    d->redraw = [this, diagram, label, color, markW2, markB2] {
        d->drawPhase(diagram, label, color, markW2, markB2);
    };
    d->redraw();
}

std::vector<QCPAxisRect*> AnalysisFigure::panels() const {
    return d->panels;
}

QCPGraph* AnalysisFigure::theoryGraph(int panel, int curve) const {
    if (panel < 0 || panel > 1) return nullptr;
    const auto& graphs = d->theoryGraphs[static_cast<std::size_t>(panel)];
    return curve >= 0 && curve < static_cast<int>(graphs.size()) ? graphs[static_cast<std::size_t>(curve)]
                                                                 : nullptr;
}

QCPGraph* AnalysisFigure::monteCarloGraph(int panel, int curve) const {
    if (panel < 0 || panel > 1) return nullptr;
    const auto& graphs = d->mcGraphs[static_cast<std::size_t>(panel)];
    return curve >= 0 && curve < static_cast<int>(graphs.size()) ? graphs[static_cast<std::size_t>(curve)]
                                                                 : nullptr;
}

void AnalysisFigure::replot() {
    if (d->plot) d->plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace actlab::plot
