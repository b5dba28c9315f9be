// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Reads whitespace-separated numbers from an input in large chunks (no per-character stream calls),
/// for piping millions of points into `actlab eval`. The input is a read function, so that the process
/// reads file descriptor 0 with read(2) and sees its errors (a stream buffer reports them as the end of
/// input), and tests can inject a failing read.
#include <cstddef>
#include <functional>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace actlab::cli {

/// Reads up to `size` bytes into `buffer`; returns how many, 0 at the end of input, or -1 with errno set.
using ReadFunction = std::function<std::ptrdiff_t(char* buffer, std::size_t size)>;

/// read(2) on `fd`, retried on EINTR (and after waiting, on EAGAIN from a non-blocking descriptor).
ReadFunction fileDescriptorReader(int fd);
/// The stream buffer of `in` (its errors read as the end of input).
ReadFunction streamReader(std::istream& in);

/// The input could not be read (not bad input: exit status 1). what() is one line naming the cause.
class ReadError : public std::runtime_error {
  public:
    explicit ReadError(const std::string& message) : std::runtime_error(message) {}
};

class NumberReader {
  public:
    /// The longest token read, in bytes; a longer one is an error (not two numbers).
    static constexpr std::size_t kMaxTokenLength = std::size_t{1} << 20;

    explicit NumberReader(ReadFunction read, std::size_t chunkSize = std::size_t{1} << 20);
    explicit NumberReader(std::istream& in, std::size_t chunkSize = std::size_t{1} << 20);

    /// Reads up to `capacity` numbers into `out` and returns how many; 0 means the input is exhausted.
    /// Throws UsageError naming the first malformed or overlong number and its position (item and
    /// line), and ReadError (with strerror's text) when reading fails.
    std::size_t read(double* out, std::size_t capacity);

  private:
    bool refill(); ///< keeps [m_pos, m_end) and appends fresh input; false at end of input

    ReadFunction m_read;
    std::vector<char> m_buffer;
    std::size_t m_chunkSize;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::size_t m_item = 0; ///< numbers read so far
    std::size_t m_line = 1;
};

} // namespace actlab::cli
