// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The help texts of `actlab` and its version line.
#include <string>
#include <string_view>

namespace actlab::cli {

/// `actlab --help`: every subcommand, including those other front ends implement (plot, bench, --preset).
std::string_view mainUsage();
std::string_view listUsage();
std::string_view evalUsage();
std::string_view statsUsage();
std::string_view depthUsage();
std::string_view trainUsage();
/// "actlab X.Y.Z".
std::string versionText();

} // namespace actlab::cli
