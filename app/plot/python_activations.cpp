// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/python_activations.hpp"

#include "actlab/catalogue.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace actlab::plot {

namespace {

// Catalogue order. A change here must keep the values the core gives (the Python export tests compare
// every function with `actlab plot -o .csv` within 1e-9 relative).
constexpr PythonActivation kActivations[] = {
    {"sigmoid", "s, sn = _sigmoid(x), _sigmoid(-x)", "s", "s * sn", "-s * sn * np.tanh(0.5 * x)"},
    {"tanh",
     "t = np.tanh(x)\n"
     "sech2 = (1.0 / np.cosh(x)) ** 2",
     "t", "sech2", "-2.0 * t * sech2"},
    {"relu", "pos = x > 0", "np.where(pos, x, 0.0)", "np.where(pos, 1.0, 0.0)", "np.zeros_like(x)"},
    {"relu6", "inside = (x > 0) & (x < 6)", "np.where(x > 0, np.minimum(x, 6.0), 0.0)",
     "np.where(inside, 1.0, 0.0)", "np.zeros_like(x)"},
    {"leaky_relu", "pos = x > 0", "np.where(pos, x, alpha * x)", "np.where(pos, 1.0, alpha)",
     "np.zeros_like(x)"},
    {"prelu", "pos = x > 0", "np.where(pos, x, alpha * x)", "np.where(pos, 1.0, alpha)", "np.zeros_like(x)"},
    {"rrelu",
     "a = 0.5 * lower + 0.5 * upper  # the mean slope (test time)\n"
     "pos = x > 0",
     "np.where(pos, x, a * x)", "np.where(pos, 1.0, a)", "np.zeros_like(x)"},
    {"elu",
     "pos = x > 0\n"
     "xn = np.minimum(x, 0.0)",
     "np.where(pos, x, alpha * np.expm1(xn))", "np.where(pos, 1.0, alpha * np.exp(xn))",
     "np.where(x < 0, alpha * np.exp(xn), 0.0)"},
    {"celu",
     "pos = x > 0\n"
     "t = np.minimum(x, 0.0) / alpha",
     "np.where(pos, x, alpha * np.expm1(t))", "np.where(pos, 1.0, np.exp(t))",
     "np.where(x < 0, np.exp(t) / alpha, 0.0)"},
    {"selu",
     "pos = x > 0\n"
     "xn = np.minimum(x, 0.0)\n"
     "la = lambda_ * alpha",
     "np.where(pos, lambda_ * x, la * np.expm1(xn))", "np.where(pos, lambda_, la * np.exp(xn))",
     "np.where(x < 0, la * np.exp(xn), 0.0)"},
    {"gelu",
     "cdf = 0.5 * _erfc(-x / np.sqrt(2.0))  # Φ(x), accurate in both tails\n"
     "pdf = np.exp(-0.5 * x * x) / np.sqrt(2.0 * np.pi)",
     "x * cdf", "cdf + x * pdf", "pdf * (2.0 - x * x)"},
    {"gelu_tanh",
     "k = 0.044715\n"
     "c = np.sqrt(2.0 / np.pi)\n"
     "u = c * (x + k * x**3)\n"
     "du = c * (1.0 + 3.0 * k * x * x)\n"
     "d2u = 6.0 * c * k * x\n"
     "s, sn = _sigmoid(2.0 * u), _sigmoid(-2.0 * u)",
     "x * s", "s + 2.0 * x * du * s * sn",
     "s * sn * (4.0 * du + 2.0 * x * d2u - 4.0 * x * du * du * np.tanh(u))"},
    {"silu",
     "w = x\n"
     "s, sn = _sigmoid(w), _sigmoid(-w)",
     "x * s", "s * (1.0 + w * sn)", "s * sn * (2.0 - w * np.tanh(0.5 * w))"},
    {"swish",
     "w = beta * x\n"
     "s, sn = _sigmoid(w), _sigmoid(-w)",
     "x * s", "s * (1.0 + w * sn)", "beta * s * sn * (2.0 - w * np.tanh(0.5 * w))"},
    {"mish",
     "sp = _softplus(x)\n"
     "t = np.tanh(sp)\n"
     "sech2 = (1.0 / np.cosh(sp)) ** 2  # 1 - t², without cancellation\n"
     "s, sn = _sigmoid(x), _sigmoid(-x)",
     "x * t", "t + x * s * sech2", "sech2 * s * (2.0 + x * (sn - 2.0 * t * s))"},
    {"softplus", "w = beta * x", "np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(w))) / beta", "_sigmoid(w)",
     "beta * _sigmoid(w) * _sigmoid(-w)"},
    {"squareplus",
     "r = np.hypot(x, np.sqrt(b))\n"
     "neg = x < 0\n"
     "rm = r - x  # no cancellation where it is used (x < 0)",
     "np.where(neg, 0.5 * (b / rm), 0.5 * (x + r))",
     "np.where(r > 0, np.where(neg, 0.5 * (b / r) / rm, 0.5 * (1.0 + x / r)), 0.0)",
     "np.where(r > 0, ((0.5 * b / r) / r) / r, 0.0)"},
    {"softsign", "a = 1.0 / (1.0 + np.abs(x))", "x * a", "a * a", "-2.0 * np.sign(x) * a * a * a"},
    {"log_sigmoid",
     {},
     "np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))",
     "_sigmoid(-x)",
     "-_sigmoid(x) * _sigmoid(-x)"},
    {"hardsigmoid", "inside = (x > -3) & (x < 3)",
     "np.where(x >= 3, 1.0, np.where(x > -3, (x + 3.0) / 6.0, 0.0))", "np.where(inside, 1.0 / 6.0, 0.0)",
     "np.zeros_like(x)"},
    {"hardswish", "inside = (x > -3) & (x < 3)",
     "np.where(x >= 3, x, np.where(x > -3, x * (x + 3.0) / 6.0, 0.0))",
     "np.where(x >= 3, 1.0, np.where(x > -3, (2.0 * x + 3.0) / 6.0, 0.0))",
     "np.where(inside, 1.0 / 3.0, 0.0)"},
    {"hardtanh",
     {},
     "np.where(x >= max_val, max_val, np.where(x > min_val, x, min_val))",
     "np.where((x > min_val) & (x < max_val), 1.0, 0.0)",
     "np.zeros_like(x)"},
    {"hardshrink", "outside = np.abs(x) > lambda_", "np.where(outside, x, 0.0)",
     "np.where(outside, 1.0, 0.0)", "np.zeros_like(x)"},
    {"softshrink",
     {},
     "np.where(x > lambda_, x - lambda_, np.where(x < -lambda_, x + lambda_, 0.0))",
     "np.where(np.abs(x) > lambda_, 1.0, 0.0)",
     "np.zeros_like(x)"},
    {"tanhshrink",
     "t = np.tanh(x)\n"
     "sech2 = (1.0 / np.cosh(x)) ** 2\n"
     "# x - tanh x cancels near 0: there its Taylor series (ActLab's 20 terms in x²)\n"
     "small = x * x * x * _horner(_TANHSHRINK_SERIES, x * x)",
     "np.where(np.abs(x) < 0.55, small, x - t)", "t * t", "2.0 * t * sech2"},
    {"threshold", "pos = x > theta", "np.where(pos, x, value)", "np.where(pos, 1.0, 0.0)",
     "np.zeros_like(x)"},
    {"maxout",
     "pieces = [(w1, b1), (w2, b2), (w3, b3), (w4, b4)][: int(k)]\n"
     "best, slope = w1 * x + b1, np.full_like(x, w1)\n"
     "for w, b in pieces[1:]:  # a tie keeps the lower piece's slope (torch.max)\n"
     "    v = w * x + b\n"
     "    slope = np.where(v > best, w, slope)\n"
     "    best = np.maximum(best, v)",
     "best", "slope", "np.zeros_like(x)"},
    {"isru", "a = 1.0 / np.hypot(1.0, np.sqrt(alpha) * x)", "x * a", "a**3", "-3.0 * alpha * x * a**5"},
    {"isrlu",
     "a = 1.0 / np.hypot(1.0, np.sqrt(alpha) * x)\n"
     "pos = x >= 0",
     "np.where(pos, x, x * a)", "np.where(pos, 1.0, a**3)", "np.where(pos, 0.0, -3.0 * alpha * x * a**5)"},
    {"bent_identity", "r = np.hypot(x, 1.0)", "x + x * (0.5 * (x / (r + 1.0)))", "1.0 + 0.5 * (x / r)",
     "0.5 * ((1.0 / r) / r) / r"},
    {"gaussian", "g = np.exp(-x * x)", "g", "-2.0 * x * g", "(4.0 * x * x - 2.0) * g"},
    {"sinc",
     "s, c = np.sin(x), np.cos(x)\n"
     "small = np.abs(x) < 1.5  # the closed forms cancel there: Taylor series (ActLab's)\n"
     "f = np.where(x == 0, 1.0, s / np.where(x == 0, 1.0, x))\n"
     "d1 = np.where(small, x * _horner(_SINC_D1_SERIES, x * x), (c - f) / x)",
     "f", "d1", "np.where(small, _horner(_SINC_D2_SERIES, x * x), -f - 2.0 * d1 / x)"},
    {"snake", "s, c = np.sin(a * x), np.cos(a * x)", "x + s * s / a", "(s + c) ** 2",
     "2.0 * a * (c - s) * (s + c)"},
};

constexpr PythonHelper kHelpers[] = {
    {"_sigmoid", R"py(def _sigmoid(u):
    """σ(u) = 1/(1 + e^(−u)) from e^(−|u|) alone: no overflow, full accuracy in both tails."""
    e = np.exp(-np.abs(u))
    return np.where(u >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
)py"},
    {"_softplus", R"py(def _softplus(u):
    """log(1 + e^u) = max(u, 0) + log1p(e^(−|u|)): no overflow, no cancellation."""
    return np.maximum(u, 0.0) + np.log1p(np.exp(-np.abs(u)))
)py"},
    {"_logsigmoid", R"py(def _logsigmoid(u):
    """log σ(u) = −softplus(−u)."""
    return -_softplus(-u)
)py"},
    {"_sech", R"py(def _sech(u):
    """1/cosh(u) (0 where cosh overflows)."""
    return 1.0 / np.cosh(u)
)py"},
    {"_erf", R"py(_erf = np.vectorize(math.erf, otypes=[float])
)py"},
    {"_erfc", R"py(_erfc = np.vectorize(math.erfc, otypes=[float])  # accurate in the tail, unlike 1 - erf
)py"},
    {"_horner", R"py(def _horner(coefficients, t):
    """c0 + c1·t + c2·t² + … by Horner's rule."""
    s = np.full_like(t, coefficients[-1])
    for c in coefficients[-2::-1]:
        s = s * t + c
    return s
)py"},
    {"_TANHSHRINK_SERIES", R"py(# (x − tanh x)/x³ = Σ cₖ·x²ᵏ (ActLab's coefficients)
_TANHSHRINK_SERIES = [float.fromhex(h) for h in (
    "0x1.5555555555555p-2", "-0x1.1111111111111p-3", "0x1.ba1ba1ba1ba1cp-5",
    "-0x1.664f4882c10fap-6", "0x1.226e355e6c23dp-7", "-0x1.d6d3d0e157de0p-9",
    "0x1.7da36452b75e3p-10", "-0x1.3558248036744p-11", "0x1.f57d7734d1664p-13",
    "-0x1.967e18afcafadp-14", "0x1.497d8eea25259p-15", "-0x1.0b132d39a6050p-16",
    "0x1.b0f72d3ee24e9p-18", "-0x1.5ef2da474e5b7p-19", "0x1.1c77df95c1c0dp-20",
    "-0x1.cd299de4ae6bbp-22", "0x1.75cde6563fed9p-23", "-0x1.2efe8db3aff1fp-24",
    "0x1.eb3229047434cp-26", "-0x1.8e25ff9327e2cp-27",
)]
)py"},
    {"_SINC_D1_SERIES", R"py(# sinc′(x)/x = Σ cₖ·x²ᵏ (ActLab's coefficients)
_SINC_D1_SERIES = [float.fromhex(h) for h in (
    "-0x1.5555555555555p-2", "0x1.1111111111111p-5", "-0x1.3813813813814p-10",
    "0x1.71de3a556c734p-16", "-0x1.0cfeb60f94b0ep-22", "0x1.08db48ebe51c7p-29",
    "-0x1.78af56a4d411bp-37", "0x1.952c77030ad4ap-45", "-0x1.5532eaf516982p-53",
    "0x1.ce272b49432cep-62", "-0x1.0132bcd1f4692p-70", "0x1.dedb34ba18f7dp-80",
    "-0x1.7a5b06e5367e5p-89", "0x1.00eba59daed98p-98", "-0x1.2f185b90bb660p-108",
)]
)py"},
    {"_SINC_D2_SERIES", R"py(# sinc″(x) = Σ cₖ·x²ᵏ (ActLab's coefficients)
_SINC_D2_SERIES = [float.fromhex(h) for h in (
    "-0x1.5555555555555p-2", "0x1.999999999999ap-4", "-0x1.8618618618618p-8",
    "0x1.43a2730abee4dp-13", "-0x1.2e9e8cd187470p-19", "0x1.6c2d84445b072p-26",
    "-0x1.320e7665ec4e6p-33", "0x1.7bd9af92da276p-41", "-0x1.6a8619a46801ap-49",
    "0x1.126741b37fe2ap-57", "-0x1.519297d390c9fp-66", "0x1.582d8de5c1f22p-75",
    "-0x1.27971d631292bp-84", "0x1.b18da77a170f0p-94", "-0x1.12ae12fb29d47p-103",
)]
)py"},
};

/// Whether `code` mentions `name` as a whole identifier of its own (not an attribute: np.tanh is not tanh).
bool mentions(const std::string& code, std::string_view name) {
    auto isWordChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    for (std::size_t at = code.find(name); at != std::string::npos; at = code.find(name, at + 1)) {
        const std::size_t end = at + name.size();
        if ((at == 0 || (!isWordChar(code[at - 1]) && code[at - 1] != '.')) &&
            (end == code.size() || !isWordChar(code[end])))
            return true;
    }
    return false;
}

} // namespace

const PythonActivation* findPythonActivation(std::string_view id) {
    for (const auto& entry : kActivations)
        if (entry.id == id) return &entry;
    return nullptr;
}

std::string pythonActivationFunction(const Activation& activation) {
    const PythonActivation* python = findPythonActivation(activation.id);
    if (!python) return {};
    std::string out = "def " + pythonIdentifier(activation.id) + "(x";
    for (const auto& parameter : activation.parameters)
        out += ", " + pythonIdentifier(parameter.name);
    out += "):\n    \"\"\"" + std::string(activation.name) + ": " + std::string(activation.formula) +
           ". Returns f, f′, f″.\"\"\"\n";
    for (std::size_t start = 0; start < python->setup.size();) {
        const std::size_t end = std::min(python->setup.find('\n', start), python->setup.size());
        out += "    " + std::string(python->setup.substr(start, end - start)) + "\n";
        start = end + 1;
    }
    return out + "    return (" + std::string(python->f) + ",\n            " + std::string(python->df) +
           ",\n            " + std::string(python->d2f) + ")\n";
}

std::string pythonActivationsFor(const std::string& code) {
    std::string out;
    for (const Activation& activation : catalogue())
        if (mentions(code, pythonIdentifier(activation.id)))
            out += (out.empty() ? "" : "\n\n") + pythonActivationFunction(activation);
    return out;
}

std::span<const PythonHelper> pythonHelpers() {
    return kHelpers;
}

std::string pythonHelpersFor(const std::string& code) {
    std::array<bool, std::size(kHelpers)> used{};
    std::string scanned = code;
    for (bool grew = true; grew;) { // helpers call helpers (_logsigmoid → _softplus)
        grew = false;
        for (std::size_t i = 0; i < used.size(); ++i)
            if (!used[i] && mentions(scanned, kHelpers[i].name)) {
                used[i] = grew = true;
                scanned += kHelpers[i].source;
            }
    }
    std::string out;
    for (std::size_t i = 0; i < used.size(); ++i)
        if (used[i]) out += (out.empty() ? "" : "\n\n") + std::string(kHelpers[i].source);
    return out;
}

std::string pythonNumber(double value) {
    if (std::isnan(value)) return "math.nan";
    if (std::isinf(value)) return value > 0 ? "math.inf" : "-math.inf";
    std::string text = formatNumber(value);
    if (text.find_first_of(".e") == std::string::npos) text += ".0";
    return text;
}

std::string pythonIdentifier(std::string_view name) {
    static constexpr std::string_view kTaken[] = {
        "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
        "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
        "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
        "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",    "np",
        "math",  "plt",      "x",     "f",      "df",   "d2f"};
    std::string out(name);
    if (!out.empty() && out.front() == '_') out.insert(0, "p"); // the helpers' names start with _
    if (std::find(std::begin(kTaken), std::end(kTaken), out) != std::end(kTaken)) out += '_';
    return out;
}

} // namespace actlab::plot
