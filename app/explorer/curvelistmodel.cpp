// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvelistmodel.hpp"

#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"

#include <QApplication>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace actlab::explorer {

namespace {

constexpr auto kRowMime = "application/x-actlab-curve-row";

// Okabe–Ito, in the order the plot module assigns them (used until a picker is installed).
const QColor kFallbackPalette[] = {
    QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xE6, 0x9F, 0x00),
    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};

QString fmt(double v) {
    return QString::fromStdString(actlab::formatNumber(v));
}

} // namespace

SliderRange defaultSliderRange(const actlab::Activation& activation, int index) {
    const auto& spec = activation.parameters[static_cast<std::size_t>(index)];
    SliderRange range{spec.min, spec.max, false};
    if (spec.logScale && spec.max > 0) {
        range.log = true;
        if (range.lo <= 0)
            range.lo = std::min(spec.defaultValue > 0 ? spec.defaultValue : spec.max, spec.max) / 1000.0;
    }
    return range;
}

CurveListModel::CurveListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CurveListModel::setLabelMaker(
    std::function<QString(const actlab::Activation&, const std::vector<double>&)> maker) {
    m_labelMaker = std::move(maker);
    for (int row = 0; row < count(); ++row)
        refreshAutoLabel(row);
}

void CurveListModel::setPalette(const std::vector<QColor>& palette) {
    if (palette.empty()) return;
    m_palette = palette;
    for (int row = 0; row < count(); ++row) {
        auto& c = m_curves[static_cast<std::size_t>(row)];
        if (c.paletteIndex < 0) continue;
        const QColor color = m_palette[static_cast<std::size_t>(c.paletteIndex) % m_palette.size()];
        if (color == c.color) continue;
        c.color = color;
        emitRowChanged(row);
        emit colorChanged(row);
    }
}

QString CurveListModel::automaticLabel(const actlab::Activation& activation,
                                       const std::vector<double>& params) const {
    if (m_labelMaker) return m_labelMaker(activation, params);
    QString label = QString::fromUtf8(activation.name.data(), static_cast<qsizetype>(activation.name.size()));
    QStringList parts;
    for (std::size_t i = 0; i < activation.parameters.size() && i < params.size(); ++i) {
        const auto& spec = activation.parameters[i];
        parts << QString::fromUtf8(spec.symbol.data(), static_cast<qsizetype>(spec.symbol.size())) + u'=' +
                     fmt(params[i]);
    }
    if (!parts.isEmpty()) label += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
    return label;
}

int CurveListModel::nextPaletteIndex() const {
    const int n = m_palette.empty() ? static_cast<int>(std::size(kFallbackPalette))
                                    : static_cast<int>(m_palette.size());
    std::vector<int> uses(static_cast<std::size_t>(n), 0);
    for (const auto& c : m_curves)
        if (c.paletteIndex >= 0) ++uses[static_cast<std::size_t>(c.paletteIndex % n)];
    // The first entry used least often: in order while the palette lasts, then round again.
    const auto least = std::min_element(uses.begin(), uses.end());
    return static_cast<int>(least - uses.begin());
}

int CurveListModel::addCurve(const actlab::Activation& activation) {
    ExplorerCurve curve;
    curve.activation = &activation;
    curve.params = activation.defaults();
    return addCurve(std::move(curve));
}

int CurveListModel::addCurve(ExplorerCurve curve, QString* error) {
    if (!curve.activation) {
        if (error) *error = tr("No function given.");
        return -1;
    }
    if (auto problem = actlab::validate(*curve.activation, curve.params)) {
        if (error) *error = QString::fromStdString(problem->message);
        return -1;
    }
    const int n = static_cast<int>(curve.activation->parameters.size());
    if (static_cast<int>(curve.ranges.size()) != n) {
        curve.ranges.clear();
        for (int i = 0; i < n; ++i)
            curve.ranges.push_back(defaultSliderRange(*curve.activation, i));
    }
    // The slider range always contains the value.
    for (int i = 0; i < n; ++i) {
        auto& r = curve.ranges[static_cast<std::size_t>(i)];
        const double v = curve.params[static_cast<std::size_t>(i)];
        if (v < r.lo) r.lo = v;
        if (v > r.hi) r.hi = v;
        if (r.log && r.lo <= 0) r.log = false;
    }
    if (!curve.color.isValid()) {
        curve.paletteIndex = nextPaletteIndex();
        curve.color = m_palette.empty() ? kFallbackPalette[static_cast<std::size_t>(curve.paletteIndex)]
                                        : m_palette[static_cast<std::size_t>(curve.paletteIndex)];
    } else if (curve.paletteIndex >= 0 && !m_palette.empty()) {
        curve.color = m_palette[static_cast<std::size_t>(curve.paletteIndex) % m_palette.size()];
    }
    if (curve.label.isEmpty()) {
        curve.autoLabel = true;
        curve.label = automaticLabel(*curve.activation, curve.params);
    } else {
        curve.autoLabel = false;
    }
    const int row = count();
    beginInsertRows({}, row, row);
    m_curves.push_back(std::move(curve));
    endInsertRows();
    emit curveAdded(row);
    return row;
}

int CurveListModel::duplicateCurve(int row) {
    if (row < 0 || row >= count()) return -1;
    ExplorerCurve copy = curve(row);
    copy.paletteIndex = nextPaletteIndex();
    copy.color = m_palette.empty() ? kFallbackPalette[static_cast<std::size_t>(copy.paletteIndex)]
                                   : m_palette[static_cast<std::size_t>(copy.paletteIndex)];
    const bool wasAuto = copy.autoLabel;
    if (wasAuto) copy.label.clear();
    const int at = row + 1;
    if (copy.label.isEmpty()) copy.label = automaticLabel(*copy.activation, copy.params);
    copy.autoLabel = wasAuto;
    beginInsertRows({}, at, at);
    m_curves.insert(m_curves.begin() + at, std::move(copy));
    endInsertRows();
    emit curveAdded(at);
    return at;
}

void CurveListModel::removeCurve(int row) {
    if (row < 0 || row >= count()) return;
    beginRemoveRows({}, row, row);
    m_curves.erase(m_curves.begin() + row);
    endRemoveRows();
    emit curveRemoved(row);
}

void CurveListModel::clear() {
    while (count() > 0)
        removeCurve(count() - 1);
}

bool CurveListModel::moveCurve(int from, int to) {
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to) return false;
    // beginMoveRows wants the destination as "insert before this row" in the old numbering.
    const int destination = to > from ? to + 1 : to;
    if (!beginMoveRows({}, from, from, {}, destination)) return false;
    ExplorerCurve moved = std::move(m_curves[static_cast<std::size_t>(from)]);
    m_curves.erase(m_curves.begin() + from);
    m_curves.insert(m_curves.begin() + to, std::move(moved));
    endMoveRows();
    emit curveMoved(from, to);
    return true;
}

bool CurveListModel::setParams(int row, const std::vector<double>& params, QString* error) {
    if (row < 0 || row >= count()) return false;
    auto& c = m_curves[static_cast<std::size_t>(row)];
    if (auto problem = actlab::validate(*c.activation, params)) {
        if (error) *error = QString::fromStdString(problem->message);
        return false;
    }
    if (params == c.params) return true;
    c.params = params;
    for (std::size_t i = 0; i < params.size(); ++i) {
        auto& r = c.ranges[i];
        bool widened = false;
        if (params[i] < r.lo) {
            r.lo = params[i];
            widened = true;
        }
        if (params[i] > r.hi) {
            r.hi = params[i];
            widened = true;
        }
        if (r.log && r.lo <= 0) {
            r.log = false;
            widened = true;
        }
        if (widened) emit sliderRangeChanged(row, static_cast<int>(i));
    }
    emit paramsChanged(row);
    if (c.autoLabel) refreshAutoLabel(row);
    return true;
}

bool CurveListModel::setParam(int row, int index, double value, QString* error) {
    if (row < 0 || row >= count()) return false;
    auto params = curve(row).params;
    if (index < 0 || index >= static_cast<int>(params.size())) return false;
    params[static_cast<std::size_t>(index)] = value;
    return setParams(row, params, error);
}

bool CurveListModel::setSliderRange(int row, int index, SliderRange range, QString* error) {
    if (row < 0 || row >= count()) return false;
    auto& c = m_curves[static_cast<std::size_t>(row)];
    if (index < 0 || index >= static_cast<int>(c.params.size())) return false;
    const auto& spec = c.activation->parameters[static_cast<std::size_t>(index)];
    const QString name = QString::fromUtf8(spec.name.data(), static_cast<qsizetype>(spec.name.size()));
    auto refuse = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (std::isnan(range.lo) || std::isnan(range.hi))
        return refuse(tr("The range of %1 needs two numbers.").arg(name));
    if (!(range.lo < range.hi))
        return refuse(
            tr("The range of %1 needs min < max (got %2 ≥ %3).").arg(name, fmt(range.lo), fmt(range.hi)));
    if (range.lo < spec.min || range.hi > spec.max)
        return refuse(
            tr("The range of %1 must lie inside [%2, %3].").arg(name, fmt(spec.min), fmt(spec.max)));
    if (range.log && range.lo <= 0)
        return refuse(tr("A log scale for %1 needs a positive minimum.").arg(name));
    c.ranges[static_cast<std::size_t>(index)] = range;
    emit sliderRangeChanged(row, index);
    // A value outside the new range is moved onto its nearest end, as the user asked for this range.
    const double v = c.params[static_cast<std::size_t>(index)];
    if (v < range.lo || v > range.hi) {
        QString ignored;
        if (!setParam(row, index, v < range.lo ? range.lo : range.hi, &ignored)) {
            if (error) *error = ignored;
        }
    }
    return true;
}

void CurveListModel::setColor(int row, const QColor& color) {
    if (row < 0 || row >= count() || !color.isValid()) return;
    m_curves[static_cast<std::size_t>(row)].color = color;
    m_curves[static_cast<std::size_t>(row)].paletteIndex = -1;
    emitRowChanged(row);
    emit colorChanged(row);
}

void CurveListModel::setVisible(int row, bool visible) {
    if (row < 0 || row >= count()) return;
    auto& c = m_curves[static_cast<std::size_t>(row)];
    if (c.visible == visible) return;
    c.visible = visible;
    emitRowChanged(row);
    emit visibilityChanged(row);
}

void CurveListModel::setLabel(int row, const QString& label) {
    if (row < 0 || row >= count()) return;
    auto& c = m_curves[static_cast<std::size_t>(row)];
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty()) {
        c.autoLabel = true;
        c.label = automaticLabel(*c.activation, c.params);
    } else {
        c.autoLabel = false;
        c.label = trimmed;
    }
    emitRowChanged(row);
    emit labelChanged(row);
}

void CurveListModel::refreshAutoLabel(int row) {
    auto& c = m_curves[static_cast<std::size_t>(row)];
    if (!c.autoLabel) return;
    const QString label = automaticLabel(*c.activation, c.params);
    if (label == c.label) return;
    c.label = label;
    emitRowChanged(row);
    emit labelChanged(row);
}

void CurveListModel::emitRowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CurveListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

int CurveListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CurveListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) return {};
    const auto& c = curve(index.row());
    switch (index.column()) {
    case VisibleColumn:
        if (role == Qt::CheckStateRole) return c.visible ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return c.visible ? tr("Shown — untick to hide (Ctrl+H)") : tr("Hidden — tick to show (Ctrl+H)");
        break;
    case ColorColumn:
        if (role == Qt::DecorationRole) return c.color;
        if (role == Qt::ToolTipRole) return tr("Colour %1 — click to change").arg(c.color.name());
        break;
    case LabelColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) return c.label;
        if (role == Qt::ToolTipRole)
            return tr("%1 — double-click or F2 to rename (empty = automatic label). Drag to reorder.")
                .arg(QString::fromUtf8(c.activation->id.data(),
                                       static_cast<qsizetype>(c.activation->id.size())));
        if (role == Qt::ForegroundRole && !c.visible)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case DuplicateColumn:
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(QStringLiteral("edit-copy"),
                                    QIcon(QStringLiteral(":/icons/duplicate.svg")));
        if (role == Qt::ToolTipRole) return tr("Duplicate this curve (Ctrl+D)");
        break;
    case RemoveColumn:
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(QStringLiteral("list-remove"),
                                    QIcon(QStringLiteral(":/icons/remove.svg")));
        if (role == Qt::ToolTipRole) return tr("Remove this curve (Delete)");
        break;
    default:
        break;
    }
    return {};
}

QVariant CurveListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case VisibleColumn:
        return tr("Show");
    case ColorColumn:
        return tr("Colour");
    case LabelColumn:
        return tr("Label");
    default:
        return {};
    }
}

bool CurveListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= count()) return false;
    if (index.column() == VisibleColumn && role == Qt::CheckStateRole) {
        setVisible(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == LabelColumn && role == Qt::EditRole) {
        setLabel(index.row(), value.toString());
        return true;
    }
    return false;
}

Qt::ItemFlags CurveListModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == VisibleColumn) f |= Qt::ItemIsUserCheckable;
    if (index.column() == LabelColumn) f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions CurveListModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList CurveListModel::mimeTypes() const {
    return {QString::fromLatin1(kRowMime)};
}

QMimeData* CurveListModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty()) return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kRowMime), QByteArray::number(indexes.first().row()));
    return mime;
}

bool CurveListModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                  const QModelIndex& parent) {
    if (!data || !data->hasFormat(QString::fromLatin1(kRowMime))) return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(kRowMime)).toInt(&ok);
    if (!ok) return false;
    int to = 0;
    if (row >= 0)
        to = row > from ? row - 1 : row; // "insert before row" numbering → final position
    else
        to = parent.isValid() ? parent.row() : count() - 1; // dropped onto a row, or below the last
    to = std::clamp(to, 0, count() - 1);
    moveCurve(from, to);
    // Returning false keeps the view from removing the source row: the move is already done.
    return false;
}

void followRow(CurveListModel* model, QObject* context, int* row, std::function<void()> removed) {
    QObject::connect(model, &CurveListModel::curveRemoved, context, [row, removed](int r) {
        if (r == *row)
            removed();
        else if (r < *row)
            --*row;
    });
    QObject::connect(model, &CurveListModel::curveAdded, context, [row](int r) {
        if (*row >= 0 && r <= *row) ++*row;
    });
    QObject::connect(model, &CurveListModel::curveMoved, context, [row](int from, int to) {
        if (*row == from)
            *row = to;
        else if (from < *row && to >= *row)
            --*row;
        else if (from > *row && to <= *row)
            ++*row;
    });
}

} // namespace actlab::explorer
