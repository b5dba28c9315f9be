// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab stats ID [--param NAME=VALUE]... [--mean M] [--std S]`: the statistics of f(X) for
/// X ~ N(M, S²) as one CSV row (actlab::analysis::GaussianExpectation).
#include <actlab/activation.hpp>

#include <ostream>
#include <span>
#include <string_view>
#include <vector>

namespace actlab::cli {

/// What the arguments of `stats` ask for, fully validated.
struct StatsRequest {
    const Activation* activation = nullptr;
    std::vector<double> parameters; ///< in declaration order, defaults filled in
    double mean = 0.0;              ///< finite, |mean| ≤ 1e100
    double std = 1.0;               ///< finite, 0 ≤ std ≤ 1e100 (0: the point mass at the mean)
    bool help = false;
};

/// Parses and validates the arguments after the word "stats". Throws UsageError with one line.
StatsRequest parseStatsArguments(std::span<const std::string_view> args);

/// Runs `stats`: the header mean,std,E_f,Var_f,E_df,E_df2,P_dead and one row, numbers in the shortest
/// round-trip form. Throws UsageError on bad input (nothing reaches `out`); returns false if writing failed.
bool runStats(std::span<const std::string_view> args, std::ostream& out);

} // namespace actlab::cli
