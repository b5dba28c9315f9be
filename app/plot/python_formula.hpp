// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Typed formulas as NumPy for the Python export: the formula language's plain text (what
/// formula::Formula::text(order, Notation::Plain) prints: f, f′ and f″ after the stability rewrites)
/// translated to a Python expression in x and the parameters.
#include <optional>
#include <string>
#include <string_view>

namespace actlab::formula {
class Formula;
}

namespace actlab::plot {

/// The NumPy expression for `plain`: ^ becomes **, numbers become exact Python floats (hex floats,
/// inf and nan included), exp/log/… become np.exp/np.log/…, min/max/where np.minimum/np.maximum/np.where,
/// sigmoid/softplus/logsigmoid/sech/erf/erfc the stable helpers of python_activations.hpp, a catalogue
/// call id(u, p…) with k primes the k-th item of that function's (f, f′, f″), parameters
/// pythonIdentifier(name). On text it cannot read, nullopt and *error says what and where.
std::optional<std::string> pythonExpression(std::string_view plain, std::string* error = nullptr);

/// A Python function `def NAME(x, params…)` returning f, f′, f″ of the formula (its parameters in
/// parameterNames() order), with the formula as typed in its docstring; nullopt (and *error) if a
/// derivative's text cannot be translated.
std::optional<std::string> pythonFormulaFunction(const formula::Formula& formula, std::string_view name,
                                                 std::string* error = nullptr);

} // namespace actlab::plot
