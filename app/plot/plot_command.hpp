// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// `actlab plot`: headless figures from the command line (offscreen, no display server needed).
///
///   actlab plot [SPEC]... [--preset NAME | --session FILE.actlab] [--derivatives 0|1|2] [--xrange A:B]
///               [--yrange A:B] [--points N] [--size WxH] [--scale S] [--title T] [--xlabel T]
///               [--ylabel T] [--theme light|dark] [--legend POSITION|none] [--gallery]
///               [--animate NAME=A:B [--frames N] [--fps F] [--animate-mode once|loop|bounce]
///                [--animate-scale linear|log]]
///               [--analysis depth|histograms|selu-map|phase [--layers L] [--sigma-w2 V] [--sigma-b2 V]
///                [--q-in V] [--width N] [--batch B] [--seed S] [--at L,L,...] [--no-mc]]
///               [--analysis training (SPEC... [actlab train's options] | --preset EXPERIMENT) [--steps N]]
///               -o OUT.png|svg|pdf|csv|py|actlab|gif  (with --animate: OUT.gif or DIR/frame-%03d.png|svg)
#include "plot/analysis_data.hpp"
#include "plot/animation.hpp"
#include "plot/animation_export.hpp"
#include "plot/exporter.hpp"
#include "plot/figure_spec.hpp"
#include "plot/training_export.hpp"

#include <QString>
#include <QStringList>

#include <optional>

namespace actlab::plot {

/// What one `actlab plot` invocation asks for.
struct PlotRequest {
    FigureSpec spec;
    QString output;
    ExportFormat format = ExportFormat::Png; ///< unused when `session`
    bool session = false; ///< -o FILE.actlab: write the figure as a session instead of exporting it
    ExportOptions options;
    /// --animate: the figure's parameter played from A to B, written as `animationOutput` (`format` is
    /// then how each frame is drawn: PNG for a GIF and PNG frames, SVG for SVG frames).
    std::optional<Animation> animation;
    AnimationOutput animationOutput = AnimationOutput::Gif;
    /// --analysis: a deep-network figure of the curves instead of the curves themselves.
    std::optional<AnalysisKind> analysis;
    AnalysisSettings analysisSettings;
    /// --analysis training: the training lab's figure of the runs instead.
    std::optional<TrainingPlot> training;
    bool help = false; ///< --help: print plotUsage() and exit 0
};

/// The usage text of `actlab plot --help`.
QString plotUsage();

/// Parses one curve SPEC: `id` or `id:name=value,name=value`; parameters not named keep their defaults.
/// On error returns nullopt and sets *error to one line naming the problem.
std::optional<CurveSpec> parseCurveSpec(const QString& text, QString* error);

/// Parses the arguments after `actlab plot`. The preset or the session file's figure (if any; not both)
/// is applied first, then every other option overrides it, whatever the order; SPECs are added after its
/// curves. A session file that cannot be read is an error "FILE: problem".
std::optional<PlotRequest> parsePlotArguments(const QStringList& args, QString* error);

/// Renders and writes the request (a QApplication must exist for PNG, SVG and PDF), or writes the figure
/// as a session (selected: the first curve; no cursor). Returns the exit status: 0, or 2 with *error set
/// when the output cannot be written.
int executePlotRequest(const PlotRequest& request, QString* error);

/// `actlab plot …` with argv[1] == "plot": always on the offscreen platform (whatever QT_QPA_PLATFORM
/// says), with none of the user's arguments passed to Qt; prints one line on stderr (control characters
/// shown as '?') and returns 2 on bad input.
int runPlotCommand(int argc, char** argv);

/// `actlab plot --help` and `actlab help plot`: prints plotUsage() on stdout; 0, or 1 if it cannot.
int printPlotUsage();

} // namespace actlab::plot
