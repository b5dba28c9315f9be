// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The interface language: English (the source text) or Simplified Chinese, chosen by the system locale,
/// the setting View ▸ Language (applied at the next start) or `actlab --lang CODE`. The command line's
/// output stays English; only the window is translated.
#include <QLocale>
#include <QString>

#include <optional>

namespace actlab::explorer {

enum class UiLanguage { System, English, Chinese };

/// "system", "en" or "zh_CN": the value of the setting and of --lang.
QString uiLanguageCode(UiLanguage language);
/// The language for a code (also "zh", "zh-CN", "en_US" …); nullopt for one ActLab does not have.
std::optional<UiLanguage> uiLanguageFromCode(const QString& code);
/// English or Chinese: System resolved through the system's UI languages (LANGUAGE, LC_ALL, LANG).
UiLanguage resolvedUiLanguage(UiLanguage language);

/// The language saved by View ▸ Language (System when none).
UiLanguage savedUiLanguage();
void saveUiLanguage(UiLanguage language);

/// Loads ActLab's and Qt's own translations (standard buttons) for `language` into the application,
/// replacing those loaded before, and makes its locale the default (QLocale()). English removes them.
/// Returns the language now shown.
UiLanguage installUiLanguage(UiLanguage language);

} // namespace actlab::explorer
