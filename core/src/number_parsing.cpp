// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/number_parsing.hpp"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <limits>
#include <string>
#include <system_error>

namespace actlab {
namespace {

bool equalsIgnoringCase(std::string_view text, std::string_view lowerWord) {
    if (text.size() != lowerWord.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lowerWord[i]) return false;
    }
    return true;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

std::optional<double> parseUnsignedNumber(std::string_view text) {
    if (text.empty()) return std::nullopt;
    if (equalsIgnoringCase(text, "inf") || equalsIgnoringCase(text, "infinity"))
        return std::numeric_limits<double>::infinity();
    if (equalsIgnoringCase(text, "nan")) return std::numeric_limits<double>::quiet_NaN();
    const bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    if (hex) text.remove_prefix(2);
    // from_chars would accept a sign, "inf" or "nan" here: require the number to start properly.
    const char first = text.front();
    if (!(hex ? isHexDigit(first) : isDigit(first)) && first != '.') return std::nullopt;
    // libstdc++'s hex from_chars takes "p+-3" as the exponent -3: allow one sign only.
    if (hex) {
        const std::size_t p = text.find_first_of("pP");
        if (p != std::string_view::npos && p + 2 < text.size() &&
            (text[p + 1] == '+' || text[p + 1] == '-') && !isDigit(text[p + 2]))
            return std::nullopt;
    }
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] =
        std::from_chars(text.data(), end, value, hex ? std::chars_format::hex : std::chars_format::general);
    if (ptr != end) return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // Slow path: strtod rounds overflow to ±inf and underflow to the nearest subnormal or zero, where
        // from_chars only reports result_out_of_range.
        std::string copy = hex ? "0x" : "";
        copy.append(text);
        errno = 0;
        return std::strtod(copy.c_str(), nullptr);
    }
    if (ec != std::errc()) return std::nullopt;
    return value;
}

std::optional<double> parseNumber(std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto value = parseUnsignedNumber(text);
    if (!value) return std::nullopt;
    return negative ? -*value : *value;
}

} // namespace actlab
