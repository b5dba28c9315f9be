// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/python_export.hpp"

#include "plot/curve_label.hpp"
#include "plot/python_activations.hpp"
#include "plot/python_formula.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/curve_function.hpp"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace actlab::plot {

namespace {

/// Sampling, drawing and the CSV: the same for every figure. Reads the constants the generated part
/// defines above it (TITLE, CURVES, …).
constexpr char kRuntime[] = R"py(
# ---- Sampling, drawing and the CSV (the same in every script ActLab writes) ----


def sample_grid(lo, hi, count, kinks=()):
    """ActLab's grid: `count` points over [lo, hi], placed as C++'s std::lerp places them, plus every
    kink inside, sorted and without duplicates."""
    last = count - 1
    xs = []
    for i in range(count):
        t = i / last
        if i == last:
            xs.append(hi)
        elif lo <= 0.0 <= hi:
            xs.append(t * hi + (1.0 - t) * lo)
        else:
            xs.append(min(hi, lo + t * (hi - lo)))
    xs += [k for k in kinks if lo <= k <= hi]
    return np.unique(np.array(xs, dtype=float))


def evaluate(curve, x):
    """f, f′ and f″ of a curve at every x, each an array the shape of x."""
    params = {name: np.float64(value) for name, value in curve["params"].items()}
    with np.errstate(all="ignore"):  # overflow or 0/0 in a branch that np.where does not take
        values = curve["function"](x, **params)
    return [np.broadcast_to(np.asarray(v, dtype=float), x.shape) for v in values]


def same_value(a, b):
    """Equal, both NaN, or within 1e-12 relative: no jump (ActLab's test)."""
    if a == b or (math.isnan(a) and math.isnan(b)):
        return True
    return abs(a - b) <= 1e-12 * max(abs(a), abs(b))


def split_at_jumps(x, y, curve, order):
    """The polyline of one order with, at each of its jumps, the left limit, a gap (NaN) and the right
    limit; and the dots there: closed at the value the function takes, open at the other limits."""
    closed, opened = [], []
    for jump_order, xk, left, right in sorted(curve["jumps"], key=lambda jump: -jump[1]):
        i = int(np.searchsorted(x, xk))
        if jump_order != order or i >= len(x) or x[i] != xk:
            continue
        value = float(y[i])
        x = np.concatenate([x[:i], [xk, xk, xk], x[i + 1:]])
        y = np.concatenate([y[:i], [left, np.nan, right], y[i + 1:]])
        closed.append((xk, value))
        opened += [(xk, side) for side in (left, right) if not same_value(side, value)]
    return x, y, closed, opened


def y_limits(ys):
    """ActLab's autoscale: the finite values with a 5 % margin (±max(1, 10 %) around a flat curve)."""
    finite = np.concatenate([y[np.isfinite(y)] for y in ys] + [np.empty(0)])
    if finite.size == 0:
        return (-1.0, 1.0)
    lo, hi = float(finite.min()), float(finite.max())
    if hi - lo < 1e-12 * max(1.0, abs(lo), abs(hi)):
        half = max(1.0, abs(lo) * 0.1)
        return (lo - half, hi + half)
    margin = 0.05 * (hi - lo)
    return (lo - margin, hi + margin)


def text(label):
    """A label as matplotlib shows it literally ($ would start mathtext)."""
    return label.replace("$", r"\$")


def style_axes(ax):
    ax.set_facecolor(THEME["axes"])
    for spine in ax.spines.values():
        spine.set_color(THEME["axis"])
        spine.set_linewidth(0.75)
    ax.tick_params(colors=THEME["axis"], labelcolor=THEME["text"], labelsize=FONT_PT["tick"],
                   direction="out", length=3, width=0.75)
    if GRID:
        ax.grid(True, color=THEME["grid"], alpha=GRID_OPACITY, linestyle=GRID_STYLE, linewidth=0.75)
    ax.set_axisbelow(True)
    if ZERO_LINES:
        ax.axhline(0.0, color=THEME["zero"], linewidth=0.75, zorder=1)
        ax.axvline(0.0, color=THEME["zero"], linewidth=0.75, zorder=1)
    ax.set_xlim(*X_RANGE)


def draw_order(ax, curve, x, y, order, color, width_px, dashes, label):
    """One order of one curve: its line (widths in pixels, as ActLab's; dashes in line widths, as Qt's
    pen styles, or None for a solid line) and its jump dots."""
    xs, ys, closed, opened = split_at_jumps(x, y, curve, order)
    pt = 0.75  # points per pixel at 96 dpi
    ax.plot(xs, ys, color=color, linewidth=width_px * pt, linestyle=(0, dashes) if dashes else "-",
            label=label, solid_capstyle="round", solid_joinstyle="round", dash_capstyle="round", zorder=2)
    dot = (2.5 * width_px + 3.0) * pt  # ActLab: 2.5 × the line width + 3 px across
    if closed:
        ax.plot(*zip(*closed), linestyle="none", marker="o", markersize=dot, color=color, zorder=3)
    if opened:
        ax.plot(*zip(*opened), linestyle="none", marker="o", markersize=dot, markerfacecolor=THEME["axes"],
                markeredgecolor=color, markeredgewidth=max(1.0, 0.75 * width_px) * pt, zorder=3)
    return ys


def legend(ax, beside=True):
    """The legend at LEGEND inside the axes; "outside right" stands beside them, top-aligned (in the
    gallery, where a panel has no room beside it, at the panel's right edge)."""
    if LEGEND == "outside right":
        place = dict(loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0) if beside else \
            dict(loc="center right")
    else:
        place = dict(loc=LEGEND)
    ax.legend(**place, fontsize=FONT_PT["legend"], facecolor=THEME["legend"], framealpha=THEME["legend_alpha"],
              edgecolor=THEME["legend_edge"], labelcolor=THEME["text"], fancybox=False)


def draw_stacked(fig):
    """f on top, f′ and f″ below it, sharing the x axis; f gets 1.6 times the height of the others."""
    axes = fig.subplots(len(ORDERS), 1, sharex=True, squeeze=False,
                        gridspec_kw={"height_ratios": [1.6 if order == 0 else 1.0 for order in ORDERS]})[:, 0]
    samples = []
    for curve in CURVES:
        x = sample_grid(*X_RANGE, DRAW_POINTS, curve["kinks"])
        samples.append((x, evaluate(curve, x)))
    for ax, order in zip(axes, ORDERS):
        style_axes(ax)
        drawn = [draw_order(ax, curve, x, values[order], order, curve["color"], curve["width_px"],
                            curve["dashes"], text(curve["label"]) if order == 0 else "_nolegend_")
                 for curve, (x, values) in zip(CURVES, samples)]
        ax.set_ylim(*(Y_RANGES[order] or y_limits(drawn)))
        ax.set_ylabel(text(Y_LABELS[order]), fontsize=FONT_PT["label"], color=THEME["text"])
    axes[-1].set_xlabel(text(X_LABEL), fontsize=FONT_PT["label"], color=THEME["text"])
    if LEGEND and CURVES:
        legend(axes[0])


def draw_gallery(fig):
    """One panel per curve, titled with its label: f in its colour, f′ dashed in a neutral grey."""
    rows, cols = GALLERY
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax in axes[PANELS:]:
        ax.set_visible(False)
    for curve in CURVES:
        ax = axes[curve["panel"]]
        style_axes(ax)
        x = sample_grid(*X_RANGE, DRAW_POINTS, curve["kinks"])
        values = evaluate(curve, x)
        width = curve["width_px"]
        f = draw_order(ax, curve, x, values[0], 0, curve["color"], width, None, text(Y_LABELS[0]))
        df = draw_order(ax, curve, x, values[1], 1, THEME["neutral"], max(1.0, 0.75 * width), (4, 2),
                        text(Y_LABELS[1]))
        ax.set_ylim(*(Y_RANGES[0] or y_limits([f, df])))
        ax.set_title(text(curve["label"]), fontsize=FONT_PT["label"], color=THEME["text"])
        if curve["panel"] + cols >= PANELS:
            ax.set_xlabel(text(X_LABEL), fontsize=FONT_PT["label"], color=THEME["text"])
        if LEGEND and curve["panel"] == 0:
            legend(ax, beside=False)


def draw_figure():
    """The figure at SIZE_PX pixels: figsize in inches at 96 dpi, laid out inside that size."""
    plt.rcParams["axes.unicode_minus"] = False  # tick labels with "-", as ActLab's
    fig = plt.figure(figsize=(SIZE_PX[0] / 96, SIZE_PX[1] / 96), dpi=96, facecolor=THEME["background"],
                     layout="constrained")
    fig.get_layout_engine().set(w_pad=12 / 96, h_pad=10 / 96, hspace=0.05)  # about ActLab's margins
    if TITLE:
        fig.suptitle(text(TITLE), fontsize=FONT_PT["title"], color=THEME["text"])
    if GALLERY:
        draw_gallery(fig)
    else:
        draw_stacked(fig)
    return fig


def number(value):
    """A value as ActLab writes it: the shortest text that reads back to the same double."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def csv_field(field):
    if not any(c in field for c in ',"\n'):
        return field
    return '"' + field.replace('"', '""') + '"'


def write_csv(path):
    """The samples as `actlab plot -o FILE.csv` writes them: x, then f, f′, f″ of every curve, on
    CSV_POINTS uniform points plus every kink (the values the functions take there)."""
    x = sample_grid(*X_RANGE, CSV_POINTS, [k for curve in CURVES for k in curve["kinks"]])
    header, columns = ["x"], [x]
    for curve in CURVES:
        header += [csv_field(curve["label"] + ": " + suffix) for suffix in ("f", "f'", "f''")]
        columns += evaluate(curve, x)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        for row in zip(*columns):
            out.write(",".join(number(v) for v in row) + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=os.path.splitext(os.path.abspath(__file__))[0] + ".png",
                        help="the image to write: .png, .svg or .pdf (default: next to this script, .png)")
    parser.add_argument("--csv", metavar="FILE", help="also write the sampled data as CSV")
    args = parser.parse_args(argv)
    problem = None
    suffix = os.path.splitext(args.output)[1][1:].lower()
    formats = FigureCanvasBase.get_supported_filetypes()
    if suffix not in formats:
        problem = f"cannot write {args.output}: name it .png, .svg or .pdf (matplotlib also writes " \
                  f"{', '.join('.' + f for f in sorted(formats) if f not in ('png', 'svg', 'pdf'))})"
    for path in filter(None, (args.output, args.csv)):
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            problem = f"cannot write {path}: directory {folder} does not exist"
    if problem:
        print(f"{parser.prog}: {problem}", file=sys.stderr)
        return 2
    try:
        if args.csv:
            write_csv(args.csv)
        fig = draw_figure()
        fig.savefig(args.output, dpi=96, facecolor=THEME["background"], transparent=TRANSPARENT)
        plt.close(fig)
    except (OSError, ValueError) as error:
        print(f"{parser.prog}: cannot write the figure: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
)py";

/// A string's characters as they go between Python's double quotes (UTF-8, control characters escaped).
std::string pyEscaped(const QString& text) {
    std::string out;
    for (const char c : text.toStdString()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[(c >> 4) & 0xf];
            out += kHex[c & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

/// A string as a Python literal in double quotes.
std::string pyString(const QString& text) {
    return "\"" + pyEscaped(text) + "\"";
}

std::string pyColor(const QColor& color) {
    return pyString(color.name(QColor::HexRgb));
}

/// matplotlib's legend location for ActLab's position ("top left" → "upper left").
std::string legendLocation(const QString& position) {
    if (position == QLatin1String("none")) return "None";
    if (position == QLatin1String("outside right")) return "\"outside right\"";
    const std::string vertical = position.startsWith(QLatin1String("top"))      ? "upper"
                                 : position.startsWith(QLatin1String("bottom")) ? "lower"
                                                                                : "center";
    const std::string horizontal = position.endsWith(QLatin1String("left"))    ? "left"
                                   : position.endsWith(QLatin1String("right")) ? "right"
                                                                               : "center";
    if (vertical == "center" && horizontal == "center") return "\"center\"";
    return "\"" + vertical + " " + horizontal + "\"";
}

std::string gridStyle(Qt::PenStyle style) {
    switch (style) {
    case Qt::DashLine:
        return "\"--\"";
    case Qt::DotLine:
        return "\":\"";
    case Qt::DashDotLine:
    case Qt::DashDotDotLine:
        return "\"-.\"";
    default:
        return "\"-\"";
    }
}

/// A pen style's dashes for matplotlib, in line widths as Qt's ((4, 2) for Qt::DashLine), or None.
std::string dashPattern(Qt::PenStyle style) {
    switch (style) {
    case Qt::DashLine:
        return "(4, 2)";
    case Qt::DotLine:
        return "(1, 2)";
    case Qt::DashDotLine:
        return "(4, 2, 1, 2)";
    case Qt::DashDotDotLine:
        return "(4, 2, 1, 2, 1, 2)";
    default:
        return "None";
    }
}

/// The CURVES entry: label, Python function and parameters, colour, width, panel, the kinks inside the x
/// range and the jumps ActLab draws there, as (order, x, left, right): taken from its own sampling, where a
/// jump is the left limit, a NaN and the right limit at one x.
std::string curveEntry(const CurveSpec& curve, const std::string& name, const CurveFunction& function,
                       const std::vector<double>& params, const QColor& color, Qt::PenStyle style, int panel,
                       const FigureSpec& spec) {
    std::string paramText, kinkText, jumpText;
    for (std::size_t i = 0; i < params.size(); ++i)
        paramText +=
            (i ? ", " : "") + pythonIdentifier(function.parameters()[i].name) + "=" + pythonNumber(params[i]);
    if (!(spec.xMin < spec.xMax) || !std::isfinite(spec.xMin) || !std::isfinite(spec.xMax))
        return {}; // nothing ActLab could draw either
    for (const Kink& kink : function.kinks(params, spec.xMin, spec.xMax))
        kinkText += (kinkText.empty() ? "" : ", ") + pythonNumber(kink.x);
    const SampledCurve sampled = function.sample(params, spec.xMin, spec.xMax, 2); // uniform points + kinks
    for (int order = 0; order < 3; ++order) {
        const Series& s = sampled.order[static_cast<std::size_t>(order)];
        for (std::size_t i = 1; i + 1 < s.x.size(); ++i)
            if (s.x[i - 1] == s.x[i] && s.x[i] == s.x[i + 1] && std::isnan(s.y[i]))
                jumpText += (jumpText.empty() ? "" : ", ") + ("(" + std::to_string(order) + ", ") +
                            pythonNumber(s.x[i]) + ", " + pythonNumber(s.y[i - 1]) + ", " +
                            pythonNumber(s.y[i + 1]) + ")";
    }
    return "    dict(label=" + pyString(curveLabel(curve)) + ", function=" + name + ", params=dict(" +
           paramText + "),\n         color=" + pyColor(color) +
           ", width_px=" + pythonNumber(curve.lineWidth) + ", dashes=" + dashPattern(style) +
           ", panel=" + std::to_string(panel) + ",\n         kinks=[" + kinkText + "], jumps=[" + jumpText +
           "]),\n";
}

} // namespace

QByteArray renderPythonScript(const FigureSpec& spec, const ExportOptions& options) {
    const Theme& theme = options.theme;
    const QSize size = options.sizePx.isValid() && !options.sizePx.isEmpty() ? options.sizePx : spec.sizePx;
    const int csvPoints =
        options.csvPoints >= 2 ? options.csvPoints : (spec.points >= 2 ? spec.points : 1001);
    const int panels = std::max<int>(1, static_cast<int>(spec.curves.size()));
    const int rows = std::max(1, static_cast<int>(std::lround(std::sqrt(panels / 2.0))));
    const int cols = (panels + rows - 1) / rows;

    // `calls` names every catalogue function the script calls (the curves' own, and those formulas call),
    // so that each is defined once; formulas get functions of their own, formula_1, formula_2, …
    std::string calls, formulas, curves;
    int formulaCount = 0;
    for (std::size_t c = 0; c < spec.curves.size(); ++c) {
        const CurveSpec& curve = spec.curves[c];
        const auto function = functionOf(curve);
        if (!function || !curve.visible) continue;
        std::string name;
        if (const formula::Formula* typed = function->formula()) {
            name = "formula_" + std::to_string(formulaCount + 1);
            const auto definition = pythonFormulaFunction(*typed, name);
            if (!definition) continue; // not for text ActLab prints itself; such a curve is left out
            ++formulaCount;
            formulas += (formulas.empty() ? "" : "\n\n") + *definition;
            for (int order = 0; order < 3; ++order)
                calls += pythonExpression(typed->text(order, formula::Notation::Plain)).value_or("") + "\n";
        } else {
            if (!findPythonActivation(function->id())) continue;
            name = pythonIdentifier(function->id());
            calls += name + "(x)\n";
        }
        const std::vector<double> params =
            curve.params.size() == function->parameters().size() ? curve.params : function->defaults();
        const QColor color = spec.gallery
                                 ? (curve.color.isValid() ? theme.legible(curve.color) : theme.color(0))
                                 : theme.curveColor(curve, static_cast<int>(c));
        // As the window draws them: past the palette's last colour, curves repeat colours with dashes.
        const Qt::PenStyle style = spec.gallery
                                       ? Qt::SolidLine
                                       : Theme::lineStyle(curve.slot >= 0 ? curve.slot : static_cast<int>(c));
        curves += curveEntry(curve, name, *function, params, color, style, static_cast<int>(c), spec);
    }
    std::string functions = pythonActivationsFor(calls);
    functions += (functions.empty() || formulas.empty() ? "" : "\n\n") + formulas;

    QColor neutral = theme.text;
    neutral.setAlphaF(0.6f);
    const auto pt = [&](double points) { return pythonNumber(points * options.fontScale); };
    std::string orders;
    for (int order = 0; order < 3; ++order)
        if (spec.showsOrder(order)) orders += (orders.empty() ? "" : ", ") + std::to_string(order);
    std::string yRanges;
    for (int order = 0; order < 3; ++order) {
        const auto& range = spec.yRange[static_cast<std::size_t>(order)];
        yRanges += (order ? ", " : "") +
                   (range ? "(" + pythonNumber(range->first) + ", " + pythonNumber(range->second) + ")"
                          : std::string("None"));
    }

    const QString heading = spec.title.isEmpty() ? QStringLiteral("An ActLab figure") : spec.title;
    std::string script =
        "#!/usr/bin/env python3\n\"\"\"" + pyEscaped(heading) +
        " — an ActLab figure as a standalone script (NumPy and matplotlib).\n\n"
        "    python3 SCRIPT.py [OUT.png|svg|pdf] [--csv DATA.csv]\n\n"
        "draws the figure at its size in pixels (default: next to this script, .png) and with --csv\n"
        "writes the sampled f, f′, f″ of every curve in the layout of `actlab plot -o DATA.csv`.\n"
        "The functions below are ActLab's, written out in the stable forms it evaluates, with its\n"
        "(PyTorch's) values at kinks.\n\"\"\"\n"
        "import argparse\nimport math\nimport os\nimport sys\n\n"
        "import matplotlib\nimport numpy as np\n\nmatplotlib.use(\"Agg\")\n"
        "import matplotlib.pyplot as plt  # noqa: E402 (after choosing the backend)\n"
        "from matplotlib.backend_bases import FigureCanvasBase  # noqa: E402\n\n\n"
        "# ---- The functions: each returns f, f′ and f″ at x (a NumPy array) ----\n\n";
    const std::string helpers = pythonHelpersFor(functions);
    script += helpers + (helpers.empty() ? "" : "\n\n") + functions;
    script += "\n\n# ---- The figure ----\n\n";
    script += "TITLE = " + pyString(spec.title) + "\n";
    script += "X_LABEL = " + pyString(spec.xLabel) + "\n";
    script += "Y_LABELS = [" + pyString(spec.yLabel) + ", " + pyString(spec.yLabelDerivative) + ", " +
              pyString(spec.yLabelSecond) + "]  # of f, f′, f″\n";
    script += "X_RANGE = (" + pythonNumber(spec.xMin) + ", " + pythonNumber(spec.xMax) + ")\n";
    script += "Y_RANGES = [" + yRanges + "]  # per order; None: fit the data with a 5 % margin\n";
    script += "ORDERS = [" + orders + "]  # the subplots from the top: 0 = f, 1 = f′, 2 = f″\n";
    script += "GALLERY = " +
              (spec.gallery ? "(" + std::to_string(rows) + ", " + std::to_string(cols) + ")"
                            : std::string("None")) +
              "  # (rows, columns) of small multiples, or None\n";
    script += "PANELS = " + std::to_string(panels) + "\n";
    script += "SIZE_PX = (" + std::to_string(size.width()) + ", " + std::to_string(size.height()) + ")\n";
    script +=
        "CSV_POINTS = " + std::to_string(csvPoints) + "  # uniform samples of --csv (plus every kink)\n";
    script += "DRAW_POINTS = " + std::to_string(std::max(csvPoints, 2 * size.width())) +
              "  # samples of each drawn curve\n";
    script += "LEGEND = " + legendLocation(spec.legend) + "\n";
    script += std::string("GRID = ") + (spec.grid ? "True" : "False") + "\n";
    script += "GRID_STYLE = " + gridStyle(spec.gridStyle) + "\n";
    script += "GRID_OPACITY = " + pythonNumber(std::clamp(spec.gridOpacity, 0.0, 1.0)) + "\n";
    script += std::string("ZERO_LINES = ") + (spec.zeroLines ? "True" : "False") + "\n";
    script += std::string("TRANSPARENT = ") + (options.transparent ? "True" : "False") + "\n";
    script += "FONT_PT = dict(title=" + pt(spec.titlePt) + ", label=" + pt(spec.labelPt) +
              ", legend=" + pt(spec.legendPt) + ", tick=" + pt(spec.tickPt) + ")\n";
    script += "THEME = dict(  # ActLab's " + theme.name.toStdString() + " theme\n";
    script += "    background=" + pyColor(theme.background) + ", axes=" +
              pyColor(theme.axisRectBackground.alpha() == 0 ? theme.background : theme.axisRectBackground) +
              ", axis=" + pyColor(theme.axis) + ", text=" + pyColor(theme.text) + ",\n";
    script += "    grid=" + pyColor(theme.grid) + ", zero=" + pyColor(theme.zeroLine) +
              ", legend=" + pyColor(theme.legendBackground) + ", legend_alpha=" +
              pythonNumber(std::round(theme.legendBackground.alpha() / 255.0 * 1000) / 1000) +
              ", legend_edge=" + pyColor(theme.legendBorder) + ",\n";
    script += "    neutral=" +
              pyString(QLatin1Char('#') + neutral.name(QColor::HexArgb).mid(3) +
                       neutral.name(QColor::HexArgb).mid(1, 2)) +
              ",  # f′ in the gallery\n)\n";
    script +=
        "# Each curve: its function and parameters, colour, line width (pixels), dashes (in line widths, or\n"
        "# None: solid), gallery panel, the kinks in X_RANGE and where f (order 0), f′ or f″ jumps:\n"
        "# (order, x, left limit, right limit).\n";
    script += "CURVES = [\n" + curves + "]\n";
    script += kRuntime;
    return QByteArray::fromStdString(script);
}

} // namespace actlab::plot
