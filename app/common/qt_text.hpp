// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Text helpers of the Qt modules (plot, document, explorer): core strings as QString, numbers as people
/// read them, and numbers as people type them. Header-only, so the Qt-free command line never sees Qt.
#include "common/number_parsing.hpp"

#include <actlab/catalogue.hpp>
#include <actlab/message.hpp>

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::common {

/// A UTF-8 core string (names, formulas, symbols) as a QString.
inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A core message in the interface's language: its template translated (QCoreApplication::translate with
/// the template's context; English when no translator is installed, as on the command line) and filled
/// with its arguments, each translated the same way. Verbatim text (names, numbers, formulas) stays as it is.
inline QString translated(const actlab::Message& message) {
    if (!message.context) return toQString(message.source);
    const QString pattern = QCoreApplication::translate(message.context, message.source.c_str());
    if (message.args.empty()) return pattern;
    std::vector<std::string> args;
    args.reserve(message.args.size());
    for (const actlab::Message& arg : message.args)
        args.push_back(translated(arg).toStdString());
    return QString::fromStdString(actlab::fillMessage(pattern.toStdString(), args));
}

/// What an exception from the core says, translated when it carries a message (actlab::MessageError).
inline QString translatedWhat(const std::exception& e) {
    if (const auto* refused = dynamic_cast<const actlab::MessageError*>(&e))
        return translated(refused->message());
    return QString::fromUtf8(e.what());
}

/// A number as it is written for copying and typing back: shortest round-trip form, ASCII ("-1.5",
/// "inf", "nan"), exactly what formatNumber() prints on the command line.
inline QString numberText(double value) {
    return QString::fromStdString(actlab::formatNumber(value));
}

/// A number rounded for reading at a glance: `digits` significant digits (trailing zeros dropped, "inf",
/// "nan"), or numberText()'s full precision when `digits` is 0 or less.
inline QString roundedNumberText(double value, int digits) {
    if (digits <= 0 || !std::isfinite(value)) return numberText(value);
    return QString::number(value, 'g', digits);
}

/// A number for reading in rich text: numberText() with a typographic minus and ∞.
inline QString displayNumber(double value) {
    QString text = numberText(value);
    if (text.startsWith(u'-')) text.replace(0, 1, QChar(0x2212));
    if (text == QStringLiteral("inf")) return QStringLiteral("∞");
    if (text == QStringLiteral("\u2212inf")) return QStringLiteral("\u2212∞");
    return text;
}

/// A number as a person types it into a box: parseNumber()'s forms (hex floats, inf, nan), with spaces
/// around it, and the typographic minus and ∞ that displayNumber() writes, so what is shown reads back.
inline std::optional<double> parseTypedNumber(QString text) {
    text = text.trimmed();
    text.replace(QChar(0x2212), u'-');
    text.replace(QChar(0x221E), QStringLiteral("inf"));
    return parseNumber(text.toStdString());
}

/// A formula's text cut for display: f'' of a formula such as x^x^x^x^x^x runs to hundreds of
/// thousands of characters, which a label would lay out for seconds and nobody reads. Cut at `max`
/// characters (not inside a surrogate pair) with the count of the rest.
inline QString elidedFormula(const QString& text, qsizetype max = 1500) {
    if (text.size() <= max) return text;
    if (text.at(max - 1).isHighSurrogate()) --max;
    const qsizetype rest = text.size() - max;
    return text.left(max) + QCoreApplication::translate("actlab::common", " … (%1 more characters)")
                                .arg(QString::number(rest));
}

} // namespace actlab::common
