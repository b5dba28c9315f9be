// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Bad command-line input: the message is the one line printed on stderr (exit status 2).
#include <stdexcept>
#include <string>

namespace actlab::cli {

class UsageError : public std::runtime_error {
  public:
    explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace actlab::cli
