// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/formula/formula.hpp"

#include "actlab/catalogue.hpp"
#include "program.hpp"
#include "symbolic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <mutex>
#include <stdexcept>

namespace actlab::formula {

using detail::Program;

/// Everything symbolic is done in parse(); what is kept is plain data (texts, tapes), so a Formula can be
/// copied and evaluated from any thread.
struct Formula::Impl {
    std::string source;
    std::vector<std::string> parameters;
    std::array<std::array<std::string, 3>, 3> texts; ///< [notation][order]
    Program value;                                   ///< f
    Program all;                                     ///< f, f', f''

    /// A switching argument s(x) and the values where it switches: 0 for abs, sign, max, min and where;
    /// the catalogue function's kinks at its parameters for a catalogue call.
    struct Switch {
        int output;                    ///< of `switches`
        int catalogueIndex = -1;       ///< or -1
        std::vector<int> paramOutputs; ///< of `switches`: the catalogue call's parameters
    };
    std::vector<Switch> switchList;
    Program switches;
};

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Every switching argument in the expressions, once.
void collectSwitches(const GiNaC::ex& e, std::vector<GiNaC::ex>& outputs,
                     std::vector<Formula::Impl::Switch>& list,
                     std::map<GiNaC::ex, int, GiNaC::ex_is_less>& seen) {
    for (std::size_t i = 0; i < e.nops(); ++i)
        collectSwitches(e.op(i), outputs, list, seen);
    if (!GiNaC::is_exactly_a<GiNaC::function>(e)) return;
    const detail::Functions& f = detail::functions();
    const unsigned s = GiNaC::ex_to<GiNaC::function>(e).get_serial();
    auto output = [&](const GiNaC::ex& x) {
        if (const auto it = seen.find(x); it != seen.end()) return it->second;
        outputs.push_back(x);
        const int o = static_cast<int>(outputs.size()) - 1;
        seen.emplace(x, o);
        return o;
    };
    GiNaC::ex d;
    if (s == f.abs || s == f.sign)
        d = e.op(0);
    else if (s == f.max)
        d = e.op(0) - e.op(1);
    else if (s == f.min)
        d = e.op(1) - e.op(0);
    else if (s == f.whereGt || s == f.whereGe || s == f.whereEq)
        d = e.op(0);
    else if (s == f.catalogue) {
        const int index = GiNaC::ex_to<GiNaC::numeric>(e.op(0)).to_int();
        const Activation& act = catalogue()[static_cast<std::size_t>(index)];
        Formula::Impl::Switch sw;
        const std::size_t before = outputs.size();
        sw.output = output(e.op(2));
        sw.catalogueIndex = index;
        for (std::size_t i = 0; i < act.parameters.size(); ++i) {
            outputs.push_back(e.op(3 + i));
            sw.paramOutputs.push_back(static_cast<int>(outputs.size()) - 1);
        }
        // The same call seen again (f' and f'' hold it too): drop the duplicate.
        for (const Formula::Impl::Switch& other : list) {
            if (other.catalogueIndex != index || other.output != sw.output) continue;
            bool same = true;
            for (std::size_t i = 0; i < sw.paramOutputs.size(); ++i)
                same = same && outputs[static_cast<std::size_t>(other.paramOutputs[i])].is_equal(
                                   outputs[static_cast<std::size_t>(sw.paramOutputs[i])]);
            if (same) {
                outputs.resize(std::max(before, static_cast<std::size_t>(sw.output) + 1));
                return;
            }
        }
        list.push_back(std::move(sw));
        return;
    } else {
        return;
    }
    if (d.is_zero() || GiNaC::is_exactly_a<GiNaC::numeric>(d)) return;
    const std::size_t before = seen.size();
    const int o = output(d);
    if (seen.size() > before) list.push_back({o, -1, {}});
}

/// Which of f, f', f'' jump at x: their one-sided limits differ by more than 1e-8 of the size of that
/// quantity nearby (so a continuous quantity's step between neighbouring doubles is no jump).
std::array<bool, 3> jumpsAt(const Formula& formula, std::span<const double> params, double x) {
    const Derivs l = formula.at(x, params, Side::Left);
    const Derivs r = formula.at(x, params, Side::Right);
    const double delta = 1e-3 * std::max(1.0, std::fabs(x));
    const Derivs nl = formula.at(x - delta, params);
    const Derivs nr = formula.at(x + delta, params);
    const double L[3] = {l.f, l.df, l.d2f}, R[3] = {r.f, r.df, r.d2f};
    const double NL[3] = {nl.f, nl.df, nl.d2f}, NR[3] = {nr.f, nr.df, nr.d2f};
    std::array<bool, 3> jump{};
    for (std::size_t k = 0; k < 3; ++k) {
        const double a = L[k], b = R[k];
        if (std::isnan(a) && std::isnan(b)) continue;
        if (!std::isfinite(a) || !std::isfinite(b)) {
            jump[k] = !(a == b);
            continue;
        }
        double scale = std::max(std::fabs(a), std::fabs(b));
        if (std::isfinite(NL[k])) scale = std::max(scale, std::fabs(NL[k]));
        if (std::isfinite(NR[k])) scale = std::max(scale, std::fabs(NR[k]));
        jump[k] = std::fabs(a - b) > 1e-8 * scale;
    }
    return jump;
}

/// Nodes of an expression tree, counting up to `cap` (a product of n sums has n² terms in f''…).
std::size_t treeSize(const GiNaC::ex& e, std::size_t cap) {
    std::size_t n = 1;
    for (std::size_t i = 0; i < e.nops() && n <= cap; ++i)
        n += treeSize(e.op(i), cap - n);
    return n;
}
constexpr std::size_t kMaxTreeSize = 20000; // f' (f'' may be up to 20 times larger)

void checkSpans(std::size_t n, std::span<double> f, std::span<double> df, std::span<double> d2f) {
    if (f.size() < n || (!df.empty() && df.size() < n) || (!d2f.empty() && d2f.size() < n) ||
        (df.empty() && !d2f.empty()))
        throw std::invalid_argument("Formula::evaluate: output spans are too short");
}

} // namespace

ParseResult Formula::parse(std::string_view text, const Limits& limits) {
    // GiNaC is not thread-safe: one parse at a time (the lock outlives every GiNaC object below).
    static std::mutex mutex;
    const std::lock_guard<std::mutex> lock(mutex);

    auto syntax = detail::parseSyntax(text, limits);
    if (auto* err = std::get_if<ParseError>(&syntax)) return {std::nullopt, std::move(*err)};
    detail::Syntax& tree = std::get<detail::Syntax>(syntax);

    detail::Symbols symbols;
    for (const std::string& name : tree.parameters)
        symbols.params.emplace_back(name);
    auto converted = detail::toExpression(tree.root, symbols);
    if (auto* err = std::get_if<ParseError>(&converted)) return {std::nullopt, std::move(*err)};

    auto impl = std::make_shared<Impl>();
    impl->source = std::string(text);
    impl->parameters = tree.parameters;
    try {
        std::array<GiNaC::ex, 3> f;
        f[0] = detail::rewriteStable(std::get<GiNaC::ex>(converted));
        f[1] = detail::rewriteStable(f[0].diff(symbols.x));
        if (treeSize(f[1], kMaxTreeSize) > kMaxTreeSize)
            return {std::nullopt,
                    ParseError{ErrorKind::TooLong,
                               1,
                               {ACTLAB_TR_NOOP("Formula",
                                               "the derivative of the formula is too large to work with")}}};
        f[2] = detail::rewriteStable(f[1].diff(symbols.x));
        if (treeSize(f[2], 20 * kMaxTreeSize) > 20 * kMaxTreeSize)
            return {std::nullopt,
                    ParseError{
                        ErrorKind::TooLong,
                        1,
                        {ACTLAB_TR_NOOP("Formula",
                                        "the second derivative of the formula is too large to work with")}}};
        for (int n = 0; n < 3; ++n) {
            detail::Printer print(static_cast<Notation>(n), symbols);
            for (std::size_t k = 0; k < 3; ++k)
                impl->texts[static_cast<std::size_t>(n)][k] = print(f[k]);
        }
        impl->value = Program::compile({f[0]}, symbols);
        impl->all = Program::compile({f[0], f[1], f[2]}, symbols);
        std::vector<GiNaC::ex> switchOutputs;
        std::map<GiNaC::ex, int, GiNaC::ex_is_less> seen;
        for (const GiNaC::ex& e : f)
            collectSwitches(e, switchOutputs, impl->switchList, seen);
        impl->switches = Program::compile(switchOutputs, symbols);
    } catch (const std::exception& e) {
        return {
            std::nullopt,
            ParseError{ErrorKind::Undefined,
                       1,
                       {ACTLAB_TR_NOOP("Formula", "the formula cannot be differentiated or compiled (%1)"),
                        {std::string(e.what())}}}};
    }
    return {Formula(std::move(impl)), std::nullopt};
}

const std::string& Formula::source() const {
    return m_impl->source;
}
const std::vector<std::string>& Formula::parameterNames() const {
    return m_impl->parameters;
}
std::vector<double> Formula::defaults() const {
    return std::vector<double>(m_impl->parameters.size(), 1.0);
}
std::string Formula::text(int order, Notation notation) const {
    if (order < 0 || order > 2) throw std::invalid_argument("Formula::text: order must be 0, 1 or 2");
    return m_impl->texts[static_cast<std::size_t>(notation)][static_cast<std::size_t>(order)];
}
std::size_t Formula::programSize() const {
    return m_impl->all.size();
}

void Formula::evaluate(std::span<const double> params, std::span<const double> x, std::span<double> f,
                       std::span<double> df, std::span<double> d2f) const {
    if (params.size() != m_impl->parameters.size())
        throw std::invalid_argument("Formula::evaluate: expected " +
                                    std::to_string(m_impl->parameters.size()) + " parameter value(s), got " +
                                    std::to_string(params.size()));
    checkSpans(x.size(), f, df, d2f);
    if (df.empty()) {
        double* outs[1] = {f.data()};
        m_impl->value.run<double>(params, x.data(), x.size(), outs);
        return;
    }
    double* outs[3] = {f.data(), df.data(), d2f.empty() ? nullptr : d2f.data()};
    m_impl->all.run<double>(params, x.data(), x.size(), outs);
}

Derivs Formula::at(double x, std::span<const double> params, Side side) const {
    const double at = side == Side::Left    ? std::nextafter(x, -kInf)
                      : side == Side::Right ? std::nextafter(x, kInf)
                                            : x;
    double f = 0, df = 0, d2f = 0;
    evaluate(params, std::span<const double>(&at, 1), {&f, 1}, {&df, 1}, {&d2f, 1});
    return {f, df, d2f};
}

std::vector<Kink> Formula::kinks(std::span<const double> params, double xmin, double xmax,
                                 std::size_t gridPoints) const {
    if (params.size() != m_impl->parameters.size())
        throw std::invalid_argument("Formula::kinks: wrong number of parameter values");
    std::vector<Kink> out;
    const Impl& im = *m_impl;
    if (im.switchList.empty() || !(xmin <= xmax) || !std::isfinite(xmin) || !std::isfinite(xmax)) return out;
    gridPoints = std::max<std::size_t>(gridPoints, 2);
    std::vector<double> grid(gridPoints);
    for (std::size_t i = 0; i < gridPoints; ++i) {
        const double t = static_cast<double>(i) / static_cast<double>(gridPoints - 1);
        grid[i] = i + 1 == gridPoints ? xmax : xmin + (xmax - xmin) * t;
    }
    const std::size_t nOut = im.switches.outputCount();
    std::vector<std::vector<double>> values(nOut, std::vector<double>(gridPoints));
    std::vector<double*> outs(nOut);
    for (std::size_t o = 0; o < nOut; ++o)
        outs[o] = values[o].data();
    im.switches.run<double>(params, grid.data(), gridPoints, outs);

    std::vector<double> pointValues(nOut);
    std::vector<double*> pointOuts(nOut);
    for (std::size_t o = 0; o < nOut; ++o)
        pointOuts[o] = &pointValues[o];
    auto switchAt = [&](int output, double x) {
        im.switches.run<double>(params, &x, 1, pointOuts);
        return pointValues[static_cast<std::size_t>(output)];
    };

    std::vector<double> xs;
    for (const Impl::Switch& sw : im.switchList) {
        std::vector<double> targets{0.0};
        if (sw.catalogueIndex >= 0) {
            const Activation& act = catalogue()[static_cast<std::size_t>(sw.catalogueIndex)];
            std::vector<double> p;
            for (int o : sw.paramOutputs)
                p.push_back(values[static_cast<std::size_t>(o)][0]);
            targets.clear();
            if (!validate(act, p))
                for (const Kink& k : act.kinks(p))
                    targets.push_back(k.x);
        }
        const std::vector<double>& s = values[static_cast<std::size_t>(sw.output)];
        for (double t : targets) {
            for (std::size_t i = 0; i < gridPoints; ++i) {
                const double g = s[i] - t;
                if (g == 0.0) {
                    // An isolated zero; where s − t vanishes on a whole stretch, nothing switches.
                    const bool leftNonZero = i > 0 && s[i - 1] - t != 0.0;
                    const bool rightNonZero = i + 1 < gridPoints && s[i + 1] - t != 0.0;
                    if (leftNonZero || rightNonZero) xs.push_back(grid[i]);
                    continue;
                }
                if (i + 1 == gridPoints) break;
                const double h = s[i + 1] - t;
                if (!(g * h < 0.0)) continue; // no crossing (or NaN)
                // Bisection to adjacent doubles; the end with the smaller |s − t| is the kink.
                double lo = grid[i], hi = grid[i + 1], glo = g, ghi = h;
                for (int iter = 0; iter < 2200; ++iter) {
                    const double mid = lo / 2 + hi / 2;
                    if (mid <= lo || mid >= hi) break;
                    const double gm = switchAt(sw.output, mid) - t;
                    if (gm == 0.0 || std::isnan(gm)) {
                        lo = hi = mid;
                        glo = ghi = 0.0;
                        break;
                    }
                    if ((gm < 0.0) == (glo < 0.0)) {
                        lo = mid;
                        glo = gm;
                    } else {
                        hi = mid;
                        ghi = gm;
                    }
                }
                xs.push_back(std::fabs(glo) < std::fabs(ghi) ? lo : hi);
            }
        }
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(
        std::unique(xs.begin(), xs.end(),
                    [](double a, double b) { return b <= std::nextafter(std::nextafter(a, kInf), kInf); }),
        xs.end());

    // The order of each kink: the lowest derivative whose one-sided limits differ (3: none of f, f', f'').
    for (double x : xs) {
        const std::array<bool, 3> jump = jumpsAt(*this, params, x);
        int order = 3;
        for (int k = 2; k >= 0; --k)
            if (jump[static_cast<std::size_t>(k)]) order = k;
        out.push_back({x, order});
    }
    return out;
}

namespace {

Message opName(detail::Op op) {
    using detail::Op;
    switch (op) {
    case Op::Add:
    case Op::Sub:
        return {ACTLAB_TR_NOOP("Accuracy", "cancellation in a sum")};
    case Op::Div:
        return {ACTLAB_TR_NOOP("Accuracy", "a quotient of inexact small values")};
    case Op::Mul:
    case Op::PowInt:
    case Op::Pow:
        return {ACTLAB_TR_NOOP("Accuracy", "a product")};
    case Op::Exp:
    case Op::Cosh:
    case Op::Sinh:
        return {ACTLAB_TR_NOOP("Accuracy", "an exponential of an inexact argument")};
    case Op::Log:
        return {ACTLAB_TR_NOOP("Accuracy", "a logarithm near 1")};
    case Op::Sin:
    case Op::Cos:
        return {ACTLAB_TR_NOOP("Accuracy", "a sine or cosine near a zero or of a large argument")};
    case Op::Catalogue:
        return {ACTLAB_TR_NOOP("Accuracy", "a catalogue function (exact in double)")};
    default:
        return {ACTLAB_TR_NOOP("Accuracy", "an elementary function of an inexact argument")};
    }
}

} // namespace

std::vector<AccuracyRange> Formula::checkAccuracy(std::span<const double> params, double xmin, double xmax,
                                                  std::size_t count) const {
    if (params.size() != m_impl->parameters.size())
        throw std::invalid_argument("Formula::checkAccuracy: wrong number of parameter values");
    std::vector<AccuracyRange> out;
    if (!(xmin <= xmax) || !std::isfinite(xmin) || !std::isfinite(xmax) || count < 2) return out;
    const Program& prog = m_impl->all;
    std::vector<double> x(count);
    std::vector<long double> xl(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / static_cast<double>(count - 1);
        x[i] = i + 1 == count ? xmax : xmin + (xmax - xmin) * t;
        xl[i] = x[i];
    }
    std::array<std::vector<double>, 3> d;
    std::array<std::vector<long double>, 3> q;
    double* dOut[3];
    long double* qOut[3];
    for (std::size_t k = 0; k < 3; ++k) {
        d[k].resize(count);
        q[k].resize(count);
        dOut[k] = d[k].data();
        qOut[k] = q[k].data();
    }
    prog.run<double>(params, x.data(), count, dOut);
    prog.run<long double>(params, xl.data(), count, qOut);

    constexpr long double eps = std::numeric_limits<double>::epsilon();
    constexpr long double dmax = std::numeric_limits<double>::max();
    constexpr long double dmin = std::numeric_limits<double>::min();

    /// The relative error at point i of order k, or 0 where it is within the bar.
    auto error = [&](std::size_t k, std::size_t i) -> long double {
        const double got = d[k][i];
        const long double ref = q[k][i];
        if (std::isnan(ref)) return 0; // undefined at higher precision too: nothing to compare
        if (std::isinf(ref) || std::fabs(ref) > dmax) return got == (ref > 0 ? kInf : -kInf) ? 0 : 1;
        if (!std::isfinite(got)) return std::numeric_limits<long double>::infinity();
        const long double err = std::fabs(static_cast<long double>(got) - ref);
        if (err <= 1e-9L * std::fabs(ref)) return 0;
        // Below the normal range the format itself has fewer digits than the bar asks for.
        if (std::fabs(ref) < dmin && std::fabs(got) < dmin) return 0;
        // Local scale |x·q'(x)|: q' from the next order, or a central difference of f''.
        long double slope;
        if (k < 2) {
            slope = q[k + 1][i];
        } else {
            const std::size_t a = i == 0 ? 0 : i - 1, b = i + 1 == count ? i : i + 1;
            slope = (q[2][b] - q[2][a]) / (xl[b] - xl[a]);
        }
        const long double scale = std::fabs(xl[i] * slope);
        if (std::isfinite(scale) && err <= 4 * eps * scale) return 0;
        return ref == 0 ? std::numeric_limits<long double>::infinity() : err / std::fabs(ref);
    };

    auto reasonAt = [&](std::size_t k, double xv) -> Message {
        detail::Workspace<double> wd;
        detail::Workspace<long double> wq;
        prog.runPoint<double>(params, xv, wd);
        prog.runPoint<long double>(params, static_cast<long double>(xv), wq);
        const std::vector<bool>& deps = prog.dependencies(k);
        for (const detail::Instruction& in : prog.body()) {
            for (int j = 0; j < (in.op == detail::Op::Catalogue ? 3 : 1); ++j) {
                const auto r = static_cast<std::size_t>(in.dst + j);
                if (!deps[r]) continue;
                const double got = wd.regs[r];
                const long double ref = wq.regs[r];
                if (std::isnan(ref)) continue;
                const std::string& what = prog.description(in.dst + j);
                if (!std::isfinite(got) && std::isfinite(ref)) {
                    if (std::fabs(ref) > dmax)
                        return {ACTLAB_TR_NOOP("Accuracy", "the intermediate %1 overflows in double"),
                                {what}};
                    return {ACTLAB_TR_NOOP("Accuracy", "the intermediate %1 is not finite in double"),
                            {what}};
                }
                if (got == 0 && ref != 0 && std::fabs(ref) < dmin)
                    return {ACTLAB_TR_NOOP("Accuracy", "the intermediate %1 underflows in double"), {what}};
                if (std::isfinite(ref) && ref != 0 &&
                    std::fabs(static_cast<long double>(got) - ref) > 1e-9L * std::fabs(ref))
                    return {ACTLAB_TR_NOOP("Accuracy", "digits lost in %1 at %2"), {opName(in.op), what}};
            }
        }
        return {ACTLAB_TR_NOOP("Accuracy", "rounding errors add up")};
    };

    // Flagged runs closer than a hundredth of the range (and at least 3 points) are one range: where digits
    // are lost, a few points can still come out right by luck (and an exact zero is always right).
    const std::size_t gap = std::max<std::size_t>(3, count / 100);
    for (std::size_t k = 0; k < 3; ++k) {
        std::size_t i = 0;
        while (i < count) {
            if (error(k, i) == 0) {
                ++i;
                continue;
            }
            AccuracyRange range{static_cast<int>(k), x[i], x[i], 0.0, x[i], {}, {}};
            long double worst = -1;
            std::size_t lastFlagged = i;
            while (i < count && i - lastFlagged <= gap) {
                const long double e = error(k, i);
                if (e != 0) {
                    lastFlagged = i;
                    range.xmax = x[i];
                    if (e > worst) {
                        worst = e;
                        range.worstX = x[i];
                    }
                }
                ++i;
            }
            range.worstRelative = static_cast<double>(worst);
            range.reasonText = reasonAt(k, range.worstX);
            range.reason = range.reasonText.english();
            out.push_back(std::move(range));
        }
    }
    return out;
}

SampledCurve sampleFormula(const Formula& formula, std::span<const double> params, double xmin, double xmax,
                           std::size_t count, int orders) {
    orders = std::clamp(orders, 1, 3);
    const std::vector<Kink> kinks = formula.kinks(params, xmin, xmax);
    const std::vector<double> x = sampleGrid(xmin, xmax, count, kinks);
    const std::size_t n = x.size();
    std::vector<double> v[3];
    for (int k = 0; k < 3; ++k)
        v[k].resize(n);
    formula.evaluate(params, x, v[0], orders > 1 ? std::span<double>(v[1]) : std::span<double>(),
                     orders > 2 ? std::span<double>(v[2]) : std::span<double>());
    SampledCurve out;
    std::size_t nextKink = 0;
    for (std::size_t i = 0; i < n; ++i) {
        while (nextKink < kinks.size() && kinks[nextKink].x < x[i])
            ++nextKink;
        const bool atKink = nextKink < kinks.size() && kinks[nextKink].x == x[i];
        Derivs left{}, right{};
        std::array<bool, 3> jump{};
        if (atKink) {
            left = formula.at(x[i], params, Side::Left);
            right = formula.at(x[i], params, Side::Right);
            jump = jumpsAt(formula, params, x[i]);
        }
        for (int k = 0; k < orders; ++k) {
            Series& s = out.order[static_cast<std::size_t>(k)];
            const double value = v[k][i];
            if (jump[static_cast<std::size_t>(k)]) {
                const double l = k == 0 ? left.f : k == 1 ? left.df : left.d2f;
                const double r = k == 0 ? right.f : k == 1 ? right.df : right.d2f;
                s.x.insert(s.x.end(), {x[i], x[i], x[i]});
                s.y.insert(s.y.end(), {l, std::numeric_limits<double>::quiet_NaN(), r});
                // The closed dot is the value at x; an open one for each one-sided limit that differs from
                // it.
                for (double side : {l, r})
                    if (!(side == value ||
                          std::fabs(side - value) <= 1e-12 * std::max(std::fabs(side), std::fabs(value))) &&
                        !(std::isnan(side) && std::isnan(value)))
                        s.jumps.push_back({x[i], value, side});
            } else {
                s.x.push_back(x[i]);
                s.y.push_back(value);
            }
        }
    }
    return out;
}

} // namespace actlab::formula
