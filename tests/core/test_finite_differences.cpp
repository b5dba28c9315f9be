// SPDX-License-Identifier: GPL-3.0-or-later
/// The analytic f' and f'' of every function against 8th-order central differences of the core's own f
/// and f', at seeded random points away from kinks, for the default, extreme and random parameter values.
/// The difference quotient is an independent oracle for the derivative formulas (not for f itself, which
/// the golden data checks).
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <sstream>
#include <string>

namespace {

using namespace actlab;

/// Length over which the function changes by O(1) near x (the finite-difference step is a small fraction
/// of it): Gaussian tails e^(−x²/2) vary on the scale 1/|x|, gelu_tanh's e^(−2u) on 1/(2u').
double lengthScale(const Activation& a, const std::vector<double>& p, double x) {
    const std::string_view id = a.id;
    if (id == "gelu" || id == "gaussian") return 1.0 / (1.0 + 2.0 * std::fabs(x));
    if (id == "gelu_tanh") return 1.0 / (1.0 + 1.6 * (1.0 + 0.134145 * x * x));
    if (id == "softplus" || id == "swish") return p[0] > 0 ? std::min(1.0, 1.0 / p[0]) : 1.0;
    if (id == "snake") return std::min(1.0, 1.0 / p[0]);
    if (id == "celu") return std::min(1.0, p[0]);
    if (id == "isru" || id == "isrlu") return p[0] > 0 ? std::min(1.0, 1.0 / std::sqrt(p[0])) : 1.0;
    if (id == "squareplus") return p[0] > 0 ? std::min(1.0, std::sqrt(p[0])) : 1.0;
    return 1.0;
}

/// Parameter sets: defaults, all at their minimum, all at their maximum, all at mid-range, and three
/// seeded random sets; those refused by validate() are dropped.
std::vector<std::vector<double>> parameterSets(const Activation& a, std::mt19937_64& rng) {
    std::vector<std::vector<double>> sets = {a.defaults()};
    if (a.parameters.empty()) return sets;
    std::vector<double> lo, hi, mid;
    for (const ParameterSpec& s : a.parameters) {
        lo.push_back(s.min);
        hi.push_back(s.max);
        mid.push_back(s.integer ? std::round(0.5 * (s.min + s.max)) : 0.5 * (s.min + s.max));
    }
    sets.insert(sets.end(), {lo, hi, mid});
    for (int r = 0; r < 3; ++r) {
        std::vector<double> p;
        for (const ParameterSpec& s : a.parameters) {
            const double v = std::uniform_real_distribution<double>(s.min, s.max)(rng);
            p.push_back(s.integer ? std::round(v) : v);
        }
        sets.push_back(p);
    }
    std::vector<std::vector<double>> valid;
    for (auto& p : sets)
        if (!validate(a, p)) valid.push_back(p);
    return valid;
}

std::string show(const std::vector<double>& p) {
    std::ostringstream s;
    s << "[";
    for (std::size_t i = 0; i < p.size(); ++i)
        s << (i ? ", " : "") << p[i];
    return s.str() + "]";
}

class FiniteDifferences : public ::testing::TestWithParam<std::string> {};

TEST_P(FiniteDifferences, AnalyticDerivativesMatch) {
    const Activation* a = findActivation(GetParam());
    ASSERT_NE(a, nullptr);
    std::mt19937_64 rng(0xAC71AB + std::hash<std::string>{}(GetParam()));
    // 8th-order central difference weights for offsets 1..4 (antisymmetric)
    static constexpr double w[4] = {4.0 / 5.0, -1.0 / 5.0, 4.0 / 105.0, -1.0 / 280.0};
    constexpr double eps = std::numeric_limits<double>::epsilon();
    int checked = 0, failures = 0;
    for (const std::vector<double>& p : parameterSets(*a, rng)) {
        const std::vector<Kink> kinks = a->kinks(p);
        std::uniform_real_distribution<double> lin(-20.0, 20.0), expo(-3.0, 3.0);
        for (int i = 0; i < 300; ++i) {
            double x = i % 3 == 2 ? std::copysign(std::pow(10.0, expo(rng)), lin(rng)) : lin(rng);
            // h: a power of two, a small fraction of the local length scale and of |x|
            const double h = std::exp2(std::floor(
                std::log2(std::min(lengthScale(*a, p, x) / 64.0, std::max(std::fabs(x) / 16.0, 0x1p-30)))));
            x = std::round(x / h) * h; // x ± k·h exact
            if (std::any_of(kinks.begin(), kinks.end(),
                            [&](const Kink& k) { return std::fabs(x - k.x) < 10 * h; }))
                continue;
            const Derivs d = a->at(x, p);
            double maxF = std::fabs(d.f), maxDf = std::fabs(d.df);
            // the quotients with steps h and 2h; their difference bounds the truncation error of the first
            auto quotients = [&](double step, double& q1, double& q2) {
                q1 = q2 = 0;
                for (int k = 1; k <= 4; ++k) {
                    const Derivs up = a->at(x + k * step, p), dn = a->at(x - k * step, p);
                    q1 += w[k - 1] * (up.f - dn.f);
                    q2 += w[k - 1] * (up.df - dn.df);
                    maxF = std::max({maxF, std::fabs(up.f), std::fabs(dn.f)});
                    maxDf = std::max({maxDf, std::fabs(up.df), std::fabs(dn.df)});
                }
                q1 /= step;
                q2 /= step;
            };
            double fd1, fd2, coarse1, coarse2;
            quotients(h, fd1, fd2);
            quotients(2 * h, coarse1, coarse2);
            // 1e-7 relative, plus the rounding noise of the difference quotient itself (relative, and in
            // subnormal steps where the values are subnormal)
            constexpr double step = std::numeric_limits<double>::denorm_min();
            const double tol1 =
                1e-7 * std::fabs(d.df) + 100 * eps * maxF / h + 4 * step / h + std::fabs(coarse1 - fd1);
            const double tol2 =
                1e-7 * std::fabs(d.d2f) + 100 * eps * maxDf / h + 4 * step / h + std::fabs(coarse2 - fd2);
            ++checked;
            if (!(std::fabs(fd1 - d.df) <= tol1) || !(std::fabs(fd2 - d.d2f) <= tol2)) {
                if (++failures <= 20)
                    ADD_FAILURE() << a->id << " params " << show(p) << " x=" << std::hexfloat << x
                                  << std::defaultfloat << " (" << x << ", h=" << h << "): f'=" << d.df
                                  << " FD " << fd1 << " (tol " << tol1 << "); f''=" << d.d2f << " FD " << fd2
                                  << " (tol " << tol2 << ")";
            }
        }
    }
    EXPECT_GT(checked, 250) << "too few points away from kinks";
    EXPECT_EQ(failures, 0);
}

std::vector<std::string> allIds() {
    std::vector<std::string> ids;
    for (const Activation& a : catalogue())
        ids.emplace_back(a.id);
    return ids;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, FiniteDifferences, ::testing::ValuesIn(allIds()),
                         [](const ::testing::TestParamInfo<std::string>& id) { return id.param; });

} // namespace
