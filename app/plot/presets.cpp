// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

#include "actlab/catalogue.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initPresetResources() {
    Q_INIT_RESOURCE(presets);
}

namespace actlab::plot {

namespace {

struct PresetEntry {
    QString name;
    QString description;
    FigureSpec spec;
};

std::vector<PresetEntry> loadPresets() {
    initPresetResources();
    std::vector<PresetEntry> entries;
    QFile file(QStringLiteral(":/presets/presets.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("actlab: the compiled-in presets are missing");
        return entries;
    }
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        qWarning("actlab: presets.json: %s", qPrintable(parseError.errorString()));
        return entries;
    }
    for (const auto& value : doc.object().value(QStringLiteral("presets")).toArray()) {
        const auto object = value.toObject();
        QString error;
        auto spec = figureSpecFromJson(object, &error);
        if (!spec) {
            qWarning("actlab: preset %s: %s", qPrintable(object.value(QStringLiteral("name")).toString()),
                     qPrintable(error));
            continue;
        }
        entries.push_back({spec->name, object.value(QStringLiteral("description")).toString(), *spec});
    }
    return entries;
}

const std::vector<PresetEntry>& presetEntries() {
    static const std::vector<PresetEntry> entries = loadPresets();
    return entries;
}

bool readRange(const QJsonObject& object, const QString& key, std::optional<Range>& out, QString* error) {
    if (!object.contains(key)) return true;
    const auto array = object.value(key).toArray();
    if (array.size() != 2 || !array[0].isDouble() || !array[1].isDouble() ||
        !(array[0].toDouble() < array[1].toDouble())) {
        if (error) *error = key + QStringLiteral(" must be [low, high] with low < high");
        return false;
    }
    out = Range{array[0].toDouble(), array[1].toDouble()};
    return true;
}

QJsonArray rangeToJson(const Range& range) {
    return QJsonArray{range.first, range.second};
}

std::nullopt_t failed(QString* error, const QString& message) {
    if (error) *error = message;
    return std::nullopt;
}

} // namespace

QStringList presetNames() {
    QStringList names;
    for (const auto& entry : presetEntries())
        names << entry.name;
    return names;
}

QString presetDescription(const QString& name) {
    for (const auto& entry : presetEntries())
        if (entry.name == name) return entry.description;
    return {};
}

std::optional<FigureSpec> preset(const QString& name) {
    for (const auto& entry : presetEntries())
        if (entry.name == name) return entry.spec;
    return std::nullopt;
}

std::optional<Qt::PenStyle> penStyleFromName(const QString& name) {
    if (name == QLatin1String("solid")) return Qt::SolidLine;
    if (name == QLatin1String("dash")) return Qt::DashLine;
    if (name == QLatin1String("dot")) return Qt::DotLine;
    if (name == QLatin1String("dashdot")) return Qt::DashDotLine;
    return std::nullopt;
}

QString penStyleName(Qt::PenStyle style) {
    switch (style) {
    case Qt::DashLine:
        return QStringLiteral("dash");
    case Qt::DotLine:
        return QStringLiteral("dot");
    case Qt::DashDotLine:
        return QStringLiteral("dashdot");
    default:
        return QStringLiteral("solid");
    }
}

QStringList legendPositions() {
    return {QStringLiteral("top left"),    QStringLiteral("top"),    QStringLiteral("top right"),
            QStringLiteral("left"),        QStringLiteral("center"), QStringLiteral("right"),
            QStringLiteral("bottom left"), QStringLiteral("bottom"), QStringLiteral("bottom right"),
            QStringLiteral("none")};
}

std::optional<FigureSpec> figureSpecFromJson(const QJsonObject& object, QString* error) {
    FigureSpec spec;
    spec.name = object.value(QStringLiteral("name")).toString();
    spec.title = object.value(QStringLiteral("title")).toString();
    spec.xLabel = object.value(QStringLiteral("xLabel")).toString(spec.xLabel);
    spec.yLabel = object.value(QStringLiteral("yLabel")).toString(spec.yLabel);
    spec.yLabelDerivative = object.value(QStringLiteral("yLabelDerivative")).toString(spec.yLabelDerivative);
    spec.yLabelSecond = object.value(QStringLiteral("yLabelSecond")).toString(spec.yLabelSecond);

    std::optional<Range> xRange;
    if (!readRange(object, QStringLiteral("xRange"), xRange, error) ||
        !readRange(object, QStringLiteral("yRange"), spec.yRange[0], error) ||
        !readRange(object, QStringLiteral("yRangeDerivative"), spec.yRange[1], error) ||
        !readRange(object, QStringLiteral("yRangeSecond"), spec.yRange[2], error))
        return std::nullopt;
    if (xRange) {
        spec.xMin = xRange->first;
        spec.xMax = xRange->second;
    }
    spec.points = object.value(QStringLiteral("points")).toInt(0);
    if (spec.points != 0 && spec.points < 2)
        return failed(error, QStringLiteral("points must be at least 2"));
    const int derivatives = object.value(QStringLiteral("derivatives")).toInt(0);
    if (derivatives < 0 || derivatives > 2)
        return failed(error, QStringLiteral("derivatives must be 0, 1 or 2"));
    spec.setDerivatives(derivatives);
    spec.gallery = object.value(QStringLiteral("gallery")).toBool(false);
    spec.legend = object.value(QStringLiteral("legend")).toString(spec.legend);
    if (!legendPositions().contains(spec.legend))
        return failed(error, QStringLiteral("unknown legend position '%1'").arg(spec.legend));
    spec.grid = object.value(QStringLiteral("grid")).toBool(spec.grid);
    spec.zeroLines = object.value(QStringLiteral("zeroLines")).toBool(spec.zeroLines);
    spec.titlePt = object.value(QStringLiteral("titlePt")).toDouble(spec.titlePt);
    spec.labelPt = object.value(QStringLiteral("labelPt")).toDouble(spec.labelPt);
    spec.legendPt = object.value(QStringLiteral("legendPt")).toDouble(spec.legendPt);
    spec.tickPt = object.value(QStringLiteral("tickPt")).toDouble(spec.tickPt);
    if (object.contains(QStringLiteral("gridStyle"))) {
        const auto style = penStyleFromName(object.value(QStringLiteral("gridStyle")).toString());
        if (!style) return failed(error, QStringLiteral("unknown gridStyle"));
        spec.gridStyle = *style;
    }
    spec.gridOpacity = object.value(QStringLiteral("gridOpacity")).toDouble(spec.gridOpacity);
    if (object.contains(QStringLiteral("size"))) {
        const auto size = object.value(QStringLiteral("size")).toArray();
        if (size.size() != 2 || size[0].toInt() < 16 || size[1].toInt() < 16)
            return failed(error, QStringLiteral("size must be [width, height] in pixels"));
        spec.sizePx = QSize(size[0].toInt(), size[1].toInt());
    }

    for (const auto& value : object.value(QStringLiteral("curves")).toArray()) {
        const auto c = value.toObject();
        CurveSpec curve;
        curve.id = c.value(QStringLiteral("id")).toString();
        const auto* activation = actlab::findActivation(curve.id.toStdString());
        if (!activation) return failed(error, QStringLiteral("unknown function '%1'").arg(curve.id));
        curve.params = activation->defaults();
        const auto params = c.value(QStringLiteral("params")).toObject();
        for (auto it = params.begin(); it != params.end(); ++it) {
            const int index = activation->parameterIndex(it.key().toStdString());
            if (index < 0 || !it.value().isDouble())
                return failed(error, QStringLiteral("%1 has no parameter '%2'").arg(curve.id, it.key()));
            curve.params[static_cast<std::size_t>(index)] = it.value().toDouble();
        }
        if (const auto problem = actlab::validate(*activation, curve.params))
            return failed(error, curve.id + QStringLiteral(": ") + QString::fromStdString(problem->message));
        curve.label = c.value(QStringLiteral("label")).toString();
        if (c.contains(QStringLiteral("color"))) {
            curve.color = QColor(c.value(QStringLiteral("color")).toString());
            if (!curve.color.isValid())
                return failed(error, QStringLiteral("bad colour for %1").arg(curve.id));
        }
        curve.lineWidth = c.value(QStringLiteral("lineWidth")).toDouble(curve.lineWidth);
        curve.visible = c.value(QStringLiteral("visible")).toBool(true);
        spec.curves.push_back(std::move(curve));
    }
    return spec;
}

QJsonObject figureSpecToJson(const FigureSpec& spec) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), spec.name);
    o.insert(QStringLiteral("title"), spec.title);
    o.insert(QStringLiteral("xLabel"), spec.xLabel);
    o.insert(QStringLiteral("yLabel"), spec.yLabel);
    o.insert(QStringLiteral("yLabelDerivative"), spec.yLabelDerivative);
    o.insert(QStringLiteral("yLabelSecond"), spec.yLabelSecond);
    o.insert(QStringLiteral("xRange"), rangeToJson({spec.xMin, spec.xMax}));
    static const char* const keys[] = {"yRange", "yRangeDerivative", "yRangeSecond"};
    for (std::size_t i = 0; i < 3; ++i)
        if (spec.yRange[i]) o.insert(QLatin1String(keys[i]), rangeToJson(*spec.yRange[i]));
    o.insert(QStringLiteral("points"), spec.points);
    o.insert(QStringLiteral("derivatives"), spec.derivatives());
    o.insert(QStringLiteral("gallery"), spec.gallery);
    o.insert(QStringLiteral("legend"), spec.legend);
    o.insert(QStringLiteral("grid"), spec.grid);
    o.insert(QStringLiteral("zeroLines"), spec.zeroLines);
    o.insert(QStringLiteral("titlePt"), spec.titlePt);
    o.insert(QStringLiteral("labelPt"), spec.labelPt);
    o.insert(QStringLiteral("legendPt"), spec.legendPt);
    o.insert(QStringLiteral("tickPt"), spec.tickPt);
    o.insert(QStringLiteral("gridStyle"), penStyleName(spec.gridStyle));
    o.insert(QStringLiteral("gridOpacity"), spec.gridOpacity);
    o.insert(QStringLiteral("size"), QJsonArray{spec.sizePx.width(), spec.sizePx.height()});
    QJsonArray curves;
    for (const auto& curve : spec.curves) {
        QJsonObject c;
        c.insert(QStringLiteral("id"), curve.id);
        if (const auto* activation = actlab::findActivation(curve.id.toStdString())) {
            QJsonObject params;
            for (std::size_t i = 0; i < activation->parameters.size() && i < curve.params.size(); ++i) {
                const auto& name = activation->parameters[i].name;
                params.insert(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())),
                              curve.params[i]);
            }
            if (!params.isEmpty()) c.insert(QStringLiteral("params"), params);
        }
        if (!curve.label.isEmpty()) c.insert(QStringLiteral("label"), curve.label);
        if (curve.color.isValid()) // #rrggbb, or #aarrggbb when the colour is not opaque
            c.insert(QStringLiteral("color"),
                     curve.color.name(curve.color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb));
        c.insert(QStringLiteral("lineWidth"), curve.lineWidth);
        c.insert(QStringLiteral("visible"), curve.visible);
        curves.append(c);
    }
    o.insert(QStringLiteral("curves"), curves);
    return o;
}

} // namespace actlab::plot
