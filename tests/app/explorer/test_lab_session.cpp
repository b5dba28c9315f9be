// SPDX-License-Identifier: GPL-3.0-or-later
// The training lab in sessions and lessons (issue 11, item 4), driven offscreen: a session saved with the
// lab open (an experiment, or settings changed by hand in its controls) reopens the lab on the same
// setup, paused at the step it had reached, and that frame's loss is bit for bit the loss of a core
// Trainer configured here by hand and stepped as often; the lab's settings are not an undo step or an
// unsaved change; Lesson ▸ Add current view as step takes them; the built-in lesson's "Dying ReLUs, live"
// opens the lab on the experiment and its claim holds there, in English and in Chinese.
#include "document/document.hpp"
#include "explorer/main_window.hpp"
#include "explorer/presentation.hpp"
#include "explorer/session_files.hpp"
#include "explorer/training_lab.hpp"
#include "lab_test_support.hpp"

#include <actlab/analysis/training_experiments.hpp>
#include <actlab/catalogue.hpp>

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cmath>
#include <memory>

using actlab::explorer::MainWindow;
using actlab::explorer::TrainingLab;
using actlab::explorer::testing::atStep;
using actlab::explorer::testing::waitForFrame;
namespace an = actlab::analysis;

namespace {

std::unique_ptr<MainWindow> newWindow() {
    auto w = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    w->resize(1280, 800);
    w->show();
    QApplication::processEvents();
    return w;
}

/// The core's metrics of `config` on `data` after `steps` steps, computed without the lab.
an::TrainingMetrics coreRun(const an::TrainerConfig& config, const an::DatasetConfig& data, long steps) {
    an::Trainer t(config, an::makeDataset(data));
    for (long i = 0; i < steps; ++i)
        t.step();
    return t.evaluate();
}

template <typename T> T* control(TrainingLab* lab, const char* name) {
    T* w = lab->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

/// Saves the window's session to `path`, opens it in a new window, and returns that window once its lab
/// shows step `step`, paused.
std::unique_ptr<MainWindow> saveAndReopen(MainWindow& w, const QString& path, long step) {
    QString error;
    EXPECT_TRUE(w.files()->saveAs(path, &error)) << error.toStdString();
    auto again = newWindow();
    EXPECT_TRUE(again->files()->open(path, &error)) << error.toStdString();
    EXPECT_NE(again->trainingLab(), nullptr) << "the session opens the lab";
    if (again->trainingLab()) {
        EXPECT_TRUE(waitForFrame(*again->trainingLab(), [step](const auto& f) { return atStep(f, step); }));
    }
    return again;
}

TEST(LabSession, AnExperimentReopensAtTheStepItHadReached) {
    QTemporaryDir dir;
    auto w = newWindow();
    TrainingLab* lab = w->openTrainingLab();
    const int undoBefore = w->document()->undoStack()->count();
    ASSERT_TRUE(lab->loadExperiment(QStringLiteral("leaky-prelu-elu")));
    lab->step(37);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 37); }));
    // The document holds what the lab shows; neither an undo step nor an unsaved change.
    ASSERT_TRUE(w->document()->lab());
    EXPECT_EQ(w->document()->lab()->experiment, QStringLiteral("leaky-prelu-elu"));
    EXPECT_EQ(w->document()->lab()->step, 37);
    EXPECT_EQ(w->document()->undoStack()->count(), undoBefore);
    EXPECT_FALSE(w->isWindowModified());

    auto again = saveAndReopen(*w, dir.filePath(QStringLiteral("experiment.actlab")), 37);
    TrainingLab* reopened = again->trainingLab();
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(reopened->experimentBox()->currentData().toString(), QStringLiteral("leaky-prelu-elu"));
    EXPECT_FALSE(reopened->playing()) << "a session reopens the lab paused";
    EXPECT_FALSE(again->isWindowModified());
    // Each run's frame is the core's own after 37 steps, written out here: Adam at η = 0.2, 2 × 16, He,
    // batch 16, seed 1, two moons of seed 1.
    const char* ids[] = {"relu", "leaky_relu", "prelu", "elu"};
    ASSERT_EQ(reopened->frame()->runs.size(), 4u);
    for (std::size_t r = 0; r < 4; ++r) {
        const actlab::Activation* a = actlab::findActivation(ids[r]);
        an::TrainerConfig c;
        c.hiddenLayers = 2;
        c.width = 16;
        c.activation = {a, a->defaults()};
        c.optimiser = {an::OptimiserKind::Adam, 0.2};
        c.init = an::makeInitialisation(an::InitScheme::He);
        c.batch = 16;
        c.seed = 1;
        an::DatasetConfig d;
        d.seed = 1;
        const an::TrainingMetrics expected = coreRun(c, d, 37);
        const an::TrainingMetrics& got = reopened->frame()->runs[r].metrics;
        EXPECT_EQ(got.step, 37);
        EXPECT_EQ(got.loss, expected.loss) << ids[r]; // bit for bit
        EXPECT_EQ(got.deadUnits, expected.deadUnits) << ids[r];
    }
    // Closing the lab takes it out of the session.
    reopened->close();
    QApplication::processEvents();
    EXPECT_FALSE(again->document()->lab());
    EXPECT_FALSE(again->document()->session().lab);
}

TEST(LabSession, SettingsChangedByHandReopenAsTheyWere) {
    QTemporaryDir dir;
    auto w = newWindow();
    TrainingLab* lab = w->openTrainingLab();
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 0); }));
    // As a user would: Leaky ReLU with α = 0.05, 3 × 24, SGD η = 0.05 with momentum 0.8, Xavier, bias
    // 0.1, batch 20, seed 5, on circles.
    auto* activation = control<QComboBox>(lab, "labActivation");
    activation->setCurrentIndex(activation->findData(QStringLiteral("leaky_relu")));
    control<QDoubleSpinBox>(lab, "labParam_alpha")->setValue(0.05);
    control<QSpinBox>(lab, "labLayers")->setValue(3);
    control<QSpinBox>(lab, "labWidth")->setValue(24);
    auto* dataset = control<QComboBox>(lab, "labDataset");
    dataset->setCurrentIndex(dataset->findData(static_cast<int>(an::DatasetKind::Circles)));
    auto* optimiser = control<QComboBox>(lab, "labOptimiser");
    optimiser->setCurrentIndex(optimiser->findData(static_cast<int>(an::OptimiserKind::Sgd)));
    control<QDoubleSpinBox>(lab, "labLearningRate")->setValue(0.05);
    control<QDoubleSpinBox>(lab, "labMomentum")->setValue(0.8);
    auto* init = control<QComboBox>(lab, "labInit");
    init->setCurrentIndex(init->findData(static_cast<int>(an::InitScheme::Xavier)));
    control<QDoubleSpinBox>(lab, "labBias")->setValue(0.1);
    control<QSpinBox>(lab, "labBatch")->setValue(20);
    control<QSpinBox>(lab, "labSeed")->setValue(5);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 0); }));
    lab->step(23);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 23); }));
    ASSERT_TRUE(w->document()->lab());
    EXPECT_TRUE(w->document()->lab()->experiment.isEmpty());
    const actlab::plot::LabSettings saved = lab->settings();

    auto again = saveAndReopen(*w, dir.filePath(QStringLiteral("settings.actlab")), 23);
    TrainingLab* reopened = again->trainingLab();
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(reopened->settings(), saved);
    EXPECT_EQ(control<QSpinBox>(reopened, "labWidth")->value(), 24);
    EXPECT_EQ(control<QDoubleSpinBox>(reopened, "labParam_alpha")->value(), 0.05);
    const actlab::Activation* leaky = actlab::findActivation("leaky_relu");
    an::TrainerConfig c;
    c.hiddenLayers = 3;
    c.width = 24;
    c.activation = {leaky, {0.05}};
    c.loss = an::Loss::CrossEntropy;
    c.optimiser = {an::OptimiserKind::Sgd, 0.05, 0.8};
    c.init = an::makeInitialisation(an::InitScheme::Xavier, 0.0, 0.1);
    c.batch = 20;
    c.seed = 5;
    an::DatasetConfig d;
    d.kind = an::DatasetKind::Circles;
    d.seed = 5;
    const an::TrainingMetrics expected = coreRun(c, d, 23);
    ASSERT_EQ(reopened->frame()->runs.size(), 1u);
    EXPECT_EQ(reopened->frame()->runs[0].metrics.loss, expected.loss); // bit for bit
    EXPECT_EQ(reopened->frame()->runs[0].metrics.accuracy, expected.accuracy);
    EXPECT_EQ(reopened->frame()->runs[0].metrics.deadUnits, expected.deadUnits);
}

TEST(LabSession, ABadLabInAFileIsRefusedAndNothingIsLost) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.actlab"));
    auto w = newWindow();
    w->document()->addCurve(QStringLiteral("elu"));
    const auto before = w->document()->session();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "actlab-session", "version": 5, "figure": {"curves": [{"id": "relu"}]},
                  "explorer": {"lab": {"experiment": "large-learning-rate", "step": -3}}})");
    file.close();
    QString error;
    EXPECT_FALSE(w->files()->open(path, &error));
    EXPECT_TRUE(
        error.contains(QStringLiteral("\"explorer\": \"lab\": \"step\" must be a whole number from 0")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_EQ(w->document()->session(), before) << "the open document is untouched";
    EXPECT_EQ(w->trainingLab(), nullptr);
}

TEST(LabSession, AddingAStepTakesTheLabAndShowingItReopensTheLab) {
    auto w = newWindow();
    auto* doc = w->document();
    TrainingLab* lab = w->openTrainingLab();
    ASSERT_TRUE(lab->loadExperiment(QStringLiteral("negative-bias")));
    lab->step(12);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 12); }));
    w->action(QStringLiteral("actionAddStep"))->trigger();
    ASSERT_EQ(doc->stepCount(), 1);
    ASSERT_TRUE(doc->lesson().steps[0].lab);
    EXPECT_EQ(*doc->lesson().steps[0].lab,
              (actlab::plot::LabRequest{QStringLiteral("negative-bias"), {}, 12, false}));
    // Another setup, then the step: the lab goes back to it.
    ASSERT_TRUE(lab->loadExperiment(QStringLiteral("adam-vs-sgd")));
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 0) && f.runs.size() == 2; }));
    ASSERT_TRUE(doc->goToStep(0));
    EXPECT_EQ(lab->experimentBox()->currentData().toString(), QStringLiteral("negative-bias"));
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 12); }));
    // Update step takes the lab as it is now.
    lab->step(3);
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 15); }));
    doc->updateStep(0);
    EXPECT_EQ(doc->lesson().steps[0].lab->step, 15);
}

/// The built-in lesson's live step, in the language's file: the lab opens on the experiment and plays;
/// paused and brought to the experiment's 250 steps, ReLU has lost 40 % or more of its units, Leaky ReLU
/// none, and PReLU's α have left 0.25 (as tests/core/analysis/test_training_presets.cpp asserts).
void expectTheLiveStep(const QString& file, const QString& title) {
    auto w = newWindow();
    QString error;
    const auto session = actlab::plot::readSessionFile(file, &error);
    ASSERT_TRUE(session) << error.toStdString();
    ASSERT_TRUE(w->files()->openUntitled(*session, &error)) << error.toStdString();
    auto* doc = w->document();
    int live = -1;
    for (int i = 0; i < doc->stepCount(); ++i)
        if (doc->lesson().steps[static_cast<std::size_t>(i)].title == title) live = i;
    ASSERT_GE(live, 0) << title.toStdString();
    // After the dying-ReLU figure, followed by the positive-bias remedy.
    EXPECT_EQ(doc->lesson().steps[static_cast<std::size_t>(live - 1)].figure.title,
              doc->lesson().steps[4].figure.title);
    ASSERT_TRUE(doc->lesson().steps[static_cast<std::size_t>(live + 1)].lab);
    EXPECT_EQ(doc->lesson().steps[static_cast<std::size_t>(live + 1)].lab->experiment,
              QStringLiteral("positive-bias"));

    w->presentation()->enter();
    QApplication::processEvents();
    w->presentation()->showStep(live);
    TrainingLab* lab = w->trainingLab();
    ASSERT_NE(lab, nullptr) << "the step opens the lab";
    EXPECT_TRUE(lab->isVisible());
    QApplication::processEvents();
    EXPECT_EQ(QApplication::activeWindow(), lab) << "the lab has the clicker's keys (test_lab_presentation)";
    EXPECT_EQ(lab->experimentBox()->currentData().toString(), QStringLiteral("leaky-prelu-elu"));
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return f.playing; })) << "and plays";
    lab->pause();
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return !f.playing && !f.runs.empty(); }));
    const long at = lab->frame()->runs.front().metrics.step;
    const an::TrainingExperiment* e = an::findTrainingExperiment("leaky-prelu-elu");
    ASSERT_LE(at, e->steps) << "played past the claim's step before the pause";
    if (at < e->steps) lab->step(static_cast<int>(e->steps - at));
    ASSERT_TRUE(waitForFrame(*lab, [e](const auto& f) { return atStep(f, e->steps); }));
    const auto& runs = lab->frame()->runs;
    ASSERT_EQ(runs.size(), 4u);
    EXPECT_GE(runs[0].metrics.deadFraction, 0.4) << "ReLU";
    EXPECT_EQ(runs[1].metrics.deadFraction, 0.0) << "Leaky ReLU";
    EXPECT_EQ(runs[2].metrics.deadFraction, 0.0) << "PReLU";
    ASSERT_TRUE(runs[2].preluSlopes);
    double furthest = 0;
    for (const auto& unit : runs[2].alpha)
        furthest = std::fmax(furthest, std::fabs(unit.back() - 0.25));
    EXPECT_GE(furthest, 0.5) << "PReLU's α moved";
    // The remedy's step: the lab at step 0 of positive-bias, paused.
    w->presentation()->showStep(live + 1);
    EXPECT_EQ(lab->experimentBox()->currentData().toString(), QStringLiteral("positive-bias"));
    ASSERT_TRUE(waitForFrame(*lab, [](const auto& f) { return atStep(f, 0) && f.runs.size() == 2; }));
    EXPECT_LT(lab->frame()->runs[1].metrics.deadFraction, lab->frame()->runs[0].metrics.deadFraction)
        << "bias 0.1 leaves fewer units dead at the start than 0 (seed 1)";
    w->presentation()->leave();
}

TEST(LabSession, TheBuiltInLessonShowsDyingReluLive) {
    expectTheLiveStep(QStringLiteral(":/lessons/relu-variants.actlab"), QStringLiteral("Dying ReLUs, live"));
}

TEST(LabSession, TheChineseLessonHasTheLiveStepToo) {
    expectTheLiveStep(QStringLiteral(":/lessons/relu-variants.zh_CN.actlab"),
                      QStringLiteral("ReLU \u6b7b\u4ea1\uff1a\u73b0\u573a\u6f14\u793a"));
}

} // namespace
