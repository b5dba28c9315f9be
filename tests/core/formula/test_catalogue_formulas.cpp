// SPDX-License-Identifier: GPL-3.0-or-later
/// Issue 12's acceptance: the catalogue functions with closed forms, typed as formulas the way a user
/// would (unstable forms included: the rewrites must make them stable), agree with the catalogue within
/// 1e-9 relative (4ε·|x·q'(x)| near zeros, 1e-300 absolute in the underflow range) over [−50, 50] for f,
/// f' and f'', and give no NaN or inf where the catalogue is finite over [−1e3, 1e3].
#include "formula_test_support.hpp"

#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace actlab;
using namespace actlab::formula;
using namespace actlab::formula::test;

struct Typed {
    const char* id;
    const char* text;
    std::vector<double> catalogueParams; ///< empty: the catalogue defaults
    std::vector<double> formulaParams;   ///< in the formula's parameter order
};

void PrintTo(const Typed& t, std::ostream* os) {
    *os << t.id << " as " << t.text;
}

class TypedCatalogue : public ::testing::TestWithParam<Typed> {
  protected:
    struct Setup {
        const Activation* a;
        std::vector<double> cp, fp;
        Formula f;
    };
    static Setup setup(const Typed& t) {
        const Activation* a = findActivation(t.id);
        EXPECT_NE(a, nullptr) << t.id;
        Formula f = parseOrFail(t.text);
        std::vector<double> cp = t.catalogueParams.empty() ? a->defaults() : t.catalogueParams;
        std::vector<double> fp = t.formulaParams;
        EXPECT_EQ(fp.size(), f.parameterNames().size()) << t.text;
        return {a, std::move(cp), std::move(fp), std::move(f)};
    }
    /// Points of [lo, hi] that are not kinks of the catalogue function (values at a kink follow conventions).
    static std::vector<double> grid(const Activation& a, const std::vector<double>& cp, double lo, double hi,
                                    std::size_t n) {
        const std::vector<Kink> kinks = a.kinks(cp);
        std::vector<double> xs;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n - 1);
            bool atKink = false;
            for (const Kink& k : kinks)
                atKink = atKink || k.x == x;
            if (!atKink) xs.push_back(x);
        }
        return xs;
    }
};

TEST_P(TypedCatalogue, AgreesOverMinus50To50) {
    const Setup s = setup(GetParam());
    // 4001 uniform points and the awkward ones near 0
    std::vector<double> xs = grid(*s.a, s.cp, -50, 50, 4001);
    for (double x : {1e-300, -1e-300, 1e-12, -1e-12, 1e-5, -1e-5, 0.3, -0.3})
        xs.push_back(x);
    const std::size_t n = xs.size();
    std::vector<double> f(n), df(n), d2f(n), cf(n), cdf(n), cd2f(n);
    s.f.evaluate(s.fp, xs, f, df, d2f);
    s.a->evaluate(s.cp, xs, cf, cdf, cd2f);
    int failures = 0;
    for (std::size_t i = 0; i < n && failures < 10; ++i) {
        const double x = xs[i];
        // the slope of f'' (for its local scale) by a central difference of the catalogue's f''
        const double h = 1e-5 * std::max(1.0, std::fabs(x));
        const double third = (s.a->at(x + h, s.cp).d2f - s.a->at(x - h, s.cp).d2f) / (2 * h);
        const double got[3] = {f[i], df[i], d2f[i]}, want[3] = {cf[i], cdf[i], cd2f[i]};
        const double slope[3] = {cdf[i], cd2f[i], third};
        for (int k = 0; k < 3; ++k)
            if (!withinBar(got[k], want[k], x, slope[k])) {
                ++failures;
                ADD_FAILURE() << GetParam().text << " order " << k << " at x = " << x << ": formula "
                              << got[k] << ", catalogue " << want[k] << " (rel "
                              << std::fabs(got[k] - want[k]) / std::fabs(want[k]) << ")";
            }
    }
}

TEST_P(TypedCatalogue, FiniteWhereTheCatalogueIsOverMinus1000To1000) {
    const Setup s = setup(GetParam());
    std::vector<double> xs = grid(*s.a, s.cp, -1000, 1000, 20001);
    for (double x : {-745.2, -745.1, -709.8, -708.4, 708.4, 709.8, 710.5, -37.5, 37.5, 19.1, -19.1})
        xs.push_back(x);
    const std::size_t n = xs.size();
    std::vector<double> f(n), df(n), d2f(n), cf(n), cdf(n), cd2f(n);
    s.f.evaluate(s.fp, xs, f, df, d2f);
    s.a->evaluate(s.cp, xs, cf, cdf, cd2f);
    int failures = 0;
    for (std::size_t i = 0; i < n && failures < 10; ++i) {
        const double got[3] = {f[i], df[i], d2f[i]}, want[3] = {cf[i], cdf[i], cd2f[i]};
        for (int k = 0; k < 3; ++k)
            if (std::isfinite(want[k]) && !std::isfinite(got[k])) {
                ++failures;
                ADD_FAILURE() << GetParam().text << " order " << k << " at x = " << xs[i] << ": " << got[k]
                              << " where the catalogue gives " << want[k];
            }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Issue12, TypedCatalogue,
    ::testing::Values(
        Typed{"sigmoid", "1/(1 + exp(-x))", {}, {}}, Typed{"sigmoid", "sigmoid(x)", {}, {}},
        Typed{"tanh", "tanh(x)", {}, {}}, Typed{"softplus", "log(1 + exp(beta*x))/beta", {}, {1.0}},
        Typed{"softplus", "log(1 + exp(beta*x))/beta", {2.5}, {2.5}},
        Typed{"softplus", "softplus(x)", {}, {}},
        Typed{"elu", "where(x > 0, x, alpha*(exp(x) - 1))", {}, {1.0}},
        Typed{"elu", "where(x > 0, x, alpha*(exp(x) - 1))", {0.5}, {0.5}},
        Typed{"selu",
              "lambda*where(x > 0, x, alpha*(exp(x) - 1))",
              {},
              {1.0507009873554805, 1.6732632423543772}},
        Typed{"gelu", "0.5*x*(1 + erf(x/sqrt(2)))", {}, {}}, Typed{"gelu", "x/2*erfc(-x/sqrt(2))", {}, {}},
        Typed{"silu", "x/(1 + exp(-x))", {}, {}}, Typed{"silu", "x*sigmoid(x)", {}, {}},
        Typed{"swish", "x*sigmoid(beta*x)", {1.7}, {1.7}}, Typed{"swish", "x/(1 + exp(-beta*x))", {}, {1.0}},
        Typed{"mish", "x*tanh(log(1 + exp(x)))", {}, {}}, Typed{"mish", "x*tanh(softplus(x))", {}, {}},
        Typed{"softsign", "x/(1 + abs(x))", {}, {}}, Typed{"log_sigmoid", "-log(1 + exp(-x))", {}, {}},
        Typed{"log_sigmoid", "log(sigmoid(x))", {}, {}}));

} // namespace
