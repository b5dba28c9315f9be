// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab bench replot`: sweeps a parameter slider of the real window through 200 positions and times
/// each change from the slider's valueChanged to the end of the plot's replot.
#include <vector>

namespace actlab::explorer {

class MainWindow;

struct ReplotBenchResult {
    std::vector<double> millis; ///< one per slider position
    double median = 0;
    double p95 = 0;
};

/// Loads `curves` catalogue functions (catalogue order, wrapping) with `derivatives` subplots into the
/// window, selects the first curve with a continuous parameter and sweeps its slider: held down as by a
/// mouse drag, or (`dragged` false) stepped as by the keyboard, where every step is a full replot.
ReplotBenchResult runReplotBench(MainWindow& window, int curves, int derivatives, int positions = 200,
                                 bool dragged = true);

} // namespace actlab::explorer
