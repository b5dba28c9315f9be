// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Reader for the golden reference files tests/core/golden/data/<id>.csv written by
/// tests/core/golden/generate.py (mpmath), and the accuracy bar of issue 2 applied to one value.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace actlab::test {

/// One expected quantity: a correctly rounded double, an exact zero, or a non-zero value that underflows.
struct Expected {
    enum Kind { Value, ExactZero, Underflow, Overflow } kind = Value;
    double v = 0.0; ///< the rounded value (for Underflow: ±0 carrying the sign of the exact value;
                    ///< for Overflow ±∞: the exact value is beyond the largest double)
};

struct GoldenRow {
    std::string paramText; ///< the params field as written (groups rows by parameter set)
    std::vector<double> params;
    double x = 0.0;
    char side = 'C';             ///< C, or L / K / R at a kink
    Expected q[3];               ///< f, f', f''
    double scale[3] = {0, 0, 0}; ///< local scale |x·q'(x)|
    int line = 0;
};

inline double parseHex(const std::string& s) {
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size()) throw std::runtime_error("bad number '" + s + "'");
    return v;
}

inline Expected parseExpected(const std::string& s) {
    if (s == "0x0p+0") return {Expected::ExactZero, 0.0};
    if (s == "0x0.0p+0") return {Expected::Underflow, 0.0};
    if (s == "-0x0.0p+0") return {Expected::Underflow, -0.0};
    if (s == "inf") return {Expected::Overflow, std::numeric_limits<double>::infinity()};
    if (s == "-inf") return {Expected::Overflow, -std::numeric_limits<double>::infinity()};
    return {Expected::Value, parseHex(s)};
}

inline std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, sep))
        out.push_back(cur);
    if (!s.empty() && s.back() == sep) out.emplace_back();
    return out;
}

/// golden/data/<id>.csv in the source tree, or <$ACTLAB_GOLDEN_DIR>/<id>.csv (fuzzing runs of the generator).
inline std::string goldenPath(const std::string& id) {
    if (const char* dir = std::getenv("ACTLAB_GOLDEN_DIR"); dir != nullptr && *dir != '\0')
        return std::string(dir) + "/" + id + ".csv";
    return std::string(ACTLAB_TEST_DATA_DIR) + "/golden/data/" + id + ".csv";
}

/// Calls row(fields, lineNumber) for every data line of a CSV file: '#' comments, blank lines and the
/// header line are skipped.
template <class Row> void forEachCsvRow(const std::string& path, Row row) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::string line;
    int n = 0;
    bool header = false;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line[0] == '#') continue;
        if (!header) {
            header = true;
            continue;
        }
        row(split(line, ','), n);
    }
}

inline std::vector<GoldenRow> readGolden(const std::string& id) {
    std::vector<GoldenRow> rows;
    // params,x,side,f,df,d2f,lf,ldf,ld2f
    forEachCsvRow(goldenPath(id), [&](const std::vector<std::string>& f, int n) {
        if (f.size() != 9) throw std::runtime_error(id + ".csv:" + std::to_string(n) + ": expected 9 fields");
        GoldenRow r;
        r.line = n;
        r.paramText = f[0];
        if (!f[0].empty())
            for (const std::string& p : split(f[0], ';'))
                r.params.push_back(parseHex(p));
        r.x = parseHex(f[1]);
        if (f[2].size() != 1) throw std::runtime_error(id + ".csv:" + std::to_string(n) + ": bad side");
        r.side = f[2][0];
        for (int k = 0; k < 3; ++k) {
            r.q[k] = parseExpected(f[3 + k]);
            r.scale[k] = std::strtod(f[6 + k].c_str(), nullptr);
        }
        rows.push_back(std::move(r));
    });
    return rows;
}

/// Distance between two finite doubles in units in the last place (number of representable doubles
/// between them; +0 and −0 are the same point).
inline double ulpDistance(double a, double b) {
    auto key = [](double d) {
        std::int64_t i;
        std::memcpy(&i, &d, sizeof i);
        return i < 0 ? -(i & 0x7fffffffffffffff) : i;
    };
    const std::int64_t ka = key(a), kb = key(b);
    return static_cast<double>(ka > kb ? ka - kb : kb - ka);
}

/// The verdict for one computed value against its expected value (issue 2, section 2):
/// relative error <= 1e-12, or, near a non-trivial zero, an error of at most kScaleEps·ε·(local scale);
/// exact zeros exactly; underflowing values (and subnormal ones, if not within 1e-12) within one subnormal
/// step; values beyond the largest double exactly ±inf; never NaN, never inf otherwise, and
/// never 0 where the exact value is non-zero unless that is inside the near-zero allowance.
struct Verdict {
    bool ok = true;
    bool nearZero = false;  ///< the local-scale allowance is wider than the relative bar here
    bool subnormal = false; ///< the expected value is subnormal (ulps are then subnormal steps)
    double ulps = 0.0;      ///< distance to the correctly rounded double
    double scaledErr = 0.0; ///< |error| / (ε·local scale) (only meaningful when nearZero)
    const char* why = "";
};

inline constexpr double kRelBar = 1e-12;
inline constexpr double kScaleEps = 4.0;

inline Verdict judge(const Expected& e, double got, double scale) {
    constexpr double eps = std::numeric_limits<double>::epsilon();
    constexpr double tiny = std::numeric_limits<double>::denorm_min();
    constexpr double dmin = std::numeric_limits<double>::min();
    Verdict v;
    if (!std::isfinite(got) && e.kind != Expected::Overflow) {
        v.ok = false;
        v.why = "non-finite result";
        v.ulps = std::numeric_limits<double>::infinity();
        return v;
    }
    switch (e.kind) {
    case Expected::ExactZero:
        v.ulps = ulpDistance(got, 0.0);
        if (got != 0.0) v.ok = false, v.why = "exact zero expected";
        return v;
    case Expected::Underflow:
        v.ulps = ulpDistance(got, 0.0);
        // the exact value lies strictly between 0 and ±tiny/2: ±0 or ±tiny of the same sign are one step away
        if (std::fabs(got) > tiny || (got != 0.0 && std::signbit(got) != std::signbit(e.v)))
            v.ok = false, v.why = "underflowing value expected (within one subnormal step of 0)";
        return v;
    case Expected::Overflow: // the exact value rounds to ±∞: exactly that, nothing finite
        v.ulps = got == e.v ? 0.0 : std::numeric_limits<double>::infinity();
        if (got != e.v) v.ok = false, v.why = "overflow to ±inf expected";
        return v;
    case Expected::Value:
        break;
    }
    const double err = std::fabs(got - e.v);
    v.ulps = ulpDistance(got, e.v);
    v.nearZero = kScaleEps * eps * scale > kRelBar * std::fabs(e.v);
    v.scaledErr =
        scale > 0 ? err / (eps * scale) : (err == 0 ? 0.0 : std::numeric_limits<double>::infinity());
    v.subnormal = std::fabs(e.v) < dmin;
    // relative 1e-12, or (subnormal results, where a relative bar cannot be met) one subnormal step
    const bool valueOk = err <= kRelBar * std::fabs(e.v) || (v.subnormal && err <= tiny);
    const bool scaleOk = err <= kScaleEps * eps * scale;
    if (!(valueOk || scaleOk)) {
        v.ok = false;
        v.why = got == 0.0 ? "zero where the exact value is non-zero" : "error above the bar";
    }
    return v;
}

inline std::string hex(double d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", d);
    return buf;
}

} // namespace actlab::test
