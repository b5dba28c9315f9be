// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The symbolic side of formulas (GiNaC): the stable primitives and the non-smooth functions as GiNaC
/// functions with their derivative rules, the syntax tree to expression conversion, the stability
/// rewrites and the printer. Only the formula module's sources include this header.
#include "actlab/formula/formula.hpp"
#include "syntax.hpp"

#include <ginac/ginac.h>

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace actlab::formula::detail {

/// Serial numbers of our GiNaC functions (registered once, on first use).
///   where_gt(d, a, b) = a if d > 0 else b, where_ge (d ≥ 0), where_eq (d = 0); NaN if d is NaN.
///   max(a, b), min(a, b): the tie goes to b (so max(x, 0)' = 0 at 0, PyTorch's ReLU convention).
///   catalogue(i, k, u, p0 … p8): the k-th derivative (k ≤ 2) of catalogue entry i at u, parameters
///   p0 … (unused ones 0).
struct Functions {
    unsigned sigmoid, softplus, logsigmoid, expm1, log1p, erf, erfc, tanh, sech, sign, abs, max, min;
    unsigned whereGt, whereGe, whereEq;
    unsigned catalogue;
    static constexpr unsigned kCatalogueParams = 9;
};
const Functions& functions();

/// The symbols of one formula.
struct Symbols {
    GiNaC::symbol x{"x"};
    GiNaC::symbol inf{"inf"}, nan{"nan"}; ///< the literals inf and nan (opaque constants)
    std::vector<GiNaC::symbol> params;
};

/// The expression of a syntax tree (as typed), or the error (division by a literal zero, a catalogue
/// parameter argument that depends on x).
std::variant<GiNaC::ex, ParseError> toExpression(const Node& root, const Symbols& symbols);

/// Rewrites unstable patterns to stable primitives, bottom-up:
///   log(1 + exp(u)) → softplus(u),  log(1 + u) → log1p(u),  log(sigmoid(u)) → logsigmoid(u),
///   c·exp(u) − c → c·expm1(u),  c + c·erf(u) → c·erfc(−u),  c − c·erf(u) → c·erfc(u),
///   (1 + exp(u))^(−n) → sigmoid(−u)^n,  exp(u)·sigmoid(−u) → sigmoid(u).
GiNaC::ex rewriteStable(const GiNaC::ex& e);

class TextPrinter;

/// Prints expressions in the formula language (Plain), for people (Unicode) or as LaTeX. A printer
/// remembers every subexpression it printed: f'' repeats the subexpressions of f and f' many times over,
/// and printing each afresh takes exponential time on a power tower such as x^x^x^x^x^x^x^x.
class Printer {
  public:
    Printer(Notation notation, const Symbols& symbols);
    ~Printer();
    Printer(const Printer&) = delete;
    Printer& operator=(const Printer&) = delete;
    std::string operator()(const GiNaC::ex& e);

  private:
    std::unique_ptr<TextPrinter> m_text;
};

/// One expression printed by a printer of its own.
std::string print(const GiNaC::ex& e, Notation notation, const Symbols& symbols);

/// The rational number equal to a finite double.
GiNaC::numeric exactRational(double v);

/// The double nearest a real number (CLN's conversion flushes subnormal results to 0; this does not).
double toDouble(const GiNaC::numeric& n);

} // namespace actlab::formula::detail
