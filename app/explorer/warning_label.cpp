// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/warning_label.hpp"

#include "plot/theme.hpp"

#include <QEvent>
#include <QFont>
#include <QPalette>

namespace actlab::explorer {

WarningLabel::WarningLabel(QWidget* parent) : QLabel(parent) {
    restyle();
}

void WarningLabel::setWarning(bool on) {
    if (on == m_warning) return;
    m_warning = on;
    restyle();
}

void WarningLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

void WarningLabel::restyle() {
    if (m_restyling) return; // setPalette() below sends a PaletteChange
    m_restyling = true;
    // Only the text's colour and weight are the label's own (their resolve masks): everything else still
    // follows its window, the window's font included (a style sheet would stop that: the training lab
    // scales its font while presenting), and the application's palette after View ▸ Theme.
    QPalette colours;
    QFont weight;
    if (m_warning) {
        // The background behind the label's text is the window's.
        const bool dark = plot::relativeLuminance(palette().color(QPalette::Window)) < 0.2;
        colours.setColor(QPalette::WindowText,
                         dark ? plot::Theme::dark().warningText : plot::Theme::light().warningText);
        weight.setBold(true);
    }
    setPalette(colours);
    setFont(weight);
    m_restyling = false;
}

} // namespace actlab::explorer
