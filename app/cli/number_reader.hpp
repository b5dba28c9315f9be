// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Reads whitespace-separated numbers from a stream in large chunks (no per-character stream calls),
/// for piping millions of points into `actlab eval`.
#include <cstddef>
#include <istream>
#include <vector>

namespace actlab::cli {

class NumberReader {
  public:
    explicit NumberReader(std::istream& in, std::size_t chunkSize = std::size_t{1} << 20);

    /// Reads up to `capacity` numbers into `out` and returns how many; 0 means the input is exhausted.
    /// Throws UsageError naming the first malformed number and its position (item and line).
    std::size_t read(double* out, std::size_t capacity);

  private:
    bool refill(); ///< keeps [m_pos, m_end) and appends fresh input; false at end of input

    std::istream& m_in;
    std::vector<char> m_buffer;
    std::size_t m_chunkSize;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::size_t m_item = 0; ///< numbers read so far
    std::size_t m_line = 1;
};

} // namespace actlab::cli
