// SPDX-License-Identifier: GPL-3.0-or-later
// formatDouble: exact spellings of special values, and every printed double reads back bit for bit
// (checked with strtod, independently of our own parser, and with actlab::common::parseNumber).
#include "cli/number_formatting.hpp"
#include "common/number_parsing.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

using actlab::cli::formatDouble;

namespace {

std::uint64_t bitsOf(double x) {
    std::uint64_t b = 0;
    std::memcpy(&b, &x, sizeof b);
    return b;
}

double fromBits(std::uint64_t b) {
    double x = 0;
    std::memcpy(&x, &b, sizeof x);
    return x;
}

void expectRoundTrip(double x) {
    const std::string text = formatDouble(x);
    ASSERT_LE(text.size(), static_cast<std::size_t>(actlab::cli::kMaxFormattedDouble));
    EXPECT_EQ(bitsOf(std::strtod(text.c_str(), nullptr)), bitsOf(x)) << text;
    const auto parsed = actlab::common::parseNumber(text);
    ASSERT_TRUE(parsed.has_value()) << text;
    EXPECT_EQ(bitsOf(*parsed), bitsOf(x)) << text;
}

} // namespace

TEST(NumberFormatting, SpecialSpellings) {
    EXPECT_EQ(formatDouble(0.0), "0");
    EXPECT_EQ(formatDouble(-0.0), "-0");
    EXPECT_EQ(formatDouble(std::numeric_limits<double>::infinity()), "inf");
    EXPECT_EQ(formatDouble(-std::numeric_limits<double>::infinity()), "-inf");
    EXPECT_EQ(formatDouble(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(formatDouble(-std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(formatDouble(fromBits(0x7ff0000000000001ULL)), "nan"); // signalling NaN
    EXPECT_EQ(formatDouble(0.1), "0.1");
    EXPECT_EQ(formatDouble(0.5), "0.5");
    EXPECT_EQ(formatDouble(-3.0), "-3");
    EXPECT_EQ(formatDouble(std::numeric_limits<double>::denorm_min()), "5e-324");
    EXPECT_EQ(formatDouble(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
    EXPECT_EQ(formatDouble(-std::numeric_limits<double>::min()), "-2.2250738585072014e-308");
    EXPECT_EQ(formatDouble(1.0 / 3.0), "0.3333333333333333");
}

TEST(NumberFormatting, BoundaryValuesRoundTrip) {
    const double specials[] = {0.0,
                               -0.0,
                               1.0,
                               -1.0,
                               std::numeric_limits<double>::denorm_min(),
                               -std::numeric_limits<double>::denorm_min(),
                               2 * std::numeric_limits<double>::denorm_min(),
                               std::numeric_limits<double>::min(),
                               std::nextafter(std::numeric_limits<double>::min(), 0.0), // largest subnormal
                               std::numeric_limits<double>::max(),
                               std::numeric_limits<double>::epsilon(),
                               1.0 + std::numeric_limits<double>::epsilon(),
                               std::nextafter(1.0, 0.0),
                               0.1,
                               0.2,
                               0.30000000000000004,
                               1e21,
                               1e22,
                               1e23,
                               9007199254740993.0,
                               5e-324,
                               1.0507009873554805,
                               1.6732632423543772,
                               std::numeric_limits<double>::infinity(),
                               -std::numeric_limits<double>::infinity()};
    for (const double x : specials)
        expectRoundTrip(x);
}

TEST(NumberFormatting, RandomBitPatternsRoundTrip) {
    std::mt19937_64 rng(20240607);
    int checked = 0;
    while (checked < 200000) {
        const double x = fromBits(rng());
        if (std::isnan(x)) continue;
        expectRoundTrip(x);
        ++checked;
    }
}

TEST(NumberFormatting, RandomSubnormalsRoundTrip) {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 50000; ++i) {
        const std::uint64_t mantissa = rng() & ((std::uint64_t{1} << 52) - 1);
        const std::uint64_t sign = (rng() & 1) << 63;
        expectRoundTrip(fromBits(sign | mantissa));
    }
}
