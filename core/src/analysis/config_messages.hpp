// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The messages of the analyses' configuration checks (checkDepthConfig, checkTrainerConfig, …): a setting
/// outside its range, named in people's words (translated in the window) or by its option name.
#include "actlab/catalogue.hpp"
#include "actlab/message.hpp"

#include <cmath>
#include <string>

namespace actlab::analysis::detail {

/// "layers = 0 is outside [1, 1000]", or an empty message when lo <= v <= hi.
inline Message outsideRange(Message name, long long v, long long lo, long long hi) {
    if (v >= lo && v <= hi) return {};
    return {ACTLAB_TR_NOOP("Analysis", "%1 = %2 is outside [%3, %4]"),
            {std::move(name), std::to_string(v), std::to_string(lo), std::to_string(hi)}};
}

/// "sigma-w2 = -1 must be a finite number >= 0", or an empty message.
inline Message notNonNegative(Message name, double v) {
    if (std::isfinite(v) && v >= 0.0) return {};
    return {ACTLAB_TR_NOOP("Analysis", "%1 = %2 must be a finite number >= 0"),
            {std::move(name), formatNumber(v)}};
}

/// "learning rate = 0 must be a finite number > 0", or an empty message.
inline Message notPositive(Message name, double v) {
    if (std::isfinite(v) && v > 0.0) return {};
    return {ACTLAB_TR_NOOP("Analysis", "%1 = %2 must be a finite number > 0"),
            {std::move(name), formatNumber(v)}};
}

/// "leaky_relu: alpha = 2 is outside the allowed range [0, 1]": a parameter refused by validate().
inline Message parameterProblem(std::string_view id, const ParamError& error) {
    return {ACTLAB_TR_NOOP("Analysis", "%1: %2"), {std::string(id), error.text}};
}

} // namespace actlab::analysis::detail
