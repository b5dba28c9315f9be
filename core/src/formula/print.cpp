// SPDX-License-Identifier: GPL-3.0-or-later
/// Printing expressions as formulas: the formula language itself (Plain, parses back), Unicode for
/// people, LaTeX. Numbers that are doubles print in their shortest round-trip form (0.1, not
/// 3602879701896397/36028797018963968); small fractions such as 1/3 print as fractions.
#include "actlab/catalogue.hpp"
#include "symbolic.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace actlab::formula::detail {

using GiNaC::ex;
using GiNaC::numeric;

namespace {

// Precedence of what a printed piece is: a parent puts parentheses around a child printed at a lower level.
enum Prec { kSum = 0, kProduct = 1, kUnary = 2, kPower = 3, kAtom = 4 };

struct Piece {
    std::string text;
    int prec;
};

bool isNumber(const ex& e) {
    return GiNaC::is_exactly_a<numeric>(e) && GiNaC::ex_to<numeric>(e).is_real();
}

bool isNegativeTerm(const ex& e) {
    if (isNumber(e)) return GiNaC::ex_to<numeric>(e).is_negative();
    if (GiNaC::is_exactly_a<GiNaC::mul>(e))
        for (std::size_t i = 0; i < e.nops(); ++i)
            if (isNumber(e.op(i))) return GiNaC::ex_to<numeric>(e.op(i)).is_negative();
    return false;
}

} // namespace

class TextPrinter {
  public:
    TextPrinter(Notation n, const Symbols& s) : m_n(n), m_s(s) {}

    std::string operator()(const ex& e) { return piece(e).text; }

  private:
    Notation m_n;
    const Symbols& m_s;
    /// Every subexpression printed so far: f'' repeats the subexpressions of f and f' many times over, and
    /// without this a power tower's derivatives print in exponential time.
    std::map<ex, Piece, GiNaC::ex_is_less> m_printed;
    std::unique_ptr<TextPrinter> m_plain; ///< prints the sort keys (Plain) when this printer is not Plain

    bool latex() const { return m_n == Notation::Latex; }
    bool unicode() const { return m_n == Notation::Unicode; }

    std::string minus() const { return unicode() ? "\u2212" : "-"; }
    std::string times() const { return m_n == Notation::Plain ? "*" : unicode() ? "\u00b7" : " \\cdot "; }

    std::string wrap(const Piece& p, int atLeast) const {
        if (p.prec >= atLeast) return p.text;
        return latex() ? "\\left(" + p.text + "\\right)" : "(" + p.text + ")";
    }

    std::string number(double v) const {
        std::string s = formatNumber(v);
        if (unicode()) {
            if (s == "inf") return "\u221e";
            if (s.front() == '-') s = minus() + s.substr(1);
        }
        if (latex()) {
            if (s == "inf") return "\\infty";
            const std::size_t e = s.find('e');
            if (e != std::string::npos) {
                std::string exp = s.substr(e + 1);
                if (!exp.empty() && exp.front() == '+') exp.erase(0, 1);
                s = s.substr(0, e) + " \\cdot 10^{" + exp + "}";
            }
        }
        return s;
    }

    static std::string decimal(const numeric& n) {
        std::ostringstream out;
        out << n;
        return out.str();
    }

    Piece numericPiece(const numeric& n) {
        if (n.is_negative()) {
            const Piece p = numericPiece(-n);
            return {minus() + wrap(p, kPower), kUnary};
        }
        if (n.is_integer() && n < numeric(1000000000000000LL)) return {decimal(n), kAtom};
        const double d = toDouble(n);
        const bool exactDouble = std::isfinite(d) && exactRational(d) == n;
        if (!exactDouble && n.is_rational() && n.numer() < 1000000 && n.denom() < 1000000) {
            const std::string p = decimal(n.numer()), q = decimal(n.denom());
            if (latex()) return {"\\frac{" + p + "}{" + q + "}", kAtom};
            return {p + "/" + q, kProduct};
        }
        return {number(d), kAtom};
    }

    Piece call(const std::string& name, const std::vector<ex>& args) {
        std::string s = name + (latex() ? "\\left(" : "(");
        for (std::size_t i = 0; i < args.size(); ++i)
            s += (i ? ", " : "") + piece(args[i]).text;
        return {s + (latex() ? "\\right)" : ")"), kAtom};
    }

    std::string fname(const char* plain, const char* uni, const char* tex) const {
        return latex() ? tex : unicode() ? uni : plain;
    }

    Piece function(const GiNaC::function& fn) {
        const Functions& f = functions();
        const unsigned s = fn.get_serial();
        std::vector<ex> args;
        for (std::size_t i = 0; i < fn.nops(); ++i)
            args.push_back(fn.op(i));
        auto one = [&](const char* plain, const char* uni, const char* tex) {
            return call(fname(plain, uni, tex), args);
        };
        if (s == GiNaC::exp_SERIAL::serial) return one("exp", "exp", "\\exp");
        if (s == GiNaC::log_SERIAL::serial) return one("log", "ln", "\\ln");
        if (s == GiNaC::sin_SERIAL::serial) return one("sin", "sin", "\\sin");
        if (s == GiNaC::cos_SERIAL::serial) return one("cos", "cos", "\\cos");
        if (s == GiNaC::sinh_SERIAL::serial) return one("sinh", "sinh", "\\sinh");
        if (s == GiNaC::cosh_SERIAL::serial) return one("cosh", "cosh", "\\cosh");
        if (s == f.tanh) return one("tanh", "tanh", "\\tanh");
        if (s == f.sech) return one("sech", "sech", "\\operatorname{sech}");
        if (s == f.sigmoid) return one("sigmoid", "\u03c3", "\\sigma");
        if (s == f.softplus) return one("softplus", "softplus", "\\operatorname{softplus}");
        if (s == f.logsigmoid) return one("logsigmoid", "log\u03c3", "\\log\\sigma");
        if (s == f.expm1) return one("expm1", "expm1", "\\operatorname{expm1}");
        if (s == f.log1p) return one("log1p", "log1p", "\\operatorname{log1p}");
        if (s == f.erf) return one("erf", "erf", "\\operatorname{erf}");
        if (s == f.erfc) return one("erfc", "erfc", "\\operatorname{erfc}");
        if (s == f.sign) return one("sign", "sgn", "\\operatorname{sgn}");
        if (s == f.max) return one("max", "max", "\\max");
        if (s == f.min) return one("min", "min", "\\min");
        if (s == f.abs) {
            if (m_n == Notation::Plain) return one("abs", "", "");
            const std::string inner = piece(args[0]).text;
            return {latex() ? "\\left|" + inner + "\\right|" : "|" + inner + "|", kAtom};
        }
        if (s == f.whereGt || s == f.whereGe || s == f.whereEq) return where(s, args);
        if (s == f.catalogue) {
            const int index = GiNaC::ex_to<numeric>(args[0]).to_int();
            const int order = GiNaC::ex_to<numeric>(args[1]).to_int();
            const Activation& a = catalogue()[static_cast<std::size_t>(index)];
            std::string name(a.id);
            if (latex()) name = "\\operatorname{" + replaceAll(name, "_", "\\_") + "}";
            name += std::string(static_cast<std::size_t>(order), '\'');
            if (unicode() && order > 0)
                name = std::string(a.id) + (order == 1 ? "\u2032" : order == 2 ? "\u2033" : "\u2034");
            std::vector<ex> shown{args[2]};
            for (std::size_t i = 0; i < a.parameters.size(); ++i)
                shown.push_back(args[3 + i]);
            return call(name, shown);
        }
        return call(fn.get_name(), args);
    }

    static std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
        for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
            s.replace(p, from.size(), to);
        return s;
    }

    Piece where(unsigned serial, const std::vector<ex>& args) {
        const Functions& f = functions();
        // d > 0 printed as lhs > rhs with the constant of d moved to the right.
        ex lhs = args[0], rhs = 0;
        if (GiNaC::is_exactly_a<GiNaC::add>(lhs)) {
            for (std::size_t i = 0; i < lhs.nops(); ++i)
                if (isNumber(lhs.op(i))) rhs = -lhs.op(i);
            lhs = lhs + rhs;
        }
        const char* op = serial == f.whereGt   ? (latex() ? ">" : " > ")
                         : serial == f.whereGe ? (latex()     ? "\\ge"
                                                  : unicode() ? " \u2265 "
                                                              : " >= ")
                                               : (latex()     ? "="
                                                  : unicode() ? " = "
                                                              : " == ");
        const std::string cond =
            piece(lhs).text + (latex() ? std::string(" ") + op + " " : op) + piece(rhs).text;
        if (latex())
            return {"\\begin{cases}" + piece(args[1]).text + " & " + cond + " \\\\ " + piece(args[2]).text +
                        " & \\text{otherwise}\\end{cases}",
                    kAtom};
        return {"where(" + cond + ", " + piece(args[1]).text + ", " + piece(args[2]).text + ")", kAtom};
    }

    /// Symbols first (parameters before x, alphabetically), then powers of symbols, then the rest; ties by
    /// text.
    void sortByText(std::vector<ex>& v) {
        auto rank = [](const ex& e) {
            if (GiNaC::is_exactly_a<GiNaC::symbol>(e)) return 0;
            if (GiNaC::is_exactly_a<GiNaC::power>(e) && GiNaC::is_exactly_a<GiNaC::symbol>(e.op(0))) return 1;
            return 2;
        };
        if (m_n != Notation::Plain && !m_plain) m_plain = std::make_unique<TextPrinter>(Notation::Plain, m_s);
        TextPrinter& plain = m_n == Notation::Plain ? *this : *m_plain;
        std::vector<std::pair<std::pair<int, std::string>, ex>> keyed;
        for (const ex& e : v)
            keyed.push_back({{rank(e), plain.piece(e).text}, e});
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] = keyed[i].second;
    }

    Piece sum(const ex& e) {
        // Terms as stored, with the numeric constant last.
        std::vector<ex> terms;
        ex constant = 0;
        for (std::size_t i = 0; i < e.nops(); ++i)
            if (isNumber(e.op(i)))
                constant = e.op(i);
            else
                terms.push_back(e.op(i));
        // GiNaC's order depends on hash values (which vary with the order symbols were made): sort by text.
        sortByText(terms);
        if (!constant.is_zero()) terms.push_back(constant);
        // Start with a positive term where there is one.
        for (std::size_t i = 0; i < terms.size(); ++i)
            if (!isNegativeTerm(terms[i])) {
                std::rotate(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(i),
                            terms.begin() + static_cast<std::ptrdiff_t>(i + 1));
                break;
            }
        std::string s;
        for (std::size_t i = 0; i < terms.size(); ++i) {
            if (i == 0) {
                s = wrap(piece(terms[i]), kProduct);
            } else if (isNegativeTerm(terms[i])) {
                s += " " + minus() + " " + wrap(piece(-terms[i]), kProduct);
            } else {
                s += " + " + wrap(piece(terms[i]), kProduct);
            }
        }
        return {s, kSum};
    }

    /// A product as numerator / denominator (factors with negative numeric exponents go below the line).
    Piece product(const ex& e) {
        numeric c = 1;
        std::vector<ex> up, down;
        auto add = [&](const ex& factor) {
            if (isNumber(factor)) {
                c = c * GiNaC::ex_to<numeric>(factor);
            } else if (GiNaC::is_exactly_a<GiNaC::power>(factor) && isNumber(factor.op(1)) &&
                       GiNaC::ex_to<numeric>(factor.op(1)).is_negative()) {
                down.push_back(GiNaC::pow(factor.op(0), -factor.op(1)));
            } else {
                up.push_back(factor);
            }
        };
        if (GiNaC::is_exactly_a<GiNaC::mul>(e))
            for (std::size_t i = 0; i < e.nops(); ++i)
                add(e.op(i));
        else
            add(e);
        sortByText(up);
        sortByText(down);
        const bool negative = c.is_negative();
        if (negative) c = -c;
        // A small fraction coefficient p/q puts p above and q below; other coefficients lead the product.
        if (c != 1) {
            const double d = toDouble(c);
            const bool exactDouble = std::isfinite(d) && exactRational(d) == c;
            if (c.is_rational() && !c.is_integer() && c.numer() < 1000000 && c.denom() < 1000000 &&
                (!exactDouble || c.denom() <= 64)) {
                if (c.numer() != 1) up.insert(up.begin(), c.numer());
                down.insert(down.begin(), c.denom());
            } else {
                up.insert(up.begin(), c);
            }
        }
        auto join = [&](const std::vector<ex>& fs) {
            std::string s;
            for (std::size_t i = 0; i < fs.size(); ++i) {
                const Piece p = piece(fs[i]);
                s += (i ? times() : "") + wrap(p, fs.size() == 1 ? kProduct : kPower);
            }
            return s;
        };
        std::string s;
        if (latex() && !down.empty()) {
            s = "\\frac{" + (up.empty() ? "1" : join(up)) + "}{" + join(down) + "}";
        } else {
            s = up.empty() ? "1" : join(up);
            if (!down.empty()) {
                if (up.size() == 1 && piece(up[0]).prec < kPower) s = wrap(piece(up[0]), kPower);
                s += "/" + (down.size() == 1 ? wrap(piece(down[0]), kPower) : "(" + join(down) + ")");
            }
        }
        if (negative) return {minus() + s, kUnary};
        return {s, up.size() + down.size() > 1 || !down.empty() ? kProduct : piece(up[0]).prec};
    }

    Piece powerPiece(const ex& e) {
        const ex& base = e.op(0);
        const ex& exponent = e.op(1);
        if (isNumber(exponent)) {
            const numeric& n = GiNaC::ex_to<numeric>(exponent);
            if (n.is_negative()) return product(e);
            if (n == numeric(1, 2)) {
                const std::string inner = piece(base).text;
                if (latex()) return {"\\sqrt{" + inner + "}", kAtom};
                if (unicode()) return {"\u221a" + wrap(piece(base), kAtom), kAtom};
                return {"sqrt(" + inner + ")", kAtom};
            }
            if (unicode() && n.is_integer() && n >= 2 && n <= 9) {
                static const char* sup[] = {"",       "",       "\u00b2", "\u00b3", "\u2074",
                                            "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
                return {wrap(piece(base), kAtom) + sup[n.to_int()], kPower};
            }
        }
        const Piece b = piece(base);
        const Piece x = piece(exponent);
        if (latex()) return {"{" + wrap(b, kAtom) + "}^{" + x.text + "}", kPower};
        return {wrap(b, kAtom) + "^" + wrap(x, kAtom), kPower};
    }

    Piece piece(const ex& e) {
        if (const auto it = m_printed.find(e); it != m_printed.end()) return it->second;
        Piece p = newPiece(e);
        m_printed.emplace(e, p);
        return p;
    }

    Piece newPiece(const ex& e) {
        if (isNumber(e)) return numericPiece(GiNaC::ex_to<numeric>(e));
        if (GiNaC::is_exactly_a<GiNaC::symbol>(e)) {
            if (e.is_equal(m_s.inf)) return {number(std::numeric_limits<double>::infinity()), kAtom};
            if (e.is_equal(m_s.nan)) return {"nan", kAtom};
            return {GiNaC::ex_to<GiNaC::symbol>(e).get_name(), kAtom};
        }
        if (GiNaC::is_exactly_a<GiNaC::constant>(e)) {
            if (e.is_equal(GiNaC::Pi))
                return {m_n == Notation::Plain ? number(M_PI) : unicode() ? "\u03c0" : "\\pi", kAtom};
            return {number(GiNaC::ex_to<numeric>(e.evalf()).to_double()), kAtom};
        }
        if (GiNaC::is_exactly_a<GiNaC::add>(e)) return sum(e);
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return product(e);
        if (GiNaC::is_exactly_a<GiNaC::power>(e)) return powerPiece(e);
        if (GiNaC::is_exactly_a<GiNaC::function>(e)) return function(GiNaC::ex_to<GiNaC::function>(e));
        std::ostringstream out;
        out << e;
        return {out.str(), kAtom};
    }
};

Printer::Printer(Notation notation, const Symbols& symbols)
    : m_text(std::make_unique<TextPrinter>(notation, symbols)) {}
Printer::~Printer() = default;

std::string Printer::operator()(const GiNaC::ex& e) {
    return (*m_text)(e);
}

std::string print(const GiNaC::ex& e, Notation notation, const Symbols& symbols) {
    return Printer(notation, symbols)(e);
}

} // namespace actlab::formula::detail
