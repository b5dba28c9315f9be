// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The figure presets (resources/presets/presets.json, compiled in): the one definition that the
/// explorer's Presets menu, `actlab --preset` and `actlab plot --preset` share.
#include "plot/figure_spec.hpp"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace actlab::plot {

/// Preset names in file order.
QStringList presetNames();
/// The preset's one-line description, or an empty string.
QString presetDescription(const QString& name);
/// The figure of a preset, or nullopt for an unknown name.
std::optional<FigureSpec> preset(const QString& name);

/// Reads one figure object: the one schema of presets.json and of a session's "figure". Strict: a field
/// that is present must have its JSON type and lie in its range (sizes, fonts, opacity, line widths,
/// axis ranges the plot can draw, known function ids, parameter names and values that validate(),
/// slider ranges inside the declared ones); absent fields keep FigureSpec's defaults, missing parameters
/// their defaults; keys the schema does not know are ignored (a preset's "description"). On error
/// returns nullopt and sets *error to one line naming the field, and the curve if it is one's
/// ("curve 2 (elu): \"lineWidth\" must be …").
std::optional<FigureSpec> figureSpecFromJson(const QJsonObject& object, QString* error = nullptr);
/// The inverse of figureSpecFromJson: every field written, parameters and sliders by name; every double
/// reads back bit for bit (jsonFromNumber()).
QJsonObject figureSpecToJson(const FigureSpec& spec);

/// A double as the schema writes it: a JSON number (Qt writes the shortest text that reads back to the
/// same double), except -0 (a JSON number would read back as +0) and ±inf, NaN (JSON has none), which
/// are written as strings ("-0", "inf", "nan") of the command line's number syntax.
QJsonValue jsonFromNumber(double value);
/// A double as the schema reads it: a JSON number, or a string of the strict number parser that spells
/// what a JSON number cannot ("-0", "-0x0p+0", "inf", "nan"); nullopt for anything else ("2" is not a
/// number). Range checks are the caller's.
std::optional<double> numberFromJson(const QJsonValue& value);
/// A JSON value as error messages show it: `'text'` (cut, control characters as '?'), 1.5, true, null,
/// "an array", "an object".
QString describeJson(const QJsonValue& value);

/// Parses "dash", "dot", "dashdot", "solid"; nullopt otherwise.
std::optional<Qt::PenStyle> penStyleFromName(const QString& name);
QString penStyleName(Qt::PenStyle style);

/// The accepted legend positions ("top left" … "bottom right") plus "none".
QStringList legendPositions();

} // namespace actlab::plot
