// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The Lesson panel: the lesson's title and its steps in order, each a snapshot of the view with a
/// title and a note. Add the current view as a step, update, rename (F2 or double-click the title),
/// reorder, delete, edit the note; Enter or a double-click on the number shows a step. Every change
/// goes through the document and is one undo step.
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QToolButton;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class LessonPanel : public QWidget {
    Q_OBJECT
  public:
    explicit LessonPanel(actlab::document::Document* document, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLineEdit* titleEdit() const { return m_title; }
    /// The step whose note is shown (the list's current row; -1: none).
    int shownStep() const;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void rebuild();
    void showNote();
    void commitNote();
    void syncButtons();

    actlab::document::Document* m_document;
    QLineEdit* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QToolButton* m_show = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_update = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QToolButton* m_remove = nullptr;
    bool m_rebuilding = false;
};

} // namespace actlab::explorer
