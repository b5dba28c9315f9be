// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/live_plot.hpp"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace actlab::explorer {

namespace {

/// A pixmap paint buffer that can be cleared and painted inside a region only: the region becomes the
/// paint engine's system clip, which every clip QCustomPlot's layerables set is intersected with.
class RegionBuffer : public QCPPaintBufferPixmap {
  public:
    using QCPPaintBufferPixmap::QCPPaintBufferPixmap;

    /// nullopt: the whole buffer (QCustomPlot's own replot).
    void setRegion(std::optional<QRegion> region) { m_region = std::move(region); }

    QCPPainter* startPainting() override {
        if (m_region)
            if (QPaintEngine* engine = mBuffer.paintEngine()) engine->setSystemClip(deviceRegion());
        return QCPPaintBufferPixmap::startPainting();
    }
    void donePainting() override {
        if (m_region)
            if (QPaintEngine* engine = mBuffer.paintEngine()) engine->setSystemClip(QRegion());
    }
    void clear(const QColor& color) override {
        if (!m_region) return QCPPaintBufferPixmap::clear(color);
        QPainter painter(&mBuffer);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        for (const QRect& r : *m_region)
            painter.fillRect(r, color);
    }

  private:
    /// The region in the pixmap's device pixels (the system clip is not scaled by the pixel ratio).
    QRegion deviceRegion() const {
        const double dpr = mBuffer.devicePixelRatio();
        if (dpr == 1) return *m_region;
        QRegion out;
        for (const QRect& r : *m_region) {
            const int left = static_cast<int>(std::floor(r.left() * dpr));
            const int top = static_cast<int>(std::floor(r.top() * dpr));
            const int right = static_cast<int>(std::ceil((r.right() + 1) * dpr));
            const int bottom = static_cast<int>(std::ceil((r.bottom() + 1) * dpr));
            out += QRect(left, top, right - left, bottom - top);
        }
        return out;
    }

    std::optional<QRegion> m_region;
};

/// A layer that draws itself again into its own (region) buffer.
class LiveLayer : public QCPLayer {
  public:
    using QCPLayer::QCPLayer;

    QSharedPointer<QCPAbstractPaintBuffer> buffer() const { return mPaintBuffer.toStrongRef(); }

    bool redraw(const QRegion& region) {
        const auto target = buffer().dynamicCast<RegionBuffer>();
        if (!target) return false;
        target->setRegion(region);
        target->clear(Qt::transparent);
        drawToPaintBuffer();
        target->setRegion(std::nullopt);
        target->setInvalidated(false);
        return true;
    }
};

} // namespace

QCPLayer* LivePlot::addLiveLayer(const QString& name, QCPLayer* below) {
    if (layer(name) || !below || !mLayers.contains(below)) return nullptr;
    auto* added = new LiveLayer(this, name);
    added->setMode(QCPLayer::lmBuffered);
    mLayers.insert(below->index() + 1, added);
    updateLayerIndices();
    setupPaintBuffers();
    installRegionBuffer(added);
    return added;
}

bool LivePlot::installRegionBuffer(QCPLayer* layer) {
    const auto own = static_cast<LiveLayer*>(layer)->buffer();
    if (own.dynamicCast<RegionBuffer>()) return true;
    // QCustomPlot hands its buffers out by position (setupPaintBuffers); this one's becomes a buffer that
    // can be painted in a region, at the same place in the list.
    for (auto& buffer : mPaintBuffers)
        if (buffer == own)
            buffer = QSharedPointer<QCPAbstractPaintBuffer>(
                new RegionBuffer(viewport().size(), bufferDevicePixelRatio()));
    setupPaintBuffers();
    return false;
}

bool LivePlot::redrawLayers(const std::vector<QCPLayer*>& layers, const QRegion& region) {
    bool ready = !hasInvalidatedPaintBuffers();
    for (QCPLayer* layer : layers) {
        if (!dynamic_cast<LiveLayer*>(layer) || !mLayers.contains(layer)) return false;
        // Layers added or removed since may have moved the buffers: a new one is empty until a replot.
        ready = installRegionBuffer(layer) && ready;
    }
    if (!ready) return false;
    if (region.isEmpty()) return true;
    for (QCPLayer* layer : layers)
        static_cast<LiveLayer*>(layer)->redraw(region);
    update(region);
    return true;
}

QRegion graphFootprint(const QCPGraph* graph, int strip) {
    if (!graph || !graph->realVisibility() || graph->data()->isEmpty()) return {};
    const QCPAxis* key = graph->keyAxis();
    const QCPAxis* value = graph->valueAxis();
    if (!key || !value) return {};
    const QRect clip = key->axisRect()->rect();
    if (clip.isEmpty()) return {};
    const QCPGraph* partner = graph->channelFillGraph();
    if (graph->brush().style() != Qt::NoBrush && !partner) return clip; // filled down to a base line

    strip = std::max(8, strip);
    const int strips = clip.width() / strip + 1;
    std::vector<double> lo(static_cast<std::size_t>(strips), std::numeric_limits<double>::infinity());
    std::vector<double> hi(static_cast<std::size_t>(strips), -std::numeric_limits<double>::infinity());
    // Pixel coordinates far outside the rectangle are held just outside it (what lies beyond is clipped).
    const double xLimit = clip.width() + 4.0 * strip;
    const double yLow = clip.top() - 8.0;
    const double yHigh = clip.bottom() + 8.0;
    const auto stripOf = [&](double px) {
        return static_cast<int>(std::clamp(std::floor((px - clip.left()) / strip), 0.0, strips - 1.0));
    };
    // A segment covers, in each strip it crosses, the y range of its part inside that strip.
    const auto cover = [&](double x0, double y0, double x1, double y1) {
        if (x1 < x0) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const auto yAt = [&](double x) { return x1 > x0 ? y0 + (y1 - y0) * (x - x0) / (x1 - x0) : y0; };
        for (int s = stripOf(x0); s <= stripOf(x1); ++s) {
            const double from = std::max(x0, clip.left() + s * static_cast<double>(strip));
            const double to = std::min(x1, clip.left() + (s + 1) * static_cast<double>(strip));
            // The first and last strips also hold what lies beyond the rectangle (clipped when drawn).
            const double ya = yAt(s == stripOf(x0) ? x0 : from);
            const double yb = yAt(s == stripOf(x1) ? x1 : to);
            auto& low = lo[static_cast<std::size_t>(s)];
            auto& high = hi[static_cast<std::size_t>(s)];
            low = std::min({low, ya, yb});
            high = std::max({high, ya, yb});
        }
    };
    double pad = 2; // antialiasing
    for (const QCPGraph* g : {graph, partner}) {
        if (!g) continue;
        const bool lines = g->lineStyle() != QCPGraph::lsNone;
        pad = std::max(pad, std::max(1.0, g->pen().widthF()) / 2 + 2);
        if (!g->scatterStyle().isNone())
            pad = std::max(pad, g->scatterStyle().size() / 2 + g->scatterStyle().pen().widthF() + 2);
        bool havePrevious = false;
        double px0 = 0, py0 = 0;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            if (std::isnan(it->value) || std::isnan(it->key)) {
                havePrevious = false; // QCPGraph breaks its line at NaN
                continue;
            }
            const double px =
                std::clamp(key->coordToPixel(it->key), clip.left() - xLimit, clip.right() + xLimit);
            const double py = std::clamp(value->coordToPixel(it->value), yLow, yHigh);
            if (lines && havePrevious)
                cover(px0, py0, px, py);
            else
                cover(px, py, px, py);
            px0 = px;
            py0 = py;
            havePrevious = true;
        }
    }
    QRegion region;
    const int grow = static_cast<int>(std::ceil(pad));
    for (int s = 0; s < strips; ++s) {
        const auto i = static_cast<std::size_t>(s);
        if (!(lo[i] <= hi[i])) continue;
        const int left = clip.left() + s * strip - grow;
        const int top = static_cast<int>(std::floor(lo[i])) - grow;
        const int bottom = static_cast<int>(std::ceil(hi[i])) + grow;
        region +=
            QRect(left, top, strip + 2 * grow, bottom - top + 1).intersected(clip.adjusted(-1, -1, 1, 1));
    }
    return region;
}

} // namespace actlab::explorer
