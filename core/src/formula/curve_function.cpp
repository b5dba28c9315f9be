// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/curve_function.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace actlab {

/// The parsed formula and its parameters declared as a catalogue entry declares its own; the names are
/// views of the formula's (immutable) parameter names.
struct CurveFunction::FormulaData {
    formula::Formula formula;
    std::vector<ParameterSpec> parameters;

    explicit FormulaData(formula::Formula f) : formula(std::move(f)) {
        constexpr double kMax = std::numeric_limits<double>::max();
        for (const std::string& name : formula.parameterNames())
            parameters.push_back(
                ParameterSpec{name, name, 1.0, -kMax, kMax, false, false, "a parameter of the formula"});
    }
};

CurveFunctionParse CurveFunction::parse(std::string_view formulaText) {
    formula::ParseResult parsed = formula::Formula::parse(formulaText);
    if (!parsed) return CurveFunctionParse{std::nullopt, std::move(parsed.error)};
    return CurveFunctionParse{CurveFunction(std::make_shared<const FormulaData>(std::move(*parsed.formula))),
                              std::nullopt};
}

const formula::Formula* CurveFunction::formula() const {
    return m_formula ? &m_formula->formula : nullptr;
}

std::string_view CurveFunction::id() const {
    return m_activation ? m_activation->id : std::string_view("formula");
}

std::string CurveFunction::name() const {
    return m_activation ? std::string(m_activation->name) : m_formula->formula.source();
}

std::string CurveFunction::formulaText() const {
    return m_activation ? std::string(m_activation->formula)
                        : m_formula->formula.text(0, formula::Notation::Unicode);
}

std::span<const ParameterSpec> CurveFunction::parameters() const {
    return m_activation ? m_activation->parameters : std::span<const ParameterSpec>(m_formula->parameters);
}

std::vector<double> CurveFunction::defaults() const {
    return m_activation ? m_activation->defaults() : m_formula->formula.defaults();
}

int CurveFunction::parameterIndex(std::string_view name) const {
    const auto specs = parameters();
    const auto it =
        std::find_if(specs.begin(), specs.end(), [&](const ParameterSpec& p) { return p.name == name; });
    return it == specs.end() ? -1 : static_cast<int>(it - specs.begin());
}

std::optional<ParamError> CurveFunction::validate(std::span<const double> params) const {
    if (m_activation) return actlab::validate(*m_activation, params);
    const auto specs = parameters();
    if (params.size() != specs.size())
        return ParamError{ParamErrorKind::WrongCount,
                          -1,
                          {ACTLAB_TR_NOOP("Parameters", "the formula takes %1 parameter(s), got %2"),
                           {std::to_string(specs.size()), std::to_string(params.size())}}};
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (!std::isfinite(params[i]))
            return ParamError{
                ParamErrorKind::NotFinite,
                static_cast<int>(i),
                {ACTLAB_TR_NOOP(
                     "Parameters",
                     "%1 = %2 is not a finite number; a formula's parameters take any finite value"),
                 {std::string(specs[i].name), formatNumber(params[i])}}};
    return std::nullopt;
}

Derivs CurveFunction::at(double x, std::span<const double> params, Side side) const {
    if (m_activation) return m_activation->at(x, params, side);
    // A formula's one-sided values are its values at the neighbouring doubles, which differ in the last
    // bits even where nothing jumps; as for a catalogue function, they are the limits only at a kink.
    if (side != Side::Convention && std::isfinite(x)) {
        constexpr double kInf = std::numeric_limits<double>::infinity();
        if (m_formula->formula.kinks(params, std::nextafter(x, -kInf), std::nextafter(x, kInf), 3).empty())
            side = Side::Convention;
    }
    return m_formula->formula.at(x, params, side);
}

void CurveFunction::evaluate(std::span<const double> params, std::span<const double> x, std::span<double> f,
                             std::span<double> df, std::span<double> d2f) const {
    if (m_activation)
        m_activation->evaluate(params, x, f, df, d2f);
    else
        m_formula->formula.evaluate(params, x, f, df, d2f);
}

std::vector<Kink> CurveFunction::kinks(std::span<const double> params, double xmin, double xmax) const {
    if (!m_activation) return m_formula->formula.kinks(params, xmin, xmax);
    std::vector<Kink> all = m_activation->kinks(params);
    std::erase_if(all, [&](const Kink& k) { return !(k.x >= xmin && k.x <= xmax); });
    std::sort(all.begin(), all.end(), [](const Kink& a, const Kink& b) { return a.x < b.x; });
    return all;
}

SampledCurve CurveFunction::sample(std::span<const double> params, double xmin, double xmax,
                                   std::size_t count, int orders) const {
    return m_activation ? sampleCurve(*m_activation, params, xmin, xmax, count, orders)
                        : formula::sampleFormula(m_formula->formula, params, xmin, xmax, count, orders);
}

bool CurveFunction::operator==(const CurveFunction& other) const {
    if (m_activation || other.m_activation) return m_activation == other.m_activation;
    return m_formula == other.m_formula || m_formula->formula.source() == other.m_formula->formula.source();
}

} // namespace actlab
