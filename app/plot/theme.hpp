// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Plot colours: background, axes, grid, text, zero lines and the Okabe–Ito curve palette.
#include "plot/figure_spec.hpp"

#include <QColor>
#include <QString>

#include <array>

namespace actlab::plot {

struct Theme {
    QString name;      ///< "light" or "dark"
    QColor background; ///< figure background
    QColor axisRectBackground;
    QColor axis;     ///< axis lines, ticks and the axis-rectangle frame
    QColor text;     ///< tick labels, axis labels, titles, legend text
    QColor grid;     ///< grid lines (the figure's gridOpacity is applied on top)
    QColor zeroLine; ///< the x = 0 and y = 0 lines
    QColor legendBackground;
    QColor legendBorder;
    /// Text of the window's panels on `background`, each at 4.5:1 or more (WCAG AA): a highlighted
    /// value (the parameter values in a formula), secondary text (labels, notes, hints), a warning.
    QColor accentText;
    QColor mutedText;
    QColor warningText;
    /// The Okabe–Ito colour-blind-safe palette, in the order curves get it: blue, vermillion, bluish
    /// green, orange, reddish purple, sky blue, yellow, then black (light) or white (dark). On the light
    /// background orange, sky blue and yellow are darkened (same hue) to 3:1, WCAG's minimum for graphics.
    static constexpr int kPaletteSize = 8;
    std::array<QColor, kPaletteSize> palette;

    /// Colour of the i-th curve (wraps around the palette).
    QColor color(int i) const;
    /// Dash pattern of the i-th curve: solid for the first round of colours, then dashed, dotted,
    /// dash-dotted, so that more curves than colours stay distinguishable (colour and style together).
    static Qt::PenStyle lineStyle(int i);
    /// A curve colour the user or a preset chose, as drawn in this theme. A colour with less than 3:1
    /// contrast against the plot's background (WCAG's minimum for graphics) is mixed with white (dark
    /// background: the material's pure blue has 2.3:1 on the dark theme) or scaled towards black (light
    /// background: the material's cyan #00BFBF has 2.3:1 on white) until it reaches 3:1, keeping its
    /// hue; colours that already stand out are returned unchanged, so figures keep the material's other
    /// colours exactly.
    QColor legible(const QColor& c) const;
    /// The colour a curve is drawn in at `position` in its figure: its own colour made legible, else the
    /// palette colour of its slot (of its position when it has none). The one place colours are resolved.
    QColor curveColor(const CurveSpec& curve, int position) const;

    static Theme light();
    static Theme dark();
    /// For projectors and weak eyes: black on white (or white on black when `dark`), every curve colour
    /// at 4.5:1 or more against the background (the Okabe–Ito hues darkened, or brightened on black).
    static Theme highContrast(bool dark);
    /// "light" or "dark"; anything else gives light.
    static Theme byName(const QString& name);

    bool operator==(const Theme&) const = default;
};

/// WCAG 2 relative luminance of an sRGB colour (0 black … 1 white).
double relativeLuminance(const QColor& c);
/// WCAG 2 contrast ratio of two colours, 1 … 21.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace actlab::plot
