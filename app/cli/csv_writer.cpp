// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/csv_writer.hpp"

#include "cli/number_formatting.hpp"

#include <cstring>
#include <string_view>

namespace actlab::cli {

CsvWriter::CsvWriter(std::ostream& out, std::size_t flushSize) : m_out(out), m_flushSize(flushSize) {}

void CsvWriter::reserveFor(std::size_t bytes) {
    if (m_size + bytes <= m_buffer.size()) return;
    std::size_t capacity = m_buffer.empty() ? std::size_t{1} << 16 : m_buffer.size();
    while (capacity < m_size + bytes)
        capacity *= 2;
    m_buffer.resize(capacity);
}

void CsvWriter::writeHeader() {
    constexpr std::string_view header = "x,f,df,d2f\n";
    reserveFor(header.size());
    std::memcpy(m_buffer.data() + m_size, header.data(), header.size());
    m_size += header.size();
}

void CsvWriter::writeRows(const double* x, const double* f, const double* df, const double* d2f,
                          std::size_t n) {
    constexpr std::size_t kMaxRow = 4 * (kMaxFormattedDouble + 1);
    reserveFor(n * kMaxRow);
    char* p = m_buffer.data() + m_size;
    for (std::size_t i = 0; i < n; ++i) {
        p = formatDouble(p, x[i]);
        *p++ = ',';
        p = formatDouble(p, f[i]);
        *p++ = ',';
        p = formatDouble(p, df[i]);
        *p++ = ',';
        p = formatDouble(p, d2f[i]);
        *p++ = '\n';
    }
    m_size = static_cast<std::size_t>(p - m_buffer.data());
    if (m_size >= m_flushSize) flushBuffer();
}

void CsvWriter::flushBuffer() {
    if (m_size > 0) m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_size));
    m_size = 0;
}

bool CsvWriter::finish() {
    flushBuffer();
    m_out.flush();
    return static_cast<bool>(m_out);
}

} // namespace actlab::cli
