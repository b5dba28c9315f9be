// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Why a formula was refused: a kind, the 1-based column in the text, and a message for people that
/// names the problem and the column ("expected ')' at column 10").
#include "actlab/message.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace actlab::formula {

enum class ErrorKind {
    Empty,               ///< nothing but blanks
    TooLong,             ///< longer than Limits::maxLength
    TooDeep,             ///< nesting deeper than Limits::maxDepth
    UnexpectedCharacter, ///< a character that starts no token, e.g. '#'
    BadNumber,           ///< a malformed number, e.g. "1e", "0x", "2x"
    ExpectedOperand,     ///< a number, name or '(' was expected, e.g. "x*" or "x+)"
    ExpectedToken,       ///< a specific token was expected: ')' or ','
    UnexpectedToken,     ///< input goes on where the formula should end, e.g. "x)" or "x y"
    UnknownFunction,     ///< "sigmod(x)": a name called as a function that is none (with suggestions)
    ArgumentCount,       ///< "exp(x, 2)", "where(x > 0, 1)"
    MisplacedComparison, ///< a comparison anywhere but as the first argument of where()
    ExpectedComparison,  ///< where()'s first argument is no comparison
    ArgumentDependsOnX,  ///< a catalogue function's parameter argument depends on x
    BadParameter,        ///< a catalogue function's literal parameter is refused by its validation
    NotAParameter,       ///< "x" used as a function, or "x'" etc.
    Undefined,           ///< undefined as a whole: a division by a literal 0, 0^x differentiated, …
};

std::string_view errorKindName(ErrorKind kind);

struct ParseError {
    /// `what` names the problem; the message adds where ("%1 at column %2").
    ParseError(ErrorKind k, std::size_t c, Message what);

    ErrorKind kind;
    std::size_t column;  ///< 1-based, in bytes; one past the end for "expected ... at the end"
    std::string message; ///< ends with "at column N"
    Message text;        ///< the same, for translation: `message` is text.english()
};

/// Sizes beyond which a formula is refused rather than worked on.
struct Limits {
    std::size_t maxLength = 4000; ///< characters
    int maxDepth = 100;           ///< nesting of parentheses, calls, unary signs and powers
};

} // namespace actlab::formula
