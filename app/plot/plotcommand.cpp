// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotcommand.h"

#include "presets.h"

#include "actlab/catalogue.hpp"

#include <QApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace actlab::plot {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

std::optional<double> parseNumber(const QString& text) {
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

/// "A:B" with finite A < B.
std::optional<Range> parseRange(const QString& text) {
    // The separator is the first ':' that is not part of a number (numbers never contain ':').
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) return std::nullopt;
    const auto lo = parseNumber(text.left(colon));
    const auto hi = parseNumber(text.mid(colon + 1));
    if (!lo || !hi || !(*lo < *hi)) return std::nullopt;
    return Range{*lo, *hi};
}

QString normalisedLegend(QString text) {
    text = text.trimmed().toLower();
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (text == QLatin1String("centre")) text = QStringLiteral("center");
    return text;
}

} // namespace

QString plotUsage() {
    return QStringLiteral(
               "Usage: actlab plot [SPEC]... [--preset NAME] [--derivatives 0|1|2] [--xrange A:B] [--yrange "
               "A:B]\n"
               "                   [--points N] [--size WxH] [--scale S] [--title T] [--xlabel T] [--ylabel "
               "T]\n"
               "                   [--theme light|dark] [--legend POSITION|none] [--gallery] -o "
               "OUT.png|svg|pdf|csv\n"
               "\n"
               "Draws activation functions without a display (offscreen) and writes PNG, SVG, PDF or CSV.\n"
               "\n"
               "  SPEC               a catalogue id with optional parameters: relu, leaky_relu:alpha=0.1,\n"
               "                     hardtanh:min_val=-2,max_val=2 (see `actlab list`)\n"
               "  --preset NAME      start from a preset figure; the other options override it, SPECs are "
               "added\n"
               "                     (%1)\n"
               "  --derivatives N    0: f only, 1: add the f' subplot, 2: also f''\n"
               "  --xrange A:B       x range (default -5:5)\n"
               "  --yrange A:B       fixed y range of the f subplot (default: follow the data)\n"
               "  --points N         samples over the x range (CSV rows; plots take at least 2 per pixel)\n"
               "  --size WxH         figure size in pixels at 96 dpi (default 1000x600)\n"
               "  --scale S          PNG only: S times the pixels, lines and text scaled (default 1)\n"
               "  --title T, --xlabel T, --ylabel T   texts\n"
               "  --theme light|dark colours (default light)\n"
               "  --legend POSITION  top-left, top, top-right, left, center, right, bottom-left, bottom,\n"
               "                     bottom-right or none\n"
               "  --gallery          one small panel per function with its derivative\n"
               "  -o, --output FILE  the file to write; the extension picks the format\n"
               "\n"
               "Exit status: 0 on success, 2 on bad input or an unwritable output (one line on stderr).\n")
        .arg(presetNames().join(QStringLiteral(", ")));
}

std::optional<CurveSpec> parseCurveSpec(const QString& text, QString* error) {
    auto fail = [&](const QString& message) -> std::optional<CurveSpec> {
        if (error) *error = message;
        return std::nullopt;
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString id = (colon < 0 ? text : text.left(colon)).trimmed();
    const auto* activation = actlab::findActivation(id.toStdString());
    if (!activation)
        return fail(QStringLiteral("unknown function '%1' (run `actlab list` for the catalogue)").arg(id));
    CurveSpec curve;
    curve.id = id;
    curve.params = activation->defaults();
    if (colon >= 0) {
        const QString list = text.mid(colon + 1);
        if (list.trimmed().isEmpty())
            return fail(QStringLiteral("'%1': expected name=value after ':'").arg(text));
        std::vector<bool> seen(curve.params.size(), false);
        for (const QString& assignment : list.split(QLatin1Char(','))) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(QStringLiteral("'%1': expected name=value, got '%2'").arg(text, assignment));
            const QString name = assignment.left(eq).trimmed();
            const int index = activation->parameterIndex(name.toStdString());
            if (index < 0) {
                QStringList names;
                for (const auto& p : activation->parameters)
                    names << QString::fromUtf8(p.name.data(), static_cast<qsizetype>(p.name.size()));
                return fail(QStringLiteral("%1 has no parameter '%2' (%3)")
                                .arg(id, name,
                                     names.isEmpty()
                                         ? QStringLiteral("it has none")
                                         : QStringLiteral("it has ") + names.join(QStringLiteral(", "))));
            }
            if (seen[static_cast<std::size_t>(index)])
                return fail(QStringLiteral("%1: parameter '%2' given twice").arg(id, name));
            seen[static_cast<std::size_t>(index)] = true;
            const auto value = parseNumber(assignment.mid(eq + 1));
            if (!value)
                return fail(
                    QStringLiteral("%1: '%2' is not a finite number").arg(id, assignment.mid(eq + 1)));
            curve.params[static_cast<std::size_t>(index)] = *value;
        }
    }
    if (const auto problem = actlab::validate(*activation, curve.params))
        return fail(id + QStringLiteral(": ") + QString::fromStdString(problem->message));
    return curve;
}

std::optional<PlotRequest> parsePlotArguments(const QStringList& args, QString* error) {
    auto fail = [&](const QString& message) -> std::optional<PlotRequest> {
        if (error) *error = message;
        return std::nullopt;
    };

    // Pass 1: split into options with values, flags and SPECs; find the preset.
    struct Option {
        QString name;
        QString value;
    };
    std::vector<Option> options;
    std::vector<CurveSpec> curves;
    QString presetName;
    static const QStringList withValue = {
        QStringLiteral("--preset"), QStringLiteral("--derivatives"), QStringLiteral("--xrange"),
        QStringLiteral("--yrange"), QStringLiteral("--points"),      QStringLiteral("--size"),
        QStringLiteral("--scale"),  QStringLiteral("--title"),       QStringLiteral("--xlabel"),
        QStringLiteral("--ylabel"), QStringLiteral("--theme"),       QStringLiteral("--legend"),
        QStringLiteral("-o"),       QStringLiteral("--output")};
    PlotRequest request;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            request.help = true;
            return request;
        }
        if (arg == QLatin1String("--gallery")) {
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
                    return fail(QStringLiteral("unknown option '%1' (see `actlab plot --help`)").arg(name));
            } else {
                if (!withValue.contains(name))
                    return fail(QStringLiteral("unknown option '%1' (see `actlab plot --help`)").arg(name));
                if (i + 1 >= args.size()) return fail(QStringLiteral("%1 needs a value").arg(name));
                value = args[++i];
            }
            if (name == QLatin1String("--preset")) {
                if (!presetName.isEmpty()) return fail(QStringLiteral("--preset given twice"));
                presetName = value;
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

    // Pass 2: the preset, then the options in order.
    FigureSpec& spec = request.spec;
    if (!presetName.isEmpty()) {
        const auto p = preset(presetName);
        if (!p)
            return fail(QStringLiteral("unknown preset '%1' (presets: %2)")
                            .arg(presetName, presetNames().join(QStringLiteral(", "))));
        spec = *p;
    }
    for (auto& curve : curves)
        spec.curves.push_back(std::move(curve));
    for (const auto& [name, value] : options) {
        if (name == QLatin1String("--gallery")) {
            spec.gallery = true;
        } else if (name == QLatin1String("--derivatives")) {
            if (value != QLatin1String("0") && value != QLatin1String("1") && value != QLatin1String("2"))
                return fail(QStringLiteral("--derivatives must be 0, 1 or 2, not '%1'").arg(value));
            spec.setDerivatives(value.toInt());
        } else if (name == QLatin1String("--xrange")) {
            const auto range = parseRange(value);
            if (!range)
                return fail(
                    QStringLiteral("--xrange must be A:B with finite numbers A < B, not '%1'").arg(value));
            spec.xMin = range->first;
            spec.xMax = range->second;
        } else if (name == QLatin1String("--yrange")) {
            const auto range = parseRange(value);
            if (!range)
                return fail(
                    QStringLiteral("--yrange must be A:B with finite numbers A < B, not '%1'").arg(value));
            spec.yRange[0] = range;
        } else if (name == QLatin1String("--points")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 2 || n > 1000000)
                return fail(
                    QStringLiteral("--points must be a whole number from 2 to 1000000, not '%1'").arg(value));
            spec.points = n;
        } else if (name == QLatin1String("--size")) {
            const QStringList parts = value.toLower().split(QLatin1Char('x'));
            bool okW = false, okH = false;
            const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
            const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
            if (!okW || !okH || w < 16 || h < 16 || w > 20000 || h > 20000)
                return fail(
                    QStringLiteral("--size must be WxH in pixels, each 16 to 20000, not '%1'").arg(value));
            spec.sizePx = QSize(w, h);
        } else if (name == QLatin1String("--scale")) {
            const auto s = parseNumber(value);
            if (!s || *s < 0.5 || *s > 8)
                return fail(QStringLiteral("--scale must be a number from 0.5 to 8, not '%1'").arg(value));
            request.options.scale = *s;
        } else if (name == QLatin1String("--title")) {
            spec.title = value;
        } else if (name == QLatin1String("--xlabel")) {
            spec.xLabel = value;
        } else if (name == QLatin1String("--ylabel")) {
            spec.yLabel = value;
        } else if (name == QLatin1String("--theme")) {
            if (value != QLatin1String("light") && value != QLatin1String("dark"))
                return fail(QStringLiteral("--theme must be light or dark, not '%1'").arg(value));
            request.options.theme = Theme::byName(value);
        } else if (name == QLatin1String("--legend")) {
            const QString position = normalisedLegend(value);
            if (!legendPositions().contains(position))
                return fail(
                    QStringLiteral("--legend must be one of top-left, top, top-right, left, center, right, "
                                   "bottom-left, bottom, bottom-right, none; not '%1'")
                        .arg(value));
            spec.legend = position;
        } else if (name == QLatin1String("-o")) {
            request.output = value;
        }
    }

    if (spec.curves.empty())
        return fail(
            QStringLiteral("nothing to plot: give at least one function (e.g. relu) or --preset NAME"));
    if (request.output.isEmpty()) return fail(QStringLiteral("no output file: add -o OUT.png|svg|pdf|csv"));
    const auto format = exportFormatForPath(request.output);
    if (!format)
        return fail(
            QStringLiteral("cannot tell the format of '%1' from its extension: use .png, .svg, .pdf or .csv")
                .arg(request.output));
    request.format = *format;
    if (request.format == ExportFormat::Png &&
        std::max(spec.sizePx.width(), spec.sizePx.height()) * request.options.scale > 32767)
        return fail(QStringLiteral("--size times --scale must stay within 32767 pixels per side for PNG"));
    request.options.sizePx = spec.sizePx;
    request.options.csvPoints = spec.points;
    return request;
}

int executePlotRequest(const PlotRequest& request, QString* error) {
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

} // namespace

int runPlotCommand(int argc, char** argv) {
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto request = parsePlotArguments(args, &error);
    if (!request) {
        std::fprintf(stderr, "actlab plot: %s\n", error.toLocal8Bit().constData());
        return kExitUsage;
    }
    if (request->help) {
        std::fputs(plotUsage().toLocal8Bit().constData(), stdout);
        return kExitOk;
    }
    // Figures are drawn by widgets: they need a QApplication, but never a display.
    std::unique_ptr<QApplication> app;
    if (request->format != ExportFormat::Csv && !QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietMessageHandler);
        app = std::make_unique<QApplication>(argc, argv);
    }
    const int status = executePlotRequest(*request, &error);
    if (status != kExitOk) std::fprintf(stderr, "actlab plot: %s\n", error.toLocal8Bit().constData());
    return status;
}

} // namespace actlab::plot
