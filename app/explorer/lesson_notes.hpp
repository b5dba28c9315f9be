// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The lecturer's notes window: the current lesson step's title and note, which step of how many, and
/// what comes next — a separate window to put on the lecturer's own screen while the plot is presented.
#include <QWidget>

class QLabel;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class LessonNotes : public QWidget {
    Q_OBJECT
  public:
    explicit LessonNotes(actlab::document::Document* document, QWidget* parent = nullptr);
    /// What the window shows (plain text), for tests.
    QString text() const;

  private:
    void refresh();

    actlab::document::Document* m_document;
    QLabel* m_position = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_next = nullptr;
};

} // namespace actlab::explorer
