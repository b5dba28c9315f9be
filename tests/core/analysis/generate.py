#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent high-precision reference values for actlab::analysis (Gaussian statistics, mean field).

Run with Debian's interpreter (it sees python3-mpmath):

    /usr/bin/python3 tests/core/analysis/generate.py      # writes tests/core/analysis/data/*.csv

The activation functions and their derivatives are the mpmath closed forms of the golden generator
(tests/core/golden/generate.py, imported, never the C++ core); kinks come from its KINKS table. Every
expectation is an mpmath tanh-sinh quadrature at 32 significant digits over x with the density of
N(mu, sigma^2), split at every kink, at x = 0, +-0.01, +-0.03, ..., +-3 and, within each piece, where the density has fallen by e^-8, e^-16, ... from its
largest value on the piece, to e^-65 (mpmath's own error estimate, summed over the pieces, is checked
to be below 1e-15 relative to the L1 mass, or the case is reported and left out). A piece between
kinks is flat when the closed-form f' is exactly 0 there (the golden forms return the int 0 for an exact
zero); the dead fraction is the sum of the normal probabilities of the flat pieces.

Outputs (one row per case, doubles written with repr, i.e. shortest round-trip; '#' lines are comments):
  data/gaussian_stats.csv  id,params,mean,std,E_f,Var_f,E_df,E_df2,P_dead,L1_f,L1_df
      params joined by ';'; L1_f = E|f|, L1_df = E|f'| (the masses that say what "near 0" means)
  data/mean_field.csv      id,params,sigma_w2,sigma_b2,q_in,layer,q,chi
      the recursion q_1 = sw2*q_in + sb2, q_{l+1} = sw2*E[f(z)^2] + sb2, chi_l = sw2*E[f'(z)^2], z ~ N(0, q_l)
  data/selu_map.csv        id,params,omega,tau,mean,var,map_mean,map_var,J00,J01,J10,J11
      Klambauer's map (mu, nu) -> (E f(z), Var f(z)), z ~ N(mu*omega, nu*tau), and its Jacobian by
      mpmath's numerical differentiation (mp.diff) of the map
"""
import importlib.util
import multiprocessing
import os
import sys

import mpmath
from mpmath import mp, mpf

HERE = os.path.dirname(os.path.abspath(__file__))
# The mpmath closed forms of every catalogue function (loaded by path: both scripts are called generate.py).
_spec = importlib.util.spec_from_file_location("golden_generate", os.path.join(HERE, "..", "golden", "generate.py"))
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)

DATA = os.path.join(HERE, "data")
DPS = 32
FUNCS = {entry[0]: entry for entry in golden.FUNCS}


def f_and_df(fid, p):
    fn = FUNCS[fid][3]
    return lambda x: fn(mpf(x), p, "C")[:2]


def kinks(fid, p):
    k = golden.KINKS.get(fid)
    return [mpf(golden.M(v)) for v in k(p)] if k else []


def cuts_in(a, b, mu, sigma):
    """Break points inside the piece [a, b] (x; +-inf allowed): in t = (x - mu)/sigma, with c the point of
    the piece nearest to t = 0, at +-sqrt(c^2 + 16k) (the density falls by e^-8 from one to the next)
    until it has fallen by e^-65 (below 1e-28 of its largest value on the piece); the rest is one piece."""
    ta = (a - mu) / sigma if a != mp.ninf else mp.ninf
    tb = (b - mu) / sigma if b != mp.inf else mp.inf
    c = mpf(0) if ta <= 0 <= tb else min(abs(ta), abs(tb))
    out = []
    if ta < 0 < tb:
        out.append(mpf(0))
    k = 1
    while True:
        u = mp.sqrt(c * c + 16 * k)
        if u * u - c * c > 130:
            break
        for t in (u, -u):
            if ta < t < tb:
                out.append(t)
        k += 1
    return [mu + sigma * t for t in out]


def expect(fid, p, mu, sigma, weight, want_l1=False):
    """E[weight(f, f', x)] for X ~ N(mu, sigma^2), and E|weight| if asked (else None); aborts if mpmath's
    error estimate is large against the L1 mass (without want_l1, the sum of |piece values| stands in)."""
    fd = f_and_df(fid, p)
    ks = [mp.ninf] + kinks(fid, p) + [mp.inf]
    edges = []
    for a, b in zip(ks[:-1], ks[1:]):
        edges += [a] + cuts_in(a, b, mu, sigma)
    edges.append(mp.inf)
    # Where the smooth functions change character (softplus with beta = 100 bends within 0.01 of 0).
    edges += [mpf(v) for v in (0, -0.01, 0.01, -0.03, 0.03, -0.1, 0.1, -0.3, 0.3, -1, 1, -3, 3)]
    edges = sorted(set(edges))
    total, l1, mass, errs = mpf(0), mpf(0), mpf(0), mpf(0)
    for a, b in zip(edges[:-1], edges[1:]):
        def g(x):
            f, df = fd(x)
            return weight(golden.M(f), golden.M(df), x) * mp.npdf(x, mu, sigma)
        # mpmath's tanh-sinh stops at an absolute error of about 10^-dps: scale the integrand to about 1
        # by the density at the point of the piece nearest to mu (the far tails are tiny but relevant).
        xn = min(max(mu, a), b)
        sc = mp.npdf(xn, mu, sigma) * (1 + abs(xn))
        v, err = mp.quad(lambda x: g(x) / sc, [a, b], error=True, maxdegree=8)
        if want_l1:
            l1 += mp.quad(lambda x: abs(g(x)) / sc, [a, b], maxdegree=8) * sc
        total += v * sc
        mass += abs(v) * sc
        errs += err * sc
    ref = l1 if want_l1 else mass
    if errs > mpf(10) ** -15 * ref and errs > mpf(10) ** -300:
        raise RuntimeError("quadrature error %s against L1 mass %s for %s %s" % (errs, ref, fid, p))
    return total, (l1 if want_l1 else None)


def dead_fraction(fid, p, mu, sigma):
    ks = [mp.ninf] + kinks(fid, p) + [mp.inf]
    fn = FUNCS[fid][3]
    dead = mpf(0)
    for a, b in zip(ks[:-1], ks[1:]):
        if a == mp.ninf and b == mp.inf:
            probe = [mpf(-1.37), mpf(0.29), mpf(2.71)]
        elif a == mp.ninf:
            probe = [b - mpf(0.37), b - mpf(2.9), b - mpf(11.3)]
        elif b == mp.inf:
            probe = [a + mpf(0.37), a + mpf(2.9), a + mpf(11.3)]
        else:
            probe = [a + (b - a) * c for c in (mpf(0.21), mpf(0.5), mpf(0.83))]
        flat = all(fn(x, p, "C")[1] == 0 for x in probe)
        if flat:
            dead += mp.ncdf(b, mu, sigma) - mp.ncdf(a, mu, sigma)
    return dead


def r(v):
    return repr(float(v))


def stats_row(case):
    try:
        return stats_row_checked(case)
    except RuntimeError as e:  # reported by main(); the other cases are still written
        return "FAILED " + str(e)


def stats_row_checked(case):
    fid, params, mu, sigma = case
    mp.dps = DPS
    p = tuple(mpf(v) for v in params)
    mu_, s_ = mpf(mu), mpf(sigma)
    ef, l1f = expect(fid, p, mu_, s_, lambda f, df, x: f, True)
    var, _ = expect(fid, p, mu_, s_, lambda f, df, x: (f - ef) ** 2)
    edf, l1df = expect(fid, p, mu_, s_, lambda f, df, x: df, True)
    edf2, _ = expect(fid, p, mu_, s_, lambda f, df, x: df * df)
    dead = dead_fraction(fid, p, mu_, s_)
    return ",".join([fid, ";".join(repr(v) for v in params), repr(mu), repr(sigma), r(ef), r(var), r(edf),
                     r(edf2), r(dead), r(l1f), r(l1df)])


def mean_field_rows(case):
    fid, params, sw2, sb2, qin, layers = case
    mp.dps = DPS
    p = tuple(mpf(v) for v in params)
    rows = []
    q = mpf(sw2) * mpf(qin) + mpf(sb2)
    for layer in range(1, layers + 1):
        s = mp.sqrt(q)
        chi = mpf(sw2) * expect(fid, p, mpf(0), s, lambda f, df, x: df * df)[0]
        rows.append(",".join([fid, ";".join(repr(v) for v in params), repr(sw2), repr(sb2), repr(qin),
                              str(layer), r(q), r(chi)]))
        q = mpf(sw2) * expect(fid, p, mpf(0), s, lambda f, df, x: f * f)[0] + mpf(sb2)
    return rows


def selu_map(fid, p, omega, tau, mu, nu):
    m, s = mu * omega, mp.sqrt(nu * tau)
    ef = expect(fid, p, m, s, lambda f, df, x: f)[0]
    var = expect(fid, p, m, s, lambda f, df, x: (f - ef) ** 2)[0]
    return ef, var


def selu_row(case):
    fid, params, omega, tau, mu, nu = case
    mp.dps = DPS
    p = tuple(mpf(v) for v in params)
    om, ta, m0, n0 = mpf(omega), mpf(tau), mpf(mu), mpf(nu)
    mm, vv = selu_map(fid, p, om, ta, m0, n0)
    h = mpf(10) ** -10  # central differences at 32 digits: error ~h^2 ~ 1e-20, rounding ~1e-22
    jac = []
    for i in range(2):
        for j in range(2):
            dp = selu_map(fid, p, om, ta, m0 + (h if j == 0 else 0), n0 + (h if j == 1 else 0))[i]
            dm = selu_map(fid, p, om, ta, m0 - (h if j == 0 else 0), n0 - (h if j == 1 else 0))[i]
            jac.append((dp - dm) / (2 * h))
    return ",".join([fid, ";".join(repr(v) for v in params), repr(omega), repr(tau), repr(mu), repr(nu),
                     r(mm), r(vv)] + [r(v) for v in jac])


def stats_cases():
    cases = []
    inputs = [(0.0, 1.0), (0.3, 1.7), (-2.0, 0.5)]
    for fid, _names, psets, *_ in golden.FUNCS:
        for mu, sigma in inputs:
            cases.append((fid, psets[0], mu, sigma))
    extra = [
        ("leaky_relu", (0.1,)), ("prelu", (-0.3,)), ("elu", (2.5,)), ("elu", (0.0,)), ("celu", (0.1,)),
        ("selu", (2.0, 0.5)), ("swish", (0.0,)), ("swish", (10.0,)), ("softplus", (100.0,)),
        ("squareplus", (0.0,)), ("hardtanh", (-2.0, 0.5)), ("hardshrink", (1.25,)), ("softshrink", (0.1,)),
        ("threshold", (0.5, 2.0)), ("threshold", (-3.0, 5.0)), ("maxout", (4.0, 0.1, 0.5, -0.25, 0.0, 2.0, -4.0, -3.0, -1.0)),
        ("maxout", (4.0, 0.0, 5.0, 0.0, -5.0, 5.0, 0.0, -5.0, 0.0)), ("isrlu", (10.0,)), ("snake", (3.0,)),
        ("rrelu", (0.0, 0.0)),
    ]
    for fid, p in extra:
        for mu, sigma in [(0.7, 2.3)]:
            cases.append((fid, p, mu, sigma))
    # Wide and narrow inputs, a far tail.
    for fid in ("relu", "tanh", "gelu", "selu", "hardtanh", "sigmoid"):
        p = FUNCS[fid][2][0]
        cases += [(fid, p, 0.0, 1e-3), (fid, p, 0.25, 30.0), (fid, p, -12.0, 1.0)]
    cases += [("relu", (), 1e3, 5e2), ("hardtanh", (-1.0, 1.0), 1e3, 5e2)]
    return cases


MEAN_FIELD_CASES = [
    ("tanh", (), 1.5, 0.05, 1.0, 8),
    ("tanh", (), 0.8, 0.0, 2.0, 8),
    ("relu", (), 2.0, 0.0, 1.0, 6),
    ("relu", (), 1.0, 0.1, 1.0, 6),
    ("sigmoid", (), 1.0, 0.0, 1.0, 6),
    ("selu", FUNCS["selu"][2][0], 1.0, 0.0, 3.0, 6),
    ("gelu", (), 2.0, 0.02, 0.5, 6),
    ("elu", (1.0,), 1.7, 0.0, 1.0, 6),
    ("hardtanh", (-1.0, 1.0), 1.2, 0.01, 1.0, 6),
]

SELU_CASES = [
    ("selu", FUNCS["selu"][2][0], 0.0, 1.0, 0.0, 1.0),
    ("selu", FUNCS["selu"][2][0], 0.0, 1.0, 0.4, 1.5),
    ("selu", FUNCS["selu"][2][0], 0.1, 1.1, -0.3, 0.8),
    ("elu", (1.0,), 0.2, 0.9, 0.5, 2.0),
]


def main():
    os.makedirs(DATA, exist_ok=True)
    with multiprocessing.Pool() as pool:
        stats = pool.map(stats_row, stats_cases())
        failed = [row for row in stats if row.startswith("FAILED")]
        stats = [row for row in stats if not row.startswith("FAILED")]
        for row in failed:
            print(row, file=sys.stderr)
        mf = pool.map(mean_field_rows, MEAN_FIELD_CASES)
        selu = pool.map(selu_row, SELU_CASES)
    header = "# generated by tests/core/analysis/generate.py (mpmath %s, %d digits); do not edit\n" % (
        mpmath.__version__, DPS)
    with open(os.path.join(DATA, "gaussian_stats.csv"), "w", newline="\n") as fh:
        fh.write(header + "id,params,mean,std,E_f,Var_f,E_df,E_df2,P_dead,L1_f,L1_df\n")
        fh.write("\n".join(stats) + "\n")
    with open(os.path.join(DATA, "mean_field.csv"), "w", newline="\n") as fh:
        fh.write(header + "id,params,sigma_w2,sigma_b2,q_in,layer,q,chi\n")
        fh.write("\n".join(row for rows in mf for row in rows) + "\n")
    with open(os.path.join(DATA, "selu_map.csv"), "w", newline="\n") as fh:
        fh.write(header + "id,params,omega,tau,mean,var,map_mean,map_var,J00,J01,J10,J11\n")
        fh.write("\n".join(selu) + "\n")
    print("%d stats rows, %d mean-field rows, %d map rows" % (len(stats), sum(len(m) for m in mf), len(selu)))
    if failed:
        sys.exit("%d cases left out: their quadrature did not reach the required accuracy" % len(failed))


if __name__ == "__main__":
    main()
