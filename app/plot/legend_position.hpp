// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A legend position as the window says it (View ▸ Legend position, the undo history), in the interface
/// language; figures and files keep the position's own name ("top left").
#include <QString>

namespace actlab::plot {

/// "Top left" (左上 in Chinese) for "top left"; an unknown position capitalised.
QString legendPositionText(const QString& position);

} // namespace actlab::plot
