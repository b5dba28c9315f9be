// SPDX-License-Identifier: GPL-3.0-or-later
/// The registry: every activation in catalogue order, with its descriptor data and its kernel.
#include "actlab/catalogue.hpp"

#include "functions/exponential.hpp"
#include "functions/gated.hpp"
#include "functions/hard.hpp"
#include "functions/other.hpp"
#include "functions/piecewise.hpp"
#include "functions/rectifier.hpp"
#include "functions/saturating.hpp"
#include "functions/shrinkage.hpp"
#include "functions/softplus.hpp"

#include <array>

namespace actlab {
namespace {

using namespace detail;

template <class K> constexpr CrossCheck crossCheckOf() {
    if constexpr (requires(const double* p) { K::check(p); })
        return &K::check;
    else
        return nullptr;
}

struct Text {
    std::string_view id, name;
    Family family;
    std::string_view torch, formula, latex, notes, convention;
};

template <class K, std::size_t N> Activation entry(const Text& t, const ParameterSpec (&params)[N]) {
    return Activation{t.id,          t.name,    t.family,       t.torch,          t.formula,
                      t.latex,       t.notes,   t.convention,   params,           &evalSpan<K, N>,
                      &evalPoint<K>, &K::kinks, &K::properties, crossCheckOf<K>()};
}
template <class K> Activation entry(const Text& t) {
    return Activation{t.id,           t.name,           t.family, t.torch,         t.formula,     t.latex,
                      t.notes,        t.convention,     {},       &evalSpan<K, 0>, &evalPoint<K>, &K::kinks,
                      &K::properties, crossCheckOf<K>()};
}

constexpr std::string_view kSmoothConv = "Smooth everywhere: no kinks.";

// Parameters, declared once per function.
constexpr ParameterSpec kLeaky[] = {{"alpha", "α", 0.01, 0.0, 1.0, true, false, "slope for x < 0"}};
constexpr ParameterSpec kPrelu[] = {
    {"alpha", "α", 0.25, -1.0, 1.0, false, false, "the learned slope for x < 0"}};
constexpr ParameterSpec kRrelu[] = {
    {"lower", "l", 0.125, 0.0, 1.0, false, false, "lower bound of the random slope drawn in training"},
    {"upper", "u", 0.3333333333333333, 0.0, 1.0, false, false,
     "upper bound of the random slope drawn in training"}};
constexpr ParameterSpec kElu[] = {
    {"alpha", "α", 1.0, 0.0, 10.0, false, false, "saturation value −α for x → −∞"}};
constexpr ParameterSpec kCelu[] = {
    {"alpha", "α", 1.0, 0.0, 10.0, true, false, "saturation −α and scale of x (≠ 0)"}};
constexpr ParameterSpec kSelu[] = {
    {"lambda", "λ", 1.0507009873554805, 0.0, 3.0, false, false, "scale (self-normalising value 1.0507)"},
    {"alpha", "α", 1.6732632423543772, 0.0, 5.0, false, false,
     "negative saturation (self-normalising value 1.6733)"}};
constexpr ParameterSpec kSwish[] = {
    {"beta", "β", 1.0, 0.0, 10.0, true, false, "gate sharpness: 0 gives x/2, ∞ gives ReLU"}};
constexpr ParameterSpec kSoftplus[] = {
    {"beta", "β", 1.0, 0.01, 100.0, true, false, "sharpness: large β approaches ReLU"}};
constexpr ParameterSpec kSquareplus[] = {
    {"b", "b", 4.0, 0.0, 100.0, false, false, "curvature at 0: b = 0 gives ReLU"}};
constexpr ParameterSpec kHardtanh[] = {{"min_val", "m", -1.0, -10.0, 10.0, false, false, "lower clamp"},
                                       {"max_val", "M", 1.0, -10.0, 10.0, false, false, "upper clamp"}};
constexpr ParameterSpec kShrink[] = {
    {"lambda", "λ", 0.5, 0.0, 10.0, false, false, "half-width of the dead zone"}};
constexpr ParameterSpec kThreshold[] = {
    {"theta", "θ", 1.0, -10.0, 10.0, false, false, "threshold: x passes above it"},
    {"value", "v", 0.0, -10.0, 10.0, false, false, "output at and below θ"}};
constexpr ParameterSpec kMaxout[] = {
    {"k", "k", 2.0, 1.0, 4.0, false, true, "number of linear pieces used (1–4)"},
    {"w1", "w₁", 1.0, -5.0, 5.0, false, false, "slope of piece 1"},
    {"b1", "b₁", 0.0, -5.0, 5.0, false, false, "intercept of piece 1"},
    {"w2", "w₂", 0.0, -5.0, 5.0, false, false, "slope of piece 2"},
    {"b2", "b₂", 0.0, -5.0, 5.0, false, false, "intercept of piece 2"},
    {"w3", "w₃", -1.0, -5.0, 5.0, false, false, "slope of piece 3"},
    {"b3", "b₃", 0.0, -5.0, 5.0, false, false, "intercept of piece 3"},
    {"w4", "w₄", 0.5, -5.0, 5.0, false, false, "slope of piece 4"},
    {"b4", "b₄", 1.0, -5.0, 5.0, false, false, "intercept of piece 4"}};
constexpr ParameterSpec kIsru[] = {{"alpha", "α", 1.0, 0.0, 10.0, true, false, "saturation: |f| < 1/√α"}};
constexpr ParameterSpec kSnake[] = {
    {"a", "a", 1.0, 0.01, 10.0, true, false, "frequency of the periodic part"}};

const std::array<Activation, 33>& registry() {
    static const std::array<Activation, 33> all = {
        entry<Sigmoid>(
            {"sigmoid", "Sigmoid", Family::Saturating, "torch.nn.Sigmoid", "σ(x) = 1/(1 + e^(−x))",
             R"(\sigma(x) = \frac{1}{1 + e^{-x}})",
             "The logistic function squashes every input into (0, 1). Its derivative is at most 1/4, at "
             "x = 0, and vanishes for large |x|: stacked sigmoid layers multiply these small factors, so "
             "gradients shrink layer by layer (saturation). Its outputs are not zero-centred.",
             kSmoothConv}),
        entry<Tanh>(
            {"tanh", "tanh", Family::Saturating, "torch.nn.Tanh", "tanh(x) = (eˣ − e^(−x))/(eˣ + e^(−x))",
             R"(\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}})",
             "tanh is a rescaled sigmoid, 2σ(2x) − 1, with outputs in (−1, 1) centred on 0. Its derivative "
             "peaks at 1 but still saturates for large |x|, so deep tanh networks also suffer vanishing "
             "gradients.",
             kSmoothConv}),
        entry<Relu>(
            {"relu", "ReLU", Family::Rectifier, "torch.nn.ReLU", "max(0, x)", R"(\max(0, x))",
             "ReLU passes positive inputs unchanged, so its gradient there is exactly 1 and does not vanish; "
             "it costs one comparison. A unit whose input stays negative outputs 0 with gradient 0 and never "
             "recovers: the dying ReLU, caused by large learning rates, poor initialisation or a strongly "
             "negative bias.",
             "f′(0) = 0 (PyTorch takes the x ≤ 0 branch); the one-sided values are 0 and 1."}),
        entry<Relu6>({"relu6", "ReLU6", Family::Rectifier, "torch.nn.ReLU6", "min(max(0, x), 6)",
                      R"(\min(\max(0, x), 6))",
                      "ReLU capped at 6, used in mobile networks (MobileNet) because the bounded range suits "
                      "low-precision arithmetic.",
                      "f′ = 0 at both kinks, 0 and 6 (PyTorch's hardtanh_backward)."}),
        entry<LeakyRelu>(
            {"leaky_relu", "Leaky ReLU", Family::Rectifier, "torch.nn.LeakyReLU", "x for x > 0, αx otherwise",
             R"(\begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases})",
             "A small fixed slope α (often 0.01) for negative inputs keeps a gradient flowing, so units "
             "cannot die. It adds no parameters to learn.",
             "f′(0) = α (PyTorch tests x > 0)."},
            kLeaky),
        entry<Prelu>(
            {"prelu", "PReLU", Family::Rectifier, "torch.nn.PReLU", "x for x > 0, αx otherwise (α learned)",
             R"(\begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases})",
             "Like Leaky ReLU, but the slope α is learned with the weights (∂f/∂α = x for x ≤ 0); PyTorch "
             "starts it at 0.25. It suits deeper networks and harder tasks at the cost of a few parameters.",
             "f′(0) = α (PyTorch tests x > 0)."},
            kPrelu),
        entry<Rrelu>(
            {"rrelu", "RReLU", Family::Rectifier, "torch.nn.RReLU",
             "x for x > 0, ((l + u)/2)·x otherwise (test time)",
             R"(\begin{cases} x & x > 0 \\ \frac{l + u}{2}\, x & x \le 0 \end{cases})",
             "Randomised Leaky ReLU draws the negative slope uniformly from [l, u] for every element during "
             "training, which acts as a regulariser; at test time it uses the mean slope (l + u)/2, which "
             "is what is drawn here.",
             "f′(0) = (l + u)/2 (PyTorch's eval mode is leaky_relu with that slope)."},
            kRrelu),
        entry<Elu>({"elu", "ELU", Family::Exponential, "torch.nn.ELU", "x for x > 0, α(eˣ − 1) otherwise",
                    R"(\begin{cases} x & x > 0 \\ \alpha (e^{x} - 1) & x \le 0 \end{cases})",
                    "ELU bends smoothly to −α for negative inputs, so its mean output is closer to 0 than "
                    "ReLU's and "
                    "negative units still get a gradient. With α = 1 it is continuously differentiable.",
                    "At 0: f′(0) = α, the x ≤ 0 branch (PyTorch's elu_backward), and f″(0) = 0 (its double "
                    "backward masks x < 0)."},
                   kElu),
        entry<Celu>(
            {"celu", "CELU", Family::Exponential, "torch.nn.CELU", "max(0, x) + min(0, α(e^(x/α) − 1))",
             R"(\max(0, x) + \min\!\left(0, \alpha\,(e^{x/\alpha} - 1)\right))",
             "Continuously differentiable ELU: scaling the exponent by 1/α makes f′(0) = 1 for every α, "
             "so the curve has no corner whatever α is.",
             "At 0: f′(0) = 1, the x ≤ 0 branch, and f″(0) = 0 (PyTorch's double backward masks x < 0)."},
            kCelu),
        entry<Selu>(
            {"selu", "SELU", Family::Exponential, "torch.nn.SELU", "λx for x > 0, λα(eˣ − 1) otherwise",
             R"(\lambda \begin{cases} x & x > 0 \\ \alpha (e^{x} - 1) & x \le 0 \end{cases})",
             "Scaled ELU with λ ≈ 1.0507 and α ≈ 1.6733 chosen so that, with suitably initialised weights, "
             "activations keep mean 0 and variance 1 from layer to layer: the network normalises itself. "
             "Move the sliders to see the constants lose that property.",
             "At 0: f″(0) = 0 (PyTorch's double backward masks x < 0) and f′(0) = λα, the x ≤ 0 branch, with "
             "λα correctly rounded (PyTorch's product of the "
             "rounded constants is 1 ulp lower)."},
            kSelu),
        entry<Gelu>(
            {"gelu", "GELU", Family::Gated, "torch.nn.GELU", "x·Φ(x) = (x/2)·erfc(−x/√2)",
             R"(x\,\Phi(x) = \frac{x}{2}\,\operatorname{erfc}\!\left(-\frac{x}{\sqrt{2}}\right))",
             "GELU weights its input by the probability Φ(x) that a standard normal variable is below it. "
             "It is smooth, slightly negative for x < 0 (minimum −0.17 at x ≈ −0.75) and the default in "
             "Transformers (BERT, GPT). Evaluated with erfc, so it stays exact far into the negative tail "
             "where PyTorch 1.13 returns −0.",
             kSmoothConv}),
        entry<GeluTanh>(
            {"gelu_tanh", "GELU (tanh approx.)", Family::Gated, "torch.nn.GELU(approximate='tanh')",
             "(x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))",
             R"(\frac{x}{2}\left(1 + \tanh\!\left(\sqrt{2/\pi}\,(x + 0.044715\,x^{3})\right)\right))",
             "The tanh approximation of GELU used by the original BERT and GPT-2 code; it differs from "
             "exact GELU by less than 5e-4.",
             kSmoothConv}),
        entry<Silu>({"silu", "SiLU", Family::Gated, "torch.nn.SiLU", "x·σ(x)", R"(x\,\sigma(x))",
                     "SiLU (Swish with β = 1) gates x by its own sigmoid. It is smooth, bounded below "
                     "(minimum −0.278), "
                     "unbounded above and not monotonic; a common default in vision and language models.",
                     kSmoothConv}),
        entry<Swish>(
            {"swish", "Swish", Family::Gated, "", "x·σ(βx)", R"(x\,\sigma(\beta x))",
             "Swish with a sharpness β: β = 1 is SiLU, β → ∞ approaches ReLU and β = 0 gives the line x/2.",
             kSmoothConv},
            kSwish),
        entry<Mish>(
            {"mish", "Mish", Family::Gated, "torch.nn.Mish", "x·tanh(softplus(x))",
             R"(x \tanh\!\left(\ln(1 + e^{x})\right))",
             "Mish is smooth, non-monotonic, bounded below (minimum −0.309) and unbounded above, like SiLU; "
             "their curves and derivatives look almost the same, Mish's dip is slightly deeper.",
             kSmoothConv}),
        entry<Softplus>(
            {"softplus", "Softplus", Family::Softplus, "torch.nn.Softplus", "ln(1 + e^(βx))/β",
             R"(\frac{1}{\beta}\ln\!\left(1 + e^{\beta x}\right))",
             "A smooth approximation of ReLU, always positive; its derivative is the sigmoid σ(βx). "
             "Computed exactly here, without PyTorch's switch to x above βx = 20.",
             kSmoothConv},
            kSoftplus),
        entry<Squareplus>(
            {"squareplus", "Squareplus", Family::Softplus, "", "(x + √(x² + b))/2",
             R"(\frac{x + \sqrt{x^{2} + b}}{2})",
             "An algebraic softplus: the same shape without exponentials, so it is cheaper. b sets the "
             "curvature at 0; b = 0 is ReLU.",
             "Smooth for b > 0; for b = 0 it is ReLU, with f′(0) = 0."},
            kSquareplus),
        entry<Softsign>(
            {"softsign", "Softsign", Family::Softplus, "torch.nn.Softsign", "x/(1 + |x|)",
             R"(\frac{x}{1 + |x|})",
             "A tanh-like squashing function that approaches ±1 polynomially rather than exponentially, "
             "so it saturates more slowly.",
             "f″ jumps from +2 to −2 at 0; f″(0) = 0 (sgn 0 = 0, as PyTorch's double backward)."}),
        entry<LogSigmoid>(
            {"log_sigmoid", "LogSigmoid", Family::Softplus, "torch.nn.LogSigmoid", "ln σ(x) = −softplus(−x)",
             R"(\ln \sigma(x) = -\ln\!\left(1 + e^{-x}\right))",
             "The logarithm of the sigmoid, always negative; it appears in log-likelihood losses. "
             "Its derivative is σ(−x).",
             kSmoothConv}),
        entry<Hardsigmoid>(
            {"hardsigmoid", "Hardsigmoid", Family::Hard, "torch.nn.Hardsigmoid", "min(max(x + 3, 0), 6)/6",
             R"(\frac{\min(\max(x + 3, 0), 6)}{6})",
             "A piecewise-linear sigmoid for fast inference (MobileNetV3): 0 below −3, 1 above 3.",
             "f′ = 0 at ±3 (PyTorch's backward is non-zero only on the open interval)."}),
        entry<Hardswish>(
            {"hardswish", "Hardswish", Family::Hard, "torch.nn.Hardswish", "x·min(max(x + 3, 0), 6)/6",
             R"(x\,\frac{\min(\max(x + 3, 0), 6)}{6})",
             "x times Hardsigmoid: a cheap piecewise approximation of Swish from MobileNetV3.",
             "f′(−3) = 0 and f′(3) = 1, f″ = 0 at both (current PyTorch; 1.13 gave −0.5 and 1.5)."}),
        entry<Hardtanh>(
            {"hardtanh", "Hardtanh", Family::Hard, "torch.nn.Hardtanh", "clamp(x, min_val, max_val)",
             R"(\min(\max(x, m), M))",
             "tanh replaced by a clamp: linear between the bounds, constant outside, with gradient 0 "
             "where it is clipped.",
             "f′ = 0 at both bounds (PyTorch's hardtanh_backward; torch.clamp gives 1 there)."},
            kHardtanh),
        entry<Hardshrink>(
            {"hardshrink", "Hardshrink", Family::Shrinkage, "torch.nn.Hardshrink", "x if |x| > λ, else 0",
             R"(\begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases})",
             "Sets small inputs to exactly 0 and keeps large ones: a sparsifying step that jumps at ±λ.",
             "f(±λ) = 0 and f′(±λ) = 0 (PyTorch treats [−λ, λ] as the dead zone)."},
            kShrink),
        entry<Softshrink>(
            {"softshrink", "Softshrink", Family::Shrinkage, "torch.nn.Softshrink",
             "x − λ·sgn(x) if |x| > λ, else 0",
             R"(\begin{cases} x - \lambda & x > \lambda \\ x + \lambda & x < -\lambda \\ 0 & \text{otherwise} \end{cases})",
             "Soft thresholding: shrinks every input towards 0 by λ; it is the proximal operator of the "
             "L1 penalty used in sparse coding.",
             "f′(±λ) = 0 (PyTorch)."},
            kShrink),
        entry<Tanhshrink>(
            {"tanhshrink", "Tanhshrink", Family::Shrinkage, "torch.nn.Tanhshrink", "x − tanh(x)",
             R"(x - \tanh x)",
             "What is left of x after tanh: flat (≈ x³/3) near 0 and x ∓ 1 far out. Computed with a "
             "series near 0, where x − tanh x cancels (PyTorch returns 0 at 1e-8).",
             kSmoothConv}),
        entry<Threshold>(
            {"threshold", "ThresholdReLU", Family::Piecewise, "torch.nn.Threshold", "x if x > θ, else v",
             R"(\begin{cases} x & x > \theta \\ v & x \le \theta \end{cases})",
             "Passes x only above the threshold θ and outputs a constant v otherwise (ThresholdReLU when "
             "v = 0); it jumps at θ unless v = θ.",
             "f(θ) = v and f′(θ) = 0 (PyTorch's threshold kernel tests x ≤ θ)."},
            kThreshold),
        entry<Maxout>(
            {"maxout", "Maxout", Family::Piecewise, "", "max over j ≤ k of (wⱼx + bⱼ)",
             R"(\max_{j \le k}\,(w_j x + b_j))",
             "A maxout unit outputs the largest of k learned linear pieces, so it can learn ReLU, |x|, "
             "Leaky ReLU or any convex piecewise-linear shape; it was introduced for use with dropout.",
             "At a breakpoint f′ is the slope of the lowest-index tied piece (like torch.max over a "
             "dimension); the one-sided values are the smallest and largest tied slopes."},
            kMaxout),
        entry<Isru>(
            {"isru", "ISRU", Family::Other, "", "x/√(1 + αx²)", R"(\frac{x}{\sqrt{1 + \alpha x^{2}}})",
             "Inverse square root unit: a tanh-like odd squashing function into (−1/√α, 1/√α) that needs "
             "only a square root.",
             kSmoothConv},
            kIsru),
        entry<Isrlu>(
            {"isrlu", "ISRLU", Family::Other, "", "x for x ≥ 0, x/√(1 + αx²) otherwise",
             R"(\begin{cases} x & x \ge 0 \\ \frac{x}{\sqrt{1 + \alpha x^{2}}} & x < 0 \end{cases})",
             "Inverse square root linear unit: ELU-like, saturating at −1/√α for negative inputs, without "
             "exponentials. It is twice but not three times differentiable at 0.",
             "C² at 0: f, f′ and f″ are continuous; f‴ jumps."},
            kIsru),
        entry<BentIdentity>(
            {"bent_identity", "Bent identity", Family::Other, "", "(√(x² + 1) − 1)/2 + x",
             R"(\frac{\sqrt{x^{2} + 1} - 1}{2} + x)",
             "A smooth, monotonic, unbounded function whose slope moves from 1/2 to 3/2: it bends the "
             "identity without ever saturating.",
             kSmoothConv}),
        entry<Gaussian>(
            {"gaussian", "Gaussian", Family::Other, "", "e^(−x²)", R"(e^{-x^{2}})",
             "A bump used in radial-basis networks: not monotonic, bounded in (0, 1], with gradients that "
             "vanish on both sides.",
             kSmoothConv}),
        entry<Sinc>(
            {"sinc", "Sinc", Family::Other, "", "sin(x)/x, 1 at x = 0", R"(\frac{\sin x}{x})",
             "The unnormalised sinc: an oscillating, decaying, even function; a curiosity as an activation "
             "that shows how a non-monotonic periodic shape behaves.",
             kSmoothConv}),
        entry<Snake>(
            {"snake", "Snake", Family::Other, "", "x + sin²(ax)/a", R"(x + \frac{\sin^{2}(a x)}{a})",
             "Snake adds a periodic ripple to the identity so a network can extrapolate periodic signals; "
             "it is monotonic because f′ = 1 + sin(2ax) ≥ 0.",
             kSmoothConv},
            kSnake),
    };
    return all;
}

} // namespace

std::span<const Activation> catalogue() {
    return registry();
}

const Activation* findActivation(std::string_view id) {
    for (const Activation& a : registry())
        if (a.id == id) return &a;
    return nullptr;
}

std::string_view familyName(Family family) {
    switch (family) {
    case Family::Saturating:
        return "Sigmoid & tanh";
    case Family::Rectifier:
        return "ReLU family";
    case Family::Exponential:
        return "Exponential units";
    case Family::Gated:
        return "Self-gated (GELU, Swish, Mish)";
    case Family::Softplus:
        return "Softplus & soft sigmoids";
    case Family::Hard:
        return "Hard approximations";
    case Family::Shrinkage:
        return "Shrinkage";
    case Family::Piecewise:
        return "Threshold & Maxout";
    case Family::Other:
        return "Other";
    }
    return "Other";
}

} // namespace actlab
