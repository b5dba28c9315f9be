// SPDX-License-Identifier: GPL-3.0-or-later
// The window's deep-network view (issue 10, item 4), driven offscreen: it follows the document's curves
// in their colours, shows the mean-field values of closed forms written out here (ReLU q_{l+1} = σ_w² q_l
// / 2 with σ_b² = 0, χ = σ_w²/2), the He button and the σ_w² slider change them, and a Monte-Carlo run
// in progress is cancelled by the next change.
#include "document/document.hpp"
#include "explorer/background_job.hpp"
#include "explorer/depth_view.hpp"
#include "explorer/main_window.hpp"
#include "explorer/monte_carlo_run.hpp"
#include "plot/analysis_figure.hpp"
#include "plot/plot_command.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <cmath>
#include <memory>

using actlab::explorer::DepthView;
using actlab::explorer::MainWindow;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;

namespace {

/// A curve written as on the command line ("leaky_relu:alpha=0.5").
CurveSpec curve(const char* text) {
    return *actlab::plot::parseCurveSpec(QString::fromLatin1(text), nullptr);
}

/// A window showing `curves`, with its deep-network dock opened through the View menu's action.
std::unique_ptr<MainWindow> windowWith(std::initializer_list<CurveSpec> curves) {
    auto window = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    window->setThemeMode(actlab::explorer::ThemeMode::Light);
    window->resize(1280, 900);
    window->show();
    FigureSpec spec;
    spec.curves = curves;
    window->document()->reset(spec, -1, std::nullopt);
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("deepNetworkDock"));
    EXPECT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible()); // closed until asked for
    EXPECT_EQ(dock->toggleViewAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    dock->toggleViewAction()->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(window->depthView()->isVisible());
    return window;
}

std::vector<double> values(const QCPGraph* graph) {
    std::vector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.push_back(it->value);
    return out;
}

actlab::plot::AnalysisSettings theoryOnly(int layers, double sigmaW2) {
    actlab::plot::AnalysisSettings s;
    s.layers = layers;
    s.sigmaW2 = sigmaW2;
    s.monteCarlo = false;
    return s;
}

TEST(DepthView, FollowsTheCurvesInTheirColours) {
    auto window = windowWith({curve("relu"), curve("tanh"), curve("sigmoid")});
    DepthView* view = window->depthView();
    view->setSettings(theoryOnly(10, 1));
    ASSERT_EQ(view->curves().size(), 3u);
    const auto& theme = window->theme();
    for (int c = 0; c < 3; ++c) {
        EXPECT_EQ(view->figure(DepthView::DepthTab)->theoryGraph(0, c)->pen().color(), theme.color(c));
        EXPECT_EQ(view->figure(DepthView::DepthTab)->theoryGraph(0, c)->name(), window->document()->label(c));
    }
    // Removing a curve and hiding another: the view follows at once.
    window->document()->removeCurve(1);
    window->document()->setVisible(0, false);
    ASSERT_EQ(view->curves().size(), 1u);
    EXPECT_EQ(view->curves()[0].label, QStringLiteral("Sigmoid"));
}

TEST(DepthView, ReluValuesAreTheClosedForms) {
    auto window = windowWith({curve("relu")});
    DepthView* view = window->depthView();
    view->setSettings(theoryOnly(12, 1));
    auto* figure = view->figure(DepthView::DepthTab);
    const auto q = values(figure->theoryGraph(0, 0));
    const auto g = values(figure->theoryGraph(1, 0));
    ASSERT_EQ(q.size(), 12u);
    for (int l = 1; l <= 12; ++l) {
        // σ_w² = 1, σ_b² = 0, q_in = 1: q_l = 2^(1−l); χ = 1/2, g_l = 2^(l−12).
        EXPECT_NEAR(q[static_cast<std::size_t>(l - 1)] / std::ldexp(1.0, 1 - l), 1.0, 1e-12);
        EXPECT_NEAR(g[static_cast<std::size_t>(l - 1)] / std::ldexp(1.0, l - 12), 1.0, 1e-12);
    }
    // He: q stays at σ_w² q_in = 2, g at 1.
    QTest::mouseClick(view->heButton(), Qt::LeftButton);
    EXPECT_EQ(view->settings().sigmaW2, 2.0);
    for (const double v : values(figure->theoryGraph(0, 0)))
        EXPECT_NEAR(v, 2.0, 2e-12);
    for (const double v : values(figure->theoryGraph(1, 0)))
        EXPECT_NEAR(v, 1.0, 1e-12);
    // The σ_w² slider at 1.5: q_l = 1.5 · 0.75^(l−1), the document's parameters untouched.
    view->slider(DepthView::SigmaW2Slider)->setValue(150);
    EXPECT_EQ(view->settings().sigmaW2, 1.5);
    const auto q15 = values(figure->theoryGraph(0, 0));
    for (int l = 1; l <= 12; ++l)
        EXPECT_NEAR(q15[static_cast<std::size_t>(l - 1)] / (1.5 * std::pow(0.75, l - 1)), 1.0, 1e-12);
    // A parameter changed in the document: Leaky ReLU α = 0.5 instead gives (1 + α²)/2 = 0.625 per layer.
    FigureSpec leakySpec;
    leakySpec.curves = {curve("leaky_relu:alpha=0.5")};
    window->document()->reset(leakySpec, -1, std::nullopt);
    const auto leaky = values(figure->theoryGraph(0, 0));
    for (int l = 1; l <= 12; ++l)
        EXPECT_NEAR(leaky[static_cast<std::size_t>(l - 1)] / (1.5 * std::pow(1.5 * 0.625, l - 1)), 1.0,
                    1e-12);
}

TEST(DepthView, MonteCarloIsCancelledByTheNextChange) {
    auto window = windowWith({curve("tanh"), curve("relu")});
    DepthView* view = window->depthView();
    actlab::plot::AnalysisSettings big = theoryOnly(200, 1);
    big.monteCarlo = true;
    big.width = 200;    // weights 8·N²·L = 64 MB
    big.batch = 100000; // minutes of work: it can only end by being cancelled
    view->setSettings(big);
    view->startMonteCarloNow();
    QPointer<actlab::explorer::MonteCarloRun> run = view->monteCarloRun();
    ASSERT_TRUE(run);
    EXPECT_TRUE(run->isRunning());
    EXPECT_TRUE(view->progressBar()->isVisible());
    QSignalSpy cancelled(run.data(), &actlab::explorer::MonteCarloRun::cancelled);
    // The next change: a smaller network (the new run waits for the pause after the last change).
    actlab::plot::AnalysisSettings small = big;
    small.layers = 5;
    small.width = 30;
    small.batch = 16;
    QSignalSpy finished(view, &DepthView::monteCarloFinished);
    view->setSettings(small);
    EXPECT_EQ(view->cancelledRuns(), 1);
    EXPECT_TRUE(run->isCancelled());
    EXPECT_NE(view->monteCarloRun(), run.data());
    EXPECT_TRUE(cancelled.wait(30000));           // its thread stops after the layer it is in
    QTRY_VERIFY_WITH_TIMEOUT(run.isNull(), 5000); // and the run is deleted
    // The new run's dots are the network's.
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
    EXPECT_EQ(view->cancelledRuns(), 1);
    EXPECT_FALSE(view->progressBar()->isVisible());
    for (int c = 0; c < 2; ++c) {
        const auto& mc = view->curves()[static_cast<std::size_t>(c)].monteCarlo;
        ASSERT_EQ(mc.size(), 5u);
        const auto dots = values(view->figure(DepthView::DepthTab)->monteCarloGraph(0, c));
        ASSERT_EQ(dots.size(), 5u);
        for (std::size_t l = 0; l < 5; ++l)
            EXPECT_EQ(dots[l], mc[l].q);
    }
}

TEST(DepthView, TheOtherTabsDrawTheSelectedCurve) {
    auto window = windowWith({curve("relu"), curve("selu")});
    DepthView* view = window->depthView();
    view->setSettings(theoryOnly(10, 1));
    window->document()->setSelected(1);
    view->tabs()->setCurrentIndex(DepthView::MeanVarTab);
    QCustomPlot* map = view->plot(DepthView::MeanVarTab);
    bool fixedPoint = false;
    for (int i = 0; i < map->graphCount(); ++i)
        fixedPoint = fixedPoint || map->graph(i)->name() == QStringLiteral("fixed point (0, 1)");
    EXPECT_TRUE(fixedPoint);
    view->tabs()->setCurrentIndex(DepthView::PhaseTab);
    QTRY_VERIFY_WITH_TIMEOUT(view->plot(DepthView::PhaseTab)->plottableCount() > 0, 60000);
}

TEST(DepthView, ThePhaseDiagramIsComputedInAWorkerCancelledByTheNextChange) {
    auto window = windowWith({curve("relu"), curve("selu")});
    DepthView* view = window->depthView();
    view->setSettings(theoryOnly(10, 1));
    window->document()->setSelected(1);
    view->tabs()->setCurrentIndex(DepthView::PhaseTab); // SELU's diagram starts in a worker
    QPointer<actlab::explorer::BackgroundJob> first = view->phaseJob();
    ASSERT_FALSE(first.isNull());
    EXPECT_TRUE(view->phaseProgressBar()->isVisibleTo(view));
    QSignalSpy ready(view, &DepthView::phaseDiagramReady);
    window->document()->setSelected(0); // ReLU: SELU's run is cancelled, ReLU's starts
    if (!first.isNull()) {
        EXPECT_TRUE(first->isCancelled());
    }
    ASSERT_NE(view->phaseJob(), first.data());
    ASSERT_TRUE(ready.wait(60000));
    EXPECT_EQ(ready.count(), 1); // the cancelled one never reports
    EXPECT_TRUE(first.isNull()); // and is deleted
    EXPECT_EQ(view->phaseJob(), nullptr);
    EXPECT_FALSE(view->phaseProgressBar()->isVisibleTo(view));
    // ReLU: E[f′²] = 1/2 at every q, so χ* = σ_w²/2 at every grid point (σ_b² only moves q*)
    const auto& d = view->phaseDiagram();
    ASSERT_EQ(d.chi.size(), static_cast<std::size_t>(d.w2Steps * d.b2Steps));
    const double dw = (d.w2Hi - d.w2Lo) / (d.w2Steps - 1);
    for (int j : {0, d.b2Steps - 1})
        for (int i : {0, 19, d.w2Steps - 1})
            EXPECT_NEAR(d.chi[static_cast<std::size_t>(j * d.w2Steps + i)], (d.w2Lo + i * dw) / 2, 1e-12);
    EXPECT_GT(view->plot(DepthView::PhaseTab)->plottableCount(), 0);
}

TEST(DepthView, APresetAboutDepthOpensTheView) {
    auto window = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    window->resize(1280, 900);
    window->show();
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("deepNetworkDock"));
    ASSERT_FALSE(dock->isVisible());
    ASSERT_TRUE(window->loadPreset(QStringLiteral("selu-fixed-point")));
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(window->depthView()->tabs()->currentIndex(), DepthView::MeanVarTab);
    ASSERT_TRUE(window->loadPreset(QStringLiteral("vanishing-gradients")));
    DepthView* view = window->depthView();
    EXPECT_EQ(view->tabs()->currentIndex(), DepthView::DepthTab);
    EXPECT_EQ(view->settings().layers, 30);
    ASSERT_EQ(view->curves().size(), 3u);
    // Sigmoid through 30 layers at σ_w² = 1: σ′ ≤ 1/4, so every χ ≤ 1/16 and g₁ ≤ 16^−29 = 2^−116.
    const auto g = values(view->figure(DepthView::DepthTab)->theoryGraph(1, 0));
    ASSERT_EQ(g.size(), 30u);
    EXPECT_LE(g.front(), std::ldexp(1.0, -116));
    EXPECT_GT(g.front(), 0.0);
}

} // namespace

TEST(DepthView, ALessonStepWithTheViewsSettingsOpensItWithThem) {
    auto window = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    window->resize(1280, 900);
    window->show();
    auto* doc = window->document();
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("deepNetworkDock"));
    ASSERT_NE(dock, nullptr);
    FigureSpec spec;
    spec.curves = {curve("relu")};
    actlab::plot::Session session{spec, 0, std::nullopt, {}};
    actlab::plot::AnalysisRequest he{actlab::plot::AnalysisKind::Depth, theoryOnly(30, 2)};
    actlab::plot::LessonStep plain{QStringLiteral("plain"), {}, spec, 0, {}};
    actlab::plot::LessonStep withView{QStringLiteral("He"), {}, spec, 0, {}};
    withView.analysis = he;
    session.lesson.steps = {plain, withView};
    ASSERT_TRUE(doc->open(session));
    EXPECT_FALSE(dock->isVisible()); // the session itself has the view closed
    ASSERT_TRUE(doc->goToStep(1));
    QApplication::processEvents();
    EXPECT_TRUE(dock->isVisible());
    DepthView* view = window->depthView();
    EXPECT_EQ(view->settings(), he.settings);
    EXPECT_EQ(view->tabs()->currentIndex(), DepthView::DepthTab);
    // ReLU with He: q = 2 and χ = 1 at every layer (closed form)
    ASSERT_EQ(view->curves().size(), 1u);
    for (const auto& layer : view->curves()[0].theory) {
        EXPECT_NEAR(layer.q, 2.0, 1e-13);
        EXPECT_NEAR(layer.chi, 1.0, 1e-13);
    }
    EXPECT_EQ(doc->analysis(), he); // what a save now writes

    // A step added now takes the view; a different tab and σ_w² are what the next step shows.
    view->tabs()->setCurrentIndex(DepthView::PhaseTab);
    view->slider(DepthView::SigmaW2Slider)->setValue(view->slider(DepthView::SigmaW2Slider)->value() / 2);
    const int added = doc->addStep(QStringLiteral("phase"));
    const auto& taken = doc->lesson().steps[static_cast<std::size_t>(added)].analysis;
    ASSERT_TRUE(taken.has_value());
    EXPECT_EQ(taken->kind, actlab::plot::AnalysisKind::Phase);
    EXPECT_DOUBLE_EQ(taken->settings.sigmaW2, 1.0);
    EXPECT_EQ(doc->session().analysis, taken);
    // Closing the view: the session no longer has it.
    dock->hide();
    EXPECT_FALSE(doc->analysis().has_value());
}

TEST(DepthView, TheBuiltInLessonsDepthStepsOpenTheView) {
    auto window = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    window->resize(1280, 900);
    window->show();
    ASSERT_TRUE(window->openBuiltInLesson());
    auto* doc = window->document();
    int withView = 0;
    for (int i = 0; i < doc->stepCount(); ++i) {
        const auto& step = doc->lesson().steps[static_cast<std::size_t>(i)];
        if (!step.analysis) continue;
        ++withView;
        ASSERT_TRUE(doc->goToStep(i));
        EXPECT_EQ(window->depthView()->settings(), step.analysis->settings) << i;
        EXPECT_EQ(window->depthView()->tabs()->currentIndex(), static_cast<int>(step.analysis->kind)) << i;
    }
    EXPECT_EQ(withView, 4); // sigmoid through 30 layers, ReLU without and with He, SELU's fixed point
}
