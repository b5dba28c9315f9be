// SPDX-License-Identifier: GPL-3.0-or-later
#include "number_reader.hpp"

#include "number_parsing.hpp"
#include "usage_error.hpp"

#include <cstring>
#include <string>
#include <string_view>

namespace actlab::cli {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

NumberReader::NumberReader(std::istream& in, std::size_t chunkSize)
    : m_in(in), m_buffer(chunkSize), m_chunkSize(chunkSize) {}

bool NumberReader::refill() {
    if (m_eof) return false;
    const std::size_t kept = m_end - m_pos;
    if (kept > 0 && m_pos > 0) std::memmove(m_buffer.data(), m_buffer.data() + m_pos, kept);
    m_pos = 0;
    m_end = kept;
    if (m_buffer.size() < kept + m_chunkSize) m_buffer.resize(kept + m_chunkSize);
    const std::streamsize got =
        m_in.rdbuf()->sgetn(m_buffer.data() + m_end, static_cast<std::streamsize>(m_chunkSize));
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<std::size_t>(got);
    return true;
}

std::size_t NumberReader::read(double* out, std::size_t capacity) {
    constexpr std::size_t kMaxToken = std::size_t{1} << 20;
    std::size_t count = 0;
    while (count < capacity) {
        // Skip white space, counting lines.
        for (;;) {
            while (m_pos < m_end && isSpace(m_buffer[m_pos])) {
                if (m_buffer[m_pos] == '\n') ++m_line;
                ++m_pos;
            }
            if (m_pos < m_end) break;
            if (!refill()) return count;
        }
        // Find the end of the token; it may continue in the next chunk.
        std::size_t end = m_pos;
        for (;;) {
            while (end < m_end && !isSpace(m_buffer[end]))
                ++end;
            if (end < m_end || m_eof) break;
            if (end - m_pos > kMaxToken) break;
            const std::size_t offset = end - m_pos;
            if (!refill()) {
                end = m_end;
                break;
            }
            end = m_pos + offset;
        }
        const std::string_view token(m_buffer.data() + m_pos, end - m_pos);
        ++m_item;
        const auto value = parseNumber(token);
        if (!value) {
            throw UsageError("eval: malformed number " + quoteForMessage(token) +
                             " on standard input (number " + std::to_string(m_item) + ", line " +
                             std::to_string(m_line) + "); expected " + std::string(kNumberForms));
        }
        out[count++] = *value;
        m_pos = end;
    }
    return count;
}

} // namespace actlab::cli
