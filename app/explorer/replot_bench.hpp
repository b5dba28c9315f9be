// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab bench replot`: sweeps a parameter slider of the real window through 200 positions and times
/// each change from the slider's valueChanged until the plot has been painted into the window's backing
/// store and the event queue is empty (what the screen gets), counting the plot's paint events.
#include <vector>

namespace actlab::explorer {

class MainWindow;

struct ReplotBenchResult {
    std::vector<double> millis; ///< one per slider position
    double median = 0;
    double p95 = 0;
    double paintsPerStep = 0;     ///< paint events of the plot widget per slider position
    double fullPaintsPerStep = 0; ///< of those, paints of the whole plot widget
    double megapixelsPerStep = 0; ///< pixels of the plot widget painted per slider position, in millions
};

/// Loads `curves` catalogue functions (catalogue order, wrapping) with `derivatives` subplots into the
/// window, selects the first curve with a continuous parameter and sweeps its slider: held down as by a
/// mouse drag, or (`dragged` false) stepped as by the keyboard, where every step is a full replot. In
/// presentation mode the slider swept is the large one on the plot, as the lecturer drags it.
ReplotBenchResult runReplotBench(MainWindow& window, int curves, int derivatives, int positions = 200,
                                 bool dragged = true);

} // namespace actlab::explorer
