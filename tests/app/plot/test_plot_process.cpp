// SPDX-License-Identifier: GPL-3.0-or-later
// The real `actlab plot` as a subprocess (without QT_QPA_PLATFORM: it must pick offscreen itself):
// exit codes, one stderr line, no file left on failure, PNG sizes, and each preset's curves checked
// through the CSV output against closed forms written out here (SEEDS.md parameters).
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Result {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `actlab plot ARGS` without a display; `platform`, if given, is put in QT_QPA_PLATFORM and
/// `inChild` runs in the child before the executable starts (limits, namespaces).
Result runPlot(const QStringList& args, const QString& platform = {},
               const std::function<void()>& inChild = {}) {
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!platform.isEmpty()) env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    process.setProcessEnvironment(env);
    if (inChild) process.setChildProcessModifier(inChild);
    process.start(QStringLiteral(ACTLAB_EXECUTABLE), QStringList{QStringLiteral("plot")} + args);
    EXPECT_TRUE(process.waitForFinished(60000));
    Result r;
    r.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

TEST(PlotProcess, WritesAPngWithoutADisplay) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("fig.png"));
    const auto r =
        runPlot({QStringLiteral("relu"), QStringLiteral("leaky_relu:alpha=0.1"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(QImage(out).size(), QSize(1000, 600));
}

TEST(PlotProcess, SizeAndScale) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("fig.png"));
    const auto r = runPlot({QStringLiteral("--preset"), QStringLiteral("silu-vs-mish"),
                            QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--scale"),
                            QStringLiteral("3"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(QImage(out).size(), QSize(1920, 1080));
}

TEST(PlotProcess, HelpGoesToStdout) {
    const auto r = runPlot({QStringLiteral("--help")});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.contains("--preset"));
    EXPECT_TRUE(r.err.isEmpty());
}

TEST(PlotProcess, BadInputExits2WithOneLineAndNoFile) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("fig.png"));
    QFile regular(dir.filePath(QStringLiteral("regular")));
    ASSERT_TRUE(regular.open(QIODevice::WriteOnly));
    regular.close();
    struct Case {
        QStringList args;
        QString mustNotExist;
    };
    const std::vector<Case> cases = {
        {{QStringLiteral("nosuchfn"), QStringLiteral("-o"), png}, png},
        {{QStringLiteral("relu"), QStringLiteral("--frobnicate"), QStringLiteral("-o"), png}, png},
        {{QStringLiteral("relu"), QStringLiteral("--xrange"), QStringLiteral("3:-3"), QStringLiteral("-o"),
          png},
         png},
        {{QStringLiteral("leaky_relu:alpha=5"), QStringLiteral("-o"), png}, png},
        {{QStringLiteral("relu"), QStringLiteral("-o"), dir.filePath(QStringLiteral("fig.bmp"))},
         dir.filePath(QStringLiteral("fig.bmp"))},
        {{QStringLiteral("relu"), QStringLiteral("-o"), dir.filePath(QStringLiteral("missing/fig.png"))},
         dir.filePath(QStringLiteral("missing/fig.png"))},
        {{QStringLiteral("relu"), QStringLiteral("-o"), dir.filePath(QStringLiteral("regular/fig.svg"))},
         dir.filePath(QStringLiteral("regular/fig.svg"))},
        {{QStringLiteral("relu"), QStringLiteral("-o"), dir.filePath(QStringLiteral("missing/fig.csv"))},
         dir.filePath(QStringLiteral("missing/fig.csv"))},
        {{QStringLiteral("--preset"), QStringLiteral("nope"), QStringLiteral("-o"), png}, png},
    };
    for (const auto& c : cases) {
        const auto r = runPlot(c.args);
        const std::string what = c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.status, 2) << what;
        EXPECT_TRUE(r.out.isEmpty()) << what;
        EXPECT_EQ(r.err.count('\n'), 1) << what << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith("actlab plot: ")) << what;
        EXPECT_FALSE(QFile::exists(c.mustNotExist)) << what;
    }
    // The unwritable-path messages name the path.
    const QString missing = dir.filePath(QStringLiteral("missing/fig.png"));
    EXPECT_TRUE(
        runPlot({QStringLiteral("relu"), QStringLiteral("-o"), missing}).err.contains(missing.toUtf8()));
}

// ---- issue 10: the deep-network figures (`--analysis`) ---------------------------------------------

TEST(AnalysisProcess, EveryFigureInEveryFormat) {
    QTemporaryDir dir;
    struct Case {
        const char* kind;
        const char* file;
    };
    for (const auto& [kind, file] : {Case{"depth", "d.png"}, Case{"histograms", "h.svg"},
                                     Case{"selu-map", "s.pdf"}, Case{"phase", "p.png"}}) {
        const QString out = dir.filePath(QString::fromLatin1(file));
        const auto r = runPlot({QStringLiteral("selu"), QStringLiteral("tanh"), QStringLiteral("--analysis"),
                                QString::fromLatin1(kind), QStringLiteral("--layers"), QStringLiteral("8"),
                                QStringLiteral("--width"), QStringLiteral("40"), QStringLiteral("--size"),
                                QStringLiteral("800x500"), QStringLiteral("-o"), out});
        EXPECT_EQ(r.status, 0) << kind << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << kind;
        const QByteArray head = f.read(8);
        if (out.endsWith(QLatin1String(".png"))) {
            EXPECT_EQ(QImage(out).size(), QSize(800, 500)) << kind;
        }
        if (out.endsWith(QLatin1String(".pdf"))) {
            EXPECT_TRUE(head.startsWith("%PDF")) << kind;
        }
        if (out.endsWith(QLatin1String(".svg"))) {
            EXPECT_TRUE(f.readAll().contains("<svg")) << kind;
        }
    }
}

TEST(AnalysisProcess, BadInputExits2WithOneLineAndNoFile) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("d.png"));
    const std::vector<QStringList> cases = {
        {QStringLiteral("relu"), QStringLiteral("--analysis"), QStringLiteral("chaos"), QStringLiteral("-o"),
         png},
        {QStringLiteral("relu"), QStringLiteral("--analysis"), QStringLiteral("depth"),
         QStringLiteral("--layers"), QStringLiteral("1e6"), QStringLiteral("-o"), png},
        {QStringLiteral("relu"), QStringLiteral("--sigma-w2"), QStringLiteral("2"), QStringLiteral("-o"),
         png},
        {QStringLiteral("relu"), QStringLiteral("--analysis"), QStringLiteral("phase"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("missing/p.png"))},
    };
    for (const auto& args : cases) {
        const auto r = runPlot(args);
        const std::string what = args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.status, 2) << what;
        EXPECT_TRUE(r.out.isEmpty()) << what;
        EXPECT_EQ(r.err.count('\n'), 1) << what << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith("actlab plot: ")) << what;
        EXPECT_FALSE(QFile::exists(png)) << what;
        EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/p.png")))) << what;
    }
}

// ---- issue 7: nothing the user types reaches Qt; ranges; one line; the cause of a failed write --------

TEST(PlotProcess, QtOptionsTypedAsTitlesAreTitles) {
    // Qt's own options as the value of --title: each is only a title (it was SIGABRT for -platform).
    for (const char* title : {"-platform", "-style", "-platformpluginpath", "-qwindowgeometry", "-reverse"}) {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fig.png"));
        const auto r = runPlot({QStringLiteral("relu"), QStringLiteral("--title"), QString::fromUtf8(title),
                                QStringLiteral("-o"), out});
        EXPECT_EQ(r.status, 0) << title << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << title << ": " << r.err.toStdString();
        EXPECT_EQ(QImage(out).size(), QSize(1000, 600)) << title;
    }
}

TEST(PlotProcess, OffscreenWhateverQtQpaPlatformSays) {
    // No display: xcb (and a platform that does not exist) would abort; export never needs one.
    for (const char* platform : {"xcb", "wayland", "nosuchplatform"}) {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fig.svg"));
        const auto r =
            runPlot({QStringLiteral("relu"), QStringLiteral("-o"), out}, QString::fromUtf8(platform));
        EXPECT_EQ(r.status, 0) << platform << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << platform << ": " << r.err.toStdString();
        EXPECT_TRUE(QFile::exists(out)) << platform;
    }
}

TEST(PlotProcess, RangesThePlotCannotDrawAreRefused) {
    // QCustomPlot shows no range narrower than 1e-280 nor any end beyond ±1e250 (it kept 0..5 instead).
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("fig.png"));
    const std::vector<std::pair<QStringList, const char*>> cases = {
        {{QStringLiteral("--xrange"), QStringLiteral("-1e-300:1e-300")}, "1e-280"},
        {{QStringLiteral("--xrange"), QStringLiteral("-1e300:1e300")}, "1e+250"},
        {{QStringLiteral("--yrange"), QStringLiteral("0:1e-290")}, "1e-280"},
    };
    for (const auto& [range, limit] : cases) {
        const auto r =
            runPlot(QStringList{QStringLiteral("relu")} + range + QStringList{QStringLiteral("-o"), png});
        EXPECT_EQ(r.status, 2) << range.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(limit)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(png));
    }
}

TEST(PlotProcess, NewlinesInASpecOrAPathStayOnOneLine) {
    QTemporaryDir dir;
    const QString badDir = dir.filePath(QStringLiteral("two\nlines/fig.png")); // the directory is missing
    const std::vector<QStringList> cases = {
        {QStringLiteral("rel\nu"), QStringLiteral("-o"), dir.filePath(QStringLiteral("fig.png"))},
        {QStringLiteral("relu"), QStringLiteral("-o"), badDir},
        {QStringLiteral("relu"), QStringLiteral("-o"), dir.filePath(QStringLiteral("two\nlines/fig.csv"))},
    };
    for (const QStringList& args : cases) {
        const auto r = runPlot(args);
        EXPECT_EQ(r.status, 2) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.endsWith('\n'));
        EXPECT_TRUE(r.err.startsWith("actlab plot: ")) << r.err.toStdString();
    }
    // The path is still named, its newline shown as '?'.
    QString shown = badDir;
    shown.replace(QLatin1Char('\n'), QLatin1Char('?'));
    EXPECT_TRUE(runPlot(cases[1]).err.contains(shown.toUtf8()));
}

/// The directory entries of `path` (to check that nothing, not even QSaveFile's temporary, is left).
QStringList entries(const QString& path) {
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

TEST(PlotProcess, AFailedWriteNamesItsCause) {
    // A file size limit of 4 KiB (RLIMIT_FSIZE, SIGXFSZ ignored): write(2) fails with EFBIG once the
    // file would grow beyond it; the figure is about 20 KB. It was "Unknown error".
    for (const char* name : {"fig.png", "fig.csv"}) {
        QTemporaryDir dir;
        const QString out = dir.filePath(QString::fromUtf8(name));
        const auto r = runPlot({QStringLiteral("relu"), QStringLiteral("--points"), QStringLiteral("2000"),
                                QStringLiteral("-o"), out},
                               {}, [] {
                                   ::signal(SIGXFSZ, SIG_IGN);
                                   const rlimit limit{4096, 4096};
                                   ::setrlimit(RLIMIT_FSIZE, &limit);
                               });
        EXPECT_EQ(r.status, 2) << name;
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(QString::fromUtf8(r.err), QStringLiteral("actlab plot: cannot write %1: %2\n")
                                                .arg(out, QString::fromUtf8(std::strerror(EFBIG))));
        EXPECT_EQ(entries(dir.path()), QStringList()) << name;
    }
}

TEST(PlotProcess, AFullDiskSaysSo) {
    // A real full disk: an 8 KiB tmpfs mounted over the output directory in a mount namespace of the
    // child alone (root, or an unprivileged user namespace). Skipped where neither is allowed.
    QTemporaryDir dir;
    const QByteArray mountPoint = dir.path().toLocal8Bit();
    const QString out = dir.filePath(QStringLiteral("fig.png"));
    // Everything the child needs is made here: the child only makes system calls.
    const std::string uidMap = "0 " + std::to_string(::geteuid()) + " 1\n";
    const std::string gidMap = "0 " + std::to_string(::getegid()) + " 1\n";
    const auto r = runPlot({QStringLiteral("relu"), QStringLiteral("-o"), out}, {}, [&] {
        if (::unshare(CLONE_NEWNS) != 0) {
            if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) ::_exit(77);
            const auto write = [](const char* file, const std::string& text) {
                const int fd = ::open(file, O_WRONLY);
                const bool ok =
                    fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
                if (fd >= 0) ::close(fd);
                return ok;
            };
            const std::string deny = "deny";
            write("/proc/self/setgroups", deny);
            if (!write("/proc/self/uid_map", uidMap) || !write("/proc/self/gid_map", gidMap)) ::_exit(77);
        }
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) ::_exit(77);
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=8k") != 0) ::_exit(77);
    });
    if (r.status == 77 && r.err.isEmpty()) GTEST_SKIP() << "no private mount namespace here";
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(QString::fromUtf8(r.err), QStringLiteral("actlab plot: cannot write %1: %2\n")
                                            .arg(out, QString::fromUtf8(std::strerror(ENOSPC))));
}

// ---- issue 8: session files -------------------------------------------------------------------------

QByteArray fileContents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(PlotProcessSession, TheSessionOfAPresetDrawsAsThePreset) {
    QTemporaryDir dir;
    for (const char* preset : {"relu-variants", "variant-gallery"}) {
        SCOPED_TRACE(preset);
        const QString session = dir.filePath(QStringLiteral("%1.actlab").arg(QLatin1String(preset)));
        auto r = runPlot({QStringLiteral("--preset"), QLatin1String(preset), QStringLiteral("-o"), session});
        ASSERT_EQ(r.status, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        // Alone, and with options and a SPEC that override it as they override the preset.
        const std::vector<QStringList> extras = {{},
                                                 {QStringLiteral("elu:alpha=0.5"), QStringLiteral("--xrange"),
                                                  QStringLiteral("-2:2"), QStringLiteral("--derivatives"),
                                                  QStringLiteral("2"), QStringLiteral("--points"),
                                                  QStringLiteral("57")}};
        for (const QStringList& extra : extras) {
            const QString fromPreset = dir.filePath(QStringLiteral("preset.csv"));
            const QString fromSession = dir.filePath(QStringLiteral("session.csv"));
            r = runPlot(QStringList{QStringLiteral("--preset"), QLatin1String(preset)} + extra +
                        QStringList{QStringLiteral("-o"), fromPreset});
            ASSERT_EQ(r.status, 0) << r.err.toStdString();
            r = runPlot(extra +
                        QStringList{QStringLiteral("--session"), session, QStringLiteral("-o"), fromSession});
            ASSERT_EQ(r.status, 0) << r.err.toStdString();
            EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
            EXPECT_FALSE(fileContents(fromPreset).isEmpty());
            EXPECT_EQ(fileContents(fromSession), fileContents(fromPreset))
                << extra.join(QLatin1Char(' ')).toStdString();
        }
        // A picture too (the session's figure, PNG from its size).
        const QString png = dir.filePath(QStringLiteral("session.png"));
        r = runPlot({QStringLiteral("--session"), session, QStringLiteral("-o"), png});
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        EXPECT_FALSE(QImage(png).isNull());
    }
}

TEST(PlotProcessSession, WritingTheSessionOfASessionGivesTheSameFile) {
    QTemporaryDir dir;
    const QString x = dir.filePath(QStringLiteral("x.actlab"));
    const QString y = dir.filePath(QStringLiteral("y.ACTLAB"));
    auto r = runPlot({QStringLiteral("relu"), QStringLiteral("leaky_relu:alpha=0.1"),
                      QStringLiteral("hardtanh:min_val=-2,max_val=0x1.8p0"), QStringLiteral("--title"),
                      QString::fromUtf8("Kinks \u2014 \"quoted\", \u03b1\tand a tab"),
                      QStringLiteral("--yrange"), QStringLiteral("-0.5:2"), QStringLiteral("--legend"),
                      QStringLiteral("bottom-right"), QStringLiteral("--gallery"), QStringLiteral("-o"), x});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty() && r.err.isEmpty()) << r.err.toStdString();
    r = runPlot({QStringLiteral("--session"), x, QStringLiteral("-o"), y});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QByteArray bytes = fileContents(x);
    EXPECT_EQ(fileContents(y), bytes);
    // What was written: the session format, the first curve selected, no cursor.
    EXPECT_TRUE(bytes.startsWith("{\n    \"format\": \"actlab-session\",\n    \"version\": 1,"))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("\"selected\": 0")) << bytes.toStdString();
    EXPECT_FALSE(bytes.contains("cursorX"));
    EXPECT_TRUE(bytes.contains("\"max_val\": 1.5"));
}

TEST(PlotProcessSession, ABadSessionExits2WithOneLineNamingTheFile) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("fig.png"));
    auto write = [&](const char* name, const QByteArray& bytes) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    const QString good = dir.filePath(QStringLiteral("good.actlab"));
    ASSERT_EQ(runPlot({QStringLiteral("relu"), QStringLiteral("-o"), good}).status, 0);
    QByteArray newer = fileContents(good);
    newer.replace("\"version\": 1", "\"version\": 7");
    QByteArray unknown = fileContents(good);
    unknown.replace("\"id\": \"relu\"", "\"id\": \"relux\"");
    struct Case {
        QString path;
        const char* says;
    };
    const std::vector<Case> cases = {
        {dir.filePath(QStringLiteral("missing.actlab")), "No such file or directory"},
        {dir.path(), "is a directory"},
        {write("empty.actlab", QByteArray()), "empty"},
        {write("text.actlab", "hello\n"), "not JSON"},
        {write("cut.actlab", fileContents(good).left(100)), "cut short"},
        {write("presets.actlab", "{\"format\": \"actlab-presets\", \"version\": 1}"),
         "not an ActLab session"},
        {write("newer.actlab", newer), "newer ActLab"},
        {write("unknown.actlab", unknown), "unknown function 'relux'"},
        {write("two\nlines.actlab", "[]"), "not an object"},
    };
    for (const Case& c : cases) {
        const auto r = runPlot({QStringLiteral("--session"), c.path, QStringLiteral("-o"), png});
        SCOPED_TRACE(c.path.toStdString());
        EXPECT_EQ(r.status, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        QString shown = c.path;
        shown.replace(QLatin1Char('\n'), QLatin1Char('?'));
        EXPECT_TRUE(r.err.startsWith("actlab plot: " + shown.toUtf8() + ": ")) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(png));
    }
    // Usage errors: --preset with --session, --session twice, an output of no known kind.
    const std::vector<std::pair<QStringList, const char*>> usage = {
        {{QStringLiteral("--preset"), QStringLiteral("relu-variants"), QStringLiteral("--session"), good},
         "together"},
        {{QStringLiteral("--session"), good, QStringLiteral("--session"), good}, "twice"},
    };
    for (const auto& [args, says] : usage) {
        const auto r = runPlot(args + QStringList{QStringLiteral("-o"), png});
        EXPECT_EQ(r.status, 2) << says;
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(says)) << r.err.toStdString();
    }
    const auto r =
        runPlot({QStringLiteral("relu"), QStringLiteral("-o"), dir.filePath(QStringLiteral("fig.json"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(".actlab")) << r.err.toStdString();
    // An unwritable session output, as an unwritable picture.
    const QString missing = dir.filePath(QStringLiteral("missing/x.actlab"));
    const auto w = runPlot({QStringLiteral("relu"), QStringLiteral("-o"), missing});
    EXPECT_EQ(w.status, 2);
    EXPECT_EQ(w.err.count('\n'), 1);
    EXPECT_TRUE(w.err.contains(("cannot write " + missing).toUtf8())) << w.err.toStdString();
}

// ---- CSV of each preset against closed forms --------------------------------------------------------

struct Csv {
    QStringList header;
    std::vector<std::vector<double>> rows;
};

Csv csvOfPreset(const QString& name) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("fig.csv"));
    const auto r = runPlot({QStringLiteral("--preset"), name, QStringLiteral("-o"), out});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    QFile file(out);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    Csv csv;
    const auto lines = file.readAll().split('\n');
    for (const auto& line : lines) {
        if (line.isEmpty()) continue;
        if (csv.header.isEmpty()) {
            csv.header = QString::fromUtf8(line).split(QLatin1Char(','));
            continue;
        }
        std::vector<double> row;
        for (const auto& field : line.split(','))
            row.push_back(field.toDouble());
        csv.rows.push_back(std::move(row));
    }
    return csv;
}

using Fn = std::function<std::array<double, 3>(double)>; // f, f', f'' (NaN: not checked)

double sigma(double x) {
    return 1 / (1 + std::exp(-x));
}

Fn sigmoidFn() {
    return [](double x) {
        const double s = sigma(x);
        return std::array<double, 3>{s, s * (1 - s), s * (1 - s) * (1 - 2 * s)};
    };
}
Fn tanhFn() {
    return [](double x) {
        const double t = std::tanh(x);
        return std::array<double, 3>{t, 1 - t * t, -2 * t * (1 - t * t)};
    };
}
/// ReLU (a = 0), Leaky ReLU / PReLU (slope a): at 0 the left branch (PyTorch).
Fn leakyFn(double a) {
    return [a](double x) { return std::array<double, 3>{x > 0 ? x : a * x, x > 0 ? 1 : a, 0}; };
}
/// λ·ELU_α; at 0 PyTorch's autograd: f' from the x <= 0 branch, f'' = 0 (double backward masks x < 0).
Fn eluFn(double alpha, double lambda = 1) {
    return [alpha, lambda](double x) {
        if (x > 0) return std::array<double, 3>{lambda * x, lambda, 0};
        const double e = std::exp(x);
        return std::array<double, 3>{lambda * alpha * (e - 1), lambda * alpha * e,
                                     x == 0 ? 0 : lambda * alpha * e};
    };
}
Fn siluFn() {
    return [](double x) {
        const double s = sigma(x);
        return std::array<double, 3>{x * s, s * (1 + x * (1 - s)), s * (1 - s) * (2 + x * (1 - 2 * s))};
    };
}
Fn geluFn() {
    return [](double x) {
        const double Phi = 0.5 * std::erfc(-x / std::sqrt(2.0));
        const double phi = std::exp(-x * x / 2) / std::sqrt(2 * M_PI);
        return std::array<double, 3>{x * Phi, Phi + x * phi, phi * (2 - x * x)};
    };
}
Fn mishFn() {
    return [](double x) {
        const double t = std::tanh(std::log1p(std::exp(x)));
        return std::array<double, 3>{x * t, t + x * sigma(x) * (1 - t * t), std::nan("")};
    };
}

void checkCsv(const QString& preset, double xMin, double xMax, int points, const std::vector<double>& kinks,
              const std::vector<std::pair<QString, Fn>>& curves) {
    SCOPED_TRACE(preset.toStdString());
    const Csv csv = csvOfPreset(preset);
    // Header: x, then "<legend label>: f", "…: f'", "…: f''" per curve.
    QStringList expectedHeader{QStringLiteral("x")};
    for (const auto& [label, fn] : curves)
        for (const char* suffix : {"f", "f'", "f''"})
            expectedHeader << label + QStringLiteral(": ") + QLatin1String(suffix);
    EXPECT_EQ(csv.header, expectedHeader);
    // Grid: `points` uniform samples plus the kinks, each once.
    std::vector<double> grid;
    for (int i = 0; i < points; ++i)
        grid.push_back(xMin + (xMax - xMin) * i / (points - 1));
    for (double k : kinks)
        if (std::none_of(grid.begin(), grid.end(), [k](double g) { return std::fabs(g - k) < 1e-12; }))
            grid.push_back(k);
    std::sort(grid.begin(), grid.end());
    ASSERT_EQ(csv.rows.size(), grid.size());
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const auto& row = csv.rows[i];
        ASSERT_EQ(row.size(), 1 + 3 * curves.size());
        EXPECT_NEAR(row[0], grid[i], 1e-12 * std::max(1.0, std::fabs(grid[i])));
        for (std::size_t c = 0; c < curves.size(); ++c) {
            const auto expected = curves[c].second(row[0]);
            for (std::size_t k = 0; k < 3; ++k) {
                if (std::isnan(expected[k])) continue;
                EXPECT_NEAR(row[1 + 3 * c + k], expected[k], 1e-12 * std::max(1.0, std::fabs(expected[k])))
                    << curves[c].first.toStdString() << " order " << k << " at x = " << row[0];
            }
        }
    }
}

TEST(PlotProcessCsv, Figure1) {
    checkCsv(QStringLiteral("activation-functions"), -10, 10, 100, {0},
             {{QStringLiteral("Sigmoid"), sigmoidFn()},
              {QStringLiteral("tanh"), tanhFn()},
              {QStringLiteral("ReLU"), leakyFn(0)},
              {QString::fromUtf8("Leaky ReLU (α=0.01)"), leakyFn(0.01)},
              {QString::fromUtf8("ELU (α=1)"), eluFn(1)}});
}

TEST(PlotProcessCsv, Figure2) {
    checkCsv(QStringLiteral("relu-variants"), -5, 5, 1000, {0},
             {{QStringLiteral("ReLU"), leakyFn(0)},
              {QString::fromUtf8("Leaky ReLU (α=0.1)"), leakyFn(0.1)},
              {QString::fromUtf8("PReLU (α=0.25)"), leakyFn(0.25)}});
}

TEST(PlotProcessCsv, Figure3) {
    checkCsv(QStringLiteral("relu-variants-derivatives"), -5, 5, 1000, {0},
             {{QStringLiteral("ReLU"), leakyFn(0)},
              {QString::fromUtf8("Leaky ReLU (α=0.1)"), leakyFn(0.1)},
              {QString::fromUtf8("PReLU (α=0.25)"), leakyFn(0.25)},
              {QString::fromUtf8("ELU (α=1)"), eluFn(1)},
              {QString::fromUtf8("Swish (β=1)"), siluFn()}});
}

TEST(PlotProcessCsv, Figure4) {
    checkCsv(QStringLiteral("variant-gallery"), -4, 4, 1001, {0},
             {{QStringLiteral("ReLU"), leakyFn(0)},
              {QString::fromUtf8("Leaky ReLU (α=0.01)"), leakyFn(0.01)},
              {QString::fromUtf8("PReLU (α=0.01)"), leakyFn(0.01)},
              {QString::fromUtf8("ELU (α=1)"), eluFn(1)},
              {QStringLiteral("SELU"), eluFn(1.6732632423543772, 1.0507009873554805)},
              {QStringLiteral("GELU"), geluFn()},
              {QStringLiteral("Swish / SiLU"), siluFn()},
              {QStringLiteral("Mish"), mishFn()}});
}

TEST(PlotProcessCsv, Figure5) {
    checkCsv(QStringLiteral("silu-vs-mish"), -6, 6, 1000, {},
             {{QStringLiteral("SiLU"), siluFn()}, {QStringLiteral("Mish"), mishFn()}});
}

} // namespace
