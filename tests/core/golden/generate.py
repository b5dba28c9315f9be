#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent high-precision reference values for ActLab's activation catalogue.

Run with Debian's interpreter (it sees python3-mpmath):

    /usr/bin/python3 tests/core/golden/generate.py            # writes tests/core/golden/data/<id>.csv
    /usr/bin/python3 tests/core/golden/generate.py --only gelu,silu

Fuzzing (not committed): fresh random parameter sets and points into another directory, then run the C++
golden tests on them:

    /usr/bin/python3 tests/core/golden/generate.py --random-only --seed 7 --random-sets 20 --out /tmp/g7
    ACTLAB_GOLDEN_DIR=/tmp/g7 .build/<preset>/tests/core/actlab_core_tests --gtest_filter='*Golden*'

Every function, its first and second derivative are written here from their closed forms, in mpmath,
independently of the C++ core. Each closed-form derivative is cross-checked against mpmath's numerical
differentiation away from kinks; the script aborts on any disagreement. Every value is computed at an
adaptive precision (at least 256 bits, more for tiny |x| where formulas cancel) and again at +128 bits;
the two must round to the same double or the precision is doubled, so the stored doubles are the exact
results correctly rounded to nearest (Python's int/int division is correctly rounded, subnormals
included).

Inputs (issue 7: the whole double range): every parameter set also gets the tails beyond 1e3 -- a
log grid up to 1.8e308 (each decade for the defaults, every seventh otherwise), the points where the
formulas' intermediates overflow or underflow, the largest finite double, and a few random tail points.
For the first (default) parameter set a dense grid over +-[1e-300, 1e3] plus the regime boundaries
of the reference (each +-1 ulp), non-trivial zeros and kinks (+-1 and 2 ulp); a coarser grid for the other
fixed parameter sets; then seeded pseudo-random parameter sets drawn from the declared ranges (RANGES), each
with pseudo-random x over [-1000, 1000] (uniform, uniform over [-20, 20], and log-uniform magnitudes), and two
more with parameter magnitudes log-uniform down to the subnormal range (celu alpha = 1e-300, ...).

Output format (one CSV per catalogue id; '#' lines are comments):
    params,x,side,f,df,d2f,lf,ldf,ld2f
  params   parameter values in declared order as C99 hex floats joined by ';' (empty when none)
  x        the input, a C99 hex float (exactly representable), over the whole double range
  side     C: x is not a kink; at a kink x three rows: L (left limits of f, f', f''), K (the documented
           convention, i.e. Side::Convention) and R (right limits)
  f,df,d2f exact value rounded to nearest double, as hex float. "0x0p+0" marks a mathematically exact
           zero (the core must return exactly +-0); "0x0.0p+0" / "-0x0.0p+0" mark a non-zero exact value
           that rounds to zero (underflow; the core may be one subnormal step away).
  lf,ldf,ld2f  local scale |x*q'(x)| of each quantity q (4 significant digits, decimal): the size of the
           neighbouring magnitudes, used for the error allowance near non-trivial zeros; for |x| > 1e3
           |q'(x)| (an allowance growing with |x| would excuse anything there). At kinks the one-sided
           derivative of the row's side is used.
"""
import argparse
import math
import multiprocessing
import os
import sys
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

BASE_PREC = 256
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# ----------------------------------------------------------------------------------------------------
# Exact rounding and formatting


def to_fraction(v):
    """The exact rational value of a finite mpf (or Fraction / int)."""
    if isinstance(v, Fraction):
        return v
    if isinstance(v, int):
        return Fraction(v)
    v = mpf(v)
    sign, man, exp, bc = v._mpf_
    if man == 0:
        if v != 0:
            raise ValueError("non-finite value %r" % v)
        return Fraction(0)
    q = Fraction(man) * (Fraction(2) ** exp)
    return -q if sign else q


def round_double(v):
    """Correctly rounded (to nearest, ties to even) double of the exact value v."""
    if not isinstance(v, (Fraction, int)):
        v = mpf(v)
        if v != 0 and mpmath.mag(v) < -1100:  # far below the subnormals (and 2**exponent would be huge)
            return -0.0 if v < 0 else 0.0
        if v != 0 and mpmath.mag(v) > 1100:
            return -math.inf if v < 0 else math.inf
    q = to_fraction(v)
    if q == 0:
        return 0.0
    try:
        d = q.numerator / q.denominator  # CPython: correctly rounded, subnormals included
    except OverflowError:
        return math.inf if q > 0 else -math.inf
    return d


def M(v):
    """mpf of a closed-form result (int, Fraction or mpf), exact at the current precision where possible."""
    if isinstance(v, Fraction):
        return mpf(v.numerator) / v.denominator
    return mpf(v)


def hexd(d):
    """Compact C99 hex float of a double."""
    if math.isnan(d):
        return "nan"
    if math.isinf(d):
        return "inf" if d > 0 else "-inf"
    h = float.hex(d)
    if d == 0.0:
        return h  # "0x0.0p+0" / "-0x0.0p+0"
    mant, exp = h.split("p")
    if "." in mant:
        mant = mant.rstrip("0").rstrip(".")
    return mant + "p" + exp


def fmt_value(v, exact_zero):
    # an mpf that is exactly 0 (e.g. x at x = 0, (x+3)/6 at x = -3) is an exact zero too: mpmath has no
    # underflow, and every row is confirmed at +128 bits
    if exact_zero or v == 0:
        return "0x0p+0"
    d = round_double(v)
    if d == 0.0:
        # a non-zero value that underflows: keep Python's long form so the test can tell it apart
        return "-0x0.0p+0" if v < 0 else "0x0.0p+0"
    return hexd(d)


def fmt_scale(v):
    d = abs(round_double(v))
    if d == 0.0:
        return "0"
    return "%.4g" % d


# ----------------------------------------------------------------------------------------------------
# Building blocks (all at the current mp precision; arguments are mpf)


def sig(z):
    """logistic sigma(z) = 1/(1+e^-z); mpmath's exponent range is unbounded, so no overflow."""
    return 1 / (1 + mp.exp(-z))


def sp(z):
    """softplus log(1+e^z)."""
    if z > 0:
        return z + mp.log1p(mp.exp(-z))
    return mp.log1p(mp.exp(z))


def sech2(z):
    return mp.sech(z) ** 2


def side_of(x, k, side, conv):
    """-1 when the left piece applies, +1 for the right piece. conv is the convention at x == k."""
    if x < k:
        return -1
    if x > k:
        return 1
    if side == "L":
        return -1
    if side == "R":
        return 1
    return conv


ZERO = None  # marker: an exact mathematical zero (mpf(0) returned by a closed form is also exact)


# Each function: f(x, p, side) -> (f, f', f''); x and p are mpf (maxout gets Fractions too).
# Exact zeros are returned as the int 0 so they can be told apart from values that merely cancel.


def f_sigmoid(x, p, s):
    a, b = sig(x), sig(-x)
    return a, a * b, a * b * (b - a)


def f_tanh(x, p, s):
    if x == 0:
        return 0, mpf(1), 0
    t = mp.tanh(x)
    q = sech2(x)
    return t, q, -2 * t * q


def f_relu(x, p, s):
    if side_of(x, 0, s, -1) < 0:
        return 0, 0, 0
    return x, mpf(1), 0


def f_relu6(x, p, s):
    if side_of(x, 0, s, -1) < 0:
        return 0, 0, 0
    if side_of(x, 6, s, +1) > 0:
        return mpf(6), 0, 0
    return x, mpf(1), 0


def leaky(x, a, s):
    if side_of(x, 0, s, -1) < 0:
        return (a * x if a != 0 and x != 0 else 0), (a if a != 0 else 0), 0
    return (x if x != 0 else 0), mpf(1), 0


def f_leaky_relu(x, p, s):
    return leaky(x, p[0], s)


def f_prelu(x, p, s):
    return leaky(x, p[0], s)


def f_rrelu(x, p, s):
    return leaky(x, (p[0] + p[1]) / 2, s)


def elu_like(x, scale, alpha, inv, s):
    """scale * (x for x>0, alpha*(e^(x*inv)-1) for x<=0)."""
    if side_of(x, 0, s, -1) < 0:
        if alpha == 0 or scale == 0:
            return 0, 0, 0
        if x == 0:  # the convention (K): f'' = 0, as PyTorch's elu_double_backward (mask x < 0)
            return 0, scale * alpha * inv, (0 if s == "K" else scale * alpha * inv * inv)
        e = mp.exp(x * inv)
        return scale * alpha * mp.expm1(x * inv), scale * alpha * inv * e, scale * alpha * inv * inv * e
    if scale == 0:
        return 0, 0, 0
    return (scale * x if x != 0 else 0), scale, 0


def f_elu(x, p, s):
    return elu_like(x, mpf(1), p[0], mpf(1), s)


def f_celu(x, p, s):
    return elu_like(x, mpf(1), p[0], 1 / p[0], s)


def f_selu(x, p, s):
    return elu_like(x, p[0], p[1], mpf(1), s)


def erfc_any(z):
    """erfc(z) for every real z: mpmath's erfc overflows (an int-to-float conversion) for |z| beyond about
    1e150. For z > 1e10 the asymptotic series e^(-z^2)/(z sqrt(pi)) (1 - 1/(2z^2) + 3/(4z^4)) is exact to far
    below 1e-40 relative (the next term is 15/(8z^6)); erfc(-z) = 2 - erfc(z)."""
    if abs(z) <= mpf(10) ** 10:
        return mp.erfc(z)
    a = abs(z)
    t = mp.exp(-a * a) / (a * mp.sqrt(mp.pi)) * (1 - 1 / (2 * a * a) + 3 / (4 * a ** 4))
    return t if z > 0 else 2 - t


def f_gelu(x, p, s):
    if x == 0:
        return 0, mpf(1) / 2, 2 * mp.npdf(0)
    phi = mp.npdf(x)
    Phi = erfc_any(-x / mp.sqrt(2)) / 2
    return x * Phi, Phi + x * phi, phi * (2 - x * x)


KAPPA = mpf(0.044715)  # the double 0.044715, exactly


def f_gelu_tanh(x, p, s):
    c = mp.sqrt(2 / mp.pi)
    u = c * (x + KAPPA * x ** 3)
    u1 = c * (1 + 3 * KAPPA * x * x)
    u2 = 6 * c * KAPPA * x
    a, b = sig(2 * u), sig(-2 * u)
    q = a * b  # s(1-s)
    s1 = 2 * u1 * q
    s2 = 2 * u2 * q + 2 * u1 * s1 * (b - a)
    f = x * a if x != 0 else 0
    return f, a + x * s1, 2 * s1 + x * s2


def swish(x, beta):
    if x == 0:
        return 0, mpf(1) / 2, (beta / 2 if beta != 0 else 0)
    if beta == 0:
        return x / 2, mpf(1) / 2, 0
    a, b = sig(beta * x), sig(-beta * x)
    return x * a, a * (1 + beta * x * b), beta * a * b * (2 + beta * x * (b - a))


def f_silu(x, p, s):
    return swish(x, mpf(1))


def f_swish(x, p, s):
    return swish(x, p[0])


def f_mish(x, p, s):
    spx = sp(x)
    t = mp.tanh(spx)
    a, b = sig(x), sig(-x)
    q = sech2(spx)
    t1 = q * a
    t2 = q * a * (b - 2 * t * a)
    f = x * t if x != 0 else 0
    return f, t + x * t1, 2 * t1 + x * t2


def f_softplus(x, p, s):
    beta = p[0]
    a, b = sig(beta * x), sig(-beta * x)
    return sp(beta * x) / beta, a, beta * a * b


def f_squareplus(x, p, s):
    bb = p[0]
    r = mp.sqrt(x * x + bb)
    if bb == 0:  # ReLU, with ReLU's convention at 0 (the x <= 0 branch)
        if side_of(x, 0, s, -1) > 0:
            return x, mpf(1), 0
        return 0, 0, 0
    if x < 0:
        f = bb / (2 * (r - x))
        f1 = bb / (2 * r * (r - x))
    else:
        f = (x + r) / 2
        f1 = (1 + x / r) / 2
    return f, f1, bb / (2 * r ** 3)


def f_softsign(x, p, s):
    d = 1 + abs(x)
    if x == 0:
        sg = {"L": -1, "R": 1}.get(s, 0)
        return 0, mpf(1), (-2 * sg if sg else 0)
    sg = 1 if x > 0 else -1
    return x / d, 1 / d ** 2, -2 * sg / d ** 3


def f_log_sigmoid(x, p, s):
    a, b = sig(x), sig(-x)
    return -sp(-x), b, -a * b


def f_hardsigmoid(x, p, s):
    if side_of(x, -3, s, -1) < 0:
        return 0, 0, 0
    if side_of(x, 3, s, +1) > 0:
        return mpf(1), 0, 0
    return x / 6 + mpf(1) / 2, mpf(1) / 6, 0


def f_hardswish(x, p, s):
    if side_of(x, -3, s, -1) < 0:
        return 0, 0, 0
    if side_of(x, 3, s, +1) > 0:
        return x, mpf(1), 0
    f = x * (x + 3) / 6 if x != 0 else 0
    return f, (2 * x + 3) / 6, mpf(1) / 3


def f_hardtanh(x, p, s):
    lo, hi = p
    if side_of(x, lo, s, -1) < 0:
        return (lo if lo != 0 else 0), 0, 0
    if side_of(x, hi, s, +1) > 0:
        return (hi if hi != 0 else 0), 0, 0
    return (x if x != 0 else 0), mpf(1), 0


def shrink(x, lam, s, soft):
    if side_of(x, -lam, s, +1) < 0:
        v = x + lam if soft else x
        return (v if v != 0 else 0), mpf(1), 0
    if side_of(x, lam, s, -1) > 0:
        v = x - lam if soft else x
        return (v if v != 0 else 0), mpf(1), 0
    return 0, 0, 0


def f_hardshrink(x, p, s):
    return shrink(x, p[0], s, False)


def f_softshrink(x, p, s):
    return shrink(x, p[0], s, True)


def f_tanhshrink(x, p, s):
    if x == 0:
        return 0, 0, 0
    t = mp.tanh(x)
    q = sech2(x)
    return x - t, t * t, 2 * t * q


def f_threshold(x, p, s):
    theta, value = p
    if side_of(x, theta, s, -1) < 0:
        return (value if value != 0 else 0), 0, 0
    return (x if x != 0 else 0), mpf(1), 0


def maxout_pieces(p):
    k = int(p[0])
    return [(to_fraction(p[1 + 2 * j]), to_fraction(p[2 + 2 * j])) for j in range(k)]


def f_maxout(x, p, s):
    xq = to_fraction(x)
    pieces = maxout_pieces(p)
    vals = [w * xq + b for w, b in pieces]
    m = max(vals)
    tied = [j for j, v in enumerate(vals) if v == m]
    slopes = [pieces[j][0] for j in tied]
    if s == "L":
        w = min(slopes)
    elif s == "R":
        w = max(slopes)
    else:
        w = pieces[tied[0]][0]  # lowest index among the tied pieces (only differs at a kink)
    return (m if m != 0 else 0), (w if w != 0 else 0), 0


def f_isru(x, p, s):
    a = p[0]
    if x == 0:
        return 0, mpf(1), 0
    if a == 0:
        return x, mpf(1), 0
    d = 1 + a * x * x
    return x / mp.sqrt(d), d ** mpf(-1.5), -3 * a * x * d ** mpf(-2.5)


def f_isrlu(x, p, s):
    if side_of(x, 0, s, +1) >= 0:
        return (x if x != 0 else 0), mpf(1), 0
    return f_isru(x, p, s)


def f_bent_identity(x, p, s):
    if x == 0:
        return 0, mpf(1), mpf(1) / 2
    r = mp.sqrt(x * x + 1)
    return x * x / (2 * (r + 1)) + x, x / (2 * r) + 1, 1 / (2 * r ** 3)


def f_gaussian(x, p, s):
    e = mp.exp(-x * x)
    if x == 0:
        return mpf(1), 0, mpf(-2)
    return e, -2 * x * e, (4 * x * x - 2) * e


def f_sinc(x, p, s):
    if x == 0:
        return mpf(1), 0, -mpf(1) / 3
    sn, cs = mp.sin(x), mp.cos(x)
    return sn / x, (x * cs - sn) / x ** 2, ((2 - x * x) * sn - 2 * x * cs) / x ** 3


def f_snake(x, p, s):
    a = p[0]
    if x == 0:
        return 0, mpf(1), 2 * a
    sn = mp.sin(a * x)
    return x + sn * sn / a, 1 + mp.sin(2 * a * x), 2 * a * mp.cos(2 * a * x)


# ----------------------------------------------------------------------------------------------------
# Kinks (exact rationals; maxout breakpoints may be non-representable)


def maxout_kinks(p):
    pieces = maxout_pieces(p)
    out = set()
    for i in range(len(pieces)):
        for j in range(i + 1, len(pieces)):
            (wi, bi), (wj, bj) = pieces[i], pieces[j]
            if wi == wj:
                continue
            x = (bj - bi) / (wi - wj)
            vals = [w * x + b for w, b in pieces]
            m = max(vals)
            tied = [t for t, v in enumerate(vals) if v == m]
            if i in tied and j in tied and len({pieces[t][0] for t in tied}) > 1:
                out.add(x)
    return sorted(out)


def no_kinks(p):
    return []


def at0(p):
    return [Fraction(0)]


KINKS = {
    "relu": at0, "relu6": lambda p: [Fraction(0), Fraction(6)], "leaky_relu": at0, "prelu": at0, "rrelu": at0,
    "elu": at0, "celu": at0, "selu": at0, "softsign": at0,
    "hardsigmoid": lambda p: [Fraction(-3), Fraction(3)], "hardswish": lambda p: [Fraction(-3), Fraction(3)],
    "hardtanh": lambda p: [to_fraction(p[0]), to_fraction(p[1])],
    "hardshrink": lambda p: sorted({-to_fraction(p[0]), to_fraction(p[0])}),
    "softshrink": lambda p: sorted({-to_fraction(p[0]), to_fraction(p[0])}),
    "threshold": lambda p: [to_fraction(p[0])], "maxout": maxout_kinks, "isrlu": at0,
    "squareplus": lambda p: [Fraction(0)] if p[0] == 0 else [],
}

# ----------------------------------------------------------------------------------------------------
# The catalogue as the generator knows it: id, parameter names, parameter sets (first = defaults),
# evaluator, definition string, x scale factor (regime boundaries are also placed at b/scale).

SELU_L = 1.0507009873554805
SELU_A = 1.6732632423543772
MAXOUT_DEF = [1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.5, 1.0]

FUNCS = [
    ("sigmoid", [], [()], f_sigmoid, "1/(1+exp(-x))", None),
    ("tanh", [], [()], f_tanh, "tanh(x)", None),
    ("relu", [], [()], f_relu, "max(0,x); f'(0)=0", None),
    ("relu6", [], [()], f_relu6, "min(max(0,x),6); f'=0 at 0 and 6", None),
    ("leaky_relu", ["alpha"], [(0.01,), (0.0,), (1.0,), (0.1,), (0.5,)], f_leaky_relu,
     "x if x>0 else alpha*x; f'(0)=alpha", None),
    ("prelu", ["alpha"], [(0.25,), (-1.0,), (1.0,), (0.01,), (-0.3,)], f_prelu,
     "x if x>0 else alpha*x; f'(0)=alpha", None),
    ("rrelu", ["lower", "upper"], [(0.125, 0.3333333333333333), (0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.1, 0.7)],
     f_rrelu, "x if x>0 else r*x, r=(lower+upper)/2 exactly; f'(0)=r", None),
    ("elu", ["alpha"], [(1.0,), (0.0,), (10.0,), (0.5,), (2.5,)], f_elu,
     "x if x>0 else alpha*expm1(x); at 0 the x<=0 branch", None),
    ("celu", ["alpha"], [(1.0,), (10.0,), (0.001,), (0.1,), (2.5,)], f_celu,
     "x if x>0 else alpha*expm1(x/alpha); at 0 the x<=0 branch", lambda p: 1 / p[0]),
    ("selu", ["lambda", "alpha"], [(SELU_L, SELU_A), (0.0, 0.0), (3.0, 5.0), (1.0, 1.0), (2.0, 0.5)], f_selu,
     "lambda*(x if x>0 else alpha*expm1(x)); at 0 the x<=0 branch", None),
    ("gelu", [], [()], f_gelu, "x*Phi(x) = x/2*erfc(-x/sqrt(2))", None),
    ("gelu_tanh", [], [()], f_gelu_tanh,
     "x*sigma(2u), u=sqrt(2/pi)*(x+k*x^3), k=double(0.044715), sqrt(2/pi) exact", None),
    ("silu", [], [()], f_silu, "x*sigma(x)", None),
    ("swish", ["beta"], [(1.0,), (0.0,), (10.0,), (0.5,), (1.702,)], f_swish, "x*sigma(beta*x)",
     lambda p: p[0] if p[0] != 0 else None),
    ("mish", [], [()], f_mish, "x*tanh(log(1+exp(x)))", None),
    ("softplus", ["beta"], [(1.0,), (0.01,), (100.0,), (0.5,), (2.0,)], f_softplus,
     "log(1+exp(beta*x))/beta (no threshold)", lambda p: p[0]),
    ("squareplus", ["b"], [(4.0,), (0.0,), (100.0,), (1.0,), (0.25,)], f_squareplus,
     "(x+sqrt(x^2+b))/2 (b=0: ReLU, f'(0)=0)", None),
    ("softsign", [], [()], f_softsign, "x/(1+|x|); f''(0)=0", None),
    ("log_sigmoid", [], [()], f_log_sigmoid, "-log(1+exp(-x))", None),
    ("hardsigmoid", [], [()], f_hardsigmoid, "min(max(x+3,0),6)/6; f'=0 at +-3", None),
    ("hardswish", [], [()], f_hardswish,
     "x*min(max(x+3,0),6)/6; f'(-3)=0, f'(3)=1, f''=0 at +-3", None),
    ("hardtanh", ["min_val", "max_val"], [(-1.0, 1.0), (-10.0, 10.0), (0.0, 6.0), (-2.0, 0.5), (9.5, 10.0),
                                          (-10.0, -9.75)],
     f_hardtanh, "clamp(x,min_val,max_val); f'=0 at both bounds", None),
    ("hardshrink", ["lambda"], [(0.5,), (0.0,), (10.0,), (1.25,), (0.1,)], f_hardshrink,
     "x if |x|>lambda else 0; f(+-lambda)=0, f'(+-lambda)=0", None),
    ("softshrink", ["lambda"], [(0.5,), (0.0,), (10.0,), (1.25,), (0.1,)], f_softshrink,
     "x-lambda*sgn(x) if |x|>lambda else 0; f'(+-lambda)=0", None),
    ("tanhshrink", [], [()], f_tanhshrink, "x-tanh(x)", None),
    ("threshold", ["theta", "value"], [(1.0, 0.0), (-10.0, -10.0), (10.0, 10.0), (0.0, 0.0), (0.5, 2.0),
                                        (-3.0, 5.0), (2.0, 2.0), (1.0, -10.0)],
     f_threshold, "x if x>theta else value; f(theta)=value, f'(theta)=0", None),
    ("maxout", ["k", "w1", "b1", "w2", "b2", "w3", "b3", "w4", "b4"],
     [tuple([2.0] + MAXOUT_DEF), tuple([1.0] + MAXOUT_DEF), tuple([3.0] + MAXOUT_DEF), tuple([4.0] + MAXOUT_DEF),
      (2.0, 1.0, 0.0, -2.0, 1.0, 0.0, 0.0, 0.0, 0.0),
      (4.0, 0.1, 0.5, -0.25, 0.0, 2.0, -4.0, -3.0, -1.0),
      (3.0, -5.0, 5.0, 5.0, -5.0, 0.5, 0.0, 0.0, 0.0),
      (2.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0),
      (4.0, 0.0, 5.0, 0.0, -5.0, 5.0, 0.0, -5.0, 0.0)],
     f_maxout, "max over j<=k of (wj*x+bj); at a breakpoint the lowest-index tied piece", None),
    ("isru", ["alpha"], [(1.0,), (0.0,), (10.0,), (0.5,)], f_isru, "x/sqrt(1+alpha*x^2)", None),
    ("isrlu", ["alpha"], [(1.0,), (0.0,), (10.0,), (0.5,)], f_isrlu,
     "x if x>=0 else x/sqrt(1+alpha*x^2); at 0 the x>=0 branch", None),
    ("bent_identity", [], [()], f_bent_identity, "(sqrt(x^2+1)-1)/2+x", None),
    ("gaussian", [], [()], f_gaussian, "exp(-x^2)", None),
    ("sinc", [], [()], f_sinc, "sin(x)/x, 1 at 0", None),
    ("snake", ["a"], [(1.0,), (0.01,), (10.0,), (0.5,), (3.0,)], f_snake, "x+sin(a*x)^2/a",
     lambda p: p[0]),
]

# Points near non-trivial zeros of f, f', f'' (refined with findroot at the default parameters):
# (id, quantity index, starting guess)
ROOTS = [
    ("gelu", 1, -0.75), ("gelu", 2, -1.414), ("gelu", 2, 1.414), ("gelu_tanh", 1, -0.75),
    ("silu", 1, -1.28), ("silu", 2, -2.4), ("swish", 1, -1.28), ("swish", 2, -2.4),
    ("mish", 1, -1.19), ("mish", 2, -2.2), ("hardswish", 1, -1.5),
    ("sinc", 0, 3.14159), ("sinc", 0, -6.28318), ("sinc", 0, 31.4159), ("sinc", 0, 314.159), ("sinc", 0, 999.0),
    ("sinc", 1, 4.4934), ("sinc", 1, -7.7253), ("sinc", 2, 2.08), ("sinc", 2, 5.94),
    ("snake", 1, -0.785398), ("snake", 1, 2.356194), ("snake", 1, 999.0), ("snake", 2, 0.785398),
    ("snake", 2, -2.356194),
    ("gaussian", 2, 0.7071), ("gaussian", 2, -0.7071), ("tanh", 2, 0.0),
    ("sigmoid", 2, 0.0), ("log_sigmoid", 2, 0.0),
]

# Regime boundaries of reference section 3.2 and other classical points (x and -x are both used).
BOUNDARIES = [
    709.782712893384, 708.3964185322641, 744.4400719213812, 745.1332191019412, 36.7368005696771,
    37.42994775023705, 19.061547465398498, 8.374, 8.3744, 7.2, 20.0, 34.04, 18.0, 40.0, 30.0, 1e-8, 1e-10,
    1e-16, 1e-4, 0.1, 0.5, 1.0, 2.0, 3.0, 6.0, 1000.0, 999.0, 500.0, 100.0, 50.0, 10.0, 5e-324,
    2.2250738585072014e-308, 1e-300, 1e-200, 1e-100, 1e-20, 1e-12, 1e-6, 1e-3, 0.01, 2.5, 4.0, 710.0, 800.0,
]


def nextup(d):
    return math.nextafter(d, math.inf)


def nextdown(d):
    return math.nextafter(d, -math.inf)


def log_grid(full):
    pts = set()
    if full:
        spans = [(-300, -30, 1, 3), (-30, -8, 2, 1), (-8, 3, 12, 1)]  # (from, to, per decade, decade step)
    else:
        spans = [(-300, -30, 1, 30), (-30, -8, 1, 2), (-8, 3, 3, 1)]
    for lo, hi, per, step in spans:
        for dec in range(lo, hi, step):
            for i in range(per):
                with mp.workprec(BASE_PREC):
                    pts.add(round_double(mpf(10) ** (dec + mpf(i) / per)))
    pts.add(1000.0)
    return pts


def lin_grid(full):
    step = 10 if full else 2  # tenths or halves
    n = 100 if full else 20
    return {float(Fraction(i, step)) for i in range(-n, n + 1)}


# The whole double range beyond 1e3 (issue 7): where intermediates of the closed forms overflow or
# underflow (x^2 at 1.34e154, 2x and x + r at 8.99e307, a*x, e^x at 709.78 and 745.13, the kernels' exp
# clamp, the sin/cos fast-path limit 65536, 2^53 where a*x loses its fraction) and the largest doubles.
DBL_MAX = sys.float_info.max
def tail_special():
    pts = [DBL_MAX, math.nextafter(DBL_MAX, 0), 2.0 ** 1023, 1.754e308, 1e308, DBL_MAX / 2,
           math.nextafter(DBL_MAX / 2, math.inf), 8.99e307, 2.19e307, 1.8e307, DBL_MAX / 10, DBL_MAX / 100, 1e306,
           1e300, 7.3e160, 1e155, math.sqrt(DBL_MAX), math.nextafter(math.sqrt(DBL_MAX), math.inf), 2.0 ** 600,
           1e100, 1e18, 1e17, 1e15, 2.0 ** 53, 2.0 ** 52 + 0.5, 65536.0, 65537.5, 1e4, 2000.0, 1500.0, 1100.0,
           1000.5]
    return pts


def tail_grid(full):
    """|x| log-uniform over [1e3, 1.8e308]: a point every decade for the defaults, every 7 otherwise."""
    step = 1 if full else 7
    pts = set()
    for dec in range(3, 309, step):
        for frac in ((0, 0.5) if full else (0.3,)):
            with mp.workprec(BASE_PREC):
                v = mpf(10) ** (dec + mpf(frac))
            if v < DBL_MAX:
                pts.add(round_double(v))
    return pts


def tail_points(scale, full, rng=None, n=0):
    pts = set()
    base = set(tail_grid(full)) | set(tail_special())
    if rng is not None:
        base |= {min(10.0 ** rng.uniform(3.0, 308.2547), DBL_MAX) for _ in range(n)}
    for v in base:
        for w in (v, -v):
            pts.add(w)
            if scale is not None and full:
                u = float(w / scale)
                if math.isfinite(u) and abs(u) > 1000.0:
                    pts.add(u)
    return pts


def x_points(fid, p, full, scale, roots):
    pts = set()
    for v in log_grid(full):
        pts.add(v)
        pts.add(-v)
    pts |= lin_grid(full)
    bset = BOUNDARIES if full else BOUNDARIES[:14] + [1e-8, 1.0, 5e-324]
    for b in bset:
        for v in (b, -b):
            pts |= {v, nextup(v), nextdown(v)}
            if scale is not None:
                w = float(v / scale)
                pts |= {w, nextup(w), nextdown(w)}
    pts |= {0.0}
    pts |= set(roots)
    return {v for v in pts if -1000.0 <= v <= 1000.0}


# ----------------------------------------------------------------------------------------------------
# Evaluation with adaptive precision


def mag(x):
    return 0 if x == 0 else int(math.frexp(x)[1])


def eval_at(fn, x, params, side, prec):
    with mp.workprec(prec):
        xm = mpf(x)
        pm = [mpf(v) for v in params]
        return fn(xm, pm, side)


def is_exact_zero(v):
    return isinstance(v, int) and v == 0


def key_of(vals):
    return tuple(("Z" if is_exact_zero(v) else round_double(v)) for v in vals)


def eval_row(fid, fn, x, params, side):
    prec = BASE_PREC + 3 * max(0, -mag(x))
    for _ in range(5):
        a = eval_at(fn, x, params, side, prec)
        b = eval_at(fn, x, params, side, prec + 128)
        ka, kb = key_of(a), key_of(b)
        if ka == kb:
            return b, prec + 128
        prec *= 2
    raise SystemExit("%s: unstable value at x=%r params=%r side=%s" % (fid, x, params, side))


def third(fn, x, params, side, prec):
    """f''' by one numerical differentiation of the closed-form f'' (only 4 digits are needed)."""
    if x == 0:
        h = mpf(2) ** -100
    else:
        h = mpf(2) ** (min(mag(x), 10) - 64)  # beyond 1e3 an absolute step: f'' may oscillate (snake)
        prec = max(prec, mag(x) + 256)  # x + h must be exact
    direction = {"L": -1, "R": 1}.get(side, 0)
    sd = side if side in ("L", "R") else "C"
    with mp.workprec(prec):
        pm = [mpf(v) for v in params]

        def g(t):
            return M(fn(t, pm, sd)[2])
        return mp.diff(g, mpf(x), 1, h=h, direction=direction)


def cross_check(fid, fn, x, params, kinks):
    """Closed-form f', f'' against mp.diff of f and f' (away from kinks); abort on disagreement."""
    if any(abs(Fraction(x) - k) < Fraction(1, 1000) for k in kinks):
        return
    with mp.workprec(BASE_PREC):
        pm = [mpf(v) for v in params]
        xm = mpf(x)
        f, f1, f2 = (M(v) for v in fn(xm, pm, "C"))
        n1 = mp.diff(lambda t: M(fn(t, pm, "C")[0]), xm, 1)
        n2 = mp.diff(lambda t: M(fn(t, pm, "C")[0]), xm, 2)
        n2b = mp.diff(lambda t: M(fn(t, pm, "C")[1]), xm, 1)
        scale = max(abs(f), abs(f1), abs(f2))
        tol = mpf(10) ** -40 * scale
        for name, closed, num in (("f'", f1, n1), ("f''", f2, n2), ("f'' (from f')", f2, n2b)):
            if abs(closed - num) > tol:
                raise SystemExit("%s %s: closed form %s disagrees with mp.diff %s at x=%r params=%r"
                                 % (fid, name, mp.nstr(closed, 25), mp.nstr(num, 25), x, params))


def refine_roots(fid, fn, params):
    out = []
    for rid, q, guess in ROOTS:
        if rid != fid:
            continue
        with mp.workprec(BASE_PREC):
            pm = [mpf(v) for v in params]
            r = mp.findroot(lambda t: M(fn(t, pm, "C")[q]), mpf(guess), verify=False)
        d = round_double(r)
        out += [d, nextup(d), nextdown(d), nextup(nextup(d)), nextdown(nextdown(d))]
    return out


# Declared parameter ranges (HELPERS.md catalogue), for the seeded random parameter sets.
RANGES = {
    "leaky_relu": [(0, 1)], "prelu": [(-1, 1)], "rrelu": [(0, 1), (0, 1)], "elu": [(0, 10)], "celu": [(0, 10)],
    "selu": [(0, 3), (0, 5)], "swish": [(0, 10)], "softplus": [(0.01, 100)], "squareplus": [(0, 100)],
    "hardtanh": [(-10, 10), (-10, 10)], "hardshrink": [(0, 10)], "softshrink": [(0, 10)],
    "threshold": [(-10, 10), (-10, 10)], "maxout": [(1, 4)] + [(-5, 5)] * 8, "isru": [(0, 10)],
    "isrlu": [(0, 10)], "snake": [(0.01, 10)],
}
RANDOM_SETS = 4      # random parameter sets per function with parameters
RANDOM_POINTS = 60   # random x per random parameter set (four times as many for functions without parameters)
TAIL_RANDOM_POINTS = 6  # random |x| in [1e3, 1.8e308] per parameter set, beside the tail grid
EXTREME_SETS = 2     # further random sets with magnitudes down to the subnormal range (own random stream)


def random_params(fid, rng, extreme=False):
    """A valid parameter set drawn from the declared ranges (log-uniform half of the time where min > 0).
    extreme: magnitudes log-uniform down to the subnormal range (1e-320) wherever the range allows it."""
    out = []
    for lo, hi in RANGES[fid]:
        if extreme and rng.random() < 0.75:
            m = 10.0 ** rng.uniform(-320.0, math.log10(max(abs(lo), abs(hi))))
            v = m if lo >= 0 or (hi > 0 and rng.random() < 0.5) else -m
        elif lo > 0 and rng.random() < 0.5:
            v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
        else:
            v = rng.uniform(lo, hi)
        out.append(min(max(v, lo), hi))
    if fid == "maxout":
        out[0] = float(rng.randint(1, 4))
    if fid in ("rrelu", "hardtanh"):
        out[0], out[1] = sorted(out[:2])
    return tuple(out)


def random_points(rng, n):
    """x in [-1000, 1000]: a third uniform over it, a third over [-20, 20], a third log-uniform in magnitude."""
    pts = set()
    while len(pts) < n:
        r = len(pts) % 3
        if r == 0:
            x = rng.uniform(-1000.0, 1000.0)
        elif r == 1:
            x = rng.uniform(-20.0, 20.0)
        else:
            x = math.copysign(10.0 ** rng.uniform(-300.0, 3.0), rng.random() - 0.5)
        if -1000.0 <= x <= 1000.0:
            pts.add(x)
    return pts


def generate(fid, pnames, psets, fn, definition, scalefn, checks, seed="", nsets=RANDOM_SETS,
             npoints=RANDOM_POINTS, random_only=False, extreme=False):
    rows = []
    nexact = 0
    # seeded random parameter sets and points (marked by their index past the fixed sets)
    import random
    rng = random.Random("actlab-golden-" + fid + seed)
    psets = [] if random_only else list(psets)
    nfixed = len(psets)
    if fid in RANGES:
        psets += [random_params(fid, rng, extreme) for _ in range(nsets)]
    else:
        psets += [()] * max(1, nsets // 4)
    nrandom = len(psets)
    rng_extreme = random.Random("actlab-golden-extreme-" + fid + seed)
    if fid in RANGES and not random_only:
        psets += [random_params(fid, rng_extreme, True) for _ in range(EXTREME_SETS)]
    for si, params in enumerate(psets):
        randomSet = si >= nfixed
        full = si == 0 and not randomSet
        pm = [mpf(v) for v in params]
        kinks = [k for k in (KINKS.get(fid, no_kinks)(pm)) if -1000 <= k <= 1000]
        scale = None
        if scalefn is not None:
            sv = scalefn(pm)
            scale = float(sv) if sv is not None else None
        roots = refine_roots(fid, fn, params) if full else []
        if si >= nrandom:
            xs = random_points(rng_extreme, npoints)
        elif randomSet:
            xs = random_points(rng, npoints * (1 if fid in RANGES else 4))
        else:
            xs = x_points(fid, params, full, scale, roots)
        # the tails beyond 1e3, from their own random stream so the rows above keep their values
        rng_tail = random.Random("actlab-golden-tail-%s-%d%s" % (fid, si, seed))
        xs |= tail_points(scale, full, rng_tail, TAIL_RANDOM_POINTS)
        kink_doubles = []
        for k in kinks:
            d = round_double(k)
            xs |= {d, nextup(d), nextdown(d), nextup(nextup(d)), nextdown(nextdown(d))}
            if Fraction(d) == k:
                kink_doubles.append(d)
        pstr = ";".join(hexd(float(v)) for v in params)
        entries = []
        for x in sorted(xs):
            if x in kink_doubles:
                for side in ("L", "K", "R"):
                    entries.append((x, side))
                    if x == 0.0:
                        entries.append((-0.0, side))
            else:
                entries.append((x, "C"))
                if x == 0.0:
                    entries.append((-0.0, "C"))
        for n, (x, side) in enumerate(entries):
            vals, prec = eval_row(fid, fn, x, params, side)
            f1m, f2m = M(vals[1]), M(vals[2])
            with mp.workprec(prec):
                # |x q'(x)| measures the cancellation of a closed form near a zero of q within [-1e3, 1e3];
                # beyond, it would grow with x and excuse any error (snake's f' at 1e18): there |q'(x)|,
                # the effect of an absolute error of 1 in the argument, is the scale.
                xm = mpf(x) if abs(x) <= 1000.0 else mpf(1)
                l0 = abs(xm * f1m)
                l1 = abs(xm * f2m)
                l2 = abs(xm * third(fn, x, params, side, prec))
            if checks and side == "C" and 1e-3 <= abs(x) <= 200 and n % 4 == 0:
                cross_check(fid, fn, x, params, kinks)
            fields = [pstr, hexd(x), side] + [fmt_value(v, is_exact_zero(v)) for v in vals] + \
                     [fmt_scale(l0), fmt_scale(l1), fmt_scale(l2)]
            nexact += sum(1 for v in vals if is_exact_zero(v))
            rows.append(",".join(fields))
    header = [
        "# ActLab golden data for '%s': %s" % (fid, definition),
        "# parameters (declared order): %s" % (", ".join(pnames) if pnames else "none"),
        "# generated by tests/core/golden/generate.py with mpmath %s; precision >= %d bits, adaptive "
        "(+3 bits per binary order of magnitude below 1, confirmed at +128 bits)" % (mpmath.__version__, BASE_PREC),
        "# values: exact result correctly rounded to double; 0x0p+0 = exact zero; 0x0.0p+0 = non-zero value "
        "that rounds to 0",
        "# side: C = not a kink; at a kink L = left limits, K = convention (Side::Convention), R = right limits",
        "# lf, ldf, ld2f: local scale |x*q'(x)| of f, f', f'' (4 significant digits)",
        "params,x,side,f,df,d2f,lf,ldf,ld2f",
    ]
    return header + rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="comma-separated ids")
    ap.add_argument("--jobs", type=int, default=os.cpu_count(), help="functions generated in parallel")
    ap.add_argument("--no-check", action="store_true", help="skip the mp.diff cross-checks")
    ap.add_argument("--out", default=DATA)
    ap.add_argument("--seed", default="", help="extra seed text for the random sets (fuzzing; default: committed data)")
    ap.add_argument("--random-sets", type=int, default=RANDOM_SETS, help="random parameter sets per function")
    ap.add_argument("--random-points", type=int, default=RANDOM_POINTS, help="random x per random parameter set")
    ap.add_argument("--random-only", action="store_true", help="skip the fixed grids (fuzzing)")
    ap.add_argument("--extreme", action="store_true", help="random parameters down to subnormal magnitudes")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    os.makedirs(args.out, exist_ok=True)
    jobs = [(i, args) for i, entry in enumerate(FUNCS) if not only or entry[0] in only]
    with multiprocessing.Pool(args.jobs) as pool:  # one function per task; each writes its own file
        for fid, nrows in pool.imap_unordered(write_one, jobs):
            print("%-14s %6d rows" % (fid, nrows), flush=True)


def write_one(job):
    index, args = job
    fid, pnames, psets, fn, definition, scalefn = FUNCS[index]
    lines = generate(fid, pnames, psets, fn, definition, scalefn, not args.no_check, args.seed, args.random_sets,
                     args.random_points, args.random_only, args.extreme)
    path = os.path.join(args.out, fid + ".csv")
    with open(path + ".tmp", "w", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(path + ".tmp", path)
    return fid, len(lines) - 7


if __name__ == "__main__":
    main()
