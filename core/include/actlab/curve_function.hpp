// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What a curve draws — a catalogue activation or a formula typed by the user — behind one interface, so
/// that sampling, the readout, parameter sliders, sessions and the command line treat both alike.
///
///   auto g = actlab::CurveFunction::parse("x*sigmoid(b*x)");   // or CurveFunction(*findActivation("elu"))
///   if (!g) show(g.error->message);
///   g.function->parameters();   // b: default 1, any finite value
///   g.function->sample(params, -5, 5, 2001);
///
/// A CurveFunction is a small value (a pointer to the catalogue entry, or a shared pointer to the parsed
/// formula and its parameter declarations); copies share the formula, which is immutable, so spans
/// returned by parameters() live as long as any copy does.
#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"
#include "actlab/formula/formula.hpp"
#include "actlab/sampling.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

struct CurveFunctionParse;

class CurveFunction {
  public:
    explicit CurveFunction(const Activation& activation) : m_activation(&activation) {}
    /// Parses a typed formula (formula::Formula::parse); the error says what and where.
    static CurveFunctionParse parse(std::string_view formulaText);

    bool isFormula() const { return m_activation == nullptr; }
    const Activation* activation() const { return m_activation; } ///< null for a formula
    const formula::Formula* formula() const;                      ///< null for a catalogue function

    /// The catalogue id, or "formula".
    std::string_view id() const;
    /// "Leaky ReLU", or the formula as typed.
    std::string name() const;
    /// f as shown to people: the catalogue's Unicode formula, or the formula's (formula::Notation::Unicode).
    std::string formulaText() const;

    /// A formula's parameters are its free names, in order of first appearance: default 1, any finite
    /// value (declared range ±DBL_MAX), linear slider.
    std::span<const ParameterSpec> parameters() const;
    std::vector<double> defaults() const;
    int parameterIndex(std::string_view name) const; ///< -1 if absent
    /// As actlab::validate(); a formula's values need only be finite and as many as its parameters.
    std::optional<ParamError> validate(std::span<const double> params) const;

    Derivs at(double x, std::span<const double> params, Side side = Side::Convention) const;
    /// As Activation::evaluate(): f (and df, d2f when not empty) at every x.
    void evaluate(std::span<const double> params, std::span<const double> x, std::span<double> f,
                  std::span<double> df = {}, std::span<double> d2f = {}) const;
    /// The kinks inside [xmin, xmax], sorted.
    std::vector<Kink> kinks(std::span<const double> params, double xmin, double xmax) const;
    /// actlab::sampleCurve or formula::sampleFormula.
    SampledCurve sample(std::span<const double> params, double xmin, double xmax, std::size_t count,
                        int orders = 3) const;

    /// Same catalogue entry, or formulas of the same text.
    bool operator==(const CurveFunction& other) const;

    struct FormulaData;

  private:
    explicit CurveFunction(std::shared_ptr<const FormulaData> formula) : m_formula(std::move(formula)) {}
    const Activation* m_activation = nullptr;
    std::shared_ptr<const FormulaData> m_formula;
};

/// Either a curve function or the reason the formula was refused.
struct CurveFunctionParse {
    std::optional<CurveFunction> function;
    std::optional<formula::ParseError> error;
    explicit operator bool() const { return function.has_value(); }
};

} // namespace actlab
