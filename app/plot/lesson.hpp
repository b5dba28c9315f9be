// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A lesson: an ordered list of steps a lecturer prepares and then steps through, each a snapshot of
/// the document (figure, selected curve, cursor) with a title and a short note. A session holds at most
/// one lesson; it is saved in the session file.
#include "plot/analysis_preset.hpp"
#include "plot/figure_spec.hpp"
#include "plot/lab_preset.hpp"

#include <QString>

#include <optional>
#include <vector>

namespace actlab::plot {

struct LessonStep {
    QString title;
    QString note; ///< plain text, shown to the lecturer (notes window) and under the step list
    FigureSpec figure;
    int selected = -1;
    std::optional<double> cursorX;
    /// The Deep network view shown with these settings and this figure when the step is shown; none: the
    /// view is left as it is.
    std::optional<AnalysisRequest> analysis = {};
    /// The training lab opened on this experiment or these settings, trained to the saved step (and
    /// playing on, if it says so) when the step is shown; none: the lab is left as it is.
    std::optional<LabRequest> lab = {};
    bool operator==(const LessonStep&) const = default;
};

struct Lesson {
    QString title;
    std::vector<LessonStep> steps;
    bool empty() const { return title.isEmpty() && steps.empty(); }
    bool operator==(const Lesson&) const = default;
};

} // namespace actlab::plot
