// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/message.hpp"

namespace actlab {

std::string fillMessage(std::string_view pattern, std::span<const std::string> args) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < args.size()) {
                out += args[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string Message::english() const {
    if (args.empty()) return source;
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const Message& a : args)
        filled.push_back(a.english());
    return fillMessage(source, filled);
}

} // namespace actlab
