// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The `actlab` command line without Qt: list, eval, help, --version.
#include <iosfwd>
#include <span>
#include <string_view>

namespace actlab::cli {

/// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< could not write the output
inline constexpr int kExitUsage = 2;   ///< bad input: one line on stderr, nothing on stdout

/// Runs `actlab argv[1..]` on the process's standard streams; returns the exit status.
int run(int argc, char** argv);

/// The same on given streams; `args` excludes the program name.
int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace actlab::cli
