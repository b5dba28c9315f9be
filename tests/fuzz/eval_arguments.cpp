// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz harness: the argument parser of `actlab eval` — the --x list and --param NAME=VALUE.
//
// Input: byte 0 picks the form, the rest is the text:
//   0: eval relu --x TEXT            1: eval relu --x=TEXT
//   2: eval ID --param LINE...       (ID: a catalogue function with parameters, chosen by byte 0; each
//                                     line of TEXT is one --param value)
//   3: eval ARG...                   (TEXT split at NUL bytes: any argument vector)
// Invariants:
//  - parseEvalArguments() either returns a request or throws one UsageError, never both, and never
//    anything else; the message is one line;
//  - a request names a catalogue function, has one value per declared parameter and passes validate();
//  - --x: the list is TEXT split at commas, spaces trimmed, each item actlab::common::parseNumber() (checked
//  bit for bit
//    against that independent split), and an error names the position of the first bad item;
//  - every number of the request re-printed with formatDouble() (--x X1,X2,... and --param name=V)
//    parses back to the same request, bit for bit.
#include "fuzz_check.hpp"

#include "cli/eval_command.hpp"
#include "cli/number_formatting.hpp"
#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"

#include <actlab/catalogue.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using actlab::cli::EvalRequest;
using actlab::fuzz::isOneLine;
using actlab::fuzz::sameValue;

std::optional<EvalRequest> parse(const std::vector<std::string>& args, std::string* error) {
    std::vector<std::string_view> views(args.begin(), args.end());
    try {
        return actlab::cli::parseEvalArguments(views);
    } catch (const actlab::cli::UsageError& e) {
        *error = e.what();
        return std::nullopt;
    }
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = text.find(separator, start);
        if (at == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, at - start));
        start = at + 1;
    }
}

/// The --x list as the documentation describes it: items separated by commas, spaces around them
/// ignored. Returns the values, or the 1-based position of the first bad item.
std::vector<double> expectedList(std::string_view text, std::size_t* badItem) {
    std::vector<double> values;
    std::size_t item = 0;
    for (std::string_view token : split(text, ',')) {
        ++item;
        while (!token.empty() && token.front() == ' ')
            token.remove_prefix(1);
        while (!token.empty() && token.back() == ' ')
            token.remove_suffix(1);
        const auto value = actlab::common::parseNumber(token);
        if (!value) {
            *badItem = item;
            return values;
        }
        values.push_back(*value);
    }
    *badItem = 0;
    return values;
}

std::vector<const actlab::Activation*> withParameters() {
    std::vector<const actlab::Activation*> list;
    for (const actlab::Activation& a : actlab::catalogue())
        if (!a.parameters.empty()) list.push_back(&a);
    return list;
}

void checkRequest(const EvalRequest& request) {
    if (request.help) return;
    ACTLAB_FUZZ_CHECK(request.function.has_value(), "");
    const actlab::CurveFunction& function = *request.function;
    const std::string id(function.id());
    if (const auto* activation = function.activation())
        ACTLAB_FUZZ_CHECK(actlab::findActivation(activation->id) == activation, id);
    const auto parameters = function.parameters();
    ACTLAB_FUZZ_CHECK(request.parameters.size() == parameters.size(), id);
    const auto problem = function.validate(request.parameters);
    ACTLAB_FUZZ_CHECK(!problem, problem ? problem->message : "");

    // Re-print every number and parse again: the same request, bit for bit.
    std::vector<std::string> args{function.isFormula() ? "--formula=" + function.formula()->source() : id};
    for (std::size_t i = 0; i < parameters.size(); ++i)
        args.push_back("--param=" + std::string(parameters[i].name) + "=" +
                       actlab::cli::formatDouble(request.parameters[i]));
    if (request.x) {
        std::string list;
        for (const double x : *request.x) {
            if (!list.empty()) list += ',';
            list += actlab::cli::formatDouble(x);
        }
        args.push_back("--x");
        args.push_back(list);
    }
    std::string error;
    const auto again = parse(args, &error);
    ACTLAB_FUZZ_CHECK(again.has_value(), "re-printed request refused: " + error);
    ACTLAB_FUZZ_CHECK(again->function == request.function, "");
    for (std::size_t i = 0; i < request.parameters.size(); ++i)
        ACTLAB_FUZZ_CHECK(sameValue(again->parameters[i], request.parameters[i]),
                          actlab::cli::formatDouble(request.parameters[i]));
    ACTLAB_FUZZ_CHECK(again->x.has_value() == request.x.has_value(), "");
    if (request.x) {
        ACTLAB_FUZZ_CHECK(again->x->size() == request.x->size(), "");
        for (std::size_t i = 0; i < request.x->size(); ++i)
            ACTLAB_FUZZ_CHECK(sameValue((*again->x)[i], (*request.x)[i]),
                              actlab::cli::formatDouble((*request.x)[i]));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned control = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    std::vector<std::string> args;
    const unsigned form = control & 3U;
    if (form == 0) {
        args = {"relu", "--x", std::string(text)};
    } else if (form == 1) {
        args = {"relu", "--x=" + std::string(text)};
    } else if (form == 2) {
        static const std::vector<const actlab::Activation*> candidates = withParameters();
        args = {std::string(candidates[(control >> 2) % candidates.size()]->id)};
        for (const std::string_view line : split(text, '\n')) {
            args.emplace_back("--param");
            args.emplace_back(line);
        }
    } else {
        for (const std::string_view arg : split(text, '\0'))
            args.emplace_back(arg);
    }

    std::string error;
    const auto request = parse(args, &error);
    ACTLAB_FUZZ_CHECK(request.has_value() != !error.empty(), "a request and an error: " + error);
    if (!request) ACTLAB_FUZZ_CHECK(isOneLine(error), error);

    if (form <= 1) {
        std::size_t badItem = 0;
        const std::vector<double> expected = expectedList(text, &badItem);
        if (badItem == 0) {
            ACTLAB_FUZZ_CHECK(request && request->x && request->x->size() == expected.size(), error);
            for (std::size_t i = 0; i < expected.size(); ++i)
                ACTLAB_FUZZ_CHECK(std::bit_cast<std::uint64_t>((*request->x)[i]) ==
                                      std::bit_cast<std::uint64_t>(expected[i]),
                                  "item " + std::to_string(i + 1));
        } else {
            ACTLAB_FUZZ_CHECK(!request, "a bad --x item was accepted");
            const std::string position = "at position " + std::to_string(badItem) + " of the list";
            ACTLAB_FUZZ_CHECK(error.find(position) != std::string::npos, error + " should say " + position);
        }
    }
    if (request) checkRequest(*request);
    return 0;
}
