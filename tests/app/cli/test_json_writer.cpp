// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter: escaping per RFC 8259 and the exact layout of a small document.
#include "cli/json_writer.hpp"

#include <gtest/gtest.h>

#include <limits>

using actlab::cli::jsonQuoted;
using actlab::cli::JsonWriter;

TEST(JsonWriter, Escaping) {
    EXPECT_EQ(jsonQuoted("plain"), "\"plain\"");
    EXPECT_EQ(jsonQuoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(jsonQuoted("\n\r\t\b\f"), "\"\\n\\r\\t\\b\\f\"");
    EXPECT_EQ(jsonQuoted(std::string_view("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
    EXPECT_EQ(jsonQuoted(std::string_view("\0", 1)), "\"\\u0000\"");
    EXPECT_EQ(jsonQuoted("\\frac{1}{2}"), "\"\\\\frac{1}{2}\"");
    // UTF-8 passes through: α (U+03B1), ∞ (U+221E), and a 4-byte character (U+1D453 mathematical italic f).
    EXPECT_EQ(jsonQuoted("\xce\xb1 \xe2\x88\x9e \xf0\x9d\x91\x93"),
              "\"\xce\xb1 \xe2\x88\x9e \xf0\x9d\x91\x93\"");
    EXPECT_EQ(jsonQuoted("/"), "\"/\"");
}

TEST(JsonWriter, DocumentLayout) {
    std::string out;
    JsonWriter json(out);
    json.beginArray();
    json.beginObject();
    json.key("id");
    json.string("relu");
    json.key("p");
    json.beginArray();
    json.endArray();
    json.key("x");
    json.number(0.1);
    json.key("n");
    json.integer(-3);
    json.key("inf");
    json.number(std::numeric_limits<double>::infinity());
    json.key("b");
    json.boolean(false);
    json.key("z");
    json.null();
    json.endObject();
    json.number(-0.0);
    json.endArray();
    EXPECT_EQ(out, "[\n"
                   "  {\n"
                   "    \"id\": \"relu\",\n"
                   "    \"p\": [],\n"
                   "    \"x\": 0.1,\n"
                   "    \"n\": -3,\n"
                   "    \"inf\": null,\n"
                   "    \"b\": false,\n"
                   "    \"z\": null\n"
                   "  },\n"
                   "  -0\n"
                   "]\n");
}
