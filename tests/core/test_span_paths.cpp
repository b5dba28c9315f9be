// SPDX-License-Identifier: GPL-3.0-or-later
/// The span evaluator takes shortcuts the scalar form must agree with: kernels with a fast path
/// (sinc and snake: branch-free sin/cos up to |x| = 65536, libm beyond; maxout: exact comparisons only
/// where pieces tie) evaluate a block through the fast path and redo the points outside its domain, and
/// maxout has a value-only path. These tests mix both kinds of points in spans longer than a block,
/// check every function's span (all three output modes) against its scalar form bit for bit, and check
/// the points beyond the golden data's ±1000 against mpmath values.
#include "actlab/catalogue.hpp"
#include "parameter_sets.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace {

using namespace actlab;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool sameBits(double u, double v) {
    return std::memcmp(&u, &v, sizeof u) == 0;
}

/// 1000 points: far outside the golden range, both sides of 65536, specials, and maxout's breakpoints.
std::vector<double> mixedInputs() {
    const double specials[] = {0.0,
                               -0.0,
                               1e-310,
                               -1e-310,
                               inf,
                               -inf,
                               nan,
                               65536.0,
                               -65536.0,
                               std::nextafter(65536.0, inf),
                               std::nextafter(-65536.0, -inf),
                               32768.0,
                               std::nextafter(32768.0, inf),
                               1e5,
                               -1e10,
                               1e300,
                               -std::numeric_limits<double>::max(),
                               -2.0,
                               2.0,
                               -1.0,
                               1.0,
                               -2.0 / 3.0,
                               4.0};
    std::vector<double> x;
    for (int i = 0; x.size() < 1000; ++i) {
        x.push_back(specials[i % std::size(specials)]);
        x.push_back(std::ldexp((i % 7) - 3.2, i % 40) * (i % 2 ? 1.0 : -1.0)); // up to ±4·2³⁹
        x.push_back(0.37 * i - 150.0);
    }
    return x;
}

TEST(SpanPaths, SpanEqualsScalarBitForBitAlsoBeyondTheGoldenRange) {
    const std::vector<double> x = mixedInputs();
    const std::size_t n = x.size();
    for (const Activation& a : catalogue()) {
        for (const auto& p : actlab::test::defaultAndExtremeParameters(a)) {
            std::vector<double> f(n), df(n), d2f(n), f1(n), f2(n), df2(n);
            a.evaluate(p, x, f, df, d2f);
            a.evaluate(p, x, f1);
            a.evaluate(p, x, f2, df2);
            int reported = 0;
            for (std::size_t i = 0; i < n && reported < 5; ++i) {
                const Derivs s = a.at(x[i], p);
                const bool ok = sameBits(s.f, f[i]) && sameBits(s.df, df[i]) && sameBits(s.d2f, d2f[i]) &&
                                sameBits(f1[i], f[i]) && sameBits(f2[i], f[i]) && sameBits(df2[i], df[i]);
                if (!ok) {
                    ++reported;
                    ADD_FAILURE() << a.id << " at x = " << x[i] << ": scalar (" << s.f << ", " << s.df << ", "
                                  << s.d2f << ") span (" << f[i] << ", " << df[i] << ", " << d2f[i]
                                  << ") value-only " << f1[i];
                }
            }
        }
    }
}

struct Reference {
    const char* id;
    std::vector<double> params;
    double x, f, df, d2f; ///< mpmath, 50 digits
};

/// sinc and snake on both sides of the fast path's limit and far beyond it, against mpmath
/// (sin(x)/x, (cos x − sinc x)/x, −sinc x − 2f'/x; x + sin²(ax)/a, 1 + sin 2ax, 2a·cos 2ax).
TEST(SpanPaths, SinAndCosBeyondTheGoldenRangeMatchMpmath) {
    const Reference refs[] = {
        {"sinc",
         {},
         65535.99999999999,
         0.000010560080777404409235,
         -0.000011014485336126805828,
         -0.000010559744641987657318},
        {"sinc",
         {},
         65536.0,
         0.000010560080777324268306,
         -0.000011014485336203638082,
         -0.000010559744641907514045},
        {"sinc",
         {},
         65536.00000000001,
         0.00001056008077716398645,
         -0.000011014485336357302591,
         -0.000010559744641747227499},
        {"sinc",
         {},
         -100000.0,
         3.5748797972016509316e-7,
         9.9936116492619217206e-6,
         -3.5728810748717985473e-7},
        {"sinc",
         {},
         10000000000.0,
         -4.8750602508751069153e-11,
         8.7311962272560660368e-11,
         4.8750602491288676698e-11},
        {"sinc",
         {},
         12345.678,
         -0.00005703059109053237838,
         0.000057524292250871382902,
         0.000057021272154423584455},
        {"snake", {2.0}, 32767.9, 32768.237576256834616, 0.063364324923785210729, -1.4012201093305699133},
        {"snake", {2.0}, 32768.1, 32768.243039639098922, 0.096146195925713938457, 1.7113657743939703102},
        {"snake", {2.0}, -1000000.0, -999999.78501936818257, 1.990140546404147224, 0.56030989092104062632},
        {"snake", {3.0}, 20000.5, 20000.516146873345479, 1.4293908539637160528, 5.4187125595627587478},
    };
    for (const Reference& r : refs) {
        const Activation* a = findActivation(r.id);
        ASSERT_NE(a, nullptr);
        const std::vector<double> p = r.params.empty() ? a->defaults() : r.params;
        const double x[1] = {r.x};
        double f[1], df[1], d2f[1];
        a->evaluate(p, x, f, df, d2f);
        // Relative 1e-12 is the catalogue's bar; these points come out within a few ulp.
        EXPECT_NEAR(f[0] / r.f, 1.0, 4e-15) << r.id << " f at " << r.x;
        EXPECT_NEAR(df[0] / r.df, 1.0, 4e-14) << r.id << " f' at " << r.x;
        EXPECT_NEAR(d2f[0] / r.d2f, 1.0, 4e-14) << r.id << " f'' at " << r.x;
    }
}

} // namespace
