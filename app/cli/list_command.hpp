// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab list [--json]`: the catalogue as an aligned table, or as a JSON array.
#include <span>
#include <string>
#include <string_view>

namespace actlab::cli {

/// The aligned table: id, name, family, parameters with their defaults, PyTorch name.
std::string catalogueTable();

/// The JSON array: one object per activation with id, name, family, torch, formula, latex, parameters
/// (name, symbol, default, min, max, log_scale, integer, meaning), kinks at the default parameters
/// (x, order), properties at the defaults, notes and kink_convention.
std::string catalogueJson();

/// Runs `list` with its arguments (after the word "list"); returns the text to print. Throws UsageError.
std::string runList(std::span<const std::string_view> args);

} // namespace actlab::cli
