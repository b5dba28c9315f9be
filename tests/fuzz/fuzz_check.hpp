// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Shared by the fuzz harnesses: an invariant check that aborts (so libFuzzer, or the corpus replay,
/// reports the input), comparisons by bits, and the one-line rule for error messages.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace actlab::fuzz {

[[noreturn]] inline void violated(const char* condition, const char* file, int line,
                                  std::string_view detail) {
    std::fprintf(stderr, "%s:%d: fuzz invariant violated: %s\n", file, line, condition);
    if (!detail.empty())
        std::fprintf(stderr, "  detail: %.*s\n", static_cast<int>(std::min<std::size_t>(detail.size(), 2000)),
                     detail.data());
    std::abort();
}

/// The same double, bit for bit, except that every NaN equals every NaN: "nan" is printed for a NaN of
/// either sign (formatDouble), so a NaN's sign and payload do not survive a round trip by design.
inline bool sameValue(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

/// One line: no control bytes (newline, carriage return, escape, ...) and not empty.
inline bool isOneLine(std::string_view message) {
    if (message.empty()) return false;
    for (const char c : message) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) return false;
    }
    return true;
}

/// A parser's error message: one line, ending "at column N" with N = `column`, and the column within the
/// text (1 … length + 1, the end of the text included).
inline bool isColumnMessage(std::string_view message, std::size_t column, std::size_t textSize) {
    const std::string suffix = "at column " + std::to_string(column);
    return isOneLine(message) && column >= 1 && column <= textSize + 1 && message.size() >= suffix.size() &&
           message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace actlab::fuzz

#define ACTLAB_FUZZ_CHECK(condition, detail)                                                                 \
    do {                                                                                                     \
        if (!(condition)) ::actlab::fuzz::violated(#condition, __FILE__, __LINE__, (detail));                \
    } while (false)
