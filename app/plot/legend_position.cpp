// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/legend_position.hpp"

#include <QCoreApplication>

namespace actlab::plot {

QString legendPositionText(const QString& position) {
    static const char* const names[][2] = {
        {"top left", QT_TRANSLATE_NOOP("actlab::plot::legend", "Top left")},
        {"top", QT_TRANSLATE_NOOP("actlab::plot::legend", "Top")},
        {"top right", QT_TRANSLATE_NOOP("actlab::plot::legend", "Top right")},
        {"left", QT_TRANSLATE_NOOP("actlab::plot::legend", "Left")},
        {"center", QT_TRANSLATE_NOOP("actlab::plot::legend", "Center")},
        {"right", QT_TRANSLATE_NOOP("actlab::plot::legend", "Right")},
        {"bottom left", QT_TRANSLATE_NOOP("actlab::plot::legend", "Bottom left")},
        {"bottom", QT_TRANSLATE_NOOP("actlab::plot::legend", "Bottom")},
        {"bottom right", QT_TRANSLATE_NOOP("actlab::plot::legend", "Bottom right")},
        {"outside right", QT_TRANSLATE_NOOP("actlab::plot::legend", "Outside right")}};
    for (const auto& [key, text] : names)
        if (position == QLatin1String(key)) return QCoreApplication::translate("actlab::plot::legend", text);
    return position.left(1).toUpper() + position.mid(1);
}

} // namespace actlab::plot
