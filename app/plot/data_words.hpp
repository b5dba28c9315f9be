// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The built-in data's words in the interface language. The core stays Qt-free and English; the window
/// shows its family names, function names, formulas, notes, kink conventions and parameter meanings through
/// catalogueText() (translation context "actlab::catalogue"), and the presets' titles and descriptions
/// (resources/presets/presets.json) through presetText() (context "actlab::presets").
#include <QString>

#include <span>
#include <string>
#include <string_view>

namespace actlab {
class CurveFunction;
}

namespace actlab::plot {

/// Every word of actlab::catalogue() the window shows, as lupdate sees it (QT_TRANSLATE_NOOP).
std::span<const char* const> catalogueWords();

/// A catalogue word (a family name, a name, a formula, a note, a kink convention, a parameter meaning)
/// translated.
QString catalogueText(std::string_view text);

/// A function's name as the window shows it: a catalogue name translated, a typed formula as typed.
QString functionName(const actlab::CurveFunction& function);

/// Every title and description of the presets, as lupdate sees it (QT_TRANSLATE_NOOP).
std::span<const char* const> presetWords();

/// A preset's title or description translated.
QString presetText(const QString& text);

/// Every title and claim of the training lab's experiments (actlab::analysis::trainingExperiments()).
std::span<const char* const> experimentWords();

/// An experiment's title or claim translated (context "actlab::experiments").
QString experimentText(const std::string& text);

} // namespace actlab::plot
