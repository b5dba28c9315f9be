// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/number_parsing.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <limits>
#include <system_error>

namespace actlab::formula {

std::string_view errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Empty:
        return "empty";
    case ErrorKind::TooLong:
        return "too long";
    case ErrorKind::TooDeep:
        return "too deep";
    case ErrorKind::UnexpectedCharacter:
        return "unexpected character";
    case ErrorKind::BadNumber:
        return "bad number";
    case ErrorKind::ExpectedOperand:
        return "expected operand";
    case ErrorKind::ExpectedToken:
        return "expected token";
    case ErrorKind::UnexpectedToken:
        return "unexpected token";
    case ErrorKind::UnknownFunction:
        return "unknown function";
    case ErrorKind::ArgumentCount:
        return "argument count";
    case ErrorKind::MisplacedComparison:
        return "misplaced comparison";
    case ErrorKind::ExpectedComparison:
        return "expected comparison";
    case ErrorKind::ArgumentDependsOnX:
        return "argument depends on x";
    case ErrorKind::BadParameter:
        return "bad parameter";
    case ErrorKind::NotAParameter:
        return "not a parameter";
    case ErrorKind::Undefined:
        return "undefined";
    }
    return "?";
}

ParseError::ParseError(ErrorKind k, std::size_t c, Message what)
    : kind(k), column(c),
      text(ACTLAB_TR_NOOP("Formula", "%1 at column %2"), {std::move(what), std::to_string(c)}) {
    message = text.english();
}

namespace detail {

Message misplacedComparison() {
    return {ACTLAB_TR_NOOP("Formula", "a comparison is allowed only as the first argument of where()")};
}

namespace {

struct BuiltinSpec {
    std::string_view name;
    Builtin builtin;
    int minArgs, maxArgs;
};

constexpr std::array<BuiltinSpec, 21> kBuiltins = {{
    {"exp", Builtin::Exp, 1, 1},           {"expm1", Builtin::Expm1, 1, 1},
    {"log", Builtin::Log, 1, 1},           {"log1p", Builtin::Log1p, 1, 1},
    {"sqrt", Builtin::Sqrt, 1, 1},         {"abs", Builtin::Abs, 1, 1},
    {"sign", Builtin::Sign, 1, 1},         {"min", Builtin::Min, 2, 2},
    {"max", Builtin::Max, 2, 2},           {"where", Builtin::Where, 3, 3},
    {"sin", Builtin::Sin, 1, 1},           {"cos", Builtin::Cos, 1, 1},
    {"tanh", Builtin::Tanh, 1, 1},         {"sinh", Builtin::Sinh, 1, 1},
    {"cosh", Builtin::Cosh, 1, 1},         {"erf", Builtin::Erf, 1, 1},
    {"erfc", Builtin::Erfc, 1, 1},         {"sigmoid", Builtin::Sigmoid, 1, 1},
    {"softplus", Builtin::Softplus, 1, 1}, {"logsigmoid", Builtin::LogSigmoid, 1, 1},
    {"sech", Builtin::Sech, 1, 1}, // 1/cosh: tanh' = sech², so derivatives print in the language
}};

const BuiltinSpec* findBuiltin(std::string_view name) {
    for (const BuiltinSpec& b : kBuiltins)
        if (b.name == name) return &b;
    return nullptr;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isIdentChar(char c) {
    return isIdentStart(c) || isDigit(c);
}
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0u : 1u)});
            diag = up;
        }
    }
    return row[b.size()];
}

/// Up to three known function names within edit distance 2 of `name` (closest first), as
/// " (did you mean 'a', 'b' or 'c'?)", or nothing.
Message suggestions(std::string_view name) {
    std::vector<std::pair<std::size_t, std::string_view>> near;
    auto consider = [&](std::string_view known) {
        const std::size_t d = editDistance(name, known);
        if (d <= 2 && d < std::max<std::size_t>(name.size(), 2)) near.emplace_back(d, known);
    };
    for (const BuiltinSpec& b : kBuiltins)
        consider(b.name);
    for (const Activation& a : catalogue())
        if (!findBuiltin(a.id)) consider(a.id);
    std::stable_sort(near.begin(), near.end(),
                     [](const auto& l, const auto& r) { return l.first < r.first; });
    std::vector<Message> names;
    for (std::size_t i = 0; i < near.size() && i < 3; ++i)
        names.emplace_back("'" + std::string(near[i].second) + "'");
    switch (names.size()) {
    case 0:
        return {};
    case 1:
        return {ACTLAB_TR_NOOP("Formula", " (did you mean %1?)"), std::move(names)};
    case 2:
        return {ACTLAB_TR_NOOP("Formula", " (did you mean %1 or %2?)"), std::move(names)};
    default:
        return {ACTLAB_TR_NOOP("Formula", " (did you mean %1, %2 or %3?)"), std::move(names)};
    }
}

/// A character that starts no token.
Message unexpectedCharacter(char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80)
        return {ACTLAB_TR_NOOP("Formula",
                               "unexpected non-ASCII character (type names in ASCII, e.g. 'alpha', "
                               "and '*' for multiplication)")};
    if (byte < 0x20 || byte == 0x7f) return {ACTLAB_TR_NOOP("Formula", "unexpected control character")};
    return {ACTLAB_TR_NOOP("Formula", "unexpected character '%1'"), {std::string(1, c)}};
}

Message expectedClosing() {
    return {ACTLAB_TR_NOOP("Formula", "expected ')'")};
}

/// "sigmoid() takes x and up to 0 parameters, got 2 arguments": one template per singular and plural.
Message catalogueArgumentCount(std::string_view name, int parameters, int arguments) {
    const bool oneParameter = parameters == 1, oneArgument = arguments == 1;
    const MessageTemplate t =
        oneParameter
            ? (oneArgument
                   ? ACTLAB_TR_NOOP("Formula", "%1() takes x and up to %2 parameter, got %3 argument")
                   : ACTLAB_TR_NOOP("Formula", "%1() takes x and up to %2 parameter, got %3 arguments"))
            : (oneArgument
                   ? ACTLAB_TR_NOOP("Formula", "%1() takes x and up to %2 parameters, got %3 argument")
                   : ACTLAB_TR_NOOP("Formula", "%1() takes x and up to %2 parameters, got %3 arguments"));
    return {t, {std::string(name), std::to_string(parameters), std::to_string(arguments)}};
}

class Parser {
  public:
    Parser(std::string_view text, const Limits& limits) : m_text(text), m_limits(limits) {}

    std::variant<Syntax, ParseError> run() {
        if (m_text.size() > m_limits.maxLength)
            return ParseError{ErrorKind::TooLong,
                              m_limits.maxLength + 1,
                              {ACTLAB_TR_NOOP("Formula", "the formula is longer than %1 characters"),
                               {std::to_string(m_limits.maxLength)}}};
        skipBlanks();
        if (m_pos == m_text.size())
            return ParseError{ErrorKind::Empty, 1, {ACTLAB_TR_NOOP("Formula", "the formula is empty")}};
        Node root;
        if (!parseSum(root)) return *m_error;
        skipBlanks();
        if (m_pos < m_text.size()) {
            if (isComparisonAhead())
                return fail(ErrorKind::MisplacedComparison, misplacedComparison()), *m_error;
            if (strayCharacter()) return *m_error;
            return fail(ErrorKind::UnexpectedToken,
                        {ACTLAB_TR_NOOP("Formula", "expected an operator or the end of the formula")}),
                   *m_error;
        }
        return Syntax{std::move(root), std::move(m_parameters)};
    }

  private:
    std::string_view m_text;
    Limits m_limits;
    std::size_t m_pos = 0;
    int m_depth = 0;
    std::vector<std::string> m_parameters;
    std::optional<ParseError> m_error;

    std::size_t column() const { return m_pos + 1; }

    bool fail(ErrorKind kind, Message what, std::size_t col = 0) {
        if (col == 0) col = column();
        if (!m_error) m_error = ParseError{kind, col, std::move(what)};
        return false;
    }

    void skipBlanks() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    char peek() {
        skipBlanks();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }

    bool isComparisonAhead() {
        const char c = peek();
        if (c == '<' || c == '>') return true;
        return (c == '=' || c == '!') && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=';
    }

    /// RAII depth counter: every recursive production enters one level.
    struct Level {
        Parser& p;
        bool ok;
        explicit Level(Parser& parser) : p(parser), ok(++parser.m_depth <= parser.m_limits.maxDepth) {
            if (!ok)
                p.fail(ErrorKind::TooDeep,
                       {ACTLAB_TR_NOOP("Formula", "the formula is nested deeper than %1 levels"),
                        {std::to_string(p.m_limits.maxDepth)}});
        }
        ~Level() { --p.m_depth; }
        Level(const Level&) = delete;
        Level& operator=(const Level&) = delete;
    };

    // sum := product (('+' | '-') product)*
    bool parseSum(Node& out) {
        if (!parseProduct(out)) return false;
        for (;;) {
            const char c = peek();
            if (c != '+' && c != '-') return true;
            Node n;
            n.kind = c == '+' ? Node::Kind::Add : Node::Kind::Subtract;
            n.column = column();
            ++m_pos;
            Node rhs;
            if (!parseProduct(rhs)) return false;
            n.args.push_back(std::move(out));
            n.args.push_back(std::move(rhs));
            out = std::move(n);
        }
    }

    // product := unary (('*' | '/') unary)*
    bool parseProduct(Node& out) {
        if (!parseUnary(out)) return false;
        for (;;) {
            const char c = peek();
            if (c != '*' && c != '/') return true;
            Node n;
            n.kind = c == '*' ? Node::Kind::Multiply : Node::Kind::Divide;
            n.column = column();
            ++m_pos;
            Node rhs;
            if (!parseUnary(rhs)) return false;
            n.args.push_back(std::move(out));
            n.args.push_back(std::move(rhs));
            out = std::move(n);
        }
    }

    // unary := ('-' | '+') unary | power      (so -x^2 = -(x^2))
    bool parseUnary(Node& out) {
        Level level(*this);
        if (!level.ok) return false;
        const char c = peek();
        if (c == '-' || c == '+') {
            const std::size_t col = column();
            ++m_pos;
            Node operand;
            if (!parseUnary(operand)) return false;
            if (c == '+') {
                out = std::move(operand);
                return true;
            }
            out = Node{};
            out.kind = Node::Kind::Negate;
            out.column = col;
            out.args.push_back(std::move(operand));
            return true;
        }
        return parsePower(out);
    }

    // power := primary ('^' unary)?           (right-associative: 2^3^2 = 2^(3^2); 2^-x allowed)
    bool parsePower(Node& out) {
        if (!parsePrimary(out)) return false;
        if (peek() != '^') return true;
        Node n;
        n.kind = Node::Kind::Power;
        n.column = column();
        ++m_pos;
        Node exponent;
        if (!parseUnary(exponent)) return false;
        n.args.push_back(std::move(out));
        n.args.push_back(std::move(exponent));
        out = std::move(n);
        return true;
    }

    bool parsePrimary(Node& out) {
        Level level(*this);
        if (!level.ok) return false;
        const char c = peek();
        if (c == '\0')
            return fail(ErrorKind::ExpectedOperand,
                        {ACTLAB_TR_NOOP("Formula", "expected a number, a name or '(' but the formula ends")});
        if (isDigit(c) || (c == '.' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1])))
            return parseNumberToken(out);
        if (isIdentStart(c)) return parseName(out);
        if (c == '(') {
            const std::size_t open = column();
            ++m_pos;
            if (!parseSum(out)) return false;
            return expectClosing(open);
        }
        if (c == ')' || c == ',' || c == '*' || c == '/' || c == '^' || c == '<' || c == '>' || c == '=' ||
            c == '!')
            return fail(ErrorKind::ExpectedOperand,
                        {ACTLAB_TR_NOOP("Formula", "expected a number, a name or '(' before '%1'"),
                         {std::string(1, c)}});
        return fail(ErrorKind::UnexpectedCharacter, unexpectedCharacter(c));
    }

    /// At a character that starts no token: fails with UnexpectedCharacter and returns true.
    bool strayCharacter() {
        const char c = peek();
        if (c == '\0' || isIdentChar(c) ||
            std::string_view("+-*/^(),.<>=!'").find(c) != std::string_view::npos)
            return false;
        fail(ErrorKind::UnexpectedCharacter, unexpectedCharacter(c));
        return true;
    }

    bool expectClosing(std::size_t open) {
        if (peek() == ')') {
            ++m_pos;
            return true;
        }
        if (isComparisonAhead()) return fail(ErrorKind::MisplacedComparison, misplacedComparison());
        (void)open;
        if (strayCharacter()) return false;
        return fail(ErrorKind::ExpectedToken, expectedClosing());
    }

    bool parseNumberToken(Node& out) {
        const std::size_t start = m_pos;
        const bool hex = m_pos + 1 < m_text.size() && m_text[m_pos] == '0' &&
                         (m_text[m_pos + 1] == 'x' || m_text[m_pos + 1] == 'X');
        std::size_t i = m_pos + (hex ? 2 : 0);
        auto mantissaChar = [&](char ch) {
            return hex ? isHexDigit(ch) || ch == '.' : isDigit(ch) || ch == '.';
        };
        while (i < m_text.size() && mantissaChar(m_text[i]))
            ++i;
        const char expLetter = hex ? 'p' : 'e';
        if (i < m_text.size() && (m_text[i] == expLetter || m_text[i] == expLetter - 'a' + 'A')) {
            std::size_t j = i + 1;
            if (j < m_text.size() && (m_text[j] == '+' || m_text[j] == '-')) ++j;
            if (j < m_text.size() && isDigit(m_text[j])) {
                while (j < m_text.size() && isDigit(m_text[j]))
                    ++j;
                i = j;
            }
        }
        // Letters, digits and dots stuck to a number make it malformed ("2x", "1e", "1.2.3").
        while (i < m_text.size() && (isIdentChar(m_text[i]) || m_text[i] == '.'))
            ++i;
        const std::string_view token = m_text.substr(start, i - start);
        const auto value = actlab::parseUnsignedNumber(token); // ActLab's one number reader
        if (!value)
            return fail(
                ErrorKind::BadNumber,
                {ACTLAB_TR_NOOP("Formula", "malformed number '%1' (write '*' between a number and a name)"),
                 {std::string(token)}},
                start + 1);
        m_pos = i;
        out = Node{};
        out.kind = Node::Kind::Number;
        out.column = start + 1;
        out.value = *value;
        return true;
    }

    bool parseName(Node& out) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
            ++m_pos;
        const std::string_view name = m_text.substr(start, m_pos - start);
        const std::size_t col = start + 1;
        int primes = 0;
        while (m_pos < m_text.size() && m_text[m_pos] == '\'') {
            ++primes;
            ++m_pos;
        }
        const bool call = peek() == '(';
        out = Node{};
        out.column = col;
        if (!call) {
            if (primes > 0)
                return fail(
                    ErrorKind::NotAParameter,
                    {ACTLAB_TR_NOOP("Formula", "a prime is allowed only after a catalogue function name")},
                    col);
            // A name the number parser reads is a number word: inf, infinity or nan, in any case.
            if (const auto number = actlab::parseUnsignedNumber(name)) {
                out.kind = Node::Kind::Number;
                out.value = *number;
                return true;
            }
            if (name == "x") {
                out.kind = Node::Kind::X;
                return true;
            }
            if (findBuiltin(name) || findActivation(name))
                return fail(ErrorKind::ExpectedToken,
                            {ACTLAB_TR_NOOP("Formula", "expected '(' after the function name '%1'"),
                             {std::string(name)}},
                            col);
            out.kind = Node::Kind::Parameter;
            const auto it = std::find(m_parameters.begin(), m_parameters.end(), name);
            out.index = static_cast<int>(it - m_parameters.begin());
            if (it == m_parameters.end()) m_parameters.emplace_back(name);
            return true;
        }
        const std::size_t open = column();
        ++m_pos; // '('
        std::vector<Node> args;
        bool firstIsComparison = false;
        const BuiltinSpec* builtin = primes == 0 ? findBuiltin(name) : nullptr;
        const Activation* activation = findActivation(name);
        const bool isWhere = builtin && builtin->builtin == Builtin::Where;
        if (!builtin && !activation) {
            if (name == "x")
                return fail(ErrorKind::NotAParameter,
                            {ACTLAB_TR_NOOP("Formula", "x is the variable, not a function")}, col);
            return fail(ErrorKind::UnknownFunction,
                        {ACTLAB_TR_NOOP("Formula", "unknown function '%1'%2"),
                         {std::string(name), suggestions(name)}},
                        col);
        }
        if (peek() == ')') {
            ++m_pos;
        } else {
            for (;;) {
                Node arg;
                const std::size_t argCol = column();
                if (!parseSum(arg)) return false;
                if (isComparisonAhead()) {
                    if (!(isWhere && args.empty()))
                        return fail(ErrorKind::MisplacedComparison, misplacedComparison());
                    Node cmp;
                    cmp.kind = Node::Kind::Comparison;
                    cmp.column = column();
                    const char c0 = m_text[m_pos];
                    const bool eq = m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=';
                    cmp.compare = c0 == '<'   ? (eq ? Compare::LessEqual : Compare::Less)
                                  : c0 == '>' ? (eq ? Compare::GreaterEqual : Compare::Greater)
                                  : c0 == '=' ? Compare::Equal
                                              : Compare::NotEqual;
                    m_pos += eq ? 2 : 1;
                    Node rhs;
                    if (!parseSum(rhs)) return false;
                    if (isComparisonAhead())
                        return fail(ErrorKind::MisplacedComparison,
                                    {ACTLAB_TR_NOOP("Formula", "comparisons cannot be chained")});
                    cmp.args.push_back(std::move(arg));
                    cmp.args.push_back(std::move(rhs));
                    arg = std::move(cmp);
                    firstIsComparison = true;
                } else if (isWhere && args.empty()) {
                    return fail(ErrorKind::ExpectedComparison,
                                {ACTLAB_TR_NOOP("Formula", "expected a comparison (<, <=, >, >=, ==, !=) as "
                                                           "where()'s first argument")},
                                column());
                }
                (void)argCol;
                args.push_back(std::move(arg));
                const char c = peek();
                if (c == ',') {
                    ++m_pos;
                    continue;
                }
                if (c == ')') {
                    ++m_pos;
                    break;
                }
                (void)open;
                if (strayCharacter()) return false;
                return fail(ErrorKind::ExpectedToken,
                            c == '\0' ? expectedClosing()
                                      : Message{ACTLAB_TR_NOOP("Formula", "expected ',' or ')'")});
            }
        }
        (void)firstIsComparison;
        const int n = static_cast<int>(args.size());
        // sigmoid, tanh and softplus with one argument are the primitives; more arguments go to the
        // catalogue.
        if (builtin && (n <= builtin->maxArgs || !activation)) {
            if (n < builtin->minArgs || n > builtin->maxArgs)
                return fail(ErrorKind::ArgumentCount,
                            {builtin->minArgs == 1
                                 ? ACTLAB_TR_NOOP("Formula", "%1() takes %2 argument, got %3")
                                 : ACTLAB_TR_NOOP("Formula", "%1() takes %2 arguments, got %3"),
                             {std::string(name), std::to_string(builtin->minArgs), std::to_string(n)}},
                            col);
            out.kind = Node::Kind::Builtin;
            out.builtin = builtin->builtin;
            out.args = std::move(args);
            return true;
        }
        const int maxArgs = 1 + static_cast<int>(activation->parameters.size());
        if (n < 1 || n > maxArgs)
            return fail(ErrorKind::ArgumentCount, catalogueArgumentCount(name, maxArgs - 1, n), col);
        if (primes > 2)
            return fail(ErrorKind::NotAParameter,
                        {ACTLAB_TR_NOOP("Formula", "at most two primes (f'') are allowed")}, col);
        out.kind = Node::Kind::Catalogue;
        out.index = static_cast<int>(activation - catalogue().data());
        out.order = primes;
        out.args = std::move(args);
        return true;
    }
};

} // namespace

std::string_view builtinName(Builtin b) {
    for (const BuiltinSpec& s : kBuiltins)
        if (s.builtin == b) return s.name;
    return "?";
}

std::variant<Syntax, ParseError> parseSyntax(std::string_view text, const Limits& limits) {
    return Parser(text, limits).run();
}

} // namespace detail
} // namespace actlab::formula
