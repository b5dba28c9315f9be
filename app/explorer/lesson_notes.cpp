// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/lesson_notes.hpp"

#include "document/document.hpp"

#include <QLabel>
#include <QVBoxLayout>

namespace actlab::explorer {

using actlab::document::Document;

LessonNotes::LessonNotes(Document* document, QWidget* parent)
    : QWidget(parent, Qt::Window), m_document(document) {
    setObjectName(QStringLiteral("lessonNotes"));
    setWindowTitle(tr("ActLab \u2014 lecturer's notes"));
    m_position = new QLabel(this);
    m_position->setEnabled(false);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont body = font();
    body.setPointSizeF(body.pointSizeF() * 1.4);
    m_note->setFont(body);
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_title);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_next);
    resize(520, 420);
    connect(m_document, &Document::lessonChanged, this, &LessonNotes::refresh);
    connect(m_document, &Document::currentStepChanged, this, &LessonNotes::refresh);
    refresh();
}

QString LessonNotes::text() const {
    return QStringList{m_position->text(), m_title->text(), m_note->text(), m_next->text()}.join(u'\n');
}

void LessonNotes::refresh() {
    const auto& steps = m_document->lesson().steps;
    const int n = static_cast<int>(steps.size());
    const int step = m_document->currentStep();
    if (step < 0 || step >= n) {
        m_position->setText(n == 0 ? tr("This session has no lesson steps.") : tr("%n step(s)", nullptr, n));
        m_title->setText(m_document->lesson().title);
        m_note->setText(n == 0 ? tr("Add steps with Lesson \u25B8 Add current view as step.")
                               : tr("Start with Lesson \u25B8 Next step (or \u2192 in presentation mode)."));
        m_next->clear();
        return;
    }
    const auto& current = steps[static_cast<std::size_t>(step)];
    m_position->setText(tr("Step %1 of %2").arg(step + 1).arg(n));
    m_title->setText(current.title);
    m_note->setText(current.note);
    m_next->setText(step + 1 < n ? tr("Next: %1").arg(steps[static_cast<std::size_t>(step + 1)].title)
                                 : tr("Last step."));
}

} // namespace actlab::explorer
