// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/stats_command.hpp"

#include "cli/command_options.hpp"
#include "cli/number_formatting.hpp"
#include "cli/usage.hpp"

#include <actlab/analysis/gaussian_stats.hpp>

#include <cmath>
#include <string>

namespace actlab::cli {

StatsRequest parseStatsArguments(std::span<const std::string_view> args) {
    StatsRequest request;
    CommandOptions options("stats", args);
    while (options.next()) {
        if (options.help()) {
            request.help = true;
            return request;
        }
        if (const auto p = options.value("--param", "NAME=VALUE")) {
            options.addParameter(*p);
        } else if (const auto m = options.value("--mean", "a number")) {
            request.mean = options.number("--mean", *m);
            if (!std::isfinite(request.mean) || std::fabs(request.mean) > analysis::kMaxGaussianInput)
                options.fail("--mean " + formatDouble(request.mean) +
                             " must be a finite number of magnitude at most 1e100");
        } else if (const auto s = options.value("--std", "a number")) {
            request.std = options.number("--std", *s);
            if (!std::isfinite(request.std) || !(request.std >= 0.0) ||
                request.std > analysis::kMaxGaussianInput)
                options.fail("--std " + formatDouble(request.std) + " must be a finite number in [0, 1e100]");
        } else {
            options.positional("--param NAME=VALUE, --mean M, --std S, --help",
                               "actlab stats ID [--param NAME=VALUE]... [--mean M] [--std S]");
        }
    }
    request.activation = &options.activation(request.parameters);
    return request;
}

bool runStats(std::span<const std::string_view> args, std::ostream& out) {
    const StatsRequest request = parseStatsArguments(args);
    if (request.help) {
        out << statsUsage();
        return static_cast<bool>(out.flush());
    }
    const analysis::GaussianStats s = analysis::GaussianExpectation(*request.activation, request.parameters)
                                          .stats(request.mean, request.std);
    std::string text = "mean,std,E_f,Var_f,E_df,E_df2,P_dead\n";
    for (const double v : {s.mean, s.std, s.meanF, s.varF, s.meanDf, s.meanDf2, s.pDead}) {
        text += formatDouble(v);
        text += ',';
    }
    text.back() = '\n';
    out << text;
    return static_cast<bool>(out.flush());
}

} // namespace actlab::cli
