// SPDX-License-Identifier: GPL-3.0-or-later
/// Every catalogue function, f, f' and f'', against the mpmath reference values in golden/data/<id>.csv,
/// with the numerical bar of issue 2. Non-kink rows go through the span evaluator, kink rows through the
/// point evaluator with the row's side. A summary test writes the worst errors in ULP per function and
/// order to golden_ulp.md in the build directory.
#include "golden_data.hpp"

#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace {

using namespace actlab;
using namespace actlab::test;

Side sideOf(char c) {
    switch (c) {
    case 'L':
        return Side::Left;
    case 'R':
        return Side::Right;
    default:
        return Side::Convention;
    }
}

/// Worst errors of one function, per order.
struct Stats {
    std::size_t rows = 0;
    std::size_t nearZeroRows = 0;
    double maxUlp[3] = {0, 0, 0}; ///< over rows where the relative bar applies
    double maxUlpX[3] = {0, 0, 0};
    std::string maxUlpParams[3];
    double maxScaled[3] = {0, 0, 0}; ///< over near-zero rows: |error| / (ε·local scale)
    double maxSubnormalSteps = 0;    ///< over rows whose exact value is subnormal or underflows
    std::size_t subnormalValues = 0;
    std::vector<std::string> failures;
    std::size_t failureCount = 0;
};

/// Evaluates every row of one function's golden file and judges each value.
Stats runGolden(const std::string& id) {
    const Activation* a = findActivation(id);
    Stats st;
    if (a == nullptr) {
        st.failures.push_back("unknown id " + id);
        st.failureCount = 1;
        return st;
    }
    const std::vector<GoldenRow> rows = readGolden(id);
    st.rows = rows.size();

    // C rows: one span evaluation per parameter set.
    std::vector<Derivs> got(rows.size());
    std::map<std::string, std::vector<std::size_t>> byParams;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].side == 'C')
            byParams[rows[i].paramText].push_back(i);
        else
            got[i] = a->at(rows[i].x, rows[i].params, sideOf(rows[i].side));
    }
    for (const auto& [text, idx] : byParams) {
        const std::vector<double>& params = rows[idx.front()].params;
        if (auto err = validate(*a, params)) {
            st.failures.push_back("golden parameter set " + text + " is refused: " + err->message);
            ++st.failureCount;
            continue;
        }
        std::vector<double> x, f(idx.size()), df(idx.size()), d2f(idx.size());
        for (std::size_t i : idx)
            x.push_back(rows[i].x);
        a->evaluate(params, x, f, df, d2f);
        for (std::size_t j = 0; j < idx.size(); ++j)
            got[idx[j]] = {f[j], df[j], d2f[j]};
    }

    static const char* names[3] = {"f", "f'", "f''"};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const GoldenRow& r = rows[i];
        const double vals[3] = {got[i].f, got[i].df, got[i].d2f};
        bool anyNear = false;
        for (int k = 0; k < 3; ++k) {
            const Verdict v = judge(r.q[k], vals[k], r.scale[k]);
            anyNear |= v.nearZero;
            if (v.subnormal || r.q[k].kind == Expected::Underflow) {
                ++st.subnormalValues;
                st.maxSubnormalSteps = std::max(st.maxSubnormalSteps, v.ulps);
            } else if (v.nearZero)
                st.maxScaled[k] = std::max(st.maxScaled[k], v.scaledErr);
            else if (v.ulps > st.maxUlp[k]) {
                st.maxUlp[k] = v.ulps;
                st.maxUlpX[k] = r.x;
                st.maxUlpParams[k] = r.paramText;
            }
            if (!v.ok) {
                ++st.failureCount;
                if (st.failures.size() < 40) {
                    std::ostringstream m;
                    m << id << ".csv:" << r.line << " " << names[k] << " params=[" << r.paramText
                      << "] x=" << hex(r.x) << " side=" << r.side << ": got " << hex(vals[k]) << " ("
                      << vals[k] << ") expected "
                      << (r.q[k].kind == Expected::Value || r.q[k].kind == Expected::Overflow
                              ? hex(r.q[k].v)
                              : (r.q[k].kind == Expected::ExactZero ? "exact 0" : "underflow"))
                      << " (" << r.q[k].v << "), " << v.ulps << " ulp, local scale " << r.scale[k] << " — "
                      << v.why;
                    st.failures.push_back(m.str());
                }
            }
        }
        st.nearZeroRows += anyNear;
    }
    return st;
}

std::vector<std::string> allIds() {
    std::vector<std::string> ids;
    for (const Activation& a : catalogue())
        ids.emplace_back(a.id);
    return ids;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesMpmathReference) {
    const Stats st = runGolden(GetParam());
    EXPECT_GT(st.rows, 100u) << "too few golden rows";
    for (const std::string& m : st.failures)
        ADD_FAILURE() << m;
    EXPECT_EQ(st.failureCount, 0u) << "values off the bar (first 40 listed)";
    std::printf("%-14s rows %5zu; near-zero rows %zu (max err %g, %g, %g eps*scale); %zu subnormal/underflow "
                "values, max %g steps\n",
                GetParam().c_str(), st.rows, st.nearZeroRows, st.maxScaled[0], st.maxScaled[1],
                st.maxScaled[2], st.subnormalValues, st.maxSubnormalSteps);
    for (int k = 0; k < 3; ++k)
        std::printf("  order %d: max %g ULP at x = %a params [%s]\n", k, st.maxUlp[k], st.maxUlpX[k],
                    st.maxUlpParams[k].c_str());
}

/// evaluateSpan (all three output modes) and the scalar form agree bit for bit at every golden x and
/// parameter set, including −0.
TEST_P(Golden, SpanAndScalarAgreeBitForBit) {
    const Activation* a = findActivation(GetParam());
    ASSERT_NE(a, nullptr);
    const std::vector<GoldenRow> rows = readGolden(GetParam());
    std::map<std::string, std::vector<double>> xs;
    std::map<std::string, std::vector<double>> ps;
    for (const GoldenRow& r : rows) {
        xs[r.paramText].push_back(r.x);
        ps[r.paramText] = r.params;
    }
    auto same = [](double u, double v) { return std::memcmp(&u, &v, sizeof u) == 0; };
    int reported = 0;
    for (auto& [text, x] : xs) {
        const std::vector<double>& p = ps[text];
        const std::size_t n = x.size();
        std::vector<double> f(n), df(n), d2f(n), f1(n), f2(n), df2(n);
        a->evaluate(p, x, f, df, d2f);
        a->evaluate(p, x, f1);
        a->evaluate(p, x, f2, df2);
        for (std::size_t i = 0; i < n; ++i) {
            const Derivs s = a->at(x[i], p, Side::Convention);
            const bool ok = same(s.f, f[i]) && same(s.df, df[i]) && same(s.d2f, d2f[i]) &&
                            same(f1[i], f[i]) && same(f2[i], f[i]) && same(df2[i], df[i]);
            if (!ok && reported++ < 20)
                ADD_FAILURE() << GetParam() << " params=[" << text << "] x=" << hex(x[i]) << ": scalar ("
                              << hex(s.f) << ", " << hex(s.df) << ", " << hex(s.d2f) << ") span ("
                              << hex(f[i]) << ", " << hex(df[i]) << ", " << hex(d2f[i]) << ") value-only "
                              << hex(f1[i]) << " f+f' (" << hex(f2[i]) << ", " << hex(df2[i]) << ")";
        }
    }
    EXPECT_EQ(reported, 0);
}

/// The catalogue's kink list against the reference: every x where the data has one-sided rows with
/// different limits is a listed kink with the right order (lowest derivative that jumps; 3 when only f''
/// has a corner), and every listed kink inside [−1000, 1000] has one-sided rows (maxout: only breakpoints
/// that are doubles have them). Away from kinks the one-sided evaluations equal the convention bit for bit.
TEST_P(Golden, KinksMatchTheReference) {
    const Activation* a = findActivation(GetParam());
    ASSERT_NE(a, nullptr);
    const std::vector<GoldenRow> rows = readGolden(GetParam());
    struct Sides {
        const GoldenRow* left = nullptr;
        const GoldenRow* right = nullptr;
    };
    std::map<std::pair<std::string, double>, Sides> sided;
    std::map<std::string, std::vector<double>> params;
    int reported = 0;
    for (const GoldenRow& r : rows) {
        params[r.paramText] = r.params;
        if (r.side == 'L') sided[{r.paramText, r.x}].left = &r;
        if (r.side == 'R') sided[{r.paramText, r.x}].right = &r;
        if (r.side == 'C') {
            const Derivs c = a->at(r.x, r.params), lft = a->at(r.x, r.params, Side::Left),
                         rgt = a->at(r.x, r.params, Side::Right);
            auto same = [](double u, double v) { return std::memcmp(&u, &v, sizeof u) == 0; };
            if (!(same(c.f, lft.f) && same(c.df, lft.df) && same(c.d2f, lft.d2f) && same(c.f, rgt.f) &&
                  same(c.df, rgt.df) && same(c.d2f, rgt.d2f)) &&
                reported++ < 10)
                ADD_FAILURE() << GetParam() << " params=[" << r.paramText << "] x=" << hex(r.x)
                              << " is not a kink but the one-sided values differ from the convention";
        }
    }
    for (const auto& [key, s] : sided) {
        ASSERT_TRUE(s.left && s.right) << "incomplete kink rows at " << key.second;
        auto differs = [](const Expected& u, const Expected& v) { return u.v != v.v; }; // as doubles
        int order = 3;
        for (int k = 2; k >= 0; --k)
            if (differs(s.left->q[k], s.right->q[k])) order = k;
        const std::vector<Kink> listed = a->kinks(s.left->params);
        const auto it =
            std::find_if(listed.begin(), listed.end(), [&](const Kink& k) { return k.x == key.second; });
        if (order == 3 && it == listed.end()) continue; // smooth there (e.g. leaky_relu with slope 1)
        if (it == listed.end()) {
            ADD_FAILURE() << GetParam() << " params=[" << key.first << "]: order-" << order << " kink at "
                          << hex(key.second) << " is not listed";
            continue;
        }
        if (order < 3 || GetParam() == "isrlu") {
            EXPECT_EQ(it->order, order)
                << GetParam() << " params=[" << key.first << "] kink at " << hex(key.second);
        }
    }
    if (GetParam() == "maxout") return;
    for (const auto& [text, p] : params)
        for (const Kink& k : a->kinks(p)) {
            if (std::fabs(k.x) <= 1000.0) {
                EXPECT_TRUE(sided.count({text, k.x}))
                    << GetParam() << " params=[" << text << "]: listed kink at " << hex(k.x)
                    << " has no one-sided reference rows";
            }
        }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, Golden, ::testing::ValuesIn(allIds()),
                         [](const ::testing::TestParamInfo<std::string>& id) { return id.param; });

TEST(GoldenData, EveryCatalogueIdHasAFile) {
    for (const Activation& a : catalogue()) {
        std::ifstream in(goldenPath(std::string(a.id)));
        EXPECT_TRUE(in.good()) << "missing " << goldenPath(std::string(a.id));
    }
}

std::string fmtUlp(double u) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", u);
    return buf;
}

std::string fmtScaled(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2g", s);
    return buf;
}

/// Writes the ULP table (golden_ulp.md in the build directory) and prints it. It also fails if any
/// function fails, so the table is only ever produced from passing data.
TEST(GoldenData, UlpTable) {
    std::ostringstream md;
    md << "| id | rows | f max ULP | f′ max ULP | f″ max ULP | subnormal results: max steps | near-zero rows "
          "| "
          "near zeros: max error / (ε·scale) f, f′, f″ |\n"
       << "|---|---:|---:|---:|---:|---:|---:|---|\n";
    double worst[3] = {0, 0, 0};
    std::size_t total = 0, failures = 0;
    for (const std::string& id : allIds()) {
        const Stats st = runGolden(id);
        total += st.rows;
        failures += st.failureCount;
        for (int k = 0; k < 3; ++k)
            worst[k] = std::max(worst[k], st.maxUlp[k]);
        md << "| " << id << " | " << st.rows << " | " << fmtUlp(st.maxUlp[0]) << " | " << fmtUlp(st.maxUlp[1])
           << " | " << fmtUlp(st.maxUlp[2]) << " | "
           << (st.subnormalValues ? fmtUlp(st.maxSubnormalSteps) : std::string("—")) << " | "
           << st.nearZeroRows << " | "
           << (st.nearZeroRows ? fmtScaled(st.maxScaled[0]) + ", " + fmtScaled(st.maxScaled[1]) + ", " +
                                     fmtScaled(st.maxScaled[2])
                               : std::string("—"))
           << " |\n";
    }
    md << "| **all** | " << total << " | " << fmtUlp(worst[0]) << " | " << fmtUlp(worst[1]) << " | "
       << fmtUlp(worst[2]) << " | | | |\n";
    const std::string path = std::string(ACTLAB_TEST_BINARY_DIR) + "/golden_ulp.md";
    std::ofstream(path) << md.str();
    std::printf("%s\n(written to %s)\n", md.str().c_str(), path.c_str());
    EXPECT_EQ(failures, 0u);
}

} // namespace
