// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The catalogue of activation functions, grouped by family, with a filter box and an Add button; above
/// them "My functions", the formulas the user typed (kept across sessions by the window's settings).
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace actlab::explorer {

class CataloguePanel : public QWidget {
    Q_OBJECT
  public:
    explicit CataloguePanel(QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeWidget* tree() const { return m_tree; }
    /// The id of the selected function, or empty.
    QString selectedId() const;
    /// Shows only functions whose name, id, family or PyTorch name (or formula text) contains the text,
    /// and makes the best match the current item (Enter adds it).
    void setFilter(const QString& text);
    /// How well `item` matches `needle`: 0 its name or id is the text, 1 starts with it, 2 contains it,
    /// 3 its PyTorch name contains it, 4 its group (family) name does; −1 no match.
    static int matchRank(const QTreeWidgetItem* item, const QString& needle);

    /// The formulas under "My functions", in order.
    QStringList myFunctions() const;
    void setMyFunctions(const QStringList& formulas);
    /// Adds a formula to "My functions" unless it is there already.
    void remember(const QString& formula);

  signals:
    void addRequested(const QString& id);
    void formulaAddRequested(const QString& formula);
    void newFormulaRequested();
    /// "My functions" gained or lost a formula.
    void myFunctionsChanged();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void requestAdd(QTreeWidgetItem* item);
    void showContextMenu(const QPoint& position);

    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_newFormula = nullptr;
    QTreeWidgetItem* m_mine = nullptr; ///< the "My functions" group
};

} // namespace actlab::explorer
