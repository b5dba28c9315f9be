// SPDX-License-Identifier: GPL-3.0-or-later
// parseNumber: every accepted form against values written as C++ literals (the compiler's parser is the
// independent oracle), and every malformed form rejected.
#include "actlab/number_parsing.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

using actlab::parseNumber;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kDenormMin = std::numeric_limits<double>::denorm_min();

/// Bit-exact comparison (distinguishes -0 from 0).
void expectParsesTo(const std::string& text, double expected) {
    const auto value = actlab::parseNumber(text);
    ASSERT_TRUE(value.has_value()) << text;
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    std::memcpy(&a, &*value, sizeof a);
    std::memcpy(&b, &expected, sizeof b);
    EXPECT_EQ(a, b) << text << " parsed as " << *value << ", expected " << expected;
}

} // namespace

TEST(NumberParsing, Decimal) {
    expectParsesTo("1", 1.0);
    expectParsesTo("+7", 7.0);
    expectParsesTo("-2.5e-3", -2.5e-3);
    expectParsesTo(".5", 0.5);
    expectParsesTo("5.", 5.0);
    expectParsesTo("1E3", 1000.0);
    expectParsesTo("1e+3", 1000.0);
    expectParsesTo("0.1", 0.1);
    expectParsesTo("-0", -0.0);
    expectParsesTo("0", 0.0);
    expectParsesTo("00012.5000", 12.5);
    expectParsesTo("1.7976931348623157e308", 1.7976931348623157e308);
    expectParsesTo("2.2250738585072014e-308", 2.2250738585072014e-308);
    expectParsesTo("4.9406564584124654e-324", kDenormMin);
    expectParsesTo("123456789012345678901234567890", 123456789012345678901234567890.0);
}

TEST(NumberParsing, HexFloat) {
    expectParsesTo("0x1.8p+1", 3.0);
    expectParsesTo("0x1.8p1", 3.0);
    expectParsesTo("-0x1.8p+1", -3.0);
    expectParsesTo("+0x1p-2", 0.25);
    expectParsesTo("0X1P10", 1024.0);
    expectParsesTo("0x.8p1", 1.0);
    expectParsesTo("0xAp0", 10.0);
    expectParsesTo("0x10", 16.0);
    expectParsesTo("0x1.fffffffffffffp+1023", 0x1.fffffffffffffp+1023);
    expectParsesTo("0x1p-1022", 0x1p-1022);
    expectParsesTo("0x0.0000000000001p-1022", kDenormMin);
    expectParsesTo("-0x1p-1074", -kDenormMin);
    expectParsesTo("0x1.999999999999ap-4", 0.1);
    expectParsesTo("-0x0p+0", -0.0);
}

TEST(NumberParsing, InfinityAndNan) {
    for (const char* text : {"inf", "INF", "Inf", "+inf", "infinity", "Infinity", "+INFINITY"})
        expectParsesTo(text, kInf);
    for (const char* text : {"-inf", "-INF", "-Infinity", "-infinity"})
        expectParsesTo(text, -kInf);
    for (const char* text : {"nan", "NaN", "NAN", "-nan", "+nan"}) {
        const auto value = actlab::parseNumber(text);
        ASSERT_TRUE(value.has_value()) << text;
        EXPECT_TRUE(std::isnan(*value)) << text;
    }
}

TEST(NumberParsing, BeyondTheDoubleRangeRoundsLikeStrtod) {
    expectParsesTo("1e400", kInf);
    expectParsesTo("-1e400", -kInf);
    expectParsesTo("0x1p1024", kInf);
    expectParsesTo("1e-400", 0.0);
    expectParsesTo("-1e-400", -0.0);
    // Half of the smallest subnormal is 2.4703282292062327208...e-324: below it rounds to 0, above to
    // 2^-1074.
    expectParsesTo("2.4703282292062327e-324", 0.0);
    expectParsesTo("2.4703282292062328e-324", kDenormMin);
    expectParsesTo("0x1p-1075", 0.0);                      // exactly half: ties to even, i.e. 0
    expectParsesTo("0x1.0000000000001p-1075", kDenormMin); // just above half
}

TEST(NumberParsing, RejectsMalformed) {
    for (const char* text :
         {"",    "+",     "-",          "abc",    "1e",        "1e+",   "1.2.3", "--1",   "+-1",
          "-+1", "0x",    "0xg",        "0x1p",   "0x1p+",     "1 2",   " 1",    "1 ",    "1,",
          ",1",  "nanx",  "infinit",    "in",     "infinityy", "0x-1",  "0x+1",  "0xinf", "1_000",
          "1f",  "0b101", "1e5.5",      ".",      "e5",        "0x.p1", "-.",    "1..2",  "--inf",
          "- 1", "1e1e1", "0x1.8p+1.5", "nan(1)", "\t",        "1\n"}) {
        EXPECT_FALSE(actlab::parseNumber(text).has_value()) << "accepted '" << text << "'";
    }
    EXPECT_FALSE(actlab::parseNumber(std::string("1\0", 2)).has_value());
}
