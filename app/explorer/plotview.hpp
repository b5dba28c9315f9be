// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The explorer's plot area: a QCustomPlot drawn by PlotFigure, plus what only the window needs —
/// a vertical cursor across all subplots (mouse and arrow keys, snapping to kinks), wheel zoom, drag
/// pan and box zoom. Zooming or panning x changes the range of every subplot through
/// PlotFigure::setXRange, which resamples. qcustomplot.h stays out of this header.
#include "figurespec.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <functional>
#include <limits>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QRubberBand;

namespace actlab::plot {
class PlotFigure;
}

namespace actlab::explorer {

class CursorOverlay;

/// A dot drawn on the cursor line: curve value `y` in subplot `order`.
struct CursorMarker {
    int order = 0;
    double y = 0;
    QColor color;
};

class PlotView : public QWidget {
    Q_OBJECT
  public:
    explicit PlotView(QWidget* parent = nullptr);
    ~PlotView() override;

    QCustomPlot* customPlot() const { return m_plot; }
    actlab::plot::PlotFigure* figure() const { return m_figure; }

    /// The cursor position (NaN: no cursor yet).
    double cursorX() const { return m_cursorX; }
    /// Moves the cursor (NaN hides it) and emits cursorXChanged.
    void setCursorX(double x);
    /// Dots drawn where the cursor line meets the curves.
    void setMarkers(std::vector<CursorMarker> markers);
    /// x positions the cursor snaps to when the mouse is within a few pixels (the curves' kinks).
    void setSnapPoints(std::vector<double> xs);
    /// Colour of the cursor line, and of the ring around its dots (the plot background).
    void setCursorColors(const QColor& line, const QColor& background);

    /// Draws the curves' lines with bevel joins and flat caps. On screen QCustomPlot strokes a curve
    /// segment by segment (phFastPolylines), so every sample would get two round caps: at two samples
    /// per pixel they are invisible but their arcs cost most of a full replot (33 curves × f, f′, f″:
    /// 19 → 7 ms). Exports keep round caps and joins. Call after PlotFigure::setSpec or setTheme.
    void useFastLineEnds();

    /// While a parameter slider of `curve` is dragged, only that curve is redrawn: everything else is
    /// drawn once into a backdrop, and the y axes hold still (autoscaled ones are frozen at their current
    /// range). endCurveDrag() drops the backdrop; the caller then rebuilds the figure, which restores
    /// autoscaling and the legend text.
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
    void cursorXChanged(double x);
    /// The user fixed a y range (box zoom, Ctrl+wheel, pan of a fixed axis).
    void yRangeFixed(int order, double lo, double hi);
    /// The user asked for the context menu at a global position.
    void contextMenuRequested(const QPoint& globalPos);
    /// Double-click: back to the home view.
    void resetViewRequested();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    friend class CursorOverlay;
    QCPAxisRect* rectAt(const QPoint& pos) const;
    double snapped(double x, const QPoint& pos) const;
    void panTo(const QPoint& pos);
    void finishBoxZoom(const QPoint& pos);

    QCustomPlot* m_plot = nullptr;
    actlab::plot::PlotFigure* m_figure = nullptr;
    CursorOverlay* m_overlay = nullptr;
    QRubberBand* m_rubberBand = nullptr;

    double m_cursorX = std::numeric_limits<double>::quiet_NaN();
    std::vector<CursorMarker> m_markers;
    std::vector<double> m_snapPoints;
    QColor m_cursorColor{0x55, 0x55, 0x55};
    QColor m_backgroundColor{Qt::white};

    enum class Drag { None, Pan, Box, RightPending };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    int m_pressOrder = -1;
    double m_pressXLo = 0, m_pressXHi = 0, m_pressYLo = 0, m_pressYHi = 0;
    bool m_pressYFixed = false;
    int m_dragCurve = -1;
    bool m_resampleAfterReplot = false;
    std::vector<QString> m_hiddenLayers;
};

} // namespace actlab::explorer
