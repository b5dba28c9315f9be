// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The explorer's QCustomPlot, with layers that can be redrawn alone. A live layer has a paint buffer of
/// its own; redrawLayers() draws it again only inside a region and repaints only that region of the
/// widget, so a slider drag on a 3840 × 2160 screen moves the pixels that changed, not the whole plot
/// (QCustomPlot's own QCPLayer::replot() clears the whole buffer and repaints the whole widget).
#include <qcustomplot.h>

#include <QRegion>
#include <QString>

#include <vector>

namespace actlab::explorer {

class LivePlot : public QCustomPlot {
    Q_OBJECT
  public:
    using QCustomPlot::QCustomPlot;

    /// Adds a buffered layer named `name` just above `below` (nullptr if the name is taken or `below` is
    /// not a layer of this plot). Remove it with QCustomPlot::removeLayer (its children go to the layer
    /// below).
    QCPLayer* addLiveLayer(const QString& name, QCPLayer* below);
    /// Draws the live `layers` again inside `region` (widget coordinates; their pixels outside it are
    /// kept) and repaints that region of the widget; the other layers' buffers are not touched. False,
    /// with nothing done, when that would not show what replot() shows: a buffer is invalidated (layers
    /// changed, the widget was resized) or a layer is not live. Then replot.
    bool redrawLayers(const std::vector<QCPLayer*>& layers, const QRegion& region);

  private:
    /// Gives a live layer a region buffer if it lost it; false if it had to (the new one is empty).
    bool installRegionBuffer(QCPLayer* layer);
};

/// Where `graph` draws inside its axis rectangle: a few rectangles, one per vertical strip of `strip`
/// pixels, each holding every segment (and dot) of the graph that crosses the strip, grown by half the
/// pen, the dots and antialiasing. A graph filled towards another one (a band) covers both.
QRegion graphFootprint(const QCPGraph* graph, int strip = 48);

} // namespace actlab::explorer
