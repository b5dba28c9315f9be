// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The document's curves as a Qt item model, for the curve list: visibility, colour swatch, label,
/// duplicate and remove buttons; drag to reorder. It holds no curves of its own: it reads the document,
/// forwards edits to it and turns its change signals into the model's own (rowsInserted, rowsRemoved,
/// rowsMoved, dataChanged, modelReset), so views and persistent indices follow every change, undo included.
#include "plot/theme.hpp"

#include <QAbstractTableModel>
#include <QIcon>

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class CurveListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { VisibleColumn = 0, ColorColumn, LabelColumn, DuplicateColumn, RemoveColumn, ColumnCount };

    explicit CurveListModel(actlab::document::Document* document, QObject* parent = nullptr);

    actlab::document::Document* document() const { return m_document; }
    /// The theme the swatches show the curves' colours in.
    void setTheme(const actlab::plot::Theme& theme);
    /// A curve's colour as drawn in the current theme.
    /// The swatch the Colour column shows: the colour, with the dash pattern of curves past the
    /// palette's end; identical in the selected row.
    QIcon swatch(int row) const;
    QColor color(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

  private:
    void emitRowChanged(int row);

    actlab::document::Document* m_document;
    actlab::plot::Theme m_theme = actlab::plot::Theme::light();
};

} // namespace actlab::explorer
