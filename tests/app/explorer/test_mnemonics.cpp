// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard mnemonics (the underlined letters, "&File"): within one menu, the menu bar or one dialog no
// letter is taken twice, in English and in Chinese (where they are "(&F)" after the words), so that
// Alt+letter and a letter in an open menu do what they show. Found by reading every menu and dialog of
// the window: e.g. "Save &As…" and "Export &animation…" both took A; the catalogue's "New &formula…"
// button took the File menu's Alt+F.
#include "explorer/axis_range_dialog.hpp"
#include "explorer/formula_dialog.hpp"
#include "explorer/main_window.hpp"
#include "explorer/training_lab.hpp"
#include "explorer/ui_language.hpp"
#include "plot/animation_dialog.hpp"
#include "plot/export_dialog.hpp"
#include "window_test_support.hpp"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>

#include <memory>

using actlab::explorer::MainWindow;
using actlab::explorer::UiLanguage;

namespace {

/// The mnemonic of a text ("Save &As…" → 'a', "另存为(&A)…" → 'a'); none for "&&" or no '&'.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&') continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// Texts of `owner` that share a mnemonic, as "k: Text one | Text two" lines.
QStringList clashes(const QString& owner, const QStringList& texts) {
    QMap<QChar, QStringList> byLetter;
    for (const QString& text : texts)
        if (const QChar m = mnemonic(text); !m.isNull()) byLetter[m] << text;
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            found << owner + QStringLiteral(" — ") + it.key() + QStringLiteral(": ") +
                         it.value().join(QStringLiteral(" | "));
    return found;
}

/// Every menu under `menu`, each checked on its own.
void checkMenu(const QString& path, const QMenu* menu, QStringList& found) {
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible()) continue;
        texts << action->text();
        if (action->menu()) checkMenu(path + QStringLiteral(" ▸ ") + action->text(), action->menu(), found);
    }
    found << clashes(path, texts);
}

/// The labels (with a buddy) and buttons of one dialog: one set of mnemonics.
void checkDialog(const QString& name, const QWidget* dialog, QStringList& found) {
    QStringList texts;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        if (label->buddy()) texts << label->text();
    for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>())
        texts << button->text();
    found << clashes(name, texts);
}

QStringList everyClash() {
    QStringList found;
    auto w = actlab::explorer::testing::makeWindow(
        actlab::explorer::testing::figureOf({actlab::explorer::testing::curve("leaky_relu", {0.1})}));
    w->document()->setSelected(0);
    QStringList bar;
    for (const QAction* action : w->menuBar()->actions()) {
        bar << action->text();
        if (action->menu()) checkMenu(action->text(), action->menu(), found);
    }
    // Alt+letter in the window: the menu bar's titles and the panels' buttons share one set.
    for (const QAbstractButton* button : w->findChildren<QAbstractButton*>())
        bar << button->text();
    found << clashes(QStringLiteral("menu bar and panels"), bar);
    const auto& spec = w->document()->figure();
    checkDialog(QStringLiteral("Export"), std::make_unique<actlab::plot::ExportDialog>(spec, w.get()).get(),
                found);
    checkDialog(QStringLiteral("Animation"),
                std::make_unique<actlab::plot::AnimationDialog>(spec, 0, w.get()).get(), found);
    checkDialog(
        QStringLiteral("Formula"),
        std::make_unique<actlab::explorer::FormulaDialog>(QStringLiteral("f"), QStringLiteral("x"), w.get())
            .get(),
        found);
    checkDialog(
        QStringLiteral("Axis ranges"),
        std::make_unique<actlab::explorer::AxisRangeDialog>(actlab::explorer::AxisRanges{}, w.get()).get(),
        found);
    checkDialog(QStringLiteral("Training lab"), std::make_unique<actlab::explorer::TrainingLab>().get(),
                found);
    return found;
}

} // namespace

TEST(Mnemonics, NoLetterTwiceInAMenuOrDialogInEnglish) {
    ASSERT_EQ(actlab::explorer::installUiLanguage(UiLanguage::English), UiLanguage::English);
    const QStringList found = everyClash();
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(u'\n'));
}

TEST(Mnemonics, NoLetterTwiceInAMenuOrDialogInChinese) {
    ASSERT_EQ(actlab::explorer::installUiLanguage(UiLanguage::Chinese), UiLanguage::Chinese);
    const QStringList found = everyClash();
    actlab::explorer::installUiLanguage(UiLanguage::English);
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(u'\n'));
}
