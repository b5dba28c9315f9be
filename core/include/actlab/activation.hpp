// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The descriptor of one activation function: what it is called, its parameters, its kinks, its
/// properties, and how to evaluate f, f' and f'' exactly over spans of x.
#include "actlab/message.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

/// Families, in catalogue order.
enum class Family {
    Saturating,  ///< sigmoid, tanh
    Rectifier,   ///< relu, relu6, leaky_relu, prelu, rrelu
    Exponential, ///< elu, celu, selu
    Gated,       ///< gelu, gelu_tanh, silu, swish, mish
    Softplus,    ///< softplus, squareplus, softsign, log_sigmoid
    Hard,        ///< hardsigmoid, hardswish, hardtanh
    Shrinkage,   ///< hardshrink, softshrink, tanhshrink
    Piecewise,   ///< threshold, maxout
    Other,       ///< isru, isrlu, bent_identity, gaussian, sinc, snake
};
inline constexpr int kFamilyCount = 9;
std::string_view familyName(Family family);

/// One parameter of an activation. Values are passed to evaluation as doubles in declaration order.
struct ParameterSpec {
    std::string_view name;   ///< stable id used on the command line and in sessions, e.g. "alpha"
    std::string_view symbol; ///< display symbol, e.g. "α"
    double defaultValue;
    double min; ///< declared range, inclusive
    double max;
    bool logScale; ///< a log-scale slider suits it (the GUI clamps its lower end to a positive value)
    bool integer;  ///< only whole numbers are valid (maxout k)
    std::string_view meaning; ///< one line
};

/// f, f' and f'' at one point.
struct Derivs {
    double f;
    double df;
    double d2f;
};

/// Which branch to take exactly at a kink: the convention (PyTorch's autograd value), or a one-sided limit.
enum class Side { Convention = 0, Left = -1, Right = 1 };

/// A point where f or one of its first derivatives is not continuous (or not differentiable).
struct Kink {
    double x;
    int order; ///< lowest derivative that jumps there: 0 = f jumps, 1 = f' jumps, 2 = f'' jumps, 3 = f'' has
               ///< a corner
};

/// Smoothness class: kDiscontinuous, 0 for C⁰, 1 for C¹ … or kSmooth for C∞.
inline constexpr int kDiscontinuous = -1;
inline constexpr int kSmooth = 1000;

/// Properties at given parameter values.
struct Properties {
    std::string range; ///< e.g. "(0, 1)", "[−0.2785, ∞)"
    bool boundedBelow;
    bool boundedAbove;
    bool monotonic;   ///< non-decreasing or non-increasing over ℝ
    int smoothness;   ///< kDiscontinuous, 0, 1, 2, … or kSmooth
    bool zeroCentred; ///< output mean is 0 for inputs symmetric about 0 (odd function)
};

/// Evaluates over a span. df and d2f may be null (value only); if df is null, d2f must be null too.
using SpanEvaluator = void (*)(const double* params, const double* x, std::size_t n, double* f, double* df,
                               double* d2f);
using PointEvaluator = Derivs (*)(double x, const double* params, Side side);
using KinkLister = void (*)(const double* params, std::vector<Kink>& out);
using PropertiesOf = Properties (*)(const double* params);
/// Checks constraints between parameters beyond the declared ranges; returns an empty message when valid.
using CrossCheck = Message (*)(const double* params);

struct Activation {
    std::string_view id;   ///< stable, e.g. "leaky_relu"
    std::string_view name; ///< display name, e.g. "Leaky ReLU"
    Family family;
    std::string_view torchName;      ///< e.g. "torch.nn.LeakyReLU", or empty
    std::string_view formula;        ///< plain text (Unicode)
    std::string_view latex;          ///< LaTeX
    std::string_view notes;          ///< two or three plain-language sentences for teaching
    std::string_view kinkConvention; ///< how f' and f'' are defined at kinks
    std::span<const ParameterSpec> parameters;
    SpanEvaluator evaluateSpan;
    PointEvaluator evaluatePoint;
    KinkLister listKinks;
    PropertiesOf propertiesOf;
    CrossCheck crossCheck; ///< may be null

    // Convenience wrappers.
    Derivs at(double x, std::span<const double> params, Side side = Side::Convention) const {
        return evaluatePoint(x, params.data(), side);
    }
    void evaluate(std::span<const double> params, std::span<const double> x, std::span<double> f,
                  std::span<double> df = {}, std::span<double> d2f = {}) const;
    std::vector<Kink> kinks(std::span<const double> params) const;
    Properties properties(std::span<const double> params) const { return propertiesOf(params.data()); }
    std::vector<double> defaults() const;
    int parameterIndex(std::string_view paramName) const; ///< -1 if absent
};

} // namespace actlab
