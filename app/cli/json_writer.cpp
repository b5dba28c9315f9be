// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/json_writer.hpp"

#include "cli/number_formatting.hpp"

#include <cmath>

namespace actlab::cli {

std::string jsonQuoted(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xf];
            } else {
                out += ch; // UTF-8 passes through unchanged
            }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline() {
    m_out += '\n';
    m_out.append(2 * m_levels.size(), ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty()) return;
    if (!m_levels.back().empty) m_out += ',';
    m_levels.back().empty = false;
    newline();
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    m_out += jsonQuoted(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::beginObject() {
    beforeValue();
    m_out += '{';
    m_levels.push_back({});
}

void JsonWriter::beginArray() {
    beforeValue();
    m_out += '[';
    m_levels.push_back({});
}

void JsonWriter::end(char closer) {
    const bool wasEmpty = m_levels.back().empty;
    m_levels.pop_back();
    if (!wasEmpty) newline();
    m_out += closer;
    if (m_levels.empty()) m_out += '\n';
}

void JsonWriter::endObject() {
    end('}');
}
void JsonWriter::endArray() {
    end(']');
}

void JsonWriter::string(std::string_view text) {
    beforeValue();
    m_out += jsonQuoted(text);
}

void JsonWriter::number(double value) {
    if (!std::isfinite(value)) return null();
    beforeValue();
    m_out += formatDouble(value);
}

void JsonWriter::integer(long long value) {
    beforeValue();
    m_out += std::to_string(value);
}

void JsonWriter::boolean(bool value) {
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    m_out += "null";
}

} // namespace actlab::cli
