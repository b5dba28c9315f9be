// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/sampling.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace actlab {

std::vector<double> sampleGrid(double xmin, double xmax, std::size_t count, std::span<const Kink> kinks) {
    if (!(xmin < xmax) || !std::isfinite(xmin) || !std::isfinite(xmax))
        throw std::invalid_argument("sampleGrid: the range must be finite with xmin < xmax");
    count = std::max<std::size_t>(count, 2);
    std::vector<double> x;
    x.reserve(count + kinks.size());
    const double last = static_cast<double>(count - 1);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / last;
        x.push_back(i + 1 == count ? xmax : std::lerp(xmin, xmax, t));
    }
    for (const Kink& k : kinks)
        if (k.x >= xmin && k.x <= xmax) x.push_back(k.x);
    std::sort(x.begin(), x.end());
    x.erase(std::unique(x.begin(), x.end()), x.end());
    return x;
}

namespace {

double component(const Derivs& d, int order) {
    return order == 0 ? d.f : (order == 1 ? d.df : d.d2f);
}

bool sameValue(double a, double b) {
    if (a == b) return true;
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace

SampledCurve sampleCurve(const Activation& activation, std::span<const double> params, double xmin,
                         double xmax, std::size_t count, int orders) {
    orders = std::clamp(orders, 1, 3);
    const std::vector<Kink> kinks = activation.kinks(params);
    const std::vector<double> x = sampleGrid(xmin, xmax, count, kinks);
    const std::size_t n = x.size();
    std::vector<double> v[3];
    for (int k = 0; k < orders; ++k)
        v[k].resize(n);
    activation.evaluate(params, x, v[0], orders > 1 ? std::span<double>(v[1]) : std::span<double>(),
                        orders > 2 ? std::span<double>(v[2]) : std::span<double>());

    SampledCurve out;
    for (int k = 0; k < orders; ++k) {
        out.order[k].x.reserve(n + 2 * kinks.size());
        out.order[k].y.reserve(n + 2 * kinks.size());
    }
    std::size_t nextKink = 0;
    for (std::size_t i = 0; i < n; ++i) {
        while (nextKink < kinks.size() && kinks[nextKink].x < x[i])
            ++nextKink;
        const bool atKink = nextKink < kinks.size() && kinks[nextKink].x == x[i];
        Derivs left{}, right{};
        if (atKink) {
            left = activation.at(x[i], params, Side::Left);
            right = activation.at(x[i], params, Side::Right);
        }
        for (int k = 0; k < orders; ++k) {
            Series& s = out.order[k];
            const double value = v[k][i];
            if (atKink && !sameValue(component(left, k), component(right, k))) {
                const double l = component(left, k), r = component(right, k);
                s.x.insert(s.x.end(), {x[i], x[i], x[i]});
                s.y.insert(s.y.end(), {l, std::numeric_limits<double>::quiet_NaN(), r});
                for (double side : {l, r})
                    if (!sameValue(side, value)) s.jumps.push_back({x[i], value, side});
            } else {
                s.x.push_back(x[i]);
                s.y.push_back(value);
            }
        }
    }
    return out;
}

} // namespace actlab
