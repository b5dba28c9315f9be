// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab depth ID [--param NAME=VALUE]... --layers L [--sigma-w2 V] [--sigma-b2 V] [--q-in V]
/// [--mc [--width N] [--batch B] [--seed S]]`: mean-field propagation through L layers
/// (actlab::analysis::propagateDepth), optionally beside a Monte-Carlo run of a real network
/// (actlab::analysis::runMonteCarlo), as CSV.
#include <actlab/activation.hpp>

#include <cstdint>
#include <ostream>
#include <span>
#include <string_view>
#include <vector>

namespace actlab::cli {

/// What the arguments of `depth` ask for, fully validated.
struct DepthRequest {
    const Activation* activation = nullptr;
    std::vector<double> parameters;
    int layers = 0; ///< required
    double sigmaW2 = 1.0;
    double sigmaB2 = 0.0;
    double qIn = 1.0;
    bool monteCarlo = false;
    int width = 100;
    int batch = 100;
    std::uint64_t seed = 1;
    bool help = false;
};

/// Parses and validates the arguments after the word "depth". Throws UsageError with one line.
DepthRequest parseDepthArguments(std::span<const std::string_view> args);

/// Runs `depth`: the header layer,q,chi,g (and q_mc,g_mc with --mc) and one row per layer 1…L. Throws
/// UsageError on bad input (nothing reaches `out`); returns false if writing failed.
bool runDepth(std::span<const std::string_view> args, std::ostream& out);

} // namespace actlab::cli
