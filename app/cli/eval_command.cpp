// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/eval_command.hpp"

#include "cli/csv_writer.hpp"
#include "cli/number_reader.hpp"
#include "cli/usage.hpp"
#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"
#include "common/parameter_assignment.hpp"

#include <actlab/catalogue.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace actlab::cli {
namespace {

constexpr std::size_t kBlock = 4096;

/// Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min(
                {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

std::vector<double> parseList(std::string_view list) {
    std::vector<double> values;
    std::size_t item = 0;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = list.find(',', start);
        const std::string_view token = common::trimSpaces(
            list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        ++item;
        const auto value = common::parseNumber(token);
        if (!value) {
            throw UsageError("eval: --x: " +
                             (token.empty() ? std::string("empty item")
                                            : "malformed number " + common::quoteForMessage(token)) +
                             " at position " + std::to_string(item) + " of the list; expected " +
                             std::string(common::kNumberForms));
        }
        values.push_back(*value);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return values;
}

common::ParameterAssignment splitParameter(std::string_view arg) {
    const auto assignment = common::splitAssignment(arg);
    if (!assignment)
        throw UsageError("eval: --param expects NAME=VALUE, got " + common::quoteForMessage(arg));
    return *assignment;
}

std::vector<double> readAllNumbers(const ReadFunction& in) {
    NumberReader reader(in);
    std::vector<double> x;
    std::size_t size = 0;
    for (;;) {
        x.resize(std::max<std::size_t>(size + kBlock, x.capacity()));
        const std::size_t n = reader.read(x.data() + size, x.size() - size);
        if (n == 0) break;
        size += n;
    }
    x.resize(size);
    return x;
}

} // namespace

std::optional<std::string_view> closestId(std::string_view id) {
    std::optional<std::string_view> best;
    std::size_t bestDistance = 3; // suggest only at distance <= 2
    for (const Activation& a : catalogue()) {
        // The distance is at least the difference in length: skip the quadratic work for long ids.
        if (id.size() > a.id.size() + 2 || a.id.size() > id.size() + 2) continue;
        const std::size_t d = editDistance(id, a.id);
        if (d < bestDistance) {
            bestDistance = d;
            best = a.id;
        }
    }
    return best;
}

EvalRequest parseEvalArguments(std::span<const std::string_view> args) {
    EvalRequest request;
    std::optional<std::string_view> id;
    std::optional<std::string_view> formula;
    std::vector<common::ParameterAssignment> raw;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        // Both "--opt VALUE" and "--opt=VALUE".
        auto optionValue = [&](std::string_view option,
                               std::string_view what) -> std::optional<std::string_view> {
            if (arg == option) {
                if (i + 1 >= args.size())
                    throw UsageError("eval: " + std::string(option) + " needs " + std::string(what));
                return args[++i];
            }
            if (arg.size() > option.size() && arg.substr(0, option.size()) == option &&
                arg[option.size()] == '=')
                return arg.substr(option.size() + 1);
            return std::nullopt;
        };
        if (arg == "--help" || arg == "-h") {
            request.help = true;
            return request;
        }
        if (const auto value = optionValue("--param", "NAME=VALUE")) {
            raw.push_back(splitParameter(*value));
        } else if (const auto list =
                       optionValue("--x", "a comma-separated list of numbers, e.g. --x -1,0,2.5")) {
            if (request.x)
                throw UsageError("eval: --x given twice; put all inputs in one comma-separated list");
            request.x = parseList(*list);
        } else if (const auto text =
                       optionValue("--formula", "a formula in x, e.g. --formula 'x*sigmoid(b*x)'")) {
            if (formula) throw UsageError("eval: --formula given twice; evaluate one function at a time");
            formula = *text;
        } else if (arg.size() > 1 && arg.front() == '-') {
            throw UsageError("eval: unknown option " + common::quoteForMessage(arg) +
                             "; allowed: --formula TEXT, --param NAME=VALUE, --x X1,X2,..., --help");
        } else if (!id) {
            id = arg;
        } else {
            throw UsageError("eval: unexpected argument " + common::quoteForMessage(arg) +
                             " (the id is already " + common::quoteForMessage(*id) +
                             "); usage: actlab eval ID [--param NAME=VALUE]... [--x X1,X2,...]");
        }
    }
    if (id && formula)
        throw UsageError("eval: both an id (" + common::quoteForMessage(*id) +
                         ") and --formula given; evaluate one function at a time");
    if (formula) {
        auto parsed = CurveFunction::parse(*formula);
        if (!parsed)
            throw UsageError("eval: --formula " + common::quoteForMessage(*formula) + ": " +
                             parsed.error->message);
        request.function = std::move(parsed.function);
    } else {
        if (!id)
            throw UsageError(
                "eval: missing the activation id or --formula; run `actlab list` to see the ids");
        const Activation* activation = findActivation(*id);
        if (activation == nullptr) {
            std::string message = "eval: unknown activation id " + common::quoteForMessage(*id);
            if (const auto suggestion = closestId(*id))
                message += " (did you mean '" + std::string(*suggestion) + "'?)";
            throw UsageError(message + "; run `actlab list` to see the ids, or --formula for your own");
        }
        request.function = CurveFunction(*activation);
    }
    if (const auto error = common::resolveParameters(*request.function, raw, request.parameters))
        throw UsageError("eval: " + *error);
    return request;
}

bool runEval(std::span<const std::string_view> args, std::istream& in, std::ostream& out) {
    return runEval(args, streamReader(in), out);
}

bool runEval(std::span<const std::string_view> args, const ReadFunction& in, std::ostream& out) {
    EvalRequest request = parseEvalArguments(args);
    if (request.help) {
        out << evalUsage();
        return static_cast<bool>(out.flush());
    }
    // All input is read and validated before the first byte of output (8 bytes per number), so a
    // malformed number anywhere on stdin leaves stdout empty.
    std::vector<double> x = request.x ? std::move(*request.x) : readAllNumbers(in);
    CsvWriter csv(out);
    csv.writeHeader();
    std::array<double, kBlock> f;
    std::array<double, kBlock> df;
    std::array<double, kBlock> d2f;
    for (std::size_t start = 0; start < x.size(); start += kBlock) {
        const std::size_t n = std::min(kBlock, x.size() - start);
        request.function->evaluate(request.parameters, std::span(x).subspan(start, n), f, df, d2f);
        csv.writeRows(x.data() + start, f.data(), df.data(), d2f.data(), n);
    }
    return csv.finish();
}

} // namespace actlab::cli
