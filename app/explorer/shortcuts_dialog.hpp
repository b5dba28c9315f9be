// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Help ▸ Keyboard shortcuts: every shortcut of the window, read from its actions themselves, so the list
/// cannot fall behind the menus.
#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace actlab::explorer {

/// The actions of `window` (and its children) that have a keyboard shortcut, in menu order where they are
/// in a menu, each once.
QList<QAction*> actionsWithShortcuts(const QWidget* window);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
  public:
    /// Lists `actions`: what each does (its menu text and status tip) and its shortcuts.
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

  private:
    QTableWidget* m_table = nullptr;
};

} // namespace actlab::explorer
