// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_options.hpp"

#include "cli/eval_command.hpp"
#include "cli/number_formatting.hpp"
#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"

#include <actlab/catalogue.hpp>

#include <charconv>
#include <cmath>

namespace actlab::cli {

bool CommandOptions::next() {
    if (m_started) ++m_index;
    m_started = true;
    return m_index < m_args.size();
}

std::optional<std::string_view> CommandOptions::value(std::string_view option, std::string_view what) {
    const std::string_view arg = current();
    if (arg == option) {
        if (m_index + 1 >= m_args.size()) fail(std::string(option) + " needs " + std::string(what));
        return m_args[++m_index];
    }
    if (arg.size() > option.size() && arg.substr(0, option.size()) == option && arg[option.size()] == '=')
        return arg.substr(option.size() + 1);
    return std::nullopt;
}

bool CommandOptions::flag(std::string_view option) {
    const std::string_view arg = current();
    if (arg == option) return true;
    if (arg.size() > option.size() && arg.substr(0, option.size()) == option && arg[option.size()] == '=')
        fail(std::string(option) + " takes no value, got " + common::quoteForMessage(arg));
    return false;
}

double CommandOptions::number(std::string_view option, std::string_view text) const {
    const std::string_view token = common::trimSpaces(text);
    const auto v = common::parseNumber(token);
    if (!v)
        fail(std::string(option) + ": " +
             (token.empty() ? std::string("empty value")
                            : "malformed number " + common::quoteForMessage(token)) +
             "; expected " + std::string(common::kNumberForms));
    return *v;
}

double CommandOptions::finiteNumber(std::string_view option, std::string_view text) const {
    const double v = number(option, text);
    if (!std::isfinite(v)) fail(std::string(option) + " " + formatDouble(v) + " must be finite");
    return v;
}

std::int64_t CommandOptions::integer(std::string_view option, std::string_view text, std::int64_t lo,
                                     std::int64_t hi) const {
    const std::string_view token = common::trimSpaces(text);
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    const bool digits = !token.empty() && token.find_first_not_of("0123456789") == std::string_view::npos;
    if (!digits || ec != std::errc() || end != token.data() + token.size() || v < lo || v > hi)
        fail(std::string(option) + ": " + common::quoteForMessage(token) + " is not a whole number in [" +
             std::to_string(lo) + ", " + std::to_string(hi) + "]");
    return v;
}

std::uint64_t CommandOptions::seed(std::string_view option, std::string_view text) const {
    const std::string_view token = common::trimSpaces(text);
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    const bool digits = !token.empty() && token.find_first_not_of("0123456789") == std::string_view::npos;
    if (!digits || ec != std::errc() || end != token.data() + token.size())
        fail(std::string(option) + ": " + common::quoteForMessage(token) +
             " is not a whole number in [0, 18446744073709551615]");
    return v;
}

void CommandOptions::addParameter(std::string_view text) {
    const auto assignment = common::splitAssignment(text);
    if (!assignment) fail("--param expects NAME=VALUE, got " + common::quoteForMessage(text));
    m_parameters.push_back(*assignment);
}

void CommandOptions::activationSpec(std::string_view option, std::string_view spec) {
    if (m_id) fail(std::string(option) + " given twice");
    const std::size_t colon = spec.find(':');
    m_id = common::trimSpaces(spec.substr(0, colon));
    if (colon == std::string_view::npos) return;
    std::string problem;
    const auto items = common::splitAssignmentList(spec, spec.substr(colon + 1), ':', problem);
    if (!items) fail(std::string(option) + " " + problem);
    m_parameters.insert(m_parameters.end(), items->begin(), items->end());
}

void CommandOptions::positional(std::string_view allowed, std::string_view usage) {
    const std::string_view arg = current();
    if (arg.size() > 1 && arg.front() == '-')
        fail("unknown option " + common::quoteForMessage(arg) + "; allowed: " + std::string(allowed));
    if (m_id)
        fail("unexpected argument " + common::quoteForMessage(arg) + " (the id is already " +
             common::quoteForMessage(*m_id) + "); usage: " + std::string(usage));
    m_id = arg;
}

const Activation& CommandOptions::activation(std::vector<double>& parameters) const {
    if (!m_id) fail("missing the activation id; run `actlab list` to see the ids");
    const Activation* a = findActivation(*m_id);
    if (a == nullptr) {
        std::string message = "unknown activation id " + common::quoteForMessage(*m_id);
        if (const auto suggestion = closestId(*m_id))
            message += " (did you mean '" + std::string(*suggestion) + "'?)";
        fail(message + "; run `actlab list` to see the ids");
    }
    if (const auto error = common::resolveParameters(CurveFunction(*a), m_parameters, parameters))
        fail(*error);
    return *a;
}

void CommandOptions::fail(const std::string& message) const {
    throw UsageError(m_command + ": " + message);
}

} // namespace actlab::cli
