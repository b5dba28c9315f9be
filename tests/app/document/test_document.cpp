// SPDX-License-Identifier: GPL-3.0-or-later
// The document on its own: each kind of change is one undo step that restores the state before it
// exactly (parameters bit for bit) and redoes to the state after it; gestures and merges; signals that
// say what changed; refused changes leave no trace; palette slots survive removals and themes.
#include "document/document.hpp"
#include "plot/presets.hpp"
#include "plot/theme.hpp"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <bit>
#include <functional>

using actlab::document::CurvePart;
using actlab::document::Document;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;

namespace {

CurveSpec curve(const char* id, std::vector<double> params = {}) {
    CurveSpec c;
    c.id = QString::fromLatin1(id);
    c.params = std::move(params);
    return c;
}

FigureSpec threeCurves() {
    FigureSpec f;
    f.curves = {curve("relu"), curve("leaky_relu", {0.1}), curve("elu", {1.0})};
    return f;
}

struct Case {
    const char* name;
    std::function<void(Document&)> change;
};

} // namespace

TEST(Document, EveryKindOfChangeUndoesAndRedoesExactly) {
    const std::vector<Case> cases = {
        {"add", [](Document& d) { d.addCurve(QStringLiteral("gelu")); }},
        {"remove", [](Document& d) { d.removeCurve(1); }},
        {"duplicate", [](Document& d) { d.duplicateCurve(2); }},
        {"move", [](Document& d) { d.moveCurve(0, 2); }},
        {"rename", [](Document& d) { d.setLabel(1, QStringLiteral("my leaky")); }},
        {"recolour", [](Document& d) { d.setColor(0, QColor(0x12, 0x34, 0x56)); }},
        {"hide", [](Document& d) { d.setVisible(2, false); }},
        // 0.1 + 0.2 is not 0.3: undo must give back the exact double, not a rounded one.
        {"parameter", [](Document& d) { d.setParam(1, 0, 0.1 + 0.2); }},
        {"parameters", [](Document& d) { d.setParams(2, {0x1.5555555555555p-2}); }},
        {"slider",
         [](Document& d) {
             d.setSlider(1, 0, {0.05, 0.5, false});
         }},
        {"log switch",
         [](Document& d) {
             d.setSlider(2, 0, {0.01, 5, true});
         }},
        {"x range", [](Document& d) { d.setXRange(-0.3, 1e-3); }},
        {"y range",
         [](Document& d) {
             d.setYRange(1, actlab::plot::Range{-0.5, 1.5});
         }},
        {"autoscale", [](Document& d) { d.setYRange(0, std::nullopt); }},
        {"f' subplot", [](Document& d) { d.setShowDerivative(true); }},
        {"f'' subplot", [](Document& d) { d.setShowSecond(true); }},
        {"gallery", [](Document& d) { d.setGallery(true); }},
        {"legend", [](Document& d) { d.setLegend(QStringLiteral("bottom right")); }},
        {"no legend", [](Document& d) { d.setLegend(QStringLiteral("none")); }},
        {"grid", [](Document& d) { d.setGrid(false); }},
        {"zero lines", [](Document& d) { d.setZeroLines(false); }},
        {"title", [](Document& d) { d.setTitle(QStringLiteral("Leaky variants")); }},
        {"preset", [](Document& d) { d.load(*actlab::plot::preset(QStringLiteral("relu-variants")), {}); }},
        {"reset view",
         [](Document& d) {
             d.setXRange(1, 2);
             d.undoStack()->clear();
             d.resetView();
         }},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Document d;
        FigureSpec start = threeCurves();
        start.yRange[0] = actlab::plot::Range{-1, 3};
        ASSERT_TRUE(d.reset(start, 1, 0.5));
        c.change(d);
        const auto before = [&] {
            Document fresh;
            fresh.reset(start, 1, 0.5);
            return fresh.state();
        }();
        const auto after = d.state();
        const int steps = d.undoStack()->count();
        ASSERT_GE(steps, 1);
        const bool resetView = std::string_view(c.name) == "reset view";
        if (resetView)
            ASSERT_EQ(after, before) << "back to the home view";
        else
            ASSERT_NE(after, before) << "the change did nothing";
        if (!resetView) {
            ASSERT_EQ(steps, 1) << "one change, one step";
            d.undoStack()->undo();
            EXPECT_EQ(d.state(), before);
        } else {
            d.undoStack()->undo();
            EXPECT_EQ(d.figure().xMin, 1.0);
            EXPECT_EQ(d.figure().xMax, 2.0);
        }
        d.undoStack()->redo();
        EXPECT_EQ(d.state(), after);
        EXPECT_EQ(d.cursorX(), 0.5) << "undo never moves the cursor";
    }
}

TEST(Document, ParametersComeBackBitForBit) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 1, std::nullopt));
    const double odd = std::nextafter(0.1, 1.0);
    ASSERT_TRUE(d.setParam(1, 0, odd));
    ASSERT_TRUE(d.setParam(1, 0, 0.7));
    d.undoStack()->undo();
    EXPECT_EQ(std::bit_cast<std::uint64_t>(d.curve(1).params[0]), std::bit_cast<std::uint64_t>(odd));
    d.undoStack()->undo();
    EXPECT_EQ(std::bit_cast<std::uint64_t>(d.curve(1).params[0]), std::bit_cast<std::uint64_t>(0.1));
}

TEST(Document, AGestureIsOneStepAndSpinStepsMerge) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 1, std::nullopt));
    // A slider drag: many values, one step, undone to the value before the drag.
    d.beginGesture();
    for (int i = 1; i <= 50; ++i)
        ASSERT_TRUE(d.setParam(1, 0, i / 100.0));
    EXPECT_EQ(d.undoStack()->count(), 0) << "nothing is pushed while the gesture runs";
    d.endGesture(QStringLiteral("Drag α"));
    EXPECT_EQ(d.undoStack()->count(), 1);
    EXPECT_EQ(d.curve(1).params[0], 0.5);
    d.undoStack()->undo();
    EXPECT_EQ(d.curve(1).params[0], 0.1);
    d.undoStack()->redo();
    EXPECT_EQ(d.curve(1).params[0], 0.5);

    // Arrow steps on one parameter merge; another parameter, or a typed value, starts a new step.
    d.undoStack()->clear();
    for (double v : {0.6, 0.7, 0.8})
        ASSERT_TRUE(d.setParam(1, 0, v, nullptr, /*mergeable=*/true));
    EXPECT_EQ(d.undoStack()->count(), 1);
    ASSERT_TRUE(d.setParam(2, 0, 2.0, nullptr, true));
    EXPECT_EQ(d.undoStack()->count(), 2);
    ASSERT_TRUE(d.setParam(2, 0, 3.0));
    EXPECT_EQ(d.undoStack()->count(), 3);
    d.undoStack()->undo();
    d.undoStack()->undo();
    d.undoStack()->undo();
    EXPECT_EQ(d.curve(1).params[0], 0.5);
    EXPECT_EQ(d.curve(2).params[0], 1.0);
    // A gesture that ends where it began leaves no step.
    d.undoStack()->clear();
    d.beginGesture();
    d.setParam(1, 0, 0.9);
    d.setParam(1, 0, 0.5);
    d.endGesture(QStringLiteral("Drag α"));
    EXPECT_EQ(d.undoStack()->count(), 0);
}

TEST(Document, SignalsSayWhatChanged) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 0, std::nullopt));
    QSignalSpy curve(&d, &Document::curveChanged);
    QSignalSpy reset(&d, &Document::wasReset);
    QSignalSpy layout(&d, &Document::layoutChanged);
    QSignalSpy view(&d, &Document::viewChanged);
    QSignalSpy inserted(&d, &Document::curveInserted);
    ASSERT_TRUE(d.setParam(1, 0, 0.2));
    ASSERT_EQ(curve.count(), 1);
    EXPECT_EQ(curve.at(0).at(0).toInt(), 1);
    EXPECT_EQ(curve.at(0).at(1).toUInt(), unsigned{CurvePart::Params});
    EXPECT_EQ(reset.count() + layout.count() + view.count() + inserted.count(), 0);
    // Undo announces the same kind of change: a slider drag undone redraws one curve too.
    d.undoStack()->undo();
    EXPECT_EQ(curve.count(), 2);
    EXPECT_EQ(reset.count() + layout.count(), 0);
    d.setXRange(0, 1);
    EXPECT_EQ(view.count(), 1);
    d.setGrid(false);
    EXPECT_EQ(layout.count(), 1);
    d.addCurve(QStringLiteral("tanh"));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(0).toInt(), 3);
    QSignalSpy removed(&d, &Document::curveRemoved);
    d.undoStack()->undo(); // the insertion undone is a removal of that row
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).toInt(), 3);
}

TEST(Document, RefusedChangesLeaveNoTrace) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 0, std::nullopt));
    const auto before = d.state();
    QString error;
    EXPECT_FALSE(d.setParam(1, 0, std::nan(""), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(d.setParam(2, 0, -1.0, &error)) << "ELU's alpha is not negative";
    EXPECT_FALSE(d.setParam(7, 0, 1.0, &error));
    EXPECT_FALSE(d.setSlider(1, 0, {0.5, 0.1, false}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("min < max"))) << error.toStdString();
    EXPECT_FALSE(d.setSlider(2, 0, {-1, 1, true}, &error));
    EXPECT_FALSE(d.setXRange(1, 1, &error));
    EXPECT_FALSE(d.setXRange(0, std::numeric_limits<double>::infinity(), &error));
    EXPECT_FALSE(d.setYRange(0, actlab::plot::Range{2, -2}, &error));
    EXPECT_EQ(d.insertCurve(0, curve("no_such_function"), &error), -1);
    EXPECT_TRUE(error.contains(QStringLiteral("no_such_function")));
    FigureSpec bad;
    bad.curves = {curve("elu", {-3.0})};
    EXPECT_FALSE(d.load(bad, {}, &error));
    EXPECT_EQ(d.state(), before);
    EXPECT_EQ(d.undoStack()->count(), 0);
}

TEST(Document, CurvesKeepTheirPaletteSlots) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 0, std::nullopt));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(d.curve(i).slot, i);
    // Removing the first curve recolours nothing; the next new curve takes the freed slot.
    d.removeCurve(0);
    EXPECT_EQ(d.curve(0).slot, 1);
    EXPECT_EQ(d.curve(1).slot, 2);
    const int row = d.addCurve(QStringLiteral("tanh"));
    EXPECT_EQ(d.curve(row).slot, 0);
    // A chosen colour is kept as a colour; returning to the palette gives a slot again.
    d.setColor(0, QColor(Qt::red));
    EXPECT_EQ(d.curve(0).color, QColor(Qt::red));
    d.setColor(0, QColor());
    EXPECT_FALSE(d.curve(0).color.isValid());
    EXPECT_GE(d.curve(0).slot, 0);
}

TEST(Document, APresetKeepsTheColoursActlabPlotDrawsInEveryTheme) {
    // The window's export draws the document's figure; `actlab plot --preset` draws the preset itself.
    // Both resolve colours in the export's theme, so a light export from a dark window is light.
    for (const QString& name : actlab::plot::presetNames()) {
        SCOPED_TRACE(name.toStdString());
        const auto preset = actlab::plot::preset(name);
        Document d;
        ASSERT_TRUE(d.load(*preset, {}));
        ASSERT_EQ(d.count(), static_cast<int>(preset->curves.size()));
        for (const auto& theme : {actlab::plot::Theme::light(), actlab::plot::Theme::dark()})
            for (int i = 0; i < d.count(); ++i)
                EXPECT_EQ(theme.curveColor(d.curve(i), i),
                          theme.curveColor(preset->curves[static_cast<std::size_t>(i)], i));
        for (int i = 0; i < d.count(); ++i)
            EXPECT_EQ(d.curve(i).color, preset->curves[static_cast<std::size_t>(i)].color)
                << "the document holds slots, not colours resolved in some theme";
    }
}

TEST(Document, LessonStepsAreSnapshotsAndEveryLessonChangeUndoesExactly) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 1, 0.5));
    EXPECT_EQ(d.stepCount(), 0);
    EXPECT_EQ(d.currentStep(), -1);

    // A step is the view as it is: figure, selection, cursor.
    EXPECT_EQ(d.addStep(QStringLiteral("one")), 0);
    ASSERT_EQ(d.stepCount(), 1);
    EXPECT_EQ(d.lesson().steps[0].figure, d.figure());
    EXPECT_EQ(d.lesson().steps[0].selected, 1);
    EXPECT_EQ(d.lesson().steps[0].cursorX, 0.5);
    EXPECT_EQ(d.currentStep(), 0);
    ASSERT_TRUE(d.setParam(1, 0, 0.1 + 0.2));
    d.setCursorX(2.0);
    EXPECT_EQ(d.addStep(QStringLiteral("two")), 1) << "after the current step";
    EXPECT_EQ(d.lesson().steps[1].figure.curves[1].params, std::vector<double>{0.1 + 0.2});
    EXPECT_EQ(d.lesson().steps[1].cursorX, 2.0);

    // Going to a step shows it exactly, as one undo step; undo returns to the view before.
    const int before = d.undoStack()->count();
    ASSERT_TRUE(d.goToStep(0));
    EXPECT_EQ(d.undoStack()->count(), before + 1);
    EXPECT_EQ(d.curve(1).params, std::vector<double>{0.1});
    EXPECT_EQ(d.cursorX(), 0.5);
    EXPECT_EQ(d.selected(), 1);
    EXPECT_EQ(d.currentStep(), 0);
    d.undoStack()->undo();
    EXPECT_EQ(d.curve(1).params, std::vector<double>{0.1 + 0.2});
    EXPECT_FALSE(d.goToStep(2));
    EXPECT_FALSE(d.goToStep(-1));

    const std::vector<Case> cases = {
        {"rename", [](Document& doc) { doc.setStepTitle(1, QStringLiteral("Two \u2014 \u6b65\u9aa4")); }},
        {"note",
         [](Document& doc) { doc.setStepNote(0, QStringLiteral("f\u2032 = 0 for x < 0\nso no gradient")); }},
        {"move", [](Document& doc) { doc.moveStep(1, 0); }},
        {"remove", [](Document& doc) { doc.removeStep(0); }},
        {"lesson title", [](Document& doc) { doc.setLessonTitle(QStringLiteral("ReLU")); }},
        {"update",
         [](Document& doc) {
             doc.setXRange(-1, 1);
             doc.undoStack()->clear(); // only the update is looked at
             doc.updateStep(0);
         }},
        {"add", [](Document& doc) { doc.addStep(QStringLiteral("three")); }},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Document e;
        e.open(d.session());
        if (std::string_view(c.name) == "update") {
            e.setXRange(-1, 1);
            e.undoStack()->clear();
        }
        const auto lessonBefore = e.lesson();
        const auto figureBefore = e.figure();
        const int steps = e.undoStack()->count();
        c.change(e);
        if (std::string_view(c.name) == "update") {
            EXPECT_EQ(e.lesson().steps[0].figure.xMin, -1.0);
        }
        ASSERT_NE(e.lesson(), lessonBefore) << "the change did nothing";
        EXPECT_EQ(e.figure(), figureBefore) << "a lesson change leaves the view alone";
        ASSERT_EQ(e.undoStack()->count(), steps + 1) << "one change, one step";
        const auto lessonAfter = e.lesson();
        e.undoStack()->undo();
        EXPECT_EQ(e.lesson(), lessonBefore);
        e.undoStack()->redo();
        EXPECT_EQ(e.lesson(), lessonAfter);
    }

    // A preset replaces the figure, not the lesson; New (reset) starts without one.
    const auto lesson = d.lesson();
    ASSERT_TRUE(d.load(*actlab::plot::preset(QStringLiteral("relu-variants")), {}));
    EXPECT_EQ(d.lesson(), lesson);
    ASSERT_TRUE(d.reset(threeCurves(), -1, std::nullopt));
    EXPECT_EQ(d.stepCount(), 0);
    EXPECT_EQ(d.currentStep(), -1);
}

TEST(Document, ASessionWithALessonOpensAtTheStepItShows) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 0, 1.0));
    d.addStep(QStringLiteral("a"));
    ASSERT_TRUE(d.setParam(2, 0, 2.5));
    d.addStep(QStringLiteral("b"));
    const auto back = actlab::plot::sessionFromJson(actlab::plot::sessionToJson(d.session()));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->lesson, d.lesson());
    Document e;
    ASSERT_TRUE(e.open(*back));
    EXPECT_EQ(e.lesson(), d.lesson());
    EXPECT_EQ(e.currentStep(), 1) << "the saved view is step b's";
    EXPECT_FALSE(e.undoStack()->canUndo());
    EXPECT_TRUE(e.undoStack()->isClean());

    // A step whose function is unknown is refused and leaves the document as it was.
    auto broken = *back;
    broken.lesson.steps[0].figure.curves[0].id = QStringLiteral("nope");
    QString error;
    EXPECT_FALSE(e.open(broken, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("lesson step 1"))) << error.toStdString();
    EXPECT_EQ(e.lesson(), d.lesson());
}

TEST(Document, AFormulaCurveIsRetypedKeepingItsParametersByName) {
    Document d;
    ASSERT_TRUE(d.reset(threeCurves(), 0, std::nullopt));
    const int row = d.addFormula(*actlab::plot::parseCurveFormula(QStringLiteral("x*sigmoid(b*x)")));
    ASSERT_EQ(row, 3);
    EXPECT_EQ(d.curve(row).params, std::vector<double>{1.0});
    EXPECT_EQ(d.slider(row, 0), (actlab::plot::SliderRange{-5, 5, false}));
    ASSERT_TRUE(d.setParam(row, 0, 1.5));
    ASSERT_TRUE(d.setSlider(row, 0, {0, 3, false}));
    const auto before = d.state();

    QSignalSpy changed(&d, &Document::curveChanged);
    QString error;
    ASSERT_TRUE(
        d.setFormula(row, *actlab::plot::parseCurveFormula(QStringLiteral("x*sigmoid(b*x + c)")), &error))
        << error.toStdString();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed.at(0).at(1).toUInt() & CurvePart::Function);
    // b keeps 1.5 and its slider; c is new: 1 and the default slider.
    EXPECT_EQ(d.curve(row).params, (std::vector<double>{1.5, 1.0}));
    EXPECT_EQ(d.slider(row, 0), (actlab::plot::SliderRange{0, 3, false}));
    EXPECT_EQ(d.slider(row, 1), (actlab::plot::SliderRange{-5, 5, false}));
    EXPECT_EQ(d.function(row).parameters()[1].name, "c");
    // x σ(1.5 x + 1) at x = −2/3: σ(0) = 1/2.
    EXPECT_DOUBLE_EQ(d.function(row).at(-2.0 / 3.0, d.curve(row).params).f, -1.0 / 3.0);

    d.undoStack()->undo();
    EXPECT_EQ(d.state(), before);
    EXPECT_EQ(d.function(row).parameters().size(), 1u);
    d.undoStack()->redo();
    EXPECT_EQ(d.curve(row).formula.text, QStringLiteral("x*sigmoid(b*x + c)"));

    // A catalogue curve takes no formula; nothing changes.
    const auto now = d.state();
    EXPECT_FALSE(d.setFormula(0, *actlab::plot::parseCurveFormula(QStringLiteral("x")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(d.state(), now);
}
