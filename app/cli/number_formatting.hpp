// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Printing a double so that it reads back bit for bit: the shortest round-trip form (std::to_chars),
/// with "inf", "-inf" and "nan" spelled exactly so and "-0" kept.
#include <string>

namespace actlab::cli {

/// The longest text formatDouble() writes ("-2.2250738585072014e-308").
inline constexpr int kMaxFormattedDouble = 24;

/// Writes `value` at `out` (room for kMaxFormattedDouble chars, no terminator) and returns the end.
char* formatDouble(char* out, double value);

/// The same as a string.
std::string formatDouble(double value);

} // namespace actlab::cli
