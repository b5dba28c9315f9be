// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The catalogue of activation functions, grouped by family, with a filter box and an Add button.
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
    /// Shows only functions whose name, id, family or PyTorch name contains the text.
    void setFilter(const QString& text);

  signals:
    void addRequested(const QString& id);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void requestAdd(QTreeWidgetItem* item);

    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace actlab::explorer
