// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/ui_language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

static void initTranslationResources() {
    Q_INIT_RESOURCE(actlab_explorer_translations);
}

namespace actlab::explorer {

namespace {

const char* const kSettingsKey = "View/language";

/// Qt's resource names for the .qm files built from resources/translations (qt_add_translations).
const char* const kTranslationsDir = ":/i18n";

std::unique_ptr<QTranslator>& actlabTranslator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator>& qtTranslator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}

bool isSimplifiedChinese(const QString& name) {
    const QLocale locale(name);
    return locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript &&
           locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong &&
           locale.territory() != QLocale::Macao;
}

} // namespace

QString uiLanguageCode(UiLanguage language) {
    switch (language) {
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<UiLanguage> uiLanguageFromCode(const QString& code) {
    if (code == QLatin1String("system")) return UiLanguage::System;
    const QString name = code.section(u'.', 0, 0); // "zh_CN.UTF-8" as in LANG
    if (name.isEmpty()) return std::nullopt;
    const QLocale locale(name);
    if (locale.language() == QLocale::English) return UiLanguage::English;
    if (isSimplifiedChinese(name)) return UiLanguage::Chinese;
    return std::nullopt;
}

UiLanguage resolvedUiLanguage(UiLanguage language) {
    if (language != UiLanguage::System) return language;
    // The first of the user's languages that ActLab has wins; English when none.
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (QLocale(name).language() == QLocale::English) return UiLanguage::English;
        if (isSimplifiedChinese(name)) return UiLanguage::Chinese;
    }
    return UiLanguage::English;
}

UiLanguage savedUiLanguage() {
    const QString code = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return uiLanguageFromCode(code).value_or(UiLanguage::System);
}

void saveUiLanguage(UiLanguage language) {
    QSettings().setValue(QLatin1String(kSettingsKey), uiLanguageCode(language));
}

UiLanguage installUiLanguage(UiLanguage language) {
    initTranslationResources();
    const UiLanguage shown = resolvedUiLanguage(language);
    for (auto* slot : {&actlabTranslator(), &qtTranslator()}) {
        if (*slot) QCoreApplication::removeTranslator(slot->get());
        slot->reset();
    }
    const QLocale locale = shown == UiLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                        : QLocale(QLocale::English, QLocale::UnitedStates);
    // QLocale() follows the interface (the built-in lesson's language); a system locale of the same language
    // keeps its own formats.
    QLocale::setDefault(QLocale::system().language() == locale.language() ? QLocale::system() : locale);
    if (shown == UiLanguage::English) return shown;

    auto actlab = std::make_unique<QTranslator>();
    if (actlab->load(locale, QStringLiteral("actlab"), QStringLiteral("_"),
                     QLatin1String(kTranslationsDir))) {
        QCoreApplication::installTranslator(actlab.get());
        actlabTranslator() = std::move(actlab);
    }
    // Qt's own words (OK, Cancel, Save, the file dialog): embedded when the build found them, else the
    // system's copy (Debian: qt6-translations-l10n).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLatin1String(kTranslationsDir)) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return actlabTranslator() ? shown : UiLanguage::English;
}

} // namespace actlab::explorer
