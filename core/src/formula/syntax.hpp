// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The formula parser: text to a syntax tree with columns, and the checks that need no algebra (names,
/// argument counts, comparisons only inside where, sizes).
#include "actlab/formula/parse_error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace actlab::formula::detail {

/// "a comparison is allowed only as the first argument of where()", refused by the parser and the converter.
Message misplacedComparison();

enum class Builtin {
    Exp,
    Expm1,
    Log,
    Log1p,
    Sqrt,
    Abs,
    Sign,
    Min,
    Max,
    Where,
    Sin,
    Cos,
    Tanh,
    Sinh,
    Cosh,
    Erf,
    Erfc,
    Sigmoid,
    Softplus,
    LogSigmoid,
    Sech,
};

enum class Compare { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };

struct Node {
    enum class Kind {
        Number,
        X,
        Parameter,
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,
        Power,
        Builtin,
        Catalogue,
        Comparison
    };
    Kind kind = Kind::Number;
    std::size_t column = 1; ///< 1-based column of the token that makes this node
    double value = 0.0;     ///< Number
    int index = 0;          ///< Parameter: index into Syntax::parameters; Catalogue: catalogue index
    int order = 0;          ///< Catalogue: 0, 1 (gelu'(x)) or 2 (gelu''(x))
    Builtin builtin = Builtin::Exp;
    Compare compare = Compare::Less;
    std::vector<Node> args;
};

struct Syntax {
    Node root;
    std::vector<std::string> parameters; ///< in order of first appearance
};

/// Parses the text; the error's message ends with "at column N".
std::variant<Syntax, ParseError> parseSyntax(std::string_view text, const Limits& limits);

/// Name of a builtin function as typed.
std::string_view builtinName(Builtin b);

} // namespace actlab::formula::detail
