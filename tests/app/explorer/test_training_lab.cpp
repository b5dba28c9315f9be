// SPDX-License-Identifier: GPL-3.0-or-later
// The training lab (issue 11, item 3), driven offscreen: its Step advances exactly as the core Trainer
// with the same configuration written out here (metrics equal bit for bit), compare mode trains every
// activation from the same initial weights, the unit grid crosses out exactly the units whose f′ is 0
// on the whole training set (computed here from a forward pass of an independent trainer), Play, Pause
// and Reset from a test with bounded waits, the experiments' claims through the lab's own configuration
// path, and closing the window while it trains. Also the steps per second of the worker while the window
// draws a 2 × 64 network on two moons (printed for the README; not asserted beyond progress).
#include "document/document.hpp"
#include "explorer/main_window.hpp"
#include "explorer/training_lab.hpp"
#include "explorer/unit_grid.hpp"
#include "explorer/warning_label.hpp"
#include "lab_test_support.hpp"
#include "plot/curve_label.hpp"
#include "plot/plot_command.hpp"
#include "plot/training_figure.hpp"

#include <actlab/analysis/training_experiments.hpp>
#include <actlab/catalogue.hpp>

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>

using actlab::explorer::MainWindow;
using actlab::explorer::TrainingLab;
using actlab::explorer::testing::atStep;
using actlab::explorer::testing::waitForFrame;
namespace an = actlab::analysis;

namespace {

/// The lab's default network, written out: 2 × 16, Adam at η = 0.01, He, bias 0, batch 16, seed 1,
/// cross-entropy on two moons (200 points, noise 0.1, seed 1).
an::TrainerConfig defaultConfig(const char* id) {
    const actlab::Activation* a = actlab::findActivation(id);
    an::TrainerConfig c;
    c.hiddenLayers = 2;
    c.width = 16;
    c.activation = {a, a->defaults()};
    c.loss = an::Loss::CrossEntropy;
    c.optimiser = {an::OptimiserKind::Adam, 0.01};
    c.init = an::makeInitialisation(an::InitScheme::He, 0.0, 0.0);
    c.batch = 16;
    c.seed = 1;
    return c;
}

an::Dataset moons(std::uint64_t seed = 1) {
    an::DatasetConfig d;
    d.seed = seed;
    return an::makeDataset(d);
}

/// A loss as the run's heading writes it: two significant digits (a loss of 1.7e−05 is not "0"),
/// printf's %.2g with the minus sign U+2212.
QString lossText(double loss) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2g", loss);
    return QString::fromLatin1(text).replace(u'-', QChar(0x2212));
}

std::unique_ptr<TrainingLab> newLab() {
    auto lab = std::make_unique<TrainingLab>();
    lab->resize(1280, 720);
    lab->show();
    EXPECT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 0); }));
    return lab;
}

TEST(TrainingLab, StepAdvancesExactlyLikeTheCoreTrainer) {
    auto lab = newLab();
    for (int i = 0; i < 7; ++i)
        lab->stepButton()->click();
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 7); }));
    an::Trainer core(defaultConfig("relu"), moons());
    for (int i = 0; i < 7; ++i)
        core.step();
    const an::TrainingMetrics expected = core.evaluate();
    const an::TrainingMetrics& got = lab->frame()->runs.front().metrics;
    EXPECT_EQ(got.step, 7);
    EXPECT_EQ(got.loss, expected.loss); // bit for bit
    EXPECT_EQ(got.accuracy, expected.accuracy);
    EXPECT_EQ(got.deadFraction, expected.deadFraction);
    EXPECT_EQ(got.deadUnits, expected.deadUnits);
    // The figure's loss curve ends on that value, and the run's heading gives it with the dead share.
    const QCPGraph* loss = lab->figure()->curve(actlab::plot::TrainingPanel::Loss, 0);
    ASSERT_NE(loss, nullptr);
    ASSERT_GT(loss->data()->size(), 0);
    EXPECT_EQ((loss->data()->constEnd() - 1)->value, expected.loss);
    EXPECT_EQ(lab->figure()->runTitle(0),
              QStringLiteral("ReLU\n%1 % dead, loss %2")
                  .arg(actlab::plot::formatLabelNumber(std::round(expected.deadFraction * 1000) / 10),
                       lossText(expected.loss)));
}

TEST(TrainingLab, CompareModeTrainsEveryActivationFromTheSameInitialWeights) {
    auto lab = newLab();
    lab->compareBox()->setChecked(true);
    const auto setup = lab->setup();
    ASSERT_TRUE(setup);
    ASSERT_EQ(setup->runs.size(), 4u);
    const char* ids[] = {"relu", "leaky_relu", "prelu", "elu"};
    // The same initial weights and biases, bit for bit, in every run.
    an::Trainer first(setup->runs[0].trainer, an::makeDataset(setup->data));
    for (std::size_t r = 0; r < 4; ++r) {
        EXPECT_EQ(setup->runs[r].trainer.activation.activation->id, ids[r]);
        an::Trainer t(setup->runs[r].trainer, an::makeDataset(setup->data));
        for (std::size_t l = 0; l < t.network().layerCount(); ++l) {
            EXPECT_EQ(t.network().layer(l).weight, first.network().layer(l).weight) << r << ' ' << l;
            EXPECT_EQ(t.network().layer(l).bias, first.network().layer(l).bias) << r << ' ' << l;
        }
    }
    // And each run trains as the core trainer of its activation with the default settings.
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.runs.size() == 4 && atStep(f, 0); }));
    lab->step(20);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.runs.size() == 4 && atStep(f, 20); }));
    for (std::size_t r = 0; r < 4; ++r) {
        an::Trainer core(defaultConfig(ids[r]), moons());
        for (int i = 0; i < 20; ++i)
            core.step();
        EXPECT_EQ(lab->frame()->runs[r].metrics.loss, core.evaluate().loss) << ids[r];
    }
    EXPECT_EQ(lab->figure()->runs(), 4);
    EXPECT_NE(lab->figure()->alphaCurve(2, 0), nullptr) << "PReLU's α is drawn";
    EXPECT_EQ(lab->figure()->alphaCurve(0, 0), nullptr) << "ReLU has no α";
}

TEST(TrainingLab, AProblemIsShownInTheWarningColourUntilTheSettingsAreFixed) {
    auto lab = newLab();
    auto* status = lab->findChild<actlab::explorer::WarningLabel*>();
    ASSERT_NE(status, nullptr);
    EXPECT_FALSE(status->isWarning());
    lab->compareBox()->setChecked(true);
    // Three of the four compare slots emptied: one activation is no comparison.
    int emptied = 0;
    for (QComboBox* box : lab->findChildren<QComboBox*>()) {
        const int none = box->findText(QStringLiteral("(none)"));
        if (none < 0 || emptied == 3) continue;
        box->setCurrentIndex(none);
        ++emptied;
    }
    ASSERT_EQ(emptied, 3);
    EXPECT_TRUE(status->isWarning());
    EXPECT_EQ(status->text(), QStringLiteral("choose at least two activations to compare"));
    lab->compareBox()->setChecked(false);
    EXPECT_FALSE(status->isWarning());
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("step ")));
}

TEST(TrainingLab, TheGridCrossesOutExactlyTheDeadUnits) {
    auto lab = newLab();
    ASSERT_TRUE(lab->loadExperiment(QStringLiteral("negative-bias")));
    lab->step(40);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.runs.size() == 2 && atStep(f, 40); }));
    const an::TrainingExperiment& e = *an::findTrainingExperiment("negative-bias");
    int dead = 0, alive = 0;
    for (std::size_t r = 0; r < e.runs.size(); ++r) {
        an::Trainer core(e.runs[r].trainer, an::makeDataset(e.data));
        for (int i = 0; i < 40; ++i)
            core.step();
        // Dead: f′ = 0 on every example, from a forward pass over the whole training set.
        an::ForwardCache cache;
        core.network().forward(core.data().x, cache);
        for (int l = 0; l < e.runs[r].trainer.hiddenLayers; ++l)
            for (int u = 0; u < e.runs[r].trainer.width; ++u) {
                const bool expected = (cache.df[static_cast<std::size_t>(l)].row(u).array() == 0.0).all();
                EXPECT_EQ(lab->unitGrid()->tileDead(static_cast<int>(r), l, u), expected)
                    << r << ' ' << l << ' ' << u;
                EXPECT_FALSE(lab->unitGrid()->tileRect(static_cast<int>(r), l, u).isEmpty());
                (expected ? dead : alive) += 1;
            }
    }
    EXPECT_GE(dead, 20) << "ReLU with biases at −2 has most units dead";
    EXPECT_GE(alive, 32) << "Leaky ReLU has none";
    EXPECT_TRUE(lab->unitGrid()->tileText(0, 0, 0).contains(QStringLiteral("layer 1, unit 1")));
}

TEST(TrainingLab, PlayPauseAndReset) {
    auto lab = newLab();
    const int fastest = lab->speedBox()->findData(0);
    ASSERT_GE(fastest, 0);
    lab->speedBox()->setCurrentIndex(fastest);
    lab->playButton()->click();
    ASSERT_TRUE(
        waitForFrame(*lab, [](const auto& f) { return f.playing && f.runs.front().metrics.step > 50; }));
    EXPECT_TRUE(lab->playing());
    EXPECT_EQ(lab->playButton()->text(), QStringLiteral("Pause"));
    lab->playButton()->click();
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return !f.playing; }));
    const long paused = lab->frame()->runs.front().metrics.step;
    QSignalSpy spy(lab.get(), &TrainingLab::frameShown);
    spy.wait(300); // nothing moves while paused
    EXPECT_EQ(lab->frame()->runs.front().metrics.step, paused);
    EXPECT_EQ(lab->playButton()->text(), QStringLiteral("Play"));
    lab->playButton()->click();
    ASSERT_TRUE(
        waitForFrame(*lab, [&](const auto& f) { return f.playing && f.runs.front().metrics.step > paused; }));
    lab->resetButton()->click();
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 0); }));
    an::Trainer core(defaultConfig("relu"), moons());
    EXPECT_EQ(lab->frame()->runs.front().metrics.loss, core.evaluate().loss) << "back to the first weights";
}

TEST(TrainingLab, ExperimentsHoldTheirClaimsThroughTheLab) {
    auto lab = newLab();
    ASSERT_TRUE(lab->loadExperiment(QStringLiteral("leaky-prelu-elu")));
    EXPECT_EQ(lab->experimentBox()->currentData().toString(), QStringLiteral("leaky-prelu-elu"));
    lab->step(250);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.runs.size() == 4 && atStep(f, 250); }));
    const auto& runs = lab->frame()->runs;
    EXPECT_GE(runs[0].metrics.deadFraction, 0.4) << "ReLU";
    for (std::size_t r = 1; r < 4; ++r) {
        EXPECT_EQ(runs[r].metrics.deadFraction, 0.0) << runs[r].label;
        EXPECT_GE(runs[r].metrics.accuracy, 0.95) << runs[r].label;
    }
    ASSERT_TRUE(runs[2].preluSlopes);
    double furthest = 0;
    for (const auto& unit : runs[2].alpha)
        furthest = std::fmax(furthest, std::fabs(unit.back() - 0.25));
    EXPECT_GE(furthest, 0.5) << "PReLU's α moved away from 0.25";
    // Editing a control leaves the experiment for one's own settings.
    lab->compareBox()->setChecked(true);
    EXPECT_EQ(lab->experimentBox()->currentIndex(), 0);
}

TEST(TrainingLab, ClosingWhileTrainingStopsCleanly) {
    auto lab = newLab();
    lab->speedBox()->setCurrentIndex(lab->speedBox()->findData(0));
    lab->compareBox()->setChecked(true);
    lab->play();
    ASSERT_TRUE(
        waitForFrame(*lab, [](const auto& f) { return f.playing && f.runs.front().metrics.step > 10; }));
    lab->close();
    lab.reset(); // the thread is stopped and joined, the worker deleted (AddressSanitizer checks)
    SUCCEED();
}

TEST(TrainingLab, OpensFromTheViewMenuOnTheSelectedCurve) {
    MainWindow window(MainWindow::Options{false, false, false});
    window.show();
    actlab::plot::FigureSpec spec;
    spec.curves = {*actlab::plot::parseCurveSpec(QStringLiteral("elu"), nullptr),
                   *actlab::plot::parseCurveSpec(QStringLiteral("leaky_relu:alpha=0.2"), nullptr)};
    window.document()->reset(spec, 1, std::nullopt);
    QAction* action = window.action(QStringLiteral("actionTrainingLab"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    action->trigger();
    TrainingLab* lab = window.trainingLab();
    ASSERT_NE(lab, nullptr);
    EXPECT_TRUE(lab->isVisible());
    const auto setup = lab->setup();
    ASSERT_TRUE(setup);
    EXPECT_EQ(setup->runs.front().trainer.activation.activation->id, "leaky_relu");
    EXPECT_EQ(setup->runs.front().trainer.activation.params, std::vector<double>{0.2});
}

/// Steps per second of the worker while the window draws every frame: 2 × 64 ReLU units on two moons,
/// batch 32, SGD with momentum at η = 0.1 (`actlab train`'s defaults), as fast as possible for three
/// seconds at 1280 × 720. Printed (the README quotes it); asserted only to make progress.
TEST(TrainingLabSpeed, StepsPerSecondWhileTheWindowDraws) {
    auto lab = newLab();
    lab->findChild<QComboBox*>(); // controls exist
    auto boxes = lab->findChildren<QSpinBox*>();
    for (QSpinBox* box : boxes)
        if (box->value() == 16 && box->maximum() == an::kMaxTrainWidth) box->setValue(64);
    for (QSpinBox* box : boxes)
        if (box->value() == 16 && box->maximum() == an::kMaxDatasetSamples) box->setValue(32);
    const auto setup = lab->setup();
    ASSERT_TRUE(setup);
    ASSERT_EQ(setup->runs.front().trainer.width, 64);
    ASSERT_EQ(setup->runs.front().trainer.batch, 32);
    lab->speedBox()->setCurrentIndex(lab->speedBox()->findData(0));
    lab->play();
    QElapsedTimer clock;
    clock.start();
    int frames = 0;
    QSignalSpy spy(lab.get(), &TrainingLab::frameShown);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.playing; }));
    const long start = lab->frame()->runs.front().metrics.step;
    clock.restart();
    while (clock.elapsed() < 3000)
        if (spy.wait(200)) ++frames;
    const long steps = lab->frame()->runs.front().metrics.step - start;
    const double seconds = static_cast<double>(clock.elapsed()) / 1000;
    lab->pause();
    std::cout << "[ lab speed ] " << steps << " steps in " << seconds << " s = " << steps / seconds
              << " steps/s (worker's own measure " << lab->frame()->stepsPerSecond << "), "
              << frames / seconds << " frames/s drawn\n";
    EXPECT_GT(steps, 0);
}

} // namespace
