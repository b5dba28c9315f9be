// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/plot_figure.hpp"

#include "plot/curve_label.hpp"
#include "plot/minus_sign_ticker.hpp"
#include "plot/polyline_clip.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/sampling.hpp"

#include <qcustomplot.h>

#include <QPointer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace actlab::plot {

namespace {

constexpr int kOrders = 3;
/// Samples are never fewer than this, whatever the widget size.
constexpr double kMinSamples = 200;
/// Nor more than this (a 4K-wide window at two samples per device pixel stays below it).
constexpr double kMaxSamples = 20000;

/// The graphs of one curve in one order: the line, and the closed/open dots of its jumps.
struct OrderGraphs {
    QCPGraph* line = nullptr;
    QCPGraph* closed = nullptr;
    QCPGraph* open = nullptr;
    /// RReLU's training-time band (f and f′ for slopes between lower and upper), shaded behind the line:
    /// the upper edge is filled down to the lower one.
    QCPGraph* bandLow = nullptr;
    QCPGraph* bandHigh = nullptr;
};

QVector<QCPGraphData> toGraphData(const QVector<double>& keys, const QVector<double>& values) {
    QVector<QCPGraphData> data(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        data[i] = QCPGraphData(keys[i], values[i]);
    return data;
}

/// min/max of the finite values of `y`, widened into `lo`/`hi`.
void widen(const std::vector<double>& y, double& lo, double& hi) {
    for (const double v : y) {
        if (!std::isfinite(v)) continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
}

Qt::Alignment legendAlignment(const QString& position) {
    Qt::Alignment vertical = Qt::AlignVCenter;
    Qt::Alignment horizontal = Qt::AlignHCenter;
    if (position.startsWith(QLatin1String("top")))
        vertical = Qt::AlignTop;
    else if (position.startsWith(QLatin1String("bottom")))
        vertical = Qt::AlignBottom;
    if (position.endsWith(QLatin1String("left")))
        horizontal = Qt::AlignLeft;
    else if (position.endsWith(QLatin1String("right")))
        horizontal = Qt::AlignRight;
    return vertical | horizontal;
}

/// The name of a curve's graph in order `order`: "ReLU", "ReLU ′", "ReLU ″".
QString graphName(const QString& label, int order) {
    if (order == 0) return label;
    return label + QLatin1Char(' ') + QChar(order == 1 ? 0x2032 : 0x2033);
}

} // namespace

struct PlotFigure::Private {
    PlotFigure* q = nullptr;
    QPointer<QCustomPlot> plot;
    FigureSpec spec;
    Theme theme = Theme::light();
    double fontScale = 1;
    double lineScale = 1; ///< curve lines, dots, axis lines and ticks (presentation mode)
    bool clipData = false;
    bool fastLineEnds = false; ///< flat caps and bevel joins (on screen)
    double samplesPerPixel = 2;
    bool updating = false; ///< true while we change axis ranges ourselves

    std::vector<std::optional<actlab::CurveFunction>> functions; ///< per curve (nothing: an unknown id)
    std::vector<actlab::SampledCurve> samples;                   ///< per curve
    std::vector<std::array<OrderGraphs, kOrders>> graphs;        ///< per curve, per order
    std::array<QCPAxisRect*, kOrders> rects{};                   ///< stacked subplots (null if hidden)
    std::vector<QCPAxisRect*> panels;                            ///< gallery: one per curve
    std::vector<QCPTextElement*> panelTitles;
    std::vector<QCPLegend*> legends;
    QCPTextElement* title = nullptr;
    actlab::SampledCurve empty;

    /// Every axis rectangle of the figure (stacked subplots or gallery panels).
    std::vector<QCPAxisRect*> allRects() const {
        if (spec.gallery) return panels;
        std::vector<QCPAxisRect*> out;
        for (auto* rect : rects)
            if (rect) out.push_back(rect);
        return out;
    }

    /// The axis rectangle in which curve `curve` draws order `order`.
    QCPAxisRect* rectFor(int curve, int order) const {
        if (spec.gallery)
            return order <= 1 && curve >= 0 && curve < static_cast<int>(panels.size())
                       ? panels[static_cast<std::size_t>(curve)]
                       : nullptr;
        return order >= 0 && order < kOrders ? rects[static_cast<std::size_t>(order)] : nullptr;
    }

    /// Orders each curve samples and draws: f and f' in the gallery, else up to the last subplot shown.
    int ordersDrawn() const { return spec.gallery ? 2 : spec.derivatives() + 1; }

    /// RReLU draws the band its random training slope lies in.
    bool hasTrainingBand(int curve) const {
        const auto& f = functions[static_cast<std::size_t>(curve)];
        return f && f->activation() && f->activation()->id == "rrelu";
    }

    QColor curveColor(int curve) const {
        return theme.curveColor(spec.curves[static_cast<std::size_t>(curve)], curve);
    }

    QFont font(double pt) const {
        QFont f = plot ? plot->font() : QFont();
        f.setFamilies({QStringLiteral("DejaVu Sans"), f.family()});
        f.setPointSizeF(std::max(1.0, pt * fontScale));
        // Vector output is set by other programs: unhinted (fractional) advances put each text run where
        // their unhinted layout expects it (Qt writes "Leaky ReLU (" and "α=0.1)" as separate runs).
        if (clipData) f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    std::size_t sampleCount() const {
        double px = plot ? plot->width() * plot->devicePixelRatioF() : 0;
        px = std::max(px, static_cast<double>(spec.sizePx.width()) / 4);
        const double n = std::clamp(std::max(samplesPerPixel * px, static_cast<double>(spec.points)),
                                    kMinSamples, kMaxSamples);
        return static_cast<std::size_t>(n);
    }

    void build();
    void applyStyle();
    void styleAxis(QCPAxis* axis, bool labelled) const;
    void alignYLabels() const;
    void pushTrainingBand(int curve, int order, const QCPRange& xr);
    void styleCurve(int curve);
    void resampleCurve(int curve);
    void autoscale();
    void pushData(int curve);
    void pushAll();
    void setAllXRanges(double lo, double hi);
};

void PlotFigure::Private::build() {
    QCustomPlot* p = plot;
    p->clearPlottables();
    p->clearItems();
    p->plotLayout()->clear(); // deletes axis rects, their legends, the title
    p->setAutoAddPlottableToLegend(false);
    rects = {};
    panels.clear();
    panelTitles.clear();
    legends.clear();
    title = nullptr;
    graphs.assign(spec.curves.size(), {});
    samples.assign(spec.curves.size(), {});
    functions.assign(spec.curves.size(), std::nullopt);
    for (std::size_t i = 0; i < spec.curves.size(); ++i) {
        functions[i] = functionOf(spec.curves[i]);
        if (!functions[i])
            qWarning("actlab: PlotFigure: unknown function '%s' is not drawn", qPrintable(spec.curves[i].id));
    }

    auto* layout = p->plotLayout();
    layout->setMargins(QMargins(8, 4, 14, 4)); // room for the outermost tick labels
    layout->setRowSpacing(spec.gallery ? 4 : 6);
    layout->setColumnSpacing(spec.gallery ? 8 : 0);
    int row = 0;
    if (!spec.title.isEmpty()) {
        title = new QCPTextElement(p, spec.title, font(spec.titlePt));
        layout->addElement(row++, 0, title);
    }
    auto* marginGroup = new QCPMarginGroup(p);

    auto newRect = [&] {
        auto* rect = new QCPAxisRect(p, true);
        rect->setupFullAxesBox(false);
        for (auto* axis : {rect->axis(QCPAxis::atTop), rect->axis(QCPAxis::atRight)}) {
            axis->setTicks(false);
            axis->setTickLabels(false);
        }
        rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        rect->setRangeZoomAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        return rect;
    };

    if (spec.gallery) {
        const int n = std::max<int>(1, static_cast<int>(spec.curves.size()));
        const int rows = std::max(1, static_cast<int>(std::lround(std::sqrt(n / 2.0))));
        const int cols = (n + rows - 1) / rows;
        auto* grid = new QCPLayoutGrid;
        layout->addElement(row, 0, grid);
        grid->setRowSpacing(4);
        grid->setColumnSpacing(10);
        for (int i = 0; i < static_cast<int>(spec.curves.size()); ++i) {
            auto* cell = new QCPLayoutGrid;
            cell->setRowSpacing(0);
            grid->addElement(i / cols, i % cols, cell);
            auto* panelTitle = new QCPTextElement(p, curveLabel(spec.curves[static_cast<std::size_t>(i)]),
                                                  font(spec.labelPt));
            cell->addElement(0, 0, panelTitle);
            auto* rect = newRect();
            cell->addElement(1, 0, rect);
            rect->setMarginGroup(QCP::msLeft | QCP::msRight, marginGroup);
            panels.push_back(rect);
            panelTitles.push_back(panelTitle);
        }
    } else {
        for (int order = 0; order < kOrders; ++order) {
            if (!spec.showsOrder(order)) continue;
            auto* rect = newRect();
            layout->addElement(row++, 0, rect);
            rect->setMarginGroup(QCP::msLeft | QCP::msRight, marginGroup);
            rects[static_cast<std::size_t>(order)] = rect;
        }
        // f gets more room than its derivatives when they are stacked below it.
        int r = title ? 1 : 0;
        for (int order = 0; order < kOrders; ++order)
            if (rects[static_cast<std::size_t>(order)])
                layout->setRowStretchFactor(r++, order == 0 ? 1.6 : 1.0);
        if (title) layout->setRowStretchFactor(0, 0.001);
    }

    // Curves: a line graph per order, plus closed and open dots for the jumps.
    const int orders = ordersDrawn();
    for (int c = 0; c < static_cast<int>(spec.curves.size()); ++c) {
        for (int order = 0; order < orders; ++order) {
            QCPAxisRect* rect = rectFor(c, order);
            if (!rect) continue;
            auto& g = graphs[static_cast<std::size_t>(c)][static_cast<std::size_t>(order)];
            auto* keyAxis = rect->axis(QCPAxis::atBottom);
            auto* valueAxis = rect->axis(QCPAxis::atLeft);
            if (hasTrainingBand(c) && order <= 1) { // added first: drawn behind the curves
                g.bandLow = p->addGraph(keyAxis, valueAxis);
                g.bandHigh = p->addGraph(keyAxis, valueAxis);
                g.bandHigh->setChannelFillGraph(g.bandLow);
            }
            g.line = p->addGraph(keyAxis, valueAxis);
            g.line->setAdaptiveSampling(false); // it would join the two sides of a jump
            g.closed = p->addGraph(keyAxis, valueAxis);
            g.open = p->addGraph(keyAxis, valueAxis);
            for (auto* dots : {g.closed, g.open}) {
                dots->setLineStyle(QCPGraph::lsNone);
                dots->setAdaptiveSampling(false);
            }
        }
    }

    // Legends: one in the f subplot; in the gallery a small one in the first panel saying which is f'.
    if (spec.legend != QLatin1String("none")) {
        QCPAxisRect* host = spec.gallery ? (panels.empty() ? nullptr : panels.front()) : rects[0];
        if (host) {
            auto* legend = new QCPLegend;
            if (spec.legend == QLatin1String("outside right") && !spec.gallery) {
                // Right of the f subplot, outside the curves (for many of them): top-aligned in a
                // column of its own that is as narrow as the legend.
                auto* side = new QCPLayoutGrid;
                layout->addElement(spec.title.isEmpty() ? 0 : 1, 1, side);
                side->addElement(0, 0, legend);
                side->addElement(1, 0, new QCPLayoutElement(p));
                side->setRowStretchFactor(0, 0.001);
                side->setMargins(QMargins(0, 8, 8, 0));
                layout->setColumnStretchFactor(1, 0.001);
            } else {
                host->insetLayout()->addElement(legend, legendAlignment(spec.legend));
            }
            legend->setLayer(QStringLiteral("legend"));
            legends.push_back(legend);
            if (spec.gallery) {
                if (!graphs.empty()) {
                    const auto& g = graphs.front();
                    if (g[0].line) g[0].line->addToLegend(legend);
                    if (g[1].line) g[1].line->addToLegend(legend);
                }
            } else {
                for (std::size_t c = 0; c < graphs.size(); ++c)
                    if (graphs[c][0].line && spec.curves[c].visible) graphs[c][0].line->addToLegend(legend);
            }
        }
    }

    // x ranges are shared: a zoom or pan in one subplot moves them all and resamples.
    for (auto* rect : allRects()) {
        auto* xAxis = rect->axis(QCPAxis::atBottom);
        // Context q: the connection dies with the PlotFigure as well as with the axis.
        QObject::connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), q,
                         [this, xAxis](const QCPRange& range) {
                             if (updating) return;
                             updating = true;
                             for (auto* other : allRects())
                                 if (other->axis(QCPAxis::atBottom) != xAxis)
                                     other->axis(QCPAxis::atBottom)->setRange(range);
                             updating = false;
                             spec.xMin = range.lower;
                             spec.xMax = range.upper;
                             for (int c = 0; c < static_cast<int>(spec.curves.size()); ++c)
                                 resampleCurve(c);
                             autoscale();
                             pushAll();
                             if (plot) plot->replot(QCustomPlot::rpQueuedReplot);
                             emit q->xRangeChanged(range.lower, range.upper);
                         });
    }
    setAllXRanges(spec.xMin, spec.xMax);
    applyStyle();
}

void PlotFigure::Private::styleAxis(QCPAxis* axis, bool labelled) const {
    if (!dynamic_cast<MinusSignTicker<>*>(axis->ticker().data())) setMinusSignTicker(axis);
    const QPen axisPen(theme.axis, lineScale);
    axis->setBasePen(axisPen);
    axis->setTickPen(axisPen);
    axis->setSubTickPen(axisPen);
    axis->setSubTicks(false);
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(static_cast<int>(std::lround(4 * lineScale)));
    axis->setTickLabelColor(theme.text);
    axis->setLabelColor(theme.text);
    axis->setTickLabelFont(font(spec.tickPt));
    axis->setLabelFont(font(spec.labelPt));
    axis->setTickLabelPadding(4);
    axis->setLabelPadding(labelled ? 4 : 0);
    auto* grid = axis->grid();
    const bool isKeyOrValue = axis->axisType() == QCPAxis::atBottom || axis->axisType() == QCPAxis::atLeft;
    grid->setVisible(isKeyOrValue);
    grid->setSubGridVisible(false);
    if (spec.grid) {
        QColor color = theme.grid;
        color.setAlphaF(
            static_cast<float>(static_cast<double>(color.alphaF()) * std::clamp(spec.gridOpacity, 0.0, 1.0)));
        QPen pen(color, lineScale, spec.gridStyle);
        pen.setCosmetic(false);
        grid->setPen(pen);
    } else {
        grid->setPen(Qt::NoPen);
    }
    grid->setZeroLinePen(spec.zeroLines ? QPen(theme.zeroLine, lineScale)
                                        : (spec.grid ? grid->pen() : QPen(Qt::NoPen)));
}

void PlotFigure::Private::styleCurve(int c) {
    const auto& curve = spec.curves[static_cast<std::size_t>(c)];
    const QString label = curveLabel(curve);
    for (int order = 0; order < kOrders; ++order) {
        const auto& g = graphs[static_cast<std::size_t>(c)][static_cast<std::size_t>(order)];
        if (!g.line) continue;
        // Gallery panels stand alone: every panel draws f in the first palette colour (or the curve's own)
        // and f' dashed in a neutral grey of the theme's text colour, which no curve colour can clash
        // with, so one legend explains them all.
        QColor neutral = theme.text;
        neutral.setAlphaF(0.6f);
        const QColor color = !spec.gallery ? curveColor(c)
                             : order == 0
                                 ? (curve.color.isValid() ? theme.legible(curve.color) : theme.color(0))
                                 : neutral;
        // In the gallery f' shares the panel with f: same colour, dashed and a little thinner.
        const bool secondary = spec.gallery && order == 1;
        const double width = curve.lineWidth * lineScale;
        QPen pen(color, secondary ? std::max(1.0, width * 0.75) : width);
        // Past the palette's last colour the curves repeat colours with another dash pattern.
        pen.setStyle(secondary      ? Qt::DashLine
                     : spec.gallery ? Qt::SolidLine
                                    : Theme::lineStyle(curve.slot >= 0 ? curve.slot : c));
        pen.setCapStyle(fastLineEnds ? Qt::FlatCap : Qt::RoundCap);
        pen.setJoinStyle(fastLineEnds ? Qt::BevelJoin : Qt::RoundJoin);
        g.line->setPen(pen);
        if (spec.gallery)
            g.line->setName(order == 0 ? spec.yLabel : spec.yLabelDerivative);
        else
            g.line->setName(graphName(label, order));
        const double dot = 2.5 * width + 3 * lineScale;
        g.closed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, dot));
        g.open->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssCircle, QPen(color, std::max(1.0, width * 0.75)),
            QBrush(theme.axisRectBackground.alpha() == 0 ? theme.background : theme.axisRectBackground),
            dot));
        for (auto* graph : {g.line, g.closed, g.open})
            graph->setVisible(curve.visible && functions[static_cast<std::size_t>(c)].has_value());
        for (auto* band : {g.bandLow, g.bandHigh}) {
            if (!band) continue;
            band->setPen(Qt::NoPen);
            QColor fill = color;
            fill.setAlphaF(0.18f);
            band->setBrush(band == g.bandHigh ? QBrush(fill) : QBrush(Qt::NoBrush));
            band->setVisible(curve.visible);
        }
    }
}

void PlotFigure::Private::applyStyle() {
    QCustomPlot* p = plot;
    p->setBackground(theme.background);
    if (title) {
        title->setFont(font(spec.titlePt));
        title->setTextColor(theme.text);
        title->setText(spec.title);
    }
    for (std::size_t i = 0; i < panelTitles.size(); ++i) {
        panelTitles[i]->setFont(font(spec.labelPt));
        panelTitles[i]->setTextColor(theme.text);
        panelTitles[i]->setText(curveLabel(spec.curves[i]));
    }
    const auto all = allRects();
    const int galleryCols = [&] {
        if (!spec.gallery || panels.empty()) return 1;
        const int n = static_cast<int>(panels.size());
        const int rows = std::max(1, static_cast<int>(std::lround(std::sqrt(n / 2.0))));
        return (n + rows - 1) / rows;
    }();
    QCPAxisRect* bottomRect = nullptr;
    for (auto* rect : rects)
        if (rect) bottomRect = rect;
    for (std::size_t i = 0; i < all.size(); ++i) {
        auto* rect = all[i];
        rect->setBackground(theme.axisRectBackground);
        for (auto* axis : rect->axes())
            styleAxis(axis, true);
        auto* xAxis = rect->axis(QCPAxis::atBottom);
        auto* yAxis = rect->axis(QCPAxis::atLeft);
        if (spec.gallery) {
            // x label under the bottom row only; the panel title names the function.
            const int n = static_cast<int>(panels.size());
            const bool bottomRow = static_cast<int>(i) + galleryCols >= n;
            xAxis->setLabel(bottomRow ? spec.xLabel : QString());
            xAxis->setTickLabels(true);
            yAxis->setLabel(QString());
        } else {
            const int order = static_cast<int>(std::find(rects.begin(), rects.end(), rect) - rects.begin());
            const bool bottom = rect == bottomRect;
            xAxis->setTickLabels(bottom);
            xAxis->setLabel(bottom ? spec.xLabel : QString());
            yAxis->setLabel(order == 0 ? spec.yLabel
                                       : (order == 1 ? spec.yLabelDerivative : spec.yLabelSecond));
        }
    }
    for (auto* legend : legends) {
        legend->setFont(font(spec.legendPt));
        legend->setTextColor(theme.text);
        legend->setBrush(theme.legendBackground);
        legend->setBorderPen(QPen(theme.legendBorder, 1));
        legend->setIconSize(28, 14);
        // QCPGraph draws its legend line 5 px past the icon and relies on a clip rect that SVG output
        // does not keep: the padding leaves room for it.
        legend->setIconTextPadding(12);
        legend->setRowSpacing(0);
        legend->setMargins(QMargins(8, 5, 8, 5));
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto* item = legend->item(i)) {
                item->setFont(font(spec.legendPt));
                item->setTextColor(theme.text);
            }
        legend->setVisible(spec.legend != QLatin1String("none"));
    }
    for (auto* rect : all)
        if (!rect->insetLayout()->elements(false).isEmpty()) {
            rect->insetLayout()->setMargins(QMargins(10, 10, 10, 10));
        }
    for (int c = 0; c < static_cast<int>(spec.curves.size()); ++c)
        styleCurve(c);
}

void PlotFigure::Private::resampleCurve(int c) {
    const auto& function = functions[static_cast<std::size_t>(c)];
    auto& out = samples[static_cast<std::size_t>(c)];
    if (!function || !(spec.xMin < spec.xMax)) {
        out = {};
        return;
    }
    const auto& params = spec.curves[static_cast<std::size_t>(c)].params;
    std::vector<double> values = params.empty() ? function->defaults() : params;
    try {
        out = function->sample(values, spec.xMin, spec.xMax, sampleCount(), ordersDrawn());
    } catch (const std::exception& e) {
        qWarning("actlab: PlotFigure: cannot sample %s: %s",
                 qPrintable(spec.curves[static_cast<std::size_t>(c)].id), e.what());
        out = {};
    }
}

void PlotFigure::Private::autoscale() {
    auto rangeOf = [&](QCPAxisRect* rect, int order) -> QCPRange {
        if (const auto& fixed = spec.yRange[static_cast<std::size_t>(order)])
            return QCPRange(fixed->first, fixed->second);
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (int c = 0; c < static_cast<int>(spec.curves.size()); ++c) {
            if (!spec.curves[static_cast<std::size_t>(c)].visible) continue;
            for (int o = 0; o < ordersDrawn(); ++o)
                if (rectFor(c, o) == rect)
                    widen(samples[static_cast<std::size_t>(c)].order[static_cast<std::size_t>(o)].y, lo, hi);
        }
        if (!(lo <= hi)) return QCPRange(-1, 1);
        if (hi - lo < 1e-12 * std::max(1.0, std::max(std::fabs(lo), std::fabs(hi)))) {
            const double half = std::max(1.0, std::fabs(lo) * 0.1);
            return QCPRange(lo - half, hi + half);
        }
        const double margin = 0.05 * (hi - lo);
        return QCPRange(lo - margin, hi + margin);
    };
    for (int order = 0; order < kOrders; ++order)
        if (auto* rect = spec.gallery ? nullptr : rects[static_cast<std::size_t>(order)])
            rect->axis(QCPAxis::atLeft)->setRange(rangeOf(rect, order));
    for (auto* panel : panels)
        panel->axis(QCPAxis::atLeft)->setRange(rangeOf(panel, 0));
}

void PlotFigure::Private::pushData(int c) {
    const auto& sampled = samples[static_cast<std::size_t>(c)];
    QVector<double> keys, values;
    for (int order = 0; order < kOrders; ++order) {
        const auto& g = graphs[static_cast<std::size_t>(c)][static_cast<std::size_t>(order)];
        if (!g.line) continue;
        const auto& series = sampled.order[static_cast<std::size_t>(order)];
        const std::size_t n = std::min(series.x.size(), series.y.size());
        const QCPRange xr = g.line->keyAxis()->range();
        const QCPRange yr = g.line->valueAxis()->range();
        const ClipBox box{xr.lower, xr.upper, yr.lower, yr.upper};
        if (clipData)
            clipSeries(series.x.data(), series.y.data(), n, box, keys, values);
        else
            copySeries(series.x.data(), series.y.data(), n, keys, values);
        // What is drawn is the sampled polyline less the points that move it by under a fraction of a
        // pixel: straight stretches collapse, corners stay, and drawing gets many times cheaper.
        const QCPAxisRect* rect = g.line->keyAxis()->axisRect();
        double widthPx = rect->width(), heightPx = rect->height();
        if (widthPx < 16 || heightPx < 16) { // not laid out yet
            widthPx = std::max(16, plot->width());
            heightPx =
                std::max(16, plot->height() / (spec.gallery ? 2 : std::max(1, spec.derivatives() + 1)));
        }
        const double tolerancePx = 0.25 / samplesPerPixel;
        simplifySeries(keys, values, xr.size() / widthPx * tolerancePx, yr.size() / heightPx * tolerancePx);
        g.line->data()->set(toGraphData(keys, values), true);

        QVector<QCPGraphData> closed, open;
        for (const auto& jump : series.jumps) {
            if (clipData && (jump.x < box.xMin || jump.x > box.xMax)) continue;
            if (!clipData || (jump.closed >= box.yMin && jump.closed <= box.yMax))
                closed.append(QCPGraphData(jump.x, jump.closed));
            if (!clipData || (jump.open >= box.yMin && jump.open <= box.yMax))
                open.append(QCPGraphData(jump.x, jump.open));
        }
        g.closed->data()->set(closed, true);
        g.open->data()->set(open, true);
        if (g.bandLow && g.bandHigh) pushTrainingBand(c, order, xr);
    }
}

void PlotFigure::Private::pushTrainingBand(int c, int order, const QCPRange& xr) {
    // For x < 0 training draws the slope uniformly from [l, u]: f lies between l·x and u·x, f′ between l
    // and u. Straight lines: their ends are all the band needs.
    const auto& g = graphs[static_cast<std::size_t>(c)][static_cast<std::size_t>(order)];
    const auto& params = spec.curves[static_cast<std::size_t>(c)].params;
    const std::vector<double> p =
        params.size() >= 2 ? params : functions[static_cast<std::size_t>(c)]->defaults();
    QVector<QCPGraphData> low, high;
    if (xr.lower < 0 && p.size() >= 2) {
        const double x1 = std::min(0.0, xr.upper);
        for (const double x : {xr.lower, x1}) {
            low.append(QCPGraphData(x, order == 0 ? p[0] * x : p[0]));
            high.append(QCPGraphData(x, order == 0 ? p[1] * x : p[1]));
        }
    }
    g.bandLow->data()->set(low, true);
    g.bandHigh->data()->set(high, true);
}

void PlotFigure::Private::pushAll() {
    for (int c = 0; c < static_cast<int>(spec.curves.size()); ++c)
        pushData(c);
}

void PlotFigure::Private::setAllXRanges(double lo, double hi) {
    const bool was = updating;
    updating = true;
    for (auto* rect : allRects())
        rect->axis(QCPAxis::atBottom)->setRange(lo, hi);
    updating = was;
}

PlotFigure::PlotFigure(QCustomPlot* plot, QObject* parent) : QObject(parent), d(std::make_unique<Private>()) {
    d->q = this;
    d->plot = plot;
    plot->setAutoAddPlottableToLegend(false);
    plot->setNoAntialiasingOnDrag(false);
    // On screen, solid curves are drawn segment by segment (Qt's wide-pen polyline stroker is several
    // times slower); exports always get true polylines (QCustomPlot skips this hint when exporting).
    plot->setPlottingHint(QCP::phFastPolylines, true);
    // Before each replot (the ranges are final then): the stacked subplots' y labels in one column.
    connect(plot, &QCustomPlot::beforeReplot, this, [this] { d->alignYLabels(); });
}

PlotFigure::~PlotFigure() = default;

void PlotFigure::Private::alignYLabels() const {
    // The axes line up (one margin group); their labels stand left of the tick labels, which are as
    // wide as "5" or "0.75": each label gets the padding that puts it where the widest subplot's is.
    if (!plot || spec.gallery) return;
    std::vector<std::pair<QCPAxis*, int>> widths;
    int widest = 0;
    for (auto* rect : rects) {
        if (!rect) continue;
        QCPAxis* axis = rect->axis(QCPAxis::atLeft);
        QVector<double> ticks;
        QVector<QString> labels;
        axis->ticker()->generate(axis->range(), plot->locale(), axis->numberFormat().at(0),
                                 axis->numberPrecision(), ticks, nullptr, &labels);
        const QFontMetrics metrics(axis->tickLabelFont());
        int width = 0;
        for (const QString& label : labels)
            width = std::max(width, metrics.horizontalAdvance(label));
        widths.emplace_back(axis, width);
        widest = std::max(widest, width);
    }
    for (const auto& [axis, width] : widths)
        if (!axis->label().isEmpty()) axis->setLabelPadding(4 + widest - width);
}

QCustomPlot* PlotFigure::customPlot() const {
    return d->plot;
}

void PlotFigure::setSpec(const FigureSpec& spec) {
    if (!d->plot) return;
    d->spec = spec;
    if (!(d->spec.xMin < d->spec.xMax)) d->spec.xMax = d->spec.xMin + 1;
    d->updating = true;
    d->build();
    d->updating = false;
    for (int c = 0; c < static_cast<int>(d->spec.curves.size()); ++c)
        d->resampleCurve(c);
    d->autoscale();
    d->pushAll();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
    emit xRangeChanged(d->spec.xMin, d->spec.xMax);
}

const FigureSpec& PlotFigure::spec() const {
    return d->spec;
}

void PlotFigure::setTheme(const Theme& theme) {
    d->theme = theme;
    if (!d->plot) return;
    d->applyStyle();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

const Theme& PlotFigure::theme() const {
    return d->theme;
}

void PlotFigure::setFontScale(double scale) {
    d->fontScale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
    if (!d->plot) return;
    d->applyStyle();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotFigure::setLineScale(double scale) {
    d->lineScale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
    if (!d->plot) return;
    d->applyStyle();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

double PlotFigure::lineScale() const {
    return d->lineScale;
}

void PlotFigure::setClipToAxisRects(bool clip) {
    if (d->clipData == clip) return;
    d->clipData = clip;
    if (d->plot) {
        d->applyStyle();
        d->pushAll();
    }
}

void PlotFigure::setSampleDensity(double samplesPerPixel) {
    d->samplesPerPixel = std::isfinite(samplesPerPixel) ? std::clamp(samplesPerPixel, 2.0, 16.0) : 2.0;
}

void PlotFigure::setCurveParams(int curve, const std::vector<double>& params, Replot replot) {
    if (curve < 0 || curve >= static_cast<int>(d->spec.curves.size()) || !d->plot) return;
    const auto& function = d->functions[static_cast<std::size_t>(curve)];
    if (!function) return;
    if (const auto problem = function->validate(params)) {
        qWarning("actlab: PlotFigure: refused parameters for %s: %s",
                 qPrintable(d->spec.curves[static_cast<std::size_t>(curve)].id), problem->message.c_str());
        return;
    }
    auto& spec = d->spec.curves[static_cast<std::size_t>(curve)];
    spec.params = params;
    d->resampleCurve(curve);
    // Only autoscaled subplots can move; with clipping on, every curve depends on the y ranges.
    const bool anyAuto =
        std::any_of(d->spec.yRange.begin(), d->spec.yRange.end(), [](const auto& r) { return !r; });
    if (anyAuto) d->autoscale();
    if (d->clipData && anyAuto)
        d->pushAll();
    else
        d->pushData(curve);
    // The automatic label shows the parameter values.
    const QString label = curveLabel(spec);
    for (int order = 0; order < kOrders; ++order)
        if (auto* line = d->graphs[static_cast<std::size_t>(curve)][static_cast<std::size_t>(order)].line;
            line && !d->spec.gallery)
            line->setName(graphName(label, order));
    if (d->spec.gallery && curve < static_cast<int>(d->panelTitles.size()))
        d->panelTitles[static_cast<std::size_t>(curve)]->setText(label);
    if (replot == Replot::Queued) d->plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotFigure::setXRange(double xMin, double xMax) {
    if (!(xMin < xMax) || !std::isfinite(xMin) || !std::isfinite(xMax) || !d->plot) return;
    d->spec.xMin = xMin;
    d->spec.xMax = xMax;
    d->setAllXRanges(xMin, xMax);
    resample();
    emit xRangeChanged(xMin, xMax);
}

void PlotFigure::setYRange(int order, std::optional<Range> range) {
    if (order < 0 || order >= kOrders || !d->plot) return;
    if (range && !(range->first < range->second)) return;
    d->spec.yRange[static_cast<std::size_t>(order)] = range;
    d->autoscale();
    if (d->clipData) d->pushAll();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

QCPAxisRect* PlotFigure::axisRect(int order) const {
    if (d->spec.gallery || order < 0 || order >= kOrders) return nullptr;
    return d->rects[static_cast<std::size_t>(order)];
}

QCPGraph* PlotFigure::graph(int curve, int order) const {
    if (curve < 0 || curve >= static_cast<int>(d->graphs.size()) || order < 0 || order >= kOrders)
        return nullptr;
    return d->graphs[static_cast<std::size_t>(curve)][static_cast<std::size_t>(order)].line;
}

std::vector<QCPGraph*> PlotFigure::curveGraphs(int curve) const {
    std::vector<QCPGraph*> out;
    if (curve < 0 || curve >= static_cast<int>(d->graphs.size())) return out;
    for (const auto& g : d->graphs[static_cast<std::size_t>(curve)])
        for (QCPGraph* graph : {g.bandLow, g.bandHigh, g.line, g.closed, g.open})
            if (graph) out.push_back(graph);
    return out;
}

const std::vector<QCPLegend*>& PlotFigure::legends() const {
    return d->legends;
}

void PlotFigure::setScreenLineEnds(bool fast) {
    if (d->fastLineEnds == fast) return;
    d->fastLineEnds = fast;
    for (int c = 0; c < static_cast<int>(d->graphs.size()); ++c)
        d->styleCurve(c);
    if (d->plot) d->plot->replot(QCustomPlot::rpQueuedReplot);
}

const actlab::SampledCurve& PlotFigure::samples(int curve) const {
    if (curve < 0 || curve >= static_cast<int>(d->samples.size())) return d->empty;
    return d->samples[static_cast<std::size_t>(curve)];
}

void PlotFigure::resample() {
    if (!d->plot) return;
    for (int c = 0; c < static_cast<int>(d->spec.curves.size()); ++c)
        d->resampleCurve(c);
    d->autoscale();
    d->pushAll();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotFigure::replot() {
    if (d->plot) d->plot->replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace actlab::plot
