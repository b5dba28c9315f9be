// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz harness: the preset and session JSON readers (app/plot/presets.*, app/plot/session_file.*), fed
// arbitrary bytes as the presets file and as a session file.
//
// The bytes are read as the compiled-in presets.json is: a JSON document whose "presets" array holds
// figure objects, each read by figureSpecFromJson(); the top-level object is also read as one figure.
// The same bytes are then read as a *.actlab session file by sessionFromJson().
// Invariants:
//  - QJsonDocument reports an error exactly when it gives no document;
//  - figureSpecFromJson() gives a figure or an error message, never both;
//  - a figure is what the reader promises: catalogue curves whose parameters validate(), x and fixed y
//    ranges A < B, points 0 or at least 2, derivatives 0..2, a known legend position, size >= 16;
//  - figureSpecToJson() and back gives the same figure, bit for bit, both as a QJsonObject and through
//    JSON text (colours compared at the 8 bits per channel, alpha included, that the format writes);
//  - sessionFromJson() gives a session or an error, never both; a session's figure (and each lesson
//    step's) is a valid figure, its selected curve is -1 or one of its curves, its cursor x is finite;
//    sessionToJson() and back gives the same session, lesson included, bit for bit.
#include "fuzz_check.hpp"

#include "plot/presets.hpp"
#include "plot/session_file.hpp"

#include <actlab/catalogue.hpp>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace {

using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;

std::string str(const QString& text) {
    return text.toStdString();
}

bool sameBits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool validRange(const std::optional<actlab::plot::Range>& range) {
    return !range || range->first < range->second;
}

void checkFigure(const FigureSpec& spec) {
    ACTLAB_FUZZ_CHECK(spec.xMin < spec.xMax, "");
    for (const auto& range : spec.yRange)
        ACTLAB_FUZZ_CHECK(validRange(range), "");
    ACTLAB_FUZZ_CHECK(spec.points == 0 || spec.points >= 2, std::to_string(spec.points));
    ACTLAB_FUZZ_CHECK(spec.derivatives() >= 0 && spec.derivatives() <= 2, "");
    ACTLAB_FUZZ_CHECK(actlab::plot::legendPositions().contains(spec.legend), str(spec.legend));
    ACTLAB_FUZZ_CHECK(spec.sizePx.width() >= 16 && spec.sizePx.height() >= 16, "");
    for (const CurveSpec& curve : spec.curves) {
        const auto* activation = actlab::findActivation(str(curve.id));
        ACTLAB_FUZZ_CHECK(activation != nullptr, str(curve.id));
        ACTLAB_FUZZ_CHECK(curve.params.size() == activation->parameters.size(), str(curve.id));
        const auto problem = actlab::validate(*activation, curve.params);
        ACTLAB_FUZZ_CHECK(!problem, problem ? problem->message : "");
    }
}

/// Equal as the presets format can say it: every field, doubles bit for bit, colours as 8-bit ARGB.
bool sameFigure(const FigureSpec& a, const FigureSpec& b) {
    auto same = [](std::optional<actlab::plot::Range> x, std::optional<actlab::plot::Range> y) {
        return x.has_value() == y.has_value() &&
               (!x || (sameBits(x->first, y->first) && sameBits(x->second, y->second)));
    };
    if (a.curves.size() != b.curves.size()) return false;
    for (std::size_t i = 0; i < a.curves.size(); ++i) {
        const CurveSpec& x = a.curves[i];
        const CurveSpec& y = b.curves[i];
        if (x.id != y.id || x.label != y.label || x.visible != y.visible ||
            !sameBits(x.lineWidth, y.lineWidth) || x.color.isValid() != y.color.isValid() ||
            (x.color.isValid() && x.color.rgba() != y.color.rgba()) || x.params.size() != y.params.size())
            return false;
        for (std::size_t k = 0; k < x.params.size(); ++k)
            if (!sameBits(x.params[k], y.params[k])) return false;
    }
    for (std::size_t i = 0; i < 3; ++i)
        if (!same(a.yRange[i], b.yRange[i])) return false;
    return a.name == b.name && a.title == b.title && a.xLabel == b.xLabel && a.yLabel == b.yLabel &&
           a.yLabelDerivative == b.yLabelDerivative && a.yLabelSecond == b.yLabelSecond &&
           sameBits(a.xMin, b.xMin) && sameBits(a.xMax, b.xMax) && a.points == b.points &&
           a.showDerivative == b.showDerivative && a.showSecond == b.showSecond && a.gallery == b.gallery &&
           a.legend == b.legend && a.grid == b.grid && a.zeroLines == b.zeroLines &&
           sameBits(a.titlePt, b.titlePt) && sameBits(a.labelPt, b.labelPt) &&
           sameBits(a.legendPt, b.legendPt) && sameBits(a.tickPt, b.tickPt) && a.gridStyle == b.gridStyle &&
           sameBits(a.gridOpacity, b.gridOpacity) && a.sizePx == b.sizePx;
}

void readFigure(const QJsonObject& object) {
    QString error;
    const auto spec = actlab::plot::figureSpecFromJson(object, &error);
    ACTLAB_FUZZ_CHECK(spec.has_value() != !error.isEmpty(), "a figure and an error: " + str(error));
    if (!spec) return;
    checkFigure(*spec);

    const QJsonObject written = actlab::plot::figureSpecToJson(*spec);
    QString again;
    const auto back = actlab::plot::figureSpecFromJson(written, &again);
    ACTLAB_FUZZ_CHECK(back.has_value(), "its own JSON refused: " + str(again));
    ACTLAB_FUZZ_CHECK(sameFigure(*back, *spec), QJsonDocument(written).toJson().toStdString());

    // Through text, as a saved file would go.
    const QByteArray text = QJsonDocument(written).toJson();
    QJsonParseError parseError;
    const QJsonDocument reread = QJsonDocument::fromJson(text, &parseError);
    ACTLAB_FUZZ_CHECK(!reread.isNull(), str(parseError.errorString()) + ": " + text.toStdString());
    const auto fromText = actlab::plot::figureSpecFromJson(reread.object(), &again);
    ACTLAB_FUZZ_CHECK(fromText.has_value(), "its own JSON text refused: " + str(again));
    ACTLAB_FUZZ_CHECK(sameFigure(*fromText, *spec), text.toStdString());
}

void readSession(const QByteArray& bytes) {
    QString error;
    const auto session = actlab::plot::sessionFromJson(bytes, &error);
    ACTLAB_FUZZ_CHECK(session.has_value() != !error.isEmpty(), "a session and an error: " + str(error));
    if (!session) return;
    checkFigure(session->figure);
    ACTLAB_FUZZ_CHECK(session->selected >= -1 &&
                          session->selected < static_cast<int>(session->figure.curves.size()),
                      std::to_string(session->selected));
    ACTLAB_FUZZ_CHECK(!session->cursorX || std::isfinite(*session->cursorX), "");
    for (const auto& step : session->lesson.steps) {
        checkFigure(step.figure);
        ACTLAB_FUZZ_CHECK(step.selected >= -1 && step.selected < static_cast<int>(step.figure.curves.size()),
                          std::to_string(step.selected));
        ACTLAB_FUZZ_CHECK(!step.cursorX || std::isfinite(*step.cursorX), "");
    }

    const QByteArray written = actlab::plot::sessionToJson(*session);
    const auto back = actlab::plot::sessionFromJson(written, &error);
    ACTLAB_FUZZ_CHECK(back.has_value(), "its own session refused: " + str(error));
    auto sameCursor = [](std::optional<double> a, std::optional<double> b) {
        return a.has_value() == b.has_value() && (!a || sameBits(*a, *b));
    };
    ACTLAB_FUZZ_CHECK(sameFigure(back->figure, session->figure) && back->selected == session->selected &&
                          sameCursor(back->cursorX, session->cursorX),
                      written.toStdString());
    ACTLAB_FUZZ_CHECK(back->lesson.title == session->lesson.title &&
                          back->lesson.steps.size() == session->lesson.steps.size(),
                      written.toStdString());
    for (std::size_t i = 0; i < back->lesson.steps.size(); ++i) {
        const auto& a = back->lesson.steps[i];
        const auto& b = session->lesson.steps[i];
        ACTLAB_FUZZ_CHECK(a.title == b.title && a.note == b.note && sameFigure(a.figure, b.figure) &&
                              a.selected == b.selected && sameCursor(a.cursorX, b.cursorX),
                          written.toStdString());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QJsonParseError parseError;
    readSession(bytes);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    ACTLAB_FUZZ_CHECK(doc.isNull() == (parseError.error != QJsonParseError::NoError),
                      str(parseError.errorString()));
    if (doc.isNull()) return 0;
    const QJsonObject root = doc.object();
    for (const auto& value : root.value(QStringLiteral("presets")).toArray())
        readFigure(value.toObject());
    readFigure(root);
    return 0;
}
