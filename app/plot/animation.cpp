// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/animation.hpp"

#include "plot/axis_range.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/sampling.hpp"
#include "common/qt_text.hpp"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace actlab::plot {

namespace {

using actlab::common::numberText;
using actlab::common::toQString;

/// Samples per curve and frame for the steady y range: the plot takes at least two per pixel, but the
/// extent of smooth curves is found long before that, and kinks are sampled exactly.
constexpr std::size_t kSteadySamples = 1001;

std::vector<double> paramsOf(const CurveSpec& curve, const actlab::CurveFunction& function) {
    return curve.params.empty() ? function.defaults() : curve.params;
}

/// The value a parameter takes: whole numbers for integer parameters.
double settle(const actlab::ParameterSpec& parameter, double value) {
    return parameter.integer ? std::round(value) : value;
}

QString curveName(const FigureSpec& figure, int index) {
    return QCoreApplication::translate("actlab::plot::Animation", "curve %1 (%2)")
        .arg(index + 1)
        .arg(functionName(figure.curves[static_cast<std::size_t>(index)]));
}

} // namespace

QString animationModeName(AnimationMode mode) {
    switch (mode) {
    case AnimationMode::Once:
        return QStringLiteral("once");
    case AnimationMode::Loop:
        return QStringLiteral("loop");
    case AnimationMode::Bounce:
        return QStringLiteral("bounce");
    }
    return {};
}

std::optional<AnimationMode> animationModeFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("once")) return AnimationMode::Once;
    if (n == QLatin1String("loop")) return AnimationMode::Loop;
    if (n == QLatin1String("bounce") || n == QLatin1String("back-and-forth")) return AnimationMode::Bounce;
    return std::nullopt;
}

int parameterIndex(const CurveSpec& curve, const QString& name) {
    const auto function = functionOf(curve);
    return function && !name.isEmpty() ? function->parameterIndex(name.toStdString()) : -1;
}

std::vector<int> curvesWithParameter(const FigureSpec& figure, const QString& name) {
    std::vector<int> rows;
    for (std::size_t i = 0; i < figure.curves.size(); ++i)
        if (parameterIndex(figure.curves[i], name) >= 0) rows.push_back(static_cast<int>(i));
    return rows;
}

std::vector<int> playingCurves(const FigureSpec& figure, const Animation& animation) {
    return animation.curves.empty() ? curvesWithParameter(figure, animation.parameter) : animation.curves;
}

std::optional<QString> animationProblem(const FigureSpec& figure, const Animation& animation) {
    const QString& name = animation.parameter;
    const QString ends =
        QStringLiteral("%1=%2:%3").arg(name, numberText(animation.from), numberText(animation.to));
    if (!std::isfinite(animation.from) || !std::isfinite(animation.to))
        return QCoreApplication::translate("actlab::plot::Animation", "%1: both ends must be finite numbers")
            .arg(ends);
    if (animation.from == animation.to)
        return QCoreApplication::translate("actlab::plot::Animation",
                                           "%1: the two ends are equal, nothing would move")
            .arg(ends);
    if (animation.interpolation == Interpolation::Geometric && !(animation.from > 0 && animation.to > 0))
        return QCoreApplication::translate("actlab::plot::Animation",
                                           "%1: log steps need both ends greater than 0")
            .arg(ends);
    if (!(animation.frames >= 2 && animation.frames <= kMaxAnimationFrames))
        return QCoreApplication::translate("actlab::plot::Animation",
                                           "frames must be a whole number from 2 to %1, not %2")
            .arg(kMaxAnimationFrames)
            .arg(animation.frames);
    if (!(animation.fps >= kMinAnimationFps && animation.fps <= kMaxAnimationFps))
        return QCoreApplication::translate("actlab::plot::Animation",
                                           "fps must be a number from %1 to %2, not %3")
            .arg(numberText(kMinAnimationFps), numberText(kMaxAnimationFps), numberText(animation.fps));

    const std::vector<int> rows = playingCurves(figure, animation);
    if (rows.empty()) {
        QStringList have;
        for (const auto& curve : figure.curves)
            if (const auto function = functionOf(curve))
                for (const auto& p : function->parameters())
                    if (!have.contains(toQString(p.name))) have << toQString(p.name);
        return QCoreApplication::translate("actlab::plot::Animation",
                                           "no curve has a parameter named %1 (%2)")
            .arg(name,
                 have.isEmpty()
                     ? QCoreApplication::translate("actlab::plot::Animation", "the curves have no parameters")
                     : QCoreApplication::translate("actlab::plot::Animation", "parameters: %1")
                           .arg(have.join(QStringLiteral(", "))));
    }
    for (const int row : rows) {
        if (row < 0 || row >= static_cast<int>(figure.curves.size()))
            return QCoreApplication::translate("actlab::plot::Animation", "there is no curve %1 to animate")
                .arg(row + 1);
        const CurveSpec& curve = figure.curves[static_cast<std::size_t>(row)];
        const int index = parameterIndex(curve, name);
        if (index < 0)
            return QCoreApplication::translate("actlab::plot::Animation", "%1 has no parameter %2")
                .arg(curveName(figure, row), name);
        const auto function = *functionOf(curve);
        const auto& parameter = function.parameters()[static_cast<std::size_t>(index)];
        for (const double end : {animation.from, animation.to}) {
            const double value = settle(parameter, end);
            if (!(value >= parameter.min && value <= parameter.max))
                return QCoreApplication::translate("actlab::plot::Animation",
                                                   "%1: %2 = %3 is outside its range [%4, %5]")
                    .arg(curveName(figure, row), name, numberText(end), numberText(parameter.min),
                         numberText(parameter.max));
        }
        // The ends are in range, and so is every value between them; what is left are the function's
        // constraints between its parameters, checked on every frame of the way out.
        std::vector<double> params = paramsOf(curve, function);
        for (int frame = 0; frame < animation.frames; ++frame) {
            const double value =
                settle(parameter, animationValue(animation, framePosition(animation, frame)));
            params[static_cast<std::size_t>(index)] = value;
            if (const auto problem = function.validate(params))
                return QCoreApplication::translate("actlab::plot::Animation", "%1 at frame %2 (%3 = %4): %5")
                    .arg(curveName(figure, row))
                    .arg(frame)
                    .arg(name, numberText(value), common::translated(problem->text));
        }
    }
    return std::nullopt;
}

int animationFrameCount(const Animation& animation) {
    const int n = std::max(animation.frames, 2);
    return animation.mode == AnimationMode::Bounce ? 2 * n - 2 : n;
}

double framePosition(const Animation& animation, int frame) {
    const int last = std::max(animation.frames, 2) - 1;
    const int step = frame <= last ? frame : 2 * last - frame; // bounce: back again
    return static_cast<double>(std::clamp(step, 0, last)) / static_cast<double>(last);
}

double animationValue(const Animation& animation, double t) {
    const double a = animation.from, b = animation.to;
    if (t <= 0) return a;
    if (t >= 1) return b;
    if (animation.interpolation == Interpolation::Geometric && a > 0 && b > 0)
        return std::exp(std::lerp(std::log(a), std::log(b), t));
    return std::lerp(a, b, t);
}

double animationValueAt(const Animation& animation, double seconds, double duration) {
    const double sweeps = duration > 0 ? std::max(seconds, 0.0) / duration : 1;
    switch (animation.mode) {
    case AnimationMode::Once:
        return animationValue(animation, std::min(sweeps, 1.0));
    case AnimationMode::Loop:
        return animationValue(animation, sweeps - std::floor(sweeps));
    case AnimationMode::Bounce: {
        const double phase = std::fmod(sweeps, 2.0);
        return animationValue(animation, phase <= 1 ? phase : 2 - phase);
    }
    }
    return animation.from;
}

FigureSpec figureWithValue(const FigureSpec& figure, const Animation& animation, double value) {
    FigureSpec out = figure;
    for (const int row : playingCurves(figure, animation)) {
        if (row < 0 || row >= static_cast<int>(out.curves.size())) continue;
        CurveSpec& curve = out.curves[static_cast<std::size_t>(row)];
        const int index = parameterIndex(curve, animation.parameter);
        if (index < 0) continue;
        const auto function = *functionOf(curve);
        curve.params = paramsOf(curve, function);
        curve.params[static_cast<std::size_t>(index)] =
            settle(function.parameters()[static_cast<std::size_t>(index)], value);
    }
    return out;
}

FigureSpec animationFrame(const FigureSpec& figure, const Animation& animation, int frame) {
    return figureWithValue(figure, animation, animationValue(animation, framePosition(animation, frame)));
}

FigureSpec withSteadyAxes(const FigureSpec& figure, const Animation& animation) {
    if (figure.gallery) return figure;
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::array<double, 3> lo{inf, inf, inf}, hi{-inf, -inf, -inf};
    const int frames = std::clamp(animation.frames, 2, kMaxAnimationFrames);
    std::vector<double> values[3];
    for (int frame = 0; frame < frames; ++frame) {
        const FigureSpec spec = animationFrame(figure, animation, frame);
        for (const auto& curve : spec.curves) {
            const auto function = functionOf(curve);
            if (!function || !curve.visible) continue;
            const std::vector<double> params = paramsOf(curve, *function);
            const auto kinks = function->kinks(params, spec.xMin, spec.xMax);
            const std::vector<double> x = actlab::sampleGrid(spec.xMin, spec.xMax, kSteadySamples, kinks);
            for (auto& v : values)
                v.assign(x.size(), 0.0);
            function->evaluate(params, x, values[0], values[1], values[2]);
            for (int order = 0; order < 3; ++order)
                for (const double y : values[order])
                    if (std::isfinite(y)) {
                        lo[static_cast<std::size_t>(order)] =
                            std::min(lo[static_cast<std::size_t>(order)], y);
                        hi[static_cast<std::size_t>(order)] =
                            std::max(hi[static_cast<std::size_t>(order)], y);
                    }
        }
    }
    FigureSpec out = figure;
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        if (!figure.showsOrder(order) || figure.yRange[o] || !(lo[o] < hi[o])) continue;
        const double margin = 0.05 * (hi[o] - lo[o]);
        const double a = lo[o] - margin, b = hi[o] + margin;
        if (!axisRangeProblem(a, b)) out.yRange[o] = Range{a, b};
    }
    return out;
}

} // namespace actlab::plot
