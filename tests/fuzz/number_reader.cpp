// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz harness: the streaming number reader of `actlab eval` (standard input).
//
// Input: byte 0 picks the reader's chunk size, how many bytes a read hands out, how many numbers are
// asked for per call and whether reading fails (EIO) once half the text is read; the rest is the text on
// standard input. Reads go through a ReadFunction, as the process reads file descriptor 0.
// Invariants:
//  - read() returns at most the numbers asked for, and ends either with the whole input read or with
//    one error, never both: the numbers returned before an error are exactly those of the white-space
//    separated tokens before the first malformed one, or before the read error;
//  - a malformed token that was read whole is a UsageError, else a failing read is a ReadError;
//  - the numbers are those actlab::common::parseNumber() gives for each token (split independently here), bit
//  for bit;
//  - the UsageError names the first malformed token by its position (number N, line L); errors are one line;
//  - every number re-printed with formatDouble() parses back to the same bits.
#include "fuzz_check.hpp"

#include "cli/number_formatting.hpp"
#include "cli/number_reader.hpp"
#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using actlab::fuzz::isOneLine;
using actlab::fuzz::sameValue;

/// Hands out `bytes` at most `piece` bytes per read, as a pipe does; fails with EIO at `failAt`.
class PieceReader {
  public:
    PieceReader(std::string_view bytes, std::size_t piece, std::optional<std::size_t> failAt)
        : m_bytes(bytes), m_piece(piece), m_failAt(failAt) {}

    std::ptrdiff_t operator()(char* buffer, std::size_t size) {
        const std::size_t limit = m_failAt ? *m_failAt : m_bytes.size();
        if (m_pos >= limit && m_failAt) {
            errno = EIO;
            return -1;
        }
        const std::size_t n = std::min({size, m_piece, limit - m_pos});
        std::copy_n(m_bytes.data() + m_pos, n, buffer);
        m_pos += n;
        return static_cast<std::ptrdiff_t>(n);
    }

  private:
    std::string_view m_bytes;
    std::size_t m_piece;
    std::optional<std::size_t> m_failAt;
    std::size_t m_pos = 0;
};

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/// actlab::common::parseNumber() and the C library agree: a token one accepts whole, the other does too, with
/// the same value (strtod's "nan(chars)" is the one form actlab::common::parseNumber refuses on purpose).
void checkAgainstStrtod(std::string_view token, std::optional<double> value) {
    const std::string copy(token);
    char* end = nullptr;
    const double c = std::strtod(copy.c_str(), &end);
    const bool whole = end == copy.c_str() + copy.size() && copy.find('(') == std::string::npos &&
                       copy.find('\0') == std::string::npos;
    ACTLAB_FUZZ_CHECK(whole == value.has_value(),
                      "actlab::common::parseNumber and strtod disagree on '" + copy + "'");
    if (value)
        ACTLAB_FUZZ_CHECK(sameValue(*value, c),
                          "actlab::common::parseNumber and strtod differ on '" + copy + "'");
}

struct Expected {
    std::vector<double> values;      ///< of the tokens before the first malformed one
    std::optional<std::size_t> item; ///< 1-based number of the first malformed token
    std::size_t line = 0;            ///< its line
    bool readError = false;          ///< reading fails before a malformed token is complete
};

/// What reading `text` gives when the read fails at `failAt`: only tokens ended by white space before
/// it are complete.
Expected reference(std::string_view text, std::optional<std::size_t> failAt) {
    Expected expected;
    if (failAt) {
        text = text.substr(0, *failAt);
        expected.readError = true;
    }
    std::size_t line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        if (isSpace(text[i])) {
            if (text[i] == '\n') ++line;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        if (end == text.size() && failAt) return expected; // cut short by the failing read
        const std::string_view token = text.substr(i, end - i);
        const auto value = actlab::common::parseNumber(token);
        checkAgainstStrtod(token, value);
        if (!value) {
            expected.item = expected.values.size() + 1;
            expected.line = line;
            expected.readError = false;
            return expected;
        }
        expected.values.push_back(*value);
        i = end;
    }
    return expected;
}

// 8192 is above -max_len: the whole input in one read, as the real 1 MiB chunk gives (which would cost a
// 1 MiB allocation per run).
constexpr std::array<std::size_t, 8> kChunkSizes = {1, 2, 3, 7, 16, 61, 512, 8192};
constexpr std::array<std::size_t, 4> kPieces = {1, 5, 64, std::size_t{1} << 30};
constexpr std::array<std::size_t, 4> kCapacities = {1, 3, 64, 4096};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned control = data[0];
    const std::size_t chunkSize = kChunkSizes[control & 7U];
    const std::size_t piece = kPieces[(control >> 3) & 3U];
    const std::size_t capacity = kCapacities[(control >> 5) & 3U];
    // Byte-at-a-time reads of long tokens are quadratic in the reader's buffer handling: keep them short.
    if (chunkSize * piece < 16 && size > 512) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const std::optional<std::size_t> failAt =
        (control & 0x80U) != 0 ? std::optional<std::size_t>(text.size() / 2) : std::nullopt;

    actlab::cli::NumberReader reader(PieceReader(text, piece, failAt), chunkSize);
    std::vector<double> got;
    std::vector<double> block(capacity);
    std::optional<std::string> error;
    bool readError = false;
    try {
        for (;;) {
            const std::size_t n = reader.read(block.data(), capacity);
            ACTLAB_FUZZ_CHECK(n <= capacity, "read() returned more numbers than asked for");
            if (n == 0) break;
            got.insert(got.end(), block.begin(), block.begin() + static_cast<std::ptrdiff_t>(n));
        }
    } catch (const actlab::cli::UsageError& e) {
        error = e.what();
    } catch (const actlab::cli::ReadError& e) {
        error = e.what();
        readError = true;
    }

    const Expected expected = reference(text, failAt);
    ACTLAB_FUZZ_CHECK(got.size() == expected.values.size() || (error && got.size() <= expected.values.size()),
                      "count " + std::to_string(got.size()) + " vs " +
                          std::to_string(expected.values.size()));
    for (std::size_t i = 0; i < got.size(); ++i)
        ACTLAB_FUZZ_CHECK(
            std::bit_cast<std::uint64_t>(got[i]) == std::bit_cast<std::uint64_t>(expected.values[i]),
            "number " + std::to_string(i + 1) + " differs from actlab::common::parseNumber of its token");
    if (error) ACTLAB_FUZZ_CHECK(isOneLine(*error), *error);
    ACTLAB_FUZZ_CHECK(readError == expected.readError, error ? *error : "no read error");
    if (expected.readError) {
        ACTLAB_FUZZ_CHECK(error && error->find("Input/output error") != std::string::npos,
                          error ? *error : "");
    } else if (expected.item) {
        ACTLAB_FUZZ_CHECK(error.has_value(), "a malformed token was accepted");
        ACTLAB_FUZZ_CHECK(isOneLine(*error), *error);
        const std::string position =
            "(number " + std::to_string(*expected.item) + ", line " + std::to_string(expected.line) + ")";
        ACTLAB_FUZZ_CHECK(error->find(position) != std::string::npos, *error + " should say " + position);
    } else {
        ACTLAB_FUZZ_CHECK(!error.has_value(), *error);
    }

    for (const double value : got) {
        const std::string printed = actlab::cli::formatDouble(value);
        ACTLAB_FUZZ_CHECK(printed.size() <= static_cast<std::size_t>(actlab::cli::kMaxFormattedDouble),
                          printed);
        const auto back = actlab::common::parseNumber(printed);
        ACTLAB_FUZZ_CHECK(back && sameValue(*back, value), printed);
    }
    return 0;
}
