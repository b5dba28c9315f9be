#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times PyTorch on the inputs of actlab_bench_core: one thread, float64, 10^6 elements.

For every catalogue id at its default parameters, three timings per element:
  fwd     forward only, under torch.no_grad()                                  (f)
  bwd     forward + autograd backward with grad_outputs = 1                    (f, f')
  bwd2    forward + backward with create_graph + a second backward             (f, f', f'')
Where PyTorch has no module the function is composed from torch ops (marked "composed").
Times are CPU seconds of this process (time.process_time, like Google Benchmark's CPU time), the
minimum over repeated calls after a warm-up. Output: JSON {id: {"fwd": ns, "bwd": ns, "bwd2": ns or null, "composed": bool}}.

Usage: /usr/bin/python3 tests/bench/torch_bench.py --inputs FILE [--min-time S] [--ids a,b]
"""
import argparse
import json
import sys
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
try:
    torch.set_num_interop_threads(1)
except RuntimeError:
    pass

SELU_L = 1.0507009873554805
SELU_A = 1.6732632423543772


def t64(v):
    return torch.tensor(v, dtype=torch.float64)


PRELU_W = t64([0.25])


def maxout(x):
    # k = 2 at the defaults: max(1·x + 0, 0·x + 0)
    return torch.maximum(1.0 * x + 0.0, 0.0 * x + 0.0)


def sinc(x):
    safe = torch.where(x == 0, torch.ones_like(x), x)
    return torch.where(x == 0, torch.ones_like(x), torch.sin(safe) / safe)


# id -> (callable, composed?)
FUNCS = {
    "sigmoid": (torch.sigmoid, False),
    "tanh": (torch.tanh, False),
    "relu": (F.relu, False),
    "relu6": (F.relu6, False),
    "leaky_relu": (lambda x: F.leaky_relu(x, 0.01), False),
    "prelu": (lambda x: F.prelu(x, PRELU_W), False),
    "rrelu": (lambda x: F.rrelu(x, 0.125, 0.3333333333333333, training=False), False),
    "elu": (lambda x: F.elu(x, 1.0), False),
    "celu": (lambda x: F.celu(x, 1.0), False),
    "selu": (F.selu, False),
    "gelu": (F.gelu, False),
    "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), False),
    "silu": (F.silu, False),
    "swish": (lambda x: x * torch.sigmoid(1.0 * x), True),
    "mish": (F.mish, False),
    "softplus": (lambda x: F.softplus(x, beta=1.0), False),
    "squareplus": (lambda x: (x + torch.sqrt(x * x + 4.0)) * 0.5, True),
    "softsign": (F.softsign, False),
    "log_sigmoid": (F.logsigmoid, False),
    "hardsigmoid": (F.hardsigmoid, False),
    "hardswish": (F.hardswish, False),
    "hardtanh": (lambda x: F.hardtanh(x, -1.0, 1.0), False),
    "hardshrink": (lambda x: F.hardshrink(x, 0.5), False),
    "softshrink": (lambda x: F.softshrink(x, 0.5), False),
    "tanhshrink": (F.tanhshrink, False),
    "threshold": (lambda x: F.threshold(x, 1.0, 0.0), False),
    "maxout": (maxout, True),
    "isru": (lambda x: x * torch.rsqrt(1.0 + 1.0 * x * x), True),
    "isrlu": (lambda x: torch.where(x >= 0, x, x * torch.rsqrt(1.0 + 1.0 * x * x)), True),
    "bent_identity": (lambda x: (torch.sqrt(x * x + 1.0) - 1.0) * 0.5 + x, True),
    "gaussian": (lambda x: torch.exp(-x * x), True),
    "sinc": (sinc, True),
    "snake": (lambda x: x + torch.sin(1.0 * x) ** 2 / 1.0, True),
}


def fwd(fn, x):
    with torch.no_grad():
        return fn(x)


def bwd(fn, x):
    xg = x.detach().requires_grad_(True)
    y = fn(xg)
    (g,) = torch.autograd.grad(y, xg, torch.ones_like(y))
    return y, g


def bwd2(fn, x):
    xg = x.detach().requires_grad_(True)
    y = fn(xg)
    (g,) = torch.autograd.grad(y, xg, torch.ones_like(y), create_graph=True)
    if not g.requires_grad:  # piecewise-linear: f'' is identically 0 and autograd has no graph for it
        return y, g, torch.zeros_like(g)
    (h,) = torch.autograd.grad(g, xg, torch.ones_like(g), allow_unused=True)
    if h is None:
        h = torch.zeros_like(g)
    return y, g, h


def time_it(step, fn, x, min_time):
    """Best (minimum) CPU time per element over repeated calls, after three warm-up calls. The minimum
    is the figure least disturbed by page faults and by the other processes on the machine, and it
    favours PyTorch, so a ratio above 1 is a conservative claim."""
    for _ in range(3):
        step(fn, x)
    samples = []
    start_all = time.process_time()
    while len(samples) < 5 or (time.process_time() - start_all < min_time and len(samples) < 100):
        t0 = time.process_time()
        step(fn, x)
        samples.append(time.process_time() - t0)
    return min(samples) / x.numel() * 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", required=True, help="raw float64 file from actlab_bench_core --dump-inputs")
    ap.add_argument("--min-time", type=float, default=0.5)
    ap.add_argument("--ids", default="")
    args = ap.parse_args()
    with open(args.inputs, "rb") as fh:
        data = fh.read()
    x = torch.frombuffer(bytearray(data), dtype=torch.float64).clone()
    ids = args.ids.split(",") if args.ids else list(FUNCS)
    result = {}
    for fid in ids:
        fn, composed = FUNCS[fid]
        row = {"composed": composed}
        row["fwd"] = time_it(fwd, fn, x, args.min_time)
        row["bwd"] = time_it(bwd, fn, x, args.min_time)
        try:
            row["bwd2"] = time_it(bwd2, fn, x, args.min_time)
        except RuntimeError as e:  # double backward not implemented
            print("torch_bench: %s: no double backward (%s)" % (fid, str(e).splitlines()[0]), file=sys.stderr)
            row["bwd2"] = None
        result[fid] = row
        print("torch_bench: %-14s fwd %7.2f  bwd %7.2f  bwd2 %s ns/elem" % (
            fid, row["fwd"], row["bwd"], "%.2f" % row["bwd2"] if row["bwd2"] is not None else "n/a"),
            file=sys.stderr, flush=True)
    json.dump({"torch": torch.__version__, "threads": torch.get_num_threads(), "n": x.numel(),
               "results": result}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
