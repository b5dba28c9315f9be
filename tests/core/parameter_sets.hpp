// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The parameter sets the whole-catalogue tests sweep: the defaults, and all minima and all maxima
/// where those are a valid combination.
#include "actlab/catalogue.hpp"

#include <vector>

namespace actlab::test {

inline std::vector<std::vector<double>> defaultAndExtremeParameters(const Activation& a) {
    std::vector<std::vector<double>> sets = {a.defaults()};
    std::vector<double> lo, hi;
    for (const ParameterSpec& s : a.parameters)
        lo.push_back(s.min), hi.push_back(s.max);
    if (!validate(a, lo)) sets.push_back(lo);
    if (!validate(a, hi)) sets.push_back(hi);
    return sets;
}

} // namespace actlab::test
