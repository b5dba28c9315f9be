// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Helpers of the formula tests: parse-or-fail, evaluation at one point, and the comparison bar of
/// issue 12 (1e-9 relative, or 4ε times the local scale |x·q'(x)| near zeros of q, or an absolute 1e-300
/// below which doubles are subnormal or nearly so).
#include "actlab/formula/formula.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace actlab::formula::test {

inline Formula parseOrFail(const std::string& text) {
    ParseResult r = Formula::parse(text);
    if (!r) {
        ADD_FAILURE() << "'" << text << "' was refused: " << r.error->message;
        return *Formula::parse("0").formula;
    }
    return *r.formula;
}

inline Derivs eval(const Formula& f, double x, std::vector<double> params = {}) {
    if (params.empty()) params = f.defaults();
    return f.at(x, params);
}

inline constexpr double kBar = 1e-9;
inline constexpr double kUnderflowFloor = 1e-300;

/// Is `got` within the bar of `want`, where `slope` is the derivative of the quantity at x?
inline bool withinBar(double got, double want, double x, double slope) {
    if (std::isnan(want)) return std::isnan(got);
    if (std::isinf(want)) return got == want;
    if (!std::isfinite(got)) return false;
    const double err = std::fabs(got - want);
    const double scale = std::isfinite(slope) ? std::fabs(x * slope) : 0.0;
    return err <= kBar * std::fabs(want) || err <= 4 * std::numeric_limits<double>::epsilon() * scale ||
           err <= kUnderflowFloor;
}

/// Expects got ≈ want to 1e-12 relative (or 1e-300 absolute) — for closed forms computed in the test.
inline void expectClose(double got, double want, const std::string& what, double rel = 1e-12) {
    if (std::isnan(want)) {
        EXPECT_TRUE(std::isnan(got)) << what << ": got " << got << ", expected NaN";
        return;
    }
    if (std::isinf(want)) {
        EXPECT_EQ(got, want) << what;
        return;
    }
    EXPECT_TRUE(std::fabs(got - want) <= rel * std::fabs(want) || std::fabs(got - want) <= kUnderflowFloor)
        << what << ": got " << got << " expected " << want << " (rel err "
        << std::fabs(got - want) / std::fabs(want) << ")";
}

} // namespace actlab::formula::test
