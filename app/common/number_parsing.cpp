// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/number_parsing.hpp"

namespace actlab::common {

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
