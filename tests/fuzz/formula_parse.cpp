// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz harness: the formula parser (issue 12), Formula::parse on any bytes, and what a parsed formula is
// then asked for in the window (values, kinks, the accuracy check).
//
// Input: the formula text, as typed.
// Invariants:
//  - parse() never throws; it gives a formula or an error, never both;
//  - an error's message is one line ending "at column N" with N its column, 1 ≤ N ≤ length + 1;
//  - a formula's parameters are distinct names other than x; its plain text of f, f' and f'' parses
//    again, with parameters among the formula's own (simplification may drop one: 0*b);
//  - evaluating f, f', f'' at defaults (spans and points, also at ±inf and NaN) does not throw;
//  - kinks in [−5, 5] are sorted and inside the range; the accuracy check's ranges lie inside it.
#include "fuzz_check.hpp"

#include "actlab/formula/formula.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <string_view>

namespace {

using actlab::formula::Formula;
using actlab::fuzz::isOneLine;

void checkFormula(const Formula& f) {
    const auto& names = f.parameterNames();
    const std::set<std::string> unique(names.begin(), names.end());
    ACTLAB_FUZZ_CHECK(unique.size() == names.size(), f.source());
    ACTLAB_FUZZ_CHECK(!unique.contains("x"), f.source());
    for (int order = 0; order < 3; ++order) {
        const std::string text = f.text(order);
        const auto again = Formula::parse(text);
        ACTLAB_FUZZ_CHECK(again.formula.has_value() != again.error.has_value(), text);
        ACTLAB_FUZZ_CHECK(again.formula.has_value(),
                          "plain text does not parse again: " + text + " -> " + again.error->message);
        for (const auto& name : again.formula->parameterNames())
            ACTLAB_FUZZ_CHECK(unique.contains(name), text + ": " + name);
    }
    const auto params = f.defaults();
    constexpr double inf = std::numeric_limits<double>::infinity();
    const std::array<double, 7> x{-inf, -5.0, -0.5, 0.0, 1e-300, 3.0, inf};
    std::array<double, 7> v{}, d{}, d2{};
    f.evaluate(params, x, v, d, d2);
    for (const double p : x)
        (void)f.at(p, params, actlab::Side::Left);
    (void)f.at(std::numeric_limits<double>::quiet_NaN(), params);
    const auto kinks = f.kinks(params, -5, 5, 64);
    for (std::size_t i = 0; i < kinks.size(); ++i) {
        ACTLAB_FUZZ_CHECK(kinks[i].x >= -5 && kinks[i].x <= 5, f.source());
        ACTLAB_FUZZ_CHECK(i == 0 || kinks[i - 1].x <= kinks[i].x, f.source());
    }
    for (const auto& r : f.checkAccuracy(params, -5, 5, 33)) {
        ACTLAB_FUZZ_CHECK(r.xmin >= -5 && r.xmax <= 5 && r.xmin <= r.xmax, f.source());
        ACTLAB_FUZZ_CHECK(r.order >= 0 && r.order <= 2, f.source());
        ACTLAB_FUZZ_CHECK(isOneLine(r.reason), r.reason);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = Formula::parse(text);
    ACTLAB_FUZZ_CHECK(result.formula.has_value() != result.error.has_value(), std::string(text));
    if (result.error) {
        const auto& e = *result.error;
        ACTLAB_FUZZ_CHECK(actlab::fuzz::isColumnMessage(e.message, e.column, size), e.message);
        return 0;
    }
    checkFormula(*result.formula);
    return 0;
}
