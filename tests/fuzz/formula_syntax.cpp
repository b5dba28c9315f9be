// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz harness: the formula language's parser alone (issue 12, item 5) — tokenizer, grammar, names,
// argument counts and limits, without the algebra behind it — fast enough for 10⁷ executions; the
// formula_parse harness covers the whole pipeline (GiNaC's derivatives, the compiled tape) at about
// 175 inputs per second. Its corpus is formula_parse's.
//
// Input: the formula text, as typed.
// Invariants:
//  - parseSyntax() never throws; it gives a tree or an error;
//  - an error is one line ending "at column N" with 1 ≤ N ≤ length + 1, and Formula::parse() reports the
//    same error (the window and the command line show what the parser found);
//  - a tree's parameters are distinct identifiers other than x, each used by a node, every parameter node
//    names one of them; every node's column lies within the text; catalogue calls name a catalogue
//    entry with order 0–2; comparisons stand only as where()'s condition; the tree is no deeper than the text
//    is long.
#include "fuzz_check.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/formula/formula.hpp"
#include "syntax.hpp"

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using actlab::formula::detail::Builtin;
using actlab::formula::detail::Node;

void checkNode(const Node& node, const std::string& text, std::size_t parameters, std::vector<bool>& used,
               std::size_t depth, bool conditionSlot) {
    // Every node stems from a token. (The nesting limit counts parentheses, calls, signs and powers:
    // a + b + c + … is a chain of sums as deep as it is long.)
    ACTLAB_FUZZ_CHECK(depth <= text.size(), text);
    ACTLAB_FUZZ_CHECK(node.column >= 1 && node.column <= text.size() + 1, text);
    ACTLAB_FUZZ_CHECK(node.kind != Node::Kind::Comparison || conditionSlot, text);
    if (node.kind == Node::Kind::Parameter) {
        ACTLAB_FUZZ_CHECK(node.index >= 0 && static_cast<std::size_t>(node.index) < parameters, text);
        used[static_cast<std::size_t>(node.index)] = true;
    }
    if (node.kind == Node::Kind::Catalogue) {
        ACTLAB_FUZZ_CHECK(
            node.index >= 0 && static_cast<std::size_t>(node.index) < actlab::catalogue().size(), text);
        ACTLAB_FUZZ_CHECK(node.order >= 0 && node.order <= 2, text);
    }
    const bool where = node.kind == Node::Kind::Builtin && node.builtin == Builtin::Where;
    for (std::size_t i = 0; i < node.args.size(); ++i)
        checkNode(node.args[i], text, parameters, used, depth + 1, where && i == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const actlab::formula::Limits limits;
    const auto result = actlab::formula::detail::parseSyntax(text, limits);
    if (const auto* error = std::get_if<actlab::formula::ParseError>(&result)) {
        ACTLAB_FUZZ_CHECK(actlab::fuzz::isColumnMessage(error->message, error->column, size), error->message);
        const auto full = actlab::formula::Formula::parse(text);
        ACTLAB_FUZZ_CHECK(full.error.has_value(), text);
        ACTLAB_FUZZ_CHECK(full.error->message == error->message && full.error->column == error->column,
                          full.error->message + " vs " + error->message);
        return 0;
    }
    const auto& tree = std::get<actlab::formula::detail::Syntax>(result);
    const std::set<std::string> names(tree.parameters.begin(), tree.parameters.end());
    ACTLAB_FUZZ_CHECK(names.size() == tree.parameters.size(), text);
    for (const std::string& name : tree.parameters) {
        ACTLAB_FUZZ_CHECK(!name.empty() && name != "x", text + ": " + name);
        ACTLAB_FUZZ_CHECK(text.find(name) != std::string::npos, text + ": " + name);
    }
    std::vector<bool> used(tree.parameters.size(), false);
    checkNode(tree.root, text, tree.parameters.size(), used, 0, false);
    for (std::size_t i = 0; i < used.size(); ++i)
        ACTLAB_FUZZ_CHECK(used[i], text + ": " + tree.parameters[i]);
    return 0;
}
