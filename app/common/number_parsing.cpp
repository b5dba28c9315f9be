// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/number_parsing.hpp"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <limits>
#include <system_error>

namespace actlab::common {
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

/// Slow path for results outside the double range: strtod rounds overflow to ±inf and underflow to the
/// nearest subnormal or zero, where std::from_chars only reports result_out_of_range.
double parseOutOfRange(std::string_view unsignedText, bool hex) {
    std::string copy = hex ? "0x" : "";
    copy.append(unsignedText);
    errno = 0;
    return std::strtod(copy.c_str(), nullptr);
}

} // namespace

std::optional<double> parseNumber(std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty()) return std::nullopt;

    double value = 0.0;
    if (equalsIgnoringCase(text, "inf") || equalsIgnoringCase(text, "infinity")) {
        value = std::numeric_limits<double>::infinity();
    } else if (equalsIgnoringCase(text, "nan")) {
        value = std::numeric_limits<double>::quiet_NaN();
    } else {
        const bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
        if (hex) text.remove_prefix(2);
        // from_chars would accept a second sign, "inf" or "nan" here: require the number to start properly.
        const char first = text.front();
        if (!(hex ? isHexDigit(first) : isDigit(first)) && first != '.') return std::nullopt;
        // libstdc++'s hex from_chars takes "p+-3" as the exponent -3: allow one sign only.
        if (hex) {
            const std::size_t p = text.find_first_of("pP");
            if (p != std::string_view::npos && p + 2 < text.size() &&
                (text[p + 1] == '+' || text[p + 1] == '-') && !isDigit(text[p + 2]))
                return std::nullopt;
        }
        const auto format = hex ? std::chars_format::hex : std::chars_format::general;
        const char* end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, value, format);
        if (ptr != end) return std::nullopt;
        if (ec == std::errc::result_out_of_range) {
            value = parseOutOfRange(text, hex);
        } else if (ec != std::errc()) {
            return std::nullopt;
        }
    }
    return negative ? -value : value;
}

std::string oneLine(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) c = '?';
    }
    return out;
}

std::string quoteForMessage(std::string_view text) {
    constexpr std::size_t kMaxShown = 60;
    return "'" + oneLine(text.substr(0, kMaxShown)) + (text.size() > kMaxShown ? "..." : "") + "'";
}

std::string_view trimSpaces(std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

} // namespace actlab::common
