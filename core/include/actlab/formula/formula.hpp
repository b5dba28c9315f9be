// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A formula in x typed by the user, with exact (symbolic) f' and f'', rewritten to stable primitives
/// and compiled to a flat program that evaluates f, f', f'' in double over spans of x.
///
///   auto r = formula::Formula::parse("x*sigmoid(b*x)");
///   if (!r) show(r.error->message);                 // "expected ')' at column 10"
///   const formula::Formula& g = *r.formula;
///   g.parameterNames();                             // {"b"}; each defaults to 1
///   g.evaluate(params, x, f, df, d2f);              // spans, no symbolic work per point
///   g.text(1);                                      // f' as plain text, re-parseable
///   g.kinks(params, -5, 5);                         // kinks of abs, max, min, where, sign, catalogue calls
///   g.checkAccuracy(params, -50, 50);               // where double loses digits (vs long double)
///
/// The language: + - * / ^ (right-associative; unary minus binds looser than ^: -x^2 = -(x^2)),
/// parentheses, numbers as ActLab reads them everywhere (decimal, hex floats 0x1.8p-3, inf, nan), the
/// functions exp expm1 log log1p sqrt abs sign min max sin cos tanh sinh cosh sech erf erfc sigmoid
/// softplus logsigmoid, where(cond, a, b) with cond one of < <= > >= == !=, and every catalogue id as a
/// function (gelu(x), elu(x, 0.5): the extra arguments are the activation's parameters in order, missing
/// ones take their defaults; they must not depend on x; literal ones are validated when parsing, named
/// ones at evaluation, NaN outside the domain). gelu'(x) and gelu''(x) are the catalogue's f' and f''
/// (their own derivatives beyond f'' are not available: NaN). softplus(u, beta) is the catalogue's
/// softplus; sigmoid, tanh and softplus with one argument are the primitives. Every other name is a
/// parameter (default 1); x is the variable.
///
/// Values: NaN where a function is undefined (log of a negative, 0/0, where() of a NaN condition), ±inf
/// where a value overflows; never an exception. At a switch, the formula's own definition decides:
/// sign(0) = 0 (so abs'(0) = 0), max(a, b) and min(a, b) give b's derivative at a tie (max(x, 0)' = 0 at
/// 0, PyTorch's ReLU convention), where() takes its condition as written. GiNaC simplifies while building
/// (x/x is 1, also at 0), and the literals inf and nan are opaque constants to it (inf − inf is 0).
///
/// The symbolic work (parse, differentiate, rewrite, print, compile) is done once, in parse() (one parse
/// at a time: GiNaC is not thread-safe; parse() holds a lock); a Formula is then immutable plain data and
/// its evaluation functions are safe to call from several threads.
#include "actlab/activation.hpp"
#include "actlab/formula/parse_error.hpp"
#include "actlab/sampling.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actlab::formula {

/// How a formula is printed.
enum class Notation {
    Plain, ///< ASCII, parses back to the same function: "x*sigmoid(-x)*sigmoid(x) + sigmoid(x)"
    Unicode, ///< for labels and the info panel: "x·σ(−x)·σ(x) + σ(x)", "√(x² + 1)", "|x|", "elu′(x, 0.5)"
    Latex, ///< "x \cdot \sigma\left(-x\right) \cdot …", where() as \begin{cases}…\end{cases}
};

/// An x range where double evaluation disagrees with long double by more than the bar (1e-9 relative,
/// or 4ε times the local scale |x·q'(x)| near zeros of the quantity q).
struct AccuracyRange {
    int order;            ///< 0 = f, 1 = f', 2 = f''
    double xmin, xmax;    ///< the first and last flagged sample points
    double worstRelative; ///< the largest |double − long double| / |long double| seen in the range
    double worstX;        ///< where it was seen
    /// Short, naming the first intermediate (in evaluation order) that goes wrong, e.g. "digits lost in
    /// cancellation in a sum at x - tanh(x)", "the intermediate cosh(x) overflows in double".
    std::string reason;
    Message reasonText; ///< the same, for translation: `reason` is reasonText.english()
};

struct ParseResult;

class Formula {
  public:
    /// Parses, differentiates and compiles. Never throws on bad input: the error says what and where.
    static ParseResult parse(std::string_view text, const Limits& limits = {});

    const std::string& source() const;                      ///< the text as typed
    const std::vector<std::string>& parameterNames() const; ///< in order of first appearance
    std::vector<double> defaults() const;                   ///< 1 for each parameter

    /// f (order 0), f' or f'' after the stability rewrites — the expression that is evaluated.
    std::string text(int order, Notation notation = Notation::Plain) const;

    /// Fills f (and df, d2f when not empty) at every x. Spans as Activation::evaluate: outputs at least as
    /// long as x; d2f only with df. params.size() must equal parameterNames().size()
    /// (std::invalid_argument otherwise). Never throws on values: NaN where undefined (log of a negative,
    /// 0/0), ±inf where the value overflows.
    void evaluate(std::span<const double> params, std::span<const double> x, std::span<double> f,
                  std::span<double> df = {}, std::span<double> d2f = {}) const;

    /// f, f', f'' at one point; Side::Left / Right give the one-sided limits at a kink (evaluated at the
    /// neighbouring double), Side::Convention the formula's own value at x.
    Derivs at(double x, std::span<const double> params, Side side = Side::Convention) const;

    /// The points in [xmin, xmax] where a switching argument (of abs, sign, max, min, where, or a catalogue
    /// call's kinks) crosses its switching value, found on a grid of `gridPoints` and refined by bisection
    /// to adjacent doubles; sorted, each with the lowest derivative order that jumps there (3 when none of
    /// f, f', f'' jumps). Two crossings closer than the grid spacing may be missed.
    std::vector<Kink> kinks(std::span<const double> params, double xmin, double xmax,
                            std::size_t gridPoints = 4096) const;

    /// Re-evaluates f, f', f'' at `count` uniform points of [xmin, xmax] in long double and returns the x
    /// ranges where the double values miss the bar, with a short reason.
    std::vector<AccuracyRange> checkAccuracy(std::span<const double> params, double xmin, double xmax,
                                             std::size_t count = 2001) const;

    /// The number of instructions of the compiled f, f', f'' program (for tests and benchmarks).
    std::size_t programSize() const;

    struct Impl;

  private:
    explicit Formula(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}
    std::shared_ptr<const Impl> m_impl;
};

/// As actlab::sampleCurve for a built-in: `count` uniform points over [xmin, xmax] plus every kink found
/// there (Formula::kinks), each of f, f', f'' (up to `orders`) split at its jumps with the one-sided values
/// and a JumpMarker (closed = the formula's value at the kink, open = the other one-sided limit).
SampledCurve sampleFormula(const Formula& formula, std::span<const double> params, double xmin, double xmax,
                           std::size_t count, int orders = 3);

/// Either a formula or the reason it was refused.
struct ParseResult {
    std::optional<Formula> formula;
    std::optional<ParseError> error;
    explicit operator bool() const { return formula.has_value(); }
};

} // namespace actlab::formula
