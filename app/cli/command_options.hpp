// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What `actlab stats`, `actlab depth` and `actlab train` share when they read their arguments: options given
/// as
/// "--opt VALUE" or "--opt=VALUE", the activation id with its did-you-mean hint, NAME=VALUE parameters
/// resolved by common::resolveParameters, and strict numbers (common::parseNumber). Every problem is a
/// UsageError whose one line starts with the command's name.
#include "common/parameter_assignment.hpp"

#include <actlab/activation.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::cli {

class CommandOptions {
  public:
    CommandOptions(std::string_view command, std::span<const std::string_view> args)
        : m_command(command), m_args(args) {}

    /// Moves to the next argument; false at the end.
    bool next();
    std::string_view current() const { return m_args[m_index]; }

    /// If the current argument is `option` ("--opt VALUE", consuming the value, or "--opt=VALUE"), its
    /// value; `what` names the value in the message when it is missing.
    std::optional<std::string_view> value(std::string_view option, std::string_view what);
    /// True if the current argument is the flag `option` exactly ("--flag=…" is refused).
    bool flag(std::string_view option);

    /// True if the current argument asks for the command's help (--help or -h).
    bool help() const { return current() == "--help" || current() == "-h"; }

    /// One number, as common::parseNumber reads it; `option` names it in the message.
    double number(std::string_view option, std::string_view text) const;
    /// One finite number (inf and nan are refused with "OPTION V must be finite").
    double finiteNumber(std::string_view option, std::string_view text) const;
    /// A whole number in [lo, hi], decimal digits only.
    std::int64_t integer(std::string_view option, std::string_view text, std::int64_t lo,
                         std::int64_t hi) const;
    /// An unsigned 64-bit seed, decimal digits only.
    std::uint64_t seed(std::string_view option, std::string_view text) const;

    /// Records a --param NAME=VALUE.
    void addParameter(std::string_view text);
    /// Takes a curve spec `ID` or `ID:NAME=VALUE,…` (as `actlab plot` reads it) as the id and parameters;
    /// `option` names it in the messages.
    void activationSpec(std::string_view option, std::string_view spec);
    /// Takes the current argument as the id, or refuses it (a second positional argument, an unknown
    /// option); `allowed` lists the options for the message, `usage` is the synopsis.
    void positional(std::string_view allowed, std::string_view usage);

    /// The activation named by the id, with every parameter resolved and validated.
    const Activation& activation(std::vector<double>& parameters) const;

    [[noreturn]] void fail(const std::string& message) const;

  private:
    std::string m_command;
    std::span<const std::string_view> m_args;
    std::size_t m_index = 0;
    bool m_started = false;
    std::optional<std::string_view> m_id;
    std::vector<common::ParameterAssignment> m_parameters;
};

} // namespace actlab::cli
