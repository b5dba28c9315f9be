// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Parsing of one number as the command line accepts it: decimal with optional exponent ("1", "-2.5e-3",
/// ".5"), C99 hex floats ("0x1.8p+1", "-0x1p-1074"), and "inf", "infinity", "nan" in any case, each with an
/// optional sign. Values beyond the double range round to ±inf (or to 0 / a subnormal), as strtod does.
#include <actlab/number_parsing.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace actlab::common {

/// The double the whole of `text` spells, or nothing if it is not exactly one number: the core's parser,
/// the one reading of a number everywhere (actlab/number_parsing.hpp).
using actlab::parseNumber;

/// `text` without the spaces (' ' only) around it, as the command line allows them around a number or a
/// NAME=VALUE item ("--x ' 1, 2'").
std::string_view trimSpaces(std::string_view text);

/// `text` made safe to quote in a one-line message: control bytes shown as '?', long text cut with "...".
std::string quoteForMessage(std::string_view text);

/// `text` with every control byte (below 0x20, and 0x7f) shown as '?', nothing cut: a whole message line
/// that may hold what the user typed (a path) stays one line.
std::string oneLine(std::string_view text);

/// The forms a number may take, for error messages.
inline constexpr std::string_view kNumberForms =
    "a decimal (1.5, -2e-3), a hex float (0x1.8p+1), inf, -inf or nan";

} // namespace actlab::common
