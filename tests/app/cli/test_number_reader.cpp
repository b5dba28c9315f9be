// SPDX-License-Identifier: GPL-3.0-or-later
// NumberReader at its limits (issue 7): a token longer than the limit is an error, never two numbers;
// a failing read is a ReadError naming the cause, never the end of input; and what `actlab eval` makes
// of both (exit status, one stderr line, nothing on stdout).
#include "cli/cli.hpp"
#include "cli/number_reader.hpp"
#include "cli/usage_error.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using actlab::cli::NumberReader;
using actlab::cli::ReadError;
using actlab::cli::ReadFunction;
using actlab::cli::UsageError;

constexpr std::size_t kLimit = std::size_t{1} << 20; // 1 MiB, as the README states

/// Every number the reader gives until the end of input.
std::vector<double> readAll(NumberReader& reader) {
    std::vector<double> values;
    std::vector<double> block(16);
    while (const std::size_t n = reader.read(block.data(), block.size()))
        values.insert(values.end(), block.begin(), block.begin() + static_cast<std::ptrdiff_t>(n));
    return values;
}

/// A read function handing out `pieces` one per call, then failing with `error` (0: end of input).
ReadFunction scripted(std::vector<std::string> pieces, int error) {
    auto next = std::make_shared<std::size_t>(0);
    auto all = std::make_shared<std::vector<std::string>>(std::move(pieces));
    return [next, all, error](char* buffer, std::size_t size) -> std::ptrdiff_t {
        if (*next < all->size()) {
            const std::string& piece = (*all)[(*next)++];
            EXPECT_LE(piece.size(), size);
            std::memcpy(buffer, piece.data(), piece.size());
            return static_cast<std::ptrdiff_t>(piece.size());
        }
        if (error == 0) return 0;
        errno = error;
        return -1;
    };
}

TEST(NumberReaderLimits, TheLimitIsOneMebibyte) {
    EXPECT_EQ(NumberReader::kMaxTokenLength, kLimit);
}

TEST(NumberReaderLimits, ATokenOfExactlyTheLimitIsOneNumber) {
    // Leading zeros do not change the value: 000…01.5 is 1.5.
    for (const std::size_t chunk : {std::size_t{4096}, kLimit}) {
        SCOPED_TRACE(chunk);
        std::istringstream in("2 " + std::string(kLimit - 3, '0') + "1.5\n-3");
        NumberReader reader(in, chunk);
        EXPECT_EQ(readAll(reader), (std::vector<double>{2, 1.5, -3}));
    }
}

TEST(NumberReaderLimits, ALongerTokenIsAnErrorNotTwoNumbers) {
    // One byte over the limit, and the 2 MiB case ('0' × 2097150 then "1.5"), with the real
    // chunk size and a small one: an error naming the position and the limit, never 1 and 5.
    for (const std::size_t length : {kLimit + 1, std::size_t{2097153}}) {
        for (const std::size_t chunk : {std::size_t{4096}, kLimit}) {
            SCOPED_TRACE(std::to_string(length) + " bytes, chunk " + std::to_string(chunk));
            std::istringstream in("7\n" + std::string(length - 3, '0') + "1.5\n");
            NumberReader reader(in, chunk);
            std::vector<double> values(16);
            try {
                reader.read(values.data(), values.size());
                FAIL() << "no error";
            } catch (const UsageError& e) {
                const std::string message = e.what();
                EXPECT_NE(message.find("(number 2, line 2)"), std::string::npos) << message;
                EXPECT_NE(message.find("1048576"), std::string::npos) << message;
                EXPECT_EQ(message.find('\n'), std::string::npos);
                EXPECT_LT(message.size(), 200u); // the token itself is not printed
            }
        }
    }
}

TEST(NumberReaderLimits, AReadErrorIsNotTheEndOfInput) {
    // The first read gives "1 2 3" (the last number possibly cut short), the second fails with EIO.
    NumberReader reader(scripted({"1 2 3"}, EIO), 5);
    std::vector<double> values(16);
    try {
        reader.read(values.data(), values.size());
        FAIL() << "a read error was taken for the end of input";
    } catch (const ReadError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "eval: cannot read standard input: " + std::string(std::strerror(EIO)));
    }
}

TEST(NumberReaderLimits, TheScriptedInputReadsWhenNothingFails) {
    // The same input without the failure: three numbers, split across reads as given.
    NumberReader reader(scripted({"1 2", "0 3"}, 0), 3);
    EXPECT_EQ(readAll(reader), (std::vector<double>{1, 20, 3}));
}

TEST(EvalReadError, ExitStatus1OneLineNothingOnStdout) {
    std::vector<std::string> pieces = {"0.5 1.5 2"}; // a valid start, then EIO
    const std::vector<std::string_view> args = {"eval", "relu"};
    std::ostringstream out, err;
    const int status = actlab::cli::run(args, scripted(pieces, EIO), out, err);
    EXPECT_EQ(status, 1);
    EXPECT_EQ(out.str(), "");
    EXPECT_EQ(err.str(),
              "actlab: eval: cannot read standard input: " + std::string(std::strerror(EIO)) + "\n");
}

TEST(EvalReadError, WithoutTheErrorTheSameInputIsATable) {
    const std::vector<std::string_view> args = {"eval", "relu"};
    std::ostringstream out, err;
    EXPECT_EQ(actlab::cli::run(args, scripted({"0.5 -1.5 2"}, 0), out, err), 0);
    EXPECT_EQ(out.str(), "x,f,df,d2f\n0.5,0.5,1,0\n-1.5,0,0,0\n2,2,1,0\n");
    EXPECT_EQ(err.str(), "");
}

} // namespace
