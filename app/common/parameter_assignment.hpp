// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `NAME=VALUE` parameter assignments as the user types them, resolved against a catalogue function: the
/// one implementation behind `actlab eval --param` and `actlab plot`'s `id:name=value,…` specs.
#include <actlab/curve_function.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::common {

struct ParameterAssignment {
    std::string_view name;
    std::string_view value;
};

/// Splits `NAME=VALUE` at the first '=' (spaces around either part dropped); nothing if there is no '='
/// or no name before it.
std::optional<ParameterAssignment> splitAssignment(std::string_view text);

/// The `NAME=VALUE,NAME=VALUE…` list after the `separator` of a curve spec (':' after an id, ';' after a
/// formula: `actlab plot`'s SPEC, `actlab train --activation`), each item split by splitAssignment(); the
/// views point into `list`. An empty list or an item without '=' gives nothing, and `error` one line
/// quoting the whole `spec` and the item.
std::optional<std::vector<ParameterAssignment>>
splitAssignmentList(std::string_view spec, std::string_view list, char separator, std::string& error);

/// Sets `values` to the defaults of `function` (a catalogue function or a formula) with every assignment
/// applied (each VALUE read by parseNumber()), then validates them together. Returns one line naming the
/// first problem, starting with the id (unknown or repeated name, malformed number, value outside its range,
/// a broken constraint), or nothing when all is well.
std::optional<std::string> resolveParameters(const CurveFunction& function,
                                             std::span<const ParameterAssignment> assignments,
                                             std::vector<double>& values);

} // namespace actlab::common
