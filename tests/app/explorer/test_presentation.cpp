// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode, driven offscreen through the window's actions. Expected values: the scale rule
// written out for the screens lecturers meet, the closed forms of the functions (GELU(1) = Φ(1)), the
// slider's declared ends, and the window as it was before presenting.
#include "document/document.hpp"
#include "explorer/lesson_notes.hpp"
#include "explorer/lesson_panel.hpp"
#include "explorer/main_window.hpp"
#include "explorer/parameter_slider.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/presentation.hpp"
#include "plot/plot_figure.hpp"
#include "plot/session_file.hpp"
#include "window_test_support.hpp"

#include "actlab/analysis/mean_field.hpp"
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>
#include <memory>

using actlab::explorer::MainWindow;
using actlab::explorer::Presentation;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;

namespace {

std::unique_ptr<MainWindow> makeWindow(std::initializer_list<const char*> ids) {
    auto w = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    w->setThemeMode(actlab::explorer::ThemeMode::Light);
    w->resize(1280, 800);
    w->show();
    FigureSpec spec;
    spec.xMin = -4;
    spec.xMax = 4;
    spec.setDerivatives(1);
    for (const char* id : ids) {
        CurveSpec c;
        c.id = QString::fromLatin1(id);
        c.params = actlab::findActivation(id)->defaults();
        spec.curves.push_back(c);
    }
    w->document()->reset(spec, static_cast<int>(spec.curves.size()) - 1, 1.0);
    QApplication::processEvents();
    return w;
}

TEST(Presentation, ScaleFollowsTheScreen) {
    using actlab::explorer::defaultPresentationScale;
    EXPECT_EQ(defaultPresentationScale({1024, 768}), 1.0); // a classroom projector: no smaller than 1
    EXPECT_EQ(defaultPresentationScale({800, 600}), 1.0);
    EXPECT_EQ(defaultPresentationScale({1280, 720}), 1.0);
    EXPECT_EQ(defaultPresentationScale({1920, 1080}), 1.5);
    EXPECT_EQ(defaultPresentationScale({2560, 1440}), 2.0);
    EXPECT_EQ(defaultPresentationScale({3840, 2160}), 3.0);
    EXPECT_EQ(defaultPresentationScale({7680, 4320}), 3.0); // at most 3
    EXPECT_EQ(defaultPresentationScale({}), 1.0);
}

TEST(Presentation, EntersAndLeavesWithTheWindowAsItWas) {
    auto w = makeWindow({"relu", "gelu"});
    auto* present = w->action(QStringLiteral("actionPresent"));
    ASSERT_NE(present, nullptr);
    EXPECT_EQ(present->shortcut(), QKeySequence(Qt::Key_F5));
    auto* leave = w->action(QStringLiteral("actionLeavePresentation"));
    EXPECT_EQ(leave->shortcut(), QKeySequence(Qt::Key_Escape));
    EXPECT_FALSE(leave->isEnabled()) << "Esc belongs to dialogs and boxes outside presentation mode";
    const auto docks = w->findChildren<QDockWidget*>();
    int visibleDocks = 0;
    for (auto* dock : docks)
        visibleDocks += dock->isVisible() ? 1 : 0;
    ASSERT_GT(visibleDocks, 0);
    const double width = w->figure()->graph(0, 0)->pen().widthF();

    present->trigger();
    QApplication::processEvents();
    Presentation* p = w->presentation();
    EXPECT_TRUE(p->isActive());
    EXPECT_TRUE(leave->isEnabled());
    for (auto* dock : docks)
        EXPECT_FALSE(dock->isVisible()) << dock->objectName().toStdString();
    EXPECT_FALSE(w->menuBar()->isVisible());
    EXPECT_TRUE(w->isFullScreen());
    EXPECT_GE(p->scale(), Presentation::kMinScale);
    EXPECT_EQ(w->plotView()->displayScale(), p->scale());
    EXPECT_DOUBLE_EQ(w->figure()->graph(0, 0)->pen().widthF(), width * p->scale());
    EXPECT_TRUE(p->overlay()->readout()->isVisible());

    // Larger and smaller in steps of 0.25, from 1 to 3.
    const double before = p->scale();
    w->action(QStringLiteral("actionPresentLarger"))->trigger();
    EXPECT_EQ(p->scale(), std::min(3.0, before + 0.25));
    EXPECT_DOUBLE_EQ(w->figure()->graph(0, 0)->pen().widthF(), width * p->scale());
    for (int i = 0; i < 20; ++i)
        w->action(QStringLiteral("actionPresentLarger"))->trigger();
    EXPECT_EQ(p->scale(), 3.0);
    for (int i = 0; i < 20; ++i)
        w->action(QStringLiteral("actionPresentSmaller"))->trigger();
    EXPECT_EQ(p->scale(), 1.0);

    leave->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(p->isActive());
    EXPECT_FALSE(present->isChecked());
    EXPECT_FALSE(leave->isEnabled());
    EXPECT_FALSE(w->isFullScreen());
    EXPECT_TRUE(w->menuBar()->isVisible());
    int visibleAfter = 0;
    for (auto* dock : docks)
        visibleAfter += dock->isVisible() ? 1 : 0;
    EXPECT_EQ(visibleAfter, visibleDocks);
    EXPECT_EQ(w->plotView()->displayScale(), 1.0);
    EXPECT_DOUBLE_EQ(w->figure()->graph(0, 0)->pen().widthF(), width);
    EXPECT_FALSE(p->overlay()->readout()->isVisible());
}

TEST(Presentation, TheReadoutShowsTheCoresValuesLarge) {
    auto w = makeWindow({"relu", "gelu"});
    w->presentation()->enter();
    QApplication::processEvents();
    const QString text = w->presentation()->overlay()->readoutText();
    // x = 1 (the window's cursor); ReLU(1) = 1, ReLU'(1) = 1; GELU(1) = Φ(1) = 0.841344746…,
    // GELU'(1) = Φ(1) + φ(1) = 0.841344746 + 0.241970725 = 1.08331547 (6 significant digits shown).
    EXPECT_TRUE(text.contains(QStringLiteral("x = 1<"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("f = 0.841345"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("f\u2032 = 1.08332"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("f\u2033"))) << "f″ is not shown, so not read out";
    // The cursor moves: the readout follows.
    w->document()->setCursorX(-2);
    EXPECT_TRUE(w->presentation()->overlay()->readout()->text().contains(QStringLiteral("x = \u22122<")));
}

TEST(Presentation, TheLargeSliderDragsTheSelectedCurveAsOneStep) {
    auto w = makeWindow({"relu", "leaky_relu"});
    auto* doc = w->document();
    ASSERT_EQ(doc->selected(), 1);
    w->presentation()->enter();
    QApplication::processEvents();
    const auto& sliders = w->presentation()->overlay()->sliders();
    ASSERT_EQ(sliders.size(), 1u);
    auto* slider = sliders[0];
    EXPECT_TRUE(slider->isVisible());
    const double original = doc->curve(1).params[0];
    const int steps = doc->undoStack()->count();

    slider->setSliderDown(true);
    EXPECT_EQ(w->plotView()->draggedCurve(), 1) << "a drag redraws only its curve";
    slider->setValue(slider->maximum() / 2);
    slider->setValue(slider->maximum());
    EXPECT_EQ(doc->curve(1).params[0], doc->slider(1, 0).hi) << "the slider's right end is its range's";
    slider->setSliderDown(false);
    EXPECT_EQ(w->plotView()->draggedCurve(), -1);
    EXPECT_EQ(doc->undoStack()->count(), steps + 1) << "one drag, one undo step";
    doc->undoStack()->undo();
    EXPECT_EQ(doc->curve(1).params[0], original);

    // Another selection brings its own sliders; a function without parameters hides the panel.
    doc->setSelected(0);
    QApplication::processEvents();
    EXPECT_TRUE(w->presentation()->overlay()->sliders().empty());
    EXPECT_FALSE(w->presentation()->overlay()->controls()->isVisible());
}

} // namespace

namespace {

using actlab::explorer::testing::wcagContrast;

TEST(Presentation, HighContrastKeepsEveryCurveAndTextAtFourAndAHalfToOne) {
    for (bool dark : {false, true}) {
        const auto theme = actlab::plot::Theme::highContrast(dark);
        EXPECT_GE(wcagContrast(theme.text, theme.background), 15.0);
        for (const QColor& c : theme.palette)
            EXPECT_GE(wcagContrast(c, theme.background), 4.5) << c.name().toStdString() << " dark " << dark;
    }
    auto w = makeWindow({"relu", "gelu"});
    auto* action = w->action(QStringLiteral("actionHighContrast"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_EQ(w->figure()->theme().name, QStringLiteral("high-contrast-light"));
    // Slot 1 (vermillion) darkened: #B34F00 on white.
    EXPECT_EQ(w->figure()->graph(1, 0)->pen().color().name(), QStringLiteral("#b34f00"));
    action->trigger();
    EXPECT_EQ(w->figure()->theme().name, QStringLiteral("light"));
    EXPECT_EQ(w->figure()->graph(1, 0)->pen().color().name(), QStringLiteral("#d55e00"));
}

} // namespace

namespace {

TEST(Lesson, TheBuiltInLessonOpensAtItsFirstStepInBothLanguages) {
    auto w = makeWindow({"relu"});
    ASSERT_TRUE(w->openBuiltInLesson());
    auto* doc = w->document();
    ASSERT_EQ(doc->stepCount(), 18);
    EXPECT_EQ(doc->currentStep(), 0);
    EXPECT_EQ(doc->lesson().title, QStringLiteral("ReLU and its variants"));
    EXPECT_FALSE(w->isWindowModified()) << "a lesson just opened has nothing to save";
    EXPECT_EQ(doc->figure().curves.size(), 5u) << "step 1: the five classic activations";

    QString error;
    const auto en = actlab::plot::readSessionFile(QStringLiteral(":/lessons/relu-variants.actlab"), &error);
    const auto zh =
        actlab::plot::readSessionFile(QStringLiteral(":/lessons/relu-variants.zh_CN.actlab"), &error);
    ASSERT_TRUE(en && zh) << error.toStdString();
    ASSERT_EQ(zh->lesson.steps.size(), en->lesson.steps.size());
    EXPECT_EQ(zh->lesson.title, QStringLiteral("ReLU \u53ca\u5176\u53d8\u4f53"));
    for (std::size_t i = 0; i < en->lesson.steps.size(); ++i) {
        // The same figures, with the title on the plot in Chinese.
        auto zhFigure = zh->lesson.steps[i].figure;
        auto enFigure = en->lesson.steps[i].figure;
        EXPECT_NE(zhFigure.title, enFigure.title) << "step " << i + 1;
        EXPECT_TRUE(std::any_of(zhFigure.title.begin(), zhFigure.title.end(),
                                [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }))
            << "step " << i + 1 << ": " << zhFigure.title.toStdString();
        zhFigure.title = enFigure.title;
        EXPECT_EQ(zhFigure, enFigure) << "step " << i + 1;
        EXPECT_FALSE(zh->lesson.steps[i].note.isEmpty());
        EXPECT_NE(zh->lesson.steps[i].title, en->lesson.steps[i].title);
    }
}

TEST(Lesson, TheNumbersTheLessonQuotesAreTheCoresOwn) {
    // Step notes quote values; they must be what the explorer shows (closed forms in brackets).
    const auto* sigmoid = actlab::findActivation("sigmoid");
    const auto* tanh = actlab::findActivation("tanh");
    const auto* selu = actlab::findActivation("selu");
    EXPECT_EQ(sigmoid->at(0, {}).df, 0.25);           // "peaks at x = 0 with exactly 0.25"
    EXPECT_NEAR(sigmoid->at(6, {}).f, 0.9975, 5e-5);  // "the sigmoid is 0.9975"
    EXPECT_NEAR(sigmoid->at(6, {}).df, 0.0025, 5e-5); // "its derivative only 0.0025"
    EXPECT_NEAR(tanh->at(6, {}).df, 2.5e-5, 0.05e-5); // "tanh′(6) is 2.5 · 10⁻⁵"
    EXPECT_NEAR(std::pow(0.25, 10), 9.5e-7, 0.05e-7); // "0.25¹⁰ ≈ 9.5 · 10⁻⁷"
    EXPECT_NEAR(selu->defaults()[0], 1.0507, 5e-5);   // λ ≈ 1.0507 (the catalogue's order)
    EXPECT_NEAR(selu->defaults()[1], 1.6733, 5e-5);   // α ≈ 1.6733
    // The depth steps (σ_w² = 1, 30 layers): sigmoid's χ from 0.045 to 0.056 and g₁ ≈ 3.4 · 10⁻³⁷; ReLU's
    // variance and g₁ 2⁻²⁹ ≈ 1.9 · 10⁻⁹ with χ = 0.5; with He (σ_w² = 2) q = 2 and χ = 1.
    using actlab::analysis::GaussianExpectation;
    const auto sig = actlab::analysis::propagateDepth(GaussianExpectation(*sigmoid, {}), {30, 1.0, 0.0, 1.0});
    EXPECT_NEAR(sig.front().chi, 0.045, 0.0005);
    EXPECT_NEAR(sig.back().chi, 0.056, 0.0005);
    EXPECT_NEAR(sig.front().g, 3.4e-37, 0.05e-37);
    const auto* relu = actlab::findActivation("relu");
    const auto lecun = actlab::analysis::propagateDepth(GaussianExpectation(*relu, {}), {30, 1.0, 0.0, 1.0});
    EXPECT_NEAR(lecun.back().q, std::ldexp(1.0, -29), 1e-22);
    EXPECT_NEAR(std::ldexp(1.0, -29), 1.9e-9, 0.05e-9);
    EXPECT_NEAR(lecun.front().g, std::ldexp(1.0, -29), 1e-22);
    EXPECT_NEAR(lecun.front().chi, 0.5, 1e-14);
    const auto he = actlab::analysis::propagateDepth(GaussianExpectation(*relu, {}), {30, 2.0, 0.0, 1.0});
    EXPECT_NEAR(he.back().q, 2.0, 1e-13);
    EXPECT_NEAR(he.front().g, 1.0, 1e-12);
}

TEST(Lesson, PresentationStepsWithTheClickerKeysEasingIntoOneUndoStep) {
    auto w = makeWindow({"relu"});
    ASSERT_TRUE(w->openBuiltInLesson());
    auto* doc = w->document();
    auto* next = w->action(QStringLiteral("actionPresentNext"));
    ASSERT_NE(next, nullptr);
    EXPECT_FALSE(next->isEnabled()) << "outside presentation mode → moves the cursor";
    EXPECT_TRUE(next->shortcuts().contains(QKeySequence(Qt::Key_PageDown))) << "clickers send PgDn";
    EXPECT_TRUE(w->action(QStringLiteral("actionPresentPrevious"))
                    ->shortcuts()
                    .contains(QKeySequence(Qt::Key_PageUp)));

    w->presentation()->enter();
    QApplication::processEvents();
    ASSERT_TRUE(next->isEnabled());
    // Step 2 has other curves than step 1: it is shown at once.
    next->trigger();
    EXPECT_EQ(doc->currentStep(), 1);
    EXPECT_FALSE(w->presentation()->inTransition());
    // Step 3 has step 2's curves and view (only the cursor moves): no undo step at all.
    const int undoBefore = doc->undoStack()->count();
    next->trigger();
    QTest::qWait(Presentation::kTransitionMs + 200);
    EXPECT_EQ(doc->currentStep(), 2);
    EXPECT_EQ(doc->cursorX(), doc->lesson().steps[2].cursorX);
    EXPECT_EQ(doc->undoStack()->count(), undoBefore);

    // End and Home; a press during a transition lands the first move at once.
    w->action(QStringLiteral("actionPresentLast"))->trigger();
    EXPECT_EQ(doc->currentStep(), 17);
    w->action(QStringLiteral("actionPresentFirst"))->trigger();
    EXPECT_EQ(doc->currentStep(), 0);
    w->action(QStringLiteral("actionPresentPrevious"))->trigger();
    EXPECT_EQ(doc->currentStep(), 0) << "no step before the first";

    // The lecturer's notes follow.
    w->action(QStringLiteral("actionNotesWindow"))->trigger();
    ASSERT_NE(w->lessonNotes(), nullptr);
    EXPECT_TRUE(w->lessonNotes()->text().contains(QStringLiteral("Step 1 of 18")));
    EXPECT_TRUE(w->lessonNotes()->text().contains(QStringLiteral("Next: Sigmoid: f\u2032 is at most 0.25")));
    w->presentation()->leave();
    EXPECT_FALSE(next->isEnabled());
}

TEST(Lesson, BetweenStepsWithTheSameCurvesRangesAndParametersEaseThenLandExactly) {
    auto w = makeWindow({"relu", "leaky_relu"});
    auto* doc = w->document();
    ASSERT_TRUE(doc->setParam(1, 0, 0.1));
    ASSERT_TRUE(doc->setXRange(-4, 4));
    doc->addStep(QStringLiteral("wide"));
    ASSERT_TRUE(doc->setParam(1, 0, 0.1 + 0.2)); // lands bit for bit, not 0.3
    ASSERT_TRUE(doc->setXRange(-2, 2));
    doc->addStep(QStringLiteral("narrow"));
    ASSERT_TRUE(doc->goToStep(0));
    w->presentation()->enter();
    const int undoBefore = doc->undoStack()->count();

    w->action(QStringLiteral("actionPresentNext"))->trigger();
    ASSERT_TRUE(w->presentation()->inTransition());
    w->presentation()->transition()->setCurrentTime(Presentation::kTransitionMs / 2);
    // Half way in time (the easing curve decides the fraction): strictly between the two steps.
    EXPECT_GT(doc->figure().xMin, -4.0);
    EXPECT_LT(doc->figure().xMin, -2.0);
    EXPECT_GT(doc->curve(1).params[0], 0.1);
    EXPECT_LT(doc->curve(1).params[0], 0.1 + 0.2);
    w->presentation()->transition()->setCurrentTime(Presentation::kTransitionMs);
    EXPECT_FALSE(w->presentation()->inTransition());
    EXPECT_EQ(doc->currentStep(), 1);
    EXPECT_EQ(doc->figure().xMin, -2.0);
    EXPECT_EQ(doc->curve(1).params[0], 0.1 + 0.2);
    EXPECT_EQ(doc->undoStack()->count(), undoBefore + 1) << "the eased move is one undo step";
    doc->undoStack()->undo();
    EXPECT_EQ(doc->figure().xMin, -4.0);
    EXPECT_EQ(doc->curve(1).params[0], 0.1);

    // A press during a transition lands it at once and goes on from there.
    w->action(QStringLiteral("actionPresentNext"))->trigger();
    ASSERT_TRUE(w->presentation()->inTransition());
    w->action(QStringLiteral("actionPresentPrevious"))->trigger();
    EXPECT_EQ(doc->curve(1).params[0], 0.1 + 0.2) << "the first move landed exactly";
    QTest::qWait(Presentation::kTransitionMs + 200);
    EXPECT_EQ(doc->currentStep(), 0);
    EXPECT_EQ(doc->curve(1).params[0], 0.1);
}

TEST(Lesson, ThePanelAddsRenamesAndReordersSteps) {
    auto w = makeWindow({"relu", "gelu"});
    auto* doc = w->document();
    auto* panel = w->lessonPanel();
    w->action(QStringLiteral("actionAddStep"))->trigger();
    doc->setXRange(-1, 1);
    w->action(QStringLiteral("actionAddStep"))->trigger();
    ASSERT_EQ(panel->list()->count(), 2);
    EXPECT_EQ(panel->list()->item(1)->text(), QStringLiteral("Step 2"));
    panel->list()->item(0)->setText(QStringLiteral("Overview"));
    EXPECT_EQ(doc->lesson().steps[0].title, QStringLiteral("Overview"));
    panel->list()->setCurrentRow(1);
    panel->noteEdit()->setFocus();
    panel->noteEdit()->setPlainText(QStringLiteral("Zoomed in"));
    panel->list()->setFocus(); // leaving the box saves the note
    QApplication::processEvents();
    EXPECT_EQ(doc->lesson().steps[1].note, QStringLiteral("Zoomed in"));
    doc->moveStep(1, 0);
    EXPECT_EQ(panel->list()->item(0)->text(), QStringLiteral("Step 2"));
    doc->undoStack()->undo();
    EXPECT_EQ(panel->list()->item(0)->text(), QStringLiteral("Overview"));
}

} // namespace
