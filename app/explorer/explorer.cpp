// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/explorer.hpp"

#include "common/number_parsing.hpp"
#include "explorer/main_window.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/presentation.hpp"
#include "explorer/replot_bench.hpp"
#include "explorer/session_files.hpp"
#include "explorer/training_lab.hpp"
#include "explorer/ui_language.hpp"
#include "plot/presets.hpp"
#include "plot/session_file.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryFile>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace actlab::explorer {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "actlab: %s\n", message.c_str());
    return 2;
}

std::optional<int> parseInt(std::string_view s) {
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return v;
}

void setUpApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("ActLab"));
    QCoreApplication::setApplicationName(QStringLiteral("ActLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTLAB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.actlab.ActLab")); // resources/*.desktop
}

int runBench(int argc, char** argv) {
    // argv: actlab bench replot [--curves N] [--derivatives 0|1|2] [--keyboard] [--size WxH] [--present S]
    //       [--display]
    if (argc < 3 || std::string_view(argv[2]) != "replot")
        return fail(argc < 3 ? "bench needs a benchmark name: replot"
                             : "unknown benchmark '" + std::string(argv[2]) + "' (known: replot)");
    int curves = 10;
    int derivatives = 2;
    bool dragged = true;
    bool display = false; // the platform Qt picks (a real X server), not the offscreen one
    int width = 1280;
    int height = 800;
    double present = 0; // > 0: in presentation mode at this scale
    for (int i = 3; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--keyboard") {
            dragged = false; // steps without a held slider: a full replot each time
            continue;
        }
        if (arg == "--display") {
            display = true; // the backing store is flushed to a real screen (e.g. Xvfb), as a user sees it
            continue;
        }
        if (arg != "--curves" && arg != "--derivatives" && arg != "--size" && arg != "--present")
            return fail("bench replot: unknown option '" + std::string(arg) + "'");
        if (i + 1 >= argc) return fail("bench replot: " + std::string(arg) + " needs a value");
        const std::string_view text = argv[++i];
        if (arg == "--size") {
            const auto x = text.find('x');
            const auto w = x == std::string_view::npos ? std::nullopt : parseInt(text.substr(0, x));
            const auto h = x == std::string_view::npos ? std::nullopt : parseInt(text.substr(x + 1));
            if (!w || !h || *w < 200 || *h < 200 || *w > 8000 || *h > 8000)
                return fail("bench replot: --size needs WIDTHxHEIGHT from 200x200 to 8000x8000, got '" +
                            std::string(text) + "'");
            width = *w;
            height = *h;
            continue;
        }
        if (arg == "--present") {
            const auto v = common::parseNumber(text);
            if (!v || !(*v >= 1 && *v <= 3))
                return fail("bench replot: --present needs a scale from 1 to 3, got '" + std::string(text) +
                            "'");
            present = *v;
            continue;
        }
        const auto value = parseInt(text);
        if (arg == "--curves") {
            if (!value || *value < 1 || *value > 1000)
                return fail("bench replot: --curves needs a whole number from 1 to 1000, got '" +
                            std::string(text) + "'");
            curves = *value;
        } else {
            if (!value || *value < 0 || *value > 2)
                return fail("bench replot: --derivatives needs 0, 1 or 2, got '" + std::string(text) + "'");
            derivatives = *value;
        }
    }
    // An offscreen screen of the size asked for (Qt's default is 800 × 600, too small for a projector).
    QTemporaryFile screenConfig;
    if (!screenConfig.open()) return fail("bench replot: cannot write a temporary file for the screen size");
    screenConfig.write(
        QStringLiteral(R"({"screens": [{"name": "bench", "x": 0, "y": 0, "width": %1, "height": %2,)"
                       R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
            .arg(std::max(width, 1280))
            .arg(std::max(height, 800))
            .toUtf8());
    screenConfig.flush();
    if (!display) qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + screenConfig.fileName()).toUtf8());
    // The offscreen platform warns about window hints it ignores; the benchmark prints one line only.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg) std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    setUpApplication();
    MainWindow window(MainWindow::Options{false, false, false});
    window.resize(width, height);
    window.show();
    if (present > 0) { // full screen on a screen of --size: the plot alone, everything scaled
        window.presentation()->setScale(present);
        window.presentation()->enter();
    }
    QApplication::processEvents();
    const ReplotBenchResult r = runReplotBench(window, curves, derivatives, 200, dragged);
    const QSize plot = window.plotView()->size();
    std::printf("median %.2f ms, p95 %.2f ms (plot %d x %d px, scale %g; per step %.2f paints of the plot, "
                "%.2f of all of it, %.2f Mpx)\n",
                r.median, r.p95, plot.width(), plot.height(), window.plotView()->displayScale(),
                r.paintsPerStep, r.fullPaintsPerStep, r.megapixelsPerStep);
    return 0;
}

} // namespace

bool handlesArguments(int argc, char** argv) {
    if (argc < 2) return true;
    const std::string_view first = argv[1];
    return first == "--preset" || first.starts_with("--preset=") || first == "--present" ||
           first == "--lab" || first == "--experiment" || first.starts_with("--experiment=") ||
           first == "--lang" || first.starts_with("--lang=") || first == "bench" ||
           first.ends_with(".actlab") || first == "--";
}

int runExplorer(int argc, char** argv) {
    if (argc >= 2 && std::string_view(argv[1]) == "bench") return runBench(argc, argv);

    // The preset name is checked before Qt starts, so that a typo fails with one line even without a display.
    // So is the experiment's name (--experiment NAME: the training lab on one of the material's experiments).
    QString presetName, experimentName;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        for (auto [option, name] : {std::pair{std::string_view("--preset"), &presetName},
                                    std::pair{std::string_view("--experiment"), &experimentName}}) {
            if (arg == option && i + 1 < argc)
                *name = QString::fromLocal8Bit(argv[i + 1]);
            else if (arg.starts_with(option) && arg.size() > option.size() && arg[option.size()] == '=')
                *name = QString::fromLocal8Bit(arg.substr(option.size() + 1).data(),
                                               static_cast<qsizetype>(arg.size() - option.size() - 1));
        }
    }
    if (argc >= 2 && std::string_view(argv[argc - 1]) == "--experiment")
        return fail("--experiment needs a name: " + analysis::trainingExperimentNames());
    if (!experimentName.isEmpty() && !analysis::findTrainingExperiment(experimentName.toStdString()))
        return fail("unknown experiment '" + experimentName.toStdString() +
                    "' (known: " + analysis::trainingExperimentNames() + ")");
    // So is the language: --lang CODE overrides View ▸ Language and the system locale.
    std::optional<UiLanguage> language;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg != "--lang" && !arg.starts_with("--lang=")) continue;
        if (arg == "--lang" && i + 1 >= argc) return fail("--lang needs a language: system, en or zh_CN");
        const std::string_view code = arg == "--lang" ? std::string_view(argv[++i]) : arg.substr(7);
        language =
            uiLanguageFromCode(QString::fromLocal8Bit(code.data(), static_cast<qsizetype>(code.size())));
        if (!language) return fail("unknown language '" + std::string(code) + "' (known: system, en, zh_CN)");
    }
    const QStringList known = actlab::plot::presetNames();
    if (argc >= 2 && std::string_view(argv[argc - 1]) == "--preset")
        return fail("--preset needs a name: " + known.join(QStringLiteral(", ")).toStdString());
    if (!presetName.isEmpty() && !known.contains(presetName))
        return fail("unknown preset '" + presetName.toStdString() +
                    "' (known: " + known.join(QStringLiteral(", ")).toStdString() + ")");

#ifdef Q_OS_LINUX
    // Without a display Qt would abort with a core dump; say what to do instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return fail("no display to open the window on; `actlab plot ... -o FILE` makes figures without one");
#endif
    QApplication app(argc, argv); // takes Qt's own options, e.g. -qwindowgeometry 1920x1080+0+0
    setUpApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ActLab explorer"));
    const QCommandLineOption presetOption(QStringLiteral("preset"), QStringLiteral("Open a preset figure."),
                                          QStringLiteral("NAME"));
    parser.addOption(presetOption);
    const QCommandLineOption presentOption(
        QStringLiteral("present"), QStringLiteral("Start in presentation mode (full screen; Esc leaves)."));
    parser.addOption(presentOption);
    const QCommandLineOption labOption(QStringLiteral("lab"), QStringLiteral("Open the training lab too."));
    parser.addOption(labOption);
    const QCommandLineOption experimentOption(
        QStringLiteral("experiment"), QStringLiteral("Open the training lab on one of the experiments."),
        QStringLiteral("NAME"));
    parser.addOption(experimentOption);
    const QCommandLineOption playOption(QStringLiteral("play"),
                                        QStringLiteral("Start the training lab training at once."));
    parser.addOption(playOption);
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: system, en or zh_CN (overrides "
                                                       "View > Language for this run)."),
                                        QStringLiteral("CODE"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A session to open (.actlab)."),
                                 QStringLiteral("[FILE.actlab]"));
    if (!parser.parse(QApplication::arguments()))
        return fail(parser.errorText().toStdString() +
                    " (the explorer takes FILE.actlab or --preset NAME, --present, --lang CODE, and --lab or "
                    "--experiment NAME with --play)");
    if (parser.isSet(playOption) && !parser.isSet(labOption) && !parser.isSet(experimentOption))
        return fail("--play starts the training lab: give --lab or --experiment NAME too");
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(presetOption)))
        return fail("the explorer opens one thing: FILE.actlab or --preset NAME");
    if (files.size() == 1) {
        QString error;
        if (!actlab::plot::readSessionFile(files.front(), &error)) return fail(error.toStdString());
    }
    installUiLanguage(language.value_or(savedUiLanguage()));
    MainWindow window;
    if (!presetName.isEmpty()) window.loadPreset(presetName);
    if (files.size() == 1) window.files()->open(files.front());
    window.show();
    if (parser.isSet(presentOption)) window.presentation()->enter();
    if (parser.isSet(labOption) || parser.isSet(experimentOption)) {
        TrainingLab* lab = window.openTrainingLab();
        if (!experimentName.isEmpty()) lab->loadExperiment(experimentName);
        if (parser.isSet(playOption)) lab->play();
    }
    return QApplication::exec();
}

} // namespace actlab::explorer
