// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/shortcuts_dialog.hpp"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace actlab::explorer {

namespace {

/// Menu text without its mnemonic ampersands and trailing dots: "&Export…" → "Export".
QString plainText(const QAction* action) {
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    while (text.endsWith(u'…') || text.endsWith(u'.'))
        text.chop(1);
    return text;
}

void collectMenu(const QMenu* menu, QList<QAction*>& out) {
    for (QAction* a : menu->actions()) {
        if (a->menu()) collectMenu(a->menu(), out);
        if (!a->shortcuts().isEmpty() && !out.contains(a)) out << a;
    }
}

} // namespace

QList<QAction*> actionsWithShortcuts(const QWidget* window) {
    QList<QAction*> out;
    // Menu order first (what the user sees), then actions that live only on the window or a panel
    // (presentation keys, the curve list's Delete, the readout's Copy).
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>())
        for (QAction* a : bar->actions())
            if (a->menu()) collectMenu(a->menu(), out);
    for (QAction* a : window->findChildren<QAction*>())
        if (!a->shortcuts().isEmpty() && !out.contains(a)) out << a;
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Shortcut"), tr("Action"), tr("What it does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line a row: the last column stretches, its tooltip holds the rest
    for (const QAction* a : actions) {
        QStringList keys;
        for (const QKeySequence& key : a->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        // Actions without text are keys of presentation mode: their name says what they do.
        QString what = plainText(a);
        if (what.isEmpty())
            what = a->objectName() == QLatin1String("actionPresentNext") ? tr("Next lesson step (presenting)")
                   : a->objectName() == QLatin1String("actionPresentPrevious")
                       ? tr("Previous lesson step (presenting)")
                   : a->objectName() == QLatin1String("actionPresentFirst")
                       ? tr("First lesson step (presenting)")
                   : a->objectName() == QLatin1String("actionPresentLast")
                       ? tr("Last lesson step (presenting)")
                       : a->objectName();
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        m_table->setItem(row, 1, new QTableWidgetItem(what));
        auto* tip = new QTableWidgetItem(a->statusTip());
        tip->setToolTip(a->statusTip());
        m_table->setItem(row, 2, tip);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 620);
}

} // namespace actlab::explorer
