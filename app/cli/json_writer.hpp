// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A small pretty-printing JSON writer: strings escaped per RFC 8259 (non-ASCII left as UTF-8), numbers
/// in shortest round-trip form, non-finite numbers as null.
#include <string>
#include <string_view>
#include <vector>

namespace actlab::cli {

class JsonWriter {
  public:
    explicit JsonWriter(std::string& out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The name of the next member of the current object.
    void key(std::string_view name);

    void string(std::string_view text);
    void number(double value);
    void integer(long long value);
    void boolean(bool value);
    void null();

  private:
    void beforeValue();
    void newline();
    void end(char closer);

    struct Level {
        bool empty = true;
    };
    std::string& m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

/// `text` as a JSON string literal, quotes included.
std::string jsonQuoted(std::string_view text);

} // namespace actlab::cli
