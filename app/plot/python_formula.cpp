// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/python_formula.hpp"

#include "plot/python_activations.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/formula/formula.hpp"
#include "actlab/number_parsing.hpp"

#include <cctype>
#include <cmath>
#include <utility>
#include <vector>

namespace actlab::plot {

namespace {

/// The formula language's functions with a direct NumPy (or helper) counterpart.
constexpr std::pair<std::string_view, std::string_view> kFunctions[] = {
    {"exp", "np.exp"},       {"expm1", "np.expm1"},     {"log", "np.log"},
    {"log1p", "np.log1p"},   {"sqrt", "np.sqrt"},       {"abs", "np.abs"},
    {"sign", "np.sign"},     {"min", "np.minimum"},     {"max", "np.maximum"},
    {"where", "np.where"},   {"sin", "np.sin"},         {"cos", "np.cos"},
    {"tanh", "np.tanh"},     {"sinh", "np.sinh"},       {"cosh", "np.cosh"},
    {"sech", "_sech"},       {"erf", "_erf"},           {"erfc", "_erfc"},
    {"sigmoid", "_sigmoid"}, {"softplus", "_softplus"}, {"logsigmoid", "_logsigmoid"}};

bool isLetter(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}
bool isWordChar(char c) {
    return isLetter(c) || std::isdigit(static_cast<unsigned char>(c)) != 0;
}

struct Token {
    enum Kind { Number, Name, Symbol, End } kind;
    std::string text; ///< Name: the identifier with its primes; Symbol: the operator as Python spells it
    double value = 0;
    std::size_t column; ///< 1-based
};

/// Translates the plain text token by token; a call's arguments are translated first so that the call
/// can be composed from them (softplus(u, β) is the catalogue's, softplus(u) the primitive).
class Translator {
  public:
    explicit Translator(std::string_view text) : m_text(text) {}

    std::optional<std::string> run(std::string* error) {
        if (!tokenize()) return fail(error);
        std::string out = sequence();
        if (m_problem.empty() && m_tokens[m_pos].kind != Token::End)
            problem("unexpected '" + m_tokens[m_pos].text + "'", m_tokens[m_pos].column);
        if (!m_problem.empty()) return fail(error);
        return out;
    }

  private:
    std::optional<std::string> fail(std::string* error) const {
        if (error) *error = m_problem;
        return std::nullopt;
    }
    void problem(const std::string& what, std::size_t column) {
        if (m_problem.empty()) m_problem = what + " at column " + std::to_string(column);
    }

    bool tokenize() {
        std::size_t i = 0;
        while (i < m_text.size()) {
            const char c = m_text[i];
            const std::size_t column = i + 1;
            if (c == ' ') {
                ++i;
            } else if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
                std::size_t j = i;
                const bool hex = m_text.substr(i, 2) == "0x" || m_text.substr(i, 2) == "0X";
                while (j < m_text.size()) {
                    const char d = m_text[j];
                    const char prev = j > i ? static_cast<char>(std::tolower(m_text[j - 1])) : ' ';
                    const bool sign = (d == '+' || d == '-') && (hex ? prev == 'p' : prev == 'e');
                    if (!isWordChar(d) && d != '.' && !sign) break;
                    ++j;
                }
                const auto value = parseUnsignedNumber(m_text.substr(i, j - i));
                if (!value) {
                    problem("malformed number '" + std::string(m_text.substr(i, j - i)) + "'", column);
                    return false;
                }
                m_tokens.push_back({Token::Number, std::string(m_text.substr(i, j - i)), *value, column});
                i = j;
            } else if (isLetter(c)) {
                std::size_t j = i;
                while (j < m_text.size() && isWordChar(m_text[j]))
                    ++j;
                while (j < m_text.size() && m_text[j] == '\'')
                    ++j;
                m_tokens.push_back({Token::Name, std::string(m_text.substr(i, j - i)), 0, column});
                i = j;
            } else {
                static constexpr std::pair<std::string_view, std::string_view> kSymbols[] = {
                    {"<=", "<="}, {">=", ">="}, {"==", "=="}, {"!=", "!="}, {"^", "**"},
                    {"+", "+"},   {"-", "-"},   {"*", "*"},   {"/", "/"},   {"<", "<"},
                    {">", ">"},   {"(", "("},   {")", ")"},   {",", ","}};
                bool found = false;
                for (const auto& [spelled, python] : kSymbols)
                    if (m_text.substr(i, spelled.size()) == spelled) {
                        m_tokens.push_back({Token::Symbol, std::string(python), 0, column});
                        i += spelled.size();
                        found = true;
                        break;
                    }
                if (!found) {
                    problem(std::string("unexpected '") + c + "'", column);
                    return false;
                }
            }
        }
        m_tokens.push_back({Token::End, "end of the formula", 0, m_text.size() + 1});
        return true;
    }

    bool at(std::string_view symbol) const {
        return m_tokens[m_pos].kind == Token::Symbol && m_tokens[m_pos].text == symbol;
    }

    /// Tokens up to a ',' or ')' of this level (not consumed) or the end.
    std::string sequence() {
        std::string out;
        while (m_problem.empty() && m_tokens[m_pos].kind != Token::End && !at(",") && !at(")")) {
            const Token& t = m_tokens[m_pos++];
            if (t.kind == Token::Number) {
                out += pythonNumber(t.value);
            } else if (t.kind == Token::Symbol && t.text == "(") {
                out += "(" + sequence() + ")";
                if (!at(")")) problem("expected ')'", m_tokens[m_pos].column);
                ++m_pos;
            } else if (t.kind == Token::Symbol) {
                out += t.text == "**" ? t.text : " " + t.text + " ";
            } else if (at("(")) {
                out += call(t);
            } else {
                out += name(t);
            }
        }
        return out;
    }

    std::string name(const Token& t) {
        std::string lower;
        for (const char c : t.text)
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "inf" || lower == "infinity") return pythonNumber(HUGE_VAL);
        if (lower == "nan") return pythonNumber(std::nan(""));
        if (t.text.find('\'') != std::string::npos) problem("a prime only follows a function", t.column);
        if (t.text == "x") return "x";
        return pythonIdentifier(t.text);
    }

    std::string call(const Token& t) {
        ++m_pos; // '('
        std::vector<std::string> args;
        for (;;) {
            args.push_back(sequence());
            if (!m_problem.empty()) return {};
            if (at(",")) {
                ++m_pos;
                continue;
            }
            if (!at(")")) problem("expected ')'", m_tokens[m_pos].column);
            ++m_pos;
            break;
        }
        std::string list;
        for (const auto& a : args)
            list += (list.empty() ? "" : ", ") + a;
        const std::size_t prime = t.text.find('\'');
        const std::string base = t.text.substr(0, prime);
        const std::size_t order = prime == std::string::npos ? 0 : t.text.size() - prime;
        if (order == 0 && !(base == "softplus" && args.size() == 2))
            for (const auto& [spelled, python] : kFunctions)
                if (base == spelled) return std::string(python) + "(" + list + ")";
        const auto* activation = findActivation(base);
        if (!activation) {
            problem("unknown function '" + t.text + "'", t.column);
            return {};
        }
        // A catalogue call: missing parameters take their defaults, as in the formula language.
        for (std::size_t i = args.size() - 1; i < activation->parameters.size(); ++i)
            list += ", " + pythonNumber(activation->parameters[i].defaultValue);
        const std::string value = pythonIdentifier(activation->id) + "(" + list + ")";
        if (order > 2) return "(math.nan * " + value + "[0])"; // beyond f'': not available, as in ActLab
        return value + "[" + std::to_string(order) + "]";
    }

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    std::string m_problem;
};

} // namespace

std::optional<std::string> pythonExpression(std::string_view plain, std::string* error) {
    return Translator(plain).run(error);
}

std::optional<std::string> pythonFormulaFunction(const formula::Formula& formula, std::string_view name,
                                                 std::string* error) {
    std::string signature = "def " + std::string(name) + "(x";
    for (const auto& parameter : formula.parameterNames())
        signature += ", " + pythonIdentifier(parameter);
    std::string source = formula.source();
    for (std::size_t at = 0; (at = source.find("\"\"\"", at)) != std::string::npos; at += 4)
        source.replace(at, 3, "\"\\\"\"");
    std::string out = signature + "):\n    \"\"\"" + source +
                      " (typed in ActLab; f′ and f″ by its symbolic differentiation).\"\"\"\n    return (";
    for (int order = 0; order < 3; ++order) {
        const auto expression = pythonExpression(formula.text(order, formula::Notation::Plain), error);
        if (!expression) return std::nullopt;
        out += (order ? ",\n            " : "") + *expression;
    }
    return out + ")\n";
}

} // namespace actlab::plot
