// SPDX-License-Identifier: GPL-3.0-or-later
#include "actlab/analysis/loss.hpp"

#include "actlab/catalogue.hpp"

#include <stdexcept>

namespace actlab::analysis {
namespace {

/// One sample's ℓ and ∂ℓ/∂z. softplus (β = 1; its derivative is σ) and σ (with σ′) are the catalogue's,
/// overflow-safe and exact.
struct Term {
    double loss, grad;
};

Term term(Loss loss, bool classification, double z, double y) {
    static const Activation& softplus = *findActivation("softplus");
    static const Activation& sigmoid = *findActivation("sigmoid");
    if (loss == Loss::CrossEntropy) {
        static const double beta[] = {1.0};
        const Derivs sp = softplus.at(z, beta);
        return {sp.f - y * z, sp.df - y};
    }
    if (!classification) return {(z - y) * (z - y), 2.0 * (z - y)};
    const Derivs p = sigmoid.at(z, {});
    return {(p.f - y) * (p.f - y), 2.0 * (p.f - y) * p.df};
}

void checkShapes(Loss loss, bool classification, const Eigen::MatrixXd& z, const Eigen::MatrixXd& y) {
    if (z.rows() != 1 || y.rows() != 1 || z.cols() != y.cols() || z.cols() == 0)
        throw std::invalid_argument("the loss needs one output and one target per sample");
    if (loss == Loss::CrossEntropy && !classification)
        throw std::invalid_argument("cross-entropy needs class labels; use the squared error for regression");
}

} // namespace

double lossAndGradient(Loss loss, bool classification, const Eigen::MatrixXd& z, const Eigen::MatrixXd& y,
                       Eigen::MatrixXd& dz) {
    checkShapes(loss, classification, z, y);
    dz.resize(1, z.cols());
    const double n = static_cast<double>(z.cols());
    double sum = 0.0;
    for (Eigen::Index s = 0; s < z.cols(); ++s) {
        const Term t = term(loss, classification, z(0, s), y(0, s));
        sum += t.loss;
        dz(0, s) = t.grad / n;
    }
    return sum / n;
}

double lossValue(Loss loss, bool classification, const Eigen::MatrixXd& z, const Eigen::MatrixXd& y) {
    checkShapes(loss, classification, z, y);
    double sum = 0.0;
    for (Eigen::Index s = 0; s < z.cols(); ++s)
        sum += term(loss, classification, z(0, s), y(0, s)).loss;
    return sum / static_cast<double>(z.cols());
}

} // namespace actlab::analysis
