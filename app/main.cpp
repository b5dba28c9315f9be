// SPDX-License-Identifier: GPL-3.0-or-later
/// The `actlab` executable: routes the first argument to the front end that owns it. Each front end
/// adds its include and one dispatch line below; the command line (list, eval, help, --version) needs
/// no Qt and stays the fallback.
#include "cli/cli.hpp"
#include "explorer/explorer.hpp"
#include "plot/plot_command.hpp"

#include <string_view>

int main(int argc, char** argv) {
    const std::string_view command = argc > 1 ? argv[1] : "";
    (void)command; // used by the dispatch lines below

    // Headless figures (issue 4).
    if (command == "plot") return actlab::plot::runPlotCommand(argc, argv);
    if (command == "help" && argc > 2 && std::string_view(argv[2]) == "plot")
        return actlab::plot::printPlotUsage();
    // Explorer (issue 3): `bench replot ...`, and no arguments or `--preset NAME` open the window.
    if (actlab::explorer::handlesArguments(argc, argv)) return actlab::explorer::runExplorer(argc, argv);

    return actlab::cli::run(argc, argv);
}
