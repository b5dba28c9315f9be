// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/data_words.hpp"

#include "actlab/curve_function.hpp"

#include <QCoreApplication>

#include <string>

namespace actlab::plot {

namespace {

// Kept by hand beside core/src/catalogue.cpp: the test DataWords.ListHasEveryWordOfTheCatalogue fails,
// naming the text, when the catalogue shows a word that is missing here.
const char* const kWords[] = {
    // Families
    QT_TRANSLATE_NOOP("actlab::catalogue", "Sigmoid & tanh"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ReLU family"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Exponential units"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Self-gated (GELU, Swish, Mish)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Softplus & soft sigmoids"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Hard approximations"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Shrinkage"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Threshold & Maxout"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Other"),
    // Names
    QT_TRANSLATE_NOOP("actlab::catalogue", "Sigmoid"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "tanh"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ReLU6"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Leaky ReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "PReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "RReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ELU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "CELU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "SELU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "GELU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "GELU (tanh approx.)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "SiLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Swish"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Mish"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Softplus"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Squareplus"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Softsign"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "LogSigmoid"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Hardsigmoid"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Hardswish"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Hardtanh"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Hardshrink"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Softshrink"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Tanhshrink"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ThresholdReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Maxout"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ISRU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ISRLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Bent identity"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Gaussian"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Sinc"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Snake"),
    // Formulas (most are only mathematics; some have words: "for", "otherwise")
    QT_TRANSLATE_NOOP("actlab::catalogue", "σ(x) = 1/(1 + e^(−x))"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "tanh(x) = (eˣ − e^(−x))/(eˣ + e^(−x))"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "max(0, x)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "min(max(0, x), 6)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x for x > 0, αx otherwise"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x for x > 0, αx otherwise (α learned)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x for x > 0, ((l + u)/2)·x otherwise (test time)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x for x > 0, α(eˣ − 1) otherwise"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "max(0, x) + min(0, α(e^(x/α) − 1))"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "λx for x > 0, λα(eˣ − 1) otherwise"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x·Φ(x) = (x/2)·erfc(−x/√2)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "(x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x·σ(x)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x·σ(βx)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x·tanh(softplus(x))"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ln(1 + e^(βx))/β"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "(x + √(x² + b))/2"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x/(1 + |x|)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "ln σ(x) = −softplus(−x)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "min(max(x + 3, 0), 6)/6"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x·min(max(x + 3, 0), 6)/6"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "clamp(x, min_val, max_val)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x if |x| > λ, else 0"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x − λ·sgn(x) if |x| > λ, else 0"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x − tanh(x)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x if x > θ, else v"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "max over j ≤ k of (wⱼx + bⱼ)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x/√(1 + αx²)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x for x ≥ 0, x/√(1 + αx²) otherwise"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "(√(x² + 1) − 1)/2 + x"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "e^(−x²)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "sin(x)/x, 1 at x = 0"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "x + sin²(ax)/a"),
    // Parameter meanings
    QT_TRANSLATE_NOOP("actlab::catalogue", "slope for x < 0"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "the learned slope for x < 0"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "lower bound of the random slope drawn in training"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "upper bound of the random slope drawn in training"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "saturation value −α for x → −∞"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "saturation −α and scale of x (≠ 0)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "scale (self-normalising value 1.0507)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "negative saturation (self-normalising value 1.6733)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "gate sharpness: 0 gives x/2, ∞ gives ReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "sharpness: large β approaches ReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "curvature at 0: b = 0 gives ReLU"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "lower clamp"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "upper clamp"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "half-width of the dead zone"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "threshold: x passes above it"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "output at and below θ"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "number of linear pieces used (1–4)"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "slope of piece 1"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "intercept of piece 1"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "slope of piece 2"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "intercept of piece 2"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "slope of piece 3"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "intercept of piece 3"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "slope of piece 4"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "intercept of piece 4"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "saturation: |f| < 1/√α"),
    QT_TRANSLATE_NOOP("actlab::catalogue", "frequency of the periodic part"),
    // Kink conventions
    QT_TRANSLATE_NOOP("actlab::catalogue", "Smooth everywhere: no kinks."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f′(0) = 0 (PyTorch takes the x ≤ 0 branch); the one-sided values are 0 and 1."),
    QT_TRANSLATE_NOOP("actlab::catalogue", "f′ = 0 at both kinks, 0 and 6 (PyTorch's hardtanh_backward)."),
    QT_TRANSLATE_NOOP("actlab::catalogue", "f′(0) = α (PyTorch tests x > 0)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f′(0) = (l + u)/2 (PyTorch's eval mode is leaky_relu with that slope)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "At 0: f′(0) = α, the x ≤ 0 branch (PyTorch's elu_backward), and f″(0) = 0 (its double "
                      "backward masks x < 0)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "At 0: f′(0) = 1, the x ≤ 0 branch, and f″(0) = 0 (PyTorch's double backward masks x < "
                      "0)."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "At 0: f″(0) = 0 (PyTorch's double backward masks x < 0) and f′(0) = λα, the x ≤ 0 "
        "branch, with λα correctly rounded (PyTorch's product of the rounded constants is 1 ulp "
        "lower)."),
    QT_TRANSLATE_NOOP("actlab::catalogue", "Smooth for b > 0; for b = 0 it is ReLU, with f′(0) = 0."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f″ jumps from +2 to −2 at 0; f″(0) = 0 (sgn 0 = 0, as PyTorch's double backward)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f′ = 0 at ±3 (PyTorch's backward is non-zero only on the open interval)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f′(−3) = 0 and f′(3) = 1, f″ = 0 at both (current PyTorch; 1.13 gave −0.5 and 1.5)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f′ = 0 at both bounds (PyTorch's hardtanh_backward; torch.clamp gives 1 there)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f(±λ) = 0 and f′(±λ) = 0 (PyTorch treats [−λ, λ] as the dead zone)."),
    QT_TRANSLATE_NOOP("actlab::catalogue", "f′(±λ) = 0 (PyTorch)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "f(θ) = v and f′(θ) = 0 (PyTorch's threshold kernel tests x ≤ θ)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "At a breakpoint f′ is the slope of the lowest-index tied piece (like torch.max over a "
                      "dimension); the one-sided values are the smallest and largest tied slopes."),
    QT_TRANSLATE_NOOP("actlab::catalogue", "C² at 0: f, f′ and f″ are continuous; f‴ jumps."),
    // Notes
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "The logistic function squashes every input into (0, 1). Its derivative is at most 1/4, "
        "at x = 0, and vanishes for large |x|: stacked sigmoid layers multiply these small "
        "factors, so gradients shrink layer by layer (saturation). Its outputs are not "
        "zero-centred."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "tanh is a rescaled sigmoid, 2σ(2x) − 1, with outputs in (−1, 1) centred on 0. Its "
                      "derivative peaks at 1 but still saturates for large |x|, so deep tanh networks also "
                      "suffer vanishing gradients."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "ReLU passes positive inputs unchanged, so its gradient there is exactly 1 and does not "
        "vanish; it costs one comparison. A unit whose input stays negative outputs 0 with "
        "gradient 0 and never recovers: the dying ReLU, caused by large learning rates, poor "
        "initialisation or a strongly negative bias."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "ReLU capped at 6, used in mobile networks (MobileNet) because the bounded range suits "
                      "low-precision arithmetic."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "A small fixed slope α (often 0.01) for negative inputs keeps a gradient flowing, so "
                      "units cannot die. It adds no parameters to learn."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Like Leaky ReLU, but the slope α is learned with the weights (∂f/∂α = x for x ≤ 0); "
                      "PyTorch starts it at 0.25. It suits deeper networks and harder tasks at the cost of a "
                      "few parameters."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "Randomised Leaky ReLU draws the negative slope uniformly from [l, u] for every element "
        "during training, which acts as a regulariser; at test time it uses the mean slope (l + "
        "u)/2, which is what is drawn here."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "ELU bends smoothly to −α for negative inputs, so its mean output is closer to 0 than "
                      "ReLU's and negative units still get a gradient. With α = 1 it is continuously "
                      "differentiable."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "Continuously differentiable ELU: scaling the exponent by 1/α makes f′(0) = 1 for every "
        "α, so the curve has no corner whatever α is."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Scaled ELU with λ ≈ 1.0507 and α ≈ 1.6733 chosen so that, with suitably initialised "
                      "weights, activations keep mean 0 and variance 1 from layer to layer: the network "
                      "normalises itself. Move the sliders to see the constants lose that property."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "GELU weights its input by the probability Φ(x) that a standard normal variable is below "
        "it. It is smooth, slightly negative for x < 0 (minimum −0.17 at x ≈ −0.75) and the "
        "default in Transformers (BERT, GPT). Evaluated with erfc, so it stays exact far into the "
        "negative tail where PyTorch 1.13 returns −0."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "The tanh approximation of GELU used by the original BERT and GPT-2 code; it differs from "
        "exact GELU by less than 5e-4."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "SiLU (Swish with β = 1) gates x by its own sigmoid. It is smooth, bounded below (minimum "
        "−0.278), unbounded above and not monotonic; a common default in vision and language "
        "models."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "Swish with a sharpness β: β = 1 is SiLU, β → ∞ approaches ReLU and β = 0 gives the line "
        "x/2."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "Mish is smooth, non-monotonic, bounded below (minimum −0.309) and unbounded above, like "
        "SiLU; their curves and derivatives look almost the same, Mish's dip is slightly deeper."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "A smooth approximation of ReLU, always positive; its derivative is the sigmoid σ(βx). "
                      "Computed exactly here, without PyTorch's switch to x above βx = 20."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "An algebraic softplus: the same shape without exponentials, so it is cheaper. b sets the "
        "curvature at 0; b = 0 is ReLU."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "A tanh-like squashing function that approaches ±1 polynomially rather than "
                      "exponentially, so it saturates more slowly."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "The logarithm of the sigmoid, always negative; it appears in log-likelihood losses. Its "
        "derivative is σ(−x)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "A piecewise-linear sigmoid for fast inference (MobileNetV3): 0 below −3, 1 above 3."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "x times Hardsigmoid: a cheap piecewise approximation of Swish from MobileNetV3."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "tanh replaced by a clamp: linear between the bounds, constant outside, with gradient 0 "
        "where it is clipped."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Sets small inputs to exactly 0 and keeps large ones: a sparsifying step that jumps at "
                      "±λ."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Soft thresholding: shrinks every input towards 0 by λ; it is the proximal operator of "
                      "the L1 penalty used in sparse coding."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "What is left of x after tanh: flat (≈ x³/3) near 0 and x ∓ 1 far out. Computed with a "
                      "series near 0, where x − tanh x cancels (PyTorch returns 0 at 1e-8)."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Passes x only above the threshold θ and outputs a constant v otherwise (ThresholdReLU "
                      "when v = 0); it jumps at θ unless v = θ."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "A maxout unit outputs the largest of k learned linear pieces, so it can learn ReLU, |x|, "
        "Leaky ReLU or any convex piecewise-linear shape; it was introduced for use with dropout."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Inverse square root unit: a tanh-like odd squashing function into (−1/√α, 1/√α) that "
                      "needs only a square root."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Inverse square root linear unit: ELU-like, saturating at −1/√α for negative inputs, "
                      "without exponentials. It is twice but not three times differentiable at 0."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "A smooth, monotonic, unbounded function whose slope moves from 1/2 to 3/2: it bends the "
        "identity without ever saturating."),
    QT_TRANSLATE_NOOP(
        "actlab::catalogue",
        "A bump used in radial-basis networks: not monotonic, bounded in (0, 1], with gradients "
        "that vanish on both sides."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "The unnormalised sinc: an oscillating, decaying, even function; a curiosity as an "
                      "activation that shows how a non-monotonic periodic shape behaves."),
    QT_TRANSLATE_NOOP("actlab::catalogue",
                      "Snake adds a periodic ripple to the identity so a network can extrapolate periodic "
                      "signals; it is monotonic because f′ = 1 + sin(2ax) ≥ 0."),
};

// Beside resources/presets/presets.json: DataWords.ListHasEveryPresetTitleAndDescription keeps it whole.
const char* const kPresetWords[] = {
    QT_TRANSLATE_NOOP("actlab::presets", "Activation Functions"),
    QT_TRANSLATE_NOOP("actlab::presets", "Figure 1 of the material: five classic activations overlaid (100 "
                                         "points over [-10, 10], 10 x 6 in)."),
    QT_TRANSLATE_NOOP("actlab::presets", "ReLU vs Leaky ReLU vs PReLU"),
    QT_TRANSLATE_NOOP("actlab::presets",
                      "Figure 2: ReLU vs Leaky ReLU (0.1) vs PReLU (0.25), blue/green/red, width 2, 1000 "
                      "points, y in [-1.5, 5], dashed grid at 0.7."),
    QT_TRANSLATE_NOOP("actlab::presets", "ReLU variants and their derivatives"),
    QT_TRANSLATE_NOOP("actlab::presets",
                      "Figure 3: figure 2 plus ELU and Swish, with a subplot row of the derivatives."),
    QT_TRANSLATE_NOOP("actlab::presets", "ReLU and its variants"),
    QT_TRANSLATE_NOOP("actlab::presets",
                      "Figure 4: one small plot per variant with its derivative (PReLU weight 0.01)."),
    QT_TRANSLATE_NOOP("actlab::presets", "SiLU vs Mish"),
    QT_TRANSLATE_NOOP("actlab::presets",
                      "Figure 5: SiLU and Mish, functions and derivatives, almost the same curves."),
    QT_TRANSLATE_NOOP("actlab::presets", "Sigmoid, tanh and ReLU"),
    QT_TRANSLATE_NOOP(
        "actlab::presets",
        "Issue 10: sigmoid vs tanh vs ReLU through 30 layers at sigma_w^2 = 1 (LeCun): sigmoid's gradient "
        "vanishes (g_1 = 3e-37), ReLU halves the variance at every layer; the Deep network view."),
    QT_TRANSLATE_NOOP("actlab::presets", "SELU"),
    QT_TRANSLATE_NOOP("actlab::presets", "Issue 10: SELU's mean-and-variance map (Klambauer et al. 2017) "
                                         "draws every layer's statistics to its fixed point (0, 1)."),
};

// Beside core/src/analysis/training_experiments.cpp: DataWords.ListHasEveryExperimentTitleAndClaim keeps it
// whole.
const char* const kExperimentWords[] = {
    QT_TRANSLATE_NOOP("actlab::experiments", "A too-large learning rate kills ReLUs"),
    QT_TRANSLATE_NOOP("actlab::experiments", "Adam at η = 0.2 leaves 40 % or more of the ReLU units dead "
                                             "after 250 steps; at η = 0.005 at most 15 %"),
    QT_TRANSLATE_NOOP("actlab::experiments", "Leaky ReLU, PReLU and ELU do not die"),
    QT_TRANSLATE_NOOP("actlab::experiments", "at the same η = 0.2 ReLU loses 40 % of its units; Leaky ReLU, "
                                             "PReLU and ELU none, and PReLU's α move away from 0.25"),
    QT_TRANSLATE_NOOP("actlab::experiments", "A negative bias initialisation kills ReLUs"),
    QT_TRANSLATE_NOOP("actlab::experiments",
                      "hidden biases starting at −2: 75 % or more of the ReLU units are dead from the start "
                      "and stay dead, the loss stays at log 2; Leaky ReLU learns"),
    QT_TRANSLATE_NOOP("actlab::experiments", "He initialisation against a poor one"),
    QT_TRANSLATE_NOOP("actlab::experiments", "four ReLU layers: He learns the moons, weights N(0, 0.01²) "
                                             "pass almost no signal and the loss stays at log 2"),
    QT_TRANSLATE_NOOP("actlab::experiments", "A small positive bias helps"),
    QT_TRANSLATE_NOOP("actlab::experiments",
                      "four layers of 8 ReLU units: biases starting at 0.1 leave fewer units dead at the "
                      "start than 0 (never more over seeds 1–12, 30 % fewer in all)"),
    QT_TRANSLATE_NOOP("actlab::experiments", "Adam against plain SGD"),
    QT_TRANSLATE_NOOP("actlab::experiments", "both at η = 0.01 for 200 steps: Adam reaches a loss of 0.12 or "
                                             "less, plain SGD (momentum 0) is still above 0.25"),
};

} // namespace

std::span<const char* const> catalogueWords() {
    return kWords;
}

QString catalogueText(std::string_view text) {
    const std::string key(text); // translate() wants a terminated string
    return QCoreApplication::translate("actlab::catalogue", key.c_str());
}

QString functionName(const actlab::CurveFunction& function) {
    return function.activation() ? catalogueText(function.name()) : QString::fromStdString(function.name());
}

std::span<const char* const> presetWords() {
    return kPresetWords;
}

QString presetText(const QString& text) {
    return QCoreApplication::translate("actlab::presets", text.toUtf8().constData());
}

std::span<const char* const> experimentWords() {
    return kExperimentWords;
}

QString experimentText(const std::string& text) {
    return QCoreApplication::translate("actlab::experiments", text.c_str());
}

} // namespace actlab::plot
