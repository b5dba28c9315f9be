// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/list_command.hpp"

#include "cli/json_writer.hpp"
#include "cli/number_formatting.hpp"
#include "cli/usage.hpp"
#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"

#include <actlab/catalogue.hpp>

#include <algorithm>
#include <array>
#include <vector>

namespace actlab::cli {
namespace {

/// Display width of UTF-8 text, counting code points (the catalogue's names use no wide characters).
std::size_t displayWidth(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

std::string parametersWithDefaults(const Activation& activation) {
    if (activation.parameters.empty()) return "-";
    std::string text;
    for (const ParameterSpec& p : activation.parameters) {
        if (!text.empty()) text += ' ';
        text += std::string(p.name) + '=' + formatDouble(p.defaultValue);
    }
    return text;
}

std::string smoothnessName(int smoothness) {
    if (smoothness == kSmooth) return "C∞";
    if (smoothness == kDiscontinuous) return "discontinuous";
    return "C" + std::to_string(smoothness);
}

} // namespace

std::string catalogueTable() {
    constexpr std::size_t kColumns = 5;
    std::vector<std::array<std::string, kColumns>> rows;
    rows.push_back({"ID", "NAME", "FAMILY", "PARAMETERS (defaults)", "PYTORCH"});
    for (const Activation& a : catalogue()) {
        rows.push_back({std::string(a.id), std::string(a.name), std::string(familyName(a.family)),
                        parametersWithDefaults(a), a.torchName.empty() ? "-" : std::string(a.torchName)});
    }
    std::array<std::size_t, kColumns> widths{};
    for (const auto& row : rows)
        for (std::size_t c = 0; c < kColumns; ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));

    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < kColumns; ++c) {
            line += row[c];
            if (c + 1 < kColumns) line.append(widths[c] - displayWidth(row[c]) + 2, ' ');
        }
        out += line + '\n';
    }
    return out;
}

std::string catalogueJson() {
    std::string out;
    JsonWriter json(out);
    json.beginArray();
    for (const Activation& a : catalogue()) {
        const std::vector<double> defaults = a.defaults();
        json.beginObject();
        json.key("id");
        json.string(a.id);
        json.key("name");
        json.string(a.name);
        json.key("family");
        json.string(familyName(a.family));
        json.key("torch");
        if (a.torchName.empty()) {
            json.null();
        } else {
            json.string(a.torchName);
        }
        json.key("formula");
        json.string(a.formula);
        json.key("latex");
        json.string(a.latex);

        json.key("parameters");
        json.beginArray();
        for (const ParameterSpec& p : a.parameters) {
            json.beginObject();
            json.key("name");
            json.string(p.name);
            json.key("symbol");
            json.string(p.symbol);
            json.key("default");
            json.number(p.defaultValue);
            json.key("min");
            json.number(p.min);
            json.key("max");
            json.number(p.max);
            json.key("log_scale");
            json.boolean(p.logScale);
            json.key("integer");
            json.boolean(p.integer);
            json.key("meaning");
            json.string(p.meaning);
            json.endObject();
        }
        json.endArray();

        json.key("kinks");
        json.beginArray();
        for (const Kink& k : a.kinks(defaults)) {
            json.beginObject();
            json.key("x");
            json.number(k.x);
            json.key("order");
            json.integer(k.order);
            json.endObject();
        }
        json.endArray();

        const Properties props = a.properties(defaults);
        json.key("properties");
        json.beginObject();
        json.key("range");
        json.string(props.range);
        json.key("bounded_below");
        json.boolean(props.boundedBelow);
        json.key("bounded_above");
        json.boolean(props.boundedAbove);
        json.key("monotonic");
        json.boolean(props.monotonic);
        json.key("smoothness");
        json.string(smoothnessName(props.smoothness));
        json.key("zero_centred");
        json.boolean(props.zeroCentred);
        json.endObject();

        json.key("notes");
        json.string(a.notes);
        json.key("kink_convention");
        json.string(a.kinkConvention);
        json.endObject();
    }
    json.endArray();
    return out;
}

std::string runList(std::span<const std::string_view> args) {
    bool asJson = false;
    for (const std::string_view arg : args) {
        if (arg == "--json") {
            asJson = true;
        } else if (arg == "--help" || arg == "-h") {
            return std::string(listUsage());
        } else {
            throw UsageError("list: unknown argument " + common::quoteForMessage(arg) +
                             "; allowed: --json, --help");
        }
    }
    return asJson ? catalogueJson() : catalogueTable();
}

} // namespace actlab::cli
