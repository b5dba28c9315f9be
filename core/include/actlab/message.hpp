// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Messages for people, made in the core and shown by the command line (in English) and by the window (in
/// the interface's language). A message is an English template with placeholders %1 … %9 and its
/// arguments, each itself a message (a nested phrase) or verbatim text (a name, a number, formula text):
///
///   Message m{ACTLAB_TR_NOOP("Parameters", "%1 = %2 is outside the allowed range %3"), {name, value,
///   range}}; m.english();   // "alpha = 2 is outside the allowed range [0, 1]" — what the command line
///   prints
///
/// The core stays free of Qt: ACTLAB_TR_NOOP only marks the template so that Qt's lupdate collects it
/// (lupdate is told `-tr-function-alias QT_TRANSLATE_NOOP+=ACTLAB_TR_NOOP`), and the window translates
/// the template with QCoreApplication::translate(context, template) before filling in the arguments
/// (common::translated, app/common/qt_text.hpp).
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

/// A template marked for translation: the translation context and the English text.
struct MessageTemplate {
    const char* context;
    const char* source;
};

#define ACTLAB_TR_NOOP(context, source) (::actlab::MessageTemplate{context, source})

/// A message: a translatable template with its arguments, or verbatim text (no context).
struct Message {
    const char* context = nullptr; ///< null: `source` is verbatim text, shown as it is in every language
    std::string source;            ///< the English template (%1 … %9), or the verbatim text
    std::vector<Message> args;     ///< fill %1, %2, … in order

    Message() = default;
    Message(MessageTemplate t, std::vector<Message> arguments = {}) // NOLINT(google-explicit-constructor)
        : context(t.context), source(t.source), args(std::move(arguments)) {}
    Message(std::string verbatim) : source(std::move(verbatim)) {} // NOLINT(google-explicit-constructor)

    bool empty() const { return source.empty(); }
    /// The message in English: the template with every argument's English filled in.
    std::string english() const;
};

/// Bad input refused by the core: what() is the English message, message() the translatable one.
class MessageError : public std::invalid_argument {
  public:
    explicit MessageError(Message m) : std::invalid_argument(m.english()), m_message(std::move(m)) {}
    const Message& message() const { return m_message; }

  private:
    Message m_message;
};

/// `pattern` with %1 … %9 replaced by args[0] … args[8] in one pass (an argument's own "%2" stays as it
/// is); a placeholder without an argument, and every other '%', is kept.
std::string fillMessage(std::string_view pattern, std::span<const std::string> args);

} // namespace actlab
