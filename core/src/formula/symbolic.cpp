// SPDX-License-Identifier: GPL-3.0-or-later
#include "symbolic.hpp"

#include "actlab/catalogue.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

// CLN (under GiNaC) allocates a few bytes at start-up that it never frees. In sanitizer builds, tell
// LeakSanitizer so that every program linking actlab::formula (tests, their gtest discovery, the app)
// reports only real leaks. The hook lives here because every use of GiNaC links this file (the parser's
// symbols and functions), also in programs that call the formula library only through a dependency.
#if defined(__has_feature) // clang (the fuzz harnesses) says so here; gcc defines __SANITIZE_ADDRESS__
#if __has_feature(address_sanitizer)
#define ACTLAB_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(ACTLAB_ADDRESS_SANITIZER)
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libcln.so\n";
}
// ... and without the "Suppressions used" table at exit: the command line's standard error is one line
// or nothing.
extern "C" const char* __lsan_default_options() {
    return "print_suppressions=0";
}
#endif

namespace actlab::formula::detail {

using GiNaC::ex;
using GiNaC::exvector;
using GiNaC::function;
using GiNaC::function_options;
using GiNaC::numeric;
using GiNaC::symbol;

namespace {

const Functions& fns();

ex call(unsigned serial, const ex& a) {
    return function(serial, a);
}
ex call(unsigned serial, const ex& a, const ex& b) {
    return function(serial, a, b);
}
ex call(unsigned serial, const ex& a, const ex& b, const ex& c) {
    return function(serial, a, b, c);
}
ex held(unsigned serial, const exvector& args) {
    return function(serial, args).hold();
}

bool isNumber(const ex& e) {
    return GiNaC::is_exactly_a<numeric>(e) && GiNaC::ex_to<numeric>(e).is_real();
}
const numeric& num(const ex& e) {
    return GiNaC::ex_to<numeric>(e);
}

// --- Evaluation rules (exact simplifications only) ------------------------------------------------

bool looksNegative(const ex& e);
ex evalSign(const exvector& a) {
    if (isNumber(a[0])) return numeric(num(a[0]).csgn());
    if (looksNegative(a[0])) return -function(fns().sign, -a[0]);
    return held(fns().sign, a);
}
ex evalAbs(const exvector& a) {
    if (isNumber(a[0])) return GiNaC::abs(num(a[0]));
    if (looksNegative(a[0])) return function(fns().abs, -a[0]);
    return held(fns().abs, a);
}
/// −u for a product with a negative coefficient (−2x, −x/2), so odd and even functions can take the sign out.
bool looksNegative(const ex& e) {
    if (isNumber(e)) return num(e).is_negative();
    if (GiNaC::is_exactly_a<GiNaC::mul>(e))
        for (std::size_t i = 0; i < e.nops(); ++i)
            if (isNumber(e.op(i))) return num(e.op(i)).is_negative();
    return false;
}

ex evalZeroAtZero(unsigned serial, const exvector& a) {
    if (a[0].is_zero()) return 0;
    return held(serial, a);
}
/// f(−u) = −f(u) for the odd tanh, erf and sign, so printed derivatives read tanh(x/2), not tanh(−x/2).
ex evalOdd(unsigned serial, const exvector& a) {
    if (a[0].is_zero()) return 0;
    if (looksNegative(a[0])) return -function(serial, -a[0]);
    return held(serial, a);
}
ex evalExpm1(const exvector& a) {
    return evalZeroAtZero(fns().expm1, a);
}
ex evalLog1p(const exvector& a) {
    return evalZeroAtZero(fns().log1p, a);
}
ex evalErf(const exvector& a) {
    return evalOdd(fns().erf, a);
}
ex evalTanh(const exvector& a) {
    return evalOdd(fns().tanh, a);
}
ex evalErfc(const exvector& a) {
    if (a[0].is_zero()) return 1;
    return held(fns().erfc, a);
}
ex evalSech(const exvector& a) {
    if (a[0].is_zero()) return 1;
    if (looksNegative(a[0])) return function(fns().sech, -a[0]);
    return held(fns().sech, a);
}
ex evalSigmoid(const exvector& a) {
    if (a[0].is_zero()) return numeric(1, 2);
    return held(fns().sigmoid, a);
}
ex evalMax(const exvector& a) {
    if (a[0].is_equal(a[1])) return a[0];
    if (isNumber(a[0]) && isNumber(a[1])) return num(a[0]) > num(a[1]) ? a[0] : a[1];
    return held(fns().max, a);
}
ex evalMin(const exvector& a) {
    if (a[0].is_equal(a[1])) return a[0];
    if (isNumber(a[0]) && isNumber(a[1])) return num(a[0]) < num(a[1]) ? a[0] : a[1];
    return held(fns().min, a);
}
ex evalWhere(unsigned serial, const exvector& a) {
    if (a[1].is_equal(a[2])) return a[1];
    if (isNumber(a[0])) {
        const numeric& d = num(a[0]);
        const bool take = serial == fns().whereGt   ? d.is_positive()
                          : serial == fns().whereGe ? !d.is_negative()
                                                    : d.is_zero();
        return take ? a[1] : a[2];
    }
    return held(serial, a);
}
ex evalWhereGt(const exvector& a) {
    return evalWhere(fns().whereGt, a);
}
ex evalWhereGe(const exvector& a) {
    return evalWhere(fns().whereGe, a);
}
ex evalWhereEq(const exvector& a) {
    return evalWhere(fns().whereEq, a);
}

// --- Derivative rules: each returns d/ds of the whole call ------------------------------------------

ex dSigmoid(const exvector& a, const symbol& s) {
    return call(fns().sigmoid, a[0]) * call(fns().sigmoid, -a[0]) * a[0].diff(s);
}
ex dSoftplus(const exvector& a, const symbol& s) {
    return call(fns().sigmoid, a[0]) * a[0].diff(s);
}
ex dLogSigmoid(const exvector& a, const symbol& s) {
    return call(fns().sigmoid, -a[0]) * a[0].diff(s);
}
ex dExpm1(const exvector& a, const symbol& s) {
    return GiNaC::exp(a[0]) * a[0].diff(s);
}
ex dLog1p(const exvector& a, const symbol& s) {
    return a[0].diff(s) / (1 + a[0]);
}
ex twoOverSqrtPi() {
    return 2 / GiNaC::sqrt(GiNaC::Pi);
}
ex dErf(const exvector& a, const symbol& s) {
    return twoOverSqrtPi() * GiNaC::exp(-GiNaC::pow(a[0], 2)) * a[0].diff(s);
}
ex dErfc(const exvector& a, const symbol& s) {
    return -twoOverSqrtPi() * GiNaC::exp(-GiNaC::pow(a[0], 2)) * a[0].diff(s);
}
// tanh' = sech² (not 1 − tanh², which cancels to 0 for |u| > 19 where sech² is still ~1e-17).
ex dTanh(const exvector& a, const symbol& s) {
    return GiNaC::pow(call(fns().sech, a[0]), 2) * a[0].diff(s);
}
ex dSech(const exvector& a, const symbol& s) {
    return -call(fns().sech, a[0]) * call(fns().tanh, a[0]) * a[0].diff(s);
}
ex dSign(const exvector&, const symbol&) {
    return 0;
}
ex dAbs(const exvector& a, const symbol& s) {
    return call(fns().sign, a[0]) * a[0].diff(s);
}
ex dMax(const exvector& a, const symbol& s) {
    return call(fns().whereGt, a[0] - a[1], a[0].diff(s), a[1].diff(s));
}
ex dMin(const exvector& a, const symbol& s) {
    return call(fns().whereGt, a[1] - a[0], a[0].diff(s), a[1].diff(s));
}
ex dWhereGt(const exvector& a, const symbol& s) {
    return call(fns().whereGt, a[0], a[1].diff(s), a[2].diff(s));
}
ex dWhereGe(const exvector& a, const symbol& s) {
    return call(fns().whereGe, a[0], a[1].diff(s), a[2].diff(s));
}
ex dWhereEq(const exvector& a, const symbol& s) {
    return call(fns().whereEq, a[0], a[1].diff(s), a[2].diff(s));
}
/// The catalogue gives f, f', f'' exactly; its parameters never depend on x (checked when parsing).
ex dCatalogue(const exvector& a, const symbol& s) {
    const ex du = a[2].diff(s);
    if (du.is_zero()) return 0;
    // Orders above 2 (the derivatives of a typed gelu''(x)) are not available: they evaluate to NaN.
    const int order = num(a[1]).to_int();
    exvector next = a;
    next[1] = order + 1;
    return function(fns().catalogue, next) * du;
}

Functions registerFunctions() {
    using GiNaC::function;
    auto reg = [](const char* name, unsigned n, GiNaC::eval_funcp_exvector ev,
                  GiNaC::expl_derivative_funcp_exvector d) {
        function_options o(name, n);
        if (ev) o.eval_func(ev);
        o.expl_derivative_func(d);
        return function::register_new(o);
    };
    Functions f{};
    f.sigmoid = reg("actlab_sigmoid", 1, evalSigmoid, dSigmoid);
    f.softplus = reg("actlab_softplus", 1, nullptr, dSoftplus);
    f.logsigmoid = reg("actlab_logsigmoid", 1, nullptr, dLogSigmoid);
    f.expm1 = reg("actlab_expm1", 1, evalExpm1, dExpm1);
    f.log1p = reg("actlab_log1p", 1, evalLog1p, dLog1p);
    f.erf = reg("actlab_erf", 1, evalErf, dErf);
    f.erfc = reg("actlab_erfc", 1, evalErfc, dErfc);
    f.tanh = reg("actlab_tanh", 1, evalTanh, dTanh);
    f.sech = reg("actlab_sech", 1, evalSech, dSech);
    f.sign = reg("actlab_sign", 1, evalSign, dSign);
    f.abs = reg("actlab_abs", 1, evalAbs, dAbs);
    f.max = reg("actlab_max", 2, evalMax, dMax);
    f.min = reg("actlab_min", 2, evalMin, dMin);
    f.whereGt = reg("actlab_where_gt", 3, evalWhereGt, dWhereGt);
    f.whereGe = reg("actlab_where_ge", 3, evalWhereGe, dWhereGe);
    f.whereEq = reg("actlab_where_eq", 3, evalWhereEq, dWhereEq);
    f.catalogue = reg("actlab_catalogue", 3 + Functions::kCatalogueParams, nullptr, dCatalogue);
    return f;
}

const Functions& fns() {
    static const Functions f = [] {
        for (const Activation& a : catalogue())
            if (a.parameters.size() > Functions::kCatalogueParams)
                throw std::logic_error(
                    "formula: a catalogue entry has more parameters than catalogue() takes");
        GiNaC::Digits = 40;
        return registerFunctions();
    }();
    return f;
}

// --- Syntax tree to expression ----------------------------------------------------------------------

struct Failure {
    ParseError error;
};

Failure failure(ErrorKind kind, std::size_t column, Message what) {
    return Failure{{kind, column, std::move(what)}};
}

class Converter {
  public:
    explicit Converter(const Symbols& s) : m_s(s) {}

    ex convert(const Node& n) {
        using K = Node::Kind;
        switch (n.kind) {
        case K::Number:
            if (std::isnan(n.value)) return m_s.nan;
            if (std::isinf(n.value)) {
                if (n.value > 0) return m_s.inf;
                return -m_s.inf;
            }
            return exactRational(n.value);
        case K::X:
            return m_s.x;
        case K::Parameter:
            return m_s.params.at(static_cast<std::size_t>(n.index));
        case K::Negate:
            return -convert(n.args[0]);
        case K::Add:
            return convert(n.args[0]) + convert(n.args[1]);
        case K::Subtract:
            return convert(n.args[0]) - convert(n.args[1]);
        case K::Multiply:
            return convert(n.args[0]) * convert(n.args[1]);
        case K::Divide: {
            const ex num = convert(n.args[0]);
            const ex den = convert(n.args[1]);
            if (den.is_zero())
                throw failure(ErrorKind::Undefined, n.column,
                              {ACTLAB_TR_NOOP("Formula", "division by zero")});
            return guarded(n, [&] { return num / den; });
        }
        case K::Power: {
            const ex base = convert(n.args[0]);
            const ex exponent = convert(n.args[1]);
            // 0 to a negative power is a division by zero; 0^u differentiates to 0^u·log(0)·u'. GiNaC throws
            // on both (and leaks what it had built when it does): refuse them before.
            if (base.is_zero()) {
                if (!isNumber(exponent))
                    throw failure(
                        ErrorKind::Undefined, n.column,
                        {ACTLAB_TR_NOOP("Formula", "0 to a power that is not a constant has no derivative")});
                if (num(exponent).is_negative())
                    throw failure(ErrorKind::Undefined, n.column,
                                  {ACTLAB_TR_NOOP("Formula", "division by zero (0 to a negative power)")});
                return exponent.is_zero() ? 1 : 0; // 0^0 = 1 as pow() has it
            }
            return guarded(n, [&] { return GiNaC::pow(base, exponent); });
        }
        case K::Builtin:
            return builtin(n);
        case K::Catalogue:
            return catalogueCall(n);
        case K::Comparison:
            throw failure(ErrorKind::MisplacedComparison, n.column, misplacedComparison());
        }
        throw std::logic_error("formula: unknown node");
    }

  private:
    const Symbols& m_s;

    template <class F> ex guarded(const Node& n, F make) {
        try {
            return make();
        } catch (const std::exception& e) {
            throw failure(ErrorKind::Undefined, n.column,
                          {ACTLAB_TR_NOOP("Formula", "undefined (%1)"), {std::string(e.what())}});
        }
    }

    ex builtin(const Node& n) {
        const Functions& f = fns();
        if (n.builtin == Builtin::Where) {
            const Node& cmp = n.args[0];
            const ex l = convert(cmp.args[0]), r = convert(cmp.args[1]);
            const ex a = convert(n.args[1]), b = convert(n.args[2]);
            switch (cmp.compare) {
            case Compare::Greater:
                return call(f.whereGt, l - r, a, b);
            case Compare::GreaterEqual:
                return call(f.whereGe, l - r, a, b);
            case Compare::Less:
                return call(f.whereGt, r - l, a, b);
            case Compare::LessEqual:
                return call(f.whereGe, r - l, a, b);
            case Compare::Equal:
                return call(f.whereEq, l - r, a, b);
            case Compare::NotEqual:
                return call(f.whereEq, l - r, b, a);
            }
        }
        std::vector<ex> a;
        for (const Node& arg : n.args)
            a.push_back(convert(arg));
        return guarded(n, [&]() -> ex {
            switch (n.builtin) {
            case Builtin::Exp:
                return GiNaC::exp(a[0]);
            case Builtin::Expm1:
                return call(f.expm1, a[0]);
            case Builtin::Log:
                return GiNaC::log(a[0]);
            case Builtin::Log1p:
                return call(f.log1p, a[0]);
            case Builtin::Sqrt:
                return GiNaC::sqrt(a[0]);
            case Builtin::Abs:
                return call(f.abs, a[0]);
            case Builtin::Sign:
                return call(f.sign, a[0]);
            case Builtin::Min:
                return call(f.min, a[0], a[1]);
            case Builtin::Max:
                return call(f.max, a[0], a[1]);
            case Builtin::Sin:
                return GiNaC::sin(a[0]);
            case Builtin::Cos:
                return GiNaC::cos(a[0]);
            case Builtin::Tanh:
                return call(f.tanh, a[0]);
            case Builtin::Sech:
                return call(f.sech, a[0]);
            case Builtin::Sinh:
                return GiNaC::sinh(a[0]);
            case Builtin::Cosh:
                return GiNaC::cosh(a[0]);
            case Builtin::Erf:
                return call(f.erf, a[0]);
            case Builtin::Erfc:
                return call(f.erfc, a[0]);
            case Builtin::Sigmoid:
                return call(f.sigmoid, a[0]);
            case Builtin::Softplus:
                return call(f.softplus, a[0]);
            case Builtin::LogSigmoid:
                return call(f.logsigmoid, a[0]);
            case Builtin::Where:
                break;
            }
            throw std::logic_error("formula: unknown builtin");
        });
    }

    ex catalogueCall(const Node& n) {
        const Activation& act = catalogue()[static_cast<std::size_t>(n.index)];
        exvector args(3 + Functions::kCatalogueParams, ex(0));
        args[0] = n.index;
        args[1] = n.order;
        args[2] = convert(n.args[0]);
        for (std::size_t i = 0; i < act.parameters.size(); ++i) {
            if (i + 1 < n.args.size()) {
                const Node& pn = n.args[i + 1];
                const ex p = convert(pn);
                if (p.has(m_s.x))
                    throw failure(ErrorKind::ArgumentDependsOnX, pn.column,
                                  {ACTLAB_TR_NOOP("Formula", "the parameter %1 of %2() must not depend on x"),
                                   {std::string(act.parameters[i].name), std::string(act.id)}});
                args[3 + i] = p;
            } else {
                args[3 + i] = exactRational(act.parameters[i].defaultValue);
            }
        }
        // Literal parameters are checked now (maxout(x, 7) names k and its range); parameters given by
        // names are checked at evaluation (invalid values give NaN).
        std::vector<double> values;
        for (std::size_t i = 0; i < act.parameters.size(); ++i)
            if (isNumber(args[3 + i])) values.push_back(toDouble(num(args[3 + i])));
        if (values.size() == act.parameters.size())
            if (const auto err = validate(act, values)) {
                const std::size_t at =
                    err->index >= 0 && static_cast<std::size_t>(err->index) + 1 < n.args.size()
                        ? n.args[static_cast<std::size_t>(err->index) + 1].column
                        : n.column;
                throw failure(ErrorKind::BadParameter, at,
                              {ACTLAB_TR_NOOP("Formula", "%1(): %2"), {std::string(act.id), err->text}});
            }
        return function(fns().catalogue, args);
    }
};

// --- Rewrites -----------------------------------------------------------------------------------------

bool isFunction(const ex& e, unsigned serial) {
    return GiNaC::is_exactly_a<function>(e) && GiNaC::ex_to<function>(e).get_serial() == serial;
}
bool isExp(const ex& e) {
    return isFunction(e, GiNaC::exp_SERIAL::serial);
}
bool isLog(const ex& e) {
    return isFunction(e, GiNaC::log_SERIAL::serial);
}

/// A term c·g(u) of a sum: the numeric factor c and the rest.
struct Term {
    numeric c;
    ex rest;
};
Term splitTerm(const ex& t) {
    if (GiNaC::is_exactly_a<GiNaC::mul>(t)) {
        ex rest = 1;
        numeric c = 1;
        for (std::size_t i = 0; i < t.nops(); ++i) {
            if (isNumber(t.op(i)))
                c = c * num(t.op(i));
            else
                rest = rest * t.op(i);
        }
        return {c, rest};
    }
    return {numeric(1), t};
}

/// A sum split into its numeric constant and its other terms.
struct Sum {
    numeric constant = 0;
    std::vector<ex> terms;
};
Sum splitSum(const ex& e) {
    Sum s;
    for (std::size_t i = 0; i < e.nops(); ++i) {
        if (isNumber(e.op(i)))
            s.constant = s.constant + num(e.op(i));
        else
            s.terms.push_back(e.op(i));
    }
    return s;
}

ex rewriteNode(const ex& e) {
    const Functions& f = fns();
    // log(1 + …)
    if (isLog(e) && GiNaC::is_exactly_a<GiNaC::add>(e.op(0))) {
        const Sum s = splitSum(e.op(0));
        if (s.constant == 1) {
            const ex rest = e.op(0) - 1;
            if (isExp(rest)) return call(f.softplus, rest.op(0));
            return call(f.log1p, rest);
        }
    }
    if (isLog(e) && isFunction(e.op(0), f.sigmoid)) return call(f.logsigmoid, e.op(0).op(0));
    // c·exp(u) − c → c·expm1(u); c ± c·erf(u) → c·erfc(∓u)
    if (GiNaC::is_exactly_a<GiNaC::add>(e)) {
        Sum s = splitSum(e);
        if (!s.constant.is_zero()) {
            for (ex& t : s.terms) {
                const Term term = splitTerm(t);
                if (isExp(term.rest) && term.c == -s.constant) {
                    t = term.c * call(f.expm1, term.rest.op(0));
                    s.constant = 0;
                    break;
                }
                if (isFunction(term.rest, f.erf) && (term.c == s.constant || term.c == -s.constant)) {
                    const ex u = term.rest.op(0);
                    t = term.c == s.constant ? term.c * call(f.erfc, -u) : -term.c * call(f.erfc, u);
                    s.constant = 0;
                    break;
                }
            }
            if (s.constant.is_zero()) {
                ex out = 0;
                for (const ex& t : s.terms)
                    out += t;
                return out;
            }
        }
    }
    // r·σ(u) − r·σ(−u) → r·tanh(u/2): the difference cancels near u = 0 (it is σ'' = σσ(−u)(σ(−u) − σ)).
    if (GiNaC::is_exactly_a<GiNaC::add>(e) && e.nops() <= 64) {
        std::vector<ex> terms(e.begin(), e.end());
        for (std::size_t i = 0; i < terms.size(); ++i) {
            std::vector<ex> args;
            auto collect = [&](const ex& factor) {
                const ex base = GiNaC::is_exactly_a<GiNaC::power>(factor) ? factor.op(0) : factor;
                if (isFunction(base, f.sigmoid)) args.push_back(base.op(0));
            };
            if (GiNaC::is_exactly_a<GiNaC::mul>(terms[i]))
                for (std::size_t k = 0; k < terms[i].nops(); ++k)
                    collect(terms[i].op(k));
            else
                collect(terms[i]);
            for (const ex& u : args) {
                const ex ri = terms[i] / call(f.sigmoid, u);
                for (std::size_t j = 0; j < terms.size(); ++j) {
                    if (j == i) continue;
                    const ex rj = terms[j] / call(f.sigmoid, -u);
                    if (!(ri + rj).is_zero()) continue;
                    ex out = ri * call(f.tanh, u / 2);
                    for (std::size_t k = 0; k < terms.size(); ++k)
                        if (k != i && k != j) out += terms[k];
                    return rewriteNode(out);
                }
            }
        }
    }
    // (1 + exp(u))^(−n) → sigmoid(−u)^n
    if (GiNaC::is_exactly_a<GiNaC::power>(e) && GiNaC::is_exactly_a<GiNaC::add>(e.op(0)) &&
        isNumber(e.op(1)) && num(e.op(1)).is_integer() && num(e.op(1)).is_negative()) {
        const Sum s = splitSum(e.op(0));
        if (s.constant == 1 && s.terms.size() == 1 && isExp(s.terms[0]))
            return GiNaC::pow(call(f.sigmoid, -s.terms[0].op(0)), -e.op(1));
    }
    // exp(u)·sigmoid(−u) → sigmoid(u)
    if (GiNaC::is_exactly_a<GiNaC::mul>(e)) {
        for (std::size_t i = 0; i < e.nops(); ++i) {
            if (!isExp(e.op(i))) continue;
            const ex u = e.op(i).op(0);
            for (std::size_t j = 0; j < e.nops(); ++j) {
                if (isFunction(e.op(j), f.sigmoid) && (e.op(j).op(0) + u).is_zero()) {
                    ex out = call(f.sigmoid, u);
                    for (std::size_t k = 0; k < e.nops(); ++k)
                        if (k != i && k != j) out *= e.op(k);
                    return out;
                }
            }
        }
    }
    return e;
}

} // namespace

const Functions& functions() {
    return fns();
}

numeric exactRational(double v) {
    if (v == 0.0) return 0;
    int e = 0;
    const double m = std::frexp(v, &e);                     // v = m·2^e, 0.5 ≤ |m| < 1
    const auto mant = static_cast<long>(std::ldexp(m, 53)); // exact
    return numeric(mant) * numeric(2).power(numeric(e - 53));
}

double toDouble(const numeric& n) {
    // Below 2^-1000 scale up first, convert, and scale back (exact for doubles; one extra rounding
    // otherwise).
    static const numeric small = numeric(2).power(-1000);
    static const numeric up = numeric(2).power(1100);
    if (!n.is_zero() && GiNaC::abs(n) < small) return std::ldexp((n * up).to_double(), -1100);
    return n.to_double();
}

std::variant<GiNaC::ex, ParseError> toExpression(const Node& root, const Symbols& symbols) {
    (void)fns();
    try {
        return Converter(symbols).convert(root);
    } catch (const Failure& f) {
        return f.error;
    }
}

GiNaC::ex rewriteStable(const GiNaC::ex& e) {
    struct Map : GiNaC::map_function {
        ex operator()(const ex& x) override { return rewriteNode(x.map(*this)); }
    } m;
    // Twice: a rewrite can expose another (log(1 + (exp(u) − 1 + 1)) …); the second pass is a fixed point.
    return m(m(e));
}

} // namespace actlab::formula::detail
