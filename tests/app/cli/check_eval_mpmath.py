#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent oracle check of `actlab eval` against mpmath closed forms (no golden data involved).

For every catalogue id this script draws random inputs and random in-range parameter values, runs the
real `actlab eval` executable, parses its CSV and compares f, f' and f'' with closed forms written out
by hand here and evaluated in mpmath at (at least) 60 significant digits, with the precision raised for
tiny |x| where the closed forms cancel (tanhshrink, sinc, ...). Every formula is written in a form
that does not cancel in the tails (sigma(-x) instead of 1 - sigma(x), and so on).

Inputs per (id, parameter set), five kinds:
  tiny-to-large  log-uniform |x| over [1e-300, 1e3], random sign (as issue 2 demands)
  moderate       log-uniform |x| over [1e-3, 1e3], random sign
  uniform        uniform over [-30, 30]
  tails          log-uniform |x| over [1e3, 1.7976931348623157e308], random sign (issue 7: the whole
                 double range)
  special        fixed points where intermediates overflow or underflow (x^2, 2x, e^x, a*x near the
                 largest double, the exp clamp, sin/cos fast-path limits), both signs
Parameter sets: the defaults; the ends of every declared range (each parameter alone at its minimum and
at its maximum, all at their minima, all at their maxima; a minimum of 0 also as the smallest subnormal
and the smallest normal double); then random values (uniform over the declared range, log-uniform for
softplus beta, integer k for maxout; rrelu lower <= upper and hardtanh min_val < max_val kept). Sets the
catalogue refuses (celu alpha = 0, min_val = max_val) are reported as skipped.

Also checked: x = +inf, -inf and nan at the default parameters against limits derived by hand (LIMITS).

Bar (issue 2): relative error <= 1e-12; an exact zero must come out as exactly 0; where the exact
result is subnormal the error may be one subnormal step (2^-1074). Failures print a reproducer line.
Results near a non-trivial zero of the quantity are listed apart ("near-zero"): there the bar is the
local scale max(|q|, |x q'|) (see local_scale below), as issue 2 allows.

Usage: /usr/bin/python3 tests/app/cli/check_eval_mpmath.py [--actlab PATH] [--points N] [--sets M]
       [--seed S] [--ids a,b,...] [--self-check N] [--worst] [--verbose]
Exit status 0 when every result meets the bar, 1 otherwise.
"""
import argparse
import math
import os
import random
import subprocess
import sys

import mpmath
from mpmath import mp, mpf

BASE_DPS = 60
REL_BAR = 1e-12
TINY = 2.0 ** -1074
DBL_MIN = 2.0 ** -1022
DBL_MAX = sys.float_info.max
# Where intermediates of the closed forms overflow or underflow: x^2 (1.34e154), 2x and x + r (8.99e307),
# a*x for a up to 100, e^x (709.78, 745.13), the kernels' exp clamp, the sin/cos fast-path limit 65536,
# 2^53 (a*x no longer has a fraction), and the largest doubles.
SPECIAL = [DBL_MAX, math.nextafter(DBL_MAX, 0), 2.0 ** 1023, 1.754e308, 1e308, DBL_MAX / 2,
           math.nextafter(DBL_MAX / 2, math.inf), 8.99e307, 2.19e307, 1.8e307, DBL_MAX / 10, DBL_MAX / 100,
           1e306, 1e300, 7.3e160, 1e155, math.sqrt(DBL_MAX), math.nextafter(math.sqrt(DBL_MAX), math.inf),
           2.0 ** 600, 1e100, 1e18, 1e17, 1e15, 2.0 ** 53, 2.0 ** 52 + 0.5, 65536.0, 65537.5, 1e4, 2000.0,
           1500.0, 1100.0, 1000.5, 745.2, 709.8]

# Parameters: name, default, min, max (issue 2 / HELPERS.md catalogue; typed in independently of core).
PARAMS = {
    "sigmoid": [], "tanh": [], "relu": [], "relu6": [],
    "leaky_relu": [("alpha", 0.01, 0.0, 1.0)],
    "prelu": [("alpha", 0.25, -1.0, 1.0)],
    "rrelu": [("lower", 0.125, 0.0, 1.0), ("upper", 0.3333333333333333, 0.0, 1.0)],
    "elu": [("alpha", 1.0, 0.0, 10.0)],
    "celu": [("alpha", 1.0, 0.0, 10.0)],
    "selu": [("lambda", 1.0507009873554805, 0.0, 3.0), ("alpha", 1.6732632423543772, 0.0, 5.0)],
    "gelu": [], "gelu_tanh": [], "silu": [],
    "swish": [("beta", 1.0, 0.0, 10.0)],
    "mish": [],
    "softplus": [("beta", 1.0, 0.01, 100.0)],
    "squareplus": [("b", 4.0, 0.0, 100.0)],
    "softsign": [], "log_sigmoid": [], "hardsigmoid": [], "hardswish": [],
    "hardtanh": [("min_val", -1.0, -10.0, 10.0), ("max_val", 1.0, -10.0, 10.0)],
    "hardshrink": [("lambda", 0.5, 0.0, 10.0)],
    "softshrink": [("lambda", 0.5, 0.0, 10.0)],
    "tanhshrink": [],
    "threshold": [("theta", 1.0, -10.0, 10.0), ("value", 0.0, -10.0, 10.0)],
    "maxout": [("k", 2.0, 1.0, 4.0), ("w1", 1.0, -5.0, 5.0), ("b1", 0.0, -5.0, 5.0), ("w2", 0.0, -5.0, 5.0),
               ("b2", 0.0, -5.0, 5.0), ("w3", -1.0, -5.0, 5.0), ("b3", 0.0, -5.0, 5.0), ("w4", 0.5, -5.0, 5.0),
               ("b4", 1.0, -5.0, 5.0)],
    "isru": [("alpha", 1.0, 0.0, 10.0)],
    "isrlu": [("alpha", 1.0, 0.0, 10.0)],
    "bent_identity": [], "gaussian": [], "sinc": [],
    "snake": [("a", 1.0, 0.01, 10.0)],
}
IDS = list(PARAMS)


# ----------------------------------------------------------------------------------------------------
# Closed forms. Each returns (f, f', f'') as mpf for x (mpf, never at a kink) and parameters p (dict).
# ----------------------------------------------------------------------------------------------------
def sig(t):
    """sigma(t) without cancellation for either sign."""
    return 1 / (1 + mp.exp(-t))


def sech2(u):
    """sech^2 u = 4 sigma(2u) sigma(-2u): no 1 - tanh^2 cancellation."""
    return 4 * sig(2 * u) * sig(-2 * u)


def f_sigmoid(x, p):
    s, sm = sig(x), sig(-x)
    return s, s * sm, -s * sm * mp.tanh(x / 2)


def f_tanh(x, p):
    t, c = mp.tanh(x), sech2(x)
    return t, c, -2 * t * c


def f_relu(x, p):
    return (x, mpf(1), mpf(0)) if x > 0 else (mpf(0), mpf(0), mpf(0))


def f_relu6(x, p):
    if x <= 0:
        return mpf(0), mpf(0), mpf(0)
    if x >= 6:
        return mpf(6), mpf(0), mpf(0)
    return x, mpf(1), mpf(0)


def leaky(slope):
    def f(x, p):
        a = slope(p)
        return (x, mpf(1), mpf(0)) if x > 0 else (a * x, a, mpf(0))
    return f


def f_elu(x, p):
    a = p["alpha"]
    return (x, mpf(1), mpf(0)) if x > 0 else (a * mp.expm1(x), a * mp.exp(x), a * mp.exp(x))


def f_celu(x, p):
    a = p["alpha"]
    if x > 0:
        return x, mpf(1), mpf(0)
    e = mp.exp(x / a)
    return a * mp.expm1(x / a), e, e / a


def f_selu(x, p):
    lam, a = p["lambda"], p["alpha"]
    if x > 0:
        return lam * x, lam, mpf(0)
    return lam * a * mp.expm1(x), lam * a * mp.exp(x), lam * a * mp.exp(x)


def erfc_any(z):
    """erfc(z) for every real z: mpmath's erfc overflows (an int-to-float conversion) for |z| beyond about
    1e150. For z > 1e10 the asymptotic series e^(-z^2)/(z sqrt(pi)) (1 - 1/(2z^2) + 3/(4z^4)) is exact to far
    below 1e-40 relative (the next term is 15/(8z^6)); erfc(-z) = 2 - erfc(z)."""
    if abs(z) <= mpf(10) ** 10:
        return mp.erfc(z)
    a = abs(z)
    t = mp.exp(-a * a) / (a * mp.sqrt(mp.pi)) * (1 - 1 / (2 * a * a) + 3 / (4 * a ** 4))
    return t if z > 0 else 2 - t


def f_gelu(x, p):
    Phi = erfc_any(-x / mp.sqrt(2)) / 2
    phi = mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)
    return x * Phi, Phi + x * phi, phi * (2 - x * x)


def f_gelu_tanh(x, p):
    c = mp.sqrt(2 / mp.pi)
    k = mpf(0.044715)  # the double nearest 0.044715, as the catalogue specifies
    u = c * (x + k * x ** 3)
    du = c * (1 + 3 * k * x * x)
    d2u = 6 * c * k * x
    s, sm = sig(2 * u), sig(-2 * u)  # (1 + tanh u)/2 and (1 - tanh u)/2
    f = x * s
    df = s + 2 * x * du * s * sm
    d2f = s * sm * (4 * du + 2 * x * d2u - 4 * x * du * du * mp.tanh(u))
    return f, df, d2f


def swish_beta(x, b):
    s, sm = sig(b * x), sig(-b * x)
    return x * s, s + b * x * s * sm, b * s * sm * (2 - b * x * mp.tanh(b * x / 2))


def f_silu(x, p):
    return swish_beta(x, mpf(1))


def f_swish(x, p):
    return swish_beta(x, p["beta"])


def softplus1(x):
    return mp.log1p(mp.exp(x))


def f_mish(x, p):
    g = softplus1(x)
    t, c, s, sm = mp.tanh(g), sech2(g), sig(x), sig(-x)
    return x * t, t + x * c * s, c * s * (2 + x * (sm - 2 * t * s))


def f_softplus(x, p):
    b = p["beta"]
    s, sm = sig(b * x), sig(-b * x)
    return softplus1(b * x) / b, s, b * s * sm


def f_squareplus(x, p):
    b = p["b"]
    if b == 0:
        return (x, mpf(1), mpf(0)) if x > 0 else (mpf(0), mpf(0), mpf(0))
    r = mp.sqrt(x * x + b)
    if x < 0:
        f = b / (2 * (r - x))
        df = b / (2 * r * (r - x))
    else:
        f = (x + r) / 2
        df = (1 + x / r) / 2
    return f, df, b / (2 * r ** 3)


def f_softsign(x, p):
    d = 1 + abs(x)
    return x / d, 1 / d ** 2, -2 * mp.sign(x) / d ** 3


def f_log_sigmoid(x, p):
    s, sm = sig(x), sig(-x)
    return -softplus1(-x), sm, -s * sm


def f_hardsigmoid(x, p):
    if x <= -3:
        return mpf(0), mpf(0), mpf(0)
    if x >= 3:
        return mpf(1), mpf(0), mpf(0)
    return x / 6 + mpf(1) / 2, mpf(1) / 6, mpf(0)


def f_hardswish(x, p):
    if x <= -3:
        return mpf(0), mpf(0), mpf(0)
    if x >= 3:
        return x, mpf(1), mpf(0)
    return x * (x + 3) / 6, (2 * x + 3) / 6, mpf(1) / 3


def f_hardtanh(x, p):
    lo, hi = p["min_val"], p["max_val"]
    if x < lo:
        return lo, mpf(0), mpf(0)
    if x > hi:
        return hi, mpf(0), mpf(0)
    return x, mpf(1), mpf(0)


def f_hardshrink(x, p):
    return (x, mpf(1), mpf(0)) if abs(x) > p["lambda"] else (mpf(0), mpf(0), mpf(0))


def f_softshrink(x, p):
    lam = p["lambda"]
    if x > lam:
        return x - lam, mpf(1), mpf(0)
    if x < -lam:
        return x + lam, mpf(1), mpf(0)
    return mpf(0), mpf(0), mpf(0)


def f_tanhshrink(x, p):
    t = mp.tanh(x)
    return x - t, t * t, 2 * t * sech2(x)


def f_threshold(x, p):
    return (x, mpf(1), mpf(0)) if x > p["theta"] else (p["value"], mpf(0), mpf(0))


def f_maxout(x, p):
    k = int(p["k"])
    best = None
    for j in range(1, k + 1):
        w, b = p["w%d" % j], p["b%d" % j]
        v = w * x + b
        if best is None or v > best[0]:  # ties keep the lowest index
            best = (v, w)
    return best[0], best[1], mpf(0)


def isru(x, a):
    q = 1 + a * x * x
    return x / mp.sqrt(q), q ** mpf(-1.5), -3 * a * x * q ** mpf(-2.5)


def f_isru(x, p):
    return isru(x, p["alpha"])


def f_isrlu(x, p):
    return (x, mpf(1), mpf(0)) if x >= 0 else isru(x, p["alpha"])


def f_bent_identity(x, p):
    r = mp.sqrt(x * x + 1)
    return x * x / (2 * (r + 1)) + x, x / (2 * r) + 1, 1 / (2 * r ** 3)


def f_gaussian(x, p):
    e = mp.exp(-x * x)
    return e, -2 * x * e, (4 * x * x - 2) * e


def f_sinc(x, p):
    s, c = mp.sin(x), mp.cos(x)
    return s / x, (x * c - s) / x ** 2, ((2 - x * x) * s - 2 * x * c) / x ** 3


def f_snake(x, p):
    a = p["a"]
    s = mp.sin(a * x)
    return x + s * s / a, 1 + mp.sin(2 * a * x), 2 * a * mp.cos(2 * a * x)


FORMS = {
    "sigmoid": f_sigmoid, "tanh": f_tanh, "relu": f_relu, "relu6": f_relu6,
    "leaky_relu": leaky(lambda p: p["alpha"]), "prelu": leaky(lambda p: p["alpha"]),
    "rrelu": leaky(lambda p: (p["lower"] + p["upper"]) / 2),
    "elu": f_elu, "celu": f_celu, "selu": f_selu, "gelu": f_gelu, "gelu_tanh": f_gelu_tanh,
    "silu": f_silu, "swish": f_swish, "mish": f_mish, "softplus": f_softplus, "squareplus": f_squareplus,
    "softsign": f_softsign, "log_sigmoid": f_log_sigmoid, "hardsigmoid": f_hardsigmoid,
    "hardswish": f_hardswish, "hardtanh": f_hardtanh, "hardshrink": f_hardshrink,
    "softshrink": f_softshrink, "tanhshrink": f_tanhshrink, "threshold": f_threshold, "maxout": f_maxout,
    "isru": f_isru, "isrlu": f_isrlu, "bent_identity": f_bent_identity, "gaussian": f_gaussian,
    "sinc": f_sinc, "snake": f_snake,
}
assert set(FORMS) == set(PARAMS)


def exact(fid, x, params):
    """(f, f', f'') at the double x with the double parameters, as mpf, at enough precision."""
    digits = BASE_DPS
    if x != 0 and abs(x) < 1:
        digits += int(3 * -math.log10(abs(x))) + 10  # tanhshrink / sinc lose up to ~2 log10(1/|x|) digits
    with mp.workdps(digits):
        p = {name: mpf(v) for name, v in params.items()}
        return FORMS[fid](mpf(x), p)


def local_scale(fid, x, params, d):
    """max(|q|, |x q'(x)|) for q = the d-th derivative: the size of the terms whose rounding decides q
    near a non-trivial zero of q (q' by mpmath's numerical differentiation of the closed form); for
    |x| > 1e3 max(|q|, |q'(x)|)."""
    tail = abs(x) > 1000
    # beyond 1e3, |x q'| would grow with x and excuse any error (snake' at 1e18): |q'| there, by a
    # difference over an absolute step, at a precision that keeps x + h exact
    digits = BASE_DPS + 20 + (int(math.log10(abs(x))) + 30 if tail else 0)
    with mp.workdps(digits):
        p = {name: mpf(v) for name, v in params.items()}
        q = lambda t: FORMS[fid](t, p)[d]
        factor = mpf(1) if tail else mpf(x)
        dq = mp.diff(q, mpf(x), h=mpf(10) ** -20) if tail else mp.diff(q, mpf(x))
        return max(abs(q(mpf(x))), abs(factor * dq))


# ----------------------------------------------------------------------------------------------------
# Error measures
# ----------------------------------------------------------------------------------------------------
def ulp_of(e):
    """The spacing of doubles at the magnitude of the exact value e (mpf)."""
    a = abs(e)
    if a < DBL_MIN:
        return TINY
    ex = int(mp.floor(mp.log(a, 2)))
    # guard against log rounding at exact powers of two
    if mpf(2) ** ex > a:
        ex -= 1
    elif mpf(2) ** (ex + 1) <= a:
        ex += 1
    return 2.0 ** max(ex - 52, -1074)


def judge(got, e):
    """Returns (ok, rel_error, ulp_error, note)."""
    if math.isnan(got):
        return False, math.inf, math.inf, "nan where exact is %s" % mpmath.nstr(e, 17)
    if e == 0:
        return (got == 0.0), (0.0 if got == 0 else math.inf), (0.0 if got == 0 else math.inf), (
            "" if got == 0 else "exact zero expected")
    if math.isinf(got):
        huge = abs(e) > mpf(sys.float_info.max)
        return huge, (0.0 if huge else math.inf), (0.0 if huge else math.inf), "" if huge else "inf"
    err = abs(mpf(got) - e)
    rel = float(err / abs(e))
    ulp = float(err / ulp_of(e))
    if abs(e) < DBL_MIN:  # subnormal (or below): one subnormal step allowed
        return float(err) <= TINY, rel, ulp, "subnormal"
    return rel <= REL_BAR, rel, ulp, ""


# ----------------------------------------------------------------------------------------------------
# Sampling and running
# ----------------------------------------------------------------------------------------------------
def extreme_params(fid):
    """The ends of the declared ranges: each parameter alone at its minimum and at its maximum (the others
    at their defaults), all at their minima, all at their maxima; a minimum of 0 also as the smallest
    subnormal and the smallest normal double. Maxout keeps k = 4 (all pieces) except where k is the one
    at an end."""
    spec = PARAMS[fid]
    if not spec:
        return []
    defaults = {n: d for n, d, _, _ in spec}
    sets = []
    for n, d, lo, hi in spec:
        ends = [lo, hi] + ([TINY, DBL_MIN] if lo == 0.0 else [])
        for v in ends:
            vals = dict(defaults)
            vals[n] = v
            if fid == "maxout" and n != "k":
                vals["k"] = 4.0
            sets.append(vals)
    sets.append({n: lo for n, _, lo, _ in spec})
    sets.append({n: hi for n, _, _, hi in spec})
    unique = []
    for vals in sets:
        if vals not in unique:
            unique.append(vals)
    return unique


def random_params(fid, rng, index):
    spec = PARAMS[fid]
    if index == 0 or not spec:
        return {n: d for n, d, _, _ in spec}
    vals = {}
    for n, d, lo, hi in spec:
        if fid == "softplus":
            v = 10 ** rng.uniform(math.log10(lo), math.log10(hi))
        elif fid == "maxout" and n == "k":
            v = float(rng.randint(1, 4))
        elif fid == "snake":
            v = 10 ** rng.uniform(math.log10(lo), math.log10(hi))
        else:
            v = rng.uniform(lo, hi)
        vals[n] = v
    if fid == "rrelu" and vals["lower"] > vals["upper"]:
        vals["lower"], vals["upper"] = vals["upper"], vals["lower"]
    if fid == "hardtanh" and vals["min_val"] >= vals["max_val"]:
        vals["min_val"], vals["max_val"] = vals["max_val"], vals["min_val"]
    if fid == "maxout":  # every second set: k = 4 so that all pieces take part
        if index % 2 == 0:
            vals["k"] = 4.0
    return vals


def random_xs(kind, n, rng):
    if kind == "special":
        return [s * v for v in SPECIAL for s in (1.0, -1.0)]
    xs = []
    for _ in range(n):
        if kind == "tails":
            x = min(10 ** rng.uniform(3, 308.2547), DBL_MAX) * rng.choice((-1, 1))
        elif kind == "uniform":
            x = rng.uniform(-30, 30)
        else:
            lo, hi = (-300, 3) if kind == "tiny-to-large" else (-3, 3)
            x = 10 ** rng.uniform(lo, hi) * rng.choice((-1, 1))
        xs.append(x)
    return xs


class Refused(Exception):
    """actlab refused the parameter set (exit status 2): reported as skipped."""


def run_actlab(actlab, fid, params, xs):
    args = [actlab, "eval", fid]
    for n, v in params.items():
        args += ["--param", "%s=%s" % (n, v.hex())]
    args += ["--x", ",".join(x.hex() for x in xs)]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode == 2 and "--param" in " ".join(args) and "must" in out.stderr:
        raise Refused(out.stderr.strip())
    if out.returncode != 0:
        raise RuntimeError("actlab failed (%d): %s\n  %s" % (out.returncode, out.stderr.strip(), " ".join(args[:-2])))
    lines = out.stdout.splitlines()
    assert lines[0] == "x,f,df,d2f", lines[0]
    rows = [tuple(float(t) for t in line.split(",")) for line in lines[1:]]
    assert len(rows) == len(xs)
    for x, row in zip(xs, rows):
        assert row[0] == x or (math.isnan(x) and math.isnan(row[0])), (x, row[0])
    return rows


def reproducer(fid, params, x):
    parts = ["actlab eval", fid]
    for n, v in params.items():
        parts.append("--param %s=%s" % (n, repr(v)))
    parts.append("--x %s" % repr(x))
    return " ".join(parts)


INF = math.inf
NAN = math.nan
_RRELU_SLOPE = (0.125 + 0.3333333333333333) / 2
_SELU = (1.0507009873554805, 1.6732632423543772)
# Limits at x = +inf and x = -inf at the default parameters, derived by hand: (f, f', f'') each.
# Signs of zeros are not compared. Snake's f' and f'' oscillate forever: no limit, NaN.
LIMITS = {
    "sigmoid": ((1, 0, 0), (0, 0, 0)), "tanh": ((1, 0, 0), (-1, 0, 0)),
    "relu": ((INF, 1, 0), (0, 0, 0)), "relu6": ((6, 0, 0), (0, 0, 0)),
    "leaky_relu": ((INF, 1, 0), (-INF, 0.01, 0)), "prelu": ((INF, 1, 0), (-INF, 0.25, 0)),
    "rrelu": ((INF, 1, 0), (-INF, _RRELU_SLOPE, 0)),
    "elu": ((INF, 1, 0), (-1, 0, 0)), "celu": ((INF, 1, 0), (-1, 0, 0)),
    "selu": ((INF, _SELU[0], 0), (-_SELU[0] * _SELU[1], 0, 0)),
    "gelu": ((INF, 1, 0), (0, 0, 0)), "gelu_tanh": ((INF, 1, 0), (0, 0, 0)),
    "silu": ((INF, 1, 0), (0, 0, 0)), "swish": ((INF, 1, 0), (0, 0, 0)), "mish": ((INF, 1, 0), (0, 0, 0)),
    "softplus": ((INF, 1, 0), (0, 0, 0)), "squareplus": ((INF, 1, 0), (0, 0, 0)),
    "softsign": ((1, 0, 0), (-1, 0, 0)), "log_sigmoid": ((0, 0, 0), (-INF, 1, 0)),
    "hardsigmoid": ((1, 0, 0), (0, 0, 0)), "hardswish": ((INF, 1, 0), (0, 0, 0)),
    "hardtanh": ((1, 0, 0), (-1, 0, 0)), "hardshrink": ((INF, 1, 0), (-INF, 1, 0)),
    "softshrink": ((INF, 1, 0), (-INF, 1, 0)), "tanhshrink": ((INF, 1, 0), (-INF, 1, 0)),
    "threshold": ((INF, 1, 0), (0, 0, 0)), "maxout": ((INF, 1, 0), (0, 0, 0)),
    "isru": ((1, 0, 0), (-1, 0, 0)), "isrlu": ((INF, 1, 0), (-1, 0, 0)),
    "bent_identity": ((INF, 1.5, 0), (-INF, 0.5, 0)), "gaussian": ((0, 0, 0), (0, 0, 0)),
    "sinc": ((0, 0, 0), (0, 0, 0)), "snake": ((INF, NAN, NAN), (-INF, NAN, NAN)),
}
assert set(LIMITS) == set(PARAMS)


def check_limits(actlab, ids):
    """x = +inf, -inf and nan at the defaults against LIMITS (exact: the limits are exact doubles, the
    rrelu/selu ones computed in double as the catalogue defines them). Returns the failures."""
    bad = []
    names = ("f", "df", "d2f")
    for fid in ids:
        defaults = {n: d for n, d, _, _ in PARAMS[fid]}
        rows = run_actlab(actlab, fid, defaults, [INF, -INF, NAN])
        expected = LIMITS[fid] + ((NAN, NAN, NAN),)
        for x, row, exp in zip((INF, -INF, NAN), rows, expected):
            for d in range(3):
                got, want = row[d + 1], float(exp[d])
                same = (math.isnan(got) and math.isnan(want)) or got == want
                if not same:
                    bad.append("LIMIT %s %s at x=%r: got %r, expected %r\n    %s"
                               % (fid, names[d], x, got, want, reproducer(fid, defaults, x)))
    return bad


def check_limits_at_range_ends(actlab, ids):
    """x = +inf and -inf at the ends of every parameter range (extreme_params): 0*inf and inf - inf hide
    there (selu with lambda = 0 gave NaN). The expected value is the closed form at x = +-1e1000, far
    beyond the doubles, judged with the usual bar (a limit that is not attained, such as 1/sqrt(alpha) for
    isru, is within it; one that overflows must be +-inf). Snake's f' and f'' have no limit: NaN."""
    bad = []
    names = ("f", "df", "d2f")
    for fid in ids:
        for params in extreme_params(fid):
            try:
                rows = run_actlab(actlab, fid, params, [INF, -INF])
            except Refused:
                continue
            for x, row in zip((INF, -INF), rows):
                with mp.workdps(BASE_DPS):
                    ex = FORMS[fid](mpf(x) and mp.sign(x) * mpf(10) ** 1000, {n: mpf(v) for n, v in params.items()})
                for d in range(3):
                    got = row[d + 1]
                    if fid == "snake" and d > 0:
                        ok = math.isnan(got)
                    else:
                        ok = judge(got, ex[d])[0]
                    if not ok:
                        bad.append("LIMIT %s %s at x=%r: got %r, expected %s\n    %s"
                                   % (fid, names[d], x, got, mpmath.nstr(ex[d], 17), reproducer(fid, params, x)))
    return bad


def self_check(rng, count):
    """Checks the hand-written f' and f'' against mpmath's numerical differentiation of f (at 80 digits),
    so that a slip in a derivative above cannot pass unnoticed. Returns the number of mismatches."""
    bad = 0
    for fid in IDS:
        for i in range(count):
            params = random_params(fid, rng, i % 3)
            x = rng.uniform(-8, 8) if i % 2 else 10 ** rng.uniform(-3, 1) * rng.choice((-1, 1))
            with mp.workdps(80):
                p = {name: mpf(v) for name, v in params.items()}
                f0, f1, f2 = FORMS[fid](mpf(x), p)
                n1 = mp.diff(lambda t: FORMS[fid](t, p)[0], mpf(x))
                n2 = mp.diff(lambda t: FORMS[fid](t, p)[0], mpf(x), 2)
                for name, a, b in (("f'", f1, n1), ("f''", f2, n2)):
                    if abs(a - b) > mpf(10) ** -40 * max(1, abs(b)):
                        bad += 1
                        print("SELF-CHECK %s %s at x=%r %s: closed form %s, numerical %s"
                              % (fid, name, x, params, mpmath.nstr(a, 20), mpmath.nstr(b, 20)))
    print("self-check: %d ids x %d points, %d mismatches between the closed-form derivatives and mp.diff"
          % (len(IDS), count, bad))
    return bad


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_actlab = os.path.join(here, "..", "..", "..", "build", "dev", "app", "actlab")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--actlab", default=default_actlab)
    ap.add_argument("--points", type=int, default=60, help="points per input kind and parameter set")
    ap.add_argument("--sets", type=int, default=4, help="parameter sets per id (the first is the defaults)")
    ap.add_argument("--seed", type=int, default=20261122)
    ap.add_argument("--ids", default="")
    ap.add_argument("--kinds", default="tiny-to-large,moderate,uniform,tails,special",
                    help="input kinds, comma-separated (see above)")
    ap.add_argument("--no-extremes", action="store_true", help="skip the parameter sets at the range ends")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--worst", action="store_true", help="print a reproducer for the worst-ULP point of each "
                    "id and derivative above 4 ULP")
    ap.add_argument("--self-check", type=int, default=0, metavar="N",
                    help="first check the closed-form derivatives against mp.diff at N points per id")
    args = ap.parse_args()
    mp.dps = BASE_DPS
    rng = random.Random(args.seed)
    if args.self_check and self_check(random.Random(args.seed + 1), args.self_check):
        return 1
    worst_points = []
    ids = args.ids.split(",") if args.ids else IDS
    limit_failures = check_limits(args.actlab, ids)
    print("limits: x = +inf, -inf, nan at the defaults of %d ids: %d mismatches" % (len(ids), len(limit_failures)))
    if not args.no_extremes:
        end_failures = check_limits_at_range_ends(args.actlab, ids)
        print("limits: x = +inf, -inf at the ends of the parameter ranges: %d mismatches" % len(end_failures))
        limit_failures += end_failures
    for line in limit_failures:
        print(line)

    names = ("f", "df", "d2f")
    failures = []
    near_zero = []
    skipped = []
    print("| id | points | max rel f | max rel f' | max rel f'' | max ULP f | max ULP f' | max ULP f'' "
          "| subnormal results |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    total_points = 0
    for fid in ids:
        worst_rel = [0.0, 0.0, 0.0]
        worst_ulp = [0.0, 0.0, 0.0]
        worst_at = [None, None, None]
        npts = 0
        n_sub = 0
        worst_sub = 0.0
        nsets = args.sets if PARAMS[fid] else 1
        param_sets = [random_params(fid, rng, si) for si in range(nsets)]
        if not args.no_extremes:
            param_sets[1:1] = extreme_params(fid)
        for params in param_sets:
            for kind in args.kinds.split(","):
                xs = random_xs(kind, args.points, rng)
                try:
                    rows = run_actlab(args.actlab, fid, params, xs)
                except Refused as e:
                    skipped.append("%s %s: %s" % (fid, params, e))
                    break
                for x, row in zip(xs, rows):
                    ex = exact(fid, x, params)
                    npts += 1
                    for d in range(3):
                        ok, rel, ulp, note = judge(row[d + 1], ex[d])
                        if note == "subnormal":  # |exact| < 2^-1022: judged in subnormal steps
                            n_sub += 1
                            worst_sub = max(worst_sub, ulp)
                        else:
                            worst_rel[d] = max(worst_rel[d], rel)
                            if ulp > worst_ulp[d]:
                                worst_ulp[d] = ulp
                                worst_at[d] = (row[d + 1], mpmath.nstr(ex[d], 20), reproducer(fid, params, x))
                        if not ok and note == "" and math.isfinite(rel):
                            scale = local_scale(fid, x, params, d)
                            if abs(mpf(row[d + 1]) - ex[d]) <= REL_BAR * scale:
                                near_zero.append((fid, names[d], rel, ulp, row[d + 1], mpmath.nstr(ex[d], 20),
                                                  "local scale %s" % mpmath.nstr(scale, 3), reproducer(fid, params, x)))
                                continue
                        if not ok:
                            failures.append((fid, names[d], rel, ulp, row[d + 1], mpmath.nstr(ex[d], 20), note,
                                             reproducer(fid, params, x)))
        total_points += npts
        for d in range(3):
            if worst_at[d] is not None and worst_ulp[d] > 4:
                worst_points.append((fid, names[d], worst_ulp[d], worst_rel[d]) + worst_at[d])
        fmt = lambda v: "%.2g" % v
        sub = "%d (max %s steps)" % (n_sub, fmt(worst_sub)) if n_sub else "-"
        print("| %s | %d | %s | %s | %s | %s | %s | %s | %s |"
              % (fid, npts, *map(fmt, worst_rel), *map(fmt, worst_ulp), sub), flush=True)

    print()
    print("%d points, %d ids, %d results beyond the bar (rel > %g, inexact zero, or > 1 subnormal step)"
          % (total_points, len(ids), len(failures), REL_BAR))
    if args.worst:
        for fid, name, ulp, rel, got, ex, cmd in worst_points:
            print("WORST %s %s: %.3g ulp (max rel %.2g) got %r exact %s\n    %s" % (fid, name, ulp, rel, got, ex, cmd))
    print("%d parameter sets refused by actlab (skipped):" % len(skipped))
    for line in skipped:
        print("SKIPPED " + line)
    print("%d results near a non-trivial zero: beyond 1e-12 relative, within 1e-12 of the local scale"
          % len(near_zero))
    for fid, name, rel, ulp, got, ex, note, cmd in near_zero[: (len(near_zero) if args.verbose else 10)]:
        print("NEAR-ZERO %s %s: rel %.3g got %r exact %s (%s)\n    %s" % (fid, name, rel, got, ex, note, cmd))
    for fid, name, rel, ulp, got, ex, note, cmd in failures[: (len(failures) if args.verbose else 40)]:
        print("FAIL %s %s: rel %.3g (%.3g ulp) got %r exact %s %s\n    %s" % (fid, name, rel, ulp, got, ex, note, cmd))
    return 0 if not failures and not limit_failures else 1


if __name__ == "__main__":
    sys.exit(main())
