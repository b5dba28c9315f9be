// SPDX-License-Identifier: GPL-3.0-or-later
// The shared text helpers: values written out by hand (the characters and the doubles they spell).
#include "common/qt_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

using actlab::common::displayNumber;
using actlab::common::numberText;
using actlab::common::parseTypedNumber;
using actlab::common::toQString;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(QtText, CoreStringsAreUtf8) {
    const QString alpha = toQString("\xce\xb1 = 1"); // "α = 1"
    ASSERT_EQ(alpha.size(), 5);
    EXPECT_EQ(alpha.at(0), QChar(0x03B1));
    EXPECT_EQ(toQString(""), QString());
}

TEST(QtText, NumberTextIsTheShortestRoundTripAscii) {
    EXPECT_EQ(numberText(0.1), QStringLiteral("0.1"));
    EXPECT_EQ(numberText(-2.5), QStringLiteral("-2.5"));
    EXPECT_EQ(numberText(1.0 / 3.0), QStringLiteral("0.3333333333333333"));
    EXPECT_EQ(numberText(-kInf), QStringLiteral("-inf"));
    EXPECT_EQ(numberText(std::nan("")), QStringLiteral("nan"));
}

TEST(QtText, DisplayNumberUsesTypographicMinusAndInfinity) {
    EXPECT_EQ(displayNumber(-2.5), QStringLiteral("\u22122.5"));
    EXPECT_EQ(displayNumber(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(displayNumber(kInf), QStringLiteral("\u221e"));
    EXPECT_EQ(displayNumber(-kInf), QStringLiteral("\u2212\u221e"));
}

TEST(QtText, TypedNumbersAcceptSpacesAndTheTypographicMinus) {
    EXPECT_EQ(parseTypedNumber(QStringLiteral("  \u22120x1p-3 ")), -0.125);
    EXPECT_EQ(parseTypedNumber(QStringLiteral("1e-3")), 0.001);
    EXPECT_EQ(parseTypedNumber(QStringLiteral("-inf")), -kInf);
    const auto nan = parseTypedNumber(QStringLiteral("NaN"));
    ASSERT_TRUE(nan.has_value());
    EXPECT_TRUE(std::isnan(*nan));
    // What displayNumber() writes reads back.
    EXPECT_EQ(parseTypedNumber(displayNumber(-2.5)), -2.5);
    EXPECT_EQ(parseTypedNumber(displayNumber(-kInf)), -kInf);
    EXPECT_EQ(parseTypedNumber(QStringLiteral("\u221e")), kInf);
}

TEST(QtText, TypedNonsenseIsRefused) {
    EXPECT_FALSE(parseTypedNumber(QString()).has_value());
    EXPECT_FALSE(parseTypedNumber(QStringLiteral("1,5")).has_value());
    EXPECT_FALSE(parseTypedNumber(QStringLiteral("1 5")).has_value());
    EXPECT_FALSE(parseTypedNumber(QStringLiteral("\u221e\u221e")).has_value());
    EXPECT_FALSE(parseTypedNumber(QStringLiteral("--1")).has_value());
}

TEST(Messages, QuoteForMessageIsOneLine) {
    EXPECT_EQ(actlab::common::quoteForMessage("abc"), "'abc'");
    EXPECT_EQ(actlab::common::quoteForMessage("a\nb\tc"), "'a?b?c'");
    const std::string quoted = actlab::common::quoteForMessage(std::string(500, 'x'));
    EXPECT_LT(quoted.size(), 80u);
    EXPECT_NE(quoted.find("..."), std::string::npos);
}

} // namespace
