// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/session_file.hpp"

#include "plot/exporter.hpp"
#include "plot/presets.hpp"

#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>
#include <vector>

#ifndef ACTLAB_VERSION
#error "ACTLAB_VERSION must be defined by the build (PROJECT_VERSION)"
#endif

namespace actlab::plot {

namespace {

/// Larger files are refused before they are parsed (a session of a thousand curves is about 300 KB).
constexpr qint64 kMaxSessionBytes = 64 << 20;

std::nullopt_t failed(QString* error, const QString& message) {
    if (error) *error = message;
    return std::nullopt;
}

/// Whether Qt's parse error is the input ending early, as when a file is cut short while it is written
/// or copied. Qt reports a cut document at its very end, except for a cut keyword ("tr", reported at its
/// second byte), a cut \u escape (at the 'u') and a cut UTF-8 sequence (at its lead byte).
bool endsEarly(const QByteArray& bytes, const QJsonParseError& error) {
    const QByteArray trimmed = bytes.trimmed();
    if (error.offset >= trimmed.size()) return true;
    if (error.offset < 1) return false;
    const QByteArray tail = trimmed.mid(error.offset - 1);
    switch (error.error) {
    case QJsonParseError::IllegalValue:
        for (const char* keyword : {"true", "false", "null"})
            if (QByteArray(keyword).startsWith(tail)) return true;
        return false;
    case QJsonParseError::IllegalEscapeSequence:
        // "u" and at most three hex digits.
        return tail.size() <= 4 && tail.startsWith('u') &&
               std::all_of(tail.begin() + 1, tail.end(),
                           [](char c) { return std::isxdigit(static_cast<uchar>(c)); });
    case QJsonParseError::IllegalUTF8String: {
        // A lead byte and fewer continuation bytes than it announces.
        const QByteArray rest = trimmed.mid(error.offset);
        const auto lead = static_cast<uchar>(rest.front());
        const qsizetype length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        return rest.size() < length && std::all_of(rest.begin() + 1, rest.end(), [](char c) {
                   return (static_cast<uchar>(c) & 0xC0) == 0x80;
               });
    }
    default:
        return false;
    }
}

QString generator() {
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("ActLab ") + (version.isEmpty() ? QStringLiteral(ACTLAB_VERSION) : version);
}

QJsonObject explorerToJson(int selected, std::optional<double> cursorX,
                           const std::optional<AnalysisRequest>& analysis,
                           const std::optional<LabRequest>& lab) {
    QJsonObject explorer;
    explorer.insert(QStringLiteral("selected"), selected);
    if (cursorX) explorer.insert(QStringLiteral("cursorX"), jsonFromNumber(*cursorX));
    if (analysis) explorer.insert(QStringLiteral("analysis"), analysisToJson(*analysis));
    if (lab) explorer.insert(QStringLiteral("lab"), labToJson(*lab));
    return explorer;
}

QJsonObject lessonToJson(const Lesson& lesson) {
    QJsonArray steps;
    for (const LessonStep& step : lesson.steps)
        steps.append(QJsonObject{{QStringLiteral("title"), step.title},
                                 {QStringLiteral("note"), step.note},
                                 {QStringLiteral("figure"), figureSpecToJson(step.figure)},
                                 {QStringLiteral("explorer"),
                                  explorerToJson(step.selected, step.cursorX, step.analysis, step.lab)}});
    return {{QStringLiteral("title"), lesson.title}, {QStringLiteral("steps"), steps}};
}

/// Reads the member `key` of an "explorer" object (the Deep network view's or the training lab's settings)
/// with `read` (analysisFromJson, labFromJson) into *out; false and *error when it is no object or `read`
/// refuses it. `where` prefixes messages.
template <typename T, typename Read>
bool readExplorerMember(const QJsonObject& explorer, const QString& key, const QString& where, Read read,
                        std::optional<T>* out, QString* error) {
    const QJsonValue value = explorer.value(key);
    if (value.isUndefined()) return true;
    QString problem;
    auto request = value.isObject() ? read(value.toObject(), &problem) : std::nullopt;
    if (!request) {
        if (!value.isObject())
            problem =
                QCoreApplication::translate("actlab::plot::SessionFile", "\"%1\" must be an object, not %2")
                    .arg(key, describeJson(value));
        failed(error, QCoreApplication::translate("actlab::plot::SessionFile", "%1\"explorer\": %2")
                          .arg(where, problem));
        return false;
    }
    *out = std::move(*request);
    return true;
}

/// Reads an "explorer" object (selected curve, cursor x, Deep network view, training lab) for a figure of
/// `curves` curves into *selected, *cursorX, *analysis and *lab; false and *error on a bad value. `where`
/// prefixes messages.
bool readExplorer(const QJsonValue& value, int curves, const QString& where, int* selected,
                  std::optional<double>* cursorX, std::optional<AnalysisRequest>* analysis,
                  std::optional<LabRequest>* lab, QString* error) {
    if (value.isUndefined()) return true;
    if (!value.isObject()) {
        failed(error, QCoreApplication::translate("actlab::plot::SessionFile",
                                                  "%1\"explorer\" must be an object, not %2")
                          .arg(where, describeJson(value)));
        return false;
    }
    const QJsonObject explorer = value.toObject();
    if (explorer.contains(QStringLiteral("selected"))) {
        const QJsonValue s = explorer.value(QStringLiteral("selected"));
        const double v = s.isDouble() ? s.toDouble() : std::nan("");
        if (!(v >= -1 && v < curves) || v != std::floor(v)) {
            failed(error, QCoreApplication::translate(
                              "actlab::plot::SessionFile",
                              "%1\"explorer\": \"selected\" must be -1 (none) or a curve's index "
                              "from 0 to %2, not %3")
                              .arg(where)
                              .arg(curves - 1)
                              .arg(describeJson(s)));
            return false;
        }
        *selected = static_cast<int>(v);
    }
    const QJsonValue cursor = explorer.value(QStringLiteral("cursorX"));
    if (!cursor.isUndefined() && !cursor.isNull()) {
        const auto x = numberFromJson(cursor);
        if (!x || !std::isfinite(*x)) {
            failed(error,
                   QCoreApplication::translate("actlab::plot::SessionFile",
                                               "%1\"explorer\": \"cursorX\" must be a finite number, not %2")
                       .arg(where, describeJson(cursor)));
            return false;
        }
        *cursorX = *x;
    }
    return readExplorerMember(explorer, QStringLiteral("analysis"), where, analysisFromJson, analysis,
                              error) &&
           readExplorerMember(explorer, QStringLiteral("lab"), where, labFromJson, lab, error);
}

/// Reads a "figure" member strictly (the presets' reader); `where` prefixes messages.
std::optional<FigureSpec> readFigure(const QJsonValue& figure, const QString& where, QString* error) {
    if (!figure.isObject())
        return failed(
            error,
            QCoreApplication::translate("actlab::plot::SessionFile", "%1\"figure\" must be an object, not %2")
                .arg(where, figure.isUndefined()
                                ? QCoreApplication::translate("actlab::plot::SessionFile", "missing")
                                : describeJson(figure)));
    QString figureError;
    auto spec = figureSpecFromJson(figure.toObject(), &figureError);
    if (!spec) return failed(error, where + figureError);
    return spec;
}

std::optional<Lesson> readLesson(const QJsonValue& value, QString* error) {
    if (!value.isObject())
        return failed(error, QCoreApplication::translate("actlab::plot::SessionFile",
                                                         "\"lesson\" must be an object, not %1")
                                 .arg(describeJson(value)));
    const QJsonObject object = value.toObject();
    Lesson lesson;
    const QJsonValue title = object.value(QStringLiteral("title"));
    if (!title.isUndefined() && !title.isString())
        return failed(error, QCoreApplication::translate("actlab::plot::SessionFile",
                                                         "\"lesson\": \"title\" must be text, not %1")
                                 .arg(describeJson(title)));
    lesson.title = title.toString();
    const QJsonValue steps = object.value(QStringLiteral("steps"));
    if (!steps.isUndefined() && !steps.isArray())
        return failed(error, QCoreApplication::translate("actlab::plot::SessionFile",
                                                         "\"lesson\": \"steps\" must be an array, not %1")
                                 .arg(describeJson(steps)));
    const QJsonArray array = steps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where =
            QCoreApplication::translate("actlab::plot::SessionFile", "lesson step %1: ").arg(i + 1);
        if (!array[i].isObject())
            return failed(error, where + QCoreApplication::translate("actlab::plot::SessionFile",
                                                                     "must be an object, not %1")
                                             .arg(describeJson(array[i])));
        const QJsonObject stepObject = array[i].toObject();
        LessonStep step;
        for (auto [key, field] : {std::pair{QStringLiteral("title"), &step.title},
                                  std::pair{QStringLiteral("note"), &step.note}}) {
            const QJsonValue text = stepObject.value(key);
            if (!text.isUndefined() && !text.isString())
                return failed(error, where + QCoreApplication::translate("actlab::plot::SessionFile",
                                                                         "\"%1\" must be text, not %2")
                                                 .arg(key, describeJson(text)));
            *field = text.toString();
        }
        auto figure = readFigure(stepObject.value(QStringLiteral("figure")), where, error);
        if (!figure) return std::nullopt;
        step.figure = std::move(*figure);
        if (!readExplorer(stepObject.value(QStringLiteral("explorer")),
                          static_cast<int>(step.figure.curves.size()), where, &step.selected, &step.cursorX,
                          &step.analysis, &step.lab, error))
            return std::nullopt;
        lesson.steps.push_back(std::move(step));
    }
    return lesson;
}

bool hasFormula(const FigureSpec& figure) {
    return std::any_of(figure.curves.begin(), figure.curves.end(),
                       [](const CurveSpec& curve) { return !curve.formula.text.isEmpty(); });
}

/// The oldest version that can hold the session: 5 with the training lab's settings, 4 with the Deep
/// network view's, 3 with a typed formula, 2 with a lesson, else 1.
int sessionVersionOf(const Session& session) {
    if (session.lab || std::any_of(session.lesson.steps.begin(), session.lesson.steps.end(),
                                   [](const LessonStep& step) { return step.lab.has_value(); }))
        return 5;
    if (session.analysis || std::any_of(session.lesson.steps.begin(), session.lesson.steps.end(),
                                        [](const LessonStep& step) { return step.analysis.has_value(); }))
        return 4;
    if (hasFormula(session.figure) ||
        std::any_of(session.lesson.steps.begin(), session.lesson.steps.end(),
                    [](const LessonStep& step) { return hasFormula(step.figure); }))
        return 3;
    return session.lesson.empty() ? 1 : 2;
}

} // namespace

QByteArray sessionToJson(const Session& session) {
    const QJsonObject explorer =
        explorerToJson(session.selected, session.cursorX, session.analysis, session.lab);
    // QJsonObject sorts its keys; the file starts with what it is ("format", "version") instead, so that
    // `head` (and file(1)-style sniffing) tells a session at once. The members are laid out by hand, each
    // value as Qt writes it inside an indented array: one level deep, as a member of the top object.
    std::vector<std::pair<const char*, QJsonValue>> members = {
        {"format", QLatin1String(kSessionFormat)},
        {"version", sessionVersionOf(session)},
        {"generator", generator()},
        {"figure", figureSpecToJson(session.figure)},
        {"explorer", explorer},
    };
    if (!session.lesson.empty()) members.emplace_back("lesson", lessonToJson(session.lesson));
    QByteArray out = "{\n";
    for (const auto& [key, value] : members) {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
        // "[\n    VALUE\n]\n" -> "VALUE"
        const QByteArray member = wrapped.mid(6, wrapped.size() - 6 - 3);
        if (out.size() > 2) out += ",\n";
        out += "    \"" + QByteArray(key) + "\": " + member;
    }
    out += "\n}\n";
    return out;
}

std::optional<Session> sessionFromJson(const QByteArray& input, QString* error) {
    // A UTF-8 byte order mark, as some editors write, is not JSON: skipped.
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    if (bytes.trimmed().isEmpty())
        return failed(error, QCoreApplication::translate("actlab::plot::SessionFile", "the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        const QString where = QCoreApplication::translate("actlab::plot::SessionFile", "%1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset);
        if (endsEarly(bytes, parseError))
            return failed(
                error, QCoreApplication::translate("actlab::plot::SessionFile",
                                                   "the file ends too early, it looks cut short (JSON: %1)")
                           .arg(where));
        return failed(error,
                      QCoreApplication::translate("actlab::plot::SessionFile", "not JSON: %1").arg(where));
    }
    if (!doc.isObject())
        return failed(
            error, QCoreApplication::translate("actlab::plot::SessionFile",
                                               "not an ActLab session: the JSON is an array, not an object"));
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return failed(error,
                      QCoreApplication::translate("actlab::plot::SessionFile",
                                                  "not an ActLab session: it has no \"format\": \"%1\"")
                          .arg(QLatin1String(kSessionFormat)));
    if (format != QJsonValue(QLatin1String(kSessionFormat)))
        return failed(error,
                      QCoreApplication::translate("actlab::plot::SessionFile",
                                                  "not an ActLab session: its \"format\" is %1, not \"%2\"")
                          .arg(describeJson(format), QLatin1String(kSessionFormat)));
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double v = version.isDouble() ? version.toDouble() : std::nan("");
    if (!(v >= 1) || v != std::floor(v))
        return failed(error, QCoreApplication::translate("actlab::plot::SessionFile",
                                                         "\"version\" must be a whole number from 1, not %1")
                                 .arg(version.isUndefined() ? QCoreApplication::translate(
                                                                  "actlab::plot::SessionFile", "missing")
                                                            : describeJson(version)));
    if (v > kSessionVersion)
        return failed(error, QCoreApplication::translate(
                                 "actlab::plot::SessionFile",
                                 "written by a newer ActLab (session version %1; this ActLab reads "
                                 "up to version %2); update ActLab to open it")
                                 .arg(common::numberText(v))
                                 .arg(kSessionVersion));

    Session session;
    auto figure = readFigure(root.value(QStringLiteral("figure")), {}, error);
    if (!figure) return std::nullopt;
    session.figure = std::move(*figure);
    if (!readExplorer(root.value(QStringLiteral("explorer")), static_cast<int>(session.figure.curves.size()),
                      {}, &session.selected, &session.cursorX, &session.analysis, &session.lab, error))
        return std::nullopt;
    const QJsonValue lesson = root.value(QStringLiteral("lesson"));
    if (!lesson.isUndefined()) {
        auto read = readLesson(lesson, error);
        if (!read) return std::nullopt;
        session.lesson = std::move(*read);
    }
    return session;
}

std::optional<Session> readSessionFile(const QString& path, QString* error) {
    auto fail = [&](const QString& problem) {
        return failed(error,
                      QCoreApplication::translate("actlab::plot::SessionFile", "%1: %2").arg(path, problem));
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(
            QCoreApplication::translate("actlab::plot::SessionFile", "cannot read it: it is a directory"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("actlab::plot::SessionFile", "cannot read it: %1")
                        .arg(file.errorString()));
    const QByteArray bytes = file.read(kMaxSessionBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("actlab::plot::SessionFile", "cannot read it: %1")
                        .arg(file.errorString()));
    if (bytes.size() > kMaxSessionBytes)
        return fail(QCoreApplication::translate("actlab::plot::SessionFile",
                                                "too large for a session (more than %1 MiB)")
                        .arg(kMaxSessionBytes >> 20));
    QString problem;
    auto session = sessionFromJson(bytes, &problem);
    if (!session) return fail(problem);
    return session;
}

bool writeSessionFile(const QString& path, const Session& session, QString* error) {
    if (QFileInfo(path).isDir()) {
        if (error)
            *error =
                QCoreApplication::translate("actlab::plot::SessionFile", "cannot write %1: it is a directory")
                    .arg(path);
        return false;
    }
    return writeFileAtomically(path, sessionToJson(session), error);
}

} // namespace actlab::plot
