// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/unit_grid.hpp"

#include "plot/training_figure.hpp"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace actlab::explorer {
namespace {

/// At scale 1, in pixels: between tiles, around the grid, a tile's side (as large as the width allows).
constexpr int kGap = 2, kMargin = 6, kMinTile = 6, kMaxTile = 16;
/// The runs stand side by side only with tiles at least this large (a dead unit's cross stays legible).
constexpr int kMinSideBySideTile = 10;

template <typename T> const T* at(const std::vector<T>& v, int i) {
    return i >= 0 && i < static_cast<int>(v.size()) ? &v[static_cast<std::size_t>(i)] : nullptr;
}

} // namespace

UnitGrid::UnitGrid(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void UnitGrid::setTheme(const plot::Theme& theme) {
    m_theme = theme;
    update();
}

void UnitGrid::setScale(double scale) {
    m_scale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
    layoutTiles();
    update();
}

int UnitGrid::scaled(double pixels) const {
    return static_cast<int>(std::lround(pixels * m_scale));
}

void UnitGrid::setRuns(const std::vector<plot::TrainingSnapshot>& runs) {
    const bool sameShape =
        runs.size() == m_runs.size() &&
        std::equal(runs.begin(), runs.end(), m_runs.begin(), [](const auto& a, const auto& b) {
            return a.label == b.label && a.dead.size() == b.dead.size() &&
                   (a.dead.empty() || a.dead.front().size() == b.dead.front().size());
        });
    m_runs = runs;
    if (!sameShape) layoutTiles();
    update();
}

int UnitGrid::tileSize(int usable, int perRow) const {
    // As large as fits the width, between kMinTile and kMaxTile pixels (scaled).
    return std::clamp(std::max(1, usable) / perRow - scaled(kGap), scaled(kMinTile), scaled(kMaxTile));
}

int UnitGrid::labelWidth() const {
    return fontMetrics().horizontalAdvance(QStringLiteral("L4 "));
}

void UnitGrid::layoutTiles() {
    m_tiles.clear();
    m_headings.clear();
    const int gap = scaled(kGap), margin = scaled(kMargin);
    const int label = labelWidth(), lineHeight = fontMetrics().height();
    const int runs = static_cast<int>(m_runs.size());
    // Side by side, one column per run as in the figure above, when every column has room for its
    // widest layer in one row of tiles of kMinSideBySideTile; otherwise one run below the other,
    // kTilesPerRow a row.
    int widest = 1;
    for (const auto& run : m_runs)
        for (const auto& layer : run.dead)
            widest = std::max(widest, std::min(static_cast<int>(layer.size()), kTilesPerRow));
    const int inner = std::max(1, width() - 2 * margin);
    const bool sideBySide =
        runs > 1 && inner / runs >= label + widest * (scaled(kMinSideBySideTile) + gap) + margin;
    const int columnWidth = sideBySide ? inner / runs : inner;
    const int perRow = sideBySide ? widest : kTilesPerRow;
    const int columnGap = sideBySide ? margin : 0;
    const int size = tileSize(columnWidth - label - columnGap, perRow);
    int bottom = margin;
    int y = margin;
    for (int r = 0; r < runs; ++r) {
        const int x = margin + (sideBySide ? r * columnWidth : 0);
        if (sideBySide) y = margin;
        m_headings.push_back({r, QRect(x, y, columnWidth - columnGap, lineHeight)});
        y += lineHeight + gap;
        const auto& dead = m_runs[static_cast<std::size_t>(r)].dead;
        for (int l = 0; l < static_cast<int>(dead.size()); ++l) {
            const int units = static_cast<int>(dead[static_cast<std::size_t>(l)].size());
            for (int u = 0; u < units; ++u) {
                const int column = u % perRow, row = u / perRow;
                m_tiles.push_back(
                    {r, l, u, QRect(x + label + column * (size + gap), y + row * (size + gap), size, size)});
            }
            y += ((units + perRow - 1) / perRow) * (size + gap) + gap;
        }
        y += margin;
        bottom = std::max(bottom, y);
    }
    const bool changed = bottom != m_height;
    m_height = bottom;
    updateGeometry();
    if (changed) emit heightChanged(m_height);
}

void UnitGrid::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutTiles();
}

QSize UnitGrid::sizeHint() const {
    return {scaled(kTilesPerRow * 12 + 60), std::max(m_height, scaled(40))};
}

QSize UnitGrid::minimumSizeHint() const {
    return {scaled(kTilesPerRow * 8 + 40), std::max(m_height, scaled(40))};
}

bool UnitGrid::tileDead(int run, int layer, int unit) const {
    const auto* r = at(m_runs, run);
    const auto* l = r ? at(r->dead, layer) : nullptr;
    return l && unit >= 0 && unit < static_cast<int>(l->size()) && (*l)[static_cast<std::size_t>(unit)];
}

QRect UnitGrid::tileRect(int run, int layer, int unit) const {
    for (const Tile& t : m_tiles)
        if (t.run == run && t.layer == layer && t.unit == unit) return t.rect;
    return {};
}

QString UnitGrid::tileText(int run, int layer, int unit) const {
    const auto* r = at(m_runs, run);
    const auto* active = r ? at(r->active, layer) : nullptr;
    const double* share = active ? at(*active, unit) : nullptr;
    if (!share) return {};
    const QString where =
        tr("%1: layer %2, unit %3").arg(QString::fromStdString(r->label)).arg(layer + 1).arg(unit + 1);
    return tileDead(run, layer, unit)
               ? tr("%1 \u2014 dead: f\u2032 = 0 on every example of the training set").arg(where)
               : tr("%1 \u2014 active (f\u2032 \u2260 0) on %2 % of the training set")
                     .arg(where)
                     .arg(std::round(*share * 1000) / 10);
}

bool UnitGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (const Tile& t : m_tiles)
            if (t.rect.adjusted(-1, -1, 1, 1).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tileText(t.run, t.layer, t.unit), this, t.rect);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void UnitGrid::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    p.setPen(m_theme.text);
    for (const Heading& h : m_headings) {
        const auto& run = m_runs[static_cast<std::size_t>(h.run)];
        int dead = 0;
        for (const auto& layer : run.dead)
            dead += static_cast<int>(std::count(layer.begin(), layer.end(), true));
        p.setPen(m_theme.text);
        const QString heading =
            tr("%1 \u2014 %2 dead (grey \u00d7), live units shaded by how often f\u2032 \u2260 0")
                .arg(QString::fromStdString(run.label))
                .arg(dead);
        p.drawText(h.rect, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(heading, Qt::ElideRight, h.rect.width()));
    }
    const QColor grey =
        m_theme.name == QLatin1String("dark") ? QColor(0x5a, 0x5a, 0x5a) : QColor(0xb4, 0xb4, 0xb4);
    int lastLayer = -1, lastRun = -1;
    for (const Tile& t : m_tiles) {
        if (t.layer != lastLayer || t.run != lastRun) {
            p.setPen(m_theme.text);
            p.drawText(QRect(t.rect.left() - labelWidth(), t.rect.top(), labelWidth(), t.rect.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("L%1").arg(t.layer + 1));
            lastLayer = t.layer;
            lastRun = t.run;
        }
        if (tileDead(t.run, t.layer, t.unit)) {
            p.fillRect(t.rect, grey);
            p.setPen(QPen(m_theme.text, 1.2 * m_scale));
            const int inset = scaled(2);
            p.drawLine(t.rect.topLeft() + QPoint(inset, inset), t.rect.bottomRight() - QPoint(inset, inset));
            p.drawLine(t.rect.topRight() + QPoint(-inset, inset),
                       t.rect.bottomLeft() + QPoint(inset, -inset));
            continue;
        }
        const auto& run = m_runs[static_cast<std::size_t>(t.run)];
        const double share = run.active[static_cast<std::size_t>(t.layer)][static_cast<std::size_t>(t.unit)];
        QColor c = plot::trainingRunColor(m_theme, t.run, run.classification);
        c.setAlphaF(static_cast<float>(0.25 + 0.75 * share));
        p.fillRect(t.rect, c);
    }
}

} // namespace actlab::explorer
