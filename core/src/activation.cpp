// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/activation.hpp"

#include <algorithm>
#include <stdexcept>

namespace actlab {

void Activation::evaluate(std::span<const double> params, std::span<const double> x, std::span<double> f,
                          std::span<double> df, std::span<double> d2f) const {
    if (f.size() < x.size() || (!df.empty() && df.size() < x.size()) ||
        (!d2f.empty() && d2f.size() < x.size()) || (df.empty() && !d2f.empty()))
        throw std::invalid_argument("Activation::evaluate: output spans are too short");
    evaluateSpan(params.data(), x.data(), x.size(), f.data(), df.empty() ? nullptr : df.data(),
                 d2f.empty() ? nullptr : d2f.data());
}

std::vector<Kink> Activation::kinks(std::span<const double> params) const {
    std::vector<Kink> out;
    listKinks(params.data(), out);
    std::sort(out.begin(), out.end(), [](const Kink& a, const Kink& b) { return a.x < b.x; });
    return out;
}

std::vector<double> Activation::defaults() const {
    std::vector<double> v;
    v.reserve(parameters.size());
    for (const ParameterSpec& p : parameters)
        v.push_back(p.defaultValue);
    return v;
}

int Activation::parameterIndex(std::string_view paramName) const {
    for (std::size_t i = 0; i < parameters.size(); ++i)
        if (parameters[i].name == paramName) return static_cast<int>(i);
    return -1;
}

} // namespace actlab
