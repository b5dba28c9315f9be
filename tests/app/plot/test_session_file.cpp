// SPDX-License-Identifier: GPL-3.0-or-later
// The session file (app/plot/session_file.*) and the figure schema it shares with the presets: every
// preset and a few hundred randomly built sessions read back identical, doubles bit for bit; each kind
// of bad file is refused with a message naming the file and the problem; a failed save leaves the old
// file as it was.
#include "plot/axis_range.hpp"
#include "plot/presets.hpp"
#include "plot/session_file.hpp"

#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <sys/resource.h>

namespace {

using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;
using actlab::plot::Range;
using actlab::plot::Session;
using actlab::plot::SliderRange;

std::string str(const QString& text) {
    return text.toStdString();
}

/// Reads back what sessionToJson() wrote; fails the test with the reader's message otherwise.
std::optional<Session> roundTrip(const Session& session) {
    const QByteArray bytes = actlab::plot::sessionToJson(session);
    QString error;
    auto back = actlab::plot::sessionFromJson(bytes, &error);
    EXPECT_TRUE(back) << str(error) << "\n" << bytes.toStdString();
    EXPECT_TRUE(error.isEmpty() || !back);
    return back;
}

/// `==` says -0 == 0; the JSON text does not (the writer keeps the sign, and Qt writes the shortest text
/// of each double): equal text after a round trip means every double came back bit for bit.
void expectIdentical(const Session& session) {
    const auto back = roundTrip(session);
    if (!back) return;
    EXPECT_EQ(*back, session) << actlab::plot::sessionToJson(session).toStdString();
    EXPECT_EQ(actlab::plot::sessionToJson(*back), actlab::plot::sessionToJson(session));
}

// ---- the Deep network view ------------------------------------------------------------------------------

TEST(SessionFile, TheDeepNetworkViewsSettingsRoundTripAsVersion4) {
    Session session{*actlab::plot::preset(QStringLiteral("vanishing-gradients")), 0, std::nullopt, {}};
    EXPECT_EQ(QJsonDocument::fromJson(actlab::plot::sessionToJson(session))
                  .object()
                  .value(QStringLiteral("version")),
              1); // without the view: as before
    actlab::plot::AnalysisRequest view;
    view.kind = actlab::plot::AnalysisKind::Histograms;
    view.settings.layers = 17;
    view.settings.sigmaW2 = 2.0 / 3; // not a slider step: kept bit for bit
    view.settings.sigmaB2 = 0.05;
    view.settings.qIn = 1.5;
    view.settings.monteCarlo = false;
    view.settings.width = 321;
    view.settings.histogramLayers = {1, 9, 17};
    session.analysis = view;
    actlab::plot::LessonStep step{QStringLiteral("He"), QStringLiteral("note"), session.figure, 1, 0.5};
    step.analysis = actlab::plot::AnalysisRequest{actlab::plot::AnalysisKind::Phase, {}};
    step.analysis->settings.sigmaW2 = 2;
    session.lesson.steps = {step,
                            actlab::plot::LessonStep{QStringLiteral("plain"), {}, session.figure, 0, {}}};
    expectIdentical(session);
    const QJsonObject root = QJsonDocument::fromJson(actlab::plot::sessionToJson(session)).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 4);
    const QJsonObject explorer = root.value(QStringLiteral("explorer")).toObject();
    EXPECT_EQ(explorer.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("histograms"));
    EXPECT_EQ(explorer.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("layers")).toInt(),
              17);

    // only a step with the view: version 4 too
    session.analysis.reset();
    expectIdentical(session);
    EXPECT_EQ(QJsonDocument::fromJson(actlab::plot::sessionToJson(session))
                  .object()
                  .value(QStringLiteral("version")),
              4);
}

TEST(SessionFile, ABadDeepNetworkViewIsRefusedNamingIt) {
    Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 0, std::nullopt, {}};
    session.analysis = actlab::plot::AnalysisRequest{};
    QJsonObject root = QJsonDocument::fromJson(actlab::plot::sessionToJson(session)).object();
    QJsonObject explorer = root.value(QStringLiteral("explorer")).toObject();
    QJsonObject view = explorer.value(QStringLiteral("analysis")).toObject();
    view.insert(QStringLiteral("layers"), 0);
    explorer.insert(QStringLiteral("analysis"), view);
    root.insert(QStringLiteral("explorer"), explorer);
    QString error;
    EXPECT_FALSE(actlab::plot::sessionFromJson(QJsonDocument(root).toJson(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"explorer\": \"analysis\": \"layers\""))) << str(error);
    explorer.insert(QStringLiteral("analysis"), 3);
    root.insert(QStringLiteral("explorer"), explorer);
    EXPECT_FALSE(actlab::plot::sessionFromJson(QJsonDocument(root).toJson(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"analysis\" must be an object"))) << str(error);
}

// ---- the training lab ---------------------------------------------------------------------------------

TEST(SessionFile, TheTrainingLabRoundTripsAsVersion5) {
    Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 0, std::nullopt, {}};
    session.analysis = actlab::plot::AnalysisRequest{}; // version 4 alone
    EXPECT_EQ(QJsonDocument::fromJson(actlab::plot::sessionToJson(session))
                  .object()
                  .value(QStringLiteral("version")),
              4);
    // Every setting away from its default, the doubles not slider steps: bit for bit.
    actlab::plot::LabRequest lab;
    actlab::plot::LabSettings& s = lab.settings;
    s.activation = QStringLiteral("prelu");
    s.params = {1.0 / 3};
    s.layers = 3;
    s.width = 40;
    s.dataset = actlab::analysis::DatasetKind::Regression;
    s.target = QStringLiteral("gelu");
    s.loss = actlab::analysis::Loss::MeanSquaredError;
    s.optimiser = actlab::analysis::OptimiserKind::Sgd;
    s.learningRate = 0.1 / 7;
    s.momentum = 0.85;
    s.init = actlab::analysis::InitScheme::Normal;
    s.initStd = 0.3;
    s.bias = -0.0; // kept with its sign
    s.batch = 25;
    s.seed = 77;
    s.compare = true;
    s.compareWith = {QStringLiteral("elu"), QString(), QStringLiteral("relu"), QStringLiteral("maxout")};
    lab.step = 1234;
    lab.play = true;
    session.lab = lab;
    actlab::plot::LessonStep step{QStringLiteral("live"), {}, session.figure, 0, {}};
    step.lab = actlab::plot::LabRequest{QStringLiteral("large-learning-rate"), {}, 250, false};
    session.lesson.steps = {step};
    expectIdentical(session);
    const QJsonObject root = QJsonDocument::fromJson(actlab::plot::sessionToJson(session)).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 5);
    const QJsonObject written =
        root.value(QStringLiteral("explorer")).toObject().value(QStringLiteral("lab")).toObject();
    EXPECT_EQ(written.value(QStringLiteral("dataset")).toString(), QStringLiteral("regression"));
    EXPECT_EQ(written.value(QStringLiteral("loss")).toString(), QStringLiteral("mse"));
    EXPECT_EQ(written.value(QStringLiteral("init")).toString(), QStringLiteral("normal"));
    EXPECT_EQ(written.value(QStringLiteral("bias")).toString(), QStringLiteral("-0"));
    EXPECT_EQ(written.value(QStringLiteral("step")).toInt(), 1234);
    // An experiment is written by name, without the settings it ignores.
    const QJsonObject stepLab = root.value(QStringLiteral("lesson"))
                                    .toObject()
                                    .value(QStringLiteral("steps"))
                                    .toArray()[0]
                                    .toObject()
                                    .value(QStringLiteral("explorer"))
                                    .toObject()
                                    .value(QStringLiteral("lab"))
                                    .toObject();
    EXPECT_EQ(stepLab.keys(),
              (QStringList{QStringLiteral("experiment"), QStringLiteral("play"), QStringLiteral("step")}));
    const auto back = roundTrip(session);
    ASSERT_TRUE(back);
    EXPECT_EQ(std::bit_cast<std::uint64_t>(back->lab->settings.learningRate),
              std::bit_cast<std::uint64_t>(0.1 / 7));
    EXPECT_TRUE(std::signbit(back->lab->settings.bias));

    // only a step with the lab: version 5 too; neither: back to 4
    session.lab.reset();
    expectIdentical(session);
    EXPECT_EQ(QJsonDocument::fromJson(actlab::plot::sessionToJson(session))
                  .object()
                  .value(QStringLiteral("version")),
              5);
    session.lesson.steps.clear();
    EXPECT_EQ(QJsonDocument::fromJson(actlab::plot::sessionToJson(session))
                  .object()
                  .value(QStringLiteral("version")),
              4);
}

TEST(SessionFile, ALabWithoutMembersIsTheLabsStart) {
    const auto lab = actlab::plot::labFromJson(QJsonObject{});
    ASSERT_TRUE(lab);
    EXPECT_EQ(*lab, actlab::plot::LabRequest{});
    // The start the lab's controls show: ReLU, 2 × 16, two moons, Adam at η = 0.01, He, batch 16, seed 1.
    const auto e = actlab::plot::labExperiment(*lab);
    ASSERT_TRUE(e);
    ASSERT_EQ(e->runs.size(), 1u);
    const actlab::analysis::TrainerConfig& c = e->runs[0].trainer;
    EXPECT_EQ(c.activation.activation->id, "relu");
    EXPECT_EQ(c.hiddenLayers, 2);
    EXPECT_EQ(c.width, 16);
    EXPECT_EQ(c.optimiser.kind, actlab::analysis::OptimiserKind::Adam);
    EXPECT_EQ(c.optimiser.learningRate, 0.01);
    EXPECT_EQ(c.init.sigmaW2, 2.0);
    EXPECT_EQ(c.batch, 16);
    EXPECT_EQ(c.seed, 1u);
}

TEST(SessionFile, ABadLabIsRefusedNamingTheField) {
    struct Case {
        const char* json; ///< the "lab" object
        std::vector<QString> expected;
    };
    const auto S = [](const char* s) { return QString::fromUtf8(s); };
    const std::vector<Case> cases = {
        {R"({"layers": 9})",
         {S("\"explorer\": \"lab\": \"layers\" must be a whole number from 1 to 4, not 9")}},
        {R"({"layers": 1.5})", {S("\"layers\""), S("whole number")}},
        {R"({"width": 1})", {S("\"width\" must be a whole number from 2 to 256, not 1")}},
        {R"({"width": "16"})", {S("\"width\""), S("'16'")}},
        {R"({"activation": "relux"})", {S("\"activation\" must be a catalogue id"), S("'relux'")}},
        {R"({"activation": 3})", {S("\"activation\" must be a string")}},
        {R"({"activation": "prelu", "params": {"beta": 0.2}})",
         {S("\"params\": prelu has no parameter 'beta'")}},
        {R"({"activation": "elu", "params": {"alpha": -1}})", {S("\"lab\": \"params\": "), S("alpha")}},
        {R"({"activation": "prelu", "params": [0.25]})", {S("\"params\" must be an object of name: value")}},
        {R"({"activation": "prelu", "params": {"alpha": "x"}})", {S("\"params\": alpha must be a number")}},
        {R"({"dataset": "moon"})", {S("\"dataset\" must be moons, circles, xor, spirals or regression")}},
        {R"({"target": "nope"})", {S("\"target\" must be a catalogue id")}},
        {R"({"loss": "hinge"})", {S("\"loss\" must be cross-entropy, mse, not 'hinge'")}},
        {R"({"optimiser": "rmsprop"})", {S("\"optimiser\" must be sgd or adam")}},
        {R"({"learningRate": 0})", {S("\"learningRate\" must be a number from 1e-05 and at most 10, not 0")}},
        {R"({"learningRate": 11})", {S("\"learningRate\"")}},
        {R"({"momentum": 1})", {S("\"momentum\"")}},
        {R"({"init": "glorot"})", {S("\"init\" must be he, xavier, lecun, normal")}},
        {R"({"initStd": 0})", {S("\"initStd\"")}},
        {R"({"bias": "NaN"})", {S("\"bias\"")}},
        {R"({"batch": 0})", {S("\"batch\" must be a whole number from 1")}},
        {R"({"batch": 500})", {S("\"lab\": "), S("batch")}}, // more than the 200 samples
        {R"({"seed": -1})", {S("\"seed\"")}},
        {R"({"seed": 2.5})", {S("\"seed\" must be a whole number")}},
        {R"({"compare": 1})", {S("\"compare\" must be true or false")}},
        {R"({"compareWith": ["relu", "elu", "gelu", "selu", "silu"]})",
         {S("\"compareWith\" must be an array of at most 4")}},
        {R"({"compareWith": ["relu", 3]})", {S("\"compareWith\""), S("not one with 3")}},
        {R"({"compare": true, "compareWith": ["relu", "", "", ""]})",
         {S("\"lab\": compare needs at least two")}},
        {R"({"dataset": "regression", "loss": "cross-entropy"})", {S("\"lab\": "), S("cross-entropy")}},
        {R"({"step": -1})", {S("\"step\" must be a whole number from 0 to 100000, not -1")}},
        {R"({"step": 100001})", {S("\"step\"")}},
        {R"({"step": 2.5})", {S("\"step\" must be a whole number from 0 to 100000")}},
        {R"({"play": "yes"})", {S("\"play\" must be true or false")}},
        {R"({"experiment": "dying"})",
         {S("\"experiment\" must be one of large-learning-rate, leaky-prelu-elu")}},
        {R"({"experiment": 1})", {S("\"experiment\" must be a string")}},
        {R"(3)", {S("\"explorer\": \"lab\" must be an object, not 3")}},
    };
    Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 0, std::nullopt, {}};
    session.lab = actlab::plot::LabRequest{};
    const QJsonObject good = QJsonDocument::fromJson(actlab::plot::sessionToJson(session)).object();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.json);
        const QJsonValue lab = QJsonDocument::fromJson(QByteArray("[") + c.json + "]").array()[0];
        ASSERT_FALSE(lab.isUndefined());
        QJsonObject root = good;
        QJsonObject explorer = root.value(QStringLiteral("explorer")).toObject();
        explorer.insert(QStringLiteral("lab"), lab);
        root.insert(QStringLiteral("explorer"), explorer);
        QString error = QStringLiteral("unchanged");
        EXPECT_FALSE(actlab::plot::sessionFromJson(QJsonDocument(root).toJson(), &error));
        for (const QString& part : c.expected)
            EXPECT_TRUE(error.contains(part)) << str(error) << "\n  lacks: " << str(part);
        // In a lesson step, the message says which.
        QJsonObject stepRoot = good;
        stepRoot.insert(
            QStringLiteral("lesson"),
            QJsonObject{{QStringLiteral("steps"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("figure"), good.value(QStringLiteral("figure"))},
                             {QStringLiteral("explorer"), QJsonObject{{QStringLiteral("lab"), lab}}}}}}});
        EXPECT_FALSE(actlab::plot::sessionFromJson(QJsonDocument(stepRoot).toJson(), &error));
        EXPECT_TRUE(error.startsWith(QStringLiteral("lesson step 1: \"explorer\": "))) << str(error);
    }
}

// ---- presets ------------------------------------------------------------------------------------------

TEST(SessionFile, EveryPresetRoundTrips) {
    ASSERT_EQ(actlab::plot::presetNames().size(), 7); // every compiled-in preset loads with the strict reader
    for (const QString& name : actlab::plot::presetNames()) {
        SCOPED_TRACE(str(name));
        const auto spec = actlab::plot::preset(name);
        ASSERT_TRUE(spec);
        expectIdentical(Session{*spec, 0, std::nullopt, {}});
        expectIdentical(Session{*spec, static_cast<int>(spec->curves.size()) - 1, 0.25, {}});
        expectIdentical(Session{*spec, -1, -3.0, {}});
    }
}

TEST(SessionFile, EveryPresetRoundTripsThroughAFile) {
    QTemporaryDir dir;
    for (const QString& name : actlab::plot::presetNames()) {
        const auto spec = *actlab::plot::preset(name);
        const Session session{spec, std::min(1, static_cast<int>(spec.curves.size()) - 1), 1.0 / 3, {}};
        const QString path = dir.filePath(name + QStringLiteral(".actlab"));
        QString error;
        ASSERT_TRUE(actlab::plot::writeSessionFile(path, session, &error)) << str(error);
        const auto back = actlab::plot::readSessionFile(path, &error);
        ASSERT_TRUE(back) << str(error);
        EXPECT_EQ(*back, session) << str(name);
    }
}

TEST(SessionFile, TheLayout) {
    Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 2, 1.5, {}};
    const auto doc = QJsonDocument::fromJson(actlab::plot::sessionToJson(session));
    ASSERT_TRUE(doc.isObject());
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("actlab-session"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1) << "without a lesson: version 1";
    EXPECT_TRUE(root.value(QStringLiteral("generator")).toString().startsWith(QStringLiteral("ActLab ")));
    EXPECT_EQ(root.value(QStringLiteral("figure")).toObject(),
              actlab::plot::figureSpecToJson(session.figure));
    const QJsonObject explorer = root.value(QStringLiteral("explorer")).toObject();
    EXPECT_EQ(explorer.value(QStringLiteral("selected")).toInt(), 2);
    EXPECT_EQ(explorer.value(QStringLiteral("cursorX")).toDouble(), 1.5);
    // No cursor: no cursorX at all; indented text.
    session.cursorX.reset();
    const QByteArray text = actlab::plot::sessionToJson(session);
    EXPECT_FALSE(text.contains("cursorX"));
    // "format" and "version" first, whatever QJsonObject's key order.
    EXPECT_TRUE(
        text.startsWith("{\n    \"format\": \"actlab-session\",\n    \"version\": 1,\n    \"generator\": "))
        << text.toStdString();
    EXPECT_TRUE(text.endsWith("\n}\n"));
}

// ---- random sessions ----------------------------------------------------------------------------------

class SessionMaker {
  public:
    explicit SessionMaker(std::uint64_t seed) : m_rng(seed) {}

    Session session() {
        Session s;
        s.figure = figure();
        const int curves = static_cast<int>(s.figure.curves.size());
        s.selected = integer(-1, curves - 1);
        s.cursorX = cursor();
        if (maybe(0.3)) {
            s.lesson.title = maybe(0.8) ? text() : QString();
            const int steps = pick({0, 1, 2, integer(0, 5)});
            for (int i = 0; i < steps; ++i) {
                actlab::plot::LessonStep step;
                step.title = text();
                step.note = maybe(0.7) ? text() : QString();
                step.figure = figure();
                step.selected = integer(-1, static_cast<int>(step.figure.curves.size()) - 1);
                step.cursorX = cursor();
                s.lesson.steps.push_back(std::move(step));
            }
        }
        return s;
    }

    FigureSpec figure() {
        FigureSpec f;
        f.name = maybe(0.5) ? text() : QString();
        f.title = text();
        f.xLabel = text();
        f.yLabel = text();
        f.yLabelDerivative = text();
        f.yLabelSecond = text();
        const Range x = range();
        f.xMin = x.first;
        f.xMax = x.second;
        for (auto& y : f.yRange)
            if (maybe(0.5)) y = range();
        f.points = maybe(0.3) ? 0 : pick({2, 3, 100, 1000, 1001, 1000000, integer(2, 1000000)});
        f.showDerivative = maybe(0.5);
        f.showSecond = maybe(0.5); // also without f': the window's toggles are independent
        f.gallery = maybe(0.2);
        const QStringList legends = actlab::plot::legendPositions();
        f.legend = legends[integer(0, static_cast<int>(legends.size()) - 1)];
        f.grid = maybe(0.5);
        f.zeroLines = maybe(0.5);
        f.titlePt = positive(1000);
        f.labelPt = positive(1000);
        f.legendPt = positive(1000);
        f.tickPt = positive(1000);
        f.gridStyle = pick({Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine});
        f.gridOpacity = pick({0.0, -0.0, 1.0, 0.7, 0.1, 1.0 / 3, 5e-324, uniform(0, 1)});
        f.sizePx = QSize(integer(16, 20000), integer(16, 20000));
        const int curves = pick({0, 1, 2, 3, 5, 8, integer(0, 12)});
        for (int i = 0; i < curves; ++i)
            f.curves.push_back(curve());
        return f;
    }

    std::optional<double> cursor() {
        if (!maybe(0.7)) return std::nullopt;
        return pick({0.0, -0.0, 0.1, -1.0 / 3, 5e-324, -2.5e-310, 1e250, uniform(-10, 10)});
    }

  private:
    bool maybe(double p) { return std::bernoulli_distribution(p)(m_rng); }
    int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    template <class T> T pick(std::initializer_list<T> values) {
        return values.begin()[integer(0, static_cast<int>(values.size()) - 1)];
    }
    /// Any double of (0, max], most of them awkward: 0.1, 1/3, the smallest subnormal, random bits.
    double positive(double max) {
        for (;;) {
            const double v = pick({0.1, 1.0 / 3, 5e-324, 2.2250738585072014e-308, max,
                                   std::nextafter(max, 0.0), uniform(0, max), uniform(0, 1), anyDouble()});
            if (v > 0 && v <= max) return v;
        }
    }
    double anyDouble() {
        return std::bit_cast<double>(std::uniform_int_distribution<std::uint64_t>()(m_rng));
    }

    /// An axis range the plot can draw.
    Range range() {
        for (;;) {
            const double a = pick({0.0, -0.0, -5.0, 0.1, 1.0 / 3, -1e-300, 1e-300, uniform(-10, 10),
                                   uniform(-1e6, 1e6), std::ldexp(uniform(-1, 1), integer(-900, 800))});
            const double b = pick({0.0, -0.0, 5.0, 1.0 / 3, uniform(-10, 10), a + uniform(0, 1e-3),
                                   std::ldexp(uniform(-1, 1), integer(-900, 800))});
            if (!actlab::plot::axisRangeProblem(std::min(a, b), std::max(a, b)))
                return {std::min(a, b), std::max(a, b)};
        }
    }

    /// A label of any Unicode: ASCII with quotes and backslashes, controls, Greek, CJK, combining marks,
    /// right-to-left, astral characters (emoji, mathematical letters); sometimes empty.
    QString text() {
        if (maybe(0.15)) return {};
        static const std::vector<std::pair<char32_t, char32_t>> blocks = {
            {0x20, 0x7e},     {0x00, 0x1f},       {0x7f, 0x9f},       {0xa0, 0x2af},
            {0x300, 0x36f},   {0x391, 0x3c9},     {0x5d0, 0x5ea},     {0x2000, 0x206f},
            {0x2200, 0x22ff}, {0x4e00, 0x9fff},   {0xe000, 0xe0ff},   {0xfe00, 0xfe0f},
            {0xff00, 0xffef}, {0x1d400, 0x1d7ff}, {0x1f300, 0x1faff}, {0x10fff0, 0x10fffd}};
        std::u32string chars;
        const int n = integer(1, 24);
        for (int i = 0; i < n; ++i) {
            const auto& [lo, hi] =
                blocks[static_cast<std::size_t>(integer(0, static_cast<int>(blocks.size()) - 1))];
            chars.push_back(lo + static_cast<char32_t>(integer(0, static_cast<int>(hi - lo))));
        }
        return QString::fromUcs4(chars.data(), static_cast<qsizetype>(chars.size()));
    }

    /// A value of a declared parameter: its ends, its default, 0.1, 1/3, the smallest subnormals, -0,
    /// random values inside; whole numbers for integer parameters.
    double parameter(const actlab::ParameterSpec& p) {
        for (;;) {
            double v = pick({p.min, p.max, p.defaultValue, 0.1, 1.0 / 3, 5e-324, -5e-324, 0.0, -0.0,
                             std::nextafter(p.min, p.max), std::nextafter(p.max, p.min),
                             uniform(p.min, p.max), uniform(p.min, p.max)});
            if (p.integer) v = std::round(v);
            if (v >= p.min && v <= p.max) return v;
        }
    }

    SliderRange slider(const actlab::ParameterSpec& p) {
        for (;;) {
            const double a = parameter(p);
            const double b = parameter(p);
            if (!(a < b)) continue;
            SliderRange r{a, b, false};
            r.log = a > 0 && maybe(0.5);
            return r;
        }
    }

    CurveSpec curve() {
        const auto all = actlab::catalogue();
        const auto& activation = all[static_cast<std::size_t>(integer(0, static_cast<int>(all.size()) - 1))];
        CurveSpec c;
        c.id = QString::fromUtf8(activation.id.data(), static_cast<qsizetype>(activation.id.size()));
        for (int attempt = 0;; ++attempt) {
            c.params.clear();
            for (const auto& p : activation.parameters)
                c.params.push_back(attempt < 50 ? parameter(p) : p.defaultValue);
            if (!actlab::validate(activation, c.params)) break; // hardtanh min < max, rrelu lower <= upper
        }
        if (maybe(0.5))
            for (const auto& p : activation.parameters)
                c.sliders.push_back(slider(p));
        c.label = maybe(0.5) ? text() : QString();
        if (maybe(0.5))
            c.color =
                QColor(integer(0, 255), integer(0, 255), integer(0, 255), maybe(0.5) ? 255 : integer(0, 255));
        c.slot = maybe(0.4) ? -1 : pick({0, 1, 7, 8, integer(0, 1000)});
        c.lineWidth = positive(100);
        c.visible = maybe(0.8);
        return c;
    }

    std::mt19937_64 m_rng;
};

TEST(SessionFile, RandomSessionsRoundTripExactly) {
    SessionMaker maker(20261129);
    for (int i = 0; i < 400; ++i) {
        const Session session = maker.session();
        SCOPED_TRACE(i);
        expectIdentical(session);
        if (HasFailure()) break; // one failing session says enough
    }
}

// ---- the schema's numbers and subplots ----------------------------------------------------------------

TEST(SessionFile, EveryDoubleReadsBackBitForBit) {
    // What the schema relies on, checked against the Qt in use: QJsonDocument writes each JSON number as
    // text that reads back to the same double (Qt 6.4: the shortest such text) and parses it back
    // exactly; jsonFromNumber() covers the rest (-0, and ±inf, NaN as strings). 200 000 random bit
    // patterns and the awkward ones, through the text of one document.
    std::vector<double> values = {0.0,
                                  -0.0,
                                  0.1,
                                  1.0 / 3,
                                  5e-324,
                                  -5e-324,
                                  2.2250738585072009e-308,
                                  2.2250738585072014e-308,
                                  std::numeric_limits<double>::max(),
                                  -std::numeric_limits<double>::max(),
                                  9007199254740993.0,
                                  9223372036854775807.0,
                                  18446744073709551616.0,
                                  1e15,
                                  1e16,
                                  1e21,
                                  123456789012345680.0};
    std::mt19937_64 rng(7);
    while (values.size() < 200000) {
        const double v = std::bit_cast<double>(rng());
        if (std::isfinite(v)) values.push_back(v);
    }
    QJsonArray array;
    for (double v : values)
        array.append(actlab::plot::jsonFromNumber(v));
    const QJsonArray back = QJsonDocument::fromJson(QJsonDocument(array).toJson()).array();
    ASSERT_EQ(back.size(), array.size());
    int wrong = 0;
    for (qsizetype i = 0; i < back.size() && wrong < 5; ++i) {
        const auto v = actlab::plot::numberFromJson(back.at(i));
        const double expected = values[static_cast<std::size_t>(i)];
        if (!v || std::bit_cast<std::uint64_t>(*v) != std::bit_cast<std::uint64_t>(expected)) {
            ++wrong;
            ADD_FAILURE() << actlab::formatNumber(expected) << " read back as "
                          << (v ? actlab::formatNumber(*v) : std::string("nothing"));
        }
    }
    // Non-finite values are written as the parser's words and read back as such (then refused by range).
    for (double v : {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()}) {
        const QJsonValue json = actlab::plot::jsonFromNumber(v);
        EXPECT_TRUE(json.isString());
        EXPECT_EQ(actlab::plot::numberFromJson(json), v);
    }
    EXPECT_TRUE(std::isnan(*actlab::plot::numberFromJson(actlab::plot::jsonFromNumber(std::nan("")))));
}

TEST(SessionFile, NegativeZeroIsWrittenAsAStringAndKeepsItsSign) {
    Session session;
    session.figure.xMin = -0.0;
    session.figure.xMax = 1;
    CurveSpec leaky;
    leaky.id = QStringLiteral("leaky_relu");
    leaky.params = {-0.0};
    session.figure.curves.push_back(leaky);
    session.selected = 0;
    session.cursorX = -0.0;
    const QJsonObject figure = actlab::plot::figureSpecToJson(session.figure);
    EXPECT_EQ(figure.value(QStringLiteral("xRange")).toArray().at(0), QJsonValue(QStringLiteral("-0")));
    const auto back = roundTrip(session);
    ASSERT_TRUE(back);
    EXPECT_TRUE(std::signbit(back->figure.xMin));
    EXPECT_TRUE(std::signbit(back->figure.curves[0].params[0]));
    EXPECT_TRUE(std::signbit(*back->cursorX));
}

TEST(SessionFile, NumbersAsStringsOnlyForWhatJsonNumbersCannotSay) {
    auto lineWidth = [](const QJsonValue& value) {
        QJsonObject curve{{QStringLiteral("id"), QStringLiteral("relu")},
                          {QStringLiteral("lineWidth"), value}};
        QString error;
        auto spec = actlab::plot::figureSpecFromJson(
            QJsonObject{{QStringLiteral("curves"), QJsonArray{curve}}}, &error);
        return std::make_pair(spec ? spec->curves[0].lineWidth : std::nan(""), error);
    };
    EXPECT_EQ(lineWidth(2.5).first, 2.5);
    EXPECT_TRUE(lineWidth(QStringLiteral("2.5")).second.contains(QStringLiteral("must be a number")))
        << str(lineWidth(QStringLiteral("2.5")).second);
    // "inf" is a number of the syntax, refused by range.
    EXPECT_TRUE(lineWidth(QStringLiteral("inf")).second.contains(QStringLiteral("at most 100, not 'inf'")))
        << str(lineWidth(QStringLiteral("inf")).second);
}

TEST(SessionFile, SecondDerivativeWithoutTheFirst) {
    FigureSpec spec;
    spec.showSecond = true;
    EXPECT_EQ(actlab::plot::figureSpecToJson(spec).value(QStringLiteral("derivatives")),
              QJsonValue(QJsonArray{2}));
    const auto back = actlab::plot::figureSpecFromJson(actlab::plot::figureSpecToJson(spec));
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->showDerivative);
    EXPECT_TRUE(back->showSecond);
    // The presets' integer form: 2 is f' and f''.
    const auto two = actlab::plot::figureSpecFromJson(QJsonObject{{QStringLiteral("derivatives"), 2}});
    ASSERT_TRUE(two);
    EXPECT_TRUE(two->showDerivative && two->showSecond);
}

// ---- bad files ----------------------------------------------------------------------------------------

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson();
}

/// A valid session (relu-variants: relu, leaky_relu α=0.1, prelu) as a JSON object, to be spoilt.
QJsonObject goodRoot() {
    const Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 1, 0.5, {}};
    return QJsonDocument::fromJson(actlab::plot::sessionToJson(session)).object();
}

/// goodRoot() with `change` applied to its figure.
QByteArray withFigure(const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = goodRoot();
    QJsonObject figure = root.value(QStringLiteral("figure")).toObject();
    change(figure);
    root.insert(QStringLiteral("figure"), figure);
    return json(root);
}

/// goodRoot() with `change` applied to curve `index` of its figure.
QByteArray withCurve(int index, const std::function<void(QJsonObject&)>& change) {
    return withFigure([&](QJsonObject& figure) {
        QJsonArray curves = figure.value(QStringLiteral("curves")).toArray();
        QJsonObject curve = curves.at(index).toObject();
        change(curve);
        curves.replace(index, curve);
        figure.insert(QStringLiteral("curves"), curves);
    });
}

QByteArray withRoot(const QString& key, const QJsonValue& value) {
    QJsonObject root = goodRoot();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return json(root);
}

struct BadFile {
    const char* what;
    QByteArray bytes;
    QStringList mustSay; ///< each must appear in the message
};

std::vector<BadFile> badFiles() {
    const QByteArray good = json(goodRoot());
    auto set = [](const char* key, const QJsonValue& value) {
        return [key, value](QJsonObject& o) { o.insert(QLatin1String(key), value); };
    };
    auto S = [](const char* text) { return QString::fromUtf8(text); };
    return {
        {"empty", QByteArray(), {S("empty")}},
        {"blank", QByteArray("  \n\n"), {S("empty")}},
        {"not JSON", QByteArray("ActLab session\n"), {S("not JSON: illegal value at byte 1")}},
        {"not JSON inside",
         QByteArray("{\"format\": \"actlab-session\", \"version\": 1,, }"),
         {S("not JSON"), S("at byte")}},
        {"a wrong keyword", QByteArray("{\"format\": tru, \"version\": 1}"), {S("not JSON: illegal value")}},
        {"bad UTF-8 inside", QByteArray("{\"format\": \"\xff\xfe\", \"version\": 1}"), {S("not JSON")}},
        {"truncated", good.left(good.size() / 2), {S("cut short")}},
        {"truncated in a string", good.left(good.indexOf("actlab-session") + 4), {S("cut short")}},
        {"truncated after a number", good.left(good.indexOf("\"version\": 1") + 12), {S("cut short")}},
        {"an array", QByteArray("[1, 2]"), {S("not an ActLab session"), S("not an object")}},
        {"no format", withRoot(QStringLiteral("format"), QJsonValue::Undefined), {S("no \"format\"")}},
        {"another format",
         withRoot(QStringLiteral("format"), QStringLiteral("actlab-presets")),
         {S("not an ActLab session"), S("'actlab-presets'")}},
        {"format not a string", withRoot(QStringLiteral("format"), 1), {S("not an ActLab session")}},
        {"lesson not an object", withRoot(QStringLiteral("lesson"), 1), {S("\"lesson\" must be an object")}},
        {"lesson steps not an array",
         withRoot(QStringLiteral("lesson"), QJsonObject{{QStringLiteral("steps"), QStringLiteral("all")}}),
         {S("\"lesson\": \"steps\" must be an array")}},
        {"lesson step with an unknown function",
         withRoot(QStringLiteral("lesson"),
                  QJsonObject{{QStringLiteral("steps"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("title"), QStringLiteral("one")},
                                   {QStringLiteral("figure"),
                                    QJsonObject{{QStringLiteral("curves"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("id"),
                                                                         QStringLiteral("relux")}}}}}}}}}}),
         {S("lesson step 1: "), S("unknown function 'relux'")}},
        {"lesson step without a figure",
         withRoot(QStringLiteral("lesson"),
                  QJsonObject{{QStringLiteral("steps"),
                               QJsonArray{QJsonObject{},
                                          QJsonObject{{QStringLiteral("figure"), QJsonObject{}},
                                                      {QStringLiteral("explorer"),
                                                       QJsonObject{{QStringLiteral("selected"), 0}}}}}}}),
         {S("lesson step 1: \"figure\" must be an object, not missing")}},
        {"lesson step note not text",
         withRoot(QStringLiteral("lesson"),
                  QJsonObject{{QStringLiteral("steps"),
                               QJsonArray{QJsonObject{{QStringLiteral("note"), 3},
                                                      {QStringLiteral("figure"), QJsonObject{}}}}}}),
         {S("lesson step 1: \"note\" must be text")}},
        {"newer version",
         withRoot(QStringLiteral("version"), 6),
         {S("newer ActLab"), S("update"), S("version 6")}},
        {"version a string",
         withRoot(QStringLiteral("version"), QStringLiteral("1")),
         {S("\"version\" must be a whole number"), S("'1'")}},
        {"version not whole",
         withRoot(QStringLiteral("version"), 1.5),
         {S("\"version\" must be a whole number")}},
        {"version 0", withRoot(QStringLiteral("version"), 0), {S("\"version\"")}},
        {"no version",
         withRoot(QStringLiteral("version"), QJsonValue::Undefined),
         {S("\"version\""), S("missing")}},
        {"no figure", withRoot(QStringLiteral("figure"), QJsonValue::Undefined), {S("\"figure\"")}},
        {"figure an array",
         withRoot(QStringLiteral("figure"), QJsonArray()),
         {S("\"figure\" must be an object")}},
        {"explorer not an object", withRoot(QStringLiteral("explorer"), 3), {S("\"explorer\"")}},
        {"selected out of range",
         withRoot(QStringLiteral("explorer"), QJsonObject{{QStringLiteral("selected"), 3}}),
         {S("\"selected\""), S("from 0 to 2")}},
        {"selected not whole",
         withRoot(QStringLiteral("explorer"), QJsonObject{{QStringLiteral("selected"), 0.5}}),
         {S("\"selected\"")}},
        {"cursor not a number",
         withRoot(QStringLiteral("explorer"),
                  QJsonObject{{QStringLiteral("cursorX"), QStringLiteral("left")}}),
         {S("\"cursorX\" must be a finite number"), S("'left'")}},
        {"cursor infinite",
         withRoot(QStringLiteral("explorer"),
                  QJsonObject{{QStringLiteral("cursorX"), QStringLiteral("inf")}}),
         {S("\"cursorX\" must be a finite number")}},
        // The figure: each field of a wrong type or out of range, named.
        {"title a number", withFigure(set("title", 3)), {S("\"title\" must be a string, not 3")}},
        {"grid a string",
         withFigure(set("grid", QStringLiteral("yes"))),
         {S("\"grid\" must be true or false")}},
        {"titlePt zero", withFigure(set("titlePt", 0)), {S("\"titlePt\" must be a number above 0")}},
        {"labelPt a string", withFigure(set("labelPt", QStringLiteral("12"))), {S("\"labelPt\""), S("'12'")}},
        {"tickPt huge", withFigure(set("tickPt", 1e6)), {S("\"tickPt\"")}},
        {"gridOpacity above 1",
         withFigure(set("gridOpacity", 1.5)),
         {S("\"gridOpacity\" must be a number from 0")}},
        {"gridStyle unknown",
         withFigure(set("gridStyle", QStringLiteral("wavy"))),
         {S("\"gridStyle\""), S("'wavy'")}},
        {"legend unknown",
         withFigure(set("legend", QStringLiteral("middle"))),
         {S("\"legend\""), S("'middle'")}},
        {"points 1", withFigure(set("points", 1)), {S("\"points\"")}},
        {"points not whole", withFigure(set("points", 2.5)), {S("\"points\" must be a whole number")}},
        {"derivatives 3", withFigure(set("derivatives", 3)), {S("\"derivatives\"")}},
        {"derivatives [1, 1]", withFigure(set("derivatives", QJsonArray{1, 1})), {S("\"derivatives\"")}},
        {"size too small",
         withFigure(set("size", QJsonArray{10, 600})),
         {S("\"size\""), S("from 16 to 20000")}},
        {"size not an array", withFigure(set("size", 1000)), {S("\"size\"")}},
        {"xRange reversed", withFigure(set("xRange", QJsonArray{1, 0})), {S("\"xRange\""), S("lower end")}},
        {"xRange one number",
         withFigure(set("xRange", QJsonArray{1})),
         {S("\"xRange\" must be [low, high]")}},
        {"yRange beyond the plot", withFigure(set("yRange", QJsonArray{0, 1e300})), {S("\"yRange\"")}},
        {"yRange infinite",
         withFigure(set("yRange", QJsonArray{QStringLiteral("-inf"), 0})),
         {S("\"yRange\""), S("finite")}},
        {"curves an object", withFigure(set("curves", QJsonObject())), {S("\"curves\" must be an array")}},
        {"curve a string",
         withFigure(set("curves", QJsonArray{QStringLiteral("relu")})),
         {S("curve 1 must be an object")}},
        // Curves: named by number and id.
        {"unknown function",
         withCurve(1, set("id", QStringLiteral("leaky_relux"))),
         {S("curve 2"), S("unknown function 'leaky_relux'")}},
        {"no id",
         withCurve(0, [](QJsonObject& c) { c.remove(QStringLiteral("id")); }),
         {S("curve 1"), S("\"id\" is missing")}},
        {"unknown parameter",
         withCurve(1, set("params", QJsonObject{{QStringLiteral("beta"), 1}})),
         {S("curve 2 (leaky_relu)"), S("no parameter 'beta'")}},
        {"parameter out of range",
         withCurve(1, set("params", QJsonObject{{QStringLiteral("alpha"), 5}})),
         {S("curve 2 (leaky_relu)"), S("alpha = 5 is outside")}},
        {"parameter a string",
         withCurve(1, set("params", QJsonObject{{QStringLiteral("alpha"), QStringLiteral("0.1")}})),
         {S("curve 2 (leaky_relu)"), S("alpha must be a number")}},
        {"parameter NaN",
         withCurve(2, set("params", QJsonObject{{QStringLiteral("alpha"), QStringLiteral("nan")}})),
         {S("curve 3 (prelu)"), S("not a finite number")}},
        {"params an array",
         withCurve(1, set("params", QJsonArray{0.1})),
         {S("curve 2 (leaky_relu)"), S("\"params\"")}},
        {"colour bad",
         withCurve(0, set("color", QStringLiteral("#12"))),
         {S("curve 1 (relu)"), S("\"color\"")}},
        {"colour a number", withCurve(0, set("color", 255)), {S("curve 1 (relu)"), S("\"color\"")}},
        {"label a number",
         withCurve(0, set("label", 1)),
         {S("curve 1 (relu)"), S("\"label\" must be a string")}},
        {"visible a number", withCurve(0, set("visible", 1)), {S("\"visible\" must be true or false")}},
        {"lineWidth zero",
         withCurve(0, set("lineWidth", 0)),
         {S("curve 1 (relu)"), S("\"lineWidth\" must be a number above 0")}},
        {"slot negative",
         withCurve(0, set("slot", -1)),
         {S("curve 1 (relu)"), S("\"slot\" must be a whole number from 0")}},
        {"slot not whole", withCurve(0, set("slot", 1.5)), {S("\"slot\"")}},
        {"sliders an array",
         withCurve(1, set("sliders", QJsonArray())),
         {S("curve 2 (leaky_relu)"), S("\"sliders\"")}},
        {"slider of an unknown parameter",
         withCurve(1, set("sliders", QJsonObject{{QStringLiteral("beta"), QJsonObject{}}})),
         {S("\"sliders\""), S("no parameter 'beta'")}},
        {"slider missing",
         withCurve(2, set("sliders", QJsonObject{})),
         {S("curve 3 (prelu)"), S("alpha is missing")}},
        {"slider min >= max",
         withCurve(1, set("sliders",
                          QJsonObject{{QStringLiteral("alpha"), QJsonObject{{QStringLiteral("min"), 0.5},
                                                                            {QStringLiteral("max"), 0.5}}}})),
         {S("\"sliders\".\"alpha\""), S("below max")}},
        {"slider outside the declared range",
         withCurve(1, set("sliders",
                          QJsonObject{{QStringLiteral("alpha"), QJsonObject{{QStringLiteral("min"), 0},
                                                                            {QStringLiteral("max"), 2}}}})),
         {S("\"sliders\".\"alpha\""), S("declared range [0, 1]")}},
        {"slider log from 0",
         withCurve(1, set("sliders", QJsonObject{{QStringLiteral("alpha"),
                                                  QJsonObject{{QStringLiteral("min"), 0},
                                                              {QStringLiteral("max"), 1},
                                                              {QStringLiteral("log"), true}}}})),
         {S("\"sliders\".\"alpha\""), S("log-scale")}},
        {"slider log a string",
         withCurve(
             1, set("sliders", QJsonObject{{QStringLiteral("alpha"),
                                            QJsonObject{{QStringLiteral("min"), 0.1},
                                                        {QStringLiteral("max"), 1},
                                                        {QStringLiteral("log"), QStringLiteral("yes")}}}})),
         {S("\"sliders\".\"alpha\" must be")}},
    };
}

TEST(SessionFile, BadFilesNameTheFileAndTheProblem) {
    QTemporaryDir dir;
    int n = 0;
    for (const BadFile& bad : badFiles()) {
        SCOPED_TRACE(bad.what);
        const QString path = dir.filePath(QStringLiteral("bad %1.actlab").arg(++n));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bad.bytes);
        file.close();
        QString error;
        EXPECT_FALSE(actlab::plot::readSessionFile(path, &error));
        EXPECT_TRUE(error.startsWith(path + QStringLiteral(": "))) << str(error);
        for (const QString& phrase : bad.mustSay)
            EXPECT_TRUE(error.contains(phrase)) << str(error) << "\n  lacks: " << str(phrase);
        EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << str(error);
        // Without a file: the same problem, no file name.
        QString problem;
        EXPECT_FALSE(actlab::plot::sessionFromJson(bad.bytes, &problem));
        EXPECT_EQ(path + QStringLiteral(": ") + problem, error);
    }
}

TEST(SessionFile, EveryCutOfAFileIsRefusedAsCutShort) {
    // A session with every kind of JSON token: strings with escapes and multi-byte UTF-8, numbers with
    // exponents, true, false, arrays, objects, "-0".
    SessionMaker maker(8);
    Session session = maker.session();
    while (session.figure.curves.size() < 3)
        session = maker.session();
    session.figure.title = QString::fromUtf8("\"Quoted\" \\ tab\t \u03b1\u2032 \U0001F600 \x01");
    session.figure.xMin = -0.0;
    session.figure.xMax = 1.5e-300;
    const QByteArray good = actlab::plot::sessionToJson(session).trimmed();
    for (qsizetype size = 1; size < good.size(); ++size) {
        QString error;
        EXPECT_FALSE(actlab::plot::sessionFromJson(good.left(size), &error)) << size;
        EXPECT_TRUE(error.contains(QStringLiteral("cut short"))) << size << ": " << str(error) << "\n"
                                                                 << good.mid(size - 20, 20).toStdString();
        if (HasFailure()) break;
    }
}

TEST(SessionFile, FilesThatCannotBeReadNameTheFile) {
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.actlab"));
    EXPECT_FALSE(actlab::plot::readSessionFile(missing, &error));
    EXPECT_EQ(error, missing + QStringLiteral(": cannot read it: No such file or directory"));
    EXPECT_FALSE(actlab::plot::readSessionFile(dir.path(), &error));
    EXPECT_EQ(error, dir.path() + QStringLiteral(": cannot read it: it is a directory"));
    // The name as the user gave it (relative), not made absolute.
    EXPECT_FALSE(actlab::plot::readSessionFile(QStringLiteral("no/such/dir/x.actlab"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("no/such/dir/x.actlab: cannot read it"))) << str(error);
}

TEST(SessionFile, AnUnknownKeyIsIgnoredAsThePresetsDescriptionIs) {
    QJsonObject root = goodRoot();
    root.insert(QStringLiteral("comment"), QStringLiteral("for Tuesday's lecture"));
    QString error;
    EXPECT_TRUE(actlab::plot::sessionFromJson(json(root), &error)) << str(error);
}

TEST(SessionFile, AByteOrderMarkIsSkipped) {
    const Session session{*actlab::plot::preset(QStringLiteral("silu-vs-mish")), 1, 2.0, {}};
    QString error;
    const auto back =
        actlab::plot::sessionFromJson("\xEF\xBB\xBF" + actlab::plot::sessionToJson(session), &error);
    ASSERT_TRUE(back) << str(error);
    EXPECT_EQ(*back, session);
}

TEST(SessionFile, AFileWithoutExplorerOrGeneratorReads) {
    QJsonObject root = goodRoot();
    root.remove(QStringLiteral("explorer"));
    root.remove(QStringLiteral("generator"));
    const auto session = actlab::plot::sessionFromJson(json(root));
    ASSERT_TRUE(session);
    EXPECT_EQ(session->selected, -1);
    EXPECT_FALSE(session->cursorX);
    EXPECT_EQ(session->figure, *actlab::plot::preset(QStringLiteral("relu-variants")));
}

TEST(SessionFile, ALessonMakesItVersionTwoAndReadsBack) {
    Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 0, 1.0, {}};
    session.lesson.title = QStringLiteral("ReLU und Varianten \u2014 \u6fc0\u6d3b\u51fd\u6570");
    actlab::plot::LessonStep step;
    step.title = QStringLiteral("Dying ReLU");
    step.note = QStringLiteral("f\u2032 = 0 for x < 0:\nno gradient.");
    step.figure = *actlab::plot::preset(QStringLiteral("relu-variants-derivatives"));
    step.selected = 1;
    step.cursorX = -0.0;
    session.lesson.steps = {step, step};
    session.lesson.steps[1].cursorX.reset();
    const QByteArray bytes = actlab::plot::sessionToJson(session);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 2);
    const QJsonArray steps =
        root.value(QStringLiteral("lesson")).toObject().value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("note")).toString(), step.note);
    EXPECT_EQ(
        steps[0].toObject().value(QStringLiteral("explorer")).toObject().value(QStringLiteral("cursorX")),
        QJsonValue(QStringLiteral("-0")));
    expectIdentical(session);
    const auto back = actlab::plot::sessionFromJson(bytes);
    ASSERT_TRUE(back);
    EXPECT_TRUE(std::signbit(*back->lesson.steps[0].cursorX));
}

TEST(SessionFile, AFormulaCurveMakesItVersionThreeAndReadsBack) {
    Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 0, std::nullopt, {}};
    actlab::plot::CurveSpec curve;
    curve.formula = *actlab::plot::parseCurveFormula(QStringLiteral("where(x > 0, x, a*expm1(x)) + 0*b"));
    curve.params = {0.5, -0.0};
    curve.sliders = {{0, 2, false}, {-5, 5, false}};
    session.figure.curves.push_back(curve);
    const QByteArray bytes = actlab::plot::sessionToJson(session);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 3);
    const QJsonObject written = root.value(QStringLiteral("figure"))
                                    .toObject()
                                    .value(QStringLiteral("curves"))
                                    .toArray()
                                    .last()
                                    .toObject();
    EXPECT_EQ(written.value(QStringLiteral("formula")).toString(), curve.formula.text);
    EXPECT_FALSE(written.contains(QStringLiteral("id")));
    EXPECT_EQ(written.value(QStringLiteral("params")).toObject().value(QStringLiteral("a")).toDouble(), 0.5);
    expectIdentical(session);
    const auto back = actlab::plot::sessionFromJson(bytes);
    ASSERT_TRUE(back);
    const auto& read = back->figure.curves.back();
    ASSERT_TRUE(read.formula.function);
    EXPECT_TRUE(std::signbit(read.params[1]));
    // The formula read back evaluates: ELU with a = 0.5 at −1 is 0.5 (e^{−1} − 1).
    EXPECT_DOUBLE_EQ(read.formula.function->at(-1, read.params).f, 0.5 * std::expm1(-1.0));

    // A bad formula in a file names the curve, the column and what was expected.
    QJsonObject bad = root;
    QJsonObject figure = bad.value(QStringLiteral("figure")).toObject();
    QJsonArray curves = figure.value(QStringLiteral("curves")).toArray();
    QJsonObject broken = curves.last().toObject();
    broken.insert(QStringLiteral("formula"), QStringLiteral("x*(tanh(x"));
    curves.replace(curves.size() - 1, broken);
    figure.insert(QStringLiteral("curves"), curves);
    bad.insert(QStringLiteral("figure"), figure);
    QString error;
    EXPECT_FALSE(actlab::plot::sessionFromJson(QJsonDocument(bad).toJson(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("curve %1").arg(curves.size()))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("expected ')' at column 10"))) << error.toStdString();
    // Both an id and a formula: refused.
    broken.insert(QStringLiteral("formula"), QStringLiteral("x"));
    broken.insert(QStringLiteral("id"), QStringLiteral("relu"));
    curves.replace(curves.size() - 1, broken);
    figure.insert(QStringLiteral("curves"), curves);
    bad.insert(QStringLiteral("figure"), figure);
    EXPECT_FALSE(actlab::plot::sessionFromJson(QJsonDocument(bad).toJson(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not both"))) << error.toStdString();
}

// ---- writing ------------------------------------------------------------------------------------------

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString& path) {
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

TEST(SessionFile, AFailedWriteSaysWhyAndLeavesNothing) {
    QTemporaryDir dir;
    const Session session{*actlab::plot::preset(QStringLiteral("relu-variants")), 0, std::nullopt, {}};
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing/x.actlab"));
    EXPECT_FALSE(actlab::plot::writeSessionFile(missing, session, &error));
    EXPECT_EQ(error, QStringLiteral("cannot write %1: directory %2 does not exist")
                         .arg(missing, dir.filePath(QStringLiteral("missing"))));
    // The target is a directory: it stays one, and empty.
    const QString target = dir.filePath(QStringLiteral("folder.actlab"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder.actlab")));
    EXPECT_FALSE(actlab::plot::writeSessionFile(target, session, &error));
    EXPECT_EQ(error, QStringLiteral("cannot write %1: it is a directory").arg(target));
    EXPECT_TRUE(QFileInfo(target).isDir());
    EXPECT_EQ(entries(target), QStringList());
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("folder.actlab")});
}

TEST(SessionFile, AFailedWriteLeavesTheOldFileByteForByte) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.actlab"));
    const Session old{*actlab::plot::preset(QStringLiteral("silu-vs-mish")), 0, std::nullopt, {}};
    QString error;
    ASSERT_TRUE(actlab::plot::writeSessionFile(path, old, &error)) << str(error);
    const QByteArray before = contents(path);
    ASSERT_FALSE(before.isEmpty());
    // A bigger session, written under a file size limit that the old file fits in and the new one does
    // not (RLIMIT_FSIZE; SIGXFSZ ignored, so write(2) fails with EFBIG). As root, permissions would not do.
    Session bigger = old;
    for (int i = 0; i < 40; ++i) {
        CurveSpec elu;
        elu.id = QStringLiteral("elu");
        elu.params = {0.5};
        elu.label = QStringLiteral("a long label %1").arg(i);
        bigger.figure.curves.push_back(elu);
    }
    ASSERT_GT(actlab::plot::sessionToJson(bigger).size(), 2 * before.size());
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{static_cast<rlim_t>(before.size() + 100), saved.rlim_max};
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limit), 0);
    const bool written = actlab::plot::writeSessionFile(path, bigger, &error);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    EXPECT_FALSE(written);
    EXPECT_EQ(error,
              QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(std::strerror(EFBIG))));
    EXPECT_EQ(contents(path), before);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("lesson.actlab")}); // no temporary left
    // And a write that succeeds replaces it.
    ASSERT_TRUE(actlab::plot::writeSessionFile(path, bigger, &error)) << str(error);
    EXPECT_EQ(*actlab::plot::readSessionFile(path), bigger);
}

} // namespace
