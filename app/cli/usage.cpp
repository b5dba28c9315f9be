// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/usage.hpp"

#ifndef ACTLAB_VERSION
#error "ACTLAB_VERSION must be defined by the build (PROJECT_VERSION)"
#endif

namespace actlab::cli {

std::string_view mainUsage() {
    return R"(Usage: actlab [COMMAND] [OPTIONS]

ActLab: a lab for neural-network activation functions, exact to the last bit.

Without a command, actlab opens the explorer window.

Commands:
  actlab list [--json]
      List the 33 activation functions: id, name, family, parameters with defaults, PyTorch name.
      --json prints a JSON array with formulas, parameter ranges, kinks and properties.

  actlab eval ID [--param NAME=VALUE]... [--x X1,X2,...]
      Print CSV "x,f,df,d2f": the function and its first and second derivatives, exact to
      double precision. Without --x, reads whitespace-separated numbers from standard input.
      Numbers: decimal (1.5, -2e-3), C99 hex floats (0x1.8p+1), inf, -inf, nan.
      Example: actlab eval leaky_relu --param alpha=0.1 --x -1,0,2

  actlab plot [SPEC]... [--preset NAME] [--derivatives 0|1|2] -o OUT.png|svg|pdf|csv [OPTIONS]
      Render a figure without a display. SPEC is an id with parameters, e.g. relu or
      hardtanh:min_val=-2,max_val=2. Run "actlab plot --help" for all options.

  actlab --preset NAME
      Open the explorer with a preset loaded: activation-functions, relu-variants,
      relu-variants-derivatives, variant-gallery, silu-vs-mish.

  actlab bench replot [--curves N] [--derivatives 0|1|2] [--keyboard]
      Time slider-to-replot in the explorer (offscreen); prints "median X ms, p95 Y ms".
      --keyboard steps the slider as the arrow keys do (a full replot each step).

  actlab help [COMMAND]    Show this help, or the help of list, eval or plot.
  actlab --version         Show the version.

Bad input prints one line on standard error and exits with status 2.
)";
}

std::string_view listUsage() {
    return R"(Usage: actlab list [--json]

Lists every activation function in catalogue order.
  (no option)  an aligned table: id, name, family, parameters with defaults, PyTorch name
  --json       a JSON array of objects: id, name, family, torch (null if PyTorch lacks it), formula,
               latex, parameters [{name, symbol, default, min, max, log_scale, integer, meaning}],
               kinks at the default parameters [{x, order}], properties {range, bounded_below,
               bounded_above, monotonic, smoothness, zero_centred}, notes, kink_convention
)";
}

std::string_view evalUsage() {
    return R"(Usage: actlab eval ID [--param NAME=VALUE]... [--x X1,X2,...]

Prints CSV with the header x,f,df,d2f and one row per input: f(x), f'(x) and f''(x), each printed
in the shortest form that reads back to the same double (inf, -inf, nan spelled so).
At a kink, f' and f'' follow the function's documented convention (PyTorch's autograd value).

  ID                   an activation id (see "actlab list")
  --param NAME=VALUE   set a parameter (default: the catalogue default); checked against its range
  --x X1,X2,...        the inputs; without --x, whitespace-separated numbers are read from stdin

Numbers: decimal with optional exponent (1, -2.5e-3, .5), C99 hex floats (0x1.8p+1, -0x1p-1074),
inf, infinity, nan (any case, optional sign).

All input is read and checked before any output is written (8 bytes of memory per number), so bad
input (a malformed number, or one longer than 1048576 characters) leaves standard output empty: one
line on standard error, exit status 2. A read error on standard input gives exit status 1, also with
one line and nothing on standard output.
)";
}

std::string versionText() {
    return std::string("actlab ") + ACTLAB_VERSION;
}

} // namespace actlab::cli
