// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/lab_presentation.hpp"

#include "document/document.hpp"
#include "explorer/presentation.hpp"
#include "explorer/training_lab.hpp"

#include <QAction>
#include <QMainWindow>
#include <QPushButton>
#include <QScreen>

namespace actlab::explorer {

LabPresentation::LabPresentation(TrainingLab* lab, Presentation* presentation,
                                 actlab::document::Document* document,
                                 std::initializer_list<QAction*> scaleActions)
    : QObject(lab), m_lab(lab), m_presentation(presentation), m_document(document) {
    for (QAction* a : scaleActions)
        lab->addAction(a);
    // The presentation's clicker keys, without Space: in the lab Space plays and pauses.
    const std::array<std::pair<const char*, QList<QKeySequence>>, 5> keys{{
        {"labPresentNext", {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)}},
        {"labPresentPrevious", {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}},
        {"labPresentFirst", {QKeySequence(Qt::Key_Home)}},
        {"labPresentLast", {QKeySequence(Qt::Key_End)}},
        {"labBackToPresentation", {QKeySequence(Qt::Key_Escape)}},
    }};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        auto* a = new QAction(lab);
        a->setObjectName(QLatin1String(keys[i].first));
        a->setShortcuts(keys[i].second);
        a->setEnabled(false);
        lab->addAction(a);
        m_keys[i] = a;
    }
    connect(key(Next), &QAction::triggered, presentation, &Presentation::nextStep);
    connect(key(Previous), &QAction::triggered, presentation, &Presentation::previousStep);
    connect(key(First), &QAction::triggered, presentation, &Presentation::firstStep);
    connect(key(Last), &QAction::triggered, presentation, &Presentation::lastStep);
    connect(key(Back), &QAction::triggered, lab, &QWidget::close);

    connect(presentation, &Presentation::activeChanged, this, [this](bool on) {
        if (on && m_lab->isVisible())
            show();
        else if (!on && m_presenting)
            leave();
    });
    connect(presentation, &Presentation::scaleChanged, this, [this](double scale) {
        if (m_presenting) m_lab->setDisplayScale(scale);
    });
    connect(document, &actlab::document::Document::lessonChanged, this, &LabPresentation::syncKeys);
    connect(document, &actlab::document::Document::currentStepChanged, this, [this](int index) {
        // A step without the lab: the slide shows (a step with it shows the lab again after this).
        if (!m_presenting || !m_lab->isVisible() || index < 0 || index >= m_document->stepCount()) return;
        if (!m_document->lesson().steps[static_cast<std::size_t>(index)].lab) m_lab->close();
    });
    connect(lab, &TrainingLab::closed, this, [this] {
        if (m_presenting) backToPresentation();
    });
}

void LabPresentation::show() {
    if (m_presentation->isActive() && !m_presenting) enter();
    m_lab->show();
    if (m_presenting) {
        // Without a window manager (a bare X server, a kiosk) full screen is only a request: fill the
        // screen ourselves too, as the presentation does.
        if (const QScreen* screen = m_presentation->window()->screen())
            m_lab->setGeometry(screen->geometry());
        m_lab->playButton()->setFocus(Qt::OtherFocusReason);
    }
    m_lab->raise();
    m_lab->activateWindow();
}

void LabPresentation::enter() {
    m_presenting = true;
    m_wasMaximized = m_lab->isMaximized();
    m_normalGeometry = m_lab->normalGeometry();
    m_settingsWereShown = m_lab->settingsShown();
    m_lab->setSettingsShown(false);
    m_lab->setDisplayScale(m_presentation->scale());
    if (QScreen* screen = m_presentation->window()->screen()) {
        m_lab->setScreen(screen);
        m_lab->setGeometry(screen->geometry());
    }
    m_lab->setWindowState(Qt::WindowFullScreen); // applies now if shown, else at show()
    syncKeys();
}

void LabPresentation::leave() {
    m_presenting = false;
    m_lab->setDisplayScale(1);
    m_lab->setSettingsShown(m_settingsWereShown);
    m_lab->setWindowState(m_wasMaximized ? Qt::WindowMaximized : Qt::WindowNoState);
    if (!m_wasMaximized && m_normalGeometry.isValid()) m_lab->setGeometry(m_normalGeometry);
    syncKeys();
}

void LabPresentation::backToPresentation() {
    leave(); // the lab opens as a window of its own next time, unless presenting again
    QMainWindow* window = m_presentation->window();
    window->raise();
    window->activateWindow();
}

void LabPresentation::syncKeys() {
    const bool steps = m_presenting && m_document->stepCount() > 0;
    for (QAction* a : {key(Next), key(Previous), key(First), key(Last)})
        a->setEnabled(steps);
    key(Back)->setEnabled(m_presenting);
}

} // namespace actlab::explorer
