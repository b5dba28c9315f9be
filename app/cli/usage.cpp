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

  actlab eval ID|--formula TEXT [--param NAME=VALUE]... [--x X1,X2,...]
      Print CSV "x,f,df,d2f": the function and its first and second derivatives, exact to
      double precision. Without --x, reads whitespace-separated numbers from standard input.
      Numbers: decimal (1.5, -2e-3), C99 hex floats (0x1.8p+1), inf, -inf, nan.
      Example: actlab eval leaky_relu --param alpha=0.1 --x -1,0,2
               actlab eval --formula 'x*sigmoid(b*x)' --param b=1.5 --x -1,0,2

  actlab stats ID [--param NAME=VALUE]... [--mean M] [--std S]
      Print CSV "mean,std,E_f,Var_f,E_df,E_df2,P_dead": E[f(X)], Var[f(X)], E[f'(X)], E[f'(X)^2]
      and the dead fraction P(f'(X) = 0) for X ~ N(M, S^2) (defaults 0 and 1), to 1e-12.
      Example: actlab stats relu --mean 0.5 --std 2

  actlab depth ID [--param NAME=VALUE]... --layers L [--sigma-w2 V] [--sigma-b2 V] [--q-in V]
               [--mc [--width N] [--batch B] [--seed S]]
      Print CSV "layer,q,chi,g": the mean-field variance q, gradient factor chi and gradient ratio g
      of every layer of a deep network; with --mc also "q_mc,g_mc" from a real random network.
      Example: actlab depth tanh --layers 20 --sigma-w2 1.5 --mc --width 200

  actlab train --activation SPEC [--layers L] [--width N] [--dataset moons|circles|xor|spirals]
               [--optimizer sgd|adam] [--lr V] [--init he|xavier|lecun|normal:S] [--bias V]
               [--steps N] [--batch B] [--every K] [--seed S] [OPTIONS]
      Train a small network and print CSV "step,loss,accuracy,dead_fraction" every K steps: watch
      ReLUs die under a large learning rate or a negative bias. Run "actlab help train" for all options.
      Example: actlab train --activation relu --optimizer adam --lr 0.2 --steps 300 --every 50

  actlab plot [SPEC]... [--preset NAME] [--derivatives 0|1|2] -o OUT.png|svg|pdf|csv|py [OPTIONS]
      Render a figure without a display. SPEC is an id with parameters, e.g. relu or
      hardtanh:min_val=-2,max_val=2, or a formula, e.g. 'formula:x*tanh(softplus(b*x))'.
      Run "actlab plot --help" for all options.

  actlab --preset NAME
      Open the explorer with a preset loaded: activation-functions, relu-variants,
      relu-variants-derivatives, variant-gallery, silu-vs-mish.

  actlab --lang zh_CN|en|system [FILE.actlab | --preset NAME]
      Open the explorer in that language for this run (View > Language sets it for good);
      the command line's output stays English.

  actlab bench replot [--curves N] [--derivatives 0|1|2] [--keyboard] [--size WxH] [--present S] [--display]
      Time slider-to-replot in the explorer (offscreen); prints "median X ms, p95 Y ms" and the plot's paints per step.
      --keyboard steps the slider as the arrow keys do (a full replot each step).
      --size WxH gives the offscreen screen that size, --present S presents full screen on it at scale S.
      --display draws on the real display instead (e.g. under xvfb-run), so the flush to the screen is timed.

  actlab help [COMMAND]    Show this help, or the help of list, eval, stats, depth, train or plot.
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
    return R"(Usage: actlab eval ID|--formula TEXT [--param NAME=VALUE]... [--x X1,X2,...]

Prints CSV with the header x,f,df,d2f and one row per input: f(x), f'(x) and f''(x), each printed
in the shortest form that reads back to the same double (inf, -inf, nan spelled so).
At a kink, f' and f'' follow the function's documented convention (PyTorch's autograd value).

  ID                   an activation id (see "actlab list")
  --formula TEXT       instead of an ID, a formula in x, e.g. 'x*tanh(softplus(b*x))' or
                       'where(x > 0, x, a*expm1(x))'; f' and f'' are its exact symbolic derivatives.
                       Operators + - * / ^, functions exp expm1 log log1p sqrt abs sign min max sin
                       cos tanh sinh cosh sech erf erfc sigmoid softplus logsigmoid, where(COND, A, B)
                       with < <= > >= == !=, and every catalogue id (gelu(x), elu(x, 0.5)). Every
                       other name is a parameter (default 1, any finite value)
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

std::string_view statsUsage() {
    return R"(Usage: actlab stats ID [--param NAME=VALUE]... [--mean M] [--std S]

Prints CSV with the header mean,std,E_f,Var_f,E_df,E_df2,P_dead and one row: for X ~ N(M, S^2),
  E_f     E[f(X)]            Var_f   Var[f(X)]          P_dead  P(f'(X) = 0)
  E_df    E[f'(X)]           E_df2   E[f'(X)^2]
each printed in the shortest form that reads back to the same double. The integrals are Gauss-Kronrod
quadratures in the Gaussian measure split at every kink, to a relative error of 1e-12 wherever the
value is not near 0. P_dead is the probability of the pieces where f is flat (f' exactly 0 between
kinks). S = 0 is the point mass at M: f(M), 0, f'(M), f'(M)^2, and 1 or 0 as f'(M) is 0 or not, with
f' at a kink by the function's convention.

  ID                   an activation id (see "actlab list")
  --param NAME=VALUE   set a parameter (default: the catalogue default); checked against its range
  --mean M             the mean of X (default 0), finite, |M| <= 1e100
  --std S              the standard deviation of X (default 1), finite, 0 <= S <= 1e100

Numbers as for "actlab eval". Bad input: one line on standard error, nothing on standard output,
exit status 2.
)";
}

std::string_view depthUsage() {
    return R"(Usage: actlab depth ID [--param NAME=VALUE]... --layers L [--sigma-w2 V] [--sigma-b2 V] [--q-in V]
                    [--mc [--width N] [--batch B] [--seed S]]

Mean-field signal propagation through a deep fully connected network z1 = W1 x + b1, h = f(z),
z(l+1) = W(l+1) h(l) + b(l+1), with weights N(0, sigma_w2/fan-in), biases N(0, sigma_b2) and input
coordinates of second moment q_in. Prints CSV with the header layer,q,chi,g and one row per layer
l = 1..L:
  q     the variance of the pre-activations: q1 = sigma_w2 q_in + sigma_b2,
        q(l+1) = sigma_w2 E[f(z)^2] + sigma_b2 with z ~ N(0, q(l))
  chi   sigma_w2 E[f'(z)^2]: how much the squared gradient grows (> 1) or shrinks (< 1) per layer
  g     E|dL/dz(l)|^2 / E|dL/dz(L)|^2 = chi(l) chi(l+1) ... chi(L-1) (1 at the last layer)
A q beyond 1e200 is printed as inf (chi and g then nan).

  ID                   an activation id (see "actlab list")
  --param NAME=VALUE   set a parameter (default: the catalogue default)
  --layers L           the depth, 1 to 100000 (required)
  --sigma-w2 V         the weight variance times fan-in (default 1; He initialisation for ReLU is 2)
  --sigma-b2 V         the bias variance (default 0)
  --q-in V             the second moment of the input coordinates (default 1)
  --mc                 also run a real random network of L layers and print q_mc (the mean of z^2 over
                       units and inputs) and g_mc (the mean of |dL/dz(l)|^2 over the batch, for an output
                       gradient of independent N(0, 1) entries, divided by that of layer L)
  --width N            its width, 1 to 4096 (default 100); needs --mc
  --batch B            the number of inputs, 1 to 100000 (default 100); needs --mc
  --seed S             the seed of its weights, inputs and output gradient (default 1); needs --mc

With --mc at most 1000 layers; the weights take 8 N^2 L bytes. Numbers as for "actlab eval". Bad
input: one line on standard error, nothing on standard output, exit status 2.
)";
}

std::string_view trainUsage() {
    return R"(Usage: actlab train --activation SPEC [--param NAME=VALUE]... [--layers L] [--width N]
                    [--dataset moons|circles|xor|spirals|regression] [--target SPEC]
                    [--samples N] [--noise V]
                    [--loss cross-entropy|mse] [--optimizer sgd|adam] [--lr V] [--momentum M]
                    [--init he|xavier|lecun|normal:S] [--bias V] [--prelu-slopes unit|layer]
                    [--steps N] [--batch B] [--every K] [--seed S]

Trains a fully connected network (L hidden layers of N units with the activation, one linear output)
to separate the two classes of a 2-D dataset (or to fit a 1-D function), by minibatch steps, and prints CSV with the header
step,loss,accuracy,dead_fraction: one row before training (step 0), one every K steps and one at the
last step, each measured on the whole training set:
  loss           the mean loss
  accuracy       the fraction of samples on the right side (output > 0 for class 1)
  dead_fraction  the fraction of hidden units whose f' is 0 on every sample (a dead unit)
Everything (data, weights, batches, RReLU's slopes) follows from the seed: the same arguments give
the same output, to the last bit.

  --activation SPEC    an id with optional parameters, as for "actlab plot": relu,
                       leaky_relu:alpha=0.1, elu:alpha=0.5 (see "actlab list"; required)
  --param NAME=VALUE   set a parameter of the activation (the same as in SPEC)
  --layers L           hidden layers, 1 to 4 (default 2)
  --width N            units per hidden layer, 2 to 256 (default 64)
  --dataset NAME       moons (default), circles, xor, spirals, or regression: y = f(x) + noise for
                       x uniform in [-3, 3], f the function of --target
  --target SPEC        the function a regression fits, e.g. tanh or elu:alpha=0.5 (then the loss
                       is mse and the accuracy column is nan)
  --samples N          the size of the training set, 2 to 100000 (default 200)
  --noise V            standard deviation of the Gaussian noise on the points (default 0.1)
  --loss NAME          cross-entropy (default) or mse (squared error of the probability)
  --optimizer NAME     sgd (with momentum, default) or adam
  --lr V               the learning rate (default 0.1 for sgd, 0.01 for adam)
  --momentum M         sgd's momentum in [0, 1) (default 0.9; 0 is plain SGD)
  --init NAME          he (default; Var W = 2/fan-in), xavier (2/(fan-in + fan-out)), lecun (1/fan-in)
                       or normal:S (N(0, S^2) whatever the shape)
  --bias V             the starting bias of every hidden unit, in [-100, 100] (default 0; try -2 to kill
                       ReLUs, 0.1 to help them)
  --prelu-slopes WHAT  prelu learns one alpha per unit (default) or per layer
  --steps N            training steps, 0 to 100000000 (default 1000)
  --batch B            samples per step, at most the training set (default 32)
  --every K            print a row every K steps (default 100)
  --seed S             the seed (default 1)

PReLU learns its alpha (from the given value) with the weights; RReLU draws each unit's slope from
[lower, upper] at every step and uses the mean slope when measured; Maxout learns each unit's k pieces.
Numbers as for "actlab eval". Bad input: one line on standard error, nothing on standard output, exit
status 2.
)";
}

std::string versionText() {
    return std::string("actlab ") + ACTLAB_VERSION;
}

} // namespace actlab::cli
