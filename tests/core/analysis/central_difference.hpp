// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The test oracle of the network's and the trainer's gradients: the central difference
/// (L(v + h) − L(v − h))/(2h) of a loss in one variable, the variable restored afterwards.

namespace actlab::analysis {

template <class Loss> double centralDifference(double& v, double h, const Loss& loss) {
    const double keep = v;
    v = keep + h;
    const double up = loss();
    v = keep - h;
    const double down = loss();
    v = keep;
    return (up - down) / (2 * h);
}

} // namespace actlab::analysis
