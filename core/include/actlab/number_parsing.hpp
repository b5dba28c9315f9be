// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The one reading of a number a person types, everywhere in ActLab (the command line, `actlab plot`,
/// the window's boxes, session files' number strings, typed formulas): decimal with an optional exponent
/// ("1", "-2.5e-3", ".5"), C99 hex floats ("0x1.8p+1", "-0x1p-1074"), and "inf", "infinity", "nan" in
/// any case, each with an optional sign. Values beyond the double range round to ±inf (or to 0 or a
/// subnormal), as strtod does; decimal and hex are correctly rounded.
#include <optional>
#include <string_view>

namespace actlab {

/// The double the whole of `text` spells, or nothing if it is not exactly one number.
std::optional<double> parseNumber(std::string_view text);

/// The same without a sign: the number a formula's tokenizer has cut out ("2.5e3", "0x1p-2", "inf").
std::optional<double> parseUnsignedNumber(std::string_view text);

} // namespace actlab
