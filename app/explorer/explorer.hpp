// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The explorer's entry point from `actlab`: no arguments or `--preset NAME` open the window;
/// `bench replot [--curves N] [--derivatives 0|1|2] [--keyboard]` measures slider-to-replot times offscreen.

namespace actlab::explorer {

/// Whether `actlab` should hand these arguments to runExplorer (the first argument decides).
bool handlesArguments(int argc, char** argv);

/// Runs the explorer; returns the process exit code (2 on bad arguments, with one line on stderr).
int runExplorer(int argc, char** argv);

} // namespace actlab::explorer
