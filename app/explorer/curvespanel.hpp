// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The list of curves on the plot: colour swatch, visibility, label, duplicate, remove; drag to reorder.
#include <QWidget>

class QTreeView;
class QToolButton;

namespace actlab::explorer {

class CurveListModel;

class CurvesPanel : public QWidget {
    Q_OBJECT
  public:
    explicit CurvesPanel(CurveListModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    /// The selected row, or -1.
    int currentRow() const;
    void setCurrentRow(int row);
    /// Opens the colour dialog for a row (what a click on the swatch does).
    void chooseColor(int row);

  signals:
    void currentRowChanged(int row);

  private:
    void onClicked(const QModelIndex& index);
    void updateButtons();

    CurveListModel* m_model;
    QTreeView* m_view = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QToolButton* m_duplicate = nullptr;
    QToolButton* m_remove = nullptr;
};

} // namespace actlab::explorer
