// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// NumPy sources of the catalogue for the Python export (python_export.hpp): one entry per id with f, f'
/// and f'' written out in the stable forms the core uses (σ and softplus from e^(−|u|), expm1, erfc,
/// hypot, Taylor series where closed forms cancel) and the core's (PyTorch's) values at kinks. Checked
/// against the core by the Python export tests over every preset and all 33 functions.
#include <span>
#include <string>
#include <string_view>

namespace actlab {
struct Activation;
}

namespace actlab::plot {

/// One catalogue function as Python: `setup` holds statements (one per line) that compute shared
/// intermediates from x (a NumPy array) and the parameters (named by pythonIdentifier()); f, df and d2f
/// are NumPy expressions over them.
struct PythonActivation {
    std::string_view id;
    std::string_view setup;
    std::string_view f;
    std::string_view df;
    std::string_view d2f;
};

/// The entry for a catalogue id, or nullptr.
const PythonActivation* findPythonActivation(std::string_view id);

/// `def ID(x, params…)` returning (f, f′, f″) of a catalogue function (its parameters in declaration
/// order, named by pythonIdentifier()); empty if it has no entry.
std::string pythonActivationFunction(const Activation& activation);

/// The functions of the catalogue entries that `code` calls (a curve's relu(x), a typed formula's
/// gelu(u), elu(u, 0.5)), in catalogue order, separated by two blank lines.
std::string pythonActivationsFor(const std::string& code);

/// A helper the generated code may call (_sigmoid, _softplus, _erfc, …) with its definition.
struct PythonHelper {
    std::string_view name;
    std::string_view source;
};
std::span<const PythonHelper> pythonHelpers();

/// The definitions of the helpers that `code` uses (and the helpers those use), in table order,
/// separated by two blank lines.
std::string pythonHelpersFor(const std::string& code);

/// A double as a Python float literal that reads back to the same bits ("2.0", "0.1", "1e-300",
/// "math.inf", "math.nan").
std::string pythonNumber(double value);

/// A parameter or function name as a Python identifier: keywords and names the script itself uses
/// (np, math, plt, x, f, df, d2f) get a trailing underscore ("lambda" → "lambda_").
std::string pythonIdentifier(std::string_view name);

} // namespace actlab::plot
