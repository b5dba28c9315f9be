// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The list of curves on the plot: colour swatch, visibility, label, duplicate, remove; drag to reorder.
/// Its current row is the document's selected curve.
#include <QWidget>

class QTreeView;
class QToolButton;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class CurveListModel;

class CurvesPanel : public QWidget {
    Q_OBJECT
  public:
    explicit CurvesPanel(CurveListModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    /// The selected row (the document's selection), or -1.
    int currentRow() const;
    void setCurrentRow(int row);
    /// Opens the colour dialog for a row (what a click on the swatch does).
    void chooseColor(int row);

  private:
    void onClicked(const QModelIndex& index);
    void updateButtons();
    void showSelection(int row);

    CurveListModel* m_model;
    actlab::document::Document* m_document;
    QTreeView* m_view = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QToolButton* m_duplicate = nullptr;
    QToolButton* m_remove = nullptr;
};

} // namespace actlab::explorer
