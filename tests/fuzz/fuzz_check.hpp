// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Shared by the fuzz harnesses: an invariant check that aborts (so libFuzzer, or the corpus replay,
/// reports the input), comparisons by bits, and the one-line rule for error messages.
#include <algorithm>
#include <bit>
#include <cmath>
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

} // namespace actlab::fuzz

#define ACTLAB_FUZZ_CHECK(condition, detail)                                                                 \
    do {                                                                                                     \
        if (!(condition)) ::actlab::fuzz::violated(#condition, __FILE__, __LINE__, (detail));                \
    } while (false)
