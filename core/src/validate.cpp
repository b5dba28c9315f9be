// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/catalogue.hpp"

#include <charconv>
#include <cmath>

namespace actlab {

std::string formatNumber(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, res.ptr);
}

std::optional<ParamError> validate(const Activation& activation, std::span<const double> params) {
    const auto& specs = activation.parameters;
    if (params.size() != specs.size())
        return ParamError{
            ParamErrorKind::WrongCount,
            -1,
            {ACTLAB_TR_NOOP("Parameters", "%1 takes %2 parameter(s), got %3"),
             {std::string(activation.id), std::to_string(specs.size()), std::to_string(params.size())}}};
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const ParameterSpec& s = specs[i];
        const double v = params[i];
        const int idx = static_cast<int>(i);
        const std::string name(s.name);
        const std::string range = "[" + formatNumber(s.min) + ", " + formatNumber(s.max) + "]";
        if (!std::isfinite(v))
            return ParamError{ParamErrorKind::NotFinite,
                              idx,
                              {ACTLAB_TR_NOOP("Parameters", "%1 = %2 is not a finite number; allowed: %3"),
                               {name, formatNumber(v), range}}};
        if (v < s.min || v > s.max)
            return ParamError{ParamErrorKind::OutOfRange,
                              idx,
                              {ACTLAB_TR_NOOP("Parameters", "%1 = %2 is outside the allowed range %3"),
                               {name, formatNumber(v), range}}};
        if (s.integer && v != std::floor(v))
            return ParamError{ParamErrorKind::NotInteger,
                              idx,
                              {ACTLAB_TR_NOOP("Parameters", "%1 = %2 must be a whole number in %3"),
                               {name, formatNumber(v), range}}};
    }
    if (activation.crossCheck) {
        Message problem = activation.crossCheck(params.data());
        if (!problem.empty()) return ParamError{ParamErrorKind::Constraint, -1, std::move(problem)};
    }
    return std::nullopt;
}

} // namespace actlab
