// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/plot_command.hpp"

#include "plot/analysis_export.hpp"
#include "plot/analysis_preset.hpp"
#include "plot/axis_range.hpp"
#include "plot/presets.hpp"
#include "plot/session_file.hpp"

#include "actlab/catalogue.hpp"
#include "common/number_parsing.hpp"
#include "common/parameter_assignment.hpp"

#include <QApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

namespace actlab::plot {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

/// `text` quoted for a one-line message (control characters as '?', long text cut): the command line's
/// helper, so that `plot` and `eval` quote what the user typed alike.
QString quoted(const QString& text) {
    return QString::fromStdString(actlab::common::quoteForMessage(text.toStdString()));
}

/// Every number the user types: the command line's strict parser (decimal, hex float, inf, nan), with
/// spaces around the number allowed as in `eval --x`.
std::optional<double> parseNumber(const QString& text) {
    const std::string bytes = text.toStdString();
    return actlab::common::parseNumber(actlab::common::trimSpaces(bytes));
}

/// A whole number from `min` to `max` in any form parseNumber() reads ("250", "2.5e2", "0xfa").
std::optional<int> parseWhole(const QString& text, int min, int max) {
    const auto value = parseNumber(text);
    if (!value || !(*value >= min && *value <= max) || *value != std::floor(*value)) return std::nullopt;
    return static_cast<int>(*value);
}

/// "A:B" (the separator is the first ':', which no number contains) with finite A < B that an axis can
/// show (axisRangeProblem()); on error `*problem` says what is wrong.
std::optional<Range> parseRange(const QString& text, QString* problem) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto lo = colon > 0 ? parseNumber(text.left(colon)) : std::nullopt;
    const auto hi = colon > 0 ? parseNumber(text.mid(colon + 1)) : std::nullopt;
    if (!lo || !hi) {
        *problem = QStringLiteral("expected A:B with two numbers, each ") +
                   QString::fromStdString(std::string(actlab::common::kNumberForms));
        return std::nullopt;
    }
    if (const auto why = axisRangeProblem(*lo, *hi)) {
        *problem = *why;
        return std::nullopt;
    }
    return Range{*lo, *hi};
}

/// "WxH": the separator is the first 'x' or 'X' after the width's own hex prefix, if any ("0x3e8x600").
std::optional<QSize> parseSize(const QString& text) {
    qsizetype start = 0;
    if (text.startsWith(QLatin1Char('+'))) start = 1;
    if (text.mid(start, 2).compare(QLatin1String("0x"), Qt::CaseInsensitive) == 0) start += 2;
    qsizetype separator = -1;
    for (qsizetype i = start; i < text.size() && separator < 0; ++i)
        if (text[i] == QLatin1Char('x') || text[i] == QLatin1Char('X')) separator = i;
    if (separator < 0) return std::nullopt;
    const auto w = parseWhole(text.left(separator), 16, 20000);
    const auto h = parseWhole(text.mid(separator + 1), 16, 20000);
    if (!w || !h) return std::nullopt;
    return QSize(*w, *h);
}

/// --animate's "NAME=A:B": the parameter's name and the two ends (any order, not equal: the animation
/// checks that, with the curves).
std::optional<Animation> parseAnimate(const QString& text) {
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) return std::nullopt;
    const QString name = text.left(eq).trimmed();
    const QString ends = text.mid(eq + 1);
    const qsizetype colon = ends.indexOf(QLatin1Char(':'));
    const auto from = colon > 0 ? parseNumber(ends.left(colon)) : std::nullopt;
    const auto to = colon > 0 ? parseNumber(ends.mid(colon + 1)) : std::nullopt;
    if (name.isEmpty() || !from || !to) return std::nullopt;
    Animation animation;
    animation.parameter = name;
    animation.from = *from;
    animation.to = *to;
    return animation;
}

QString normalisedLegend(QString text) {
    text = text.trimmed().toLower();
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (text == QLatin1String("centre")) text = QStringLiteral("center");
    return text;
}

/// A number ≥ 0 for σ_w², σ_b² or q_in.
std::optional<double> parseVariance(const QString& text) {
    const auto v = parseNumber(text);
    if (!v || !std::isfinite(*v) || !(*v >= 0)) return std::nullopt;
    return v;
}

/// Reads one of `--analysis`'s options into `settings` (`kind` for --analysis itself): nullopt if `name`
/// is none of them, an empty string when read, else the message for bad input.
std::optional<QString> parseAnalysisOption(const QString& name, const QString& value,
                                           AnalysisSettings& settings, std::optional<AnalysisKind>& kind) {
    if (name == QLatin1String("--analysis")) {
        kind = analysisKindFromName(value.trimmed());
        if (!kind)
            return QStringLiteral("--analysis must be depth, histograms, selu-map or phase, not %1")
                .arg(quoted(value));
    } else if (name == QLatin1String("--layers")) {
        const auto n = parseWhole(value, 1, kMaxAnalysisLayers);
        if (!n)
            return QStringLiteral("--layers must be a whole number from 1 to %1, not %2")
                .arg(kMaxAnalysisLayers)
                .arg(quoted(value));
        settings.layers = *n;
    } else if (name == QLatin1String("--sigma-w2") || name == QLatin1String("--sigma-b2") ||
               name == QLatin1String("--q-in")) {
        const auto v = parseVariance(value);
        if (!v) return QStringLiteral("%1 must be a finite number >= 0, not %2").arg(name, quoted(value));
        (name == QLatin1String("--sigma-w2")
             ? settings.sigmaW2
             : (name == QLatin1String("--sigma-b2") ? settings.sigmaB2 : settings.qIn)) = *v;
    } else if (name == QLatin1String("--width")) {
        const auto n = parseWhole(value, 1, kMaxAnalysisWidth);
        if (!n)
            return QStringLiteral("--width must be a whole number from 1 to %1, not %2")
                .arg(kMaxAnalysisWidth)
                .arg(quoted(value));
        settings.width = *n;
    } else if (name == QLatin1String("--batch")) {
        const auto n = parseWhole(value, 1, analysis::kMaxMonteCarloBatch);
        if (!n)
            return QStringLiteral("--batch must be a whole number from 1 to %1, not %2")
                .arg(analysis::kMaxMonteCarloBatch)
                .arg(quoted(value));
        settings.batch = *n;
    } else if (name == QLatin1String("--seed")) {
        const auto v = parseNumber(value);
        if (!v || !(*v >= 0 && *v <= 0x1p53) || *v != std::floor(*v))
            return QStringLiteral("--seed must be a whole number from 0 to 2^53, not %1").arg(quoted(value));
        settings.seed = static_cast<std::uint64_t>(*v);
    } else if (name == QLatin1String("--at")) {
        settings.histogramLayers.clear();
        for (const QString& item : value.split(QLatin1Char(','))) {
            const auto n = parseWhole(item, 1, kMaxAnalysisLayers);
            if (!n)
                return QStringLiteral("--at must be layer numbers separated by commas (e.g. 1,15,30), not %1")
                    .arg(quoted(value));
            settings.histogramLayers.push_back(*n);
        }
    } else if (name == QLatin1String("--no-mc")) {
        settings.monteCarlo = false;
    } else {
        return std::nullopt;
    }
    return QString();
}

} // namespace

QString plotUsage() {
    // The presets' names are put in with replace(), not arg(): the frame patterns' '%' are literal text.
    QString text = QStringLiteral(
        "Usage: actlab plot [SPEC]... [--preset NAME | --session FILE.actlab] [--derivatives 0|1|2]\n"
        "                   [--xrange A:B] [--yrange A:B] [--points N] [--size WxH] [--scale S]\n"
        "                   [--title T] [--xlabel T] [--ylabel T] [--theme light|dark]\n"
        "                   [--legend POSITION|none] [--gallery] -o OUT.png|svg|pdf|csv|py|actlab\n"
        "       actlab plot [SPEC]... [options as above] --analysis depth|histograms|selu-map|phase\n"
        "                   [--layers L] [--sigma-w2 V] [--sigma-b2 V] [--q-in V] [--width N]\n"
        "                   [--batch B] [--seed S] [--at L,L,...] [--no-mc] -o OUT.png|svg|pdf\n"
        "       actlab plot --analysis training (SPEC... [actlab train's options] |\n"
        "                   --preset EXPERIMENT [--steps N] [--seed S]) [--size WxH] -o OUT.png|svg|pdf\n"
        "       actlab plot [SPEC]... [options as above] --animate NAME=A:B [--frames N] [--fps F]\n"
        "                   [--animate-mode once|loop|bounce] [--animate-scale linear|log]\n"
        "                   -o OUT.gif | -o DIR/frame-%03d.png|svg\n"
        "\n"
        "Draws activation functions without a display (offscreen) and writes PNG, SVG, PDF or CSV,\n"
        "or the figure as an ActLab session (.actlab) to open in the window or draw later; with\n"
        "--animate, an animated GIF or numbered frames of a parameter moving from A to B.\n"
        "\n"
        "  SPEC               a catalogue id with optional parameters: relu, leaky_relu:alpha=0.1,\n"
        "                     hardtanh:min_val=-2,max_val=2 (see `actlab list`), or a formula in x\n"
        "                     with its parameters after ';': 'formula:x*tanh(softplus(b*x));b=2'\n"
        "                     (the language: `actlab eval --help`)\n"
        "  --preset NAME      start from a preset figure; the other options override it, SPECs are "
        "added\n"
        "                     ({presets})\n"
        "  --session FILE     start from the figure of a saved session (.actlab), as from a preset\n"
        "  --derivatives N    0: f only, 1: add the f' subplot, 2: also f''\n"
        "  --xrange A:B       x range (default -5:5)\n"
        "  --yrange A:B       fixed y range of the f subplot (default: follow the data)\n"
        "  --points N         samples over the x range (CSV rows; plots take at least 2 per pixel)\n"
        "  --size WxH         figure size in pixels at 96 dpi (default 1000x600)\n"
        "  --scale S          PNG and GIF: S times the pixels, lines and text scaled (default 1)\n"
        "  --title T, --xlabel T, --ylabel T   texts\n"
        "  --theme light|dark colours (default light)\n"
        "  --legend POSITION  top-left, top, top-right, left, center, right, bottom-left, bottom,\n"
        "                     bottom-right, outside-right (beside the plot) or none\n"
        "  --gallery          one small panel per function with its derivative\n"
        "  -o, --output FILE  the file to write; the extension picks the format (.png, .svg, .pdf,\n"
        "                     .csv, .py: a Python script (NumPy, matplotlib) that redraws the figure,\n"
        "                     or .actlab: the figure as a session; --scale and --theme unused)\n"
        "\n"
        "Animation (every curve with parameter NAME plays it; y ranges held still over all frames):\n"
        "  --animate NAME=A:B parameter NAME from A to B (each inside every such curve's range)\n"
        "  --frames N         pictures from A to B, both included: 2 to 1000 (default 30)\n"
        "  --fps F            frames per second, 1 to 50 (default 15; GIF delay 100/F cs, rounded)\n"
        "  --animate-mode M   once (stops at B), loop (default; A to B, again from A) or bounce\n"
        "                     (A to B and back: 2N-2 frames)\n"
        "  --animate-scale S  linear (default) or log (equal ratios; both ends > 0)\n"
        "  -o OUT.gif         an animated GIF (one palette of up to 256 colours; loops unless once)\n"
        "  -o DIR/NAME-%03d.png|svg  numbered frames from 0 for LaTeX beamer's animate package\n"
        "                     (%d or %0Nd is the frame number, %% a literal %; DIR must exist):\n"
        "                     \\animategraphics[loop,autoplay]{15}{DIR/NAME-}{000}{029}\n"
        "\n"
        "Deep networks (the curves through a random network: z1 = W1 x + b1, z(l+1) = W f(z(l)) + b):\n"
        "  --analysis depth   variance q_l and gradient ratio g_l per layer, log scales: mean-field lines\n"
        "                     and the dots of a real random network (--no-mc: lines only)\n"
        "  --analysis histograms  distribution of f(z_l) at the layers of --at (default first, middle, "
        "last)\n"
        "  --analysis selu-map    the first curve's mean-and-variance map (Klambauer et al.) as a flow "
        "field\n"
        "  --analysis phase   the first curve's chi* over (sigma_w2, sigma_b2) with the chi* = 1 line\n"
        "  --layers L         depth, 1 to 200 (default 30)\n"
        "  --sigma-w2 V       weight variance times fan-in (default 1; He: 2), --sigma-b2 V bias variance\n"
        "                     (default 0), --q-in V second moment of the inputs (default 1)\n"
        "  --width N, --batch B, --seed S   the random network: 1 to 1000 units (default 200), samples\n"
        "                     (default 64), seed (default 1)\n"
        "\n"
        "Training (the training lab's figure; `actlab help train` for the training options):\n"
        "  --analysis training  1 to 4 SPECs trained side by side from the same seed, data and weights:\n"
        "                     decision surfaces (or fitted curves), loss, accuracy, dead fraction, PReLU's\n"
        "                     alpha; --preset EXPERIMENT runs one of the material's experiments:\n"
        "                     {experiments}\n"
        "\n"
        "Exit status: 0 on success, 2 on bad input or an unwritable output (one line on stderr).\n");
    text.replace(QStringLiteral("{presets}"), presetNames().join(QStringLiteral(", ")));
    text.replace(QStringLiteral("{experiments}"),
                 QString::fromStdString(analysis::trainingExperimentNames())
                     .replace(QStringLiteral(", he-"), QStringLiteral(",\n                     he-")));
    return text;
}

std::optional<CurveSpec> parseCurveSpec(const QString& text, QString* error) {
    auto fail = [&](const QString& message) -> std::optional<CurveSpec> {
        if (error) *error = message;
        return std::nullopt;
    };
    // "ID[:NAME=VALUE,...]" or "formula:TEXT[;NAME=VALUE,...]" (a formula has commas and colons of its
    // own, never a semicolon).
    const QString formulaPrefix = QStringLiteral("formula:");
    const bool isFormula = text.startsWith(formulaPrefix);
    const QString body = isFormula ? text.mid(formulaPrefix.size()) : text;
    const qsizetype split = body.indexOf(QLatin1Char(isFormula ? ';' : ':'));
    const QString head = (split < 0 ? body : body.left(split)).trimmed();
    CurveSpec curve;
    if (isFormula) {
        QString problem;
        auto formula = parseCurveFormula(head, &problem);
        if (!formula) return fail(QStringLiteral("%1: %2").arg(quoted(text), problem));
        curve.formula = std::move(*formula);
    } else {
        if (!actlab::findActivation(head.toStdString()))
            return fail(QStringLiteral("unknown function %1 (run `actlab list` for the catalogue, or write "
                                       "formula:TEXT for a formula)")
                            .arg(quoted(head)));
        curve.id = head;
    }
    // name=value pairs resolved as `actlab eval --param` resolves them (one implementation).
    const std::string list = split < 0 ? std::string() : body.mid(split + 1).toStdString();
    std::vector<actlab::common::ParameterAssignment> assignments;
    if (split >= 0) {
        const std::string spec = text.toStdString();
        std::string problem;
        auto items = actlab::common::splitAssignmentList(spec, list, isFormula ? ';' : ':', problem);
        if (!items) return fail(QString::fromStdString(problem));
        assignments = std::move(*items);
    }
    if (const auto problem = actlab::common::resolveParameters(*functionOf(curve), assignments, curve.params))
        return fail(QString::fromStdString(*problem));
    return curve;
}

std::optional<PlotRequest> parsePlotArguments(const QStringList& args, QString* error) {
    auto fail = [&](const QString& message) -> std::optional<PlotRequest> {
        if (error) *error = message;
        return std::nullopt;
    };
    if (asksForTraining(args)) {
        // The training half is `actlab train`'s; the figure's options (-o, --size, …) are read below.
        QStringList figureArgs;
        auto training = parseTrainingArguments(args, figureArgs, error);
        if (!training) return std::nullopt;
        auto request = parsePlotArguments(figureArgs, error);
        if (!request || request->help) return request;
        if (request->session || request->format == ExportFormat::Csv ||
            request->format == ExportFormat::Python)
            return fail(QStringLiteral("--analysis training draws a figure: -o OUT.png, OUT.svg or OUT.pdf, "
                                       "not %1 (for the numbers use `actlab train`)")
                            .arg(quoted(request->output)));
        request->training = std::move(training);
        return request;
    }

    // Pass 1: split into options with values, flags and SPECs; find the preset.
    struct Option {
        QString name;
        QString value;
    };
    std::vector<Option> options;
    std::vector<CurveSpec> curves;
    QString presetName;
    QString sessionPath;
    bool sessionGiven = false;
    static const QStringList withValue = {QStringLiteral("--preset"),
                                          QStringLiteral("--session"),
                                          QStringLiteral("--derivatives"),
                                          QStringLiteral("--xrange"),
                                          QStringLiteral("--yrange"),
                                          QStringLiteral("--points"),
                                          QStringLiteral("--size"),
                                          QStringLiteral("--scale"),
                                          QStringLiteral("--title"),
                                          QStringLiteral("--xlabel"),
                                          QStringLiteral("--ylabel"),
                                          QStringLiteral("--theme"),
                                          QStringLiteral("--legend"),
                                          QStringLiteral("-o"),
                                          QStringLiteral("--output"),
                                          QStringLiteral("--animate"),
                                          QStringLiteral("--frames"),
                                          QStringLiteral("--fps"),
                                          QStringLiteral("--animate-mode"),
                                          QStringLiteral("--animate-scale"),
                                          QStringLiteral("--analysis"),
                                          QStringLiteral("--layers"),
                                          QStringLiteral("--sigma-w2"),
                                          QStringLiteral("--sigma-b2"),
                                          QStringLiteral("--q-in"),
                                          QStringLiteral("--width"),
                                          QStringLiteral("--batch"),
                                          QStringLiteral("--seed"),
                                          QStringLiteral("--at")};
    PlotRequest request;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            request.help = true;
            return request;
        }
        if (arg == QLatin1String("--gallery") || arg == QLatin1String("--no-mc")) {
            options.push_back({arg, {}});
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1 && !arg.at(1).isDigit() &&
            arg.at(1) != QLatin1Char('.')) {
            QString name = arg;
            QString value;
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (arg.startsWith(QLatin1String("--")) && eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
                if (!withValue.contains(name))
                    return fail(
                        QStringLiteral("unknown option %1 (see `actlab plot --help`)").arg(quoted(name)));
            } else {
                if (!withValue.contains(name))
                    return fail(
                        QStringLiteral("unknown option %1 (see `actlab plot --help`)").arg(quoted(name)));
                if (i + 1 >= args.size()) return fail(QStringLiteral("%1 needs a value").arg(name));
                value = args[++i];
            }
            if (name == QLatin1String("--preset")) {
                if (!presetName.isEmpty()) return fail(QStringLiteral("--preset given twice"));
                presetName = value;
                continue;
            }
            if (name == QLatin1String("--session")) {
                if (sessionGiven) return fail(QStringLiteral("--session given twice"));
                if (value.isEmpty()) return fail(QStringLiteral("--session needs a file name"));
                sessionGiven = true;
                sessionPath = value;
                continue;
            }
            options.push_back({name == QLatin1String("--output") ? QStringLiteral("-o") : name, value});
            continue;
        }
        QString specError;
        auto curve = parseCurveSpec(arg, &specError);
        if (!curve) return fail(specError);
        curves.push_back(std::move(*curve));
    }

    // Pass 2: the preset or the session's figure, then the options in order.
    FigureSpec& spec = request.spec;
    if (sessionGiven && !presetName.isEmpty())
        return fail(QStringLiteral("--preset and --session cannot be used together: give one figure to "
                                   "start from"));
    if (sessionGiven) {
        QString problem;
        const auto session = readSessionFile(sessionPath, &problem);
        if (!session) return fail(problem);
        spec = session->figure;
    }
    if (!presetName.isEmpty()) {
        const auto p = preset(presetName);
        if (!p)
            return fail(QStringLiteral("unknown preset %1 (presets: %2)")
                            .arg(quoted(presetName), presetNames().join(QStringLiteral(", "))));
        spec = *p;
    }
    // A preset about a deep-network figure draws it; --analysis and the network options override it.
    std::optional<AnalysisKind> presetKind;
    if (!presetName.isEmpty())
        if (const auto preset = presetAnalysis(presetName)) {
            presetKind = preset->kind;
            request.analysisSettings = preset->settings;
        }
    std::optional<AnalysisKind> analysisKind; // --analysis
    for (auto& curve : curves)
        spec.curves.push_back(std::move(curve));
    std::optional<Animation> animation;
    Animation animationSettings; // --frames, --fps, --animate-mode, --animate-scale
    QString animationOption;     // the first of them given, for "needs --animate"
    AnalysisSettings& analysisSettings = request.analysisSettings;
    QString analysisOption; // the first network option given, for "needs --analysis"
    for (const auto& [name, value] : options) {
        if (const auto problem = parseAnalysisOption(name, value, analysisSettings, analysisKind)) {
            if (!problem->isEmpty()) return fail(*problem);
            if (name != QLatin1String("--analysis") && analysisOption.isEmpty()) analysisOption = name;
            continue;
        }
        if (name == QLatin1String("--gallery")) {
            spec.gallery = true;
        } else if (name == QLatin1String("--derivatives")) {
            const auto n = parseWhole(value, 0, 2);
            if (!n) return fail(QStringLiteral("--derivatives must be 0, 1 or 2, not %1").arg(quoted(value)));
            spec.setDerivatives(*n);
        } else if (name == QLatin1String("--xrange")) {
            QString problem;
            const auto range = parseRange(value, &problem);
            if (!range) return fail(QStringLiteral("--xrange %1: %2").arg(quoted(value), problem));
            spec.xMin = range->first;
            spec.xMax = range->second;
        } else if (name == QLatin1String("--yrange")) {
            QString problem;
            const auto range = parseRange(value, &problem);
            if (!range) return fail(QStringLiteral("--yrange %1: %2").arg(quoted(value), problem));
            spec.yRange[0] = range;
        } else if (name == QLatin1String("--points")) {
            const auto n = parseWhole(value, 2, 1000000);
            if (!n)
                return fail(QStringLiteral("--points must be a whole number from 2 to 1000000, not %1")
                                .arg(quoted(value)));
            spec.points = *n;
        } else if (name == QLatin1String("--size")) {
            const auto size = parseSize(value);
            if (!size)
                return fail(
                    QStringLiteral("--size must be WxH in pixels, each a whole number from 16 to 20000, "
                                   "not %1")
                        .arg(quoted(value)));
            spec.sizePx = *size;
        } else if (name == QLatin1String("--scale")) {
            const auto s = parseNumber(value);
            if (!s || !(*s >= 0.5 && *s <= 8)) // NaN fails both comparisons: refuse it too
                return fail(
                    QStringLiteral("--scale must be a number from 0.5 to 8, not %1").arg(quoted(value)));
            request.options.scale = *s;
        } else if (name == QLatin1String("--title")) {
            spec.title = value;
        } else if (name == QLatin1String("--xlabel")) {
            spec.xLabel = value;
        } else if (name == QLatin1String("--ylabel")) {
            spec.yLabel = value;
        } else if (name == QLatin1String("--theme")) {
            if (value != QLatin1String("light") && value != QLatin1String("dark"))
                return fail(QStringLiteral("--theme must be light or dark, not %1").arg(quoted(value)));
            request.options.theme = Theme::byName(value);
        } else if (name == QLatin1String("--legend")) {
            const QString position = normalisedLegend(value);
            if (!legendPositions().contains(position))
                return fail(
                    QStringLiteral("--legend must be one of top-left, top, top-right, left, center, right, "
                                   "bottom-left, bottom, bottom-right, outside-right, none; not %1")
                        .arg(quoted(value)));
            spec.legend = position;
        } else if (name == QLatin1String("-o")) {
            request.output = value;
        } else if (name == QLatin1String("--animate")) {
            animation = parseAnimate(value);
            if (!animation)
                return fail(QStringLiteral("--animate must be NAME=A:B, a parameter and two numbers (e.g. "
                                           "alpha=0.01:1), not %1")
                                .arg(quoted(value)));
        } else if (name == QLatin1String("--frames")) {
            const auto n = parseWhole(value, 2, kMaxAnimationFrames);
            if (!n)
                return fail(QStringLiteral("--frames must be a whole number from 2 to %1, not %2")
                                .arg(kMaxAnimationFrames)
                                .arg(quoted(value)));
            animationSettings.frames = *n;
        } else if (name == QLatin1String("--fps")) {
            const auto fps = parseNumber(value);
            if (!fps || !(*fps >= kMinAnimationFps && *fps <= kMaxAnimationFps)) // NaN fails both
                return fail(QStringLiteral("--fps must be a number from 1 to 50, not %1").arg(quoted(value)));
            animationSettings.fps = *fps;
        } else if (name == QLatin1String("--animate-mode")) {
            const auto mode = animationModeFromName(value);
            if (!mode)
                return fail(
                    QStringLiteral("--animate-mode must be once, loop or bounce, not %1").arg(quoted(value)));
            animationSettings.mode = *mode;
        } else if (name == QLatin1String("--animate-scale")) {
            if (value != QLatin1String("linear") && value != QLatin1String("log"))
                return fail(
                    QStringLiteral("--animate-scale must be linear or log, not %1").arg(quoted(value)));
            animationSettings.interpolation =
                value == QLatin1String("log") ? Interpolation::Geometric : Interpolation::Linear;
        }
        if (name.startsWith(QLatin1String("--animate-")) || name == QLatin1String("--frames") ||
            name == QLatin1String("--fps"))
            if (animationOption.isEmpty()) animationOption = name;
    }
    if (!animation && !animationOption.isEmpty())
        return fail(QStringLiteral("%1 needs --animate NAME=A:B").arg(animationOption));
    const bool analysisGiven = analysisKind.has_value();
    if (!analysisKind) analysisKind = presetKind;
    if (!analysisKind && !analysisOption.isEmpty())
        return fail(
            QStringLiteral("%1 needs --analysis depth|histograms|selu-map|phase").arg(analysisOption));
    if (animation && !analysisGiven) analysisKind.reset(); // a preset's parameters animated: its curves
    if (analysisKind) {
        if (animation) return fail(QStringLiteral("--analysis and --animate cannot be used together"));
        if (const QString problem = analysisSettingsProblem(analysisSettings); !problem.isEmpty())
            return fail(QStringLiteral("--analysis: %1").arg(problem));
    }

    if (spec.curves.empty())
        return fail(
            QStringLiteral("nothing to plot: give at least one function (e.g. relu), --preset NAME or "
                           "--session FILE"));
    if (request.output.isEmpty())
        return fail(QStringLiteral("no output file: add -o OUT.png|svg|pdf|csv|py|actlab"));
    request.session =
        QFileInfo(request.output).suffix().compare(QLatin1String(kSessionSuffix), Qt::CaseInsensitive) == 0;
    if (analysisKind) {
        const auto format = exportFormatForPath(request.output);
        // The CSV, the Python script or the session of a preset about a deep-network figure: its curves.
        const bool curvesOnly = format == ExportFormat::Csv || format == ExportFormat::Python;
        if (!analysisGiven && (request.session || curvesOnly)) analysisKind.reset();
        if (analysisKind && (!format || curvesOnly))
            return fail(
                QStringLiteral("--analysis draws a figure: -o OUT.png, OUT.svg or OUT.pdf, not %1 (for "
                               "the numbers use `actlab depth`)")
                    .arg(quoted(request.output)));
        if (analysisKind) request.session = false;
        request.analysis = analysisKind;
    }
    if (animation) {
        animation->frames = animationSettings.frames;
        animation->fps = animationSettings.fps;
        animation->mode = animationSettings.mode;
        animation->interpolation = animationSettings.interpolation;
        if (const auto problem = animationProblem(spec, *animation))
            return fail(QStringLiteral("--animate: %1").arg(*problem));
        const auto kind = animationOutputForPath(request.output);
        if (!kind)
            return fail(QStringLiteral("--animate writes an animated .gif or numbered .png or .svg frames "
                                       "(-o frames/frame-%03d.png), not ") +
                        quoted(request.output));
        if (*kind != AnimationOutput::Gif)
            if (const auto problem = framePatternProblem(request.output, animationFrameCount(*animation)))
                return fail(QStringLiteral("-o %1: %2").arg(quoted(request.output), *problem));
        request.session = false;
        request.animation = animation;
        request.animationOutput = *kind;
    } else if (QFileInfo(request.output).suffix().compare(QLatin1String("gif"), Qt::CaseInsensitive) == 0) {
        return fail(QStringLiteral("%1 is an animation: add --animate NAME=A:B (see `actlab plot --help`)")
                        .arg(quoted(request.output)));
    }
    const auto format = request.animation && request.animationOutput == AnimationOutput::Gif
                            ? std::optional<ExportFormat>(ExportFormat::Png)
                            : exportFormatForPath(request.output);
    if (!format && !request.session)
        return fail(
            QStringLiteral("cannot tell the format of %1 from its extension: use .png, .svg, .pdf, .csv, .py "
                           "or .actlab (a session)")
                .arg(quoted(request.output)));
    if (format) request.format = *format;
    if (!request.session && request.format == ExportFormat::Png &&
        std::max(spec.sizePx.width(), spec.sizePx.height()) * request.options.scale > 32767)
        return fail(QStringLiteral("--size times --scale must stay within 32767 pixels per side for PNG"));
    request.options.sizePx = spec.sizePx;
    request.options.csvPoints = spec.points;
    return request;
}

int executePlotRequest(const PlotRequest& request, QString* error) {
    if (request.training)
        return exportTraining(*request.training, request.spec.title, request.output, request.format,
                              request.options, error)
                   ? kExitOk
                   : kExitUsage;
    if (request.analysis)
        return exportAnalysis(*request.analysis, request.spec, request.analysisSettings, request.output,
                              request.format, request.options, error)
                   ? kExitOk
                   : kExitUsage;
    if (request.animation)
        return exportAnimation(request.spec, *request.animation, request.output, request.animationOutput,
                               request.options, error)
                   ? kExitOk
                   : kExitUsage;
    if (request.session) {
        Session session;
        session.figure = request.spec;
        session.selected = request.spec.curves.empty() ? -1 : 0;
        return writeSessionFile(request.output, session, error) ? kExitOk : kExitUsage;
    }
    return exportFigure(request.spec, request.output, request.format, request.options, error) ? kExitOk
                                                                                              : kExitUsage;
}

namespace {

QtMessageHandler previousHandler = nullptr;

/// Drops the offscreen platform's harmless "XDG_RUNTIME_DIR not set" warning: stderr is for problems.
void quietMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.contains(QLatin1String("XDG_RUNTIME_DIR"))) return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

/// The one stderr line of a failure; whatever the user typed in it (a path, a title) stays on that line.
void printError(const QString& message) {
    std::fprintf(stderr, "actlab plot: %s\n",
                 actlab::common::oneLine(message.toLocal8Bit().toStdString()).c_str());
}

} // namespace

int printPlotUsage() {
    const QByteArray text = plotUsage().toLocal8Bit();
    if (std::fputs(text.constData(), stdout) < 0 || std::fflush(stdout) != 0) {
        std::fputs("actlab: cannot write to standard output\n", stderr);
        return 1;
    }
    return kExitOk;
}

int runPlotCommand(int argc, char** argv) {
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto request = parsePlotArguments(args, &error);
    if (!request) {
        printError(error);
        return kExitUsage;
    }
    if (request->help) return printPlotUsage();
    // Figures are drawn by widgets: they need a QApplication, but never a display. Qt gets the program
    // name alone (the user's arguments are not Qt options: `--title -platform` is a title), and the
    // offscreen platform whatever QT_QPA_PLATFORM says.
    char program[] = "actlab";
    int qtArgc = 1;
    char* qtArgv[] = {argc > 0 && argv[0] ? argv[0] : program, nullptr};
    std::unique_ptr<QApplication> app;
    const bool drawn = request->format != ExportFormat::Csv && request->format != ExportFormat::Python;
    if (!request->session && drawn && !QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietMessageHandler);
        app = std::make_unique<QApplication>(qtArgc, qtArgv);
    }
    const int status = executePlotRequest(*request, &error);
    if (status != kExitOk) printError(error);
    return status;
}

} // namespace actlab::plot
