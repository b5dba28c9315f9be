// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/plot_view.hpp"

#include "document/document.hpp"
#include "explorer/accuracy_marks.hpp"
#include "explorer/cursor_readout.hpp"
#include "explorer/live_plot.hpp"
#include "plot/plot_figure.hpp"

#include "actlab/activation.hpp"

#include <qcustomplot.h>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QRubberBand>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace actlab::explorer {

namespace {

/// Smallest and largest x span a zoom may reach: well inside double precision around any kink.
constexpr double kMinSpan = 1e-12;
constexpr double kMaxSpan = 1e7;
/// The cursor snaps to a kink closer than this many pixels.
constexpr double kSnapPixels = 6;
/// A press that moves less than this is a click, not a drag.
constexpr int kDragThreshold = 4;

QCPAxis* xAxisOf(QCPAxisRect* rect) {
    return rect ? rect->axis(QCPAxis::atBottom) : nullptr;
}

QCPAxis* yAxisOf(QCPAxisRect* rect) {
    return rect ? rect->axis(QCPAxis::atLeft) : nullptr;
}

} // namespace

/// Paints the cursor line and its dots over the plot without a replot of the plot itself.
class CursorOverlay : public QWidget {
  public:
    explicit CursorOverlay(PlotView* view, QWidget* parent) : QWidget(parent), m_view(view) {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }
    /// Forgets the drawn dots (they are drawn at the display scale).
    void clearDots() { m_dots.clear(); }
    /// Repaints where the line and dots were and where they are now (not the whole plot).
    void refresh() {
        const QRegion now = drawnRegion();
        update(now.united(m_drawn));
        m_drawn = now;
    }
    /// After a replot of the whole plot (which repaints this overlay too).
    void forget() { m_drawn = drawnRegion(); }

  protected:
    void paintEvent(QPaintEvent*) override {
        m_drawn = drawnRegion();
        const double x = m_view->cursorX();
        if (std::isnan(x)) return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(m_view->m_cursorColor, m_view->m_displayScale);
        pen.setCosmetic(true);
        painter.setPen(pen);
        for (const auto& [px, r] : cursorLines(x))
            painter.drawLine(QPointF(px, r.top()), QPointF(px, r.bottom() + 1));
        const QColor ring = m_view->m_backgroundColor;
        for (const auto& m : m_view->m_markers) {
            QCPAxisRect* rect = m_view->m_figure->axisRect(m.order);
            if (!rect || !std::isfinite(m.y)) continue;
            const double px = xAxisOf(rect)->coordToPixel(x);
            const double py = yAxisOf(rect)->coordToPixel(m.y);
            const QRect r = rect->rect();
            if (py < r.top() - 0.5 || py > r.bottom() + 1.5 || px < r.left() - 0.5 || px > r.right() + 1.5)
                continue;
            const QPixmap& dot = dotPixmap(m.color, ring);
            const double size = dot.width() / dot.devicePixelRatio() * m_view->m_displayScale;
            painter.drawPixmap(QRectF(px - size / 2, py - size / 2, size, size), dot, QRectF(dot.rect()));
        }
    }

  private:
    /// The cursor line at `x`: its pixel column in every visible axis rectangle it crosses.
    std::vector<std::pair<double, QRect>> cursorLines(double x) const {
        std::vector<std::pair<double, QRect>> lines;
        for (QCPAxisRect* rect : m_view->m_plot->axisRects()) {
            QCPAxis* axis = xAxisOf(rect);
            if (!axis || !rect->visible()) continue;
            const double px = axis->coordToPixel(x);
            const QRect r = rect->rect();
            if (px >= r.left() - 0.5 && px <= r.right() + 1.5) lines.emplace_back(px, r);
        }
        return lines;
    }

    /// The rectangles paintEvent() draws into.
    QRegion drawnRegion() const {
        QRegion region;
        const double x = m_view->cursorX();
        if (std::isnan(x)) return region;
        const int grow = static_cast<int>(std::ceil(m_view->m_displayScale)) + 2;
        for (const auto& [px, r] : cursorLines(x)) {
            const int left = static_cast<int>(std::floor(px)) - grow;
            region += QRect(left, r.top() - grow, 2 * grow + 1, r.height() + 2 * grow + 1);
        }
        const int half = static_cast<int>(std::ceil(6 * m_view->m_displayScale)) + 2; // the 12 px dot
        for (const auto& m : m_view->m_markers) {
            QCPAxisRect* rect = m_view->m_figure->axisRect(m.order);
            if (!rect || !std::isfinite(m.y)) continue;
            const double px = xAxisOf(rect)->coordToPixel(x);
            const double py = std::clamp(yAxisOf(rect)->coordToPixel(m.y), -1e6, 1e6);
            region += QRect(static_cast<int>(std::floor(px)) - half, static_cast<int>(std::floor(py)) - half,
                            2 * half + 1, 2 * half + 1);
        }
        return region.intersected(rect());
    }

    /// A cursor dot of one colour, drawn once (antialiased ellipses cost more than the rest of a repaint).
    const QPixmap& dotPixmap(const QColor& fill, const QColor& ring) {
        const auto key = (static_cast<quint64>(fill.rgba()) << 32) | ring.rgba();
        auto it = m_dots.find(key);
        if (it != m_dots.end()) return it->second;
        const double dpr = devicePixelRatioF() * m_view->m_displayScale; // sharp when scaled up
        QPixmap pixmap(QSize(12, 12) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(ring, 1.5));
        p.setBrush(fill);
        p.drawEllipse(QPointF(6, 6), 4.0, 4.0);
        p.end();
        return m_dots.emplace(key, pixmap).first->second;
    }

    PlotView* m_view;
    std::map<quint64, QPixmap> m_dots;
    QRegion m_drawn; ///< where the line and dots were last painted
};

PlotView::PlotView(actlab::document::Document* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_plot = new LivePlot(this);
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setInteractions({});
    m_plot->setToolTip(
        tr("Wheel: zoom x · Ctrl+wheel: zoom y of one subplot · Shift+wheel: zoom x and y · drag: pan · "
           "right-drag or Ctrl+drag: box zoom · double-click: reset view · ←/→: move the cursor (Shift: "
           "faster)"));
    m_plot->installEventFilter(this);
    m_figure = new actlab::plot::PlotFigure(m_plot, this);
    m_figure->setScreenLineEnds(true);
    m_accuracy = new AccuracyMarks(m_figure, this);
    connect(m_plot, &QCustomPlot::afterReplot, this, &PlotView::replotted);
    m_overlay = new CursorOverlay(this, m_plot);
    m_overlay->setGeometry(m_plot->rect());
    m_overlay->raise();
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, m_plot);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        m_overlay->forget(); // the whole plot, overlay included, is repainted
        m_overlay->update();
        if (m_resampleAfterReplot) {
            m_resampleAfterReplot = false;
            m_figure->resample();
        }
    });

    using actlab::document::CurvePart;
    using actlab::document::Document;
    connect(document, &Document::curveChanged, this, [this](int row, unsigned parts) {
        if (parts & (CurvePart::Function | CurvePart::Label | CurvePart::Style | CurvePart::Visibility))
            return rebuild();
        if (!(parts & CurvePart::Params)) return; // a slider's range is not drawn
        // The fast path of a slider drag: one curve resampled, nothing else touched, and while its
        // slider is held only its live layer is redrawn.
        if (row == m_dragCurve && m_liveCurve) {
            m_figure->setCurveParams(row, m_document->curve(row).params, actlab::plot::Replot::ByCaller);
            if (!m_livePending) {
                m_livePending = true;
                QMetaObject::invokeMethod(this, &PlotView::redrawDragged, Qt::QueuedConnection);
            }
        } else {
            m_figure->setCurveParams(row, m_document->curve(row).params);
        }
        refreshSnapPoints();
        refreshMarkers();
        m_accuracy->schedule();
    });
    for (auto signal : {&Document::curveInserted, &Document::curveRemoved})
        connect(document, signal, this, &PlotView::rebuild);
    connect(document, &Document::curveMoved, this, &PlotView::rebuild);
    connect(document, &Document::layoutChanged, this, &PlotView::rebuild);
    connect(document, &Document::wasReset, this, &PlotView::rebuild);
    connect(document, &Document::viewChanged, this, &PlotView::applyView);
    connect(document, &Document::cursorChanged, this, &PlotView::refreshMarkers);
    rebuild();
}

PlotView::~PlotView() = default;

QCustomPlot* PlotView::customPlot() const {
    return m_plot;
}

double PlotView::cursorX() const {
    return m_document->cursorX().value_or(std::numeric_limits<double>::quiet_NaN());
}

void PlotView::setCursorX(double x) {
    m_document->setCursorX(std::isnan(x) ? std::nullopt : std::optional<double>(x));
}

void PlotView::setTheme(const actlab::plot::Theme& theme) {
    m_cursorColor = theme.text;
    m_cursorColor.setAlpha(150);
    m_backgroundColor = theme.background;
    // Around the plot (presentation mode's strip for the sliders) the figure's background continues.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.background);
    setPalette(palette);
    setAutoFillBackground(true);
    m_figure->setTheme(theme);
    refreshMarkers();
    m_accuracy->update(); // the bands take the curves' new colours
}

void PlotView::focusPlot() {
    m_plot->setFocus(Qt::OtherFocusReason);
}

QRect PlotView::subplotRect(int order) const {
    QCPAxisRect* rect = m_figure->axisRect(order);
    if (!rect || !rect->visible()) return {};
    return rect->rect().translated(m_plot->pos());
}

void PlotView::setBottomReserve(int height) {
    layout()->setContentsMargins(0, 0, 0, std::max(0, height));
}

void PlotView::setDisplayScale(double scale) {
    m_displayScale = std::isfinite(scale) ? std::clamp(scale, 0.5, 4.0) : 1.0;
    m_figure->setFontScale(m_displayScale);
    m_figure->setLineScale(m_displayScale);
    m_overlay->clearDots();
    m_overlay->update();
}

void PlotView::rebuild() {
    endCurveDrag(); // a structural change in the middle of a drag draws everything again
    m_figure->setSpec(m_document->figure());
    refreshSnapPoints();
    refreshMarkers();
    m_accuracy->update(); // setSpec deleted the bands
}

void PlotView::applyView() {
    const auto& f = m_document->figure();
    const auto& drawn = m_figure->spec();
    if (drawn.xMin != f.xMin || drawn.xMax != f.xMax) {
        m_figure->setXRange(f.xMin, f.xMax);
        refreshSnapPoints(); // a formula's kinks are found in the visible range
        m_accuracy->schedule();
    }
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        if (drawn.yRange[o] != f.yRange[o]) m_figure->setYRange(order, f.yRange[o]);
    }
    refreshMarkers();
}

void PlotView::refreshMarkers() {
    m_markers.clear();
    const auto& f = m_document->figure();
    if (!f.gallery)
        for (const auto& row : readoutRows(*m_document, m_figure->theme(), cursorX()))
            for (int order = 0; order < 3; ++order)
                if (f.showsOrder(order))
                    m_markers.push_back({order, row.value[static_cast<std::size_t>(order)], row.color});
    m_overlay->refresh();
}

void PlotView::refreshSnapPoints() {
    std::vector<double> xs;
    for (int row = 0; row < m_document->count(); ++row)
        if (m_document->curve(row).visible)
            for (const auto& k : m_document->function(row).kinks(
                     m_document->curve(row).params, m_document->figure().xMin, m_document->figure().xMax))
                xs.push_back(k.x);
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    m_snapPoints = std::move(xs);
}

void PlotView::beginCurveDrag(int curve) {
    const auto& spec = m_figure->spec();
    if (m_dragCurve >= 0 || spec.gallery || curve < 0 || curve >= static_cast<int>(spec.curves.size()))
        return;
    m_dragCurve = curve;
    for (int order = 0; order < 3; ++order)
        if (m_figure->axisRect(order) && !spec.yRange[static_cast<std::size_t>(order)])
            m_figure->setYRange(order, visibleYRange(order));

    QCPLayer* main = m_plot->layer(QStringLiteral("main"));
    QCPLayer* legend = m_plot->layer(QStringLiteral("legend"));
    // QCustomPlot's overlay layer on top (empty here: no selection rectangle) shares the buffer below
    // it, and the legends go above it: every buffer costs a pass over the repainted pixels.
    m_top = m_plot->layer(m_plot->layerCount() - 1);
    m_topMode = m_top->mode();
    m_top->setMode(QCPLayer::lmLogical);
    m_liveCurve = m_plot->addLiveLayer(QStringLiteral("live curve"), main);
    if (m_liveCurve && m_plot->addLayer(QStringLiteral("live above"), m_liveCurve, QCustomPlot::limAbove))
        m_liveAbove = m_plot->layer(QStringLiteral("live above"));
    m_liveLegend = m_plot->addLiveLayer(QStringLiteral("live legend"), m_top);
    if (!m_liveCurve || !m_liveAbove || !m_liveLegend || !legend) { // not expected: draw everything each step
        for (QCPLayer* layer : {m_liveLegend, m_liveAbove, m_liveCurve})
            if (layer) m_plot->removeLayer(layer);
        m_top->setMode(static_cast<QCPLayer::LayerMode>(m_topMode));
        m_top = nullptr;
        m_liveCurve = m_liveAbove = m_liveLegend = nullptr;
        return;
    }
    // The curve's graphs go to their layer, what the main layer draws after them to the layer above it:
    // the order of drawing, and so every pixel, stays that of a full replot.
    const std::vector<QCPGraph*> own = m_figure->curveGraphs(curve);
    bool after = false;
    for (QCPLayerable* child : main->children()) {
        const bool isOwn = std::find(own.begin(), own.end(), child) != own.end();
        if (isOwn)
            child->setLayer(m_liveCurve);
        else if (after)
            child->setLayer(m_liveAbove);
        after = after || isOwn;
    }
    for (QCPLayerable* child : legend->children())
        child->setLayer(m_liveLegend);
    m_plot->replot(); // the new layers' buffers, drawn now: no frame without them
    m_liveDrawn = liveRegion();
    m_legendSizes.clear();
    for (QCPLegend* l : m_figure->legends())
        m_legendSizes.push_back(l->minimumOuterSizeHint());
}

void PlotView::endCurveDrag() {
    if (m_dragCurve < 0) return;
    m_dragCurve = -1;
    // Removed from the top: each layer's children go to the one below, back in their order.
    // The legends go back to their layer; the others are removed from the top down, each layer's children
    // going to the one below, back in their order.
    if (QCPLayer* legend = m_plot->layer(QStringLiteral("legend")); legend && m_liveLegend)
        for (QCPLayerable* child : m_liveLegend->children())
            child->setLayer(legend);
    for (QCPLayer* layer : {m_liveLegend, m_liveAbove, m_liveCurve})
        if (layer) m_plot->removeLayer(layer);
    if (m_top) m_top->setMode(static_cast<QCPLayer::LayerMode>(m_topMode));
    m_top = nullptr;
    m_liveCurve = m_liveAbove = m_liveLegend = nullptr;
    rebuild();
}

QRegion PlotView::liveRegion() const {
    QRegion region;
    if (m_dragCurve < 0) return region;
    for (QCPGraph* graph : m_figure->curveGraphs(m_dragCurve))
        region += graphFootprint(graph);
    // Of the legends, only the dragged curve's entries change (their text shows the parameters).
    for (QCPLegend* legend : m_figure->legends())
        if (legend->realVisibility())
            for (QCPGraph* graph : m_figure->curveGraphs(m_dragCurve))
                if (QCPAbstractLegendItem* item = legend->itemWithPlottable(graph))
                    region += item->outerRect().adjusted(-2, -2, 2, 2);
    return region;
}

void PlotView::redrawDragged() {
    m_livePending = false;
    if (m_dragCurve < 0 || !m_liveCurve) return;
    // A legend whose text got wider or narrower is laid out again: inside its subplot that moves only
    // the legend; beside the plot (outside right) the subplots move too, so everything is drawn again.
    bool relayout = false;
    QRegion moved; // legends laid out again: where they were and are
    std::vector<QSize> sizes;
    for (QCPLegend* legend : m_figure->legends()) {
        sizes.push_back(legend->minimumOuterSizeHint());
        if (sizes.size() <= m_legendSizes.size() && sizes.back() == m_legendSizes[sizes.size() - 1]) continue;
        const int grow = static_cast<int>(std::ceil(legend->borderPen().widthF())) + 2;
        moved += legend->outerRect().adjusted(-grow, -grow, grow, grow);
        if (auto* inset = qobject_cast<QCPLayoutInset*>(legend->layout()))
            inset->update(QCPLayoutElement::upLayout);
        else
            relayout = true;
        moved += legend->outerRect().adjusted(-grow, -grow, grow, grow);
    }
    m_legendSizes = std::move(sizes);
    // Graphs made again since the drag began (a new figure) are not on the live layer: draw everything.
    for (QCPGraph* graph : m_figure->curveGraphs(m_dragCurve))
        relayout = relayout || graph->layer() != m_liveCurve;
    const QRegion now = liveRegion();
    if (!relayout &&
        m_plot->redrawLayers({m_liveCurve, m_liveLegend}, now.united(m_liveDrawn).united(moved))) {
        m_liveDrawn = now;
        return;
    }
    m_plot->replot();
    m_liveDrawn = liveRegion(); // laid out again
}

QCPAxisRect* PlotView::rectAt(const QPoint& pos) const {
    for (QCPAxisRect* rect : m_plot->axisRects())
        if (rect->visible() && rect->rect().contains(pos)) return rect;
    return nullptr;
}

int PlotView::orderAt(const QPoint& pos) const {
    QCPAxisRect* rect = rectAt(pos);
    if (!rect) return -1;
    for (int order = 0; order < 3; ++order)
        if (m_figure->axisRect(order) == rect) return order;
    return -1;
}

std::optional<actlab::plot::Range> PlotView::visibleYRange(int order) const {
    QCPAxis* axis = yAxisOf(m_figure->axisRect(order));
    if (!axis) return std::nullopt;
    return actlab::plot::Range{axis->range().lower, axis->range().upper};
}

double PlotView::xAt(const QPoint& pos) const {
    QCPAxisRect* rect = rectAt(pos);
    return rect ? xAxisOf(rect)->pixelToCoord(pos.x()) : std::numeric_limits<double>::quiet_NaN();
}

double PlotView::snapped(double x, const QPoint& pos) const {
    QCPAxis* axis = xAxisOf(rectAt(pos));
    if (!axis || m_snapPoints.empty()) return x;
    double best = x;
    double bestDistance = kSnapPixels;
    for (double s : m_snapPoints) {
        const double d = std::abs(axis->coordToPixel(s) - pos.x());
        if (d <= bestDistance) {
            best = s;
            bestDistance = d;
        }
    }
    return best;
}

void PlotView::zoomX(double factor, double centre) {
    const auto& spec = m_document->figure();
    double lo = spec.xMin;
    double hi = spec.xMax;
    if (!std::isfinite(centre)) centre = (lo + hi) / 2;
    double newLo = centre - (centre - lo) * factor;
    double newHi = centre + (hi - centre) * factor;
    const double span = newHi - newLo;
    const double minSpan = std::max(kMinSpan, kMinSpan * std::abs(centre));
    if (!(span >= minSpan) || !(span <= kMaxSpan) || !std::isfinite(newLo) || !std::isfinite(newHi)) return;
    m_document->setXRange(newLo, newHi);
}

void PlotView::zoomY(int order, double factor, double centre) {
    QCPAxis* axis = yAxisOf(m_figure->axisRect(order));
    if (!axis) return;
    const QCPRange r = axis->range();
    const double lo = centre - (centre - r.lower) * factor;
    const double hi = centre + (r.upper - centre) * factor;
    if (!(hi - lo > kMinSpan) || !std::isfinite(lo) || !std::isfinite(hi)) return;
    m_document->setYRange(order, actlab::plot::Range{lo, hi});
}

void PlotView::stepCursor(int direction, bool big) {
    const auto& spec = m_document->figure();
    const double lo = spec.xMin;
    const double hi = spec.xMax;
    QCPAxisRect* rect = m_plot->axisRects().isEmpty() ? nullptr : m_plot->axisRects().first();
    const double width = rect ? std::max(1, rect->rect().width()) : 500;
    const double step = (hi - lo) / width * (big ? 10 : 1);
    double x = std::isnan(cursorX()) ? (lo + hi) / 2 : cursorX();
    double target = x + direction * step;
    // Land exactly on a kink on the way: that is where the readout shows both one-sided values.
    if (direction > 0) {
        auto it = std::upper_bound(m_snapPoints.begin(), m_snapPoints.end(), x);
        if (it != m_snapPoints.end() && *it < target) target = *it;
    } else {
        auto it = std::lower_bound(m_snapPoints.begin(), m_snapPoints.end(), x);
        if (it != m_snapPoints.begin() && *(it - 1) > target) target = *(it - 1);
    }
    setCursorX(std::clamp(target, lo, hi));
}

void PlotView::panTo(const QPoint& pos) {
    QCPAxisRect* rect = m_pressOrder >= 0 ? m_figure->axisRect(m_pressOrder) : rectAt(m_pressPos);
    if (!rect) rect = m_plot->axisRects().isEmpty() ? nullptr : m_plot->axisRects().first();
    if (!rect) return;
    const double dx =
        (pos.x() - m_pressPos.x()) * (m_pressXHi - m_pressXLo) / std::max(1, rect->rect().width());
    m_document->setXRange(m_pressXLo - dx, m_pressXHi - dx);
    if (m_pressOrder >= 0 && m_pressYFixed) {
        const double dy =
            (pos.y() - m_pressPos.y()) * (m_pressYHi - m_pressYLo) / std::max(1, rect->rect().height());
        m_document->setYRange(m_pressOrder, actlab::plot::Range{m_pressYLo + dy, m_pressYHi + dy});
    }
}

void PlotView::finishBoxZoom(const QPoint& pos) {
    m_rubberBand->hide();
    QCPAxisRect* rect = rectAt(m_pressPos);
    if (!rect) return;
    const QRect box = QRect(m_pressPos, pos).normalized().intersected(rect->rect());
    if (box.width() < kDragThreshold) return;
    // Both ranges are read before either is applied: a new x range re-fits autoscaled y axes.
    QCPAxis* x = xAxisOf(rect);
    const double x0 = x->pixelToCoord(box.left());
    const double x1 = x->pixelToCoord(box.right());
    if (!(x1 - x0 >= kMinSpan)) return;
    // A flat box zooms x only; a real box also fixes y of its subplot.
    const bool zoomY = m_pressOrder >= 0 && box.height() >= 2 * kDragThreshold;
    QCPAxis* y = yAxisOf(rect);
    const double y0 = y->pixelToCoord(box.bottom());
    const double y1 = y->pixelToCoord(box.top());
    m_document->beginGesture(); // one undo step
    m_document->setXRange(x0, x1);
    if (zoomY && y1 - y0 > kMinSpan) m_document->setYRange(m_pressOrder, actlab::plot::Range{y0, y1});
    m_document->endGesture(tr("Box zoom"));
}

bool PlotView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        // The sample count and the drawing tolerance follow the axis rectangles' size in pixels, which
        // QCustomPlot lays out at its next replot: resample right after that one.
        m_overlay->setGeometry(m_plot->rect());
        m_resampleAfterReplot = true;
        return false;
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        m_plot->setFocus(Qt::MouseFocusReason);
        m_pressPos = e->position().toPoint();
        m_pressOrder = orderAt(m_pressPos);
        m_pressXLo = m_document->figure().xMin;
        m_pressXHi = m_document->figure().xMax;
        m_pressYFixed = false;
        if (m_pressOrder >= 0) {
            const QCPRange r = yAxisOf(m_figure->axisRect(m_pressOrder))->range();
            m_pressYLo = r.lower;
            m_pressYHi = r.upper;
            m_pressYFixed = m_document->figure().yRange[static_cast<std::size_t>(m_pressOrder)].has_value();
        }
        if (!rectAt(m_pressPos)) {
            m_drag = e->button() == Qt::RightButton ? Drag::RightPending : Drag::None;
            return true;
        }
        if (e->button() == Qt::RightButton) {
            m_drag = Drag::RightPending;
        } else if (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ControlModifier)) {
            m_drag = Drag::Box;
            m_rubberBand->setGeometry(QRect(m_pressPos, QSize()));
            m_rubberBand->show();
        } else if (e->button() == Qt::LeftButton) {
            m_drag = Drag::Pan;
            m_document->beginGesture(); // the whole pan is one undo step
            m_plot->setCursor(Qt::ClosedHandCursor);
        }
        return true;
    }
    case QEvent::MouseMove: {
        auto* e = static_cast<QMouseEvent*>(event);
        const QPoint pos = e->position().toPoint();
        if (m_drag == Drag::RightPending && (pos - m_pressPos).manhattanLength() >= kDragThreshold &&
            rectAt(m_pressPos)) {
            m_drag = Drag::Box;
            m_rubberBand->show();
        }
        if (m_drag == Drag::Box) {
            m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
        } else if (m_drag == Drag::Pan) {
            panTo(pos);
        }
        if (m_drag != Drag::Pan) {
            const double x = xAt(pos);
            if (!std::isnan(x)) setCursorX(snapped(x, pos));
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        const QPoint pos = e->position().toPoint();
        const Drag drag = m_drag;
        m_drag = Drag::None;
        m_plot->unsetCursor();
        if (drag == Drag::Pan)
            m_document->endGesture(tr("Pan"));
        else if (drag == Drag::Box)
            finishBoxZoom(pos);
        else if (drag == Drag::RightPending)
            emit contextMenuRequested(e->globalPosition().toPoint());
        return true;
    }
    case QEvent::MouseButtonDblClick:
        if (static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) m_document->resetView();
        return true;
    case QEvent::Wheel: {
        auto* e = static_cast<QWheelEvent*>(event);
        const QPoint pos = e->position().toPoint();
        // Shift+wheel may arrive as a horizontal wheel (X11 and macOS swap the axes with Shift).
        const QPoint delta = e->angleDelta();
        const double steps = (delta.y() != 0 ? delta.y() : delta.x()) / 120.0;
        if (steps == 0) return true;
        const double factor = std::pow(0.85, steps);
        if (e->modifiers() & Qt::ShiftModifier) {
            // Both axes around the mouse, as Desmos zooms: x of every subplot, y of the one under it.
            const int order = orderAt(pos);
            // y first: the subplot's range is then fixed, and the x zoom does not rescale it.
            m_document->beginGesture();
            if (order >= 0) zoomY(order, factor, yAxisOf(m_figure->axisRect(order))->pixelToCoord(pos.y()));
            zoomX(factor, xAt(pos));
            m_document->endGesture(tr("Zoom"));
        } else if (e->modifiers() & Qt::ControlModifier) {
            const int order = orderAt(pos);
            if (order >= 0) zoomY(order, factor, yAxisOf(m_figure->axisRect(order))->pixelToCoord(pos.y()));
        } else {
            zoomX(factor, xAt(pos));
        }
        return true;
    }
    case QEvent::KeyPress: {
        auto* e = static_cast<QKeyEvent*>(event);
        const bool big = e->modifiers() & Qt::ShiftModifier;
        switch (e->key()) {
        case Qt::Key_Left:
            stepCursor(-1, big);
            return true;
        case Qt::Key_Right:
            stepCursor(+1, big);
            return true;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomX(0.8, cursorX());
            return true;
        case Qt::Key_Minus:
            zoomX(1.25, cursorX());
            return true;
        case Qt::Key_Escape:
            if (m_drag == Drag::Box) {
                m_drag = Drag::None;
                m_rubberBand->hide();
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    default:
        return false;
    }
}

} // namespace actlab::explorer
