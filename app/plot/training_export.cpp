// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/training_export.hpp"

#include "cli/train_command.hpp"
#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"
#include "plot/curve_label.hpp"
#include "plot/training_figure.hpp"

#include <qcustomplot.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace actlab::plot {
namespace {

/// The figure's own options, each with a value: they go to `actlab plot`'s parser.
bool isFigureOption(const QString& name) {
    static const QStringList names = {QStringLiteral("-o"),      QStringLiteral("--output"),
                                      QStringLiteral("--size"),  QStringLiteral("--scale"),
                                      QStringLiteral("--theme"), QStringLiteral("--title")};
    return names.contains(name);
}

/// `train`'s options that a preset's experiment keeps as they are.
bool changesAnExperiment(const std::string& name) {
    return name != "--steps" && name != "--seed";
}

QString message(const std::exception& e) {
    QString text = QString::fromStdString(e.what());
    if (text.startsWith(QLatin1String("train: "))) text.remove(0, 7);
    return text;
}

} // namespace

bool asksForTraining(const QStringList& args) {
    for (qsizetype i = 0; i < args.size(); ++i)
        if ((args[i] == QLatin1String("--analysis") && i + 1 < args.size() &&
             args[i + 1].trimmed() == QLatin1String("training")) ||
            args[i] == QLatin1String("--analysis=training"))
            return true;
    return false;
}

std::optional<TrainingPlot> parseTrainingArguments(const QStringList& args, QStringList& figureArgs,
                                                   QString* error) {
    const auto fail = [&](const QString& text) -> std::optional<TrainingPlot> {
        if (error) *error = QStringLiteral("--analysis training: ") + text;
        return std::nullopt;
    };
    std::vector<std::string> options; // for train's parser
    QStringList specs;
    QString presetName;
    bool presetGiven = false;
    QString changed; // the first option a preset's experiment does not take
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            figureArgs = {arg};
            return TrainingPlot{};
        }
        QString name = arg, value;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const bool inlineValue = arg.startsWith(QLatin1String("--")) && eq > 0;
        if (inlineValue) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
        }
        const bool option = arg.startsWith(QLatin1Char('-')) && arg.size() > 1;
        if (!option) {
            specs << arg;
            continue;
        }
        const auto takeValue = [&]() -> bool {
            if (inlineValue) return true;
            if (i + 1 >= args.size()) return false;
            value = args[++i];
            return true;
        };
        if (name == QLatin1String("--analysis")) {
            takeValue();
            continue;
        }
        if (!takeValue()) return fail(QStringLiteral("%1 needs a value").arg(name));
        if (isFigureOption(name)) {
            figureArgs << name << value;
        } else if (name == QLatin1String("--preset")) {
            if (presetGiven) return fail(QStringLiteral("--preset given twice"));
            presetGiven = true;
            presetName = value.trimmed();
        } else {
            if (changed.isEmpty() && changesAnExperiment(name.toStdString())) changed = name;
            options.push_back(name.toStdString());
            options.push_back(value.toStdString());
        }
    }
    TrainingPlot plot;
    analysis::TrainingExperiment& e = plot.experiment;
    try {
        if (presetGiven) {
            const analysis::TrainingExperiment* found =
                analysis::findTrainingExperiment(presetName.toStdString());
            if (!found)
                return fail(
                    QStringLiteral("unknown experiment %1 (experiments: %2)")
                        .arg(QString::fromStdString(common::quoteForMessage(presetName.toStdString())),
                             QString::fromStdString(analysis::trainingExperimentNames())));
            if (!specs.isEmpty())
                return fail(QStringLiteral("--preset %1 trains its own activations; leave out %2")
                                .arg(presetName, specs.front()));
            if (!changed.isEmpty())
                return fail(
                    QStringLiteral("--preset %1 runs the experiment as it is: only --steps and --seed "
                                   "change it, not %2")
                        .arg(presetName, changed));
            // train's parser reads --steps and --seed (and checks them) for a stand-in activation.
            std::vector<std::string> words = options;
            words.insert(words.end(), {"--activation", "relu"});
            const std::vector<std::string_view> view(words.begin(), words.end());
            const cli::TrainRequest r = cli::parseTrainArguments(view);
            const bool seedGiven = std::find(options.begin(), options.end(), "--seed") != options.end();
            e = seedGiven ? analysis::withSeed(*found, r.trainer.seed) : *found;
            if (std::find(options.begin(), options.end(), "--steps") != options.end()) e.steps = r.steps;
        } else {
            if (specs.isEmpty())
                return fail(QStringLiteral("give the activation to train (e.g. relu), two to four to compare "
                                           "them, or --preset EXPERIMENT (%1)")
                                .arg(QString::fromStdString(analysis::trainingExperimentNames())));
            if (specs.size() > analysis::kMaxComparedRuns)
                return fail(QStringLiteral("at most %1 activations side by side, not %2")
                                .arg(analysis::kMaxComparedRuns)
                                .arg(specs.size()));
            if (specs.size() > 1 && std::find(options.begin(), options.end(), "--param") != options.end())
                return fail(QStringLiteral("--param goes with one activation; write the parameters into each "
                                           "SPEC (leaky_relu:negative_slope=0.1)"));
            for (const QString& spec : specs) {
                std::vector<std::string> words = options;
                words.insert(words.end(), {"--activation", spec.toStdString()});
                const std::vector<std::string_view> view(words.begin(), words.end());
                const cli::TrainRequest r = cli::parseTrainArguments(view);
                e.data = r.dataset;
                e.steps = static_cast<long>(r.steps);
                // The activation's name, or the SPEC as typed when it sets parameters.
                const std::string label = spec.contains(QLatin1Char(':'))
                                              ? spec.trimmed().toStdString()
                                              : std::string(r.trainer.activation.activation->name);
                e.runs.push_back({label, r.trainer});
            }
        }
    } catch (const cli::UsageError& problem) {
        return fail(message(problem));
    }
    if (e.steps > 1000000)
        return fail(QStringLiteral("--steps %1 is more than a figure needs; at most 1000000").arg(e.steps));
    // The figure's curves: the trained activations (checked once more by plot's own parser).
    for (const analysis::TrainingRun& run : e.runs)
        figureArgs << QString::fromUtf8(run.trainer.activation.activation->id.data(),
                                        static_cast<qsizetype>(run.trainer.activation.activation->id.size()));
    return plot;
}

QString trainingTitle(const TrainingPlot& plot) {
    const analysis::TrainingExperiment& e = plot.experiment;
    if (!e.title.empty()) return QString::fromStdString(e.title) + QStringLiteral(" (%1 steps)").arg(e.steps);
    const analysis::TrainerConfig& c = e.runs.front().trainer;
    const auto data = analysis::datasetName(e.data.kind);
    return QStringLiteral("Training on %1: %2 \u00d7 %3, %4 \u03b7 = %5, %6 steps, seed %7")
        .arg(QString::fromUtf8(data.data(), static_cast<qsizetype>(data.size())))
        .arg(c.hiddenLayers)
        .arg(c.width)
        .arg(c.optimiser.kind == analysis::OptimiserKind::Adam ? QStringLiteral("Adam")
                                                               : QStringLiteral("SGD"))
        .arg(formatLabelNumber(c.optimiser.learningRate))
        .arg(e.steps)
        .arg(c.seed);
}

bool exportTraining(const TrainingPlot& plot, const QString& title, const QString& path, ExportFormat format,
                    const ExportOptions& options, QString* error) {
    const auto fail = [&](const QString& text) {
        if (error) *error = text;
        return false;
    };
    if (format != ExportFormat::Png && format != ExportFormat::Svg && format != ExportFormat::Pdf)
        return fail(QStringLiteral("--analysis training draws .png, .svg or .pdf; for the numbers use "
                                   "`actlab train`"));
    const analysis::TrainingExperiment& e = plot.experiment;
    std::vector<std::unique_ptr<TrainingRecord>> records;
    try {
        records = recordsOf(e);
    } catch (const std::invalid_argument& problem) {
        return fail(QStringLiteral("--analysis training: ") + QString::fromUtf8(problem.what()));
    }
    std::vector<TrainingSnapshot> snapshots;
    bool alpha = false;
    for (auto& record : records) {
        record->advance(e.steps);
        record->record();
        snapshots.push_back(record->snapshot(160));
        alpha = alpha || snapshots.back().preluSlopes;
    }
    QCustomPlot customPlot;
    const QSize size = options.sizePx;
    customPlot.resize(size);
    customPlot.setAttribute(Qt::WA_DontShowOnScreen);
    TrainingFigure figure(&customPlot);
    figure.setTheme(options.theme);
    figure.setTitle(title.isEmpty() ? trainingTitle(plot) : title);
    figure.setup(records.front()->trainer().data(), static_cast<int>(records.size()), alpha);
    figure.update(snapshots);
    customPlot.replot(QCustomPlot::rpImmediateRefresh);
    QByteArray bytes;
    if (format == ExportFormat::Png)
        bytes = renderPlotPng(customPlot, size, options);
    else if (format == ExportFormat::Svg)
        bytes = renderPlotSvg(customPlot, size, title);
    else
        bytes = renderPlotPdf(customPlot, size, title);
    if (bytes.isEmpty())
        return fail(
            QStringLiteral("cannot write %1: rendering the %2 failed").arg(path, exportFormatName(format)));
    return writeFileAtomically(path, bytes, error);
}

} // namespace actlab::plot
