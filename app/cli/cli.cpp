// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.hpp"

#include "cli/depth_command.hpp"
#include "cli/eval_command.hpp"
#include "cli/list_command.hpp"
#include "cli/stats_command.hpp"
#include "cli/train_command.hpp"
#include "cli/usage.hpp"
#include "cli/usage_error.hpp"
#include "common/number_parsing.hpp"

#include <exception>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace actlab::cli {
namespace {

int printText(std::ostream& out, std::ostream& err, std::string_view text) {
    out << text;
    if (!out.flush()) {
        err << "actlab: cannot write to standard output\n";
        return kExitFailure;
    }
    return kExitOk;
}

int dispatch(std::span<const std::string_view> args, const ReadFunction& in, std::ostream& out,
             std::ostream& err) {
    if (args.empty()) return printText(out, err, mainUsage());
    const std::string_view command = args.front();
    const auto rest = args.subspan(1);
    if (command == "--help" || command == "-h") return printText(out, err, mainUsage());
    if (command == "help") {
        if (rest.empty()) return printText(out, err, mainUsage());
        if (rest.front() == "list") return printText(out, err, listUsage());
        if (rest.front() == "eval") return printText(out, err, evalUsage());
        if (rest.front() == "stats") return printText(out, err, statsUsage());
        if (rest.front() == "depth") return printText(out, err, depthUsage());
        if (rest.front() == "train") return printText(out, err, trainUsage());
        throw UsageError("help: no help for " + common::quoteForMessage(rest.front()) +
                         "; try: actlab help list, actlab help eval, actlab help stats, actlab help depth, "
                         "actlab help train, actlab help plot");
    }
    if (command == "--version") {
        if (!rest.empty()) throw UsageError("--version takes no arguments");
        return printText(out, err, versionText() + '\n');
    }
    if (command == "list") return printText(out, err, runList(rest));
    if (command == "eval") {
        if (!runEval(rest, in, out)) {
            err << "actlab: cannot write to standard output\n";
            return kExitFailure;
        }
        return kExitOk;
    }
    if (command == "stats" || command == "depth" || command == "train") {
        const bool written = command == "stats"   ? runStats(rest, out)
                             : command == "depth" ? runDepth(rest, out)
                                                  : runTrain(rest, out);
        if (!written) {
            err << "actlab: cannot write to standard output\n";
            return kExitFailure;
        }
        return kExitOk;
    }
    if (command.size() > 1 && command.front() == '-')
        throw UsageError("unknown option " + common::quoteForMessage(command) + "; run `actlab --help`");
    throw UsageError("unknown command " + common::quoteForMessage(command) +
                     "; commands: list, eval, stats, depth, train, help (run `actlab --help`)");
}

} // namespace

int run(std::span<const std::string_view> args, const ReadFunction& in, std::ostream& out,
        std::ostream& err) {
    try {
        return dispatch(args, in, out, err);
    } catch (const UsageError& e) {
        err << "actlab: " << e.what() << '\n';
        err.flush();
        return kExitUsage;
    } catch (const ReadError& e) {
        err << "actlab: " << e.what() << '\n';
        err.flush();
        return kExitFailure;
    } catch (const std::exception& e) {
        err << "actlab: internal error: " << e.what() << '\n';
        err.flush();
        return kExitFailure;
    }
}

int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out, std::ostream& err) {
    return run(args, streamReader(in), out, err);
}

int run(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return run(args, fileDescriptorReader(STDIN_FILENO), std::cout, std::cerr);
}

} // namespace actlab::cli
