// SPDX-License-Identifier: GPL-3.0-or-later
// The training lab while presenting (issue 11 with issue 9's presentation mode), driven offscreen: at the
// presentation's scale the lab's figure fonts, line widths, dots and ticks, its unit grid and its
// controls' font are that many times the ordinary lab's (measured on the same lab before presenting, not
// written here), Ctrl+= pressed in the lab scales it again, the lab covers the presenting screen with
// its settings folded away and Play, Step, Reset and the speed in reach; the clicker's keys step the
// lesson from the lab, a step without the lab closes it and Esc returns to the presentation; leaving
// presentation mode gives back the ordinary sizes, window and settings column.
#include "document/document.hpp"
#include "explorer/lab_presentation.hpp"
#include "explorer/main_window.hpp"
#include "explorer/presentation.hpp"
#include "explorer/session_files.hpp"
#include "explorer/training_lab.hpp"
#include "explorer/unit_grid.hpp"
#include "explorer/warning_label.hpp"
#include "lab_test_support.hpp"
#include "plot/session_file.hpp"
#include "plot/theme.hpp"
#include "plot/training_figure.hpp"
#include "window_test_support.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTest>
#include <QVariantAnimation>

#include <memory>
#include <vector>

using actlab::explorer::LabPresentation;
using actlab::explorer::MainWindow;
using actlab::explorer::TrainingLab;
using actlab::explorer::UnitGrid;
using actlab::explorer::WarningLabel;
using actlab::explorer::testing::atStep;
using actlab::explorer::testing::waitForFrame;
using actlab::plot::TrainingPanel;

namespace {

std::unique_ptr<MainWindow> newWindow() {
    auto w = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    w->setThemeMode(actlab::explorer::ThemeMode::Light);
    w->resize(1280, 800);
    w->show();
    QApplication::processEvents();
    return w;
}

/// A size the lab draws with; `pixels`: a whole number of pixels (rounded after scaling).
struct Size {
    double value;
    bool pixels = false;
    bool operator==(const Size&) const = default;
};

/// Every size the lab draws with that presentation mode scales: the figure's fonts, pens, ticks and dots
/// (each panel's, each kind of curve's), the unit grid's scale and the controls' font.
std::vector<Size> labSizes(const TrainingLab& lab) {
    std::vector<Size> sizes;
    const actlab::plot::TrainingFigure* figure = lab.figure();
    std::vector<QCPAxisRect*> rects{figure->surfacePanel(0)};
    for (TrainingPanel p :
         {TrainingPanel::Loss, TrainingPanel::Accuracy, TrainingPanel::DeadFraction, TrainingPanel::Alpha})
        rects.push_back(figure->curvePanel(p));
    for (QCPAxisRect* rect : rects) {
        EXPECT_NE(rect, nullptr);
        if (!rect) continue;
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        sizes.insert(sizes.end(), {{x->tickLabelFont().pointSizeF()},
                                   {x->labelFont().pointSizeF()},
                                   {x->basePen().widthF()},
                                   {x->tickPen().widthF()},
                                   {x->grid()->pen().widthF()},
                                   {static_cast<double>(x->tickLengthOut()), true}});
    }
    const QList<QCPGraph*> dots = figure->surfacePanel(0)->graphs();
    EXPECT_GE(dots.size(), 2);
    for (QCPGraph* g : dots)
        sizes.insert(sizes.end(), {{g->scatterStyle().size()}, {g->scatterStyle().pen().widthF()}});
    sizes.push_back({figure->curve(TrainingPanel::Loss, 0)->pen().widthF()});
    sizes.push_back({figure->curve(TrainingPanel::DeadFraction, 3)->pen().widthF()});
    EXPECT_NE(figure->alphaCurve(2, 0), nullptr);
    if (figure->alphaCurve(2, 0)) sizes.push_back({figure->alphaCurve(2, 0)->pen().widthF()});
    sizes.push_back({lab.unitGrid()->scale()});
    sizes.push_back({lab.unitGrid()->font().pointSizeF()});
    sizes.push_back({lab.playButton()->font().pointSizeF()});
    sizes.push_back({lab.findChild<WarningLabel*>()->font().pointSizeF()}); // the status line
    sizes.push_back({lab.speedBox()->font().pointSizeF()});
    return sizes;
}

void expectScaled(const std::vector<Size>& sizes, const std::vector<Size>& ordinary, double scale) {
    ASSERT_EQ(sizes.size(), ordinary.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const double expected = ordinary[i].value * scale;
        EXPECT_DOUBLE_EQ(sizes[i].value, ordinary[i].pixels ? std::round(expected) : expected)
            << "size " << i;
    }
}

TEST(LabPresentation, ScalesTheLabByThePresentationsScaleAndGivesItBack) {
    auto w = newWindow();
    TrainingLab* lab = w->openTrainingLab();
    ASSERT_TRUE(lab->loadExperiment(QStringLiteral("leaky-prelu-elu"))); // four runs, one of them PReLU
    lab->step(5);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 5); }));
    lab->resize(1280, 800); // above the four runs' minimum width
    QApplication::processEvents();
    const std::vector<Size> ordinary = labSizes(*lab);
    const QRect ordinaryGeometry = lab->geometry();
    ASSERT_TRUE(lab->settingsShown());
    ASSERT_FALSE(lab->isFullScreen());

    w->presentation()->setScale(2);
    w->presentation()->enter();
    QApplication::processEvents();
    LabPresentation* presented = w->labPresentation();
    ASSERT_NE(presented, nullptr);
    EXPECT_TRUE(presented->isPresenting()) << "the open lab is presented with the slides";
    EXPECT_TRUE(lab->isVisible());
    EXPECT_EQ(lab->displayScale(), 2.0);
    expectScaled(labSizes(*lab), ordinary, 2);
    // Full screen on the presentation's screen, the figure without the settings column beside it.
    EXPECT_TRUE(lab->isFullScreen());
    EXPECT_EQ(lab->geometry(), w->screen()->geometry());
    EXPECT_EQ(lab->screen(), w->screen());
    EXPECT_FALSE(lab->settingsShown());
    EXPECT_FALSE(lab->settingsColumn()->isVisible());
    for (QWidget* control :
         std::initializer_list<QWidget*>{lab->playButton(), lab->stepButton(), lab->resetButton(),
                                         lab->speedBox(), lab->settingsButton()})
        EXPECT_TRUE(control->isVisible()) << control->objectName().toStdString();
    // The unit grid asks for its whole height when that is a quarter of the screen or less, else scrolls
    // (here, at 2 × on a small screen, the runs stand one below the other).
    auto* gridScroll = qobject_cast<QScrollArea*>(lab->unitGrid()->parentWidget()->parentWidget());
    ASSERT_NE(gridScroll, nullptr);
    const int whole = lab->unitGrid()->contentHeight() + 2 * gridScroll->frameWidth();
    EXPECT_EQ(gridScroll->minimumHeight(), whole <= lab->height() / 4 ? whole : 0);
    // The frame drawn is the one trained: scaling restyles, it does not reset.
    ASSERT_NE(lab->frame(), nullptr);
    EXPECT_EQ(lab->frame()->runs.front().metrics.step, 5);
    EXPECT_EQ(lab->request().step, 5);
    // The settings unfold on demand, in the scaled font.
    QTest::mouseClick(lab->settingsButton(), Qt::LeftButton);
    EXPECT_TRUE(lab->settingsColumn()->isVisible());
    EXPECT_EQ(lab->experimentBox()->font().pointSizeF(), 2 * ordinary.back().value);
    QTest::mouseClick(lab->settingsButton(), Qt::LeftButton);
    EXPECT_FALSE(lab->settingsColumn()->isVisible());

    // Ctrl+= in the lab: as in the presentation, a quarter larger.
    ASSERT_EQ(QApplication::activeWindow(), lab);
    QTest::keyClick(lab->playButton(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_EQ(w->presentation()->scale(), 2.25);
    expectScaled(labSizes(*lab), ordinary, 2.25);
    QTest::keyClick(lab->playButton(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(w->presentation()->scale(), 2.0);
    expectScaled(labSizes(*lab), ordinary, 2);

    w->presentation()->leave();
    QApplication::processEvents();
    EXPECT_FALSE(presented->isPresenting());
    EXPECT_TRUE(lab->isVisible()) << "the lab stays open, as a window of its own";
    expectScaled(labSizes(*lab), ordinary, 1); // exactly the ordinary sizes again
    EXPECT_FALSE(lab->isFullScreen());
    EXPECT_EQ(lab->geometry(), ordinaryGeometry);
    EXPECT_TRUE(lab->settingsShown());
    EXPECT_EQ(lab->frame()->runs.front().metrics.step, 5);
}

TEST(LabPresentation, TheUnitGridsTilesGapsAndMarginsScale) {
    // Wide enough that the tiles are at their largest at both scales.
    actlab::plot::TrainingSnapshot run;
    run.label = "ReLU";
    run.dead = {std::vector<bool>(40, false), std::vector<bool>(40, false)};
    run.dead[1][3] = true;
    run.active = {std::vector<double>(40, 0.5), std::vector<double>(40, 0.5)};
    run.active[1][3] = 0;
    UnitGrid ordinary, scaled;
    scaled.setScale(2);
    for (UnitGrid* grid : {&ordinary, &scaled}) {
        grid->resize(3000, 400);
        grid->setRuns({run});
    }
    const QRect a = ordinary.tileRect(0, 0, 0), b = ordinary.tileRect(0, 0, 1);
    const QRect a2 = scaled.tileRect(0, 0, 0), b2 = scaled.tileRect(0, 0, 1);
    ASSERT_FALSE(a.isEmpty());
    EXPECT_EQ(a2.size(), 2 * a.size());
    EXPECT_EQ(b2.left() - a2.left(), 2 * (b.left() - a.left())) << "tile and gap";
    // The second row of layer 1 (units 33–40), below the first by a tile and a gap.
    EXPECT_EQ(scaled.tileRect(0, 0, 32).top() - a2.top(), 2 * (ordinary.tileRect(0, 0, 32).top() - a.top()));
    EXPECT_TRUE(scaled.tileDead(0, 1, 3));
    scaled.setScale(1);
    EXPECT_EQ(scaled.tileRect(0, 0, 0), a) << "back to the ordinary tiles";
}

TEST(LabPresentation, TheUnitGridsRunsStandSideBySideWhenTheWidthAllows) {
    // Four runs of 2 × 16 units, as the built-in lesson's live step trains.
    std::vector<actlab::plot::TrainingSnapshot> runs(4);
    for (auto& run : runs) {
        run.label = "run";
        run.dead = {std::vector<bool>(16, false), std::vector<bool>(16, false)};
        run.active = {std::vector<double>(16, 1.0), std::vector<double>(16, 1.0)};
    }
    UnitGrid grid;
    grid.setScale(1.5);
    grid.resize(1900, 300);
    grid.setRuns(runs);
    const QRect first = grid.tileRect(0, 1, 15);
    for (int r = 1; r < 4; ++r) {
        EXPECT_EQ(grid.tileRect(r, 1, 15).top(), first.top()) << "run " << r << " beside the first";
        EXPECT_EQ(grid.tileRect(r, 0, 0).left() - grid.tileRect(r - 1, 0, 0).left(), (1900 - 2 * 9) / 4);
        EXPECT_LT(grid.tileRect(r - 1, 0, 15).right(), grid.tileRect(r, 0, 0).left());
    }
    EXPECT_EQ(grid.tileRect(0, 0, 15).top(), grid.tileRect(0, 0, 0).top()) << "a layer in one row";
    EXPECT_LE(grid.minimumSizeHint().height(), first.bottom() + 2 * 9 + 3) << "one block high";
    // Too narrow for 16 tiles a column: one run below the other again.
    UnitGrid narrow;
    narrow.setScale(1.5);
    narrow.resize(400, 300);
    narrow.setRuns(runs);
    EXPECT_GT(narrow.tileRect(1, 0, 0).top(), narrow.tileRect(0, 1, 0).bottom());
    EXPECT_EQ(narrow.tileRect(1, 0, 0).left(), narrow.tileRect(0, 0, 0).left());
}

TEST(LabPresentation, TheStatusLineFollowsTheLabsFontAndKeepsItsWarningColour) {
    using actlab::explorer::testing::wcagContrast;
    QWidget window;
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef)); // Fusion's
    window.setPalette(light);
    auto* status = new WarningLabel(&window);
    status->setWarning(false);
    const double pt = status->font().pointSizeF();
    QFont twice = window.font();
    twice.setPointSizeF(2 * pt);
    window.setFont(twice);
    EXPECT_EQ(status->font().pointSizeF(), 2 * pt) << "the window's font, as a presented lab scales it";
    status->setWarning(true);
    EXPECT_TRUE(status->font().bold());
    EXPECT_EQ(status->font().pointSizeF(), 2 * pt);
    EXPECT_EQ(status->palette().color(QPalette::WindowText), actlab::plot::Theme::light().warningText);
    EXPECT_GE(wcagContrast(status->palette().color(QPalette::WindowText), QColor(0xef, 0xef, 0xef)), 4.5);
    // A dark window (View ▸ Theme): the dark theme's warning colour, 4.5:1 on it too.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    window.setPalette(dark);
    EXPECT_EQ(status->palette().color(QPalette::WindowText), actlab::plot::Theme::dark().warningText);
    EXPECT_GE(wcagContrast(status->palette().color(QPalette::WindowText), QColor(0x2b, 0x2b, 0x2b)), 4.5);
    status->setWarning(false);
    EXPECT_FALSE(status->font().bold());
    EXPECT_EQ(status->palette().color(QPalette::WindowText), window.palette().color(QPalette::WindowText));
    window.setFont(QFont());
    EXPECT_EQ(status->font().pointSizeF(), pt);
}

/// Lands a step transition the presentation may have started (steps with the same curves ease).
void settle(MainWindow& w) {
    if (w.presentation()->inTransition())
        w.presentation()->transition()->setCurrentTime(actlab::explorer::Presentation::kTransitionMs);
    QApplication::processEvents();
}

/// The built-in lesson's live step, presented.
struct LiveLesson {
    std::unique_ptr<MainWindow> w = newWindow();
    int live = -1;

    LiveLesson() {
        EXPECT_TRUE(w->openBuiltInLesson());
        for (int i = 0; i < w->document()->stepCount(); ++i)
            if (w->document()->lesson().steps[static_cast<std::size_t>(i)].title ==
                QLatin1String("Dying ReLUs, live"))
                live = i;
        EXPECT_GE(live, 0);
        w->presentation()->enter();
        QApplication::processEvents();
    }
};

TEST(LabPresentation, TheClickerStepsTheLessonFromTheLab) {
    LiveLesson lesson;
    auto* doc = lesson.w->document();
    const int live = lesson.live;
    ASSERT_TRUE(doc->lesson().steps[static_cast<std::size_t>(live + 1)].lab);
    ASSERT_FALSE(doc->lesson().steps[static_cast<std::size_t>(live + 2)].lab);
    lesson.w->presentation()->showStep(live);
    TrainingLab* lab = lesson.w->trainingLab();
    ASSERT_NE(lab, nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(lab->isFullScreen());
    EXPECT_EQ(lab->geometry(), lesson.w->screen()->geometry()) << "the lab covers the presenting screen";
    EXPECT_EQ(lab->displayScale(), lesson.w->presentation()->scale());
    ASSERT_EQ(QApplication::activeWindow(), lab) << "the lab has the keys";
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.playing; }));

    // Space is the lab's: it pauses (the lesson stays).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return !f.playing; }));
    EXPECT_EQ(doc->currentStep(), live);

    // PgDn in the lab: the remedy's step, in the lab again, still presented and with the keys.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    settle(*lesson.w);
    EXPECT_EQ(doc->currentStep(), live + 1);
    EXPECT_EQ(lab->experimentBox()->currentData().toString(), QStringLiteral("positive-bias"));
    QApplication::processEvents();
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.runs.size() == 2; }));
    QApplication::processEvents();
    // Two runs side by side, their units whole in the grid's area (without scrolling).
    EXPECT_EQ(lab->unitGrid()->tileRect(1, 0, 0).top(), lab->unitGrid()->tileRect(0, 0, 0).top());
    EXPECT_GE(lab->unitGrid()->parentWidget()->height(), lab->unitGrid()->contentHeight());
    EXPECT_TRUE(lab->isVisible());
    EXPECT_TRUE(lab->isFullScreen());
    EXPECT_EQ(QApplication::activeWindow(), lab);
    // → goes on to a step without the lab: the lab closes and the slide shows, with the keys.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    settle(*lesson.w);
    EXPECT_EQ(doc->currentStep(), live + 2);
    EXPECT_FALSE(lab->isVisible());
    EXPECT_FALSE(doc->lab()) << "the closed lab is no longer part of the session";
    EXPECT_EQ(QApplication::activeWindow(), lesson.w.get());
    EXPECT_TRUE(lesson.w->presentation()->isActive());
    // PgUp from the slide: back to the remedy, the lab presented again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
    settle(*lesson.w);
    EXPECT_EQ(doc->currentStep(), live + 1);
    EXPECT_TRUE(lab->isVisible());
    EXPECT_TRUE(lab->isFullScreen());
    EXPECT_EQ(QApplication::activeWindow(), lab);
    // ← in the lab: back to the live step.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    settle(*lesson.w);
    EXPECT_EQ(doc->currentStep(), live);
    EXPECT_EQ(lab->experimentBox()->currentData().toString(), QStringLiteral("leaky-prelu-elu"));
}

TEST(LabPresentation, EscReturnsToThePresentationAndTheLabOpensOrdinaryAfterwards) {
    LiveLesson lesson;
    lesson.w->presentation()->showStep(lesson.live);
    TrainingLab* lab = lesson.w->trainingLab();
    ASSERT_NE(lab, nullptr);
    QApplication::processEvents();
    ASSERT_EQ(QApplication::activeWindow(), lab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_FALSE(lab->isVisible());
    EXPECT_TRUE(lesson.w->presentation()->isActive()) << "Esc in the lab leaves only the lab";
    EXPECT_EQ(QApplication::activeWindow(), lesson.w.get());
    EXPECT_EQ(lesson.w->document()->currentStep(), lesson.live);
    // Outside presentation mode the lab opens as a window of its own, at the ordinary scale.
    lesson.w->presentation()->leave();
    lesson.w->openTrainingLab();
    QApplication::processEvents();
    EXPECT_FALSE(lab->isFullScreen());
    EXPECT_EQ(lab->displayScale(), 1.0);
    EXPECT_TRUE(lab->settingsShown());
    EXPECT_FALSE(lesson.w->labPresentation()->key(LabPresentation::Next)->isEnabled())
        << "→ and PgDn are the lab's own outside presentation mode";
}

} // namespace
