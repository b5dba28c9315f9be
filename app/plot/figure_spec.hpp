// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What a figure shows, as plain data with value semantics: curves, ranges, subplots, labels, fonts.
/// PlotFigure draws a FigureSpec on a QCustomPlot; presets, the explorer and `actlab plot` build them.
#include <actlab/curve_function.hpp>

#include <QColor>
#include <QSize>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace actlab::plot {

/// The explorer's slider over one parameter: a sub-range of the declared range, and its scale.
struct SliderRange {
    double lo = 0;
    double hi = 1;
    bool log = false;

    bool operator==(const SliderRange&) const = default;
};

/// A typed formula as a curve holds it: the text, and the function parsed from it (shared by copies of the
/// curve). Two are equal when their texts are. Made by parseCurveFormula(), so `function` is always set
/// when `text` is not empty.
struct CurveFormula {
    QString text;
    std::optional<actlab::CurveFunction> function;

    bool operator==(const CurveFormula& other) const { return text == other.text; }
};

/// One curve: a catalogue function or a typed formula, with parameter values (in declaration order).
struct CurveSpec {
    QString id;                 ///< catalogue id, e.g. "leaky_relu"; empty for a formula
    CurveFormula formula;       ///< the typed formula, or empty text for a catalogue function
    std::vector<double> params; ///< one value per declared parameter; empty = the defaults
    QString label;              ///< empty = automatic (automaticLabel())
    QColor color;               ///< invalid = the theme's palette colour of `slot`
    int slot = -1;              ///< palette slot used while `color` is invalid; -1 = the curve's position
    double lineWidth = 2;       ///< in device-independent pixels
    bool visible = true;
    /// The explorer's slider per parameter; empty = each parameter's default slider. Drawing ignores it.
    std::vector<SliderRange> sliders;

    bool operator==(const CurveSpec&) const = default;
};

/// What the curve draws: its catalogue entry or its formula; nothing for an unknown id.
std::optional<actlab::CurveFunction> functionOf(const CurveSpec& curve);

/// How messages name a curve's function: its id ("elu"), or "formula x*sigmoid(b*x)".
QString functionName(const CurveSpec& curve);

/// A formula curve's formula, parsed; nothing, *error (the parser's message in the interface's language:
/// "expected ')' at column 10") and *column (10, 1-based) when the text is refused.
std::optional<CurveFormula> parseCurveFormula(const QString& text, QString* error = nullptr,
                                              int* column = nullptr);

/// The slider a parameter gets until the user changes it: its declared range (log scale where declared,
/// from default/1000), or [−5, 5] for a formula's parameters, whose declared range is unbounded.
SliderRange defaultSliderRange(const actlab::CurveFunction& function, int index);

/// The curve's slider for parameter `index`: its own if set, else the default one.
SliderRange sliderOf(const CurveSpec& curve, const actlab::CurveFunction& function, int index);

using Range = std::pair<double, double>;

/// A whole figure. Orders: 0 = f, 1 = f', 2 = f''.
struct FigureSpec {
    QString name; ///< the preset name, or empty
    QString title;
    QString xLabel = QStringLiteral("x");
    QString yLabel = QStringLiteral("f(x)");                 ///< label of the f subplot
    QString yLabelDerivative = QStringLiteral("f\u2032(x)"); ///< label of the f' subplot
    QString yLabelSecond = QStringLiteral("f\u2033(x)");     ///< label of the f'' subplot
    std::vector<CurveSpec> curves;
    double xMin = -5;
    double xMax = 5;
    /// Fixed y range per order; nullopt = autoscale to the data (5 % margin).
    std::array<std::optional<Range>, 3> yRange{};
    int points = 0; ///< samples over [xMin, xMax]; at least 2 per pixel are taken anyway; 0 = automatic
    bool showDerivative = false; ///< the f' subplot (in the gallery: f' in each panel)
    bool showSecond = false;     ///< the f'' subplot
    bool gallery = false;        ///< small multiples: one panel per curve with its f and f'
    QString legend =
        QStringLiteral("top left"); ///< "top left", "top", "top right", "left", "center", "right",
                                    ///< "bottom left", "bottom", "bottom right" or "none"
    bool grid = true;
    bool zeroLines = true; ///< emphasised x = 0 and y = 0 grid lines
    double titlePt = 14;
    double labelPt = 12;
    double legendPt = 12;
    double tickPt = 10;
    Qt::PenStyle gridStyle = Qt::SolidLine;
    double gridOpacity = 1.0;
    QSize sizePx{1000, 600}; ///< default export size (device-independent pixels, 96 per inch)

    /// Highest derivative order shown: 0, 1 or 2.
    int derivatives() const { return showSecond ? 2 : (showDerivative ? 1 : 0); }
    /// 0: f only, 1: f and f', 2: f, f' and f''.
    void setDerivatives(int n) {
        showDerivative = n >= 1;
        showSecond = n >= 2;
    }
    /// Whether order 0, 1 or 2 has a subplot (or, in the gallery, is drawn in each panel).
    bool showsOrder(int order) const {
        if (order == 0) return true;
        if (gallery && order == 1) return true;
        return order == 1 ? showDerivative : showSecond;
    }

    bool operator==(const FigureSpec&) const = default;
};

} // namespace actlab::plot
