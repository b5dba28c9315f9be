// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab eval ID|--formula TEXT [--param NAME=VALUE]... [--x X1,X2,...]`: f, f', f'' as CSV.
#include "cli/number_reader.hpp"

#include <actlab/curve_function.hpp>

#include <istream>
#include <optional>
#include <ostream>
#include <span>
#include <string_view>
#include <vector>

namespace actlab::cli {

/// What the arguments of `eval` ask for, fully validated.
struct EvalRequest {
    std::optional<CurveFunction> function; ///< the catalogue function named by the id, or the --formula
    std::vector<double> parameters;        ///< in declaration order, defaults filled in
    std::optional<std::vector<double>> x;  ///< from --x; empty optional means read standard input
    bool help = false;                     ///< --help was given: print the usage, nothing else
};

/// Parses and validates the arguments after the word "eval". Throws UsageError with one line.
EvalRequest parseEvalArguments(std::span<const std::string_view> args);

/// Runs `eval`: writes the CSV to `out`, reading `in` when there is no --x. Throws UsageError on bad
/// input, always before anything reaches `out` (stdin is read in full before the first row is written).
/// Throws ReadError if reading the input fails (nothing reaches `out` then either). Returns false if
/// writing failed.
bool runEval(std::span<const std::string_view> args, const ReadFunction& in, std::ostream& out);
/// The same reading the stream buffer of `in` (whose read errors look like the end of input).
bool runEval(std::span<const std::string_view> args, std::istream& in, std::ostream& out);

/// The catalogue id closest to `id` by edit distance, if it is close enough to be a likely typo.
std::optional<std::string_view> closestId(std::string_view id);

} // namespace actlab::cli
