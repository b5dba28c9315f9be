// SPDX-License-Identifier: GPL-3.0-or-later
/// Kink conventions: Side::Convention values against PyTorch's autograd (kinks/torch_kinks.csv, written
/// by kinks/generate_torch_kinks.py with torch in float64, double backward for f''), and hand-derived
/// conventions for the functions PyTorch does not have.
#include "golden_data.hpp"

#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>

namespace {

using namespace actlab;
using namespace actlab::test;

struct TorchRow {
    std::string id;
    std::vector<double> params;
    double x, q[3];
    std::string source;
    int line;
};

std::vector<TorchRow> readTorchKinks() {
    const std::string path = std::string(ACTLAB_TEST_DATA_DIR) + "/kinks/torch_kinks.csv";
    std::vector<TorchRow> rows;
    forEachCsvRow(path, [&](const std::vector<std::string>& f, int n) {
        if (f.size() < 7) throw std::runtime_error(path + ":" + std::to_string(n) + ": expected 7 fields");
        TorchRow r;
        r.id = f[0];
        if (!f[1].empty())
            for (const std::string& p : split(f[1], ';'))
                r.params.push_back(parseHex(p));
        r.x = parseHex(f[2]);
        for (int k = 0; k < 3; ++k)
            r.q[k] = parseHex(f[3 + k]);
        r.source = f[6];
        r.line = n;
        rows.push_back(std::move(r));
    });
    return rows;
}

/// Same branch as PyTorch: both exactly zero (either sign), or equal to 1e-6 relative. PyTorch's own
/// rounding is looser than ours in places (celu: α·(1/α)·e⁰ = 1 − 5e-8 at α = 0.001), while the
/// one-sided values at a kink differ by O(1) whenever they differ at all.
bool sameBranch(double ours, double torch) {
    if (torch == 0.0 || ours == 0.0) return ours == 0.0 && torch == 0.0;
    return std::fabs(ours - torch) <= 1e-6 * std::fabs(torch);
}

TEST(TorchKinks, ConventionMatchesPyTorchAutograd) {
    const std::vector<TorchRow> rows = readTorchKinks();
    ASSERT_GT(rows.size(), 100u);
    std::set<std::string> covered;
    static const char* names[3] = {"f", "f'", "f''"};
    for (const TorchRow& r : rows) {
        const Activation* a = findActivation(r.id);
        ASSERT_NE(a, nullptr) << r.id;
        ASSERT_FALSE(validate(*a, r.params).has_value()) << "torch_kinks.csv:" << r.line;
        covered.insert(r.id);
        const Derivs c = a->at(r.x, r.params, Side::Convention);
        const double ours[3] = {c.f, c.df, c.d2f};
        for (int k = 0; k < 3; ++k) {
            const std::string where = "torch_kinks.csv:" + std::to_string(r.line) + " " + r.id + " " +
                                      names[k] + " at x=" + hex(r.x) + " (" + r.source + ")";
            EXPECT_TRUE(sameBranch(ours[k], r.q[k])) << where << ": ours " << hex(ours[k]) << " (" << ours[k]
                                                     << "), torch " << hex(r.q[k]) << " (" << r.q[k] << ")";
        }
    }
    for (const char* id :
         {"relu", "relu6", "leaky_relu", "prelu", "rrelu", "elu", "celu", "selu", "softsign", "hardsigmoid",
          "hardswish", "hardtanh", "hardshrink", "softshrink", "threshold", "maxout"})
        EXPECT_TRUE(covered.count(id)) << "no PyTorch kink rows for " << id;
}

/// Every kink the catalogue lists for the torch parameter sets was probed by the generator.
TEST(TorchKinks, EveryListedKinkIsInTheTable) {
    const std::vector<TorchRow> rows = readTorchKinks();
    for (const TorchRow& r : rows) {
        if (r.id == "maxout") continue; // only exactly representable breakpoints were probed
        const Activation* a = findActivation(r.id);
        ASSERT_NE(a, nullptr);
        for (const Kink& k : a->kinks(r.params)) {
            bool found = false;
            for (const TorchRow& s : rows)
                found |= s.id == r.id && s.params == r.params && s.x == k.x;
            EXPECT_TRUE(found) << r.id << " kink at " << k.x << " not in torch_kinks.csv";
        }
    }
}

Derivs at(const char* id, std::vector<double> p, double x, Side side = Side::Convention) {
    const Activation* a = findActivation(id);
    EXPECT_NE(a, nullptr) << id;
    EXPECT_FALSE(validate(*a, p).has_value()) << id;
    return a->at(x, p, side);
}

void expectDerivs(const Derivs& d, double f, double df, double d2f, const std::string& what) {
    EXPECT_EQ(d.f, f) << what << " f";
    EXPECT_EQ(d.df, df) << what << " f'";
    EXPECT_EQ(d.d2f, d2f) << what << " f''";
}

/// Properties::smoothness agrees with the kink list: C^(m−1) where m is the lowest kink order, C∞ without
/// kinks (kink orders themselves are checked against the mpmath one-sided limits in test_golden).
TEST(KinkList, SmoothnessAgreesWithKinkOrders) {
    for (const Activation& a : catalogue()) {
        std::vector<std::vector<double>> sets = {a.defaults()};
        std::vector<double> lo, hi;
        for (const ParameterSpec& s : a.parameters)
            lo.push_back(s.min), hi.push_back(s.max);
        sets.push_back(lo);
        sets.push_back(hi);
        for (const GoldenRow& r : readGolden(std::string(a.id)))
            sets.push_back(r.params);
        for (const auto& p : sets) {
            if (validate(a, p)) continue;
            const std::vector<Kink> ks = a.kinks(p);
            int lowest = kSmooth + 1;
            for (const Kink& k : ks)
                lowest = std::min(lowest, k.order);
            const int expected = ks.empty() ? kSmooth : lowest - 1;
            EXPECT_EQ(a.properties(p).smoothness, expected)
                << a.id << " at parameters " << ::testing::PrintToString(p);
        }
    }
}

// ----- Hand-derived conventions (HELPERS.md) for functions PyTorch does not have -----

TEST(HandKinks, MaxoutLowestIndexTiedPiece) {
    // default k=2: pieces x and 0 tie at 0; piece 1 (w=1) has the lowest index.
    const std::vector<double> relu = {2, 1, 0, 0, 0, -1, 0, 0.5, 1};
    expectDerivs(at("maxout", relu, 0.0), 0, 1, 0, "maxout k=2 at 0 convention");
    expectDerivs(at("maxout", relu, 0.0, Side::Left), 0, 0, 0, "maxout k=2 at 0 left");
    expectDerivs(at("maxout", relu, 0.0, Side::Right), 0, 1, 0, "maxout k=2 at 0 right");
    // pieces 5, −5, 5x, −5x: at x=1 pieces 1 (w=0) and 3 (w=5) tie; at x=−1 pieces 1 (w=0) and 4 (w=−5).
    const std::vector<double> box = {4, 0, 5, 0, -5, 5, 0, -5, 0};
    expectDerivs(at("maxout", box, 1.0), 5, 0, 0, "box at 1 convention");
    expectDerivs(at("maxout", box, 1.0, Side::Left), 5, 0, 0, "box at 1 left");
    expectDerivs(at("maxout", box, 1.0, Side::Right), 5, 5, 0, "box at 1 right");
    expectDerivs(at("maxout", box, -1.0), 5, 0, 0, "box at -1 convention");
    expectDerivs(at("maxout", box, -1.0, Side::Left), 5, -5, 0, "box at -1 left");
    expectDerivs(at("maxout", box, -1.0, Side::Right), 5, 0, 0, "box at -1 right");
    // |x| as pieces (−x, x): lowest index is −x.
    const std::vector<double> absx = {2, -1, 0, 1, 0, 0, 0, 0, 0};
    expectDerivs(at("maxout", absx, 0.0), 0, -1, 0, "|x| at 0 convention");
    // one ulp away from a breakpoint the strict winner decides, also where the breakpoint (−2/3) is not a
    // double
    const std::vector<double> def4 = {4, 1, 0, 0, 0, -1, 0, 0.5, 1};
    const double bp = -2.0 / 3.0; // −x = 0.5x + 1 at −2/3
    EXPECT_EQ(at("maxout", def4, std::nextafter(bp, -1.0)).df, -1.0);
    EXPECT_EQ(at("maxout", def4, std::nextafter(bp, 1.0)).df, 0.5);
}

TEST(HandKinks, IsrluTakesTheNonNegativeBranchAtZero) {
    for (double alpha : {1.0, 0.5, 10.0}) {
        expectDerivs(at("isrlu", {alpha}, 0.0), 0, 1, 0, "isrlu at 0");
        // C²: the one-sided values agree (f''' jumps)
        expectDerivs(at("isrlu", {alpha}, 0.0, Side::Left), 0, 1, 0, "isrlu at 0 left");
        expectDerivs(at("isrlu", {alpha}, 0.0, Side::Right), 0, 1, 0, "isrlu at 0 right");
    }
}

TEST(HandKinks, SquareplusWithZeroBIsRelu) {
    expectDerivs(at("squareplus", {0.0}, 0.0), 0, 0, 0, "squareplus b=0 at 0");
    expectDerivs(at("squareplus", {0.0}, 0.0, Side::Left), 0, 0, 0, "left");
    expectDerivs(at("squareplus", {0.0}, 0.0, Side::Right), 0, 1, 0, "right");
}

TEST(HandKinks, SoftsignSecondDerivativeAtZero) {
    expectDerivs(at("softsign", {}, 0.0), 0, 1, 0, "softsign at 0 (sgn(0) = 0)");
    expectDerivs(at("softsign", {}, 0.0, Side::Left), 0, 1, 2, "softsign at 0 left");
    expectDerivs(at("softsign", {}, 0.0, Side::Right), 0, 1, -2, "softsign at 0 right");
}

TEST(HandKinks, HardswishCurrentPyTorch) {
    // current PyTorch (PR #148049): f'(−3) = 0, f'(3) = 1, f'' = 0 at both
    expectDerivs(at("hardswish", {}, -3.0), 0, 0, 0, "hardswish at -3");
    expectDerivs(at("hardswish", {}, 3.0), 3, 1, 0, "hardswish at 3");
    expectDerivs(at("hardswish", {}, -3.0, Side::Right), 0, -0.5, 1.0 / 3.0, "hardswish at -3 right");
    expectDerivs(at("hardswish", {}, 3.0, Side::Left), 3, 1.5, 1.0 / 3.0, "hardswish at 3 left");
}

TEST(HandKinks, SmoothFunctionsHaveNoSides) {
    const std::vector<std::pair<const char*, std::vector<double>>> smooth = {
        {"isru", {1.0}},  {"snake", {1.0}}, {"squareplus", {4.0}}, {"bent_identity", {}},
        {"gaussian", {}}, {"sinc", {}},     {"sigmoid", {}},       {"gelu", {}}};
    for (const auto& [id, p] : smooth) {
        const Activation* a = findActivation(id);
        ASSERT_NE(a, nullptr);
        EXPECT_TRUE(a->kinks(p).empty()) << id;
        for (double x : {0.0, -0.0, 1.0, -2.5}) {
            const Derivs c = a->at(x, p), l = a->at(x, p, Side::Left), r = a->at(x, p, Side::Right);
            EXPECT_TRUE(c.f == l.f && c.df == l.df && c.d2f == l.d2f && c.f == r.f && c.df == r.df &&
                        c.d2f == r.d2f)
                << id << " at " << x;
        }
    }
}

} // namespace
