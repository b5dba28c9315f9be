// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/parameter_assignment.hpp"

#include "common/number_parsing.hpp"

namespace actlab::common {
namespace {

std::string parameterNames(const CurveFunction& function) {
    std::string names;
    for (const ParameterSpec& p : function.parameters()) {
        if (!names.empty()) names += ", ";
        names += p.name;
    }
    return names;
}

} // namespace

std::optional<ParameterAssignment> splitAssignment(std::string_view text) {
    const std::size_t eq = text.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    const ParameterAssignment assignment{trimSpaces(text.substr(0, eq)), trimSpaces(text.substr(eq + 1))};
    if (assignment.name.empty()) return std::nullopt;
    return assignment;
}

std::optional<std::vector<ParameterAssignment>>
splitAssignmentList(std::string_view spec, std::string_view list, char separator, std::string& error) {
    if (list.find_first_not_of(' ') == std::string_view::npos) {
        error = quoteForMessage(spec) + ": expected name=value after '" + separator + "'";
        return std::nullopt;
    }
    std::vector<ParameterAssignment> assignments;
    for (std::size_t start = 0;;) {
        const std::size_t comma = list.find(',', start);
        const std::string_view item =
            list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        const auto assignment = splitAssignment(item);
        if (!assignment) {
            error = quoteForMessage(spec) + ": expected name=value, got " + quoteForMessage(item);
            return std::nullopt;
        }
        assignments.push_back(*assignment);
        if (comma == std::string_view::npos) return assignments;
        start = comma + 1;
    }
}

std::optional<std::string> resolveParameters(const CurveFunction& function,
                                             std::span<const ParameterAssignment> assignments,
                                             std::vector<double>& values) {
    const std::string id(function.id());
    values = function.defaults();
    std::vector<bool> given(values.size(), false);
    for (const ParameterAssignment& a : assignments) {
        const int index = function.parameterIndex(a.name);
        if (index < 0) {
            return id + " has no parameter " + quoteForMessage(a.name) +
                   (function.parameters().empty() ? std::string("; it takes no parameters")
                                                  : "; valid: " + parameterNames(function));
        }
        const auto i = static_cast<std::size_t>(index);
        if (given[i]) return id + ": parameter '" + std::string(a.name) + "' given twice";
        given[i] = true;
        const auto value = parseNumber(a.value);
        if (!value) {
            return id + ": " + std::string(a.name) + ": malformed number " + quoteForMessage(a.value) +
                   "; expected " + std::string(kNumberForms);
        }
        values[i] = *value;
    }
    if (const auto error = function.validate(values)) return id + ": " + error->message;
    return std::nullopt;
}

} // namespace actlab::common
