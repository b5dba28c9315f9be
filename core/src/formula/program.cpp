// SPDX-License-Identifier: GPL-3.0-or-later
#include "program.hpp"

#include "actlab/catalogue.hpp"
#include "symbolic.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <typeinfo>

namespace actlab::formula::detail {

using GiNaC::ex;
using GiNaC::numeric;

// --- Stable primitives, in double and in long double ------------------------------------------------

namespace {

template <class T> constexpr T kNaN = std::numeric_limits<T>::quiet_NaN();

/// σ(u) from e^(−|u|), which never overflows.
template <class T> T sigmoid(T u) {
    using std::exp;
    if (u >= 0) return T(1) / (T(1) + exp(-u));
    const T e = exp(u);
    return e / (T(1) + e); // NaN stays NaN
}

/// log(1 + e^u) = max(u, 0) + log1p(e^(−|u|)).
template <class T> T softplus(T u) {
    using std::exp;
    using std::fabs;
    using std::log1p;
    return (u > 0 ? u : T(0)) + log1p(exp(-fabs(u)));
}

template <class T> T sign(T u) {
    return u > 0 ? T(1) : u < 0 ? T(-1) : u; // ±0 and NaN pass through
}

template <class T> T maxOf(T a, T b) {
    if (a != a || b != b) return kNaN<T>;
    return a > b ? a : b;
}
template <class T> T minOf(T a, T b) {
    if (a != a || b != b) return kNaN<T>;
    return a < b ? a : b;
}

template <class T> T powInt(T b, int n) {
    T r = 1;
    for (;;) {
        if (n & 1) r *= b;
        n >>= 1;
        if (n == 0) return r;
        b *= b;
    }
}

} // namespace

// --- Compilation ------------------------------------------------------------------------------------

/// A formula's expressions in a form that does not depend on GiNaC's term order. GiNaC orders the terms of
/// sums and products by hashes that depend on where the program was loaded (ASLR), and with that order
/// also writes the same product as −a·(u − v) in one run and a·(v − u) in another; compiled as they
/// stand, the two round differently, and a formula gave different last bits from run to run.
/// Every expression e is s·N(e) with s = ±1 and N(e) its normal form: numbers and sums are normalised
/// (|c|; the sum whose term of least hash is positive), products and integer powers take their factors'
/// signs, everything else is its own normal form. The hash of N(e) is the same in every run; the compiler
/// orders terms and factors by it and evaluates normal forms, so a formula always gives the same bits.
struct Signed {
    std::uint64_t hash = 0; ///< of the normal form
    bool negative = false;  ///< e = −N(e)
};

class SignForms {
  public:
    Signed operator()(const ex& e) {
        if (const auto it = m_known.find(e); it != m_known.end()) return it->second;
        const Signed s = make(e);
        m_known.emplace(e, s);
        return s;
    }

    /// The integer powers whose sign is the base's sign to that power (the compiler's PowInt and Div).
    static bool signedPower(const ex& exponent) {
        if (!GiNaC::is_exactly_a<numeric>(exponent)) return false;
        const numeric& n = GiNaC::ex_to<numeric>(exponent);
        return n.is_integer() && !n.is_zero() && GiNaC::abs(n) < 1024;
    }

  private:
    std::map<ex, Signed, GiNaC::ex_is_less> m_known;

    static std::uint64_t mix(std::uint64_t h, std::uint64_t v) { // splitmix64's finaliser over h ^ v
        std::uint64_t z = (h ^ v) + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    static std::uint64_t textHash(const std::string& text) { // FNV-1a
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (const char c : text)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        return h;
    }
    static std::uint64_t textHash(const ex& e) {
        std::ostringstream out;
        out << e;
        return textHash(out.str());
    }
    static std::uint64_t signedHash(const Signed& s) { return mix(s.hash, s.negative ? 1 : 0); }

    Signed make(const ex& e) {
        if (GiNaC::is_exactly_a<numeric>(e)) {
            const numeric& n = GiNaC::ex_to<numeric>(e);
            const bool negative = n.is_real() && n.is_negative();
            return {mix(1, textHash(negative ? ex(-n) : e)), negative};
        }
        if (e.nops() == 0) return {mix(2, textHash(e)), false}; // symbols, constants
        if (GiNaC::is_exactly_a<GiNaC::add>(e)) {
            std::vector<Signed> terms;
            for (std::size_t i = 0; i < e.nops(); ++i)
                terms.push_back((*this)(e.op(i)));
            std::sort(terms.begin(), terms.end(), [](const Signed& a, const Signed& b) {
                return a.hash < b.hash || (a.hash == b.hash && a.negative < b.negative);
            });
            const bool negative = terms.front().negative; // the term of least hash is positive in N
            std::uint64_t h = 3;
            for (const Signed& t : terms)
                h = mix(h, signedHash({t.hash, t.negative != negative}));
            return {h, negative};
        }
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) {
            std::vector<std::uint64_t> factors;
            bool negative = false;
            for (std::size_t i = 0; i < e.nops(); ++i) {
                const Signed f = (*this)(e.op(i));
                negative = negative != f.negative;
                // −a·b is GiNaC's mul(a, b, −1), a·b has no 1: a coefficient ±1 is no factor of N.
                const ex& op = e.op(i);
                if (GiNaC::is_exactly_a<numeric>(op) && GiNaC::abs(GiNaC::ex_to<numeric>(op)).is_equal(1))
                    continue;
                factors.push_back(f.hash);
            }
            if (factors.size() == 1) return {factors.front(), negative}; // −b: N is b's
            std::sort(factors.begin(), factors.end());
            std::uint64_t h = 4;
            for (const std::uint64_t f : factors)
                h = mix(h, f);
            return {h, negative};
        }
        if (GiNaC::is_exactly_a<GiNaC::power>(e) && signedPower(e.op(1))) {
            const Signed base = (*this)(e.op(0));
            const bool odd = GiNaC::ex_to<numeric>(e.op(1)).is_odd();
            return {mix(mix(5, base.hash), textHash(e.op(1))), base.negative && odd};
        }
        // Other powers and functions: their operands exactly, signs included.
        std::uint64_t h = GiNaC::is_exactly_a<GiNaC::function>(e)
                              ? mix(6, textHash(GiNaC::ex_to<GiNaC::function>(e).get_name()))
                              : mix(7, textHash(std::string(typeid(GiNaC::ex_to<GiNaC::basic>(e)).name())));
        for (std::size_t i = 0; i < e.nops(); ++i)
            h = mix(h, signedHash((*this)(e.op(i))));
        return {h, false};
    }
};

class Compiler {
  public:
    Compiler(Program& p, const Symbols& s) : m_p(p), m_s(s) {}

    /// The register holding the value of e.
    int reg(const ex& e) {
        const Signed sign = m_signs(e);
        const int r = regNormal(e);
        if (!sign.negative) return r;
        if (const auto it = m_negated.find(sign.hash); it != m_negated.end()) return it->second;
        const int n = op(Op::Neg, r);
        m_negated.emplace(sign.hash, n);
        describe(n, e);
        return n;
    }

    /// The register holding e's normal form: e, or −e when e is negative in the sense of SignForms.
    int regNormal(const ex& e) {
        const Signed sign = m_signs(e);
        if (const auto it = m_normal.find(sign.hash); it != m_normal.end()) return it->second;
        const int r = makeNormal(e, sign.negative);
        m_normal.emplace(sign.hash, r);
        describe(r, sign.negative ? -e : e);
        return r;
    }

    void describe(int r, const ex& e) {
        if (static_cast<std::size_t>(r) >= m_p.m_descriptions.size() ||
            !m_p.m_descriptions[static_cast<std::size_t>(r)].empty())
            return;
        std::string d = m_printer(e);
        if (d.size() > 80) d = d.substr(0, 77) + "...";
        m_p.m_descriptions[static_cast<std::size_t>(r)] = std::move(d);
    }

    void finish() {
        // Dependencies of each output: a backward sweep over the SSA tape.
        std::vector<const Instruction*> writer(static_cast<std::size_t>(m_p.m_registers), nullptr);
        for (const auto* list : {&m_p.m_prologue, &m_p.m_body})
            for (const Instruction& in : *list)
                for (int k = 0; k < (in.op == Op::Catalogue ? 3 : 1); ++k)
                    writer[static_cast<std::size_t>(in.dst + k)] = &in;
        for (int out : m_p.m_outputs) {
            std::vector<bool> dep(static_cast<std::size_t>(m_p.m_registers), false);
            std::vector<int> stack{out};
            while (!stack.empty()) {
                const int r = stack.back();
                stack.pop_back();
                if (r < 0 || dep[static_cast<std::size_t>(r)]) continue;
                dep[static_cast<std::size_t>(r)] = true;
                if (const Instruction* in = writer[static_cast<std::size_t>(r)]) {
                    stack.push_back(in->a);
                    stack.push_back(in->b);
                    stack.push_back(in->c);
                    for (int p : in->params)
                        stack.push_back(p);
                }
            }
            m_p.m_deps.push_back(std::move(dep));
        }
    }

  private:
    Program& m_p;
    const Symbols& m_s;
    SignForms m_signs;
    std::map<std::uint64_t, int> m_normal;   ///< normal-form hash → register of the normal form
    std::map<std::uint64_t, int> m_negated;  ///< normal-form hash → register of its negation
    Printer m_printer{Notation::Plain, m_s}; ///< the registers' descriptions
    std::vector<bool> m_uniform;             ///< per register: does not depend on x

    bool uniform(int r) const { return m_uniform[static_cast<std::size_t>(r)]; }

    int emit(Instruction in, int width = 1) {
        in.dst = m_p.m_registers;
        m_p.m_registers += width;
        bool u = in.op != Op::X;
        for (int r : {in.a, in.b, in.c})
            if (r >= 0) u = u && uniform(r);
        m_uniform.resize(static_cast<std::size_t>(m_p.m_registers), u);
        m_p.m_descriptions.resize(static_cast<std::size_t>(m_p.m_registers));
        (u ? m_p.m_prologue : m_p.m_body).push_back(in);
        return in.dst;
    }
    int op(Op o, int a = -1, int b = -1, int c = -1) {
        Instruction in;
        in.op = o;
        in.a = a;
        in.b = b;
        in.c = c;
        return emit(in);
    }
    int constant(double v) {
        const auto it = m_constants.find(v);
        if (it != m_constants.end() && !std::isnan(v)) return it->second;
        Instruction in;
        in.op = Op::Const;
        in.k = v;
        const int r = emit(in);
        if (!std::isnan(v)) m_constants.emplace(v, r);
        return r;
    }
    std::map<double, int> m_constants;

    bool hasSymbols(const ex& e) const {
        if (e.has(m_s.x) || e.has(m_s.inf) || e.has(m_s.nan)) return true;
        for (const GiNaC::symbol& p : m_s.params)
            if (e.has(p)) return true;
        return false;
    }

    bool isNumber(const ex& e) const {
        return GiNaC::is_exactly_a<numeric>(e) && GiNaC::ex_to<numeric>(e).is_real();
    }

    /// Compiles e's normal form (−e when `negative`).
    int makeNormal(const ex& e, bool negative) {
        const double sign = negative ? -1.0 : 1.0;
        if (isNumber(e)) return constant(sign * toDouble(GiNaC::ex_to<numeric>(e)));
        // GiNaC evaluates log(−1) to iπ and √−4 to 2i: not real numbers, so NaN in real arithmetic.
        if (GiNaC::is_exactly_a<numeric>(e)) return constant(std::numeric_limits<double>::quiet_NaN());
        if (GiNaC::is_exactly_a<GiNaC::symbol>(e)) {
            if (e.is_equal(m_s.x)) {
                if (m_xReg < 0) m_xReg = op(Op::X);
                return m_xReg;
            }
            if (e.is_equal(m_s.inf)) return constant(std::numeric_limits<double>::infinity());
            if (e.is_equal(m_s.nan)) return constant(std::numeric_limits<double>::quiet_NaN());
            for (std::size_t i = 0; i < m_s.params.size(); ++i)
                if (e.is_equal(m_s.params[i])) {
                    Instruction in;
                    in.op = Op::Param;
                    in.n = static_cast<int>(i);
                    return emit(in);
                }
            throw std::logic_error("formula: unknown symbol");
        }
        // Constant subexpressions (√2, π, e^(1/2)) are folded at 40 digits.
        if (!hasSymbols(e) && !GiNaC::is_exactly_a<GiNaC::function>(e)) {
            try {
                const ex v = e.evalf();
                if (isNumber(v)) return constant(sign * toDouble(GiNaC::ex_to<numeric>(v)));
                if (GiNaC::is_exactly_a<numeric>(v))
                    return constant(std::numeric_limits<double>::quiet_NaN());
            } catch (const std::exception&) {
                // not a real number: compile as it stands (gives NaN)
            }
        }
        if (GiNaC::is_exactly_a<GiNaC::add>(e)) return sum(e, negative);
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return product(e);
        if (GiNaC::is_exactly_a<GiNaC::power>(e)) return power(e.op(0), e.op(1));
        if (GiNaC::is_exactly_a<GiNaC::function>(e)) return function(e);
        if (GiNaC::is_exactly_a<GiNaC::constant>(e)) {
            const ex v = e.evalf();
            if (isNumber(v)) return constant(toDouble(GiNaC::ex_to<numeric>(v)));
        }
        throw std::logic_error("formula: cannot compile an expression");
    }

    /// The operands of a sum or product with their signs, ordered by their normal forms' hashes.
    std::vector<std::pair<Signed, ex>> ordered(const ex& e) {
        std::vector<std::pair<Signed, ex>> v;
        for (std::size_t i = 0; i < e.nops(); ++i)
            v.emplace_back(m_signs(e.op(i)), e.op(i));
        std::stable_sort(v.begin(), v.end(),
                         [](const auto& a, const auto& b) { return a.first.hash < b.first.hash; });
        return v;
    }

    /// The sum's normal form (its negation when `negative`): terms in hash order, those positive in it
    /// added, then those negative subtracted.
    int sum(const ex& e, bool negative) {
        int acc = -1;
        std::vector<int> negatives;
        for (const auto& [sign, t] : ordered(e)) {
            const int r = regNormal(t);
            if (sign.negative != negative)
                negatives.push_back(r);
            else
                acc = acc < 0 ? r : op(Op::Add, acc, r);
        }
        for (int r : negatives)
            acc = acc < 0 ? op(Op::Neg, r) : op(Op::Sub, acc, r);
        return acc;
    }

    /// The product's normal form: |c| · (numerator factors' normal forms) / (denominator factors').
    int product(const ex& e) {
        numeric c = 1;
        std::vector<ex> up, down;
        for (const auto& [sign, f] : ordered(e)) {
            if (isNumber(f))
                c = c * GiNaC::abs(GiNaC::ex_to<numeric>(f));
            else if (GiNaC::is_exactly_a<GiNaC::power>(f) && isNumber(f.op(1)) &&
                     GiNaC::ex_to<numeric>(f.op(1)).is_negative())
                down.push_back(GiNaC::pow(f.op(0), -f.op(1)));
            else
                up.push_back(f);
        }
        int num = -1;
        for (const ex& f : up) {
            const int r = regNormal(f);
            num = num < 0 ? r : op(Op::Mul, num, r);
        }
        int den = -1;
        for (const ex& f : down) {
            const int r = regNormal(f);
            den = den < 0 ? r : op(Op::Mul, den, r);
        }
        // A coefficient 1/q with q a small integer divides (x/3 is correctly rounded, x·(1/3) is not).
        if (c != 1 && c.is_rational() && c.numer() == 1 && c.denom() < 1000000 && den < 0 && num >= 0) {
            den = constant(c.denom().to_double());
            c = 1;
        }
        if (c != 1) {
            const int k = constant(toDouble(c));
            num = num < 0 ? k : op(Op::Mul, k, num);
        }
        if (num < 0) num = constant(1.0);
        return den < 0 ? num : op(Op::Div, num, den);
    }

    int power(const ex& base, const ex& exponent) {
        if (isNumber(exponent)) {
            const numeric& n = GiNaC::ex_to<numeric>(exponent);
            // An integer power of the base's normal form is the power's normal form.
            if (n.is_integer() && n.is_positive() && n < 1024) {
                Instruction in;
                in.op = Op::PowInt;
                in.a = regNormal(base);
                in.n = n.to_int();
                return n == 1 ? in.a : emit(in);
            }
            if (n.is_negative() && (n.is_integer() || n == numeric(-1, 2)))
                return op(Op::Div, constant(1.0), regNormal(GiNaC::pow(base, -exponent)));
            if (n == numeric(1, 2)) return op(Op::Sqrt, reg(base));
        }
        return op(Op::Pow, reg(base), reg(exponent));
    }

    int function(const ex& e) {
        const Functions& f = functions();
        const unsigned s = GiNaC::ex_to<GiNaC::function>(e).get_serial();
        auto unary = [&](Op o) { return op(o, reg(e.op(0))); };
        if (s == GiNaC::exp_SERIAL::serial) return unary(Op::Exp);
        if (s == GiNaC::log_SERIAL::serial) return unary(Op::Log);
        if (s == GiNaC::sin_SERIAL::serial) return unary(Op::Sin);
        if (s == GiNaC::cos_SERIAL::serial) return unary(Op::Cos);
        if (s == GiNaC::sinh_SERIAL::serial) return unary(Op::Sinh);
        if (s == GiNaC::cosh_SERIAL::serial) return unary(Op::Cosh);
        if (s == f.tanh) return unary(Op::Tanh);
        if (s == f.sech) return unary(Op::Sech);
        if (s == f.expm1) return unary(Op::Expm1);
        if (s == f.log1p) return unary(Op::Log1p);
        if (s == f.erf) return unary(Op::Erf);
        if (s == f.erfc) return unary(Op::Erfc);
        if (s == f.sigmoid) return unary(Op::Sigmoid);
        if (s == f.softplus) return unary(Op::Softplus);
        if (s == f.logsigmoid) return unary(Op::LogSigmoid);
        if (s == f.abs) return unary(Op::Abs);
        if (s == f.sign) return unary(Op::Sign);
        if (s == f.max) return op(Op::Max, reg(e.op(0)), reg(e.op(1)));
        if (s == f.min) return op(Op::Min, reg(e.op(0)), reg(e.op(1)));
        if (s == f.whereGt) return op(Op::WhereGt, reg(e.op(0)), reg(e.op(1)), reg(e.op(2)));
        if (s == f.whereGe) return op(Op::WhereGe, reg(e.op(0)), reg(e.op(1)), reg(e.op(2)));
        if (s == f.whereEq) return op(Op::WhereEq, reg(e.op(0)), reg(e.op(1)), reg(e.op(2)));
        if (s == f.catalogue) {
            // One instruction gives f, f', f'' of a call; the orders share it.
            GiNaC::exvector key(e.begin(), e.end());
            const int order = GiNaC::ex_to<numeric>(key[1]).to_int();
            if (order > 2) return constant(std::numeric_limits<double>::quiet_NaN()); // not available
            key[1] = 0;
            const ex base = GiNaC::function(f.catalogue, key);
            int first;
            if (const auto it = m_catalogueCalls.find(base); it != m_catalogueCalls.end()) {
                first = it->second;
            } else {
                Instruction in;
                in.op = Op::Catalogue;
                in.n = GiNaC::ex_to<numeric>(key[0]).to_int();
                in.a = reg(key[2]);
                const Activation& act = catalogue()[static_cast<std::size_t>(in.n)];
                for (std::size_t i = 0; i < act.parameters.size(); ++i)
                    in.params.push_back(reg(key[3 + i]));
                first = emit(in, 3);
                m_catalogueCalls.emplace(base, first);
            }
            return first + order;
        }
        throw std::logic_error("formula: cannot compile the function " +
                               GiNaC::ex_to<GiNaC::function>(e).get_name());
    }

    std::map<ex, int, GiNaC::ex_is_less> m_catalogueCalls;
    int m_xReg = -1;
};

Program Program::compile(const std::vector<GiNaC::ex>& outputs, const Symbols& symbols) {
    Program p;
    Compiler c(p, symbols);
    for (const ex& e : outputs)
        p.m_outputs.push_back(c.reg(e));
    c.finish();
    return p;
}

// --- Execution --------------------------------------------------------------------------------------

template <class T>
void Program::exec(const Instruction& in, std::span<const double> params, T* regs, std::size_t width,
                   std::size_t n) const {
    using std::cos;
    using std::cosh;
    using std::erf;
    using std::erfc;
    using std::exp;
    using std::expm1;
    using std::fabs;
    using std::log;
    using std::log1p;
    using std::pow;
    using std::sin;
    using std::sinh;
    using std::sqrt;
    using std::tanh;
    auto R = [&](int r) { return regs + static_cast<std::size_t>(r) * width; };
    T* d = R(in.dst);
    const T* a = in.a >= 0 ? R(in.a) : nullptr;
    const T* b = in.b >= 0 ? R(in.b) : nullptr;
    const T* c = in.c >= 0 ? R(in.c) : nullptr;
    switch (in.op) {
    case Op::Const:
        for (std::size_t i = 0; i < n; ++i)
            d[i] = static_cast<T>(in.k);
        return;
    case Op::Param:
        for (std::size_t i = 0; i < n; ++i)
            d[i] = static_cast<T>(params[static_cast<std::size_t>(in.n)]);
        return;
    case Op::X:
        return; // filled by run()
#define ACTLAB_LOOP(expr)                                                                                    \
    for (std::size_t i = 0; i < n; ++i)                                                                      \
        d[i] = (expr);                                                                                       \
    return;
    case Op::Add:
        ACTLAB_LOOP(a[i] + b[i])
    case Op::Sub:
        ACTLAB_LOOP(a[i] - b[i])
    case Op::Mul:
        ACTLAB_LOOP(a[i] * b[i])
    case Op::Div:
        ACTLAB_LOOP(a[i] / b[i])
    case Op::Neg:
        ACTLAB_LOOP(-a[i])
    case Op::Sqrt:
        ACTLAB_LOOP(sqrt(a[i]))
    case Op::PowInt:
        ACTLAB_LOOP(powInt(a[i], in.n))
    case Op::Pow:
        ACTLAB_LOOP(pow(a[i], b[i]))
    case Op::Exp:
        ACTLAB_LOOP(exp(a[i]))
    case Op::Expm1:
        ACTLAB_LOOP(expm1(a[i]))
    case Op::Log:
        ACTLAB_LOOP(log(a[i]))
    case Op::Log1p:
        ACTLAB_LOOP(log1p(a[i]))
    case Op::Sin:
        ACTLAB_LOOP(sin(a[i]))
    case Op::Cos:
        ACTLAB_LOOP(cos(a[i]))
    case Op::Tanh:
        ACTLAB_LOOP(tanh(a[i]))
    case Op::Sech:
        ACTLAB_LOOP(T(1) / cosh(a[i]))
    case Op::Sinh:
        ACTLAB_LOOP(sinh(a[i]))
    case Op::Cosh:
        ACTLAB_LOOP(cosh(a[i]))
    case Op::Erf:
        ACTLAB_LOOP(erf(a[i]))
    case Op::Erfc:
        ACTLAB_LOOP(erfc(a[i]))
    case Op::Sigmoid:
        ACTLAB_LOOP(sigmoid(a[i]))
    case Op::Softplus:
        ACTLAB_LOOP(softplus(a[i]))
    case Op::LogSigmoid:
        ACTLAB_LOOP(-softplus(-a[i]))
    case Op::Abs:
        ACTLAB_LOOP(fabs(a[i]))
    case Op::Sign:
        ACTLAB_LOOP(sign(a[i]))
    case Op::Max:
        ACTLAB_LOOP(maxOf(a[i], b[i]))
    case Op::Min:
        ACTLAB_LOOP(minOf(a[i], b[i]))
    case Op::WhereGt:
        ACTLAB_LOOP(a[i] > 0 ? b[i] : a[i] <= 0 ? c[i] : kNaN<T>)
    case Op::WhereGe:
        ACTLAB_LOOP(a[i] >= 0 ? b[i] : a[i] < 0 ? c[i] : kNaN<T>)
    case Op::WhereEq:
        ACTLAB_LOOP(a[i] == 0 ? b[i] : a[i] != a[i] ? kNaN<T> : c[i])
#undef ACTLAB_LOOP
    case Op::Catalogue: {
        // The catalogue is exact in double; in a long double run its values are the double ones.
        const Activation& act = catalogue()[static_cast<std::size_t>(in.n)];
        double p[Functions::kCatalogueParams] = {};
        for (std::size_t j = 0; j < in.params.size(); ++j)
            p[j] = static_cast<double>(R(in.params[j])[0]);
        T* f0 = d;
        T* f1 = R(in.dst + 1);
        T* f2 = R(in.dst + 2);
        if (validate(act, std::span<const double>(p, in.params.size()))) {
            // Parameters outside the activation's domain (a slider dragged beyond it): no values.
            for (std::size_t i = 0; i < n; ++i)
                f0[i] = f1[i] = f2[i] = kNaN<T>;
            return;
        }
        if constexpr (std::is_same_v<T, double>) {
            act.evaluateSpan(p, a, n, f0, f1, f2);
        } else {
            double u[kBlock], v0[kBlock], v1[kBlock], v2[kBlock];
            for (std::size_t i = 0; i < n; ++i)
                u[i] = static_cast<double>(a[i]);
            act.evaluateSpan(p, u, n, v0, v1, v2);
            for (std::size_t i = 0; i < n; ++i) {
                f0[i] = v0[i];
                f1[i] = v1[i];
                f2[i] = v2[i];
            }
        }
        return;
    }
    }
}

template <class T>
void Program::run(std::span<const double> params, const T* x, std::size_t n, std::span<T* const> outs) const {
    const std::size_t width = std::min(kBlock, std::max<std::size_t>(n, 1));
    std::vector<T> regs(static_cast<std::size_t>(m_registers) * width);
    T* base = regs.data();
    // Uniform values: computed once in lane 0, then broadcast to every lane.
    for (const Instruction& in : m_prologue)
        exec(in, params, base, width, 1);
    for (const Instruction& in : m_prologue)
        for (int k = 0; k < (in.op == Op::Catalogue ? 3 : 1); ++k) {
            T* r = base + static_cast<std::size_t>(in.dst + k) * width;
            std::fill(r + 1, r + width, r[0]);
        }
    int xReg = -1;
    for (const Instruction& in : m_body)
        if (in.op == Op::X) xReg = in.dst;
    for (std::size_t start = 0; start < n; start += width) {
        const std::size_t m = std::min(width, n - start);
        if (xReg >= 0) std::copy(x + start, x + start + m, base + static_cast<std::size_t>(xReg) * width);
        for (const Instruction& in : m_body)
            exec(in, params, base, width, m);
        for (std::size_t o = 0; o < m_outputs.size() && o < outs.size(); ++o) {
            if (outs[o] == nullptr) continue;
            const T* r = base + static_cast<std::size_t>(m_outputs[o]) * width;
            std::copy(r, r + m, outs[o] + start);
        }
    }
}

template <class T> void Program::runPoint(std::span<const double> params, T x, Workspace<T>& ws) const {
    ws.width = 1;
    ws.regs.assign(static_cast<std::size_t>(m_registers), T(0));
    for (const Instruction& in : m_prologue)
        exec(in, params, ws.regs.data(), 1, 1);
    for (const Instruction& in : m_body) {
        if (in.op == Op::X) ws.regs[static_cast<std::size_t>(in.dst)] = x;
        exec(in, params, ws.regs.data(), 1, 1);
    }
}

template void Program::run<double>(std::span<const double>, const double*, std::size_t,
                                   std::span<double* const>) const;
template void Program::run<long double>(std::span<const double>, const long double*, std::size_t,
                                        std::span<long double* const>) const;
template void Program::runPoint<double>(std::span<const double>, double, Workspace<double>&) const;
template void Program::runPoint<long double>(std::span<const double>, long double,
                                             Workspace<long double>&) const;

} // namespace actlab::formula::detail
