// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/curve_list_model.hpp"

#include "document/document.hpp"

#include "actlab/activation.hpp"

#include <QApplication>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace actlab::explorer {

using actlab::document::Document;

namespace {

constexpr auto kRowMime = "application/x-actlab-curve-row";

} // namespace

CurveListModel::CurveListModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(document, &Document::curveAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &Document::curveInserted, this, [this] { endInsertRows(); });
    connect(document, &Document::curveAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &Document::curveRemoved, this, [this] { endRemoveRows(); });
    connect(document, &Document::curveAboutToBeMoved, this, [this](int from, int to) {
        // beginMoveRows wants the destination as "insert before this row" in the old numbering.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &Document::curveMoved, this, [this] { endMoveRows(); });
    connect(document, &Document::curveChanged, this, [this](int row) { emitRowChanged(row); });
    connect(document, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &Document::wasReset, this, [this] { endResetModel(); });
}

void CurveListModel::setTheme(const actlab::plot::Theme& theme) {
    m_theme = theme;
    if (rowCount() > 0) emit dataChanged(index(0, ColorColumn), index(rowCount() - 1, ColorColumn));
}

QColor CurveListModel::color(int row) const {
    return m_theme.curveColor(m_document->curve(row), row);
}

QIcon CurveListModel::swatch(int row) const {
    // The curve's colour as a square, with its dash pattern as a line across when it has one. The same
    // pixmap in every mode: a selected row shows the curve's colour, not the style's tinted version.
    const int size = 16;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        const QColor c = color(row);
        const auto& curve = m_document->curve(row);
        const Qt::PenStyle style = actlab::plot::Theme::lineStyle(curve.slot >= 0 ? curve.slot : row);
        if (style == Qt::SolidLine) {
            painter.fillRect(pixmap.rect(), c);
        } else {
            painter.setPen(QPen(c, 1));
            painter.drawRect(QRectF(0.5, 0.5, size - 1, size - 1));
            QPen line(c, 3, style, Qt::FlatCap);
            painter.setPen(line);
            painter.drawLine(QPointF(1, size / 2.0), QPointF(size - 1, size / 2.0));
        }
    }
    QIcon icon;
    for (auto mode : {QIcon::Normal, QIcon::Active, QIcon::Selected})
        icon.addPixmap(pixmap, mode);
    return icon;
}

void CurveListModel::emitRowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CurveListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_document->count();
}

int CurveListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CurveListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int row = index.row();
    const auto& c = m_document->curve(row);
    switch (index.column()) {
    case VisibleColumn:
        if (role == Qt::CheckStateRole) return c.visible ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return c.visible ? tr("Shown — untick to hide (Ctrl+H)") : tr("Hidden — tick to show (Ctrl+H)");
        break;
    case ColorColumn:
        if (role == Qt::DecorationRole) return swatch(row);
        if (role == Qt::ToolTipRole) return tr("Colour %1 — click to change").arg(color(row).name());
        break;
    case LabelColumn:
        if (role == Qt::DisplayRole) return m_document->label(row);
        if (role == Qt::EditRole) return c.label.isEmpty() ? m_document->label(row) : c.label;
        if (role == Qt::ToolTipRole)
            return tr("%1 — double-click or F2 to rename (empty = automatic label). Drag to reorder.")
                .arg(c.id);
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
    if (!index.isValid() || index.row() >= rowCount()) return false;
    if (index.column() == VisibleColumn && role == Qt::CheckStateRole) {
        m_document->setVisible(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == LabelColumn && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        // Accepting the automatic label unchanged keeps it automatic.
        if (text != m_document->label(index.row()) || !m_document->curve(index.row()).label.isEmpty())
            m_document->setLabel(index.row(), text);
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
    const int n = rowCount();
    int to = 0;
    if (row >= 0)
        to = row > from ? row - 1 : row; // "insert before row" numbering → final position
    else
        to = parent.isValid() ? parent.row() : n - 1; // dropped onto a row, or below the last
    to = std::clamp(to, 0, n - 1);
    m_document->moveCurve(from, to);
    // Returning false keeps the view from removing the source row: the move is already done.
    return false;
}

} // namespace actlab::explorer
