// SPDX-License-Identifier: GPL-3.0-or-later
/// Parameter validation through validate(): wrong count, NaN/±inf, out of the declared range, a
/// non-integer maxout k, and the cross-parameter constraints (rrelu lower <= upper, hardtanh
/// min_val < max_val, celu alpha != 0). Messages name the parameter and what is allowed.
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using namespace actlab;

const Activation& get(const char* id) {
    const Activation* a = findActivation(id);
    EXPECT_NE(a, nullptr) << id;
    return *a;
}

bool contains(const std::string& s, std::string_view part) {
    return s.find(part) != std::string::npos;
}

TEST(Validation, DefaultsAreValid) {
    for (const Activation& a : catalogue())
        EXPECT_FALSE(validate(a, a.defaults()).has_value()) << a.id;
}

TEST(Validation, WrongCount) {
    for (const Activation& a : catalogue()) {
        std::vector<double> more = a.defaults();
        more.push_back(0.0);
        auto e = validate(a, more);
        ASSERT_TRUE(e.has_value()) << a.id;
        EXPECT_EQ(e->kind, ParamErrorKind::WrongCount) << a.id;
        if (!a.parameters.empty()) {
            std::vector<double> fewer = a.defaults();
            fewer.pop_back();
            e = validate(a, fewer);
            ASSERT_TRUE(e.has_value()) << a.id;
            EXPECT_EQ(e->kind, ParamErrorKind::WrongCount) << a.id;
        }
    }
}

TEST(Validation, NotFiniteAndOutOfRangeForEveryParameter) {
    const double inf = std::numeric_limits<double>::infinity();
    int checked = 0;
    for (const Activation& a : catalogue()) {
        for (std::size_t i = 0; i < a.parameters.size(); ++i) {
            const ParameterSpec& s = a.parameters[i];
            for (double bad : {std::numeric_limits<double>::quiet_NaN(), inf, -inf}) {
                std::vector<double> p = a.defaults();
                p[i] = bad;
                const auto e = validate(a, p);
                ASSERT_TRUE(e.has_value()) << a.id << " " << s.name << " = " << bad;
                EXPECT_EQ(e->kind, ParamErrorKind::NotFinite) << a.id << " " << s.name;
                EXPECT_EQ(e->index, static_cast<int>(i));
                EXPECT_TRUE(contains(e->message, s.name)) << e->message;
            }
            for (double bad :
                 {std::nextafter(s.min, -inf), std::nextafter(s.max, inf), s.min - 1.0, s.max + 1.0}) {
                std::vector<double> p = a.defaults();
                p[i] = bad;
                const auto e = validate(a, p);
                ASSERT_TRUE(e.has_value()) << a.id << " " << s.name << " = " << bad;
                EXPECT_EQ(e->kind, ParamErrorKind::OutOfRange) << a.id << " " << s.name << " = " << bad;
                EXPECT_EQ(e->index, static_cast<int>(i));
                EXPECT_TRUE(contains(e->message, s.name)) << e->message;
                EXPECT_TRUE(contains(e->message, formatNumber(s.min)) &&
                            contains(e->message, formatNumber(s.max)))
                    << "the message should give the allowed range: " << e->message;
                ++checked;
            }
            // the range ends themselves are inside the declared range (a constraint may still refuse them)
            for (double edge : {s.min, s.max}) {
                std::vector<double> p = a.defaults();
                p[i] = edge;
                const auto e = validate(a, p);
                if (e) {
                    EXPECT_EQ(e->kind, ParamErrorKind::Constraint) << a.id << " " << s.name << " = " << edge;
                }
            }
        }
    }
    EXPECT_GT(checked, 100);
}

TEST(Validation, DeclaredRangesFromTheCatalogue) {
    auto range = [](const char* id, const char* name, double lo, double hi) {
        const Activation& a = get(id);
        const int i = a.parameterIndex(name);
        ASSERT_GE(i, 0) << id << " " << name;
        EXPECT_EQ(a.parameters[i].min, lo) << id << " " << name;
        EXPECT_EQ(a.parameters[i].max, hi) << id << " " << name;
    };
    range("leaky_relu", "alpha", 0, 1);
    range("prelu", "alpha", -1, 1);
    range("rrelu", "lower", 0, 1);
    range("rrelu", "upper", 0, 1);
    range("elu", "alpha", 0, 10);
    range("celu", "alpha", 0, 10);
    range("selu", "lambda", 0, 3);
    range("selu", "alpha", 0, 5);
    range("swish", "beta", 0, 10);
    range("softplus", "beta", 0.01, 100);
    range("squareplus", "b", 0, 100);
    range("hardtanh", "min_val", -10, 10);
    range("hardtanh", "max_val", -10, 10);
    range("hardshrink", "lambda", 0, 10);
    range("softshrink", "lambda", 0, 10);
    range("threshold", "theta", -10, 10);
    range("threshold", "value", -10, 10);
    range("maxout", "k", 1, 4);
    for (const char* n : {"w1", "b1", "w2", "b2", "w3", "b3", "w4", "b4"})
        range("maxout", n, -5, 5);
    range("isru", "alpha", 0, 10);
    range("isrlu", "alpha", 0, 10);
    range("snake", "a", 0.01, 10);
}

TEST(Validation, RreluLowerNotAboveUpper) {
    const Activation& a = get("rrelu");
    EXPECT_FALSE(validate(a, std::vector<double>{0.25, 0.25}).has_value());
    EXPECT_FALSE(validate(a, std::vector<double>{0.0, 1.0}).has_value());
    const auto e = validate(a, std::vector<double>{0.5, 0.25});
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->kind, ParamErrorKind::Constraint);
    EXPECT_EQ(e->index, -1);
    EXPECT_TRUE(contains(e->message, "lower") && contains(e->message, "upper")) << e->message;
    EXPECT_TRUE(validate(a, std::vector<double>{std::nextafter(0.25, 1.0), 0.25}).has_value());
}

TEST(Validation, HardtanhMinBelowMax) {
    const Activation& a = get("hardtanh");
    EXPECT_FALSE(validate(a, std::vector<double>{-10, 10}).has_value());
    EXPECT_FALSE(validate(a, std::vector<double>{0.999, 1}).has_value());
    for (std::vector<double> bad :
         {std::vector<double>{1, 1}, std::vector<double>{2, 1}, std::vector<double>{10, -10}}) {
        const auto e = validate(a, bad);
        ASSERT_TRUE(e.has_value()) << bad[0] << " " << bad[1];
        EXPECT_EQ(e->kind, ParamErrorKind::Constraint);
        EXPECT_TRUE(contains(e->message, "min_val") && contains(e->message, "max_val")) << e->message;
    }
}

TEST(Validation, CeluAlphaNotZero) {
    const Activation& a = get("celu");
    const auto e = validate(a, std::vector<double>{0.0});
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->kind, ParamErrorKind::Constraint);
    EXPECT_TRUE(contains(e->message, "alpha")) << e->message;
    EXPECT_FALSE(validate(a, std::vector<double>{std::numeric_limits<double>::denorm_min()}).has_value());
    // elu, whose range also starts at 0, accepts alpha = 0
    EXPECT_FALSE(validate(get("elu"), std::vector<double>{0.0}).has_value());
}

TEST(Validation, MaxoutKIsAWholeNumber) {
    const Activation& a = get("maxout");
    std::vector<double> p = a.defaults();
    for (double k : {1.0, 2.0, 3.0, 4.0}) {
        p[0] = k;
        EXPECT_FALSE(validate(a, p).has_value()) << k;
    }
    for (double k : {1.5, 2.5, 3.999, std::nextafter(2.0, 3.0)}) {
        p[0] = k;
        const auto e = validate(a, p);
        ASSERT_TRUE(e.has_value()) << k;
        EXPECT_EQ(e->kind, ParamErrorKind::NotInteger) << k;
        EXPECT_EQ(e->index, 0);
        EXPECT_TRUE(contains(e->message, "k")) << e->message;
    }
    p[0] = 5; // whole but out of range
    EXPECT_EQ(validate(a, p)->kind, ParamErrorKind::OutOfRange);
}

} // namespace
