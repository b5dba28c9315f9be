// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The `x,f,df,d2f` CSV that `actlab eval` prints, with its output policy: everything is held in memory
/// until the command has succeeded, so that bad input leaves stdout empty. Only when the held text
/// passes `holdLimit` bytes (64 MiB by default, about 800 000 rows) does the writer start streaming it
/// out, in 1 MiB pieces; an error found after that point has already let some rows through.
#include <cstddef>
#include <ostream>
#include <vector>

namespace actlab::cli {

class CsvWriter {
public:
    static constexpr std::size_t kDefaultHoldLimit = std::size_t{64} << 20;
    static constexpr std::size_t kStreamingFlushSize = std::size_t{1} << 20;

    explicit CsvWriter(std::ostream& out, std::size_t holdLimit = kDefaultHoldLimit);

    void writeHeader();
    /// One row per i < n: x[i], f[i], df[i], d2f[i].
    void writeRows(const double* x, const double* f, const double* df, const double* d2f, std::size_t n);
    /// Writes whatever is held; returns false if the stream failed.
    bool finish();
    /// True once some rows have gone out (so an error can no longer keep stdout empty).
    bool streaming() const { return m_streaming; }

private:
    void reserveFor(std::size_t bytes);
    void flushHeld();

    std::ostream& m_out;
    std::size_t m_holdLimit;
    bool m_streaming = false;
    std::vector<char> m_buffer;
    std::size_t m_size = 0;
};

} // namespace actlab::cli
