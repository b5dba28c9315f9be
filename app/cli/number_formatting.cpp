// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/number_formatting.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

namespace actlab::cli {

char* formatDouble(char* out, double value) {
    if (std::isnan(value)) { // to_chars would print "-nan" for a NaN with the sign bit set
        std::memcpy(out, "nan", 3);
        return out + 3;
    }
    return std::to_chars(out, out + kMaxFormattedDouble, value).ptr;
}

std::string formatDouble(double value) {
    char buffer[kMaxFormattedDouble];
    return std::string(buffer, formatDouble(buffer, value));
}

} // namespace actlab::cli
