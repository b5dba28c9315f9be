// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The training losses, on a network with one linear output z per sample, averaged over the batch:
///   cross-entropy (labels y ∈ {0, 1}, p = σ(z)):  ℓ = −y log p − (1 − y) log(1 − p) = softplus(z) − y z,
///                                                   ∂ℓ/∂z = σ(z) − y;
///   mean squared error, classification:             ℓ = (σ(z) − y)², ∂ℓ/∂z = 2 (σ(z) − y) σ(z) (1 − σ(z));
///   mean squared error, regression (y real):        ℓ = (z − y)², ∂ℓ/∂z = 2 (z − y).
/// softplus and σ are the catalogue's (overflow-safe), so a large |z| gives a finite loss and gradient.
#include <Eigen/Core>

namespace actlab::analysis {

enum class Loss { CrossEntropy, MeanSquaredError };

/// The mean loss over the columns of z (1 × batch) against targets y (1 × batch); fills dz with ∂L/∂z of
/// the mean (each column's ∂ℓ/∂z divided by the batch size). `classification` chooses σ(z) or z as the
/// prediction for the squared error (cross-entropy is for classification only).
double lossAndGradient(Loss loss, bool classification, const Eigen::MatrixXd& z, const Eigen::MatrixXd& y,
                       Eigen::MatrixXd& dz);

/// The mean loss alone (no gradient), for evaluation.
double lossValue(Loss loss, bool classification, const Eigen::MatrixXd& z, const Eigen::MatrixXd& y);

} // namespace actlab::analysis
