// SPDX-License-Identifier: GPL-3.0-or-later
/// ±∞ inputs give the hand-derived limits of f, f', f'' (snake's f', f'' have none: NaN), and NaN inputs
/// propagate to all three outputs, for every function, side and evaluation path.
#include "actlab/catalogue.hpp"
#include "parameter_sets.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using namespace actlab;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

struct Limit {
    const char* id;
    std::vector<double> params;
    double x;           ///< +inf or -inf
    double f, df, d2f;  ///< the limits (NaN: no limit)
    bool negativeZeroF; ///< f must be exactly −0 (the limit is approached from below)
};

bool same(double got, double want) {
    if (std::isnan(want)) return std::isnan(got);
    return got == want; // ±0 compare equal; signs of zero checked separately where they matter
}

const double kSeluLambda = 1.0507009873554805, kSeluAlpha = 1.6732632423543772;
const std::vector<double> kMaxoutDefault = {2, 1, 0, 0, 0, -1, 0, 0.5, 1};
const std::vector<double> kMaxout4 = {4, 1, 0, 0, 0, -1, 0, 0.5, 1};

// Derived by hand from the definitions (HELPERS.md catalogue).
const std::vector<Limit> kLimits = {
    {"sigmoid", {}, inf, 1, 0, 0, false},
    {"sigmoid", {}, -inf, 0, 0, 0, false},
    {"tanh", {}, inf, 1, 0, 0, false},
    {"tanh", {}, -inf, -1, 0, 0, false},
    {"relu", {}, inf, inf, 1, 0, false},
    {"relu", {}, -inf, 0, 0, 0, false},
    {"relu6", {}, inf, 6, 0, 0, false},
    {"relu6", {}, -inf, 0, 0, 0, false},
    {"leaky_relu", {0.01}, inf, inf, 1, 0, false},
    {"leaky_relu", {0.01}, -inf, -inf, 0.01, 0, false},
    {"leaky_relu", {0.0}, -inf, 0, 0, 0, false}, // 0·x = 0 for every finite x
    {"prelu", {0.25}, -inf, -inf, 0.25, 0, false},
    {"prelu", {0.25}, inf, inf, 1, 0, false},
    {"prelu", {-1.0}, -inf, inf, -1, 0, false},
    {"prelu", {0.0}, -inf, 0, 0, 0, false},
    {"rrelu", {0.125, 0.3333333333333333}, -inf, -inf, 0.5 * 0.125 + 0.5 * 0.3333333333333333, 0, false},
    {"rrelu", {0.125, 0.3333333333333333}, inf, inf, 1, 0, false},
    {"elu", {1.0}, inf, inf, 1, 0, false},
    {"elu", {1.0}, -inf, -1, 0, 0, false},
    {"elu", {2.5}, -inf, -2.5, 0, 0, false},
    {"elu", {0.0}, -inf, 0, 0, 0, false},
    {"celu", {1.0}, -inf, -1, 0, 0, false},
    {"celu", {1.0}, inf, inf, 1, 0, false},
    {"celu", {0.001}, -inf, -0.001, 0, 0, false},
    {"celu", {10.0}, inf, inf, 1, 0, false},
    {"selu", {kSeluLambda, kSeluAlpha}, inf, inf, kSeluLambda, 0, false},
    {"selu", {kSeluLambda, kSeluAlpha}, -inf, -(kSeluLambda* kSeluAlpha), 0, 0, false},
    {"selu", {2.0, 0.5}, -inf, -1.0, 0, 0, false},
    {"gelu", {}, inf, inf, 1, 0, false},
    {"gelu", {}, -inf, -0.0, 0, 0, true},
    {"gelu_tanh", {}, inf, inf, 1, 0, false},
    {"gelu_tanh", {}, -inf, -0.0, 0, 0, true},
    {"silu", {}, inf, inf, 1, 0, false},
    {"silu", {}, -inf, -0.0, 0, 0, true},
    {"swish", {1.0}, -inf, -0.0, 0, 0, true},
    {"swish", {1.0}, inf, inf, 1, 0, false},
    {"swish", {10.0}, inf, inf, 1, 0, false},
    {"swish", {0.0}, inf, inf, 0.5, 0, false}, // β = 0: x/2
    {"swish", {0.0}, -inf, -inf, 0.5, 0, false},
    {"mish", {}, inf, inf, 1, 0, false},
    {"mish", {}, -inf, -0.0, 0, 0, true},
    {"softplus", {1.0}, inf, inf, 1, 0, false},
    {"softplus", {1.0}, -inf, 0, 0, 0, false},
    {"softplus", {100.0}, -inf, 0, 0, 0, false},
    {"softplus", {0.01}, inf, inf, 1, 0, false},
    {"squareplus", {4.0}, inf, inf, 1, 0, false},
    {"squareplus", {4.0}, -inf, 0, 0, 0, false},
    {"squareplus", {0.0}, -inf, 0, 0, 0, false},
    {"softsign", {}, inf, 1, 0, 0, false},
    {"softsign", {}, -inf, -1, 0, 0, false},
    {"log_sigmoid", {}, inf, 0, 0, 0, false},
    {"log_sigmoid", {}, -inf, -inf, 1, 0, false},
    {"hardsigmoid", {}, inf, 1, 0, 0, false},
    {"hardsigmoid", {}, -inf, 0, 0, 0, false},
    {"hardswish", {}, inf, inf, 1, 0, false},
    {"hardswish", {}, -inf, 0, 0, 0, false},
    {"hardtanh", {-1.0, 1.0}, inf, 1, 0, 0, false},
    {"hardtanh", {-1.0, 1.0}, -inf, -1, 0, 0, false},
    {"hardtanh", {-2.0, 0.5}, -inf, -2, 0, 0, false},
    {"hardshrink", {0.5}, inf, inf, 1, 0, false},
    {"hardshrink", {0.5}, -inf, -inf, 1, 0, false},
    {"softshrink", {0.5}, inf, inf, 1, 0, false},
    {"softshrink", {0.5}, -inf, -inf, 1, 0, false},
    {"tanhshrink", {}, inf, inf, 1, 0, false},
    {"tanhshrink", {}, -inf, -inf, 1, 0, false},
    {"threshold", {1.0, 0.0}, inf, inf, 1, 0, false},
    {"threshold", {1.0, 0.0}, -inf, 0, 0, 0, false},
    {"threshold", {-3.0, 5.0}, -inf, 5, 0, 0, false},
    {"maxout", kMaxoutDefault, inf, inf, 1, 0, false},
    {"maxout", kMaxoutDefault, -inf, 0, 0, 0, false},
    {"maxout", kMaxout4, inf, inf, 1, 0, false},   // steepest piece x
    {"maxout", kMaxout4, -inf, inf, -1, 0, false}, // shallowest piece −x
    {"maxout", {1, 0, 2.5, 0, 0, 0, 0, 0, 0}, inf, 2.5, 0, 0, false},
    {"isru", {1.0}, inf, 1, 0, 0, false},
    {"isru", {1.0}, -inf, -1, 0, 0, false},
    {"isru", {4.0}, inf, 0.5, 0, 0, false},
    {"isru", {0.0}, -inf, -inf, 1, 0, false},
    {"isrlu", {1.0}, inf, inf, 1, 0, false},
    {"isrlu", {1.0}, -inf, -1, 0, 0, false},
    {"bent_identity", {}, inf, inf, 1.5, 0, false},
    {"bent_identity", {}, -inf, -inf, 0.5, 0, false},
    {"gaussian", {}, inf, 0, 0, 0, false},
    {"gaussian", {}, -inf, 0, 0, 0, false},
    {"sinc", {}, inf, 0, 0, 0, false},
    {"sinc", {}, -inf, 0, 0, 0, false},
    {"snake", {1.0}, inf, inf, nan, nan, false},
    {"snake", {1.0}, -inf, -inf, nan, nan, false},
    {"snake", {0.01}, -inf, -inf, nan, nan, false},
};

TEST(NonFinite, InfinityGivesTheLimits) {
    for (const Limit& l : kLimits) {
        const Activation* a = findActivation(l.id);
        ASSERT_NE(a, nullptr) << l.id;
        ASSERT_FALSE(validate(*a, l.params).has_value()) << l.id;
        for (Side side : {Side::Convention, Side::Left, Side::Right}) {
            const Derivs d = a->at(l.x, l.params, side);
            EXPECT_TRUE(same(d.f, l.f)) << l.id << " f(" << l.x << ") = " << d.f << ", limit " << l.f;
            EXPECT_TRUE(same(d.df, l.df)) << l.id << " f'(" << l.x << ") = " << d.df << ", limit " << l.df;
            EXPECT_TRUE(same(d.d2f, l.d2f))
                << l.id << " f''(" << l.x << ") = " << d.d2f << ", limit " << l.d2f;
            if (l.negativeZeroF) {
                EXPECT_TRUE(std::signbit(d.f)) << l.id << " f(" << l.x << ") must be -0";
            }
        }
        // and through the span evaluator
        const double x[1] = {l.x};
        double f[1], df[1], d2f[1];
        a->evaluate(l.params, x, f, df, d2f);
        EXPECT_TRUE(same(f[0], l.f) && same(df[0], l.df) && same(d2f[0], l.d2f))
            << l.id << " span at " << l.x;
    }
}

TEST(NonFinite, EveryFunctionHasBothLimitsListed) {
    for (const Activation& a : catalogue()) {
        bool plus = false, minus = false;
        for (const Limit& l : kLimits)
            if (a.id == l.id && l.params == a.defaults()) (l.x > 0 ? plus : minus) = true;
        EXPECT_TRUE(plus && minus) << a.id << ": limits at the default parameters are not both listed";
    }
}

/// Valid but extreme parameter values must not turn underflow into NaN or 0·∞ (hand-derived values).
TEST(NonFinite, ExtremeParametersStayFinite) {
    const double tiny = std::numeric_limits<double>::denorm_min();
    // celu with α → 0: for x < 0, f = α·expm1(x/α) = −α, f' = e^(x/α) = 0, f'' = e^(x/α)/α = 0 (underflow)
    for (double alpha : {1e-300, tiny, 1e-10}) {
        const Derivs d = findActivation("celu")->at(-1.0, std::vector<double>{alpha});
        EXPECT_EQ(d.f, -alpha) << alpha;
        EXPECT_EQ(d.df, 0.0) << alpha;
        EXPECT_EQ(d.d2f, 0.0) << alpha;
    }
    // squareplus with subnormal b at x < 0: f = b/(2(√(x²+b) − x)) = (√b/2)/(1 + |x|/√b) for x² ≪ b
    {
        const double b = tiny, x = -1e-170;
        const Derivs d = findActivation("squareplus")->at(x, std::vector<double>{b});
        const double s = std::sqrt(b);
        EXPECT_NEAR(d.f / (0.5 * s), 1.0 / (1.0 - x / s), 1e-15);
        EXPECT_NEAR(d.df, 0.5 * (1.0 + x / s), 1e-15); // ½(1 + x/√(x²+b))
    }
    // isru with a subnormal α: f'' = −3αx(1+αx²)^(−5/2) = −3αx
    EXPECT_EQ(findActivation("isru")->at(-1000.0, std::vector<double>{tiny}).d2f, 3000.0 * tiny);
    // leaky_relu with a subnormal slope
    EXPECT_EQ(findActivation("leaky_relu")->at(-1000.0, std::vector<double>{tiny}).f, -1000.0 * tiny);
}

TEST(NonFinite, NaNPropagates) {
    for (const Activation& a : catalogue()) {
        for (const auto& p : actlab::test::defaultAndExtremeParameters(a)) {
            for (double n : {nan, -nan}) {
                for (Side side : {Side::Convention, Side::Left, Side::Right}) {
                    const Derivs d = a.at(n, p, side);
                    EXPECT_TRUE(std::isnan(d.f) && std::isnan(d.df) && std::isnan(d.d2f)) << a.id;
                }
                const double x[3] = {1.0, n, -1.0};
                double f[3], df[3], d2f[3], fOnly[3];
                a.evaluate(p, x, f, df, d2f);
                a.evaluate(p, x, fOnly);
                EXPECT_TRUE(std::isnan(f[1]) && std::isnan(df[1]) && std::isnan(d2f[1]) &&
                            std::isnan(fOnly[1]))
                    << a.id << " span";
                EXPECT_FALSE(std::isnan(f[0]) || std::isnan(f[2]) || std::isnan(df[0]) || std::isnan(d2f[2]))
                    << a.id << ": NaN leaked into neighbouring elements";
            }
        }
    }
}

} // namespace
