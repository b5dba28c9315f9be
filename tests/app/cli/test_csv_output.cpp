// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter's formatting and buffering and NumberReader's chunked tokenising (tokens split across chunks).
#include "cli/csv_writer.hpp"
#include "cli/number_reader.hpp"
#include "cli/usage_error.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

using actlab::cli::CsvWriter;
using actlab::cli::NumberReader;

TEST(CsvWriter, FormatsRowsExactly) {
    std::ostringstream out;
    CsvWriter csv(out);
    csv.writeHeader();
    const double x[] = {-0.0, 1.5};
    const double f[] = {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    const double df[] = {std::numeric_limits<double>::quiet_NaN(), 0.1};
    const double d2f[] = {1e-300, 5e-324};
    csv.writeRows(x, f, df, d2f, 2);
    ASSERT_TRUE(csv.finish());
    EXPECT_EQ(out.str(), "x,f,df,d2f\n-0,inf,nan,1e-300\n1.5,-inf,0.1,5e-324\n");
}

TEST(CsvWriter, WritesInPiecesOfTheFlushSize) {
    std::ostringstream out;
    CsvWriter csv(out, 64);
    csv.writeHeader();
    EXPECT_TRUE(out.str().empty()); // 11 bytes < 64: still buffered
    const std::vector<double> x(10, 1.25);
    csv.writeRows(x.data(), x.data(), x.data(), x.data(), x.size()); // 10 rows of 20 bytes > 64
    EXPECT_FALSE(out.str().empty());
    ASSERT_TRUE(csv.finish());
    std::string expected = "x,f,df,d2f\n";
    for (int i = 0; i < 10; ++i)
        expected += "1.25,1.25,1.25,1.25\n";
    EXPECT_EQ(out.str(), expected);
}

TEST(NumberReader, TokensAcrossChunkBoundaries) {
    // With 3-byte chunks almost every token is split between reads.
    std::istringstream in("  1\n\t-2.5e-1   0x1.8p+1\r\n inf -INF\n\n1e-320 123456.789 -0");
    NumberReader reader(in, 3);
    std::vector<double> values(100);
    std::size_t n = 0;
    while (const std::size_t got = reader.read(values.data() + n, 2))
        n += got; // small capacity too
    ASSERT_EQ(n, 8u);
    EXPECT_EQ(values[0], 1.0);
    EXPECT_EQ(values[1], -0.25);
    EXPECT_EQ(values[2], 3.0);
    EXPECT_EQ(values[3], std::numeric_limits<double>::infinity());
    EXPECT_EQ(values[4], -std::numeric_limits<double>::infinity());
    EXPECT_EQ(values[5], 1e-320);
    EXPECT_EQ(values[6], 123456.789);
    EXPECT_EQ(values[7], 0.0);
    EXPECT_TRUE(std::signbit(values[7]));
}

TEST(NumberReader, EmptyAndBlankInput) {
    double value = 0;
    std::istringstream empty("");
    EXPECT_EQ(NumberReader(empty).read(&value, 1), 0u);
    std::istringstream blank(" \n\t \n");
    EXPECT_EQ(NumberReader(blank, 2).read(&value, 1), 0u);
}

TEST(NumberReader, MalformedNumberNamesItsPosition) {
    std::istringstream in("1 2\n3 4,5 6\n");
    NumberReader reader(in, 4);
    std::vector<double> values(100);
    try {
        reader.read(values.data(), values.size());
        FAIL() << "no error for '4,5'";
    } catch (const actlab::cli::UsageError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("'4,5'"), std::string::npos) << message;
        EXPECT_NE(message.find("number 4"), std::string::npos) << message;
        EXPECT_NE(message.find("line 2"), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
}
