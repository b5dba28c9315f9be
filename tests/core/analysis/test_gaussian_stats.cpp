// SPDX-License-Identifier: GPL-3.0-or-later
/// Gaussian statistics against closed forms (ReLU, Leaky ReLU, ELU and SELU through the Gaussian
/// moment-generating function, GELU) and against the mpmath values of data/gaussian_stats.csv, at
/// relative 1e-12 (plus 1e-15 of the L1 mass E|f| or E|f′| where a value cancels to near 0, and for
/// Var[f] of sd(f)·√E[f²], the error that f's own rounding leaves).
#include "reference_data.hpp"

#include "actlab/analysis/gaussian_stats.hpp"
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace {

using namespace actlab;
using namespace actlab::analysis;
using LD = long double;

constexpr double kRel = 1e-12;

const Activation& act(const char* id) {
    const Activation* a = findActivation(id);
    if (a == nullptr) throw std::runtime_error(id);
    return *a;
}

// Closed forms, in long double so that their own rounding stays far below the bar.
LD Phi(LD z) {
    return 0.5L * std::erfc(-z / std::sqrt(2.0L));
}
LD phi(LD z) {
    return std::exp(-0.5L * z * z) / std::sqrt(2.0L * 3.14159265358979323846264338327950288L);
}

/// The five numbers from closed-form pieces: E[f], E[f²], E[f′], E[f′²], P_dead.
struct Closed {
    LD f, f2, df, df2, dead;
    LD l1; ///< E|f|, the mass against which a value that cancels to near 0 is judged
    LD var() const { return f2 - f * f; }
};

/// ReLU: E[X 1{X>0}] = μΦ(m) + σφ(m), E[X² 1{X>0}] = (μ² + σ²)Φ(m) + μσφ(m), m = μ/σ.
Closed relu(LD mu, LD s) {
    const LD m = mu / s;
    const LD f = mu * Phi(m) + s * phi(m);
    return {f, (mu * mu + s * s) * Phi(m) + mu * s * phi(m), Phi(m), Phi(m), Phi(-m), f};
}

/// Leaky ReLU with slope a: f = X on X > 0, aX on X ≤ 0.
Closed leaky(LD mu, LD s, LD a) {
    const Closed r = relu(mu, s);
    const LD m = mu / s;
    const LD negX = mu - r.f, negX2 = mu * mu + s * s - r.f2; // E[X 1{X≤0}], E[X² 1{X≤0}]
    return {r.f + a * negX, r.f2 + a * a * negX2, Phi(m) + a * Phi(-m), Phi(m) + a * a * Phi(-m), 0,
            r.f - a * negX};
}

/// SELU (ELU: λ = 1) through the moment-generating function: E[e^{kX} 1{X≤0}] = e^{kμ + k²σ²/2} Φ(−(μ +
/// kσ²)/σ).
Closed selu(LD mu, LD s, LD lambda, LD alpha) {
    const Closed r = relu(mu, s);
    const LD m = mu / s;
    const auto mgf = [&](LD k) {
        return std::exp(k * mu + 0.5L * k * k * s * s) * Phi(-(mu + k * s * s) / s);
    };
    const LD e1 = mgf(1), e2 = mgf(2), pneg = Phi(-m);
    return {lambda * (r.f + alpha * (e1 - pneg)),
            lambda * lambda * (r.f2 + alpha * alpha * (e2 - 2 * e1 + pneg)),
            lambda * (Phi(m) + alpha * e1),
            lambda * lambda * (Phi(m) + alpha * alpha * e2),
            0,
            lambda * (r.f + alpha * (pneg - e1))};
}

/// |got − want| ≤ 1e-12 |want| + 1e-15 · mass (the L1 mass; 0 for a quantity that cannot cancel), and
/// values below the smallest double count as 0.
void expectRel(double got, LD want, const char* what, double mu, double s, LD mass = 0) {
    const LD err = std::fabs(static_cast<LD>(got) - want);
    EXPECT_LE(err, kRel * std::fabs(want) + 1e-15L * mass + 5e-324L)
        << what << " at mean " << mu << ", std " << s << ": got " << got << ", want "
        << static_cast<double>(want);
}

const std::vector<std::pair<double, double>> kInputs = {{0.0, 1.0},   {0.3, 1.7}, {-2.0, 0.5}, {1.5, 3.0},
                                                        {-0.7, 0.01}, {4.0, 2.0}, {-6.0, 1.5}, {0.0, 40.0}};

TEST(GaussianStatsClosedForm, Relu) {
    const GaussianExpectation ge(act("relu"), {});
    for (const auto& [mu, s] : kInputs) {
        const Closed c = relu(mu, s);
        const GaussianStats g = ge.stats(mu, s);
        expectRel(g.meanF, c.f, "E[f]", mu, s, c.l1);
        expectRel(g.varF, c.var(), "Var[f]", mu, s);
        expectRel(g.meanDf, c.df, "E[f']", mu, s);
        expectRel(g.meanDf2, c.df2, "E[f'^2]", mu, s);
        expectRel(g.pDead, c.dead, "P_dead", mu, s);
        expectRel(ge.meanF2(mu, s), c.f2, "E[f^2]", mu, s);
    }
}

TEST(GaussianStatsClosedForm, LeakyAndPRelu) {
    for (double a : {0.01, 0.1, 0.5}) {
        const std::vector<double> p{a};
        const GaussianExpectation leakyGe(act("leaky_relu"), p), preluGe(act("prelu"), p);
        for (const auto& [mu, s] : kInputs) {
            const Closed c = leaky(mu, s, a);
            for (const GaussianExpectation* ge : {&leakyGe, &preluGe}) {
                const GaussianStats g = ge->stats(mu, s);
                expectRel(g.meanF, c.f, "E[f]", mu, s, c.l1);
                expectRel(g.varF, c.var(), "Var[f]", mu, s);
                expectRel(g.meanDf, c.df, "E[f']", mu, s);
                expectRel(g.meanDf2, c.df2, "E[f'^2]", mu, s);
                EXPECT_EQ(g.pDead, 0.0);
            }
        }
    }
}

TEST(GaussianStatsClosedForm, EluAndSeluThroughTheMgf) {
    const double L = 1.0507009873554805, A = 1.6732632423543772;
    for (const auto& [id, lambda, alpha] : {std::tuple{"selu", L, A}, std::tuple{"selu", 2.0, 0.5},
                                            std::tuple{"elu", 1.0, 1.0}, std::tuple{"elu", 1.0, 2.5}}) {
        const std::vector<double> p =
            std::string(id) == "selu" ? std::vector<double>{lambda, alpha} : std::vector<double>{alpha};
        const GaussianExpectation ge(act(id), p);
        for (const auto& [mu, s] : kInputs) {
            if (s > 10.0) continue; // e^{2σ²}Φ(·) overflows long double's exp well before σ = 40
            const Closed c = selu(mu, s, lambda, alpha);
            const GaussianStats g = ge.stats(mu, s);
            expectRel(g.meanF, c.f, "E[f]", mu, s, c.l1);
            expectRel(g.varF, c.var(), "Var[f]", mu, s);
            expectRel(g.meanDf, c.df, "E[f']", mu, s);
            expectRel(g.meanDf2, c.df2, "E[f'^2]", mu, s);
            EXPECT_EQ(g.pDead, 0.0);
        }
    }
}

/// E[XΦ(X)] = μΦ(m) + σ²φ(m)/√(1 + σ²) and E[Φ(X) + Xφ(X)] = Φ(m) + μφ(m)/(1 + σ²)^{3/2}, m = μ/√(1 + σ²).
TEST(GaussianStatsClosedForm, Gelu) {
    const GaussianExpectation ge(act("gelu"), {});
    for (const auto& [mu, s] : kInputs) {
        const LD r = std::sqrt(1.0L + static_cast<LD>(s) * s), m = mu / r;
        const LD ef = mu * Phi(m) + static_cast<LD>(s) * s * phi(m) / r;
        const LD edf = Phi(m) + mu * phi(m) / (r * r * r);
        const GaussianStats g = ge.stats(mu, s);
        // E|XΦ(X)| ≤ E|X| ≤ |μ| + σ and |f′| ≤ 1.13 bound the masses.
        expectRel(g.meanF, ef, "E[f]", mu, s, std::fabs(mu) + s);
        expectRel(g.meanDf, edf, "E[f']", mu, s, 1.2L);
    }
}

/// Flat pieces: hardtanh is flat outside [lo, hi], threshold below θ, hardshrink inside [−λ, λ].
TEST(GaussianStatsClosedForm, DeadFractionOfFlatPieces) {
    for (const auto& [mu, s] : kInputs) {
        const LD lo = -2.0L, hi = 0.5L;
        const GaussianStats h = gaussianStats(act("hardtanh"), std::vector<double>{-2.0, 0.5}, mu, s);
        expectRel(h.pDead, Phi((lo - mu) / s) + Phi(-(hi - mu) / s), "hardtanh P_dead", mu, s);
        expectRel(h.meanDf, Phi((hi - mu) / s) - Phi((lo - mu) / s), "hardtanh E[f']", mu, s);
        const GaussianStats t = gaussianStats(act("threshold"), std::vector<double>{0.5, 2.0}, mu, s);
        expectRel(t.pDead, Phi((0.5L - mu) / s), "threshold P_dead", mu, s);
        const GaussianStats k = gaussianStats(act("hardshrink"), std::vector<double>{1.25}, mu, s);
        expectRel(k.pDead, Phi((1.25L - mu) / s) - Phi((-1.25L - mu) / s), "hardshrink P_dead", mu, s);
        // A flat piece that is not 0: SELU with λ = 0 is identically 0, ReLU6 is 6 above 6.
        EXPECT_EQ(gaussianStats(act("selu"), std::vector<double>{0.0, 1.0}, mu, s).pDead, 1.0);
    }
    // No flat piece where f′ vanishes only at points (the Gaussian bump at 0, Snake where sin(2ax) = −1).
    EXPECT_EQ(gaussianStats(act("gaussian"), {}, 0.0, 1.0).pDead, 0.0);
    EXPECT_EQ(gaussianStats(act("snake"), std::vector<double>{1.0}, 0.0, 1.0).pDead, 0.0);
}

TEST(GaussianStats, PointMassIsExact) {
    for (const Activation& a : catalogue()) {
        const std::vector<double> p = a.defaults();
        const GaussianExpectation ge(a, p);
        for (double x : {-3.0, -0.5, 0.0, 0.25, 1.0, 6.0}) {
            const Derivs d = a.at(x, p);
            const GaussianStats g = ge.stats(x, 0.0);
            EXPECT_EQ(g.meanF, d.f) << a.id << " at " << x;
            EXPECT_EQ(g.varF, 0.0);
            EXPECT_EQ(g.meanDf, d.df) << a.id << " at " << x;
            EXPECT_EQ(g.meanDf2, d.df * d.df);
            EXPECT_EQ(g.pDead, d.df == 0.0 ? 1.0 : 0.0) << a.id << " at " << x;
        }
    }
}

TEST(GaussianStats, RefusesBadInput) {
    const GaussianExpectation ge(act("tanh"), {});
    const double inf = std::numeric_limits<double>::infinity(),
                 nan = std::numeric_limits<double>::quiet_NaN();
    for (double s : {-1.0, -0.0 - 1e-300, inf, nan, 1e101})
        EXPECT_THROW((void)ge.stats(0.0, s), std::invalid_argument) << s;
    for (double mu : {inf, -inf, nan, 2e100})
        EXPECT_THROW((void)ge.stats(mu, 1.0), std::invalid_argument) << mu;
    EXPECT_THROW(GaussianExpectation(act("leaky_relu"), std::vector<double>{2.0}), std::invalid_argument);
    EXPECT_THROW(GaussianExpectation(act("leaky_relu"), std::vector<double>{}), std::invalid_argument);
}

/// Every catalogue function at its defaults (and other parameters) against mpmath.
TEST(GaussianStatsReference, Mpmath) {
    const std::vector<test::CsvRow> rows = test::readReference("gaussian_stats.csv");
    ASSERT_GT(rows.size(), 120U);
    std::size_t checked = 0;
    double worst = 0.0;
    for (const test::CsvRow& row : rows) {
        const Activation& a = act(row.at("id").c_str());
        const std::vector<double> p = row.numbers("params");
        const double mu = row.number("mean"), s = row.number("std");
        const GaussianStats g = gaussianStats(a, p, mu, s);
        const double l1f = row.number("L1_f"), l1df = row.number("L1_df");
        const auto check = [&](double got, const char* col, double mass) {
            const double want = row.number(col);
            const double err = std::fabs(got - want);
            const double bar = kRel * std::fabs(want) + 1e-15 * mass;
            if (std::fabs(want) > 1e-6 * mass) worst = std::max(worst, err / std::fabs(want));
            EXPECT_LE(err, bar) << a.id << " (" << row.at("params") << ") at mean " << mu << ", std " << s
                                << ": " << col << " = " << got << ", mpmath " << want;
            ++checked;
        };
        check(g.meanF, "E_f", l1f);
        // Var[f] from f values that are correct to an ulp: where f hardly varies around a large mean
        // (tanh at N(−12, 1): f ≈ −1, Var ≈ 1.7e-17) each f − E f carries an error of about ε|f|, so Var
        // is known to about ε·sd(f)·√E[f²]: that is its mass.
        const double var = row.number("Var_f"), ef = row.number("E_f");
        check(g.varF, "Var_f", std::sqrt(var * (var + ef * ef)));
        check(g.meanDf, "E_df", l1df);
        check(g.meanDf2, "E_df2", 0.0);
        check(g.pDead, "P_dead", 1e-4); // probabilities: 1e-19 absolute where the dead fraction is 0
    }
    std::printf("[ reference ] %zu values, worst relative error %.3g (where |value| > 1e-6 of its L1 mass)\n",
                checked, worst);
}

} // namespace
