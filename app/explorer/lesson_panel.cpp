// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/lesson_panel.hpp"

#include "document/document.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace actlab::explorer {

using actlab::document::Document;

LessonPanel::LessonPanel(Document* document, QWidget* parent) : QWidget(parent), m_document(document) {
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Lesson title"));
    m_title->setToolTip(tr("The lesson's title, saved with the session"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lessonSteps"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setToolTip(
        tr("The steps in order. Enter shows a step; F2 or a double-click renames it. In "
           "presentation mode \u2192, Space and PgDn go to the next step, \u2190 and PgUp back."));
    m_list->installEventFilter(this);

    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("A note for this step (shown to you, not to the class)"));
    m_note->setToolTip(tr("The note of the selected step: saved when you leave the box"));
    m_note->setMaximumHeight(110);
    m_note->installEventFilter(this);

    auto makeButton = [this](const QString& themeIcon, const QString& fallback, const QString& text,
                             const QString& tip) {
        auto* b = new QToolButton(this);
        if (!themeIcon.isEmpty()) b->setIcon(QIcon::fromTheme(themeIcon, QIcon(fallback)));
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setToolButtonStyle(themeIcon.isEmpty() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        return b;
    };
    m_add = makeButton({}, {}, tr("Add view"), tr("Add the current view as a step after the selected one"));
    m_update = makeButton({}, {}, tr("Update"), tr("Replace the selected step by the current view"));
    m_show = makeButton({}, {}, tr("Show"), tr("Show the selected step (Enter)"));
    m_up = makeButton(QStringLiteral("go-up"), QStringLiteral(":/icons/up.svg"), tr("Up"),
                      tr("Move the step earlier"));
    m_down = makeButton(QStringLiteral("go-down"), QStringLiteral(":/icons/down.svg"), tr("Down"),
                        tr("Move the step later"));
    m_remove = makeButton(QStringLiteral("list-remove"), QStringLiteral(":/icons/remove.svg"), tr("Remove"),
                          tr("Remove the selected step"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (auto* b : {m_show, m_add, m_update})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (auto* b : {m_up, m_down, m_remove})
        buttons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_title->text() != m_document->lesson().title) m_document->setLessonTitle(m_title->text());
    });
    connect(m_add, &QToolButton::clicked, this,
            [this] { m_document->addStep(tr("Step %1").arg(m_document->stepCount() + 1)); });
    connect(m_show, &QToolButton::clicked, this, [this] { m_document->goToStep(shownStep()); });
    connect(m_update, &QToolButton::clicked, this, [this] { m_document->updateStep(shownStep()); });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int i = shownStep();
        if (m_document->moveStep(i, i - 1)) m_list->setCurrentRow(i - 1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int i = shownStep();
        if (m_document->moveStep(i, i + 1)) m_list->setCurrentRow(i + 1);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_document->removeStep(shownStep()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showNote();
        syncButtons();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_rebuilding) return;
        const int row = m_list->row(item);
        const QString title = item->text().trimmed();
        if (row >= 0 && row < m_document->stepCount() && !title.isEmpty() &&
            title != m_document->lesson().steps[static_cast<std::size_t>(row)].title)
            m_document->setStepTitle(row, title);
        else
            rebuild(); // an empty title is not taken
    });
    connect(m_document, &Document::lessonChanged, this, &LessonPanel::rebuild);
    connect(m_document, &Document::currentStepChanged, this, [this](int step) {
        if (step >= 0) m_list->setCurrentRow(step);
        rebuild(); // the current step is marked
    });
    rebuild();
}

int LessonPanel::shownStep() const {
    return m_list->currentRow();
}

void LessonPanel::rebuild() {
    m_rebuilding = true;
    const int current = m_list->currentRow();
    const auto& lesson = m_document->lesson();
    if (m_title->text() != lesson.title && !m_title->hasFocus()) m_title->setText(lesson.title);
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
            auto* item = new QListWidgetItem(lesson.steps[i].title, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            const bool shown = static_cast<int>(i) == m_document->currentStep();
            item->setToolTip(lesson.steps[i].note.isEmpty() ? tr("Step %1").arg(i + 1)
                                                            : lesson.steps[i].note);
            QFont font = item->font();
            font.setBold(shown);
            item->setFont(font);
        }
        const int rows = m_list->count();
        m_list->setCurrentRow(rows == 0 ? -1 : std::min(std::max(current, 0), rows - 1));
    }
    m_rebuilding = false;
    showNote();
    syncButtons();
}

void LessonPanel::showNote() {
    const int step = shownStep();
    const bool has = step >= 0 && step < m_document->stepCount();
    m_note->setEnabled(has);
    const QString note = has ? m_document->lesson().steps[static_cast<std::size_t>(step)].note : QString();
    if (m_note->toPlainText() != note) m_note->setPlainText(note);
}

void LessonPanel::commitNote() {
    const int step = shownStep();
    if (step < 0 || step >= m_document->stepCount()) return;
    const QString note = m_note->toPlainText();
    if (note != m_document->lesson().steps[static_cast<std::size_t>(step)].note)
        m_document->setStepNote(step, note);
}

void LessonPanel::syncButtons() {
    const int step = shownStep();
    const int n = m_document->stepCount();
    m_update->setEnabled(step >= 0);
    m_show->setEnabled(step >= 0);
    m_remove->setEnabled(step >= 0);
    m_up->setEnabled(step > 0);
    m_down->setEnabled(step >= 0 && step < n - 1);
}

bool LessonPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_note && event->type() == QEvent::FocusOut) commitNote();
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) { // (an open title editor has the keys)
            m_document->goToStep(shownStep());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace actlab::explorer
