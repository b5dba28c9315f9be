// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/warning_label.hpp"

#include "plot/theme.hpp"

#include <QEvent>

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
    QString sheet;
    if (m_warning) {
        // The background behind the label's text is the window's; a style sheet (not the palette) holds
        // the colour, so that this label's own palette keeps following the application's.
        const bool dark = plot::relativeLuminance(palette().color(QPalette::Window)) < 0.2;
        const QColor ink = dark ? plot::Theme::dark().warningText : plot::Theme::light().warningText;
        sheet = QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(ink.name());
    }
    if (sheet != styleSheet()) setStyleSheet(sheet);
}

} // namespace actlab::explorer
