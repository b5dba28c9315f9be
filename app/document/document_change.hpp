// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What one change to the document touched, so that observers redo only that: one curve's parameters
/// (a slider drag redraws one curve), a curve inserted, removed or moved, the view ranges, the layout,
/// the lesson, or everything (a preset, a file or a lesson step replaced the figure).

namespace actlab::document {

/// Parts of one curve (bit flags of Change::parts).
enum CurvePart : unsigned {
    Params = 1u,     ///< parameter values (and with them an automatic label)
    Label = 2u,      ///< the typed label
    Style = 4u,      ///< colour, palette slot, line width
    Visibility = 8u, ///< shown or hidden
    Sliders = 16u,   ///< the explorer's slider range or log switch of a parameter
    Function = 32u,  ///< the function itself (a formula retyped): its parameters may be others
};

struct Change {
    enum Kind {
        Curve,  ///< parts of curve `row` changed
        Insert, ///< a curve was inserted at `row`
        Remove, ///< the curve at `row` was removed
        Move,   ///< the curve at `row` moved to `to`
        View,   ///< x or y ranges
        Layout, ///< subplots, legend, grid, zero lines, gallery, titles, labels
        Lesson, ///< the lesson's steps, titles or notes (the figure is untouched)
        Reset,  ///< everything
    };
    Kind kind = Reset;
    int row = -1;
    int to = -1;
    unsigned parts = 0;

    /// The change that undoes this one.
    Change inverse() const {
        switch (kind) {
        case Insert:
            return {Remove, row, -1, 0};
        case Remove:
            return {Insert, row, -1, 0};
        case Move:
            return {Move, to, row, 0};
        default:
            return *this;
        }
    }
    /// One change that covers this one followed by `next` (a gesture that did several things).
    Change merged(const Change& next) const {
        if (kind == next.kind && row == next.row && to == next.to && (kind == Curve || kind == View))
            return {kind, row, to, parts | next.parts};
        if ((kind == View || kind == Layout) && (next.kind == View || next.kind == Layout))
            return {Layout, -1, -1, 0};
        if (kind == Lesson && next.kind == Lesson) return *this;
        return {Reset, -1, -1, 0};
    }
    bool operator==(const Change&) const = default;
};

} // namespace actlab::document
