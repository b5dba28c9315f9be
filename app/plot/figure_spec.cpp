// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/figure_spec.hpp"
#include "common/qt_text.hpp"

#include <actlab/catalogue.hpp>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace actlab::plot {

std::optional<actlab::CurveFunction> functionOf(const CurveSpec& curve) {
    if (!curve.formula.text.isEmpty()) return curve.formula.function;
    if (const auto* activation = actlab::findActivation(curve.id.toStdString()))
        return actlab::CurveFunction(*activation);
    return std::nullopt;
}

QString functionName(const CurveSpec& curve) {
    return curve.formula.text.isEmpty()
               ? curve.id
               : QCoreApplication::translate("actlab::plot::FigureSpec", "formula %1")
                     .arg(curve.formula.text);
}

std::optional<CurveFormula> parseCurveFormula(const QString& text, QString* error, int* column) {
    auto parsed = actlab::CurveFunction::parse(text.toStdString());
    if (!parsed) {
        if (error) *error = common::translated(parsed.error->text);
        if (column) *column = static_cast<int>(parsed.error->column);
        return std::nullopt;
    }
    return CurveFormula{text, std::move(parsed.function)};
}

SliderRange defaultSliderRange(const actlab::CurveFunction& function, int index) {
    const auto& spec = function.parameters()[static_cast<std::size_t>(index)];
    if (!std::isfinite(spec.max - spec.min)) return SliderRange{-5, 5, false};
    SliderRange range{spec.min, spec.max, false};
    if (spec.logScale && spec.max > 0) {
        range.log = true;
        if (range.lo <= 0)
            range.lo = std::min(spec.defaultValue > 0 ? spec.defaultValue : spec.max, spec.max) / 1000.0;
    }
    return range;
}

SliderRange sliderOf(const CurveSpec& curve, const actlab::CurveFunction& function, int index) {
    if (index >= 0 && index < static_cast<int>(curve.sliders.size()))
        return curve.sliders[static_cast<std::size_t>(index)];
    return defaultSliderRange(function, index);
}

} // namespace actlab::plot
