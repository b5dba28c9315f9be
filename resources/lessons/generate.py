#!/usr/bin/env python3
# Writes the built-in lesson "ReLU and its variants" as two ActLab session files (English and Simplified
# Chinese) from the one description below: edit the steps here, run `python3 generate.py` in this
# directory, commit the .actlab files. The figures come from ../presets/presets.json where a step shows
# one of the material's figures, so the lesson and the presets cannot drift apart.
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
presets = {p["name"]: p for p in json.loads((here / "../presets/presets.json").read_text())["presets"]}


def preset(name, **changes):
    figure = {k: v for k, v in presets[name].items() if k not in ("name", "description", "analysis")}
    figure.update(changes)
    return figure


def figure(curves, x, title, derivatives=1, y=None, yd=None, legend="top left"):
    f = {"title": title, "xLabel": "x", "yLabel": "f(x)", "xRange": list(x), "points": 1000,
         "derivatives": derivatives, "legend": legend, "grid": True, "titlePt": 14, "labelPt": 12,
         "legendPt": 12, "size": [1000, 700], "curves": curves}
    if y:
        f["yRange"] = list(y)
    if yd:
        f["yRangeDerivative"] = list(yd)
    return f


def depth_view(kind, **settings):
    """The Deep network view a step opens (the "analysis" object of presets.json)."""
    return {"analysis": {"kind": kind, **settings}}


def lab(experiment, step=0, play=False):
    """The training lab a step opens on one of the material's experiments (the "lab" object of a session's
    "explorer"): trained to `step`, then playing on if `play`."""
    return {"lab": {"experiment": experiment, "step": step, "play": play}}


# Each step: (figure, selected curve, cursor x, {language: (title, note)}[, Deep network view or lab]).
steps = [
    (preset("activation-functions"), 0, -4.0, {
        "en": ("The classic activations",
               "Sigmoid, tanh, ReLU, Leaky ReLU (α = 0.01) and ELU (α = 1) over [−10, 10]: figure 1 of "
               "the notes. Sigmoid and tanh flatten out on both sides; ReLU and its variants keep growing "
               "for x > 0. Move the cursor (← →) to read exact values."),
        "zh": ("经典激活函数",
               "Sigmoid、tanh、ReLU、Leaky ReLU（α = 0.01）和 ELU（α = 1），x ∈ [−10, 10]：讲义中的图 1。"
               "Sigmoid 和 tanh 两侧趋于平坦；ReLU 及其变体在 x > 0 时持续增长。用 ← → 移动光标读取精确值。")}),
    (figure([{"id": "sigmoid"}, {"id": "tanh"}], (-8, 8), "Sigmoid and tanh: saturation", yd=(0, 1.05)), 0, 0.0, {
        "en": ("Sigmoid: f′ is at most 0.25",
               "σ′(x) = σ(x)(1 − σ(x)) peaks at x = 0 with exactly 0.25; tanh′ = 1 − tanh² peaks at 1. "
               "Backpropagation multiplies one f′ per layer: through ten sigmoid layers the gradient is "
               "at most 0.25¹⁰ ≈ 9.5 · 10⁻⁷ of what it was."),
        "zh": ("Sigmoid：导数最大只有 0.25",
               "σ′(x) = σ(x)(1 − σ(x)) 在 x = 0 处取最大值 0.25；tanh′ = 1 − tanh² 的最大值为 1。"
               "反向传播每经过一层就乘一次 f′：经过十层 sigmoid，梯度最多只剩原来的 0.25¹⁰ ≈ 9.5 · 10⁻⁷。")}),
    (figure([{"id": "sigmoid"}, {"id": "tanh"}], (-8, 8), "Sigmoid and tanh: saturation", yd=(0, 1.05)), 0, 6.0, {
        "en": ("Saturation: the gradient vanishes",
               "At x = 6 the sigmoid is 0.9975 and its derivative only 0.0025; tanh′(6) is 2.5 · 10⁻⁵. "
               "A unit pushed far out barely learns: this is the vanishing gradient."),
        "zh": ("饱和：梯度消失",
               "在 x = 6 处 sigmoid 等于 0.9975，导数只有 0.0025；tanh′(6) 只有 2.5 · 10⁻⁵。"
               "输入被推到远处的神经元几乎学不动：这就是梯度消失。")}),
    (figure([{"id": "relu", "lineWidth": 2}], (-3, 3), "ReLU: f′ is 0 or 1", y=(-0.5, 3), yd=(-0.2, 1.2)), 0, 0.0, {
        "en": ("ReLU: f′ is 0 or 1",
               "ReLU(x) = max(0, x). Its derivative is 1 where the unit is active and 0 elsewhere: the "
               "gradient passes unchanged or not at all. At x = 0 the derivative is undefined; "
               "implementations take 0 (the readout shows the left and right limits)."),
        "zh": ("ReLU：导数只有 0 和 1",
               "ReLU(x) = max(0, x)。激活时导数为 1，否则为 0：梯度要么原样通过，要么完全不通过。"
               "在 x = 0 处导数没有定义，实现中通常取 0（读数会显示左右极限）。")}),
    (figure([{"id": "relu", "lineWidth": 2}], (-3, 3), "Dying ReLU", y=(-0.5, 3), yd=(-0.2, 1.2)), 0, -1.5, {
        "en": ("Dying ReLU",
               "A unit whose input stays negative outputs 0 with gradient 0, so its weights never change "
               "again: it has died. Causes: a learning rate that is too large, poor initialisation, a bias "
               "driven strongly negative."),
        "zh": ("ReLU 死亡问题",
               "如果一个神经元的输入一直为负，它的输出为 0、梯度也为 0，权重再也不会更新：它“死”了。"
               "原因：学习率过大、初始化不当、偏置被推到很负的值。")}),
    # Live, in the training lab (issue 11): the lab opens on the experiment and trains while the class watches.
    (figure([{"id": "relu"}, {"id": "leaky_relu", "params": {"alpha": 0.01}}, {"id": "prelu"},
             {"id": "elu", "params": {"alpha": 1.0}}], (-3, 3), "Dying ReLUs, live", y=(-1.2, 3), yd=(-0.1, 1.2)),
     0, -1.5, {
        "en": ("Dying ReLUs, live",
               "The training lab trains four networks side by side on two moons, from the same seed and the "
               "same initial weights, with Adam at a too-large learning rate η = 0.2. Watch the unit grid: "
               "ReLU's crossed-out units are dead (f′ = 0 on every example) and stay dead, 40 % or more of them "
               "after 250 steps. Leaky ReLU, PReLU and ELU lose none and keep learning; PReLU's α leave their "
               "start 0.25 (the α panel). Reset and Play to show it again: the same seed gives the same run."),
        "zh": ("ReLU 死亡：现场演示",
               "训练实验室在两个半月数据上并排训练四个网络，种子和初始权重都相同，用 Adam 和过大的学习率 η = 0.2。"
               "看神经元网格：ReLU 中被划掉的神经元已经死亡（在每个样本上 f′ = 0），并且不再恢复，250 步后至少 40 %。"
               "Leaky ReLU、PReLU 和 ELU 一个也没有死，继续学习；PReLU 的 α 离开初始值 0.25（见 α 面板）。"
               "点“重置”再点“播放”可以再演示一次：同一个种子得到同样的训练过程。")},
     lab("leaky-prelu-elu", play=True)),
    (figure([{"id": "relu", "lineWidth": 2}], (-3, 3), "A remedy: a small positive bias", y=(-0.5, 3),
            yd=(-0.2, 1.2)), 0, 0.1, {
        "en": ("A remedy: a small positive bias",
               "Four layers of 8 ReLU units, the same weights twice: one network starts with its biases at 0, "
               "the other at 0.1. Already at step 0 the unit grid shows fewer dead units with the small positive "
               "bias (over seeds 1–12 never more, 30 % fewer in all): a unit that starts a little active is less "
               "likely to be dead from the start. Press Play to train both."),
        "zh": ("一个办法：较小的正偏置",
               "四层、每层 8 个 ReLU 神经元，两个网络的权重相同：一个的偏置从 0 开始，另一个从 0.1 开始。"
               "在第 0 步，神经元网格就显示带小正偏置的网络死亡神经元更少（种子 1–12 中从未更多，总共少 30 %）："
               "一开始就略微激活的神经元不容易一开始就死亡。点“播放”训练两个网络。")},
     lab("positive-bias")),
    (preset("relu-variants-derivatives"), 1, -2.0, {
        "en": ("The remedies: Leaky ReLU, PReLU, ELU",
               "Give the negative side a slope: Leaky ReLU (fixed α), PReLU (learned α), ELU (a smooth "
               "exponential). Their f′ is never 0, so no unit dies. Drag α in the parameter panel. Other "
               "remedies: He initialisation, a small positive bias such as 0.1, adaptive learning rates."),
        "zh": ("解决办法：Leaky ReLU、PReLU、ELU",
               "给负半轴一个斜率：Leaky ReLU（固定 α）、PReLU（可学习的 α）、ELU（平滑的指数形式）。"
               "它们的导数从不为 0，神经元不会死亡。可以在参数面板中拖动 α。其他办法：He 初始化、"
               "较小的正偏置（如 0.1）、自适应学习率。")}),
    (figure([{"id": "leaky_relu", "params": {"alpha": 0.01}, "label": "Leaky ReLU (α = 0.01, fixed)"},
             {"id": "prelu", "params": {"alpha": 0.25}, "label": "PReLU (α learned, init 0.25)"}],
            (-4, 4), "Leaky ReLU vs PReLU", y=(-1.2, 4), yd=(-0.1, 1.1)), 1, -2.0, {
        "en": ("PReLU learns its slope",
               "Leaky ReLU fixes α (0.01); PReLU learns it: ∂L/∂α = Σ ∂L/∂f · x over the inputs x ≤ 0 "
               "(PyTorch starts at 0.25). No extra parameters vs a few: simpler tasks vs deeper networks."),
        "zh": ("PReLU 学习自己的斜率",
               "Leaky ReLU 的 α 是固定的（0.01）；PReLU 的 α 是学出来的：∂L/∂α = Σ ∂L/∂f · x，"
               "只对 x ≤ 0 的输入求和（PyTorch 初始值为 0.25）。不增加参数与增加少量参数：简单任务与更深的网络。")}),
    (figure([{"id": "elu", "params": {"alpha": 1.0}}, {"id": "selu"}], (-4, 4), "ELU and SELU",
            y=(-2, 4), yd=(0, 2)), 1, -1.0, {
        "en": ("SELU: self-normalising",
               "SELU = λ · ELU with the fixed λ ≈ 1.0507 and α ≈ 1.6733. With weights initialised for it "
               "(LeCun normal) the activations of a deep network keep mean 0 and variance 1 by themselves. "
               "Its outputs, like ELU's, are closer to zero-centred than ReLU's."),
        "zh": ("SELU：自归一化",
               "SELU = λ · ELU，λ ≈ 1.0507、α ≈ 1.6733 为固定常数。权重按它的要求初始化（LeCun 正态）时，"
               "深层网络的激活值会自动保持均值 0、方差 1。它和 ELU 的输出比 ReLU 更接近零中心。")}),
    (figure([{"id": "gelu"}, {"id": "silu", "label": "Swish / SiLU"}, {"id": "mish"}], (-5, 5),
            "GELU, Swish and Mish", y=(-0.5, 5), yd=(-0.2, 1.2)), 0, -1.0, {
        "en": ("GELU, Swish and Mish",
               "Smooth, bounded below, unbounded above and not monotonic: each dips slightly below 0 for "
               "negative x. GELU = x·Φ(x) is the default of Transformers; Swish = x·σ(βx) (β = 1: SiLU); "
               "Mish = x·tanh(softplus(x)). They cost exponentials where ReLU is one comparison."),
        "zh": ("GELU、Swish 与 Mish",
               "平滑、有下界、无上界、非单调：在负半轴都略低于 0。GELU = x·Φ(x) 是 Transformer 的默认选择；"
               "Swish = x·σ(βx)（β = 1 即 SiLU）；Mish = x·tanh(softplus(x))。"
               "它们需要计算指数，而 ReLU 只需一次比较。")}),
    (preset("silu-vs-mish"), 1, -1.2, {
        "en": ("SiLU vs Mish",
               "Figure 5 of the notes: the two curves, and even their derivatives, are almost the same. "
               "Read the difference at the cursor."),
        "zh": ("SiLU 与 Mish",
               "讲义中的图 5：两条曲线乃至它们的导数几乎一样。在光标处读出它们的差别。")}),
    (preset("variant-gallery"), 0, -1.0, {
        "en": ("The variants at a glance",
               "Figure 4 of the notes: ReLU, Leaky ReLU, PReLU, ELU, SELU, GELU, Swish/SiLU and Mish, each "
               "with its derivative (dashed)."),
        "zh": ("变体一览",
               "讲义中的图 4：ReLU、Leaky ReLU、PReLU、ELU、SELU、GELU、Swish/SiLU 和 Mish，"
               "每个都带有导数（虚线）。")}),
    (figure([{"id": "relu"}, {"id": "leaky_relu", "params": {"alpha": 0.01}}, {"id": "gelu"},
             {"id": "silu", "label": "Swish / SiLU"}, {"id": "selu"}, {"id": "elu", "params": {"alpha": 1.0}},
             {"id": "mish"}], (-4, 4), "Which activation?", y=(-2, 4)), 0, 1.0, {
        "en": ("Which one to use?",
               "Computer vision: ReLU / Leaky ReLU. NLP and Transformers: GELU / Swish. Self-normalising "
               "networks: SELU. Deep networks prone to vanishing gradients: ELU / Mish. Light-weight or "
               "edge models: ReLU / Leaky ReLU."),
        "zh": ("该用哪一个？",
               "计算机视觉：ReLU / Leaky ReLU。自然语言处理与 Transformer：GELU / Swish。"
               "自归一化网络：SELU。容易梯度消失的深层网络：ELU / Mish。轻量级或端侧模型：ReLU / Leaky ReLU。")}),
    # Through depth (issue 10): the Deep network view opens with these settings.
    (preset("vanishing-gradients"), 0, 0.0, {
        "en": ("Through 30 layers: sigmoid's gradient vanishes",
               "The Deep network view: 30 layers with LeCun initialisation (σ_w² = 1). Every sigmoid layer "
               "multiplies the gradient's size by χ ≈ 0.045 to 0.056, so the first layer receives about 3.4 · 10⁻³⁷ "
               "of the last one's: it stops learning. Lines are the mean-field theory, dots a real random "
               "network."),
        "zh": ("30 层之后：sigmoid 的梯度消失",
               "深层网络视图：30 层，LeCun 初始化（σ_w² = 1）。每经过一层 sigmoid，梯度的大小乘以 χ ≈ 0.045 至 0.056，"
               "第一层收到的梯度只有最后一层的约 3.4 · 10⁻³⁷：它不再学习。曲线是平均场理论，点是一个真实的随机网络。")},
     depth_view("depth", layers=30, sigmaW2=1, sigmaB2=0, qIn=1)),
    (figure([{"id": "relu"}], (-5, 5), "ReLU without He initialisation"), 0, 0.0, {
        "en": ("ReLU without He: the signal halves at every layer",
               "ReLU passes the gradient unchanged where it is active, but zeroes half of its inputs: with "
               "σ_w² = 1 the variance halves at every layer, 2⁻²⁹ ≈ 1.9 · 10⁻⁹ after 30 layers, and the "
               "gradient shrinks as fast (χ = σ_w²/2 = 0.5)."),
        "zh": ("不用 He 初始化的 ReLU：信号每层减半",
               "ReLU 在激活区域原样传递梯度，但把一半输入置零：σ_w² = 1 时方差每层减半，30 层后为 "
               "2⁻²⁹ ≈ 1.9 · 10⁻⁹，梯度也以同样速度缩小（χ = σ_w²/2 = 0.5）。")},
     depth_view("depth", layers=30, sigmaW2=1, sigmaB2=0, qIn=1)),
    (figure([{"id": "relu"}], (-5, 5), "ReLU with He initialisation"), 0, 0.0, {
        "en": ("ReLU with He: variance and gradient kept",
               "He initialisation (σ_w² = 2) doubles the weights' variance to make up for the zeroed half: "
               "the variance stays 2 and χ = 1 at every layer, so the gradient reaches the first layer "
               "undiminished. Try the He, Xavier and LeCun buttons."),
        "zh": ("使用 He 初始化的 ReLU：方差与梯度得以保持",
               "He 初始化（σ_w² = 2）把权重方差加倍，弥补被置零的一半：每一层方差都保持为 2、χ = 1，"
               "梯度不减地传到第一层。试试 He、Xavier 和 LeCun 按钮。")},
     depth_view("depth", layers=30, sigmaW2=2, sigmaB2=0, qIn=1)),
    (preset("selu-fixed-point"), 0, 0.0, {
        "en": ("SELU's fixed point",
               "Klambauer's map sends the mean and variance of one layer's inputs to the next layer's: with "
               "SELU's λ and α every trajectory is drawn to (0, 1), so deep SELU networks normalise "
               "themselves without batch normalisation."),
        "zh": ("SELU 的不动点",
               "Klambauer 的映射把一层输入的均值和方差映到下一层：取 SELU 的 λ 和 α 时，每条轨迹都被吸引到 "
               "(0, 1)，所以深层 SELU 网络无需批归一化就能自我归一化。")},
     depth_view("selu-map")),
]

# The figures' own titles, drawn on the plot, in Chinese for the Chinese lesson (every title needs one).
figure_titles_zh = {
    "Activation Functions": "激活函数",
    "Sigmoid and tanh: saturation": "Sigmoid 与 tanh：饱和",
    "ReLU: f′ is 0 or 1": "ReLU：f′ 只有 0 和 1",
    "Dying ReLU": "死亡 ReLU",
    "ReLU variants and their derivatives": "ReLU 变体及其导数",
    "Leaky ReLU vs PReLU": "Leaky ReLU 与 PReLU 对比",
    "ELU and SELU": "ELU 与 SELU",
    "GELU, Swish and Mish": "GELU、Swish 与 Mish",
    "SiLU vs Mish": "SiLU 与 Mish 对比",
    "ReLU and its variants": "ReLU 及其变体",
    "Which activation?": "该用哪一个激活函数？",
    "Sigmoid, tanh and ReLU": "Sigmoid、tanh 与 ReLU",
    "ReLU without He initialisation": "不用 He 初始化的 ReLU",
    "ReLU with He initialisation": "使用 He 初始化的 ReLU",
    "SELU": "SELU 的不动点",
    "Dying ReLUs, live": "ReLU 死亡：现场演示",
    "A remedy: a small positive bias": "一个办法：较小的正偏置",
}

titles = {"en": "ReLU and its variants", "zh": "ReLU 及其变体"}
files = {"en": "relu-variants.actlab", "zh": "relu-variants.zh_CN.actlab"}

for language, name in files.items():
    lesson_steps = []
    for fig, selected, cursor, text, *view in steps:
        title, note = text[language]
        if language == "zh" and fig.get("title"):
            fig = dict(fig, title=figure_titles_zh[fig["title"]])
        explorer = {"selected": selected, "cursorX": cursor}
        if view:
            explorer.update(view[0])
        lesson_steps.append({"title": title, "note": note, "figure": fig, "explorer": explorer})
    first = lesson_steps[0]
    # version 5: steps open the training lab; 4: the Deep network view (a lesson alone would be version 2)
    views = [step[4] for step in steps if len(step) > 4]
    version = 5 if any("lab" in v for v in views) else 4 if views else 2
    session = {"format": "actlab-session", "version": version, "generator": "resources/lessons/generate.py",
               "figure": first["figure"], "explorer": first["explorer"],
               "lesson": {"title": titles[language], "steps": lesson_steps}}
    (here / name).write_text(json.dumps(session, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(lesson_steps), "steps")
