// SPDX-License-Identifier: GPL-3.0-or-later
// The parameter animator on a real window's document and plot (offscreen, no settings, autosave or
// questions): values at given times worked out by hand, one curve redrawn alone as during a slider drag,
// its timer, linked curves, the parameter editor's play buttons and P, refusals, changes that end a
// play, and the whole play as one undo step that restores every parameter bit for bit.
#include "document/document.hpp"
#include "explorer/main_window.hpp"
#include "explorer/parameter_animator.hpp"
#include "explorer/parameter_editor.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/presentation.hpp"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <bit>
#include <cstdint>
#include <memory>

using actlab::explorer::MainWindow;
using actlab::explorer::ParameterAnimator;
using actlab::plot::Animation;
using actlab::plot::AnimationMode;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;

namespace {

CurveSpec curve(const char* id, std::vector<double> params = {}) {
    CurveSpec c;
    c.id = QString::fromLatin1(id);
    c.params = std::move(params);
    return c;
}

/// Leaky ReLU (α = 0.1), ELU (α = 0.7) and ReLU, the first selected.
std::unique_ptr<MainWindow> makeWindow() {
    auto window = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    window->resize(1280, 800);
    window->show();
    FigureSpec spec;
    spec.setDerivatives(1);
    spec.curves = {curve("leaky_relu", {0.1}), curve("elu", {0.7}), curve("relu")};
    window->document()->reset(spec, 0, std::nullopt);
    QApplication::processEvents();
    return window;
}

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

Animation alpha(double from, double to, AnimationMode mode) {
    Animation a;
    a.parameter = QStringLiteral("alpha");
    a.from = from;
    a.to = to;
    a.mode = mode;
    return a;
}

TEST(ParameterAnimator, PlaysOneCurveAndUndoRestoresItBitForBit) {
    auto w = makeWindow();
    auto* doc = w->document();
    ParameterAnimator own(doc, w->plotView());
    auto* animator = &own;
    const double before = doc->curve(0).params[0];
    const int steps = doc->undoStack()->count();

    auto a = alpha(0.25, 0.75, AnimationMode::Bounce);
    a.curves = {0};
    QString error;
    ASSERT_TRUE(animator->start(a, 2.0, &error)) << error.toStdString();
    EXPECT_TRUE(animator->isPlaying());
    EXPECT_EQ(w->plotView()->draggedCurve(), 0); // only the moving curve is redrawn
    EXPECT_EQ(doc->curve(0).params[0], 0.25);    // starts at A
    animator->advanceTo(0.5);                    // a quarter of the 2 s sweep: 0.25 + 0.5/4
    EXPECT_EQ(doc->curve(0).params[0], 0.375);
    animator->advanceTo(3.0); // 1.5 sweeps: half-way back
    EXPECT_EQ(doc->curve(0).params[0], 0.5);
    EXPECT_EQ(doc->curve(1).params[0], 0.7);     // ELU is not linked
    EXPECT_EQ(doc->undoStack()->count(), steps); // nothing pushed while it plays
    animator->stop();
    EXPECT_FALSE(animator->isPlaying());
    EXPECT_EQ(w->plotView()->draggedCurve(), -1);
    ASSERT_EQ(doc->undoStack()->count(), steps + 1); // the whole play: one step
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Animate alpha"));
    doc->undoStack()->undo();
    EXPECT_EQ(bits(doc->curve(0).params[0]), bits(before));
    doc->undoStack()->redo();
    EXPECT_EQ(doc->curve(0).params[0], 0.5);
}

TEST(ParameterAnimator, RunsOnItsTimerAndEndsAtB) {
    auto w = makeWindow();
    auto* doc = w->document();
    ParameterAnimator animator(doc, w->plotView());
    const double before = doc->curve(0).params[0];
    auto a = alpha(0.25, 0.75, AnimationMode::Once);
    a.curves = {0};
    QString error;
    ASSERT_TRUE(animator.start(a, 0.3, &error)) << error.toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(!animator.isPlaying(), 5000); // the timer plays it to the end
    EXPECT_EQ(doc->curve(0).params[0], 0.75);
    doc->undoStack()->undo();
    EXPECT_EQ(bits(doc->curve(0).params[0]), bits(before));
}

TEST(ParameterAnimator, ThePlayButtonPlaysLinkedCurvesOnce) {
    auto w = makeWindow();
    auto* doc = w->document();
    auto* animator = w->parameterAnimator();
    const double leaky = doc->curve(0).params[0], elu = doc->curve(1).params[0];
    const int steps = doc->undoStack()->count();
    animator->setLinked(true);
    animator->setMode(AnimationMode::Once);
    animator->setDuration(1);
    QToolButton* play = w->parameterEditor()->playButton(0);
    ASSERT_NE(play, nullptr);
    play->click();
    ASSERT_TRUE(animator->isPlaying());
    EXPECT_TRUE(animator->isPlaying(0, 0));
    EXPECT_EQ(w->plotView()->draggedCurve(), -1); // two curves move: whole redraws
    // Across Leaky ReLU's slider, both curves together, to its upper end at the end of the second.
    const auto slider = doc->slider(0, 0);
    EXPECT_EQ(doc->curve(0).params[0], slider.lo);
    EXPECT_EQ(doc->curve(1).params[0], slider.lo);
    animator->advanceTo(1.0);
    EXPECT_FALSE(animator->isPlaying()); // once: stops at the end
    EXPECT_EQ(doc->curve(0).params[0], slider.hi);
    EXPECT_EQ(doc->curve(1).params[0], slider.hi);
    ASSERT_EQ(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    EXPECT_EQ(bits(doc->curve(0).params[0]), bits(leaky));
    EXPECT_EQ(bits(doc->curve(1).params[0]), bits(elu));
}

TEST(ParameterAnimator, RunsOnItsTimerAndStopsOnAClick) {
    auto w = makeWindow();
    auto* doc = w->document();
    auto* animator = w->parameterAnimator();
    const double before = doc->curve(0).params[0];
    animator->setLinked(false);
    animator->setMode(AnimationMode::Loop);
    animator->setDuration(1);
    QToolButton* play = w->parameterEditor()->playButton(0);
    play->click();
    ASSERT_TRUE(animator->isPlaying());
    const double start = doc->curve(0).params[0];
    QTRY_VERIFY_WITH_TIMEOUT(doc->curve(0).params[0] != start, 5000); // the timer moves it
    play->click();                                                    // the same button stops it
    EXPECT_FALSE(animator->isPlaying());
    doc->undoStack()->undo();
    EXPECT_EQ(bits(doc->curve(0).params[0]), bits(before));
}

TEST(ParameterAnimator, PlayButtonAndPKeyToggleTheWindowsAnimator) {
    auto w = makeWindow();
    auto* doc = w->document();
    auto* animator = w->parameterAnimator();
    const double before = doc->curve(0).params[0];
    animator->setLinked(false);
    animator->setMode(AnimationMode::Loop);
    QToolButton* play = w->parameterEditor()->playButton(0);
    play->click();
    ASSERT_TRUE(animator->isPlaying(0, 0));
    EXPECT_TRUE(play->isChecked());
    EXPECT_EQ(w->plotView()->draggedCurve(), 0);
    play->click(); // the same button stops it
    EXPECT_FALSE(animator->isPlaying());
    EXPECT_FALSE(play->isChecked());
    doc->undoStack()->undo();
    EXPECT_EQ(bits(doc->curve(0).params[0]), bits(before));
    // P plays the selected curve's first parameter, and stops it.
    QAction* p = w->action(QStringLiteral("actionPlayParameter"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->shortcut(), QKeySequence(Qt::Key_P));
    p->trigger();
    EXPECT_TRUE(animator->isPlaying(0, 0));
    EXPECT_TRUE(w->parameterEditor()->playButton(0)->isChecked());
    p->trigger();
    EXPECT_FALSE(animator->isPlaying());
    EXPECT_NE(w->action(QStringLiteral("actionExportAnimation")), nullptr);
}

TEST(ParameterAnimator, PPlaysInPresentationMode) {
    auto w = makeWindow();
    auto* doc = w->document();
    auto* animator = w->parameterAnimator();
    const double before = doc->curve(0).params[0];
    animator->setLinked(false);
    animator->setMode(AnimationMode::Bounce);
    animator->setDuration(2);
    w->action(QStringLiteral("actionPresent"))->trigger();
    ASSERT_TRUE(w->presentation()->isActive());
    w->action(QStringLiteral("actionPlayParameter"))->trigger();
    ASSERT_TRUE(animator->isPlaying(0, 0));
    animator->advanceTo(2.0); // one sweep: the slider's upper end
    EXPECT_EQ(doc->curve(0).params[0], doc->slider(0, 0).hi);
    w->action(QStringLiteral("actionPlayParameter"))->trigger();
    EXPECT_FALSE(animator->isPlaying());
    w->action(QStringLiteral("actionLeavePresentation"))->trigger();
    EXPECT_FALSE(w->presentation()->isActive());
    doc->undoStack()->undo();
    EXPECT_EQ(bits(doc->curve(0).params[0]), bits(before));
}

TEST(ParameterAnimator, AWindowClosedWhilePlayingGoesQuietly) {
    auto w = makeWindow();
    w->parameterEditor()->playButton(0)->click();
    ASSERT_TRUE(w->parameterAnimator()->isPlaying());
    w.reset(); // the document and the plot go before the animator: nothing may touch them
    SUCCEED();
}

TEST(ParameterAnimator, RefusalsAndChangesThatEndThePlay) {
    auto w = makeWindow();
    auto* doc = w->document();
    ParameterAnimator own(doc, w->plotView());
    auto* animator = &own;
    const int steps = doc->undoStack()->count();
    QString error;
    // Linked, 0 … 5 is outside Leaky ReLU's [0, 1]: refused, nothing changes.
    EXPECT_FALSE(animator->start(alpha(0, 5, AnimationMode::Loop), 1, &error));
    EXPECT_EQ(error, QStringLiteral("curve 1 (leaky_relu): alpha = 5 is outside its range [0, 1]"));
    EXPECT_FALSE(animator->isPlaying());
    EXPECT_EQ(doc->undoStack()->count(), steps);
    // A curve added while it plays ends the play; the addition, made inside the play's gesture, is part
    // of its one undo step.
    auto a = alpha(0.25, 0.75, AnimationMode::Loop);
    a.curves = {1};
    ASSERT_TRUE(animator->start(a, 1, &error)) << error.toStdString();
    animator->advanceTo(0.5);
    EXPECT_EQ(doc->curve(1).params[0], 0.5);
    doc->addCurve(QStringLiteral("gelu"));
    EXPECT_FALSE(animator->isPlaying());
    EXPECT_EQ(doc->count(), 4);
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->count(), 3);
    EXPECT_EQ(bits(doc->curve(1).params[0]), bits(0.7));
}

} // namespace
