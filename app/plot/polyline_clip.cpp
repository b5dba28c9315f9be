// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/polyline_clip.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace actlab::plot {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Liang–Barsky: narrows [t0, t1] to the part of p + t·d inside the box; false if none is left.
bool clipSegment(double x0, double y0, double dx, double dy, const ClipBox& box, double& t0, double& t1) {
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - box.xMin, box.xMax - x0, y0 - box.yMin, box.yMax - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0) {
            if (r > t1) return false;
            if (r > t0) t0 = r;
        } else {
            if (r < t0) return false;
            if (r < t1) t1 = r;
        }
    }
    return t0 <= t1;
}

bool inside(double x, double y, const ClipBox& box) {
    return x >= box.xMin && x <= box.xMax && y >= box.yMin && y <= box.yMax;
}

} // namespace

void copySeries(const double* x, const double* y, std::size_t n, QVector<double>& keys,
                QVector<double>& values) {
    keys.resize(static_cast<qsizetype>(n));
    values.resize(static_cast<qsizetype>(n));
    double* k = keys.data();
    double* v = values.data();
    for (std::size_t i = 0; i < n; ++i) {
        k[i] = x[i];
        v[i] = y[i];
    }
}

void clipSeries(const double* x, const double* y, std::size_t n, const ClipBox& box, QVector<double>& keys,
                QVector<double>& values) {
    keys.clear();
    values.clear();
    keys.reserve(static_cast<qsizetype>(n + n / 8 + 4));
    values.reserve(keys.capacity());
    bool penDown = false; // the last point appended is the start of the next segment
    auto gap = [&] {
        if (!values.isEmpty() && !std::isnan(values.constLast())) {
            keys.append(keys.constLast());
            values.append(kNaN);
        }
        penDown = false;
    };
    auto put = [&](double px, double py) {
        keys.append(px);
        values.append(py);
    };
    if (n == 1 && std::isfinite(y[0]) && inside(x[0], y[0], box)) put(x[0], y[0]);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const double x0 = x[i], y0 = y[i], x1 = x[i + 1], y1 = y[i + 1];
        if (!std::isfinite(y0) || !std::isfinite(y1) || !std::isfinite(x0) || !std::isfinite(x1)) {
            gap();
            continue;
        }
        double t0 = 0, t1 = 1;
        if (!clipSegment(x0, y0, x1 - x0, y1 - y0, box, t0, t1)) {
            gap();
            continue;
        }
        if (!penDown || t0 > 0) {
            gap();
            put(t0 == 0 ? x0 : x0 + t0 * (x1 - x0), t0 == 0 ? y0 : y0 + t0 * (y1 - y0));
        }
        put(t1 == 1 ? x1 : x0 + t1 * (x1 - x0), t1 == 1 ? y1 : y0 + t1 * (y1 - y0));
        penDown = t1 == 1;
        if (!penDown) gap();
    }
    while (!values.isEmpty() && std::isnan(values.constLast())) {
        keys.removeLast();
        values.removeLast();
    }
}

void simplifySeries(QVector<double>& keys, QVector<double>& values, double tolX, double tolY) {
    const qsizetype n = keys.size();
    if (n < 3 || !(tolX > 0) || !(tolY > 0) || !std::isfinite(tolX) || !std::isfinite(tolY)) return;
    std::vector<char> keep(static_cast<std::size_t>(n), 0);
    std::vector<std::pair<qsizetype, qsizetype>> stack;
    const double* k = keys.constData();
    const double* v = values.constData();
    auto simplifyRun = [&](qsizetype first, qsizetype last) {
        keep[static_cast<std::size_t>(first)] = keep[static_cast<std::size_t>(last)] = 1;
        stack.clear();
        stack.emplace_back(first, last);
        while (!stack.empty()) {
            const auto [a, b] = stack.back();
            stack.pop_back();
            if (b - a < 2) continue;
            const double ax = k[a] / tolX, ay = v[a] / tolY;
            const double dx = k[b] / tolX - ax, dy = v[b] / tolY - ay;
            const double len2 = dx * dx + dy * dy;
            double worst = -1;
            qsizetype worstAt = -1;
            for (qsizetype i = a + 1; i < b; ++i) {
                const double px = k[i] / tolX - ax, py = v[i] / tolY - ay;
                double d2;
                if (len2 > 0) {
                    const double t = std::clamp((px * dx + py * dy) / len2, 0.0, 1.0);
                    const double ex = px - t * dx, ey = py - t * dy;
                    d2 = ex * ex + ey * ey;
                } else {
                    d2 = px * px + py * py;
                }
                if (d2 > worst) {
                    worst = d2;
                    worstAt = i;
                }
            }
            if (worst > 1.0) {
                keep[static_cast<std::size_t>(worstAt)] = 1;
                stack.emplace_back(a, worstAt);
                stack.emplace_back(worstAt, b);
            }
        }
    };
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= n; ++i) {
        const bool gap = i == n || std::isnan(v[i]) || std::isnan(k[i]);
        if (gap) {
            if (runStart >= 0) simplifyRun(runStart, i - 1);
            if (i < n) keep[static_cast<std::size_t>(i)] = 1;
            runStart = -1;
        } else if (runStart < 0) {
            runStart = i;
        }
    }
    qsizetype out = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (keep[static_cast<std::size_t>(i)]) {
            keys[out] = keys[i];
            values[out] = values[i];
            ++out;
        }
    keys.resize(out);
    values.resize(out);
}

} // namespace actlab::plot
