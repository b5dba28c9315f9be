// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Parameter animation: one parameter played between two values, on every linked curve at once, as a
/// plain description that `actlab plot --animate`, File ▸ Export animation and the window's play button
/// share. Frames are FigureSpecs; animation_export.hpp writes them as an animated GIF or numbered files.
#include "plot/figure_spec.hpp"

#include <QString>

#include <optional>
#include <vector>

namespace actlab::plot {

/// once: from → to and stop; loop: from → to, then again from `from`; bounce: from → to → from …
enum class AnimationMode { Once, Loop, Bounce };
/// Linear steps, or geometric ones (equal ratios; only when both ends are > 0): a log-scale
/// parameter such as Leaky ReLU's α sweeps 0.01 → 1 in equal steps of its slider.
enum class Interpolation { Linear, Geometric };

struct Animation {
    QString parameter; ///< the parameter's name as in `actlab list` ("alpha")
    double from = 0;
    double to = 1;
    int frames = 30; ///< pictures from `from` to `to`, both ends included (2 … kMaxAnimationFrames)
    double fps = 15; ///< frames per second (kMinAnimationFps … kMaxAnimationFps)
    AnimationMode mode = AnimationMode::Loop;
    Interpolation interpolation = Interpolation::Linear;
    /// The curves that play together ("linked"), by index; empty = every curve with the parameter.
    std::vector<int> curves;

    bool operator==(const Animation&) const = default;
};

inline constexpr int kMaxAnimationFrames = 1000;
inline constexpr double kMinAnimationFps = 1;
/// GIF delays are whole hundredths of a second and browsers slow anything under 2 cs down to 10 cs.
inline constexpr double kMaxAnimationFps = 50;

/// "once", "loop", "bounce"; and back (also "back-and-forth" for bounce), nullopt if unknown.
QString animationModeName(AnimationMode mode);
std::optional<AnimationMode> animationModeFromName(const QString& name);

/// The index of parameter `name` in the curve's catalogue function, or -1 (unknown id or no such name).
int parameterIndex(const CurveSpec& curve, const QString& name);
/// Every curve of the figure that has parameter `name`, in figure order.
std::vector<int> curvesWithParameter(const FigureSpec& figure, const QString& name);
/// The curves that play: `animation.curves`, or curvesWithParameter() when it is empty.
std::vector<int> playingCurves(const FigureSpec& figure, const Animation& animation);

/// Why the animation cannot play on this figure, in one line, or nullopt: no curve has the parameter;
/// a linked index that is no curve or has no such parameter; from = to, or an end that is not finite;
/// geometric steps with an end ≤ 0; frames or fps outside their ranges; an end outside a curve's declared
/// range ("curve 2 (leaky_relu): alpha = 2 is outside its range [0, 1]"); or a frame the function
/// refuses with the other parameters (hardtanh's min_val < max_val), with the frame and its value.
std::optional<QString> animationProblem(const FigureSpec& figure, const Animation& animation);

/// Pictures in one run of the file: `frames`, or 2·frames − 2 for bounce (to and back again, neither
/// end repeated, so that a looping GIF or beamer loop moves evenly).
int animationFrameCount(const Animation& animation);
/// Where frame `frame` (0 … animationFrameCount() − 1) stands between the ends, 0 … 1: frame/(frames−1)
/// on the way out, mirrored on the way back in bounce mode.
double framePosition(const Animation& animation, int frame);
/// The parameter's value at position `t` (0 … 1): std::lerp(from, to, t), or from·(to/from)^t for
/// geometric steps; exactly `from` at 0 and `to` at 1. (figureWithValue() rounds it for integer
/// parameters such as maxout's k.)
double animationValue(const Animation& animation, double t);
/// The value at time `seconds` after the start of a play lasting `duration` seconds per sweep (the
/// window's animator): once stops at `to`; loop starts again; bounce turns at either end.
double animationValueAt(const Animation& animation, double seconds, double duration);

/// The figure with every playing curve's parameter set to `value` (integer parameters rounded).
FigureSpec figureWithValue(const FigureSpec& figure, const Animation& animation, double value);
/// The figure of frame `frame`.
FigureSpec animationFrame(const FigureSpec& figure, const Animation& animation, int frame);

/// The figure with each shown subplot's automatic y range fixed to what every frame needs (the data's
/// extent over all frames plus 5 % on either side), so that the axes stand still while the curves move.
/// Fixed ranges, the gallery and subplots whose data is flat stay as they are.
FigureSpec withSteadyAxes(const FigureSpec& figure, const Animation& animation);

} // namespace actlab::plot
