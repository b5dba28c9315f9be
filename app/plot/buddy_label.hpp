// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A form label with a mnemonic ("&File:") for a row whose field is a layout: QFormLayout gives such a
/// label no buddy, and a label without a buddy shows its "&".
#include <QLabel>

namespace actlab::plot {

inline QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace actlab::plot
