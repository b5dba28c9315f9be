// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The `actlab` command line without Qt: list, eval, stats, depth, help, --version.
#include "cli/number_reader.hpp"

#include <iosfwd>
#include <span>
#include <string_view>

namespace actlab::cli {

/// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< could not read the input or write the output
inline constexpr int kExitUsage = 2;   ///< bad input: one line on stderr, nothing on stdout

/// Runs `actlab argv[1..]` on the process's standard streams (standard input read with read(2), so that
/// a read error is not taken for the end of input); returns the exit status.
int run(int argc, char** argv);

/// The same with the input read by `in`; `args` excludes the program name.
int run(std::span<const std::string_view> args, const ReadFunction& in, std::ostream& out, std::ostream& err);
/// The same reading the stream buffer of `in`.
int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace actlab::cli
