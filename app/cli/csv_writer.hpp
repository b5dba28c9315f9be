// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The `x,f,df,d2f` CSV that `actlab eval` prints: rows are formatted into a buffer and written in large
/// pieces (no per-number stream calls). `actlab eval` creates the writer only once all input has been read
/// and validated, so bad input never lets a row reach stdout.
#include <cstddef>
#include <ostream>
#include <vector>

namespace actlab::cli {

class CsvWriter {
  public:
    static constexpr std::size_t kDefaultFlushSize = std::size_t{1} << 20;

    /// Buffered text is written to `out` whenever it reaches `flushSize` bytes, and by finish().
    explicit CsvWriter(std::ostream& out, std::size_t flushSize = kDefaultFlushSize);

    void writeHeader();
    /// One row per i < n: x[i], f[i], df[i], d2f[i].
    void writeRows(const double* x, const double* f, const double* df, const double* d2f, std::size_t n);
    /// Writes whatever is buffered and flushes; returns false if the stream failed at any point.
    bool finish();

  private:
    void reserveFor(std::size_t bytes);
    void flushBuffer();

    std::ostream& m_out;
    std::size_t m_flushSize;
    std::vector<char> m_buffer;
    std::size_t m_size = 0;
};

} // namespace actlab::cli
