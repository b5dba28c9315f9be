// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Automatic legend labels, e.g. "Leaky ReLU (α=0.1)".
#include <QString>

#include <vector>

namespace actlab {
class CurveFunction;
}

namespace actlab::plot {

struct CurveSpec;

/// A number as a label shows it: up to 6 significant digits, "−" (U+2212) for negatives.
QString formatLabelNumber(double value);
/// A number to `digits` significant digits ("1.7e−05"), "−" (U+2212) for every minus sign.
QString formatSignificant(double value, int digits);

/// The display name (a formula's text) followed by the parameters in parentheses. A one-parameter function
/// always shows its parameter (the material writes "Leaky ReLU (α=0.01)", "ELU (α=1)"); with several
/// parameters only those that differ from their defaults are shown ("SELU", "Hardtanh (min=−2, max=2)").
QString automaticLabel(const actlab::CurveFunction& function, const std::vector<double>& params);

/// The curve's label if set, else the automatic one; the id itself if it is not in the catalogue.
QString curveLabel(const CurveSpec& curve);

} // namespace actlab::plot
