// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/curve_label.hpp"

#include "plot/data_words.hpp"
#include "plot/figure_spec.hpp"

#include "common/qt_text.hpp"

#include <QStringList>

namespace actlab::plot {

QString formatLabelNumber(double value) {
    return formatSignificant(value, 6);
}

QString formatSignificant(double value, int digits) {
    return QString::number(value, 'g', digits).replace(QLatin1Char('-'), QChar(0x2212));
}

QString automaticLabel(const actlab::CurveFunction& function, const std::vector<double>& params) {
    const QString name =
        functionName(function); // 高斯函数 in the Chinese window, English on the command line
    const auto specs = function.parameters();
    if (specs.empty()) return name;
    QStringList shown;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const double value = i < params.size() ? params[i] : specs[i].defaultValue;
        if (specs.size() > 1 && value == specs[i].defaultValue) continue;
        const auto& symbol = specs[i].symbol.empty() ? specs[i].name : specs[i].symbol;
        shown << common::toQString(symbol) + QLatin1Char('=') + formatLabelNumber(value);
    }
    if (shown.isEmpty()) return name;
    return name + QStringLiteral(" (") + shown.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString curveLabel(const CurveSpec& curve) {
    if (!curve.label.isEmpty()) return curve.label;
    const auto function = functionOf(curve);
    if (!function) return curve.id;
    return automaticLabel(*function, curve.params);
}

} // namespace actlab::plot
