// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The one registry of activation functions, in a fixed order with stable ids, and parameter validation.
#include "actlab/activation.hpp"
#include "actlab/message.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

/// Every activation, in catalogue order (grouped by family).
std::span<const Activation> catalogue();

/// The activation with this id, or null.
const Activation* findActivation(std::string_view id);

/// Why a set of parameter values was refused.
enum class ParamErrorKind { WrongCount, NotFinite, OutOfRange, NotInteger, Constraint };

struct ParamError {
    ParamError(ParamErrorKind k, int i, Message m)
        : kind(k), index(i), message(m.english()), text(std::move(m)) {}

    ParamErrorKind kind;
    int index;           ///< the parameter at fault, or -1 for a constraint between parameters
    std::string message; ///< names the parameter and what is allowed, e.g. "alpha = 2 is outside [0, 1]"
    Message text;        ///< the same, for translation: `message` is text.english()
};

/// Checks count, finiteness, declared ranges, integrality and cross-parameter constraints.
std::optional<ParamError> validate(const Activation& activation, std::span<const double> params);

/// Formats a double for people: shortest round-trip form, "∞"-free ASCII ("inf", "-inf", "nan").
std::string formatNumber(double value);

} // namespace actlab
