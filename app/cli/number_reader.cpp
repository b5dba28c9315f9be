// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/number_reader.hpp"

#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <string>
#include <string_view>
#include <unistd.h>
#include <utility>

namespace actlab::cli {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

ReadFunction fileDescriptorReader(int fd) {
    return [fd](char* buffer, std::size_t size) -> std::ptrdiff_t {
        for (;;) {
            const ssize_t got = ::read(fd, buffer, size);
            if (got >= 0) return got;
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { // also EWOULDBLOCK, the same value on Linux
                pollfd p{fd, POLLIN, 0};
                if (::poll(&p, 1, -1) >= 0 || errno == EINTR) continue;
            }
            return -1;
        }
    };
}

ReadFunction streamReader(std::istream& in) {
    return [&in](char* buffer, std::size_t size) -> std::ptrdiff_t {
        const std::streamsize got = in.rdbuf()->sgetn(buffer, static_cast<std::streamsize>(size));
        return got > 0 ? static_cast<std::ptrdiff_t>(got) : 0;
    };
}

NumberReader::NumberReader(ReadFunction read, std::size_t chunkSize)
    : m_read(std::move(read)), m_buffer(chunkSize), m_chunkSize(chunkSize) {}

NumberReader::NumberReader(std::istream& in, std::size_t chunkSize)
    : NumberReader(streamReader(in), chunkSize) {}

bool NumberReader::refill() {
    if (m_eof) return false;
    const std::size_t kept = m_end - m_pos;
    if (kept > 0 && m_pos > 0) std::memmove(m_buffer.data(), m_buffer.data() + m_pos, kept);
    m_pos = 0;
    m_end = kept;
    if (m_buffer.size() < kept + m_chunkSize) m_buffer.resize(kept + m_chunkSize);
    const std::ptrdiff_t got = m_read(m_buffer.data() + m_end, m_chunkSize);
    if (got < 0) {
        const int error = errno;
        throw ReadError("eval: cannot read standard input: " + std::string(std::strerror(error)));
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<std::size_t>(got);
    return true;
}

std::size_t NumberReader::read(double* out, std::size_t capacity) {
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
        // Find the end of the token; it may continue in the next chunks, up to kMaxTokenLength bytes.
        std::size_t end = m_pos;
        for (;;) {
            while (end < m_end && !isSpace(m_buffer[end]))
                ++end;
            if (end < m_end || m_eof || end - m_pos > kMaxTokenLength) break;
            const std::size_t offset = end - m_pos;
            if (!refill()) {
                end = m_end;
                break;
            }
            end = m_pos + offset;
        }
        ++m_item;
        const auto position = [&] {
            return " on standard input (number " + std::to_string(m_item) + ", line " +
                   std::to_string(m_line) + ")";
        };
        if (end - m_pos > kMaxTokenLength) {
            throw UsageError("eval: a number" + position() + " is longer than the limit of " +
                             std::to_string(kMaxTokenLength) + " characters");
        }
        const std::string_view token(m_buffer.data() + m_pos, end - m_pos);
        const auto value = common::parseNumber(token);
        if (!value) {
            throw UsageError("eval: malformed number " + common::quoteForMessage(token) + position() +
                             "; expected " + std::string(common::kNumberForms));
        }
        out[count++] = *value;
        m_pos = end;
    }
    return count;
}

} // namespace actlab::cli
