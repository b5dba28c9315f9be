// SPDX-License-Identifier: GPL-3.0-or-later
// The training lab's figure (issue 11, items 3 and 5): what TrainingFigure draws against an independent
// core Trainer of the same configuration — the loss, accuracy and dead-fraction curves end on its
// evaluate(), the decision surface is σ(z) = 1/(1 + e^−z) of its outputs at the grid's points (σ written
// out here), the regression's fitted curve is z itself —, PReLU's α curves; `actlab plot --analysis
// training`'s arguments (actlab train's own options, experiments by name) and its bad input.
#include "plot/plot_command.hpp"
#include "plot/training_export.hpp"
#include "plot/training_figure.hpp"
#include "refused_arguments.hpp"

#include <actlab/catalogue.hpp>

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <cmath>

namespace {

namespace an = actlab::analysis;
using actlab::plot::TrainingFigure;
using actlab::plot::TrainingPanel;

an::TrainerConfig config(const char* id, an::OptimiserConfig optimiser = {an::OptimiserKind::Adam, 0.05}) {
    const actlab::Activation* a = actlab::findActivation(id);
    an::TrainerConfig c;
    c.hiddenLayers = 2;
    c.width = 8;
    c.activation = {a, a->defaults()};
    c.batch = 16;
    c.optimiser = optimiser;
    return c;
}

double lastValue(const QCPGraph* g) {
    return (g->data()->constEnd() - 1)->value;
}

TEST(TrainingFigure, CurvesAndSurfaceAreTheTrainersOwn) {
    an::DatasetConfig d;
    const an::Dataset data = an::makeDataset(d);
    const std::vector<const char*> ids = {"relu", "prelu"};
    std::vector<actlab::plot::TrainingSnapshot> snapshots;
    for (const char* id : ids) {
        actlab::plot::TrainingRecord record(id, config(id), data);
        record.advance(37);
        record.record();
        snapshots.push_back(record.snapshot(21));
    }
    QCustomPlot plot;
    plot.resize(1200, 700);
    TrainingFigure figure(&plot);
    figure.setup(data, 2, true);
    figure.update(snapshots);
    ASSERT_EQ(figure.runs(), 2);
    for (int r = 0; r < 2; ++r) {
        an::Trainer core(config(ids[static_cast<std::size_t>(r)]), data);
        for (int i = 0; i < 37; ++i)
            core.step();
        const an::TrainingMetrics m = core.evaluate();
        EXPECT_EQ(lastValue(figure.curve(TrainingPanel::Loss, r)), m.loss);
        EXPECT_EQ(lastValue(figure.curve(TrainingPanel::Accuracy, r)), m.accuracy);
        EXPECT_EQ(lastValue(figure.curve(TrainingPanel::DeadFraction, r)), m.deadFraction);
        EXPECT_EQ(figure.curve(TrainingPanel::Loss, r)->data()->size(), 38) << "steps 0 to 37";
        // The surface at three grid points: σ(z) of the trainer's output there.
        const QCPColorMap* map = figure.surfaceMap(r);
        ASSERT_NE(map, nullptr);
        const auto& s = snapshots[static_cast<std::size_t>(r)];
        for (const auto& [i, j] : {std::pair{0, 0}, std::pair{10, 5}, std::pair{20, 20}}) {
            Eigen::MatrixXd x(2, 1), z;
            x << s.xMin + (s.xMax - s.xMin) * i / 20.0, s.yMin + (s.yMax - s.yMin) * j / 20.0;
            core.predict(x, z);
            const double p = 1 / (1 + std::exp(-z(0, 0)));
            EXPECT_NEAR(map->data()->cell(i, j), p, 1e-15 + 1e-13 * p) << i << ' ' << j;
        }
        // PReLU's α: one curve per unit, ending on the trainer's α.
        if (r == 1) {
            for (int u = 0; u < 8; ++u)
                EXPECT_EQ(lastValue(figure.alphaCurve(1, u)),
                          core.preluSlopes(0)[static_cast<std::size_t>(u)]);
            EXPECT_EQ(figure.alphaCurve(0, 0), nullptr);
        }
    }
    EXPECT_TRUE(figure.runTitle(0).startsWith(QStringLiteral("relu\n")) &&
                figure.runTitle(0).contains(QStringLiteral("dead, loss")))
        << figure.runTitle(0).toStdString();
    EXPECT_NE(figure.curvePanel(TrainingPanel::Alpha), nullptr);
}

TEST(TrainingFigure, TickLabelsUseTheMinusSign) {
    // Two moons span x₂ from about −0.6 to 1.1 (the moon centred at (1, 0.5) dips to −0.5 − noise):
    // negative ticks on the surface's left axis, written "−0.5" as on every other figure.
    an::DatasetConfig d;
    const an::Dataset data = an::makeDataset(d);
    actlab::plot::TrainingRecord record("relu", config("relu"), data);
    record.advance(3);
    record.record();
    QCustomPlot plot;
    plot.resize(1200, 700);
    TrainingFigure figure(&plot);
    figure.setup(data, 1, false);
    figure.update({record.snapshot(21)});
    plot.replot();
    const QVector<QString> y = figure.surfacePanel(0)->axis(QCPAxis::atLeft)->tickVectorLabels();
    EXPECT_TRUE(y.contains(QStringLiteral("\u22120.5"))) << y.join(u' ').toStdString();
    const QVector<QString> x = figure.surfacePanel(0)->axis(QCPAxis::atBottom)->tickVectorLabels();
    EXPECT_TRUE(x.contains(QStringLiteral("\u22121"))) << x.join(u' ').toStdString();
    for (const QString& label : y + x)
        EXPECT_FALSE(label.contains(u'-')) << label.toStdString();
}

TEST(TrainingFigure, RegressionDrawsTheFittedCurve) {
    an::DatasetConfig d;
    d.kind = an::DatasetKind::Regression;
    d.target = actlab::findActivation("tanh");
    const an::Dataset data = an::makeDataset(d);
    an::TrainerConfig c = config("elu");
    c.loss = an::Loss::MeanSquaredError;
    actlab::plot::TrainingRecord record("elu", c, data);
    record.advance(12);
    QCustomPlot plot;
    TrainingFigure figure(&plot);
    figure.setup(data, 1, false);
    figure.update({record.snapshot(11)});
    EXPECT_EQ(figure.surfaceMap(0), nullptr);
    EXPECT_EQ(figure.curvePanel(TrainingPanel::Accuracy), nullptr) << "no accuracy for a regression";
    const QCPGraph* fit = figure.fittedCurve(0);
    ASSERT_NE(fit, nullptr);
    ASSERT_EQ(fit->data()->size(), 11);
    an::Trainer core(c, data);
    for (int i = 0; i < 12; ++i)
        core.step();
    for (auto it = fit->data()->constBegin(); it != fit->data()->constEnd(); ++it) {
        Eigen::MatrixXd x(1, 1), z;
        x << it->key;
        core.predict(x, z);
        // Equal up to rounding: Eigen sums a batch of 11 and one column in different orders.
        EXPECT_NEAR(it->value, z(0, 0), 1e-13 * (1 + std::abs(z(0, 0)))) << it->key;
    }
}

TEST(TrainingArguments, SpecsTrainOptionsAndExperiments) {
    QString error;
    auto r = actlab::plot::parsePlotArguments(
        {QStringLiteral("--analysis"), QStringLiteral("training"), QStringLiteral("relu"),
         QStringLiteral("leaky_relu:alpha=0.1"), QStringLiteral("--optimizer"), QStringLiteral("adam"),
         QStringLiteral("--lr=0.2"), QStringLiteral("--layers"), QStringLiteral("3"),
         QStringLiteral("--steps"), QStringLiteral("50"), QStringLiteral("--size"), QStringLiteral("900x500"),
         QStringLiteral("-o"), QStringLiteral("t.svg")},
        &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_TRUE(r->training);
    const an::TrainingExperiment& e = r->training->experiment;
    ASSERT_EQ(e.runs.size(), 2u);
    EXPECT_EQ(e.runs[0].label, "ReLU");
    EXPECT_EQ(e.runs[1].label, "leaky_relu:alpha=0.1");
    EXPECT_EQ(e.runs[1].trainer.activation.params, std::vector<double>{0.1});
    EXPECT_EQ(e.runs[1].trainer.optimiser.learningRate, 0.2);
    EXPECT_EQ(e.runs[0].trainer.hiddenLayers, 3);
    EXPECT_EQ(e.steps, 50);
    EXPECT_EQ(r->format, actlab::plot::ExportFormat::Svg);
    EXPECT_EQ(r->options.sizePx, QSize(900, 500));

    r = actlab::plot::parsePlotArguments({QStringLiteral("--analysis=training"), QStringLiteral("--preset"),
                                          QStringLiteral("negative-bias"), QStringLiteral("--seed"),
                                          QStringLiteral("5"), QStringLiteral("-o"), QStringLiteral("t.png")},
                                         &error);
    ASSERT_TRUE(r) << error.toStdString();
    const an::TrainingExperiment& n = r->training->experiment;
    EXPECT_EQ(n.name, "negative-bias");
    EXPECT_EQ(n.steps, 300);
    EXPECT_EQ(n.data.seed, 5u);
    for (const auto& run : n.runs) {
        EXPECT_EQ(run.trainer.seed, 5u);
        EXPECT_EQ(run.trainer.init.hiddenBias, -2.0);
    }
}

TEST(TrainingArguments, RefusesBadInputWithOneLine) {
    const QStringList t = {QStringLiteral("--analysis"), QStringLiteral("training")};
    const QStringList o = {QStringLiteral("-o"), QStringLiteral("t.png")};
    const QString relu = QStringLiteral("relu");
    expectRefused({
        {t + o, "give the activation to train"},
        {t + o + QStringList{QStringLiteral("--preset"), QStringLiteral("nope")},
         "unknown experiment 'nope'"},
        {t + o +
             QStringList{QStringLiteral("--preset"), QStringLiteral("adam-vs-sgd"), QStringLiteral("--lr"),
                         QStringLiteral("1")},
         "only --steps and --seed"},
        {t + o + QStringList{QStringLiteral("--preset"), QStringLiteral("adam-vs-sgd"), relu},
         "leave out relu"},
        {t + o + QStringList{relu, QStringLiteral("--layers"), QStringLiteral("5")}, "--layers: '5'"},
        {t + o + QStringList{relu, QStringLiteral("--dataset"), QStringLiteral("moon")}, "unknown dataset"},
        {t + o + QStringList{relu, QStringLiteral("--steps"), QStringLiteral("2000000")}, "at most 1000000"},
        {t + o + QStringList{relu, relu, relu, relu, relu}, "at most 4 activations"},
        {t + o +
             QStringList{relu, QStringLiteral("elu"), QStringLiteral("--param"), QStringLiteral("alpha=1")},
         "--param goes with one activation"},
        {t + o + QStringList{QStringLiteral("rleu")}, "unknown activation id 'rleu'"},
        {t + QStringList{relu, QStringLiteral("-o"), QStringLiteral("t.csv")}, "draws a figure"},
        {t + QStringList{relu, QStringLiteral("-o"), QStringLiteral("t.actlab")}, "draws a figure"},
        {t + QStringList{relu, QStringLiteral("-o")}, "-o needs a value"},
        {t + o + QStringList{relu, QStringLiteral("--size"), QStringLiteral("0x0")}, "--size"},
    });
}

TEST(TrainingExport, WritesTheFigureAtItsSize) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.png"));
    QString error;
    const auto r = actlab::plot::parsePlotArguments(
        {QStringLiteral("--analysis"), QStringLiteral("training"), QStringLiteral("--preset"),
         QStringLiteral("adam-vs-sgd"), QStringLiteral("--steps"), QStringLiteral("20"),
         QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("-o"), path},
        &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(actlab::plot::executePlotRequest(*r, &error), 0) << error.toStdString();
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(800, 500));
    const auto bad = actlab::plot::parsePlotArguments(
        {QStringLiteral("--analysis"), QStringLiteral("training"), QStringLiteral("relu"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("missing/lab.png"))},
        &error);
    ASSERT_TRUE(bad);
    EXPECT_EQ(actlab::plot::executePlotRequest(*bad, &error), 2);
    EXPECT_TRUE(error.contains(QStringLiteral("missing"))) << error.toStdString();
}

} // namespace
