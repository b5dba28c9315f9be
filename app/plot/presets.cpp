// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/presets.hpp"

#include "plot/analysis_preset.hpp"
#include "plot/lab_preset.hpp"

#include "plot/axis_range.hpp"

#include "actlab/analysis/training_experiments.hpp"
#include "actlab/catalogue.hpp"
#include "common/number_parsing.hpp"
#include "common/qt_text.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <cstdint>
#include <utility>

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
    std::optional<AnalysisRequest> analysis;
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
        std::optional<AnalysisRequest> analysis;
        if (object.contains(QStringLiteral("analysis"))) {
            analysis = analysisFromJson(object.value(QStringLiteral("analysis")).toObject(), &error);
            if (!analysis || !object.value(QStringLiteral("analysis")).isObject()) {
                qWarning("actlab: preset %s: %s", qPrintable(spec->name), qPrintable(error));
                continue;
            }
        }
        entries.push_back(
            {spec->name, object.value(QStringLiteral("description")).toString(), *spec, analysis});
    }
    return entries;
}

const std::vector<PresetEntry>& presetEntries() {
    static const std::vector<PresetEntry> entries = loadPresets();
    return entries;
}

// ---- limits of the figure schema ---------------------------------------------------------------------

constexpr double kMaxFontPt = 1000;
constexpr double kMaxLineWidth = 100;
constexpr int kMinSizePx = 16; // as `actlab plot --size`
constexpr int kMaxSizePx = 20000;
constexpr int kMaxPoints = 1000000; // as `actlab plot --points`
constexpr int kMaxSlot = 1000000;
/// Largest σ_w², σ_b² or q_in an analysis preset takes (the Gaussian statistics' limit is far beyond).
constexpr double kMaxGaussianVariance = 1e100;

/// Reads the fields of one JSON object of the schema; the first problem is kept in *error, prefixed by
/// `where` ("curve 2 (elu): ") so that it names the curve and the field.
class ObjectReader {
  public:
    ObjectReader(const QJsonObject& object, QString where, QString* error)
        : m_object(object), m_where(std::move(where)), m_error(error) {}

    bool contains(const QString& key) const { return m_object.contains(key); }
    QJsonValue value(const QString& key) const { return m_object.value(key); }

    bool fail(const QString& message) {
        if (m_error) *m_error = m_where + message;
        return false;
    }
    bool fail(const QString& key, const QString& expected) {
        if (!contains(key))
            return fail(
                QCoreApplication::translate("actlab::plot::Presets", "\"%1\" is missing; it must be %2")
                    .arg(key, expected));
        return fail(QCoreApplication::translate("actlab::plot::Presets", "\"%1\" must be %2, not %3")
                        .arg(key, expected, describeJson(value(key))));
    }

    bool string(const QString& key, QString& out) {
        if (!contains(key)) return true;
        if (!value(key).isString())
            return fail(key, QCoreApplication::translate("actlab::plot::Presets", "a string"));
        out = value(key).toString();
        return true;
    }

    bool boolean(const QString& key, bool& out) {
        if (!contains(key)) return true;
        if (!value(key).isBool())
            return fail(key, QCoreApplication::translate("actlab::plot::Presets", "true or false"));
        out = value(key).toBool();
        return true;
    }

    /// A finite number in (lo, hi] (or [lo, hi] when `closedBelow`).
    bool number(const QString& key, double& out, double lo, double hi, bool closedBelow) {
        if (!contains(key)) return true;
        const auto v = numberFromJson(value(key));
        const QString expected =
            (closedBelow
                 ? QCoreApplication::translate("actlab::plot::Presets", "a number from %1 and at most %2")
                 : QCoreApplication::translate("actlab::plot::Presets", "a number above %1 and at most %2"))
                .arg(common::numberText(lo), common::numberText(hi));
        if (!v || !(closedBelow ? *v >= lo : *v > lo) || !(*v <= hi)) return fail(key, expected);
        out = *v;
        return true;
    }

    /// A whole number (a JSON number without fraction) in [lo, hi].
    bool whole(const QString& key, int& out, int lo, int hi) {
        if (!contains(key)) return true;
        const QJsonValue v = value(key);
        const double d = v.isDouble() ? v.toDouble() : std::nan("");
        if (!(d >= lo && d <= hi) || d != std::floor(d))
            return fail(key,
                        QCoreApplication::translate("actlab::plot::Presets", "a whole number from %1 to %2")
                            .arg(lo)
                            .arg(hi));
        out = static_cast<int>(d);
        return true;
    }

    /// [low, high]: two numbers an axis can show (axisRangeProblem()).
    bool range(const QString& key, std::optional<Range>& out) {
        if (!contains(key)) return true;
        const QJsonValue v = value(key);
        const QJsonArray array = v.toArray();
        const QString expected =
            QCoreApplication::translate("actlab::plot::Presets", "[low, high] with two numbers");
        if (!v.isArray() || array.size() != 2) return fail(key, expected);
        const auto lo = numberFromJson(array[0]);
        const auto hi = numberFromJson(array[1]);
        if (!lo || !hi) return fail(key, expected);
        if (const auto problem = axisRangeProblem(*lo, *hi))
            return fail(
                QCoreApplication::translate("actlab::plot::Presets", "\"%1\": %2").arg(key, *problem));
        out = Range{*lo, *hi};
        return true;
    }

  private:
    QJsonObject m_object;
    QString m_where;
    QString* m_error;
};

QJsonArray rangeToJson(const Range& range) {
    return QJsonArray{jsonFromNumber(range.first), jsonFromNumber(range.second)};
}

/// "derivatives": 0, 1 or 2 (f′, then f″ too), or the array of derivative orders shown ([2]: f″ alone).
bool readDerivatives(ObjectReader& reader, FigureSpec& spec) {
    const QString key = QStringLiteral("derivatives");
    if (!reader.contains(key)) return true;
    const QJsonValue value = reader.value(key);
    if (value.isArray()) {
        spec.showDerivative = false;
        spec.showSecond = false;
        for (const auto& item : value.toArray()) {
            const double order = item.isDouble() ? item.toDouble() : 0;
            bool& shown = order == 1 ? spec.showDerivative : spec.showSecond;
            if ((order != 1 && order != 2) || shown)
                return reader.fail(
                    key, QCoreApplication::translate("actlab::plot::Presets",
                                                     "0, 1, 2 or an array of distinct orders 1 and 2"));
            shown = true;
        }
        return true;
    }
    int n = 0;
    if (!reader.whole(key, n, 0, 2)) return false;
    spec.setDerivatives(n);
    return true;
}

QJsonValue derivativesToJson(const FigureSpec& spec) {
    if (spec.showSecond && !spec.showDerivative) return QJsonArray{2};
    return spec.derivatives();
}

bool readParams(ObjectReader& reader, const actlab::CurveFunction& function, CurveSpec& curve) {
    const QString key = QStringLiteral("params");
    curve.params = function.defaults();
    if (!reader.contains(key)) return true;
    if (!reader.value(key).isObject())
        return reader.fail(key,
                           QCoreApplication::translate("actlab::plot::Presets", "an object of name: value"));
    const QJsonObject params = reader.value(key).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const int index = function.parameterIndex(it.key().toStdString());
        if (index < 0)
            return reader.fail(
                QCoreApplication::translate("actlab::plot::Presets", "\"params\": %1 has no parameter %2")
                    .arg(functionName(curve), describeJson(it.key())));
        const auto v = numberFromJson(it.value());
        if (!v)
            return reader.fail(QCoreApplication::translate("actlab::plot::Presets",
                                                           "\"params\": %1 must be a number, not %2")
                                   .arg(it.key(), describeJson(it.value())));
        curve.params[static_cast<std::size_t>(index)] = *v;
    }
    if (const auto problem = function.validate(curve.params))
        return reader.fail(QCoreApplication::translate("actlab::plot::Presets", "\"params\": %1")
                               .arg(common::translated(problem->text)));
    return true;
}

/// "sliders": {"alpha": {"min": a, "max": b, "log": false}, …}, one entry per parameter, or absent.
bool readSliders(ObjectReader& reader, const actlab::CurveFunction& function, CurveSpec& curve) {
    const QString key = QStringLiteral("sliders");
    if (!reader.contains(key)) return true;
    if (!reader.value(key).isObject())
        return reader.fail(
            key, QCoreApplication::translate("actlab::plot::Presets",
                                             "an object with one {\"min\", \"max\", \"log\"} per parameter"));
    const QJsonObject sliders = reader.value(key).toObject();
    for (auto it = sliders.begin(); it != sliders.end(); ++it)
        if (function.parameterIndex(it.key().toStdString()) < 0)
            return reader.fail(
                QCoreApplication::translate("actlab::plot::Presets", "\"sliders\": %1 has no parameter %2")
                    .arg(functionName(curve), describeJson(it.key())));
    for (const auto& parameter : function.parameters()) {
        const QString name = common::toQString(parameter.name);
        const QString where = QStringLiteral("\"sliders\".\"%1\"").arg(name);
        if (!sliders.contains(name))
            return reader.fail(
                QCoreApplication::translate("actlab::plot::Presets",
                                            "\"sliders\" must give every parameter of %1 or none; %2 is "
                                            "missing")
                    .arg(functionName(curve), name));
        const QJsonValue value = sliders.value(name);
        const QJsonObject object = value.toObject();
        const auto lo = numberFromJson(object.value(QStringLiteral("min")));
        const auto hi = numberFromJson(object.value(QStringLiteral("max")));
        const QJsonValue log = object.value(QStringLiteral("log"));
        if (!value.isObject() || !lo || !hi || !(log.isBool() || log.isUndefined()))
            return reader.fail(
                QCoreApplication::translate("actlab::plot::Presets",
                                            "%1 must be {\"min\": number, \"max\": number, \"log\": true or "
                                            "false}")
                    .arg(where));
        if (!std::isfinite(*lo) || !std::isfinite(*hi))
            return reader.fail(QCoreApplication::translate("actlab::plot::Presets",
                                                           "%1: min %2 and max %3 must be finite numbers")
                                   .arg(where, common::numberText(*lo), common::numberText(*hi)));
        const QString declared =
            QStringLiteral("[%1, %2]")
                .arg(common::numberText(parameter.min), common::numberText(parameter.max));
        if (!(*lo >= parameter.min && *hi <= parameter.max))
            return reader.fail(
                QCoreApplication::translate("actlab::plot::Presets",
                                            "%1: min %2 and max %3 must lie within the declared range %4")
                    .arg(where, common::numberText(*lo), common::numberText(*hi), declared));
        if (!(*lo < *hi))
            return reader.fail(
                QCoreApplication::translate("actlab::plot::Presets", "%1: min %2 must be below max %3")
                    .arg(where, common::numberText(*lo), common::numberText(*hi)));
        if (log.toBool() && !(*lo > 0))
            return reader.fail(QCoreApplication::translate("actlab::plot::Presets",
                                                           "%1: a log-scale slider needs min above 0, not %2")
                                   .arg(where, common::numberText(*lo)));
        curve.sliders.push_back(SliderRange{*lo, *hi, log.toBool()});
    }
    return true;
}

std::optional<CurveSpec> curveFromJson(const QJsonValue& value, int number, QString* error) {
    const QString where = QCoreApplication::translate("actlab::plot::Presets", "curve %1").arg(number);
    if (!value.isObject()) {
        if (error)
            *error = QCoreApplication::translate("actlab::plot::Presets", "%1 must be an object, not %2")
                         .arg(where, describeJson(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    CurveSpec curve;
    ObjectReader reader(object, QCoreApplication::translate("actlab::plot::Presets", "%1: ").arg(where),
                        error);
    const QString formulaKey = QStringLiteral("formula");
    if (object.contains(formulaKey)) {
        // A typed formula instead of a catalogue id.
        if (object.contains(QStringLiteral("id"))) {
            reader.fail(
                QCoreApplication::translate("actlab::plot::Presets", "give \"id\" or \"formula\", not both"));
            return std::nullopt;
        }
        if (!object.value(formulaKey).isString()) {
            reader.fail(formulaKey, QCoreApplication::translate("actlab::plot::Presets",
                                                                "a formula in x such as \"x*sigmoid(b*x)\""));
            return std::nullopt;
        }
        QString problem;
        auto formula = parseCurveFormula(object.value(formulaKey).toString(), &problem);
        if (!formula) {
            reader.fail(QCoreApplication::translate("actlab::plot::Presets", "\"formula\" %1: %2")
                            .arg(describeJson(object.value(formulaKey)), problem));
            return std::nullopt;
        }
        curve.formula = std::move(*formula);
    } else {
        if (!object.value(QStringLiteral("id")).isString()) {
            reader.fail(QStringLiteral("id"),
                        QCoreApplication::translate("actlab::plot::Presets",
                                                    "a catalogue id such as \"relu\" (or a \"formula\")"));
            return std::nullopt;
        }
        curve.id = object.value(QStringLiteral("id")).toString();
        if (!actlab::findActivation(curve.id.toStdString())) {
            reader.fail(
                QCoreApplication::translate("actlab::plot::Presets",
                                            "unknown function %1 (run `actlab list` for the catalogue)")
                    .arg(describeJson(curve.id)));
            return std::nullopt;
        }
    }
    const actlab::CurveFunction function = *functionOf(curve);
    // From here on the curve is named too: "curve 2 (elu): …".
    ObjectReader fields(
        object,
        QCoreApplication::translate("actlab::plot::Presets", "%1 (%2): ").arg(where, functionName(curve)),
        error);
    if (!readParams(fields, function, curve) || !fields.string(QStringLiteral("label"), curve.label) ||
        !fields.whole(QStringLiteral("slot"), curve.slot, 0, kMaxSlot) ||
        !fields.number(QStringLiteral("lineWidth"), curve.lineWidth, 0, kMaxLineWidth, false) ||
        !fields.boolean(QStringLiteral("visible"), curve.visible) || !readSliders(fields, function, curve))
        return std::nullopt;
    const QString colorKey = QStringLiteral("color");
    if (fields.contains(colorKey)) {
        const QJsonValue color = fields.value(colorKey);
        if (color.isString()) curve.color = QColor(color.toString());
        if (!curve.color.isValid()) {
            fields.fail(colorKey, QCoreApplication::translate("actlab::plot::Presets",
                                                              "a colour \"#rrggbb\" or \"#aarrggbb\""));
            return std::nullopt;
        }
    }
    return curve;
}

} // namespace

QJsonValue jsonFromNumber(double value) {
    if (!std::isfinite(value) || (value == 0 && std::signbit(value))) return common::numberText(value);
    return value;
}

std::optional<double> numberFromJson(const QJsonValue& value) {
    if (value.isDouble()) return value.toDouble();
    if (!value.isString()) return std::nullopt;
    // Only what a JSON number cannot say: "2" is a string, not a number.
    const auto number = actlab::common::parseNumber(value.toString().toStdString());
    if (!number || (std::isfinite(*number) && !(*number == 0 && std::signbit(*number)))) return std::nullopt;
    return number;
}

QString describeJson(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return common::numberText(value.toDouble());
    case QJsonValue::String:
        return QString::fromStdString(actlab::common::quoteForMessage(value.toString().toStdString()));
    case QJsonValue::Array:
        return QCoreApplication::translate("actlab::plot::Presets", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("actlab::plot::Presets", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("actlab::plot::Presets", "nothing");
}

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

std::optional<AnalysisRequest> presetAnalysis(const QString& name) {
    for (const auto& entry : presetEntries())
        if (entry.name == name) return entry.analysis;
    return std::nullopt;
}

std::optional<AnalysisRequest> analysisFromJson(const QJsonObject& object, QString* error) {
    ObjectReader r(object, QCoreApplication::translate("actlab::plot::Presets", "\"analysis\": "), error);
    AnalysisRequest request;
    AnalysisSettings& s = request.settings;
    QString kind;
    if (!r.string(QStringLiteral("kind"), kind)) return std::nullopt;
    const auto parsedKind = analysisKindFromName(kind);
    if (!parsedKind) {
        r.fail(QStringLiteral("kind"),
               QCoreApplication::translate("actlab::plot::Presets", "depth, histograms, selu-map or phase"));
        return std::nullopt;
    }
    request.kind = *parsedKind;
    double seed = static_cast<double>(s.seed);
    if (!r.whole(QStringLiteral("layers"), s.layers, 1, kMaxAnalysisLayers) ||
        !r.number(QStringLiteral("sigmaW2"), s.sigmaW2, 0, kMaxGaussianVariance, true) ||
        !r.number(QStringLiteral("sigmaB2"), s.sigmaB2, 0, kMaxGaussianVariance, true) ||
        !r.number(QStringLiteral("qIn"), s.qIn, 0, kMaxGaussianVariance, true) ||
        !r.boolean(QStringLiteral("monteCarlo"), s.monteCarlo) ||
        !r.whole(QStringLiteral("width"), s.width, 1, kMaxAnalysisWidth) ||
        !r.whole(QStringLiteral("batch"), s.batch, 1, analysis::kMaxMonteCarloBatch) ||
        !r.number(QStringLiteral("seed"), seed, 0, 0x1p53, true))
        return std::nullopt;
    if (seed != std::floor(seed)) {
        r.fail(QStringLiteral("seed"),
               QCoreApplication::translate("actlab::plot::Presets", "a whole number from 0 to 2^53"));
        return std::nullopt;
    }
    s.seed = static_cast<std::uint64_t>(seed);
    if (r.contains(QStringLiteral("at"))) {
        const QJsonValue at = r.value(QStringLiteral("at"));
        if (!at.isArray()) {
            r.fail(QStringLiteral("at"),
                   QCoreApplication::translate("actlab::plot::Presets", "an array of layer numbers"));
            return std::nullopt;
        }
        for (const QJsonValue& v : at.toArray()) {
            const double d = v.isDouble() ? v.toDouble() : std::nan("");
            if (!(d >= 1 && d <= s.layers) || d != std::floor(d)) {
                r.fail(QStringLiteral("at"),
                       QCoreApplication::translate("actlab::plot::Presets",
                                                   "an array of layer numbers from 1 to %1")
                           .arg(s.layers));
                return std::nullopt;
            }
            s.histogramLayers.push_back(static_cast<int>(d));
        }
    }
    if (const QString problem = analysisSettingsProblem(s); !problem.isEmpty()) {
        r.fail(problem);
        return std::nullopt;
    }
    return request;
}

QJsonObject analysisToJson(const AnalysisRequest& request) {
    const AnalysisSettings& s = request.settings;
    QJsonArray at;
    for (const int l : s.histogramLayers)
        at.append(l);
    return QJsonObject{{QStringLiteral("kind"), analysisKindName(request.kind)},
                       {QStringLiteral("layers"), s.layers},
                       {QStringLiteral("sigmaW2"), jsonFromNumber(s.sigmaW2)},
                       {QStringLiteral("sigmaB2"), jsonFromNumber(s.sigmaB2)},
                       {QStringLiteral("qIn"), jsonFromNumber(s.qIn)},
                       {QStringLiteral("monteCarlo"), s.monteCarlo},
                       {QStringLiteral("width"), s.width},
                       {QStringLiteral("batch"), s.batch},
                       {QStringLiteral("seed"), static_cast<double>(s.seed)},
                       {QStringLiteral("at"), at}};
}

namespace {

constexpr std::array<std::pair<const char*, analysis::Loss>, 2> kLossNames{
    {{"cross-entropy", analysis::Loss::CrossEntropy}, {"mse", analysis::Loss::MeanSquaredError}}};
constexpr std::array<std::pair<const char*, analysis::InitScheme>, 4> kInitNames{
    {{"he", analysis::InitScheme::He},
     {"xavier", analysis::InitScheme::Xavier},
     {"lecun", analysis::InitScheme::Lecun},
     {"normal", analysis::InitScheme::Normal}}};

template <typename T, std::size_t N>
QString nameIn(const std::array<std::pair<const char*, T>, N>& names, T value) {
    for (const auto& [name, v] : names)
        if (v == value) return QLatin1String(name);
    return {};
}

/// One of `names` (all of them listed in the message when it is something else).
template <typename T, std::size_t N>
bool readName(ObjectReader& r, const QString& key, const std::array<std::pair<const char*, T>, N>& names,
              T& out) {
    if (!r.contains(key)) return true;
    QStringList known;
    for (const auto& [name, v] : names) {
        if (r.value(key) == QJsonValue(QLatin1String(name))) {
            out = v;
            return true;
        }
        known << QLatin1String(name);
    }
    return r.fail(key, known.join(QStringLiteral(", ")));
}

/// A catalogue id (or "" when `none` says that a slot may be empty).
bool readActivationId(ObjectReader& r, const QString& key, QString& out, bool none = false) {
    QString id = out;
    if (!r.string(key, id)) return false;
    if ((none && id.isEmpty()) || findActivation(id.toStdString())) {
        out = id;
        return true;
    }
    return r.fail(key,
                  none ? QCoreApplication::translate("actlab::plot::Presets",
                                                     "a catalogue id (as `actlab list` shows them) or \"\"")
                       : QCoreApplication::translate("actlab::plot::Presets",
                                                     "a catalogue id (as `actlab list` shows them)"));
}

} // namespace

std::optional<LabRequest> labFromJson(const QJsonObject& object, QString* error) {
    ObjectReader r(object, QCoreApplication::translate("actlab::plot::Presets", "\"lab\": "), error);
    LabRequest request;
    int step = 0;
    if (!r.whole(QStringLiteral("step"), step, 0, static_cast<int>(kMaxLabStep)) ||
        !r.boolean(QStringLiteral("play"), request.play))
        return std::nullopt;
    request.step = step;
    if (r.contains(QStringLiteral("experiment"))) {
        if (!r.string(QStringLiteral("experiment"), request.experiment)) return std::nullopt;
        if (!analysis::findTrainingExperiment(request.experiment.toStdString())) {
            r.fail(QStringLiteral("experiment"),
                   QCoreApplication::translate("actlab::plot::Presets", "one of %1")
                       .arg(QString::fromStdString(analysis::trainingExperimentNames())));
            return std::nullopt;
        }
        return request;
    }
    LabSettings& s = request.settings;
    const QString datasetKey = QStringLiteral("dataset"), optimiserKey = QStringLiteral("optimiser");
    if (!readActivationId(r, QStringLiteral("activation"), s.activation)) return std::nullopt;
    const Activation* a = findActivation(s.activation.toStdString());
    if (r.contains(QStringLiteral("params"))) { // as a curve's: by name, the others at their defaults
        CurveSpec curve;
        curve.id = s.activation;
        if (!readParams(r, CurveFunction(*a), curve)) return std::nullopt;
        s.params = curve.params;
    }
    double seed = s.seed;
    if (!r.whole(QStringLiteral("layers"), s.layers, analysis::kMinHiddenLayers,
                 analysis::kMaxHiddenLayers) ||
        !r.whole(QStringLiteral("width"), s.width, analysis::kMinTrainWidth, analysis::kMaxTrainWidth) ||
        !readActivationId(r, QStringLiteral("target"), s.target) ||
        !readName(r, QStringLiteral("loss"), kLossNames, s.loss) ||
        !r.number(QStringLiteral("learningRate"), s.learningRate, kMinLabLearningRate, kMaxLabLearningRate,
                  true) ||
        !r.number(QStringLiteral("momentum"), s.momentum, 0, kMaxLabMomentum, true) ||
        !readName(r, QStringLiteral("init"), kInitNames, s.init) ||
        !r.number(QStringLiteral("initStd"), s.initStd, kMinLabInitStd, kMaxLabInitStd, true) ||
        !r.number(QStringLiteral("bias"), s.bias, -kMaxLabBias, kMaxLabBias, true) ||
        !r.whole(QStringLiteral("batch"), s.batch, 1, analysis::kMaxDatasetSamples) ||
        !r.number(QStringLiteral("seed"), seed, 0, kMaxLabSeed, true) ||
        !r.boolean(QStringLiteral("compare"), s.compare))
        return std::nullopt;
    if (seed != std::floor(seed)) {
        r.fail(QStringLiteral("seed"),
               QCoreApplication::translate("actlab::plot::Presets", "a whole number from 0 to %1")
                   .arg(kMaxLabSeed));
        return std::nullopt;
    }
    s.seed = static_cast<int>(seed);
    if (r.contains(datasetKey)) {
        const auto kind = r.value(datasetKey).isString()
                              ? analysis::datasetKindFromName(r.value(datasetKey).toString().toStdString())
                              : std::nullopt;
        if (!kind) {
            r.fail(datasetKey, QCoreApplication::translate("actlab::plot::Presets",
                                                           "moons, circles, xor, spirals or regression"));
            return std::nullopt;
        }
        s.dataset = *kind;
    }
    if (r.contains(optimiserKey)) {
        const auto kind =
            r.value(optimiserKey).isString()
                ? analysis::optimiserKindFromName(r.value(optimiserKey).toString().toStdString())
                : std::nullopt;
        if (!kind) {
            r.fail(optimiserKey, QCoreApplication::translate("actlab::plot::Presets", "sgd or adam"));
            return std::nullopt;
        }
        s.optimiser = *kind;
    }
    if (r.contains(QStringLiteral("compareWith"))) {
        const QJsonValue value = r.value(QStringLiteral("compareWith"));
        const QJsonArray ids = value.toArray();
        if (!value.isArray() || ids.size() > analysis::kMaxComparedRuns) {
            r.fail(
                QStringLiteral("compareWith"),
                QCoreApplication::translate("actlab::plot::Presets", "an array of at most %1 catalogue ids")
                    .arg(analysis::kMaxComparedRuns));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < s.compareWith.size(); ++i) {
            const QJsonValue id = i < static_cast<std::size_t>(ids.size()) ? ids[static_cast<qsizetype>(i)]
                                                                           : QJsonValue(QString());
            if (!id.isString() ||
                (!id.toString().isEmpty() && !findActivation(id.toString().toStdString()))) {
                r.fail(
                    QStringLiteral("compareWith"),
                    QCoreApplication::translate("actlab::plot::Presets",
                                                "an array of catalogue ids or \"\" (none), not one with %1")
                        .arg(describeJson(id)));
                return std::nullopt;
            }
            s.compareWith[i] = id.toString();
        }
    }
    QString problem;
    if (!labExperiment(s, &problem)) {
        r.fail(problem);
        return std::nullopt;
    }
    return request;
}

QJsonObject labToJson(const LabRequest& request) {
    QJsonObject object{{QStringLiteral("step"), static_cast<double>(request.step)},
                       {QStringLiteral("play"), request.play}};
    if (!request.experiment.isEmpty()) {
        object.insert(QStringLiteral("experiment"), request.experiment);
        return object;
    }
    const LabSettings& s = request.settings;
    QJsonArray compareWith;
    if (const Activation* a = findActivation(s.activation.toStdString()); a && !s.params.empty()) {
        QJsonObject params;
        for (std::size_t i = 0; i < a->parameters.size() && i < s.params.size(); ++i)
            params.insert(common::toQString(a->parameters[i].name), jsonFromNumber(s.params[i]));
        object.insert(QStringLiteral("params"), params);
    }
    for (const QString& id : s.compareWith)
        compareWith.append(id);
    const auto text = [](std::string_view v) {
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    };
    for (auto [key, value] : std::initializer_list<std::pair<const char*, QJsonValue>>{
             {"activation", s.activation},
             {"layers", s.layers},
             {"width", s.width},
             {"dataset", text(analysis::datasetName(s.dataset))},
             {"target", s.target},
             {"loss", nameIn(kLossNames, s.loss)},
             {"optimiser", text(analysis::optimiserName(s.optimiser))},
             {"learningRate", jsonFromNumber(s.learningRate)},
             {"momentum", jsonFromNumber(s.momentum)},
             {"init", nameIn(kInitNames, s.init)},
             {"initStd", jsonFromNumber(s.initStd)},
             {"bias", jsonFromNumber(s.bias)},
             {"batch", s.batch},
             {"seed", s.seed},
             {"compare", s.compare},
             {"compareWith", compareWith}})
        object.insert(QLatin1String(key), value);
    return object;
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
    return {QStringLiteral("top left"),      QStringLiteral("top"),    QStringLiteral("top right"),
            QStringLiteral("left"),          QStringLiteral("center"), QStringLiteral("right"),
            QStringLiteral("bottom left"),   QStringLiteral("bottom"), QStringLiteral("bottom right"),
            QStringLiteral("outside right"), QStringLiteral("none")};
}

std::optional<FigureSpec> figureSpecFromJson(const QJsonObject& object, QString* error) {
    FigureSpec spec;
    ObjectReader reader(object, QString(), error);
    std::optional<Range> xRange;
    if (!reader.string(QStringLiteral("name"), spec.name) ||
        !reader.string(QStringLiteral("title"), spec.title) ||
        !reader.string(QStringLiteral("xLabel"), spec.xLabel) ||
        !reader.string(QStringLiteral("yLabel"), spec.yLabel) ||
        !reader.string(QStringLiteral("yLabelDerivative"), spec.yLabelDerivative) ||
        !reader.string(QStringLiteral("yLabelSecond"), spec.yLabelSecond) ||
        !reader.range(QStringLiteral("xRange"), xRange) ||
        !reader.range(QStringLiteral("yRange"), spec.yRange[0]) ||
        !reader.range(QStringLiteral("yRangeDerivative"), spec.yRange[1]) ||
        !reader.range(QStringLiteral("yRangeSecond"), spec.yRange[2]))
        return std::nullopt;
    if (xRange) {
        spec.xMin = xRange->first;
        spec.xMax = xRange->second;
    }
    if (!reader.whole(QStringLiteral("points"), spec.points, 0, kMaxPoints)) return std::nullopt;
    if (spec.points == 1) {
        reader.fail(QStringLiteral("points"),
                    QCoreApplication::translate("actlab::plot::Presets",
                                                "0 (automatic) or a whole number from 2 to %1")
                        .arg(kMaxPoints));
        return std::nullopt;
    }
    if (!readDerivatives(reader, spec) || !reader.boolean(QStringLiteral("gallery"), spec.gallery) ||
        !reader.string(QStringLiteral("legend"), spec.legend))
        return std::nullopt;
    if (!legendPositions().contains(spec.legend)) {
        reader.fail(QStringLiteral("legend"),
                    QCoreApplication::translate("actlab::plot::Presets", "one of \"%1\"")
                        .arg(legendPositions().join(QStringLiteral("\", \""))));
        return std::nullopt;
    }
    if (!reader.boolean(QStringLiteral("grid"), spec.grid) ||
        !reader.boolean(QStringLiteral("zeroLines"), spec.zeroLines) ||
        !reader.number(QStringLiteral("titlePt"), spec.titlePt, 0, kMaxFontPt, false) ||
        !reader.number(QStringLiteral("labelPt"), spec.labelPt, 0, kMaxFontPt, false) ||
        !reader.number(QStringLiteral("legendPt"), spec.legendPt, 0, kMaxFontPt, false) ||
        !reader.number(QStringLiteral("tickPt"), spec.tickPt, 0, kMaxFontPt, false) ||
        !reader.number(QStringLiteral("gridOpacity"), spec.gridOpacity, 0, 1, true))
        return std::nullopt;
    const QString gridStyleKey = QStringLiteral("gridStyle");
    if (reader.contains(gridStyleKey)) {
        const QJsonValue value = reader.value(gridStyleKey);
        const auto style = value.isString() ? penStyleFromName(value.toString()) : std::nullopt;
        if (!style) {
            reader.fail(gridStyleKey,
                        QCoreApplication::translate("actlab::plot::Presets",
                                                    "\"solid\", \"dash\", \"dot\" or \"dashdot\""));
            return std::nullopt;
        }
        spec.gridStyle = *style;
    }
    const QString sizeKey = QStringLiteral("size");
    if (reader.contains(sizeKey)) {
        const QJsonArray size = reader.value(sizeKey).toArray();
        const auto side = [&](qsizetype i) {
            const double d = size.size() == 2 && size[i].isDouble() ? size[i].toDouble() : 0;
            return d >= kMinSizePx && d <= kMaxSizePx && d == std::floor(d) ? static_cast<int>(d) : 0;
        };
        if (!reader.value(sizeKey).isArray() || side(0) == 0 || side(1) == 0) {
            reader.fail(sizeKey, QCoreApplication::translate(
                                     "actlab::plot::Presets",
                                     "[width, height] in pixels, each a whole number from %1 to %2")
                                     .arg(kMinSizePx)
                                     .arg(kMaxSizePx));
            return std::nullopt;
        }
        spec.sizePx = QSize(side(0), side(1));
    }

    const QString curvesKey = QStringLiteral("curves");
    if (reader.contains(curvesKey)) {
        if (!reader.value(curvesKey).isArray()) {
            reader.fail(curvesKey,
                        QCoreApplication::translate("actlab::plot::Presets", "an array of curves"));
            return std::nullopt;
        }
        int number = 0;
        for (const auto& value : reader.value(curvesKey).toArray()) {
            auto curve = curveFromJson(value, ++number, error);
            if (!curve) return std::nullopt;
            spec.curves.push_back(std::move(*curve));
        }
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
    o.insert(QStringLiteral("derivatives"), derivativesToJson(spec));
    o.insert(QStringLiteral("gallery"), spec.gallery);
    o.insert(QStringLiteral("legend"), spec.legend);
    o.insert(QStringLiteral("grid"), spec.grid);
    o.insert(QStringLiteral("zeroLines"), spec.zeroLines);
    o.insert(QStringLiteral("titlePt"), jsonFromNumber(spec.titlePt));
    o.insert(QStringLiteral("labelPt"), jsonFromNumber(spec.labelPt));
    o.insert(QStringLiteral("legendPt"), jsonFromNumber(spec.legendPt));
    o.insert(QStringLiteral("tickPt"), jsonFromNumber(spec.tickPt));
    o.insert(QStringLiteral("gridStyle"), penStyleName(spec.gridStyle));
    o.insert(QStringLiteral("gridOpacity"), jsonFromNumber(spec.gridOpacity));
    o.insert(QStringLiteral("size"), QJsonArray{spec.sizePx.width(), spec.sizePx.height()});
    QJsonArray curves;
    for (const auto& curve : spec.curves) {
        QJsonObject c;
        if (curve.formula.text.isEmpty())
            c.insert(QStringLiteral("id"), curve.id);
        else
            c.insert(QStringLiteral("formula"), curve.formula.text);
        if (const auto function = functionOf(curve)) {
            QJsonObject params;
            QJsonObject sliders;
            const auto parameters = function->parameters();
            for (std::size_t i = 0; i < parameters.size(); ++i) {
                const QString name = common::toQString(parameters[i].name);
                if (i < curve.params.size()) params.insert(name, jsonFromNumber(curve.params[i]));
                if (i < curve.sliders.size()) {
                    const SliderRange& slider = curve.sliders[i];
                    sliders.insert(name, QJsonObject{{QStringLiteral("min"), jsonFromNumber(slider.lo)},
                                                     {QStringLiteral("max"), jsonFromNumber(slider.hi)},
                                                     {QStringLiteral("log"), slider.log}});
                }
            }
            if (!params.isEmpty()) c.insert(QStringLiteral("params"), params);
            if (!sliders.isEmpty()) c.insert(QStringLiteral("sliders"), sliders);
        }
        if (!curve.label.isEmpty()) c.insert(QStringLiteral("label"), curve.label);
        if (curve.color.isValid()) // #rrggbb, or #aarrggbb when the colour is not opaque
            c.insert(QStringLiteral("color"),
                     curve.color.name(curve.color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb));
        if (curve.slot >= 0) c.insert(QStringLiteral("slot"), curve.slot);
        c.insert(QStringLiteral("lineWidth"), jsonFromNumber(curve.lineWidth));
        c.insert(QStringLiteral("visible"), curve.visible);
        curves.append(c);
    }
    o.insert(QStringLiteral("curves"), curves);
    return o;
}

} // namespace actlab::plot
