// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The explorer's plot area: the document drawn by PlotFigure, plus what only the window needs —
/// a vertical cursor across all subplots (mouse and arrow keys, snapping to kinks), wheel zoom, drag
/// pan and box zoom. It follows the document's change signals (a parameter change redraws one curve,
/// a range change resamples) and changes ranges and the cursor only through the document (a pan or a
/// box zoom is one undo step). qcustomplot.h stays out of this header.
#include "plot/figure_spec.hpp"
#include "plot/theme.hpp"

#include <QColor>
#include <QRegion>
#include <QString>
#include <QWidget>

#include <functional>
#include <limits>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPLayer;
class QRubberBand;

namespace actlab::plot {
class PlotFigure;
}

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class AccuracyMarks;
class CursorOverlay;
class LivePlot;

/// A dot drawn on the cursor line: curve value `y` in subplot `order`.
struct CursorMarker {
    int order = 0;
    double y = 0;
    QColor color;
};

class PlotView : public QWidget {
    Q_OBJECT
  public:
    explicit PlotView(actlab::document::Document* document, QWidget* parent = nullptr);
    ~PlotView() override;

    QCustomPlot* customPlot() const;
    actlab::plot::PlotFigure* figure() const { return m_figure; }
    AccuracyMarks* accuracyMarks() const { return m_accuracy; }

    /// The document's cursor position (NaN: no cursor yet).
    double cursorX() const;
    /// Moves the document's cursor (NaN hides it).
    void setCursorX(double x);
    /// The dots drawn where the cursor line meets the curves.
    const std::vector<CursorMarker>& markers() const { return m_markers; }
    /// The plot theme (the figure's, the cursor's and its dots').
    void setTheme(const actlab::plot::Theme& theme);
    /// Gives the plot the keyboard focus (←/→ move the cursor).
    void focusPlot();
    /// Where subplot `order` (0: f) draws, in this widget's coordinates (empty when it is hidden).
    QRect subplotRect(int order) const;
    /// Keeps a strip of `height` pixels free below the plot (presentation mode's sliders sit there).
    void setBottomReserve(int height);
    /// Scales fonts, lines, dots and the cursor (presentation mode on a projector); 1 by default.
    void setDisplayScale(double scale);
    double displayScale() const { return m_displayScale; }
    /// Draws the document's figure again from scratch (after a structural change).
    void rebuild();

    /// While a parameter slider of `curve` is dragged, only that curve and the legend are redrawn, and
    /// only where they changed: the curve's graphs go to a live layer of their own (between the curves
    /// drawn before and after it, so what is seen is what a full replot draws), the legend to another,
    /// and a step repaints the strips the curve left and entered (graphFootprint) plus the legend. The
    /// y axes hold still (autoscaled ones are frozen at their current range). endCurveDrag() puts the
    /// layers back and draws the document again, which restores autoscaling.
    void beginCurveDrag(int curve);
    void endCurveDrag();
    int draggedCurve() const { return m_dragCurve; }

    /// Zooms x by `factor` (< 1 zooms in) keeping `centre` in place.
    void zoomX(double factor, double centre);
    /// Zooms the y axis of one subplot (which then keeps that fixed range).
    void zoomY(int order, double factor, double centre);
    /// The subplot order (0, 1, 2) whose axis rectangle contains the widget point, or -1.
    int orderAt(const QPoint& pos) const;
    /// The y range subplot `order` shows now (nullopt when it is hidden).
    std::optional<actlab::plot::Range> visibleYRange(int order) const;
    /// The x coordinate of a point of the plot widget (NaN outside every axis rectangle).
    double xAt(const QPoint& pos) const;

    /// One cursor step to the left (-1) or right (+1); `big` moves ten times further. Stops at kinks.
    void stepCursor(int direction, bool big);

  signals:
    /// The user asked for the context menu at a global position.
    void contextMenuRequested(const QPoint& globalPos);
    /// The plot was drawn again (its subplots may have moved).
    void replotted();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    friend class CursorOverlay;
    QCPAxisRect* rectAt(const QPoint& pos) const;
    double snapped(double x, const QPoint& pos) const;
    void panTo(const QPoint& pos);
    void finishBoxZoom(const QPoint& pos);
    void applyView();
    void refreshMarkers();
    void refreshSnapPoints();
    /// The dragged curve's footprint and the legends' rectangles, in plot widget coordinates.
    QRegion liveRegion() const;
    /// Draws the dragged curve's step (queued: several parameter changes give one redraw).
    void redrawDragged();

    actlab::document::Document* m_document;
    LivePlot* m_plot = nullptr;
    actlab::plot::PlotFigure* m_figure = nullptr;
    AccuracyMarks* m_accuracy = nullptr;
    CursorOverlay* m_overlay = nullptr;
    QRubberBand* m_rubberBand = nullptr;

    std::vector<CursorMarker> m_markers;
    std::vector<double> m_snapPoints;
    QColor m_cursorColor{0x55, 0x55, 0x55};
    QColor m_backgroundColor{Qt::white};
    double m_displayScale = 1;

    enum class Drag { None, Pan, Box, RightPending };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    int m_pressOrder = -1;
    double m_pressXLo = 0, m_pressXHi = 0, m_pressYLo = 0, m_pressYHi = 0;
    bool m_pressYFixed = false;
    int m_dragCurve = -1;
    bool m_resampleAfterReplot = false;
    QCPLayer* m_liveCurve = nullptr;  ///< during a drag: the dragged curve's graphs
    QCPLayer* m_liveAbove = nullptr;  ///< the curves drawn after it
    QCPLayer* m_liveLegend = nullptr; ///< the legends
    QCPLayer* m_top = nullptr;        ///< the layer that was on top (its mode is restored)
    int m_topMode = 0;
    QRegion m_liveDrawn;              ///< what the live layers covered when last drawn
    std::vector<QSize> m_legendSizes; ///< the legends' sizes when laid out
    bool m_livePending = false;
};

} // namespace actlab::explorer
