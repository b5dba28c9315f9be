// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Writes an Animation: an animated GIF (one file), or numbered PNG or SVG frames for LaTeX beamer's
/// `animate` package. `actlab plot --animate` and File ▸ Export animation both come here.
///
/// Frame files are named by a printf-like pattern with one frame number: `%d` (0, 1, … 10, …) or
/// `%0Nd` (zero-padded to N digits, N = 1 … 9), and `%%` for a literal '%': `frames/alpha-%03d.png`
/// writes frames/alpha-000.png … alpha-029.png, which beamer plays with
/// `\animategraphics[loop,autoplay]{15}{frames/alpha-}{000}{029}`. Frames are numbered from 0.
#include "plot/animation.hpp"
#include "plot/exporter.hpp"

#include <QString>

#include <functional>
#include <optional>

namespace actlab::plot {

enum class AnimationOutput { Gif, PngFrames, SvgFrames };

/// .gif → Gif, .png → PngFrames, .svg → SvgFrames (case-insensitive), else nullopt.
std::optional<AnimationOutput> animationOutputForPath(const QString& path);

/// Why `pattern` cannot name `frameCount` frames, or nullopt: it needs exactly one %d or %0Nd; any other
/// '%' must be written %%; zero padding must be wide enough for the last frame's number (mixed widths
/// would break beamer's numbering).
std::optional<QString> framePatternProblem(const QString& pattern, int frameCount);
/// The file name of frame `frame` (pattern already checked).
QString framePath(const QString& pattern, int frame);

/// Called after each frame written (done, total); return false to stop (the export then fails with
/// "cancelled").
using AnimationProgress = std::function<bool(int done, int total)>;

/// The animated GIF of the animation in memory: animationFrameCount() frames of withSteadyAxes()
/// figures rendered as renderImage() renders PNGs (options.scale and options.theme apply; never
/// transparent), a global palette (gifPalette()) from up to nine frames spread over the sweep, the
/// delay of options' fps, looping forever unless the mode is once. Empty with *error on failure.
QByteArray renderAnimatedGif(const FigureSpec& figure, const Animation& animation,
                             const ExportOptions& options, QString* error = nullptr,
                             const AnimationProgress& progress = {});

/// Checks the animation (animationProblem()) and the output, then writes the GIF or every frame file,
/// each atomically (writeFileAtomically()). False with one line in *error on failure.
bool exportAnimation(const FigureSpec& figure, const Animation& animation, const QString& output,
                     AnimationOutput kind, const ExportOptions& options, QString* error = nullptr,
                     const AnimationProgress& progress = {});

} // namespace actlab::plot
