#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""PyTorch's autograd values of f, f' and f'' exactly at the kinks of the catalogue functions it has.

Run with Debian's interpreter (it sees python3-torch):

    /usr/bin/python3 tests/core/kinks/generate_torch_kinks.py     # writes tests/core/kinks/torch_kinks.csv

Everything is float64 on the CPU with one thread: f from the forward pass, f' = d f/dx by autograd, and
f'' by double backward (create_graph=True). When f' has no graph (piecewise-constant derivative) f'' is 0.
The C++ test (tests/core/test_kinks.cpp) checks ActLab's Side::Convention values against these rows, so CI
needs neither network nor PyTorch.

Output (one row per function, parameter set and kink x; '#' lines are comments):
    id,params,x,f,df,d2f,source
  params     parameter values in ActLab's declared order, C99 hex floats joined by ';' (empty when none)
  x,f,df,d2f C99 hex floats (Python float.hex)
  source     which PyTorch call produced the row; "current ATen" where ActLab follows a newer PyTorch than
             the installed one (hardswish' at +-3, PR pytorch#148049; the installed value is quoted)
"""
import math
import os
import sys
from fractions import Fraction

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "torch_kinks.csv")
DT = torch.float64


def autograd3(fn, x):
    """f, f', f'' of a scalar function at x by PyTorch autograd (double backward for f'')."""
    t = torch.tensor([x], dtype=DT, requires_grad=True)
    y = fn(t)
    (g,) = torch.autograd.grad(y.sum(), t, create_graph=True)
    if g.requires_grad:
        try:
            (g2,) = torch.autograd.grad(g.sum(), t, allow_unused=True)
        except RuntimeError as e:  # e.g. "derivative for aten::hardsigmoid_backward is not implemented"
            if "not implemented" not in str(e):
                raise
            return y.item(), g.item(), None
        d2 = 0.0 if g2 is None else g2.item()
    else:
        d2 = 0.0
    return y.item(), g.item(), d2


def hexs(v):
    return float(v).hex()


ROWS = []


def add(fid, params, x, fn, source):
    f, df, d2f = autograd3(fn, x)
    if d2f is None:  # no double backward in this torch: the function is piecewise linear, f'' = 0
        d2f = 0.0
        source += " (d2f: double backward not implemented; 0 since the function is piecewise linear)"
    ROWS.append((fid, ";".join(hexs(p) for p in params), hexs(x), hexs(f), hexs(df), hexs(d2f), source))
    return f, df, d2f


def with_zero(xs):
    """Kinks at 0 are also probed at -0.0."""
    out = []
    for x in xs:
        out.append(x)
        if x == 0.0:
            out.append(-0.0)
    return out


def main():
    tv = torch.__version__
    src = lambda call: "torch %s %s" % (tv, call)

    for x in with_zero([0.0]):
        add("relu", [], x, F.relu, src("F.relu"))
    for x in with_zero([0.0, 6.0]):
        add("relu6", [], x, F.relu6, src("F.relu6"))
    for a in (0.01, 0.0, 1.0, 0.5, 0.1):
        for x in with_zero([0.0]):
            add("leaky_relu", [a], x, lambda t, a=a: F.leaky_relu(t, a), src("F.leaky_relu"))
    for a in (0.25, -1.0, 1.0, 0.01, -0.3):
        for x in with_zero([0.0]):
            w = torch.tensor([a], dtype=DT)
            add("prelu", [a], x, lambda t, w=w: F.prelu(t, w), src("F.prelu"))
    for lo, up in ((0.125, 0.3333333333333333), (0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.1, 0.7)):
        for x in with_zero([0.0]):
            add("rrelu", [lo, up], x, lambda t, lo=lo, up=up: F.rrelu(t, lo, up, training=False),
                src("F.rrelu(training=False)"))
    for a in (1.0, 0.0, 10.0, 0.5, 2.5):
        for x in with_zero([0.0]):
            add("elu", [a], x, lambda t, a=a: F.elu(t, a), src("F.elu"))
    for a in (1.0, 10.0, 0.001, 0.1, 2.5):
        for x in with_zero([0.0]):
            add("celu", [a], x, lambda t, a=a: F.celu(t, a), src("F.celu"))
    for x in with_zero([0.0]):
        add("selu", [1.0507009873554805, 1.6732632423543772], x, torch.selu, src("torch.selu"))
    for lam, a in ((0.0, 0.0), (3.0, 5.0), (1.0, 1.0), (2.0, 0.5)):
        for x in with_zero([0.0]):
            add("selu", [lam, a], x, lambda t, lam=lam, a=a: torch._C._nn.elu(t, a, lam, 1.0),
                src("aten elu(x, alpha, scale=lambda, input_scale=1), which torch.selu calls"))
    for x in with_zero([0.0]):
        add("softsign", [], x, F.softsign, src("F.softsign"))
    for x in (-3.0, 3.0):
        add("hardsigmoid", [], x, F.hardsigmoid, src("F.hardsigmoid"))
    for x in (-3.0, 3.0):
        f, df, d2f = autograd3(F.hardswish, x)
        assert d2f is not None
        # Current ATen hardswish_backward (after PR pytorch#148049): x <= -3 -> 0; x < 3 -> x/3 + 1/2; else 1.
        cur = 0.0 if x <= -3.0 else (x / 3.0 + 0.5 if x < 3.0 else 1.0)
        ROWS.append(("hardswish", "", hexs(x), hexs(f), hexs(cur), hexs(d2f),
                     "current ATen hardswish_backward for df (torch %s gives %s); f and d2f from torch %s"
                     % (tv, repr(df), tv)))
    for lo, hi in ((-1.0, 1.0), (-10.0, 10.0), (0.0, 6.0), (-2.0, 0.5), (9.5, 10.0), (-10.0, -9.75)):
        for x in with_zero([lo, hi]):
            add("hardtanh", [lo, hi], x, lambda t, lo=lo, hi=hi: F.hardtanh(t, lo, hi), src("F.hardtanh"))
    for lam in (0.5, 0.0, 10.0, 1.25, 0.1):
        for x in with_zero(sorted({-lam, lam})):
            add("hardshrink", [lam], x, lambda t, lam=lam: F.hardshrink(t, lam), src("F.hardshrink"))
            add("softshrink", [lam], x, lambda t, lam=lam: F.softshrink(t, lam), src("F.softshrink"))
    for th, v in ((1.0, 0.0), (-10.0, -10.0), (10.0, 10.0), (0.0, 0.0), (0.5, 2.0), (-3.0, 5.0), (2.0, 2.0),
                  (1.0, -10.0)):
        for x in with_zero([th]):
            add("threshold", [th, v], x, lambda t, th=th, v=v: F.threshold(t, th, v), src("F.threshold"))

    # Maxout has no PyTorch module; torch.max(stack, dim=0) gives the whole gradient to the returned
    # index, which is the first maximal one. Only breakpoints that are exact doubles are probed.
    maxout_sets = [
        (2.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.5, 1.0),
        (3.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.5, 1.0),
        (4.0, 0.0, 5.0, 0.0, -5.0, 5.0, 0.0, -5.0, 0.0),
        (2.0, 1.0, 0.0, -2.0, 0.0, 0.0, 0.0, 0.0, 0.0),
        (3.0, 0.0, 0.0, 1.0, 0.0, -1.0, 0.0, 0.0, 0.0),
        (3.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0),
        (4.0, -1.0, -1.0, 1.0, -1.0, 0.5, -0.5, -0.5, -0.5),
    ]
    for p in maxout_sets:
        k = int(p[0])
        pieces = [(p[1 + 2 * j], p[2 + 2 * j]) for j in range(k)]
        xs = set()
        for i in range(k):
            for j in range(i + 1, k):
                (wi, bi), (wj, bj) = pieces[i], pieces[j]
                if wi == wj:
                    continue
                xq = (Fraction(bj) - Fraction(bi)) / (Fraction(wi) - Fraction(wj))
                vals = [Fraction(w) * xq + Fraction(b) for w, b in pieces]
                m = max(vals)
                tied = [t for t, v in enumerate(vals) if v == m]
                if i in tied and j in tied and Fraction(float(xq)) == xq:
                    xs.add(float(xq))

        def fn(t, pieces=pieces):
            return torch.stack([w * t + b for w, b in pieces]).max(dim=0).values

        for x in with_zero(sorted(xs)):
            add("maxout", list(p), x, fn, src("torch.max(stack of pieces, dim=0)"))

    with open(OUT + ".tmp", "w", newline="\n") as fh:
        fh.write("# PyTorch autograd values at the kinks of ActLab's catalogue functions\n")
        fh.write("# generated by tests/core/kinks/generate_torch_kinks.py with torch %s, float64, CPU, 1 thread;\n" % tv)
        fh.write("# f = forward, df = autograd, d2f = double backward (0 when df has no graph)\n")
        fh.write("id,params,x,f,df,d2f,source\n")
        for r in ROWS:
            fh.write(",".join(r) + "\n")
    os.replace(OUT + ".tmp", OUT)
    print("%d rows -> %s" % (len(ROWS), OUT))


if __name__ == "__main__":
    sys.exit(main())
