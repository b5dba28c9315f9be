<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accuracy</name>
    <message>
        <source>cancellation in a sum</source>
        <translation>加法中的相消</translation>
    </message>
    <message>
        <source>a quotient of inexact small values</source>
        <translation>不精确小量的商</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>乘积</translation>
    </message>
    <message>
        <source>an exponential of an inexact argument</source>
        <translation>不精确自变量的指数函数</translation>
    </message>
    <message>
        <source>a logarithm near 1</source>
        <translation>1 附近的对数</translation>
    </message>
    <message>
        <source>a sine or cosine near a zero or of a large argument</source>
        <translation>零点附近或大自变量的正弦或余弦</translation>
    </message>
    <message>
        <source>a catalogue function (exact in double)</source>
        <translation>函数目录中的函数（在双精度下精确）</translation>
    </message>
    <message>
        <source>an elementary function of an inexact argument</source>
        <translation>不精确自变量的初等函数</translation>
    </message>
    <message>
        <source>the intermediate %1 overflows in double</source>
        <translation>中间量 %1 在双精度下上溢</translation>
    </message>
    <message>
        <source>the intermediate %1 is not finite in double</source>
        <translation>中间量 %1 在双精度下不是有限数</translation>
    </message>
    <message>
        <source>the intermediate %1 underflows in double</source>
        <translation>中间量 %1 在双精度下下溢</translation>
    </message>
    <message>
        <source>digits lost in %1 at %2</source>
        <translation>在 %2 处因%1而丢失有效数字</translation>
    </message>
    <message>
        <source>rounding errors add up</source>
        <translation>舍入误差累积</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>%1 = %2 is outside [%3, %4]</source>
        <translation>%1 = %2 超出范围 [%3, %4]</translation>
    </message>
    <message>
        <source>%1 = %2 must be a finite number &gt;= 0</source>
        <translation>%1 = %2 必须是 ≥ 0 的有限数</translation>
    </message>
    <message>
        <source>%1 = %2 must be a finite number &gt; 0</source>
        <translation>%1 = %2 必须是 &gt; 0 的有限数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>a regression needs a target function</source>
        <translation>回归需要一个目标函数</translation>
    </message>
    <message>
        <source>the regression range [%1, %2] must be finite with min &lt; max</source>
        <translation>回归区间 [%1, %2] 必须有限，且下限小于上限</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>histogram bins</source>
        <translation>直方图分箱数</translation>
    </message>
    <message>
        <source>saturation threshold</source>
        <translation>饱和阈值</translation>
    </message>
    <message>
        <source>%1 = %2 must be in [0, 1)</source>
        <translation>%1 = %2 必须在 [0, 1) 内</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>the training set needs one target per sample</source>
        <translation>训练集的每个样本都需要一个目标值</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <source>no activation</source>
        <translation>没有激活函数</translation>
    </message>
    <message>
        <source>cross-entropy needs class labels; a regression uses the squared error</source>
        <translation>交叉熵需要类别标签；回归请使用平方误差</translation>
    </message>
    <message>
        <source>the initial weight and bias variances must be finite numbers &gt;= 0</source>
        <translation>初始权重和偏置的方差必须是 ≥ 0 的有限数</translation>
    </message>
    <message>
        <source>the initial bias must be finite</source>
        <translation>初始偏置必须是有限数</translation>
    </message>
    <message>
        <source>sigma-w2</source>
        <translation>σ_w²</translation>
    </message>
    <message>
        <source>sigma-b2</source>
        <translation>σ_b²</translation>
    </message>
    <message>
        <source>q-in</source>
        <translation>q_in</translation>
    </message>
    <message>
        <source>beta1</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>beta2</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>ε</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>the derivative of the formula is too large to work with</source>
        <translation>公式的导数过大，无法处理</translation>
    </message>
    <message>
        <source>the second derivative of the formula is too large to work with</source>
        <translation>公式的二阶导数过大，无法处理</translation>
    </message>
    <message>
        <source>the formula cannot be differentiated or compiled (%1)</source>
        <translation>公式无法求导或编译（%1）</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>0 to a power that is not a constant has no derivative</source>
        <translation>0 的非常数次幂没有导数</translation>
    </message>
    <message>
        <source>division by zero (0 to a negative power)</source>
        <translation>除以零（0 的负数次幂）</translation>
    </message>
    <message>
        <source>undefined (%1)</source>
        <translation>无定义（%1）</translation>
    </message>
    <message>
        <source>the parameter %1 of %2() must not depend on x</source>
        <translation>%2() 的参数 %1 不能依赖于 x</translation>
    </message>
    <message>
        <source>%1(): %2</source>
        <translation>%1()：%2</translation>
    </message>
    <message>
        <source>%1 at column %2</source>
        <translation>第 %2 列：%1</translation>
    </message>
    <message>
        <source>a comparison is allowed only as the first argument of where()</source>
        <translation>比较只能作为 where() 的第一个参数</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（您是指 %1 吗？）</translation>
    </message>
    <message>
        <source> (did you mean %1 or %2?)</source>
        <translation>（您是指 %1 还是 %2？）</translation>
    </message>
    <message>
        <source> (did you mean %1, %2 or %3?)</source>
        <translation>（您是指 %1、%2 还是 %3？）</translation>
    </message>
    <message>
        <source>unexpected non-ASCII character (type names in ASCII, e.g. &apos;alpha&apos;, and &apos;*&apos; for multiplication)</source>
        <translation>意外的非 ASCII 字符（名称请用 ASCII 字母输入，如 &apos;alpha&apos;；乘法请用 &apos;*&apos;）</translation>
    </message>
    <message>
        <source>unexpected control character</source>
        <translation>意外的控制字符</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>此处应为 &apos;)&apos;</translation>
    </message>
    <message>
        <source>%1() takes x and up to %2 parameter, got %3 argument</source>
        <translation>%1() 接受 x 和至多 %2 个参数，实际给出 %3 个实参</translation>
    </message>
    <message>
        <source>%1() takes x and up to %2 parameter, got %3 arguments</source>
        <translation>%1() 接受 x 和至多 %2 个参数，实际给出 %3 个实参</translation>
    </message>
    <message>
        <source>%1() takes x and up to %2 parameters, got %3 argument</source>
        <translation>%1() 接受 x 和至多 %2 个参数，实际给出 %3 个实参</translation>
    </message>
    <message>
        <source>%1() takes x and up to %2 parameters, got %3 arguments</source>
        <translation>%1() 接受 x 和至多 %2 个参数，实际给出 %3 个实参</translation>
    </message>
    <message>
        <source>the formula is longer than %1 characters</source>
        <translation>公式超过了 %1 个字符</translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation>公式为空</translation>
    </message>
    <message>
        <source>expected an operator or the end of the formula</source>
        <translation>此处应为运算符或公式结尾</translation>
    </message>
    <message>
        <source>the formula is nested deeper than %1 levels</source>
        <translation>公式嵌套超过了 %1 层</translation>
    </message>
    <message>
        <source>expected a number, a name or &apos;(&apos; but the formula ends</source>
        <translation>此处应为数字、名称或 &apos;(&apos;，但公式已结束</translation>
    </message>
    <message>
        <source>expected a number, a name or &apos;(&apos; before &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之前应为数字、名称或 &apos;(&apos;</translation>
    </message>
    <message>
        <source>malformed number &apos;%1&apos; (write &apos;*&apos; between a number and a name)</source>
        <translation>数字 &apos;%1&apos; 格式错误（数字与名称之间请写 &apos;*&apos;）</translation>
    </message>
    <message>
        <source>a prime is allowed only after a catalogue function name</source>
        <translation>撇号只能跟在函数目录中的函数名之后</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after the function name &apos;%1&apos;</source>
        <translation>函数名 &apos;%1&apos; 之后应为 &apos;(&apos;</translation>
    </message>
    <message>
        <source>x is the variable, not a function</source>
        <translation>x 是自变量，不是函数</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;%2</source>
        <translation>未知函数 &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>comparisons cannot be chained</source>
        <translation>比较不能连写</translation>
    </message>
    <message>
        <source>expected a comparison (&lt;, &lt;=, &gt;, &gt;=, ==, !=) as where()&apos;s first argument</source>
        <translation>where() 的第一个参数应为比较（&lt;、&lt;=、&gt;、&gt;=、==、!=）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos;</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;)&apos;</translation>
    </message>
    <message>
        <source>%1() takes %2 argument, got %3</source>
        <translation>%1() 接受 %2 个实参，实际给出 %3 个</translation>
    </message>
    <message>
        <source>%1() takes %2 arguments, got %3</source>
        <translation>%1() 接受 %2 个实参，实际给出 %3 个</translation>
    </message>
    <message>
        <source>at most two primes (f&apos;&apos;) are allowed</source>
        <translation>最多允许两个撇号（f&apos;&apos;）</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>the formula takes %1 parameter(s), got %2</source>
        <translation>公式接受 %1 个参数，实际给出 %2 个</translation>
    </message>
    <message>
        <source>%1 = %2 is not a finite number; a formula&apos;s parameters take any finite value</source>
        <translation>%1 = %2 不是有限数；公式的参数可取任意有限值</translation>
    </message>
    <message>
        <source>alpha must not be 0 (CELU divides by alpha)</source>
        <translation>alpha 不能为 0（CELU 要除以 alpha）</translation>
    </message>
    <message>
        <source>min_val = %1 must be less than max_val = %2</source>
        <translation>min_val = %1 必须小于 max_val = %2</translation>
    </message>
    <message>
        <source>lower = %1 must not be greater than upper = %2</source>
        <translation>lower = %1 不能大于 upper = %2</translation>
    </message>
    <message>
        <source>%1 takes %2 parameter(s), got %3</source>
        <translation>%1 接受 %2 个参数，实际给出 %3 个</translation>
    </message>
    <message>
        <source>%1 = %2 is not a finite number; allowed: %3</source>
        <translation>%1 = %2 不是有限数；允许范围：%3</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the allowed range %3</source>
        <translation>%1 = %2 超出允许范围 %3</translation>
    </message>
    <message>
        <source>%1 = %2 must be a whole number in %3</source>
        <translation>%1 = %2 必须是 %3 内的整数</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export as Python Script</source>
        <translation>导出为 Python 脚本</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>at x = %1</source>
        <translation>在 x = %1 处</translation>
    </message>
    <message>
        <source>approached at x → %1</source>
        <translation>在 x → %1 时趋近</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>−∞</source>
        <translation>−∞</translation>
    </message>
    <message>
        <source>+∞</source>
        <translation>+∞</translation>
    </message>
    <message>
        <source>jumps</source>
        <translation>跳跃</translation>
    </message>
</context>
<context>
    <name>actlab::catalogue</name>
    <message>
        <source>Sigmoid &amp; tanh</source>
        <translation>Sigmoid 与 tanh</translation>
    </message>
    <message>
        <source>ReLU family</source>
        <translation>ReLU 系列</translation>
    </message>
    <message>
        <source>Exponential units</source>
        <translation>指数线性单元</translation>
    </message>
    <message>
        <source>Self-gated (GELU, Swish, Mish)</source>
        <translation>自门控（GELU、Swish、Mish）</translation>
    </message>
    <message>
        <source>Softplus &amp; soft sigmoids</source>
        <translation>Softplus 与软 S 型函数</translation>
    </message>
    <message>
        <source>Hard approximations</source>
        <translation>硬近似</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>收缩函数</translation>
    </message>
    <message>
        <source>Threshold &amp; Maxout</source>
        <translation>阈值与 Maxout</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>RReLU</source>
        <translation>RReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>CELU</source>
        <translation>CELU</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>GELU (tanh approx.)</source>
        <translation>GELU（tanh 近似）</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Squareplus</source>
        <translation>Squareplus</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <source>LogSigmoid</source>
        <translation>LogSigmoid</translation>
    </message>
    <message>
        <source>Hardsigmoid</source>
        <translation>Hardsigmoid</translation>
    </message>
    <message>
        <source>Hardswish</source>
        <translation>Hardswish</translation>
    </message>
    <message>
        <source>Hardtanh</source>
        <translation>Hardtanh</translation>
    </message>
    <message>
        <source>Hardshrink</source>
        <translation>Hardshrink</translation>
    </message>
    <message>
        <source>Softshrink</source>
        <translation>Softshrink</translation>
    </message>
    <message>
        <source>Tanhshrink</source>
        <translation>Tanhshrink</translation>
    </message>
    <message>
        <source>ThresholdReLU</source>
        <translation>ThresholdReLU</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>ISRU</source>
        <translation>ISRU</translation>
    </message>
    <message>
        <source>ISRLU</source>
        <translation>ISRLU</translation>
    </message>
    <message>
        <source>Bent identity</source>
        <translation>弯曲恒等函数</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯函数</translation>
    </message>
    <message>
        <source>Sinc</source>
        <translation>Sinc</translation>
    </message>
    <message>
        <source>Snake</source>
        <translation>Snake</translation>
    </message>
    <message>
        <source>slope for x &lt; 0</source>
        <translation>x &lt; 0 时的斜率</translation>
    </message>
    <message>
        <source>the learned slope for x &lt; 0</source>
        <translation>x &lt; 0 时可学习的斜率</translation>
    </message>
    <message>
        <source>lower bound of the random slope drawn in training</source>
        <translation>训练时随机斜率的下界</translation>
    </message>
    <message>
        <source>upper bound of the random slope drawn in training</source>
        <translation>训练时随机斜率的上界</translation>
    </message>
    <message>
        <source>saturation value −α for x → −∞</source>
        <translation>x → −∞ 时的饱和值 −α</translation>
    </message>
    <message>
        <source>saturation −α and scale of x (≠ 0)</source>
        <translation>饱和值 −α 及 x 的缩放（≠ 0）</translation>
    </message>
    <message>
        <source>scale (self-normalising value 1.0507)</source>
        <translation>缩放系数（自归一化取值 1.0507）</translation>
    </message>
    <message>
        <source>negative saturation (self-normalising value 1.6733)</source>
        <translation>负向饱和值（自归一化取值 1.6733）</translation>
    </message>
    <message>
        <source>gate sharpness: 0 gives x/2, ∞ gives ReLU</source>
        <translation>门控陡度：0 得到 x/2，∞ 得到 ReLU</translation>
    </message>
    <message>
        <source>sharpness: large β approaches ReLU</source>
        <translation>陡度：β 越大越接近 ReLU</translation>
    </message>
    <message>
        <source>curvature at 0: b = 0 gives ReLU</source>
        <translation>0 处的弯曲程度：b = 0 即 ReLU</translation>
    </message>
    <message>
        <source>lower clamp</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>upper clamp</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>half-width of the dead zone</source>
        <translation>死区的半宽</translation>
    </message>
    <message>
        <source>threshold: x passes above it</source>
        <translation>阈值：高于它时 x 原样通过</translation>
    </message>
    <message>
        <source>output at and below θ</source>
        <translation>θ 及以下的输出值</translation>
    </message>
    <message>
        <source>number of linear pieces used (1–4)</source>
        <translation>使用的线性片段数（1–4）</translation>
    </message>
    <message>
        <source>slope of piece 1</source>
        <translation>片段 1 的斜率</translation>
    </message>
    <message>
        <source>intercept of piece 1</source>
        <translation>片段 1 的截距</translation>
    </message>
    <message>
        <source>slope of piece 2</source>
        <translation>片段 2 的斜率</translation>
    </message>
    <message>
        <source>intercept of piece 2</source>
        <translation>片段 2 的截距</translation>
    </message>
    <message>
        <source>slope of piece 3</source>
        <translation>片段 3 的斜率</translation>
    </message>
    <message>
        <source>intercept of piece 3</source>
        <translation>片段 3 的截距</translation>
    </message>
    <message>
        <source>slope of piece 4</source>
        <translation>片段 4 的斜率</translation>
    </message>
    <message>
        <source>intercept of piece 4</source>
        <translation>片段 4 的截距</translation>
    </message>
    <message>
        <source>saturation: |f| &lt; 1/√α</source>
        <translation>饱和：|f| &lt; 1/√α</translation>
    </message>
    <message>
        <source>frequency of the periodic part</source>
        <translation>周期部分的频率</translation>
    </message>
    <message>
        <source>Smooth everywhere: no kinks.</source>
        <translation>处处光滑：没有折点。</translation>
    </message>
    <message>
        <source>f′(0) = 0 (PyTorch takes the x ≤ 0 branch); the one-sided values are 0 and 1.</source>
        <translation>f′(0) = 0（PyTorch 取 x ≤ 0 分支）；单侧值为 0 和 1。</translation>
    </message>
    <message>
        <source>f′ = 0 at both kinks, 0 and 6 (PyTorch&apos;s hardtanh_backward).</source>
        <translation>两个折点 0 和 6 处 f′ = 0（PyTorch 的 hardtanh_backward）。</translation>
    </message>
    <message>
        <source>f′(0) = α (PyTorch tests x &gt; 0).</source>
        <translation>f′(0) = α（PyTorch 判断 x &gt; 0）。</translation>
    </message>
    <message>
        <source>f′(0) = (l + u)/2 (PyTorch&apos;s eval mode is leaky_relu with that slope).</source>
        <translation>f′(0) = (l + u)/2（PyTorch 的 eval 模式就是用这个斜率的 leaky_relu）。</translation>
    </message>
    <message>
        <source>At 0: f′(0) = α, the x ≤ 0 branch (PyTorch&apos;s elu_backward), and f″(0) = 0 (its double backward masks x &lt; 0).</source>
        <translation>在 0 处：f′(0) = α，取 x ≤ 0 分支（PyTorch 的 elu_backward），且 f″(0) = 0（其二阶反向只对 x &lt; 0 生效）。</translation>
    </message>
    <message>
        <source>At 0: f′(0) = 1, the x ≤ 0 branch, and f″(0) = 0 (PyTorch&apos;s double backward masks x &lt; 0).</source>
        <translation>在 0 处：f′(0) = 1，取 x ≤ 0 分支，且 f″(0) = 0（PyTorch 的二阶反向只对 x &lt; 0 生效）。</translation>
    </message>
    <message>
        <source>At 0: f″(0) = 0 (PyTorch&apos;s double backward masks x &lt; 0) and f′(0) = λα, the x ≤ 0 branch, with λα correctly rounded (PyTorch&apos;s product of the rounded constants is 1 ulp lower).</source>
        <translation>在 0 处：f″(0) = 0（PyTorch 的二阶反向只对 x &lt; 0 生效），f′(0) = λα，取 x ≤ 0 分支，λα 为正确舍入的值（PyTorch 用舍入后的常数相乘，结果低 1 ulp）。</translation>
    </message>
    <message>
        <source>Smooth for b &gt; 0; for b = 0 it is ReLU, with f′(0) = 0.</source>
        <translation>b &gt; 0 时光滑；b = 0 时即 ReLU，f′(0) = 0。</translation>
    </message>
    <message>
        <source>f″ jumps from +2 to −2 at 0; f″(0) = 0 (sgn 0 = 0, as PyTorch&apos;s double backward).</source>
        <translation>f″ 在 0 处从 +2 跳到 −2；f″(0) = 0（sgn 0 = 0，与 PyTorch 的二阶反向相同）。</translation>
    </message>
    <message>
        <source>f′ = 0 at ±3 (PyTorch&apos;s backward is non-zero only on the open interval).</source>
        <translation>±3 处 f′ = 0（PyTorch 的反向传播只在开区间内非零）。</translation>
    </message>
    <message>
        <source>f′(−3) = 0 and f′(3) = 1, f″ = 0 at both (current PyTorch; 1.13 gave −0.5 and 1.5).</source>
        <translation>f′(−3) = 0，f′(3) = 1，两处 f″ = 0（当前 PyTorch；1.13 版给出 −0.5 和 1.5）。</translation>
    </message>
    <message>
        <source>f′ = 0 at both bounds (PyTorch&apos;s hardtanh_backward; torch.clamp gives 1 there).</source>
        <translation>两个边界处 f′ = 0（PyTorch 的 hardtanh_backward；torch.clamp 在那里给出 1）。</translation>
    </message>
    <message>
        <source>f(±λ) = 0 and f′(±λ) = 0 (PyTorch treats [−λ, λ] as the dead zone).</source>
        <translation>f(±λ) = 0，f′(±λ) = 0（PyTorch 把 [−λ, λ] 视为死区）。</translation>
    </message>
    <message>
        <source>f′(±λ) = 0 (PyTorch).</source>
        <translation>f′(±λ) = 0（与 PyTorch 相同）。</translation>
    </message>
    <message>
        <source>f(θ) = v and f′(θ) = 0 (PyTorch&apos;s threshold kernel tests x ≤ θ).</source>
        <translation>f(θ) = v，f′(θ) = 0（PyTorch 的 threshold 内核判断 x ≤ θ）。</translation>
    </message>
    <message>
        <source>At a breakpoint f′ is the slope of the lowest-index tied piece (like torch.max over a dimension); the one-sided values are the smallest and largest tied slopes.</source>
        <translation>在断点处，f′ 取并列片段中编号最小者的斜率（与 torch.max 沿某一维相同）；单侧值为并列斜率中的最小值和最大值。</translation>
    </message>
    <message>
        <source>C² at 0: f, f′ and f″ are continuous; f‴ jumps.</source>
        <translation>在 0 处为 C²：f、f′ 和 f″ 连续；f‴ 跳跃。</translation>
    </message>
    <message>
        <source>The logistic function squashes every input into (0, 1). Its derivative is at most 1/4, at x = 0, and vanishes for large |x|: stacked sigmoid layers multiply these small factors, so gradients shrink layer by layer (saturation). Its outputs are not zero-centred.</source>
        <translation>logistic 函数把任何输入压缩到 (0, 1) 内。其导数最大为 1/4（在 x = 0 处），|x| 较大时趋于 0：多层 sigmoid 堆叠时这些小因子连乘，梯度逐层变小（饱和）。其输出不以零为中心。</translation>
    </message>
    <message>
        <source>tanh is a rescaled sigmoid, 2σ(2x) − 1, with outputs in (−1, 1) centred on 0. Its derivative peaks at 1 but still saturates for large |x|, so deep tanh networks also suffer vanishing gradients.</source>
        <translation>tanh 是缩放后的 sigmoid，即 2σ(2x) − 1，输出在 (−1, 1) 内且以 0 为中心。其导数最大为 1，但 |x| 较大时仍会饱和，所以深层 tanh 网络同样存在梯度消失。</translation>
    </message>
    <message>
        <source>ReLU passes positive inputs unchanged, so its gradient there is exactly 1 and does not vanish; it costs one comparison. A unit whose input stays negative outputs 0 with gradient 0 and never recovers: the dying ReLU, caused by large learning rates, poor initialisation or a strongly negative bias.</source>
        <translation>ReLU 让正输入原样通过，因此那里的梯度恰好为 1，不会消失；计算只需一次比较。输入一直为负的单元输出 0、梯度为 0，再也无法恢复：这就是死亡 ReLU，起因是学习率过大、初始化不当或偏置过负。</translation>
    </message>
    <message>
        <source>ReLU capped at 6, used in mobile networks (MobileNet) because the bounded range suits low-precision arithmetic.</source>
        <translation>上限为 6 的 ReLU，用于移动端网络（MobileNet），因为有界的输出范围适合低精度运算。</translation>
    </message>
    <message>
        <source>A small fixed slope α (often 0.01) for negative inputs keeps a gradient flowing, so units cannot die. It adds no parameters to learn.</source>
        <translation>负输入时保留一个小的固定斜率 α（通常为 0.01），使梯度得以流动，单元不会死亡。它不增加需要学习的参数。</translation>
    </message>
    <message>
        <source>Like Leaky ReLU, but the slope α is learned with the weights (∂f/∂α = x for x ≤ 0); PyTorch starts it at 0.25. It suits deeper networks and harder tasks at the cost of a few parameters.</source>
        <translation>与 Leaky ReLU 类似，但斜率 α 与权重一起学习（x ≤ 0 时 ∂f/∂α = x）；PyTorch 的初始值为 0.25。它以少量参数为代价，适合更深的网络和更难的任务。</translation>
    </message>
    <message>
        <source>Randomised Leaky ReLU draws the negative slope uniformly from [l, u] for every element during training, which acts as a regulariser; at test time it uses the mean slope (l + u)/2, which is what is drawn here.</source>
        <translation>随机化 Leaky ReLU 在训练时为每个元素从 [l, u] 中均匀抽取负半轴斜率，起到正则化作用；测试时使用平均斜率 (l + u)/2，这里画的就是它。</translation>
    </message>
    <message>
        <source>ELU bends smoothly to −α for negative inputs, so its mean output is closer to 0 than ReLU&apos;s and negative units still get a gradient. With α = 1 it is continuously differentiable.</source>
        <translation>ELU 在负输入时平滑地弯向 −α，因此其平均输出比 ReLU 更接近 0，负值单元仍能得到梯度。α = 1 时它连续可微。</translation>
    </message>
    <message>
        <source>Continuously differentiable ELU: scaling the exponent by 1/α makes f′(0) = 1 for every α, so the curve has no corner whatever α is.</source>
        <translation>连续可微的 ELU：把指数按 1/α 缩放，使任何 α 下都有 f′(0) = 1，所以无论 α 取何值曲线都没有折角。</translation>
    </message>
    <message>
        <source>Scaled ELU with λ ≈ 1.0507 and α ≈ 1.6733 chosen so that, with suitably initialised weights, activations keep mean 0 and variance 1 from layer to layer: the network normalises itself. Move the sliders to see the constants lose that property.</source>
        <translation>缩放的 ELU，选取 λ ≈ 1.0507、α ≈ 1.6733，使得在权重适当初始化时，各层激活值保持均值 0、方差 1：网络自我归一化。拖动滑块，可以看到常数改变后这一性质随之消失。</translation>
    </message>
    <message>
        <source>GELU weights its input by the probability Φ(x) that a standard normal variable is below it. It is smooth, slightly negative for x &lt; 0 (minimum −0.17 at x ≈ −0.75) and the default in Transformers (BERT, GPT). Evaluated with erfc, so it stays exact far into the negative tail where PyTorch 1.13 returns −0.</source>
        <translation>GELU 用标准正态变量小于输入的概率 Φ(x) 对输入加权。它光滑，在 x &lt; 0 时略为负（在 x ≈ −0.75 处取最小值 −0.17），是 Transformer（BERT、GPT）的默认激活函数。这里用 erfc 计算，因此在 PyTorch 1.13 返回 −0 的负尾部深处仍然精确。</translation>
    </message>
    <message>
        <source>The tanh approximation of GELU used by the original BERT and GPT-2 code; it differs from exact GELU by less than 5e-4.</source>
        <translation>原始 BERT 和 GPT-2 代码使用的 GELU tanh 近似；与精确的 GELU 相差不到 5e-4。</translation>
    </message>
    <message>
        <source>SiLU (Swish with β = 1) gates x by its own sigmoid. It is smooth, bounded below (minimum −0.278), unbounded above and not monotonic; a common default in vision and language models.</source>
        <translation>SiLU（β = 1 的 Swish）用 x 自身的 sigmoid 对 x 做门控。它光滑，有下界（最小值 −0.278），无上界，且不单调；是视觉和语言模型中常用的默认选择。</translation>
    </message>
    <message>
        <source>Swish with a sharpness β: β = 1 is SiLU, β → ∞ approaches ReLU and β = 0 gives the line x/2.</source>
        <translation>带陡度 β 的 Swish：β = 1 即 SiLU，β → ∞ 趋近 ReLU，β = 0 得到直线 x/2。</translation>
    </message>
    <message>
        <source>Mish is smooth, non-monotonic, bounded below (minimum −0.309) and unbounded above, like SiLU; their curves and derivatives look almost the same, Mish&apos;s dip is slightly deeper.</source>
        <translation>Mish 与 SiLU 一样光滑、非单调、有下界（最小值 −0.309）、无上界；两者的曲线和导数几乎相同，Mish 的凹陷略深。</translation>
    </message>
    <message>
        <source>A smooth approximation of ReLU, always positive; its derivative is the sigmoid σ(βx). Computed exactly here, without PyTorch&apos;s switch to x above βx = 20.</source>
        <translation>ReLU 的光滑近似，始终为正；其导数就是 sigmoid σ(βx)。这里精确计算，不像 PyTorch 那样在 βx &gt; 20 时改用 x。</translation>
    </message>
    <message>
        <source>An algebraic softplus: the same shape without exponentials, so it is cheaper. b sets the curvature at 0; b = 0 is ReLU.</source>
        <translation>代数形式的 softplus：形状相同但没有指数运算，因此更省计算。b 决定 0 处的弯曲程度；b = 0 即 ReLU。</translation>
    </message>
    <message>
        <source>A tanh-like squashing function that approaches ±1 polynomially rather than exponentially, so it saturates more slowly.</source>
        <translation>类似 tanh 的压缩函数，以多项式而非指数速度趋近 ±1，因此饱和得更慢。</translation>
    </message>
    <message>
        <source>The logarithm of the sigmoid, always negative; it appears in log-likelihood losses. Its derivative is σ(−x).</source>
        <translation>sigmoid 的对数，始终为负；出现在对数似然损失中。其导数为 σ(−x)。</translation>
    </message>
    <message>
        <source>A piecewise-linear sigmoid for fast inference (MobileNetV3): 0 below −3, 1 above 3.</source>
        <translation>用于快速推理的分段线性 sigmoid（MobileNetV3）：低于 −3 时为 0，高于 3 时为 1。</translation>
    </message>
    <message>
        <source>x times Hardsigmoid: a cheap piecewise approximation of Swish from MobileNetV3.</source>
        <translation>x 乘以 Hardsigmoid：MobileNetV3 中 Swish 的廉价分段近似。</translation>
    </message>
    <message>
        <source>tanh replaced by a clamp: linear between the bounds, constant outside, with gradient 0 where it is clipped.</source>
        <translation>用截断代替 tanh：在上下限之间为线性，之外为常数，被截断处梯度为 0。</translation>
    </message>
    <message>
        <source>Sets small inputs to exactly 0 and keeps large ones: a sparsifying step that jumps at ±λ.</source>
        <translation>把小的输入置为 0，保留大的输入：一个在 ±λ 处跳跃的稀疏化阶跃。</translation>
    </message>
    <message>
        <source>Soft thresholding: shrinks every input towards 0 by λ; it is the proximal operator of the L1 penalty used in sparse coding.</source>
        <translation>软阈值：把每个输入向 0 收缩 λ；它是稀疏编码中 L1 惩罚的近端算子。</translation>
    </message>
    <message>
        <source>What is left of x after tanh: flat (≈ x³/3) near 0 and x ∓ 1 far out. Computed with a series near 0, where x − tanh x cancels (PyTorch returns 0 at 1e-8).</source>
        <translation>x 减去 tanh 后剩下的部分：在 0 附近很平（≈ x³/3），远处为 x ∓ 1。在 0 附近用级数计算，因为 x − tanh x 在那里会相消（PyTorch 在 1e-8 处返回 0）。</translation>
    </message>
    <message>
        <source>Passes x only above the threshold θ and outputs a constant v otherwise (ThresholdReLU when v = 0); it jumps at θ unless v = θ.</source>
        <translation>只在高于阈值 θ 时让 x 通过，否则输出常数 v（v = 0 时即 ThresholdReLU）；除非 v = θ，否则在 θ 处跳跃。</translation>
    </message>
    <message>
        <source>A maxout unit outputs the largest of k learned linear pieces, so it can learn ReLU, |x|, Leaky ReLU or any convex piecewise-linear shape; it was introduced for use with dropout.</source>
        <translation>maxout 单元输出 k 个可学习线性片段中的最大值，因此能学到 ReLU、|x|、Leaky ReLU 或任何凸的分段线性形状；它是为配合 dropout 使用而提出的。</translation>
    </message>
    <message>
        <source>Inverse square root unit: a tanh-like odd squashing function into (−1/√α, 1/√α) that needs only a square root.</source>
        <translation>逆平方根单元：类似 tanh 的奇函数，把输入压缩到 (−1/√α, 1/√α)，只需一次开平方。</translation>
    </message>
    <message>
        <source>Inverse square root linear unit: ELU-like, saturating at −1/√α for negative inputs, without exponentials. It is twice but not three times differentiable at 0.</source>
        <translation>逆平方根线性单元：类似 ELU，负输入时饱和于 −1/√α，但不用指数运算。它在 0 处二阶可导，但不是三阶可导。</translation>
    </message>
    <message>
        <source>A smooth, monotonic, unbounded function whose slope moves from 1/2 to 3/2: it bends the identity without ever saturating.</source>
        <translation>光滑、单调、无界的函数，斜率从 1/2 变到 3/2：它把恒等函数弯曲，却从不饱和。</translation>
    </message>
    <message>
        <source>A bump used in radial-basis networks: not monotonic, bounded in (0, 1], with gradients that vanish on both sides.</source>
        <translation>径向基网络中使用的钟形函数：不单调，值域为 (0, 1]，两侧梯度都会消失。</translation>
    </message>
    <message>
        <source>The unnormalised sinc: an oscillating, decaying, even function; a curiosity as an activation that shows how a non-monotonic periodic shape behaves.</source>
        <translation>非归一化的 sinc：振荡、衰减的偶函数；作为激活函数算是个奇例，用来展示非单调的周期形状会有什么表现。</translation>
    </message>
    <message>
        <source>Snake adds a periodic ripple to the identity so a network can extrapolate periodic signals; it is monotonic because f′ = 1 + sin(2ax) ≥ 0.</source>
        <translation>Snake 在恒等函数上叠加周期性的波纹，使网络能够外推周期信号；由于 f′ = 1 + sin(2ax) ≥ 0，它是单调的。</translation>
    </message>
    <message>
        <source>σ(x) = 1/(1 + e^(−x))</source>
        <translation>σ(x) = 1/(1 + e^(−x))</translation>
    </message>
    <message>
        <source>tanh(x) = (eˣ − e^(−x))/(eˣ + e^(−x))</source>
        <translation>tanh(x) = (eˣ − e^(−x))/(eˣ + e^(−x))</translation>
    </message>
    <message>
        <source>max(0, x)</source>
        <translation>max(0, x)</translation>
    </message>
    <message>
        <source>min(max(0, x), 6)</source>
        <translation>min(max(0, x), 6)</translation>
    </message>
    <message>
        <source>x for x &gt; 0, αx otherwise</source>
        <translation>x &gt; 0 时为 x，否则为 αx</translation>
    </message>
    <message>
        <source>x for x &gt; 0, αx otherwise (α learned)</source>
        <translation>x &gt; 0 时为 x，否则为 αx（α 可学习）</translation>
    </message>
    <message>
        <source>x for x &gt; 0, ((l + u)/2)·x otherwise (test time)</source>
        <translation>x &gt; 0 时为 x，否则为 ((l + u)/2)·x（测试时）</translation>
    </message>
    <message>
        <source>x for x &gt; 0, α(eˣ − 1) otherwise</source>
        <translation>x &gt; 0 时为 x，否则为 α(eˣ − 1)</translation>
    </message>
    <message>
        <source>max(0, x) + min(0, α(e^(x/α) − 1))</source>
        <translation>max(0, x) + min(0, α(e^(x/α) − 1))</translation>
    </message>
    <message>
        <source>λx for x &gt; 0, λα(eˣ − 1) otherwise</source>
        <translation>x &gt; 0 时为 λx，否则为 λα(eˣ − 1)</translation>
    </message>
    <message>
        <source>x·Φ(x) = (x/2)·erfc(−x/√2)</source>
        <translation>x·Φ(x) = (x/2)·erfc(−x/√2)</translation>
    </message>
    <message>
        <source>(x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))</source>
        <translation>(x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))</translation>
    </message>
    <message>
        <source>x·σ(x)</source>
        <translation>x·σ(x)</translation>
    </message>
    <message>
        <source>x·σ(βx)</source>
        <translation>x·σ(βx)</translation>
    </message>
    <message>
        <source>x·tanh(softplus(x))</source>
        <translation>x·tanh(softplus(x))</translation>
    </message>
    <message>
        <source>ln(1 + e^(βx))/β</source>
        <translation>ln(1 + e^(βx))/β</translation>
    </message>
    <message>
        <source>(x + √(x² + b))/2</source>
        <translation>(x + √(x² + b))/2</translation>
    </message>
    <message>
        <source>x/(1 + |x|)</source>
        <translation>x/(1 + |x|)</translation>
    </message>
    <message>
        <source>ln σ(x) = −softplus(−x)</source>
        <translation>ln σ(x) = −softplus(−x)</translation>
    </message>
    <message>
        <source>min(max(x + 3, 0), 6)/6</source>
        <translation>min(max(x + 3, 0), 6)/6</translation>
    </message>
    <message>
        <source>x·min(max(x + 3, 0), 6)/6</source>
        <translation>x·min(max(x + 3, 0), 6)/6</translation>
    </message>
    <message>
        <source>clamp(x, min_val, max_val)</source>
        <translation>clamp(x, min_val, max_val)</translation>
    </message>
    <message>
        <source>x if |x| &gt; λ, else 0</source>
        <translation>|x| &gt; λ 时为 x，否则为 0</translation>
    </message>
    <message>
        <source>x − λ·sgn(x) if |x| &gt; λ, else 0</source>
        <translation>|x| &gt; λ 时为 x − λ·sgn(x)，否则为 0</translation>
    </message>
    <message>
        <source>x − tanh(x)</source>
        <translation>x − tanh(x)</translation>
    </message>
    <message>
        <source>x if x &gt; θ, else v</source>
        <translation>x &gt; θ 时为 x，否则为 v</translation>
    </message>
    <message>
        <source>max over j ≤ k of (wⱼx + bⱼ)</source>
        <translation>对 j ≤ k 取 (wⱼx + bⱼ) 的最大值</translation>
    </message>
    <message>
        <source>x/√(1 + αx²)</source>
        <translation>x/√(1 + αx²)</translation>
    </message>
    <message>
        <source>x for x ≥ 0, x/√(1 + αx²) otherwise</source>
        <translation>x ≥ 0 时为 x，否则为 x/√(1 + αx²)</translation>
    </message>
    <message>
        <source>(√(x² + 1) − 1)/2 + x</source>
        <translation>(√(x² + 1) − 1)/2 + x</translation>
    </message>
    <message>
        <source>e^(−x²)</source>
        <translation>e^(−x²)</translation>
    </message>
    <message>
        <source>sin(x)/x, 1 at x = 0</source>
        <translation>sin(x)/x，x = 0 处为 1</translation>
    </message>
    <message>
        <source>x + sin²(ax)/a</source>
        <translation>x + sin²(ax)/a</translation>
    </message>
</context>
<context>
    <name>actlab::common</name>
    <message>
        <source> … (%1 more characters)</source>
        <translation> …（另有 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>actlab::document::Document</name>
    <message>
        <source>unknown function “%1”</source>
        <translation>未知函数“%1”</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters, not %3</source>
        <translation>%1 需要 %2 个参数，而不是 %3 个</translation>
    </message>
    <message>
        <source>lesson step %1: %2</source>
        <translation>课程第 %1 步：%2</translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation>添加步骤“%1”</translation>
    </message>
    <message>
        <source>Update step “%1”</source>
        <translation>更新步骤“%1”</translation>
    </message>
    <message>
        <source>Remove step “%1”</source>
        <translation>删除步骤“%1”</translation>
    </message>
    <message>
        <source>Move step “%1”</source>
        <translation>移动步骤“%1”</translation>
    </message>
    <message>
        <source>Rename step to “%1”</source>
        <translation>将步骤重命名为“%1”</translation>
    </message>
    <message>
        <source>Edit the note of “%1”</source>
        <translation>编辑“%1”的备注</translation>
    </message>
    <message>
        <source>Rename the lesson</source>
        <translation>重命名课程</translation>
    </message>
    <message>
        <source>Go to step %1: %2</source>
        <translation>转到第 %1 步：%2</translation>
    </message>
    <message>
        <source>There is no curve %1.</source>
        <translation>没有第 %1 条曲线。</translation>
    </message>
    <message>
        <source>Only a formula curve can take a formula.</source>
        <translation>只有公式曲线才能设置公式。</translation>
    </message>
    <message>
        <source>Change the formula to %1</source>
        <translation>将公式改为 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters.</source>
        <translation>%1 需要 %2 个参数。</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>%1 has no parameter %2.</source>
        <translation>%1 没有第 %2 个参数。</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的 %1</translation>
    </message>
    <message>
        <source>The range of %1 needs two numbers.</source>
        <translation>%1 的范围需要两个数。</translation>
    </message>
    <message>
        <source>The range of %1 needs min &lt; max (got %2 ≥ %3).</source>
        <translation>%1 的范围需要 min &lt; max（实际为 %2 ≥ %3）。</translation>
    </message>
    <message>
        <source>The range of %1 must lie inside [%2, %3].</source>
        <translation>%1 的范围必须位于 [%2, %3] 之内。</translation>
    </message>
    <message>
        <source>A log scale for %1 needs a positive minimum.</source>
        <translation>%1 使用对数刻度时最小值必须为正。</translation>
    </message>
    <message>
        <source>Change the slider of %1</source>
        <translation>修改 %1 的滑块</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Recolour %1</source>
        <translation>更改 %1 的颜色</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <source>Zoom or pan</source>
        <translation>缩放或平移</translation>
    </message>
    <message>
        <source>There is no subplot %1.</source>
        <translation>没有子图 %1。</translation>
    </message>
    <message>
        <source>Fix a y range</source>
        <translation>固定 y 范围</translation>
    </message>
    <message>
        <source>Autoscale y</source>
        <translation>y 轴自动缩放</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Show f′</source>
        <translation>显示 f′</translation>
    </message>
    <message>
        <source>Hide f′</source>
        <translation>隐藏 f′</translation>
    </message>
    <message>
        <source>Show f″</source>
        <translation>显示 f″</translation>
    </message>
    <message>
        <source>Hide f″</source>
        <translation>隐藏 f″</translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation>小多图</translation>
    </message>
    <message>
        <source>Overlaid curves</source>
        <translation>叠加曲线</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>隐藏图例</translation>
    </message>
    <message>
        <source>Legend %1</source>
        <translation>图例：%1</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>显示网格</translation>
    </message>
    <message>
        <source>Hide the grid</source>
        <translation>隐藏网格</translation>
    </message>
    <message>
        <source>Show zero lines</source>
        <translation>显示零线</translation>
    </message>
    <message>
        <source>Hide zero lines</source>
        <translation>隐藏零线</translation>
    </message>
    <message>
        <source>Retitle</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>actlab::experiments</name>
    <message>
        <source>A too-large learning rate kills ReLUs</source>
        <translation>学习率过大会杀死 ReLU</translation>
    </message>
    <message>
        <source>Adam at η = 0.2 leaves 40 % or more of the ReLU units dead after 250 steps; at η = 0.005 at most 15 %</source>
        <translation>η = 0.2 的 Adam 在 250 步后使 40% 或更多的 ReLU 单元死亡；η = 0.005 时至多 15%</translation>
    </message>
    <message>
        <source>Leaky ReLU, PReLU and ELU do not die</source>
        <translation>Leaky ReLU、PReLU 和 ELU 不会死亡</translation>
    </message>
    <message>
        <source>at the same η = 0.2 ReLU loses 40 % of its units; Leaky ReLU, PReLU and ELU none, and PReLU&apos;s α move away from 0.25</source>
        <translation>在同样的 η = 0.2 下，ReLU 失去 40% 的单元；Leaky ReLU、PReLU 和 ELU 一个也不会失去，且 PReLU 的 α 偏离 0.25</translation>
    </message>
    <message>
        <source>A negative bias initialisation kills ReLUs</source>
        <translation>负的偏置初始化会杀死 ReLU</translation>
    </message>
    <message>
        <source>hidden biases starting at −2: 75 % or more of the ReLU units are dead from the start and stay dead, the loss stays at log 2; Leaky ReLU learns</source>
        <translation>隐藏层偏置初值为 −2：75% 或更多的 ReLU 单元一开始就死亡且一直不恢复，损失停留在 log 2；Leaky ReLU 能够学习</translation>
    </message>
    <message>
        <source>He initialisation against a poor one</source>
        <translation>He 初始化与糟糕初始化的对比</translation>
    </message>
    <message>
        <source>four ReLU layers: He learns the moons, weights N(0, 0.01²) pass almost no signal and the loss stays at log 2</source>
        <translation>四层 ReLU：He 初始化能学会双月数据，权重取 N(0, 0.01²) 时几乎传不过信号，损失停留在 log 2</translation>
    </message>
    <message>
        <source>A small positive bias helps</source>
        <translation>较小的正偏置有帮助</translation>
    </message>
    <message>
        <source>four layers of 8 ReLU units: biases starting at 0.1 leave fewer units dead at the start than 0 (never more over seeds 1–12, 30 % fewer in all)</source>
        <translation>四层、每层 8 个 ReLU 单元：偏置初值为 0.1 时，开始时死亡的单元比初值为 0 时少（种子 1–12 中从未更多，总共少 30%）</translation>
    </message>
    <message>
        <source>Adam against plain SGD</source>
        <translation>Adam 与普通 SGD 的对比</translation>
    </message>
    <message>
        <source>both at η = 0.01 for 200 steps: Adam reaches a loss of 0.12 or less, plain SGD (momentum 0) is still above 0.25</source>
        <translation>两者都取 η = 0.01、训练 200 步：Adam 的损失降到 0.12 或更低，普通 SGD（动量为 0）仍高于 0.25</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::AccuracyMarks</name>
    <message>
        <source>digits lost</source>
        <translation>有效数字丢失</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::AxisRangeDialog</name>
    <message>
        <source>Axis ranges</source>
        <translation>坐标轴范围</translation>
    </message>
    <message>
        <source>&lt;b&gt;min&lt;/b&gt;</source>
        <translation>&lt;b&gt;最小值&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;max&lt;/b&gt;</source>
        <translation>&lt;b&gt;最大值&lt;/b&gt;</translation>
    </message>
    <message>
        <source>x (all subplots)</source>
        <translation>x（所有子图）</translation>
    </message>
    <message>
        <source>Left end of the x axis</source>
        <translation>x 轴左端</translation>
    </message>
    <message>
        <source>Right end of the x axis</source>
        <translation>x 轴右端</translation>
    </message>
    <message>
        <source>y of %1</source>
        <translation>%1 的 y</translation>
    </message>
    <message>
        <source>autoscale</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <source>Follow the data (5 % margin) instead of a fixed range</source>
        <translation>跟随数据（留 5% 边距），而不是固定范围</translation>
    </message>
    <message>
        <source>Bottom of this subplot&apos;s y axis</source>
        <translation>此子图 y 轴的下端</translation>
    </message>
    <message>
        <source>Top of this subplot&apos;s y axis</source>
        <translation>此子图 y 轴的上端</translation>
    </message>
    <message>
        <source>Refused: the x range needs two finite numbers.</source>
        <translation>已拒绝：x 范围需要两个有限的数。</translation>
    </message>
    <message>
        <source>Refused: the x range needs min &lt; max (got %1 ≥ %2).</source>
        <translation>已拒绝：x 范围需要 min &lt; max（实际为 %1 ≥ %2）。</translation>
    </message>
    <message>
        <source>Refused: the x range: %1.</source>
        <translation>已拒绝：x 范围：%1。</translation>
    </message>
    <message>
        <source>Refused: the y range of %1 needs two finite numbers.</source>
        <translation>已拒绝：%1 的 y 范围需要两个有限的数。</translation>
    </message>
    <message>
        <source>Refused: the y range of %1 needs min &lt; max (got %2 ≥ %3).</source>
        <translation>已拒绝：%1 的 y 范围需要 min &lt; max（实际为 %2 ≥ %3）。</translation>
    </message>
    <message>
        <source>Refused: the y range of %1: %2.</source>
        <translation>已拒绝：%1 的 y 范围：%2。</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::CataloguePanel</name>
    <message>
        <source>Double-click or Enter to add.</source>
        <translation>双击或按 Enter 添加。</translation>
    </message>
    <message>
        <source>Filter functions…</source>
        <translation>筛选函数…</translation>
    </message>
    <message>
        <source>Type part of a name, id, family or PyTorch name (Ctrl+F)</source>
        <translation>输入名称、id、函数族或 PyTorch 名称的一部分（Ctrl+F）</translation>
    </message>
    <message>
        <source>My functions</source>
        <translation>我的函数</translation>
    </message>
    <message>
        <source>Formulas you typed (New formula…); right-click one to remove it</source>
        <translation>你输入的公式（新建公式…）；右键单击可删除</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>%1 函数族</translation>
    </message>
    <message>
        <source>&amp;Add to plot</source>
        <translation>添加到图中(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected function as a new curve (Enter)</source>
        <translation>将选中的函数添加为新曲线（Enter）</translation>
    </message>
    <message>
        <source>Type your own function of x, with exact derivatives and its own sliders (Ctrl+Shift+F)</source>
        <translation>输入你自己的 x 的函数，带精确导数和各自的滑块（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your formula&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;i&gt;Double-click or Enter to add; right-click to remove.&lt;/i&gt;</source>
        <translation>&lt;b&gt;你的公式&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;i&gt;双击或按 Enter 添加；右键单击删除。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Add to plot</source>
        <translation>添加到图中</translation>
    </message>
    <message>
        <source>Remove from My functions</source>
        <translation>从“我的函数”中删除</translation>
    </message>
    <message>
        <source>New formula…</source>
        <translation>新建公式…</translation>
    </message>
    <message>
        <source>Ne&amp;w formula…</source>
        <translation>新建公式(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::CompareWindow</name>
    <message>
        <source>Compare activation functions</source>
        <translation>比较激活函数</translation>
    </message>
    <message>
        <source>Click a header to sort; double-click a row to select its curve or add it</source>
        <translation>单击表头排序；双击一行选中其曲线或将其添加到图中</translation>
    </message>
    <message>
        <source>From the teaching material; click a function to add it to the plot</source>
        <translation>来自讲义；单击函数即可添加到图中</translation>
    </message>
    <message>
        <source>Every catalogue function at the parameters of its curve on the plot (bold) or at its defaults. Every value is computed from f, f′ and f″; hover a header for what it means, a cell for the full-precision value.</source>
        <translation>函数目录中的每个函数，取图中对应曲线的参数（粗体）或默认参数。每个值都由 f、f′ 和 f″ 计算得出；悬停在表头上查看含义，悬停在单元格上查看全精度值。</translation>
    </message>
    <message>
        <source>Which one to use</source>
        <translation>该用哪一个</translation>
    </message>
    <message>
        <source>%1 functions; cost measured on this machine</source>
        <translation>%1 个函数；计算开销在本机测得</translation>
    </message>
    <message>
        <source>Computing properties and measuring cost…</source>
        <translation>正在计算性质并测量开销…</translation>
    </message>
    <message>
        <source>Usual computer vision</source>
        <translation>常规计算机视觉</translation>
    </message>
    <message>
        <source>NLP and Transformers</source>
        <translation>自然语言处理与 Transformer</translation>
    </message>
    <message>
        <source>Self-normalising networks</source>
        <translation>自归一化网络</translation>
    </message>
    <message>
        <source>Deep networks prone to vanishing gradients</source>
        <translation>容易梯度消失的深层网络</translation>
    </message>
    <message>
        <source>Light-weight or edge models</source>
        <translation>轻量级或端侧模型</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::CursorReadout</name>
    <message>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>f″(x)</source>
        <translation>f″(x)</translation>
    </message>
    <message>
        <source>Values at the cursor. At a jump: the convention&apos;s value, then (←left limit | right limit→). Select cells and press Ctrl+C to copy.</source>
        <translation>光标处的值。在跳跃点：先显示约定值，再显示（←左极限 | 右极限→）。选中单元格后按 Ctrl+C 复制。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Cursor at &lt;b&gt;x = %1&lt;/b&gt;</source>
        <translation>光标位于 &lt;b&gt;x = %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move the mouse over the plot, or use ← → (Shift: larger steps), to read values.</source>
        <translation>将鼠标移到图上，或使用 ← →（Shift：大步长）读取数值。</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::CurveListModel</name>
    <message>
        <source>Shown — untick to hide (Ctrl+H)</source>
        <translation>已显示 — 取消勾选可隐藏（Ctrl+H）</translation>
    </message>
    <message>
        <source>Hidden — tick to show (Ctrl+H)</source>
        <translation>已隐藏 — 勾选可显示（Ctrl+H）</translation>
    </message>
    <message>
        <source>Colour %1 — click to change</source>
        <translation>颜色 %1 — 单击更改</translation>
    </message>
    <message>
        <source>%1 — double-click or F2 to rename (empty = automatic label). Drag to reorder.</source>
        <translation>%1 — 双击或按 F2 重命名（留空 = 自动标签）。拖动可调整顺序。</translation>
    </message>
    <message>
        <source>Duplicate this curve (Ctrl+D)</source>
        <translation>复制此曲线（Ctrl+D）</translation>
    </message>
    <message>
        <source>Remove this curve (Delete)</source>
        <translation>删除此曲线（Delete）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::CurvesPanel</name>
    <message>
        <source>Curves on the plot. Drag rows to reorder.</source>
        <translation>图中的曲线。拖动行可调整顺序。</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the curve up</source>
        <translation>将曲线上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the curve down</source>
        <translation>将曲线下移</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected curve (Ctrl+D)</source>
        <translation>复制选中的曲线（Ctrl+D）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected curve (Delete)</source>
        <translation>删除选中的曲线（Delete）</translation>
    </message>
    <message>
        <source>Click a swatch to change its colour; double-click a label to rename it.</source>
        <translation>单击色块更改颜色；双击标签重命名。</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::DepthView</name>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>Mean and variance map</source>
        <translation>均值–方差映射</translation>
    </message>
    <message>
        <source>Order and chaos</source>
        <translation>有序与混沌</translation>
    </message>
    <message>
        <source>Variance qₗ of the pre-activations and the gradient ratio gₗ per layer: lines from the mean-field theory, dots from a real random network</source>
        <translation>每层预激活的方差 qₗ 与梯度比 gₗ：线来自平均场理论，点来自真实的随机网络</translation>
    </message>
    <message>
        <source>How the activations f(z) are distributed at the first, middle and last layer of the random network</source>
        <translation>随机网络第一层、中间层和最后一层激活值 f(z) 的分布</translation>
    </message>
    <message>
        <source>Where a layer sends the mean and variance of its inputs (Klambauer et al. 2017), for the selected curve: SELU&apos;s fixed point is (0, 1)</source>
        <translation>对选中的曲线，一层把输入的均值和方差映射到哪里（Klambauer 等，2017）：SELU 的不动点是 (0, 1)</translation>
    </message>
    <message>
        <source>χ* over (σ_w², σ_b²) for the selected curve: below 1 gradients vanish with depth, above 1 they explode</source>
        <translation>选中曲线在 (σ_w², σ_b²) 上的 χ*：小于 1 时梯度随深度消失，大于 1 时梯度爆炸</translation>
    </message>
    <message>
        <source>Number of layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <source>Units per layer of the Monte-Carlo network (the theory is its infinitely wide limit)</source>
        <translation>蒙特卡罗网络每层的单元数（理论对应其无限宽极限）</translation>
    </message>
    <message>
        <source>Weights are N(0, σ_w² / fan-in)</source>
        <translation>权重服从 N(0, σ_w² / fan-in)</translation>
    </message>
    <message>
        <source>Biases are N(0, σ_b²)</source>
        <translation>偏置服从 N(0, σ_b²)</translation>
    </message>
    <message>
        <source>Second moment of the input coordinates</source>
        <translation>输入各坐标的二阶矩</translation>
    </message>
    <message>
        <source>He (σ_w² = 2)</source>
        <translation>He (σ_w² = 2)</translation>
    </message>
    <message>
        <source>He et al. 2015: weight variance 2 / fan-in, for ReLU; no bias</source>
        <translation>He 等，2015：权重方差 2 / fan-in，适用于 ReLU；无偏置</translation>
    </message>
    <message>
        <source>Xavier/Glorot</source>
        <translation>Xavier/Glorot</translation>
    </message>
    <message>
        <source>Glorot and Bengio 2010: weight variance 2 / (fan-in + fan-out), which is 1 / fan-in for layers of equal width; no bias</source>
        <translation>Glorot 与 Bengio，2010：权重方差 2 / (fan-in + fan-out)，等宽层时即 1 / fan-in；无偏置</translation>
    </message>
    <message>
        <source>LeCun (σ_w² = 1)</source>
        <translation>LeCun (σ_w² = 1)</translation>
    </message>
    <message>
        <source>LeCun et al. 1998: weight variance 1 / fan-in, for SELU and tanh; no bias</source>
        <translation>LeCun 等，1998：权重方差 1 / fan-in，适用于 SELU 和 tanh；无偏置</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡罗</translation>
    </message>
    <message>
        <source>Dots from a real random network of this width (64 inputs), run in the background</source>
        <translation>点来自这一宽度的真实随机网络（64 个输入），在后台运行</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个单元</translation>
    </message>
    <message>
        <source>Histograms come from the Monte-Carlo network</source>
        <translation>直方图来自蒙特卡罗网络</translation>
    </message>
    <message>
        <source>running a network of width %1…</source>
        <translation>正在运行宽度为 %1 的网络…</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Computing the phase diagram</source>
        <translation>正在计算相图</translation>
    </message>
    <message>
        <source>Computing the phase diagram of %1…</source>
        <translation>正在计算 %1 的相图…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::FormulaActions</name>
    <message>
        <source>Ne&amp;w formula…</source>
        <translation>新建公式(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Type your own function of x: exact f′ and f″, a slider for every parameter</source>
        <translation>输入你自己的 x 的函数：精确的 f′ 和 f″，每个参数一个滑块</translation>
    </message>
    <message>
        <source>Edit f&amp;ormula…</source>
        <translation>编辑公式(&amp;O)…</translation>
    </message>
    <message>
        <source>Change the selected formula curve; parameters keep their values by name</source>
        <translation>修改选中的公式曲线；参数按名称保留其值</translation>
    </message>
    <message>
        <source>New Formula</source>
        <translation>新建公式</translation>
    </message>
    <message>
        <source>Formula Refused</source>
        <translation>公式被拒绝</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Edit Formula</source>
        <translation>编辑公式</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::FormulaDialog</name>
    <message>
        <source>Operators + − * / ^ and parentheses; functions exp, expm1, log, log1p, sqrt, abs, sign, min, max, sin, cos, tanh, sinh, cosh, sech, erf, erfc, sigmoid, softplus, logsigmoid, where(cond, a, b) with &amp;lt; &amp;lt;= &amp;gt; &amp;gt;= == !=, and every catalogue id: gelu(x), elu(x, 0.5). Every other name is a parameter with its own slider (default 1).</source>
        <translation>运算符 + − * / ^ 和括号；函数 exp、expm1、log、log1p、sqrt、abs、sign、min、max、sin、cos、tanh、sinh、cosh、sech、erf、erfc、sigmoid、softplus、logsigmoid、where(cond, a, b)（配合 &amp;lt; &amp;lt;= &amp;gt; &amp;gt;= == !=），以及函数目录中的每个 id：gelu(x)、elu(x, 0.5)。其他名称都是参数，各有一个滑块（默认值 1）。</translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =</translation>
    </message>
    <message>
        <source>Type a formula in x.</source>
        <translation>输入一个关于 x 的公式。</translation>
    </message>
    <message>
        <source>✓ reads as a function of x</source>
        <translation>✓ 可解析为 x 的函数</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <source>Parameters (sliders): %1</source>
        <translation>参数（滑块）：%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::Handbook</name>
    <message>
        <source>ActLab handbook</source>
        <translation>ActLab 使用手册</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::InfoPanel</name>
    <message>
        <source>smooth (C&lt;sup&gt;∞&lt;/sup&gt;)</source>
        <translation>光滑（C&lt;sup&gt;∞&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>discontinuous</source>
        <translation>不连续</translation>
    </message>
    <message>
        <source>continuous, with corners (C&lt;sup&gt;0&lt;/sup&gt;)</source>
        <translation>连续，有折点（C&lt;sup&gt;0&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>C&lt;sup&gt;%1&lt;/sup&gt;</source>
        <translation>C&lt;sup&gt;%1&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 &amp;nbsp;&lt;span style=&apos;opacity:0.75&apos;&gt;(left limit %2, right limit %3)&lt;/span&gt;</source>
        <translation>%1 &amp;nbsp;&lt;span style=&apos;opacity:0.75&apos;&gt;（左极限 %2，右极限 %3）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>About the selected curve; select text to copy it</source>
        <translation>关于选中的曲线；选中文字即可复制</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>值域</translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;(0)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(0)</translation>
    </message>
    <message>
        <source>&lt;i&gt;f&lt;/i&gt;′(0)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(0)</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>光滑性</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <source>Bounded</source>
        <translation>有界</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>上下均有界</translation>
    </message>
    <message>
        <source>below only</source>
        <translation>仅有下界</translation>
    </message>
    <message>
        <source>above only</source>
        <translation>仅有上界</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>以零为中心</translation>
    </message>
    <message>
        <source>At kinks:</source>
        <translation>折点处：</translation>
    </message>
    <message>
        <source>Your formula</source>
        <translation>你的公式</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Accuracy: over the visible x range, f, f′ and f″ in double agree with a long double re-evaluation within 10&lt;sup&gt;−9&lt;/sup&gt; relative.</source>
        <translation>精度：在可见的 x 范围内，double 精度的 f、f′ 和 f″ 与 long double 重新计算的结果相对误差在 10&lt;sup&gt;−9&lt;/sup&gt; 以内。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on [%2, %3]: off by up to %4 relative (at &lt;i&gt;x&lt;/i&gt; = %5); %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 [%2, %3] 上：相对误差最大 %4（在 &lt;i&gt;x&lt;/i&gt; = %5 处）；%6</translation>
    </message>
    <message>
        <source>Digits lost in double precision:</source>
        <translation>double 精度下丢失的有效数字：</translation>
    </message>
    <message>
        <source>Compared with a long double re-evaluation at 2001 points of the visible range. Rewriting the formula with stable primitives (expm1, log1p, softplus, sigmoid, logsigmoid) usually removes the loss.</source>
        <translation>与在可见范围内 2001 个点上用 long double 重新计算的结果比较。用数值稳定的基本函数（expm1、log1p、softplus、sigmoid、logsigmoid）改写公式通常可以消除这种损失。</translation>
    </message>
    <message>
        <source>f′ and f″ are exact symbolic derivatives (GiNaC), evaluated in double. At a switch of abs, sign, max, min or where, the formula&apos;s own definition decides: max and min take the second argument&apos;s derivative at a tie.</source>
        <translation>f′ 和 f″ 是精确的符号导数（GiNaC），以 double 精度计算。在 abs、sign、max、min 或 where 的切换点，由公式自身的定义决定：相等时 max 和 min 取第二个参数的导数。</translation>
    </message>
    <message>
        <source>f jumps</source>
        <translation>f 跳跃</translation>
    </message>
    <message>
        <source>f′ jumps</source>
        <translation>f′ 跳跃</translation>
    </message>
    <message>
        <source>f″ jumps</source>
        <translation>f″ 跳跃</translation>
    </message>
    <message>
        <source>f″ has a corner</source>
        <translation>f″ 有折点</translation>
    </message>
    <message>
        <source>Kinks</source>
        <translation>折点</translation>
    </message>
    <message>
        <source>Select a curve to see its formula, properties and what it is known for.</source>
        <translation>选择一条曲线，查看其公式、性质和主要特点。</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::LessonNotes</name>
    <message>
        <source>ActLab — lecturer&apos;s notes</source>
        <translation>ActLab — 讲师备注</translation>
    </message>
    <message>
        <source>This session has no lesson steps.</source>
        <translation>此会话没有课程步骤。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Add steps with Lesson ▸ Add current view as step.</source>
        <translation>通过“课程 ▸ 将当前视图添加为步骤”添加步骤。</translation>
    </message>
    <message>
        <source>Start with Lesson ▸ Next step (or → in presentation mode).</source>
        <translation>从“课程 ▸ 下一步”开始（演示模式下按 →）。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Last step.</source>
        <translation>最后一步。</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::LessonPanel</name>
    <message>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, saved with the session</source>
        <translation>课程标题，随会话一起保存</translation>
    </message>
    <message>
        <source>The steps in order. Enter shows a step; F2 or a double-click renames it. In presentation mode →, Space and PgDn go to the next step, ← and PgUp back.</source>
        <translation>按顺序排列的步骤。Enter 显示步骤；F2 或双击重命名。演示模式下 →、空格和 PgDn 前进到下一步，← 和 PgUp 后退。</translation>
    </message>
    <message>
        <source>A note for this step (shown to you, not to the class)</source>
        <translation>此步骤的备注（只给你看，不展示给学生）</translation>
    </message>
    <message>
        <source>The note of the selected step: saved when you leave the box</source>
        <translation>选中步骤的备注：离开输入框时保存</translation>
    </message>
    <message>
        <source>Add view</source>
        <translation>添加视图</translation>
    </message>
    <message>
        <source>Add the current view as a step after the selected one</source>
        <translation>将当前视图添加为选中步骤之后的一步</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Replace the selected step by the current view</source>
        <translation>用当前视图替换选中的步骤</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the selected step (Enter)</source>
        <translation>显示选中的步骤（Enter）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the step earlier</source>
        <translation>将步骤前移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the step later</source>
        <translation>将步骤后移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>删除选中的步骤</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>Every change so far: click an entry to go back to it (Ctrl+Z undoes one)</source>
        <translation>到目前为止的每一次修改：单击一项可回到该状态（Ctrl+Z 撤销一步）</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>About the curve</source>
        <translation>曲线信息</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>光标</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Deep network</source>
        <translation>深度网络</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Signal and gradient of the curves through a deep network</source>
        <translation>曲线在深度网络中传播的信号与梯度</translation>
    </message>
    <message>
        <source>The catalogue: double-click a function to add it to the plot</source>
        <translation>函数目录：双击函数即可添加到图中</translation>
    </message>
    <message>
        <source>Show f′ subplot</source>
        <translation>显示 f′ 子图</translation>
    </message>
    <message>
        <source>Show the first derivative f′(x) below the functions</source>
        <translation>在函数下方显示一阶导数 f′(x)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>Show f″ subplot</source>
        <translation>显示 f″ 子图</translation>
    </message>
    <message>
        <source>Show the second derivative f″(x)</source>
        <translation>显示二阶导数 f″(x)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>f″(x)</source>
        <translation>f″(x)</translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation>显示图例(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>显示或隐藏图例</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>Show or hide the grid</source>
        <translation>显示或隐藏网格</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Zero l&amp;ines</source>
        <translation>零线(&amp;I)</translation>
    </message>
    <message>
        <source>Emphasise the lines x = 0 and y = 0</source>
        <translation>突出显示直线 x = 0 和 y = 0</translation>
    </message>
    <message>
        <source>Small &amp;multiples</source>
        <translation>小多图(&amp;M)</translation>
    </message>
    <message>
        <source>One small panel per curve with its derivative, instead of overlaid curves</source>
        <translation>每条曲线连同其导数单独一个小图，而不是叠加在一起</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the x and y ranges the figure was loaded with</source>
        <translation>回到图形载入时的 x 和 y 范围</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for a lecture: the plot alone, large text and lines, a large cursor readout and the selected curve&apos;s sliders (Esc leaves)</source>
        <translation>课堂全屏演示：只显示图，大号文字和线条，大号光标读数和选中曲线的滑块（Esc 退出）</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Prese&amp;ntation larger</source>
        <translation>演示放大(&amp;N)</translation>
    </message>
    <message>
        <source>Larger text, lines and controls in presentation mode</source>
        <translation>演示模式下加大文字、线条和控件</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Presentation &amp;smaller</source>
        <translation>演示缩小(&amp;S)</translation>
    </message>
    <message>
        <source>Smaller text, lines and controls in presentation mode</source>
        <translation>演示模式下减小文字、线条和控件</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <source>Back to the window with its panels</source>
        <translation>回到带面板的窗口</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Black on white (white on black in the dark theme), every curve at 4.5:1 or more: for projectors</source>
        <translation>白底黑字（深色主题下为黑底白字），每条曲线的对比度至少 4.5:1：适合投影仪</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Add current view as step</source>
        <translation>将当前视图添加为步骤(&amp;A)</translation>
    </message>
    <message>
        <source>Add what the plot shows now (curves, parameters, ranges, cursor) as a lesson step</source>
        <translation>将图中当前显示的内容（曲线、参数、范围、光标）添加为课程步骤</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next lesson step</source>
        <translation>显示课程的下一步</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>Show the previous lesson step</source>
        <translation>显示课程的上一步</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;Lecturer&apos;s notes window</source>
        <translation>讲师备注窗口(&amp;L)</translation>
    </message>
    <message>
        <source>The current step&apos;s note in a window of its own, for your screen</source>
        <translation>在单独的窗口中显示当前步骤的备注，供你自己的屏幕使用</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open the built-in lesson: ReLU and its &amp;variants</source>
        <translation>打开内置课程：ReLU 及其变体(&amp;V)</translation>
    </message>
    <message>
        <source>A prepared lesson through the lecture material: sigmoid, ReLU, dying ReLU and its remedies, SELU, GELU, Swish, Mish</source>
        <translation>按讲义内容准备好的课程：sigmoid、ReLU、死亡 ReLU 及其补救方法、SELU、GELU、Swish、Mish</translation>
    </message>
    <message>
        <source>A&amp;xis ranges…</source>
        <translation>坐标轴范围(&amp;X)…</translation>
    </message>
    <message>
        <source>Type exact x and y ranges</source>
        <translation>输入精确的 x 和 y 范围</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Autoscale y of %1</source>
        <translation>%1 的 y 轴自动缩放</translation>
    </message>
    <message>
        <source>Checked: the y axis follows the data; unchecked: it keeps its current range</source>
        <translation>勾选：y 轴跟随数据；不勾选：保持当前范围</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation>与桌面一致的浅色或深色</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Light window and plot</source>
        <translation>浅色窗口和图</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Dark window and plot</source>
        <translation>深色窗口和图</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>The language of the window, from the next start (the command line stays English)</source>
        <translation>窗口的语言，下次启动时生效（命令行输出保持英文）</translation>
    </message>
    <message>
        <source>&amp;Duplicate curve</source>
        <translation>复制曲线(&amp;D)</translation>
    </message>
    <message>
        <source>Duplicate the selected curve</source>
        <translation>复制选中的曲线</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remo&amp;ve curve</source>
        <translation>删除曲线(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected curve</source>
        <translation>删除选中的曲线</translation>
    </message>
    <message>
        <source>&amp;Hide/show curve</source>
        <translation>隐藏/显示曲线(&amp;H)</translation>
    </message>
    <message>
        <source>Hide or show the selected curve</source>
        <translation>隐藏或显示选中的曲线</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Find function…</source>
        <translation>查找函数(&amp;F)…</translation>
    </message>
    <message>
        <source>Type to filter the catalogue</source>
        <translation>输入文字筛选函数目录</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the figure as PNG, SVG or PDF (light theme unless chosen otherwise)</source>
        <translation>将图保存为 PNG、SVG 或 PDF（除非另选，否则使用浅色主题）</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the curves&apos; samples as CSV: x, then f, f′, f″ of each curve</source>
        <translation>将曲线的采样写为 CSV：x，然后是每条曲线的 f、f′、f″</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export as &amp;Python script…</source>
        <translation>导出为 Python 脚本(&amp;P)…</translation>
    </message>
    <message>
        <source>Write a script that redraws the figure with NumPy and matplotlib</source>
        <translation>写出一个用 NumPy 和 matplotlib 重绘此图的脚本</translation>
    </message>
    <message>
        <source>Export anima&amp;tion…</source>
        <translation>导出动画(&amp;T)…</translation>
    </message>
    <message>
        <source>Play a parameter from one value to another and save it as an animated GIF or as numbered frames for LaTeX beamer</source>
        <translation>让一个参数从一个值变化到另一个值，并保存为 GIF 动画或供 LaTeX beamer 使用的编号帧</translation>
    </message>
    <message>
        <source>Play param&amp;eter</source>
        <translation>播放参数(&amp;E)</translation>
    </message>
    <message>
        <source>Play the selected curve&apos;s first parameter across its slider (again to stop)</source>
        <translation>让选中曲线的第一个参数在滑块范围内播放（再按一次停止）</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation>复制图形(&amp;C)</translation>
    </message>
    <message>
        <source>Put the figure on the clipboard as PNG and SVG</source>
        <translation>将图以 PNG 和 SVG 格式放到剪贴板</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit ActLab</source>
        <translation>退出 ActLab</translation>
    </message>
    <message>
        <source>&amp;About ActLab</source>
        <translation>关于 ActLab(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本与许可证</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Python script exported</source>
        <translation>Python 脚本已导出</translation>
    </message>
    <message>
        <source>Animation exported</source>
        <translation>动画已导出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Legend p&amp;osition</source>
        <translation>图例位置(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Y axes</source>
        <translation>Y 轴(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>语言(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Load one of the figures of the lecture material</source>
        <translation>载入讲义中的一幅图</translation>
    </message>
    <message>
        <source>%1[*] — ActLab</source>
        <translation>%1[*] — ActLab</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>载入预设 %1</translation>
    </message>
    <message>
        <source>Preset %1 cannot be loaded: %2</source>
        <translation>无法载入预设 %1：%2</translation>
    </message>
    <message>
        <source>Loaded preset %1</source>
        <translation>已载入预设 %1</translation>
    </message>
    <message>
        <source>The window changes its language at ActLab&apos;s next start.</source>
        <translation>窗口语言将在 ActLab 下次启动时更改。</translation>
    </message>
    <message>
        <source>Set axis ranges</source>
        <translation>设置坐标轴范围</translation>
    </message>
    <message>
        <source>Figure exported</source>
        <translation>图已导出</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>数据已导出</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard (PNG and SVG)</source>
        <translation>图已复制到剪贴板（PNG 和 SVG）</translation>
    </message>
    <message>
        <source>About ActLab</source>
        <translation>关于 ActLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;A desktop lab for neural-network activation functions: %2 functions with their exact first and second derivatives, live parameters and the figures of the lecture material.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;神经网络激活函数的桌面实验室：%2 个函数及其精确的一阶和二阶导数、实时可调的参数，以及讲义中的各幅图。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Wheel: zoom · Ctrl+wheel: zoom y · Shift+wheel: zoom both · drag: pan · right-drag: box zoom · double-click: reset · ←/→: move cursor</source>
        <translation>滚轮：缩放 · Ctrl+滚轮：缩放 y · Shift+滚轮：同时缩放 x 和 y · 拖动：平移 · 右键拖动：框选缩放 · 双击：重置 · ←/→：移动光标</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>窗口的全部键盘快捷键</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>使用手册(&amp;H)</translation>
    </message>
    <message>
        <source>A short illustrated guide to ActLab</source>
        <translation>简短的 ActLab 图文指南</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text in the whole window</source>
        <translation>加大整个窗口的文字</translation>
    </message>
    <message>
        <source>Ctrl+Alt+=</source>
        <translation>Ctrl+Alt+=</translation>
    </message>
    <message>
        <source>Ctrl+Alt++</source>
        <translation>Ctrl+Alt++</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text in the whole window</source>
        <translation>减小整个窗口的文字</translation>
    </message>
    <message>
        <source>Ctrl+Alt+-</source>
        <translation>Ctrl+Alt+-</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Text in the whole window at its normal size</source>
        <translation>整个窗口的文字恢复正常大小</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>&amp;Full-precision readout</source>
        <translation>全精度读数(&amp;F)</translation>
    </message>
    <message>
        <source>The cursor readout shows every digit instead of six significant ones (copying always keeps every digit)</source>
        <translation>光标读数显示全部数字，而不是六位有效数字（复制时始终保留全部数字）</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>&amp;Compare functions…</source>
        <translation>比较函数(&amp;C)…</translation>
    </message>
    <message>
        <source>Every catalogue function&apos;s properties, computed, in a sortable table</source>
        <translation>以可排序的表格列出函数目录中每个函数计算得到的性质</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Training la&amp;b</source>
        <translation>训练实验室(&amp;B)</translation>
    </message>
    <message>
        <source>Train small networks and watch ReLUs die, PReLU learn its slope and the remedies work</source>
        <translation>训练小型网络，观察 ReLU 死亡、PReLU 学习斜率以及各种补救方法的效果</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::ParameterAnimator</name>
    <message>
        <source>Play &amp;once</source>
        <translation>播放一次(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>循环(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Back and forth</source>
        <translation>往返(&amp;B)</translation>
    </message>
    <message>
        <source>%1 s per sweep</source>
        <translation>每趟 %1 秒</translation>
    </message>
    <message>
        <source>Lin&amp;k every curve with this parameter</source>
        <translation>联动所有带此参数的曲线(&amp;K)</translation>
    </message>
    <message>
        <source>another change is in progress</source>
        <translation>另一项修改正在进行</translation>
    </message>
    <message>
        <source>Animate %1</source>
        <translation>动画 %1</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::ParameterEditor</name>
    <message>
        <source>any finite value</source>
        <translation>任意有限值</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Reset every parameter and slider range of this curve to its default</source>
        <translation>将此曲线的所有参数和滑块范围重置为默认值</translation>
    </message>
    <message>
        <source>Reset the parameters of %1</source>
        <translation>重置 %1 的参数</translation>
    </message>
    <message>
        <source>No curve selected</source>
        <translation>未选中曲线</translation>
    </message>
    <message>
        <source>Select a curve in the Curves panel to edit its parameters.</source>
        <translation>在“曲线”面板中选择一条曲线以编辑其参数。</translation>
    </message>
    <message>
        <source>%1 has no parameters.</source>
        <translation>%1 没有参数。</translation>
    </message>
    <message>
        <source>%1 — %2. Allowed: %3, default %4.</source>
        <translation>%1 — %2。允许值：%3，默认 %4。</translation>
    </message>
    <message>
        <source>Reset %1 to its default %2</source>
        <translation>将 %1 重置为默认值 %2</translation>
    </message>
    <message>
        <source>Play %1 across its slider (again to stop); the arrow: once, loop or back and forth, the duration, and linked curves</source>
        <translation>让 %1 在滑块范围内播放（再按一次停止）；箭头菜单：一次、循环或往返，时长，以及联动的曲线</translation>
    </message>
    <message>
        <source>Drag to change %1; the plot follows while you drag</source>
        <translation>拖动以改变 %1；拖动时图形实时跟随</translation>
    </message>
    <message>
        <source>Type an exact value of %1 and press Enter; allowed: %2</source>
        <translation>输入 %1 的精确值并按 Enter；允许值：%2</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>Left end of the slider (≥ %1)</source>
        <translation>滑块左端（≥ %1）</translation>
    </message>
    <message>
        <source>Right end of the slider (≤ %1)</source>
        <translation>滑块右端（≤ %1）</translation>
    </message>
    <message>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Logarithmic slider (only for positive values)</source>
        <translation>对数滑块（仅用于正值）</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Refused: %1. %2 stays %3.</source>
        <translation>已拒绝：%1。%2 保持为 %3。</translation>
    </message>
    <message>
        <source>the slider range needs two numbers</source>
        <translation>滑块范围需要两个数</translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation>重置 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::ParameterSlider</name>
    <message>
        <source>Drag %1 of %2</source>
        <translation>拖动 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::PlotView</name>
    <message>
        <source>Box zoom</source>
        <translation>框选缩放</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Wheel: zoom x · Ctrl+wheel: zoom y of one subplot · Shift+wheel: zoom x and y · drag: pan · right-drag or Ctrl+drag: box zoom · double-click: reset view · ←/→: move the cursor (Shift: faster)</source>
        <translation>滚轮：缩放 x · Ctrl+滚轮：缩放单个子图的 y · Shift+滚轮：同时缩放 x 和 y · 拖动：平移 · 右键拖动或 Ctrl+拖动：框选缩放 · 双击：重置视图 · ←/→：移动光标（Shift：更快）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::Presentation</name>
    <message>
        <source>Go to step %1: %2</source>
        <translation>转到第 %1 步：%2</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::PresentationOverlay</name>
    <message>
        <source>Drag to change %1 in front of the class (←/→ step it when it has the focus)</source>
        <translation>拖动即可当堂改变 %1（获得焦点时用 ←/→ 步进）</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::PropertiesModel</name>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>below</source>
        <translation>下方</translation>
    </message>
    <message>
        <source>above</source>
        <translation>上方</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>yes ↑</source>
        <translation>是 ↑</translation>
    </message>
    <message>
        <source>yes ↓</source>
        <translation>是 ↓</translation>
    </message>
    <message>
        <source>%1 at the parameters of its curve on the plot (double-click to select it)</source>
        <translation>%1，取图中对应曲线的参数（双击选中）</translation>
    </message>
    <message>
        <source>%1 at its defaults (double-click to add it to the plot)</source>
        <translation>%1，取默认参数（双击添加到图中）</translation>
    </message>
    <message>
        <source>%1 ns per element for f and f′ on this machine</source>
        <translation>本机上 f 和 f′ 每个元素 %1 ns</translation>
    </message>
    <message>
        <source>being measured</source>
        <translation>正在测量</translation>
    </message>
    <message>
        <source>being computed</source>
        <translation>正在计算</translation>
    </message>
    <message>
        <source>inf f = %1 %2
sup f = %3 %4</source>
        <translation>inf f = %1 %2
sup f = %3 %4</translation>
    </message>
    <message>
        <source>max |f′| = %1 at x = %2</source>
        <translation>max |f′| = %1，在 x = %2 处</translation>
    </message>
    <message>
        <source>f′(0) = %1; from the left %2, from the right %3</source>
        <translation>f′(0) = %1；左侧 %2，右侧 %3</translation>
    </message>
    <message>
        <source>E[f] = %1, std[f] = %2 under N(0, 1)</source>
        <translation>N(0, 1) 下 E[f] = %1，std[f] = %2</translation>
    </message>
    <message>
        <source>f′(−∞) = %1, f′(+∞) = %2</source>
        <translation>f′(−∞) = %1，f′(+∞) = %2</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>值域</translation>
    </message>
    <message>
        <source>Bounded</source>
        <translation>有界</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>光滑性</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>以零为中心</translation>
    </message>
    <message>
        <source>Saturates</source>
        <translation>饱和</translation>
    </message>
    <message>
        <source>max |f′|</source>
        <translation>max |f′|</translation>
    </message>
    <message>
        <source>f′(0)</source>
        <translation>f′(0)</translation>
    </message>
    <message>
        <source>E[f]</source>
        <translation>E[f]</translation>
    </message>
    <message>
        <source>Var[f]</source>
        <translation>Var[f]</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>死亡比例</translation>
    </message>
    <message>
        <source>χ (He)</source>
        <translation>χ (He)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>The function at the parameters of its curve on the plot (bold) or at its defaults</source>
        <translation>函数，取图中对应曲线的参数（粗体）或默认参数</translation>
    </message>
    <message>
        <source>inf and sup of f over the real line; a square bracket where the value is attained at a finite x, a round one where it is only approached</source>
        <translation>f 在实数轴上的下确界和上确界；在有限 x 处取到时用方括号，只是趋近时用圆括号</translation>
    </message>
    <message>
        <source>Whether f is bounded below, above, on both sides or not at all</source>
        <translation>f 是有下界、有上界、两侧有界还是无界</translation>
    </message>
    <message>
        <source>f′ ≥ 0 everywhere (↑) or f′ ≤ 0 everywhere (↓), jumps included</source>
        <translation>处处 f′ ≥ 0（↑）或处处 f′ ≤ 0（↓），跳跃点也计入</translation>
    </message>
    <message>
        <source>C⁰: f continuous, f′ jumps at a kink; C¹: f′ continuous too; C^∞: no kink at all; found from the one-sided values at the kinks</source>
        <translation>C⁰：f 连续，f′ 在折点处跳跃；C¹：f′ 也连续；C^∞：没有任何折点；由折点处的单侧值判定</translation>
    </message>
    <message>
        <source>|E[f(X)]| &lt; 0.1·std[f(X)] for X ~ N(0, 1): outputs centred on 0 keep the next layer&apos;s gradient steps unbiased</source>
        <translation>对 X ~ N(0, 1) 有 |E[f(X)]| &lt; 0.1·std[f(X)]：以 0 为中心的输出使下一层的梯度步长无偏</translation>
    </message>
    <message>
        <source>Where f′ → 0: towards −∞, +∞ or both (a saturating side passes almost no gradient)</source>
        <translation>f′ → 0 的方向：趋向 −∞、+∞ 或两侧（饱和的一侧几乎不传递梯度）</translation>
    </message>
    <message>
        <source>The largest |f′| over the real line: the most a layer can multiply a gradient by (sigmoid: 1/4)</source>
        <translation>实数轴上 |f′| 的最大值：一层最多能把梯度放大的倍数（sigmoid：1/4）</translation>
    </message>
    <message>
        <source>f′(0) by PyTorch&apos;s convention; at a kink also the limits from the left and from the right</source>
        <translation>按 PyTorch 约定的 f′(0)；在折点处还给出左极限和右极限</translation>
    </message>
    <message>
        <source>E[f(X)] for X ~ N(0, 1)</source>
        <translation>X ~ N(0, 1) 时的 E[f(X)]</translation>
    </message>
    <message>
        <source>Var[f(X)] for X ~ N(0, 1)</source>
        <translation>X ~ N(0, 1) 时的 Var[f(X)]</translation>
    </message>
    <message>
        <source>P(f′(X) = 0) for X ~ N(0, 1): the share of inputs that pass no gradient</source>
        <translation>X ~ N(0, 1) 时的 P(f′(X) = 0)：不传递梯度的输入所占比例</translation>
    </message>
    <message>
        <source>χ = σ_w²·E[f′(z)²], z ~ N(0, 2), in the first layer with He initialisation (σ_w² = 2, σ_b² = 0, unit inputs): below 1 gradients shrink layer by layer, above 1 they grow</source>
        <translation>χ = σ_w²·E[f′(z)²]，z ~ N(0, 2)，He 初始化下的第一层（σ_w² = 2，σ_b² = 0，单位输入）：小于 1 时梯度逐层缩小，大于 1 时逐层增大</translation>
    </message>
    <message>
        <source>Time for f and f′ per element on this machine, relative to ReLU (measured when the table opens)</source>
        <translation>本机上每个元素计算 f 和 f′ 的时间，相对于 ReLU（打开表格时测量）</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::SessionFiles</name>
    <message>
        <source>ActLab sessions (*.%1)</source>
        <translation>ActLab 会话 (*.%1)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new session with the default curves</source>
        <translation>用默认曲线开始新会话</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session (.actlab)</source>
        <translation>打开已保存的会话（.actlab）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the session: curves, parameters, sliders, view</source>
        <translation>保存会话：曲线、参数、滑块、视图</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation>以新名称保存会话</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>没有最近的会话</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有尚未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>the session has no file yet: use Save As</source>
        <translation>会话还没有文件：请使用“另存为”</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>ActLab did not close normally on %1. Recover the unsaved session it left?</source>
        <translation>ActLab 在 %1 没有正常关闭。要恢复它留下的未保存会话吗？</translation>
    </message>
    <message>
        <source>Cannot recover the session</source>
        <translation>无法恢复会话</translation>
    </message>
    <message>
        <source>Recovered the unsaved session</source>
        <translation>已恢复未保存的会话</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Next lesson step (presenting)</source>
        <translation>课程下一步（演示时）</translation>
    </message>
    <message>
        <source>Previous lesson step (presenting)</source>
        <translation>课程上一步（演示时）</translation>
    </message>
    <message>
        <source>First lesson step (presenting)</source>
        <translation>课程第一步（演示时）</translation>
    </message>
    <message>
        <source>Last lesson step (presenting)</source>
        <translation>课程最后一步（演示时）</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::TrainingLab</name>
    <message>
        <source>ActLab — Training lab</source>
        <translation>ActLab — 训练实验室</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space); click again to pause</source>
        <translation>按所选速度连续训练（空格）；再次单击暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One training step of every network (one minibatch)</source>
        <translation>每个网络训练一步（一个小批量）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Stop and start again from step 0 with the same seed</source>
        <translation>停止，并用相同的随机种子从第 0 步重新开始</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>每秒 %1 步</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>Training steps per second while playing</source>
        <translation>播放时每秒的训练步数</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>(my settings)</source>
        <translation>（我的设置）</translation>
    </message>
    <message>
        <source>The material&apos;s experiments: each trains its networks side by side</source>
        <translation>讲义中的实验：每个实验并排训练各自的网络</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>实验：</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>激活函数：</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>隐藏层数：</translation>
    </message>
    <message>
        <source>Units per layer:</source>
        <translation>每层单元数：</translation>
    </message>
    <message>
        <source>two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>spirals</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>1-D regression</source>
        <translation>一维回归</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>The function the 1-D regression fits (on [−3, 3], noise 0.1)</source>
        <translation>一维回归所拟合的函数（在 [−3, 3] 上，噪声 0.1）</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>拟合：</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>损失：</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Optimiser:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation>学习率 η：</translation>
    </message>
    <message>
        <source>Momentum (SGD):</source>
        <translation>动量（SGD）：</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Xavier/Glorot</source>
        <translation>Xavier/Glorot</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>N(0, σ²)</source>
        <translation>N(0, σ²)</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>σ of N(0, σ²):</source>
        <translation>N(0, σ²) 的 σ：</translation>
    </message>
    <message>
        <source>The hidden units&apos; starting bias (0, a small positive 0.1, or a negative one)</source>
        <translation>隐藏单元的初始偏置（0、较小的正值 0.1 或一个负值）</translation>
    </message>
    <message>
        <source>Starting bias:</source>
        <translation>初始偏置：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批量大小：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Compare activations side by side</source>
        <translation>并排比较激活函数</translation>
    </message>
    <message>
        <source>Train 2–4 activations from the same seed, data and initial weights</source>
        <translation>用相同的随机种子、数据和初始权重训练 2–4 种激活函数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>  %1.</source>
        <translation>  %1。</translation>
    </message>
    <message>
        <source>choose at least two activations to compare</source>
        <translation>请至少选择两种激活函数进行比较</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>step 0</source>
        <translation>第 0 步</translation>
    </message>
    <message>
        <source>step %1 — %2 steps/s</source>
        <translation>第 %1 步 — 每秒 %2 步</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (in %3 steps)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2（%3 步内）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Show or hide the settings (hidden while presenting, so that the figure fills the screen)</source>
        <translation>显示或隐藏设置（演示时隐藏，让图占满屏幕）</translation>
    </message>
</context>
<context>
    <name>actlab::explorer::UnitGrid</name>
    <message>
        <source>%1: layer %2, unit %3</source>
        <translation>%1：第 %2 层，第 %3 个单元</translation>
    </message>
    <message>
        <source>%1 — dead: f′ = 0 on every example of the training set</source>
        <translation>%1 — 死亡：在训练集的每个样本上 f′ = 0</translation>
    </message>
    <message>
        <source>%1 — active (f′ ≠ 0) on %2 % of the training set</source>
        <translation>%1 — 在 %2% 的训练集上激活（f′ ≠ 0）</translation>
    </message>
    <message>
        <source>%1 — %2 dead (grey ×), live units shaded by how often f′ ≠ 0</source>
        <translation>%1 — %2 个死亡（灰色 ×），存活单元的深浅表示 f′ ≠ 0 的频率</translation>
    </message>
</context>
<context>
    <name>actlab::plot::AnalysisFigure</name>
    <message>
        <source>layer l</source>
        <translation>层 l</translation>
    </message>
    <message>
        <source>qₗ: variance of zₗ</source>
        <translation>qₗ：zₗ 的方差</translation>
    </message>
    <message>
        <source>%1, Monte Carlo</source>
        <translation>%1，蒙特卡罗</translation>
    </message>
    <message>
        <source>dots: a network of width %1</source>
        <translation>点：宽度为 %1 的网络</translation>
    </message>
    <message>
        <source>f(z) at layer %1</source>
        <translation>第 %1 层的 f(z)</translation>
    </message>
    <message>
        <source>fraction of units per bin</source>
        <translation>每个区间内单元的比例</translation>
    </message>
    <message>
        <source>μ: mean of a layer&apos;s inputs</source>
        <translation>μ：一层输入的均值</translation>
    </message>
    <message>
        <source>ν: variance of a layer&apos;s inputs</source>
        <translation>ν：一层输入的方差</translation>
    </message>
    <message>
        <source>fixed point (%1, %2)</source>
        <translation>不动点 (%1, %2)</translation>
    </message>
    <message>
        <source>σ_w² (weight variance × fan-in)</source>
        <translation>σ_w²（权重方差 × fan-in）</translation>
    </message>
    <message>
        <source>σ_b² (bias variance)</source>
        <translation>σ_b²（偏置方差）</translation>
    </message>
    <message>
        <source>χ = σ_w² E[f′(z)²] at layer 100</source>
        <translation>第 100 层的 χ = σ_w² E[f′(z)²]</translation>
    </message>
    <message>
        <source>χ* = 1 (%1): the edge of chaos</source>
        <translation>χ* = 1（%1）：混沌边缘</translation>
    </message>
    <message>
        <source>this network (σ_w² = %1, σ_b² = %2)</source>
        <translation>本网络（σ_w² = %1，σ_b² = %2）</translation>
    </message>
    <message>
        <source>ordered: χ* &lt; 1
gradients vanish</source>
        <translation>有序：χ* &lt; 1
梯度消失</translation>
    </message>
    <message>
        <source>chaotic: χ* &gt; 1
gradients explode</source>
        <translation>混沌：χ* &gt; 1
梯度爆炸</translation>
    </message>
    <message>
        <source>%1: layers from six starts</source>
        <translation>%1：从六个起点出发的各层</translation>
    </message>
</context>
<context>
    <name>actlab::plot::Animation</name>
    <message>
        <source>curve %1 (%2)</source>
        <translation>第 %1 条曲线（%2）</translation>
    </message>
    <message>
        <source>%1: both ends must be finite numbers</source>
        <translation>%1：两端都必须是有限数</translation>
    </message>
    <message>
        <source>%1: the two ends are equal, nothing would move</source>
        <translation>%1：两端相等，什么也不会动</translation>
    </message>
    <message>
        <source>%1: log steps need both ends greater than 0</source>
        <translation>%1：对数步长要求两端都大于 0</translation>
    </message>
    <message>
        <source>frames must be a whole number from 2 to %1, not %2</source>
        <translation>帧数必须是 2 到 %1 之间的整数，而不是 %2</translation>
    </message>
    <message>
        <source>fps must be a number from %1 to %2, not %3</source>
        <translation>每秒帧数必须是 %1 到 %2 之间的数，而不是 %3</translation>
    </message>
    <message>
        <source>no curve has a parameter named %1 (%2)</source>
        <translation>没有曲线带有名为 %1 的参数（%2）</translation>
    </message>
    <message>
        <source>the curves have no parameters</source>
        <translation>这些曲线都没有参数</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>there is no curve %1 to animate</source>
        <translation>没有第 %1 条曲线可供播放</translation>
    </message>
    <message>
        <source>%1 has no parameter %2</source>
        <translation>%1 没有参数 %2</translation>
    </message>
    <message>
        <source>%1: %2 = %3 is outside its range [%4, %5]</source>
        <translation>%1：%2 = %3 超出其范围 [%4, %5]</translation>
    </message>
    <message>
        <source>%1 at frame %2 (%3 = %4): %5</source>
        <translation>%1在第 %2 帧（%3 = %4）：%5</translation>
    </message>
</context>
<context>
    <name>actlab::plot::AnimationDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Back and forth</source>
        <translation>往返</translation>
    </message>
    <message>
        <source>Equal &amp;ratios (log steps)</source>
        <translation>等比（对数步长）(&amp;R)</translation>
    </message>
    <message>
        <source>Only the selected &amp;curve (else every curve with the parameter)</source>
        <translation>仅选中的曲线（否则为所有带此参数的曲线）(&amp;C)</translation>
    </message>
    <message>
        <source>An animated .gif, or numbered frames for LaTeX beamer: a .png or .svg name with %03d where the frame number goes (frames/alpha-%03d.png)</source>
        <translation>GIF 动画（.gif），或供 LaTeX beamer 使用的编号帧：在 .png 或 .svg 文件名中用 %03d 表示帧号的位置（frames/alpha-%03d.png）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Fr&amp;ames:</source>
        <translation>帧数(&amp;A)：</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>每秒帧数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>From and to must be numbers</source>
        <translation>起止值必须是数字</translation>
    </message>
    <message>
        <source>The output must be a .gif, or a .png or .svg frame pattern such as frames/frame-%03d.png</source>
        <translation>输出必须是 .gif，或者 .png、.svg 帧文件名模式，例如 frames/frame-%03d.png</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames for beamer (*.png);;SVG frames for beamer (*.svg)</source>
        <translation>GIF 动画 (*.gif);;用于 beamer 的 PNG 帧 (*.png);;用于 beamer 的 SVG 帧 (*.svg)</translation>
    </message>
</context>
<context>
    <name>actlab::plot::AnimationExport</name>
    <message>
        <source>&apos;%&apos; must start %d, %0Nd (N = 1 to 9) or %% (a literal &apos;%&apos;)</source>
        <translation>“%” 只能用作 %d、%0Nd（N = 1 到 9）或 %%（字面的“%”）的开头</translation>
    </message>
    <message>
        <source>more than one frame number (%d or %0Nd); write a literal &apos;%&apos; as %%</source>
        <translation>帧号不止一个（%d 或 %0Nd）；字面的“%”请写作 %%</translation>
    </message>
    <message>
        <source>no frame number: put %d or %0Nd in the name (e.g. frame-%03d.png)</source>
        <translation>没有帧号：请在文件名中放入 %d 或 %0Nd（例如 frame-%03d.png）</translation>
    </message>
    <message>
        <source>cannot write %1: cancelled</source>
        <translation>无法写入 %1：已取消</translation>
    </message>
    <message>
        <source>%1 is too narrow for frame %2: use %3, or %d</source>
        <translation>%1 容不下第 %2 帧的帧号：请用 %3 或 %d</translation>
    </message>
    <message>
        <source>rendering frame %1 failed</source>
        <translation>渲染第 %1 帧失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>actlab::plot::AxisRange</name>
    <message>
        <source>the ends must be finite numbers (got %1 and %2)</source>
        <translation>两端必须是有限数（实际为 %1 和 %2）</translation>
    </message>
    <message>
        <source>the lower end must be below the upper end (got %1 and %2)</source>
        <translation>下端必须小于上端（实际为 %1 和 %2）</translation>
    </message>
    <message>
        <source>both ends must lie strictly between -%1 and %1, the plot&apos;s limit</source>
        <translation>两端都必须严格位于 -%1 与 %1 之间，这是图的极限</translation>
    </message>
    <message>
        <source>the width %1 is not above %2, the narrowest range the plot can draw</source>
        <translation>宽度 %1 不大于 %2，即图能画出的最窄范围</translation>
    </message>
    <message>
        <source>the width %1 is not below %2, the widest range the plot can draw</source>
        <translation>宽度 %1 不小于 %2，即图能画出的最宽范围</translation>
    </message>
    <message>
        <source>the ratio of the ends %1 and %2 overflows, which the plot cannot draw</source>
        <translation>两端 %1 与 %2 之比溢出，图无法画出</translation>
    </message>
</context>
<context>
    <name>actlab::plot::ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>The file to write; its extension follows the format</source>
        <translation>要写入的文件；扩展名随格式而定</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Size of the figure</source>
        <translation>图的尺寸</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG resolution for a size in cm or inches</source>
        <translation>尺寸以 cm 或 in 给出时 PNG 的分辨率</translation>
    </message>
    <message>
        <source>PNG only: more pixels, with lines and text scaled up (for projectors and print)</source>
        <translation>仅限 PNG：更多像素，线条和文字同比放大（用于投影和印刷）</translation>
    </message>
    <message>
        <source>f′(x) subplot</source>
        <translation>f′(x) 子图</translation>
    </message>
    <message>
        <source>f″(x) subplot</source>
        <translation>f″(x) 子图</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Exports are light unless you choose otherwise, whatever the window uses</source>
        <translation>无论窗口使用什么主题，导出默认为浅色，除非另选</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>PNG s&amp;cale:</source>
        <translation>PNG 缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>Subplots:</source>
        <translation>子图：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Fo&amp;nt scale:</source>
        <translation>字体缩放(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;x label:</source>
        <translation>x 轴标签(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;y label:</source>
        <translation>y 轴标签(&amp;Y)：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 × %2 px (%3 × %4 at %5×)</source>
        <translation>%1 × %2 px（%3 × %4，%5×）</translation>
    </message>
    <message>
        <source>%1 × %2 px (%3 × %4 %5 at %6 dpi)</source>
        <translation>%1 × %2 px（%3 × %4 %5，%6 dpi）</translation>
    </message>
    <message>
        <source>%1 × %2 px = %3 × %4 cm at 96 dpi</source>
        <translation>%1 × %2 px = %3 × %4 cm（96 dpi）</translation>
    </message>
    <message>
        <source>%1 × %2 %3 (%4 × %5 px at 96 dpi)</source>
        <translation>%1 × %2 %3（%4 × %5 px，96 dpi）</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file name first.</source>
        <translation>请先选择文件名。</translation>
    </message>
    <message>
        <source>The file name %1 must end in .%2.</source>
        <translation>文件名 %1 必须以 .%2 结尾。</translation>
    </message>
</context>
<context>
    <name>actlab::plot::Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>directory %1 does not exist</source>
        <translation>目录 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 不是目录</translation>
    </message>
    <message>
        <source>cannot write %1: rendering the %2 failed</source>
        <translation>无法写入 %1：渲染 %2 失败</translation>
    </message>
</context>
<context>
    <name>actlab::plot::FigureSpec</name>
    <message>
        <source>formula %1</source>
        <translation>公式 %1</translation>
    </message>
</context>
<context>
    <name>actlab::plot::GifWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>GIF encoder</source>
        <translation>GIF 编码器</translation>
    </message>
    <message>
        <source>GIF palette</source>
        <translation>GIF 调色板</translation>
    </message>
    <message>
        <source>GIF header</source>
        <translation>GIF 文件头</translation>
    </message>
    <message>
        <source>GIF loop extension</source>
        <translation>GIF 循环扩展</translation>
    </message>
    <message>
        <source>a GIF cannot be %1x%2 pixels</source>
        <translation>GIF 不能是 %1×%2 像素</translation>
    </message>
    <message>
        <source>a frame of %1x%2 pixels in a GIF of %3x%4</source>
        <translation>%3×%4 的 GIF 中有一帧是 %1×%2 像素</translation>
    </message>
    <message>
        <source>GIF frame %1</source>
        <translation>GIF 第 %1 帧</translation>
    </message>
    <message>
        <source>GIF trailer</source>
        <translation>GIF 文件尾</translation>
    </message>
    <message>
        <source>a GIF needs at least one frame</source>
        <translation>GIF 至少需要一帧</translation>
    </message>
</context>
<context>
    <name>actlab::plot::LabPreset</name>
    <message>
        <source>no activation &quot;%1&quot; to fit</source>
        <translation>没有可拟合的激活函数“%1”</translation>
    </message>
    <message>
        <source>compare needs at least two activations</source>
        <translation>比较至少需要两种激活函数</translation>
    </message>
    <message>
        <source>no activation &quot;%1&quot;</source>
        <translation>没有激活函数“%1”</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters, not %3</source>
        <translation>%1 需要 %2 个参数，而不是 %3 个</translation>
    </message>
    <message>
        <source>no experiment &quot;%1&quot; (known: %2)</source>
        <translation>没有实验“%1”（已知：%2）</translation>
    </message>
</context>
<context>
    <name>actlab::plot::Presets</name>
    <message>
        <source>&quot;%1&quot; is missing; it must be %2</source>
        <translation>缺少 &quot;%1&quot;；它必须是%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; 必须是%2，而不是 %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation> true 或 false</translation>
    </message>
    <message>
        <source>a number from %1 and at most %2</source>
        <translation>不小于 %1 且不大于 %2 的数</translation>
    </message>
    <message>
        <source>a number above %1 and at most %2</source>
        <translation>大于 %1 且不大于 %2 的数</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation> %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>[low, high] with two numbers</source>
        <translation>由两个数组成的 [下限, 上限]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>0, 1, 2 or an array of distinct orders 1 and 2</source>
        <translation> 0、1、2，或由互不相同的阶数 1、2 组成的数组</translation>
    </message>
    <message>
        <source>an object of name: value</source>
        <translation>“名称: 数值”形式的对象</translation>
    </message>
    <message>
        <source>&quot;params&quot;: %1 has no parameter %2</source>
        <translation>&quot;params&quot;：%1 没有参数 %2</translation>
    </message>
    <message>
        <source>&quot;params&quot;: %1 must be a number, not %2</source>
        <translation>&quot;params&quot;：%1 必须是数，而不是 %2</translation>
    </message>
    <message>
        <source>&quot;params&quot;: %1</source>
        <translation>&quot;params&quot;：%1</translation>
    </message>
    <message>
        <source>an object with one {&quot;min&quot;, &quot;max&quot;, &quot;log&quot;} per parameter</source>
        <translation>每个参数各有一个 {&quot;min&quot;, &quot;max&quot;, &quot;log&quot;} 的对象</translation>
    </message>
    <message>
        <source>&quot;sliders&quot;: %1 has no parameter %2</source>
        <translation>&quot;sliders&quot;：%1 没有参数 %2</translation>
    </message>
    <message>
        <source>&quot;sliders&quot; must give every parameter of %1 or none; %2 is missing</source>
        <translation>&quot;sliders&quot; 必须给出 %1 的全部参数，或一个也不给；缺少 %2</translation>
    </message>
    <message>
        <source>%1 must be {&quot;min&quot;: number, &quot;max&quot;: number, &quot;log&quot;: true or false}</source>
        <translation>%1 必须是 {&quot;min&quot;: 数, &quot;max&quot;: 数, &quot;log&quot;: true 或 false}</translation>
    </message>
    <message>
        <source>%1: min %2 and max %3 must be finite numbers</source>
        <translation>%1：min %2 和 max %3 必须是有限数</translation>
    </message>
    <message>
        <source>%1: min %2 and max %3 must lie within the declared range %4</source>
        <translation>%1：min %2 和 max %3 必须位于声明的范围 %4 之内</translation>
    </message>
    <message>
        <source>%1: min %2 must be below max %3</source>
        <translation>%1：min %2 必须小于 max %3</translation>
    </message>
    <message>
        <source>%1: a log-scale slider needs min above 0, not %2</source>
        <translation>%1：对数刻度的滑块要求 min 大于 0，而不是 %2</translation>
    </message>
    <message>
        <source>curve %1</source>
        <translation>第 %1 条曲线</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>%1 必须是对象，而不是 %2</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>give &quot;id&quot; or &quot;formula&quot;, not both</source>
        <translation>请给出 &quot;id&quot; 或 &quot;formula&quot;，不能两者都给</translation>
    </message>
    <message>
        <source>a formula in x such as &quot;x*sigmoid(b*x)&quot;</source>
        <translation>关于 x 的公式，例如 &quot;x*sigmoid(b*x)&quot;</translation>
    </message>
    <message>
        <source>&quot;formula&quot; %1: %2</source>
        <translation>&quot;formula&quot; %1：%2</translation>
    </message>
    <message>
        <source>a catalogue id such as &quot;relu&quot; (or a &quot;formula&quot;)</source>
        <translation>函数目录中的 id，例如 &quot;relu&quot;（或给出 &quot;formula&quot;）</translation>
    </message>
    <message>
        <source>unknown function %1 (run `actlab list` for the catalogue)</source>
        <translation>未知函数 %1（运行 `actlab list` 查看函数目录）</translation>
    </message>
    <message>
        <source>%1 (%2): </source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>a colour &quot;#rrggbb&quot; or &quot;#aarrggbb&quot;</source>
        <translation>颜色 &quot;#rrggbb&quot; 或 &quot;#aarrggbb&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>&quot;analysis&quot;: </source>
        <translation>&quot;analysis&quot;：</translation>
    </message>
    <message>
        <source>depth, histograms, selu-map or phase</source>
        <translation> depth、histograms、selu-map 或 phase</translation>
    </message>
    <message>
        <source>a whole number from 0 to 2^53</source>
        <translation> 0 到 2^53 之间的整数</translation>
    </message>
    <message>
        <source>an array of layer numbers</source>
        <translation>层号的数组</translation>
    </message>
    <message>
        <source>an array of layer numbers from 1 to %1</source>
        <translation>由 1 到 %1 的层号组成的数组</translation>
    </message>
    <message>
        <source>a catalogue id (as `actlab list` shows them) or &quot;&quot;</source>
        <translation>函数目录中的 id（如 `actlab list` 所列）或 &quot;&quot;</translation>
    </message>
    <message>
        <source>a catalogue id (as `actlab list` shows them)</source>
        <translation>函数目录中的 id（如 `actlab list` 所列）</translation>
    </message>
    <message>
        <source>&quot;lab&quot;: </source>
        <translation>&quot;lab&quot;：</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation> 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>moons, circles, xor, spirals or regression</source>
        <translation> moons、circles、xor、spirals 或 regression</translation>
    </message>
    <message>
        <source>sgd or adam</source>
        <translation> sgd 或 adam</translation>
    </message>
    <message>
        <source>an array of at most %1 catalogue ids</source>
        <translation>最多含 %1 个函数目录 id 的数组</translation>
    </message>
    <message>
        <source>an array of catalogue ids or &quot;&quot; (none), not one with %1</source>
        <translation>由函数目录 id 或 &quot;&quot;（无）组成的数组，而不是含有 %1 的数组</translation>
    </message>
    <message>
        <source>0 (automatic) or a whole number from 2 to %1</source>
        <translation> 0（自动）或 2 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>one of &quot;%1&quot;</source>
        <translation>以下之一：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;solid&quot;, &quot;dash&quot;, &quot;dot&quot; or &quot;dashdot&quot;</source>
        <translation> &quot;solid&quot;、&quot;dash&quot;、&quot;dot&quot; 或 &quot;dashdot&quot;</translation>
    </message>
    <message>
        <source>[width, height] in pixels, each a whole number from %1 to %2</source>
        <translation>以像素计的 [宽, 高]，各为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>an array of curves</source>
        <translation>曲线的数组</translation>
    </message>
</context>
<context>
    <name>actlab::plot::SessionFile</name>
    <message>
        <source>%1&quot;explorer&quot; must be an object, not %2</source>
        <translation>%1&quot;explorer&quot; 必须是对象，而不是 %2</translation>
    </message>
    <message>
        <source>%1&quot;explorer&quot;: &quot;selected&quot; must be -1 (none) or a curve&apos;s index from 0 to %2, not %3</source>
        <translation>%1&quot;explorer&quot;：&quot;selected&quot; 必须是 -1（无）或 0 到 %2 之间的曲线序号，而不是 %3</translation>
    </message>
    <message>
        <source>%1&quot;explorer&quot;: &quot;cursorX&quot; must be a finite number, not %2</source>
        <translation>%1&quot;explorer&quot;：&quot;cursorX&quot; 必须是有限数，而不是 %2</translation>
    </message>
    <message>
        <source>%1&quot;explorer&quot;: %2</source>
        <translation>%1&quot;explorer&quot;：%2</translation>
    </message>
    <message>
        <source>%1&quot;figure&quot; must be an object, not %2</source>
        <translation>%1&quot;figure&quot; 必须是对象，而不是 %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&quot;lesson&quot; must be an object, not %1</source>
        <translation>&quot;lesson&quot; 必须是对象，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;lesson&quot;: &quot;title&quot; must be text, not %1</source>
        <translation>&quot;lesson&quot;：&quot;title&quot; 必须是文本，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;lesson&quot;: &quot;steps&quot; must be an array, not %1</source>
        <translation>&quot;lesson&quot;：&quot;steps&quot; 必须是数组，而不是 %1</translation>
    </message>
    <message>
        <source>lesson step %1: </source>
        <translation>课程第 %1 步：</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2</source>
        <translation>&quot;%1&quot; 必须是文本，而不是 %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>第 %2 字节处%1</translation>
    </message>
    <message>
        <source>the file ends too early, it looks cut short (JSON: %1)</source>
        <translation>文件提前结束，看起来被截断了（JSON：%1）</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>not an ActLab session: the JSON is an array, not an object</source>
        <translation>不是 ActLab 会话：JSON 是数组，而不是对象</translation>
    </message>
    <message>
        <source>not an ActLab session: it has no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>不是 ActLab 会话：没有 &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not an ActLab session: its &quot;format&quot; is %1, not &quot;%2&quot;</source>
        <translation>不是 ActLab 会话：其 &quot;format&quot; 是 %1，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not %1</source>
        <translation>&quot;version&quot; 必须是不小于 1 的整数，而不是 %1</translation>
    </message>
    <message>
        <source>written by a newer ActLab (session version %1; this ActLab reads up to version %2); update ActLab to open it</source>
        <translation>由较新的 ActLab 写入（会话版本 %1；此 ActLab 最多读取版本 %2）；请更新 ActLab 后再打开</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot read it: it is a directory</source>
        <translation>无法读取：这是一个目录</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>too large for a session (more than %1 MiB)</source>
        <translation>作为会话文件太大（超过 %1 MiB）</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>无法写入 %1：这是一个目录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not %2</source>
        <translation>&quot;%1&quot; 必须是对象，而不是 %2</translation>
    </message>
</context>
<context>
    <name>actlab::plot::TrainingFigure</name>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>dead fraction</source>
        <translation>死亡比例</translation>
    </message>
    <message>
        <source>%1
%2 dead, loss %3</source>
        <translation>%1
死亡 %2，损失 %3</translation>
    </message>
    <message>
        <source>PReLU α per unit</source>
        <translation>每个单元的 PReLU α</translation>
    </message>
</context>
<context>
    <name>actlab::plot::analysis</name>
    <message>
        <source>the depth must be from 1 to %1 layers, not %2</source>
        <translation>深度必须为 1 到 %1 层，而不是 %2 层</translation>
    </message>
    <message>
        <source>the width must be from 1 to %1 units, not %2</source>
        <translation>宽度必须为 1 到 %1 个单元，而不是 %2 个</translation>
    </message>
    <message>
        <source>histogram layer %1 is not one of the %2 layers</source>
        <translation>直方图层 %1 不在这 %2 层之中</translation>
    </message>
</context>
<context>
    <name>actlab::plot::legend</name>
    <message>
        <source>Top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <source>Outside right</source>
        <translation>图外右侧</translation>
    </message>
</context>
<context>
    <name>actlab::presets</name>
    <message>
        <source>Activation Functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Figure 1 of the material: five classic activations overlaid (100 points over [-10, 10], 10 x 6 in).</source>
        <translation>讲义图 1：五种经典激活函数叠加（[-10, 10] 上 100 个点，10 × 6 in）。</translation>
    </message>
    <message>
        <source>ReLU vs Leaky ReLU vs PReLU</source>
        <translation>ReLU、Leaky ReLU 与 PReLU 对比</translation>
    </message>
    <message>
        <source>Figure 2: ReLU vs Leaky ReLU (0.1) vs PReLU (0.25), blue/green/red, width 2, 1000 points, y in [-1.5, 5], dashed grid at 0.7.</source>
        <translation>图 2：ReLU、Leaky ReLU (0.1) 与 PReLU (0.25) 对比，蓝/绿/红，线宽 2，1000 个点，y 取 [-1.5, 5]，虚线网格，透明度 0.7。</translation>
    </message>
    <message>
        <source>ReLU variants and their derivatives</source>
        <translation>ReLU 变体及其导数</translation>
    </message>
    <message>
        <source>Figure 3: figure 2 plus ELU and Swish, with a subplot row of the derivatives.</source>
        <translation>图 3：在图 2 基础上加上 ELU 和 Swish，下方一行子图为导数。</translation>
    </message>
    <message>
        <source>ReLU and its variants</source>
        <translation>ReLU 及其变体</translation>
    </message>
    <message>
        <source>Figure 4: one small plot per variant with its derivative (PReLU weight 0.01).</source>
        <translation>图 4：每个变体一个小图，含其导数（PReLU 权重 0.01）。</translation>
    </message>
    <message>
        <source>SiLU vs Mish</source>
        <translation>SiLU 与 Mish 对比</translation>
    </message>
    <message>
        <source>Figure 5: SiLU and Mish, functions and derivatives, almost the same curves.</source>
        <translation>图 5：SiLU 与 Mish 的函数及导数，曲线几乎相同。</translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU</source>
        <translation>Sigmoid、tanh 与 ReLU</translation>
    </message>
    <message>
        <source>Issue 10: sigmoid vs tanh vs ReLU through 30 layers at sigma_w^2 = 1 (LeCun): sigmoid&apos;s gradient vanishes (g_1 = 3e-37), ReLU halves the variance at every layer; the Deep network view.</source>
        <translation>经过 30 层、σ_w² = 1（LeCun）时 sigmoid、tanh 与 ReLU 的对比：sigmoid 的梯度消失（g₁ = 3e-37），ReLU 每层把方差减半；深度网络视图。</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>Issue 10: SELU&apos;s mean-and-variance map (Klambauer et al. 2017) draws every layer&apos;s statistics to its fixed point (0, 1).</source>
        <translation>SELU 的均值–方差映射（Klambauer 等，2017）把每层的统计量拉向不动点 (0, 1)。</translation>
    </message>
</context>
</TS>
