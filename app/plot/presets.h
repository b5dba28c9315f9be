// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The figure presets (resources/presets/presets.json, compiled in): the one definition that the
/// explorer's Presets menu, `actlab --preset` and `actlab plot --preset` share.
#include "figurespec.h"

#include <QJsonObject>
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

/// Reads one figure object of the presets format; on error returns nullopt and sets *error.
/// Parameters are given by name; missing ones take their defaults. Curves are validated against the core.
std::optional<FigureSpec> figureSpecFromJson(const QJsonObject& object, QString* error = nullptr);
/// The inverse of figureSpecFromJson (parameters written by name, every field written).
QJsonObject figureSpecToJson(const FigureSpec& spec);

/// Parses "dash", "dot", "dashdot", "solid"; nullopt otherwise.
std::optional<Qt::PenStyle> penStyleFromName(const QString& name);
QString penStyleName(Qt::PenStyle style);

/// The accepted legend positions ("top left" … "bottom right") plus "none".
QStringList legendPositions();

} // namespace actlab::plot
