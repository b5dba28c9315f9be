// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/training_figure.hpp"

#include "plot/curve_label.hpp"
#include "plot/minus_sign_ticker.hpp"

#include <qcustomplot.h>

#include <QPointer>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace actlab::plot {
namespace {

constexpr double kHeadingPt = 13, kRunPt = 10.5, kAxisLabelPt = 10, kTickLabelPt = 9;
/// Line widths and the data's dots at line scale 1, in pixels.
constexpr double kAxisWidth = 1, kFitWidth = 2, kCurveWidth = 1.6, kAlphaWidth = 1, kDotSize = 5.5,
                 kDotRim = 0.8;
/// The α panel draws at most this many units of a run (a 4 × 256 PReLU net has 1024).
constexpr int kMaxAlphaUnits = 64;

QString percent(double fraction) {
    return QStringLiteral("%1 %").arg(formatLabelNumber(std::round(fraction * 1000) / 10));
}

} // namespace

QColor trainingRunColor(const Theme& theme, int run, bool classification) {
    return theme.color(run + (classification ? 2 : 1));
}

struct TrainingFigure::Private {
    QPointer<QCustomPlot> plot;
    Theme theme = Theme::light();
    QString title;
    QCPTextElement* titleElement = nullptr;
    double fontScale = 1;
    double lineScale = 1;
    bool classification = true;
    struct Run {
        QCPAxisRect* rect = nullptr;
        QCPTextElement* heading = nullptr;
        QCPColorMap* map = nullptr;
        std::vector<QCPGraph*> dots; ///< the training set, by class
        QCPGraph* fit = nullptr;
        std::array<QCPGraph*, 3> curves{}; ///< loss, accuracy, dead fraction
        std::vector<QCPGraph*> alpha;
    };
    std::vector<Run> runs;
    std::array<QCPAxisRect*, 4> panels{};

    QFont font(double pt) const {
        QFont f = plot->font();
        f.setFamilies({QStringLiteral("DejaVu Sans"), f.family()});
        f.setPointSizeF(pt * fontScale);
        return f;
    }

    QCPTextElement* text(const QString& s) const {
        auto* t = new QCPTextElement(plot, s);
        t->setTextColor(theme.text);
        return t;
    }

    /// An axis rectangle with a frame, ticks outside, labels in the theme (sizes: applyScale()).
    QCPAxisRect* panel(const QString& xLabel, const QString& yLabel) const {
        auto* rect = new QCPAxisRect(plot, true);
        rect->setupFullAxesBox(false);
        rect->setBackground(theme.axisRectBackground);
        for (QCPAxis* axis : rect->axes()) {
            const bool labelled =
                axis->axisType() == QCPAxis::atBottom || axis->axisType() == QCPAxis::atLeft;
            if (labelled) setMinusSignTicker(axis);
            axis->setTicks(labelled);
            axis->setTickLabels(labelled);
            axis->grid()->setVisible(labelled);
            axis->grid()->setZeroLinePen(Qt::NoPen);
            axis->setTickLabelColor(theme.text);
            axis->setLabelColor(theme.text);
        }
        rect->axis(QCPAxis::atBottom)->setLabel(xLabel);
        rect->axis(QCPAxis::atLeft)->setLabel(yLabel);
        return rect;
    }

    QCPGraph* graph(QCPAxisRect* rect, const QColor& color) const {
        auto* g = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        g->setPen(QPen(color));
        g->setAdaptiveSampling(true);
        return g;
    }

    static void setWidth(QCPGraph* g, double width) {
        QPen pen = g->pen();
        pen.setWidthF(width);
        g->setPen(pen);
    }

    QColor classColor(int c) const { return theme.color(c == 0 ? 0 : 1); }

    void setup(const analysis::Dataset& data, int count, bool alpha);
    /// Sets every font, line width, dot and spacing from fontScale and lineScale.
    void applyScale();
    void update(const std::vector<TrainingSnapshot>& snapshots);
};

void TrainingFigure::Private::setup(const analysis::Dataset& data, int count, bool alpha) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    plot->setAutoAddPlottableToLegend(false);
    plot->setBackground(theme.background);
    classification = data.classification;
    runs.assign(static_cast<std::size_t>(count), Run{});
    panels.fill(nullptr);
    titleElement = nullptr;
    auto* layout = plot->plotLayout();
    int row = 0;
    if (!title.isEmpty()) layout->addElement(row++, 0, titleElement = text(title));
    auto* top = new QCPLayoutGrid;
    layout->addElement(row, 0, top);
    layout->setRowStretchFactor(row++, 1.4);
    auto* bottom = new QCPLayoutGrid;
    layout->addElement(row, 0, bottom);
    layout->setRowStretchFactor(row, 1);

    const DataWindow w = dataWindow(data);
    // The background at p = 1/2 (the decision boundary), each class's colour, faded, on its side.
    QCPColorGradient gradient;
    const auto tint = [&](int c) {
        const QColor k = classColor(c), b = theme.axisRectBackground;
        const auto mix = [](float a, float bg) { return 0.35f * a + 0.65f * bg; };
        return QColor::fromRgbF(mix(k.redF(), b.redF()), mix(k.greenF(), b.greenF()),
                                mix(k.blueF(), b.blueF()));
    };
    gradient.setColorStopAt(0, tint(0));
    gradient.setColorStopAt(0.5, theme.axisRectBackground);
    gradient.setColorStopAt(1, tint(1));
    for (int r = 0; r < count; ++r) {
        Run& run = runs[static_cast<std::size_t>(r)];
        run.heading = text(QString());
        top->addElement(0, r, run.heading);
        run.rect = panel(data.classification ? QStringLiteral("x\u2081") : QStringLiteral("x"),
                         data.classification ? QStringLiteral("x\u2082") : QStringLiteral("y"));
        top->addElement(1, r, run.rect);
        QCPAxis* x = run.rect->axis(QCPAxis::atBottom);
        QCPAxis* y = run.rect->axis(QCPAxis::atLeft);
        x->setRange(w.xMin, w.xMax);
        y->setRange(w.yMin, w.yMax);
        if (data.classification) {
            run.map = new QCPColorMap(x, y);
            run.map->setGradient(gradient);
            run.map->setDataRange(QCPRange(0, 1));
            run.map->setInterpolate(true);
            run.map->data()->setRange(QCPRange(w.xMin, w.xMax), QCPRange(w.yMin, w.yMax));
        }
        // The training set: dots, by class for a classification.
        for (int c = 0; c < (data.classification ? 2 : 1); ++c) {
            QVector<double> px, py;
            for (Eigen::Index s = 0; s < data.x.cols(); ++s) {
                if (data.classification && (data.y(0, s) > 0.5) != (c == 1)) continue;
                px.push_back(data.x(0, s));
                py.push_back(data.classification ? data.x(1, s) : data.y(0, s));
            }
            auto* dots = graph(run.rect, classColor(c));
            dots->setLineStyle(QCPGraph::lsNone);
            // Filled circles with a rim in the background colour, visible on their own class's side too.
            dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(theme.axisRectBackground),
                                                  data.classification ? classColor(c) : theme.color(0),
                                                  kDotSize));
            dots->setData(px, py);
            run.dots.push_back(dots);
        }
        if (!data.classification) run.fit = graph(run.rect, trainingRunColor(theme, r, false));
    }
    top->setRowStretchFactor(0, 0.001);

    const QString steps = TrainingFigure::tr("step");
    // Few ticks on the step axes: the panels are narrow and the numbers grow long.
    const auto fewTicks = [](QCPAxisRect* rect) { rect->axis(QCPAxis::atBottom)->ticker()->setTickCount(3); };
    int column = 0;
    const auto addPanel = [&](TrainingPanel which, const QString& label) {
        auto* rect = panel(steps, label);
        bottom->addElement(0, column++, rect);
        fewTicks(rect);
        panels[static_cast<std::size_t>(which)] = rect;
        return rect;
    };
    auto* loss = addPanel(TrainingPanel::Loss, TrainingFigure::tr("loss"));
    loss->axis(QCPAxis::atLeft)->setScaleType(QCPAxis::stLogarithmic);
    setMinusSignTicker<QCPAxisTickerLog>(loss->axis(QCPAxis::atLeft));
    loss->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("gb"));
    if (data.classification)
        addPanel(TrainingPanel::Accuracy, TrainingFigure::tr("accuracy"))
            ->axis(QCPAxis::atLeft)
            ->setRange(0, 1.02);
    addPanel(TrainingPanel::DeadFraction, TrainingFigure::tr("dead fraction"))
        ->axis(QCPAxis::atLeft)
        ->setRange(-0.02, 1.02);
    if (alpha) addPanel(TrainingPanel::Alpha, TrainingFigure::tr("PReLU \u03b1 per unit"));
    for (int r = 0; r < count; ++r) {
        Run& run = runs[static_cast<std::size_t>(r)];
        for (int k = 0; k < 3; ++k)
            if (QCPAxisRect* rect = panels[static_cast<std::size_t>(k)])
                run.curves[static_cast<std::size_t>(k)] =
                    graph(rect, trainingRunColor(theme, r, classification));
    }
    applyScale();
}

void TrainingFigure::Private::applyScale() {
    auto* layout = plot->plotLayout();
    const auto px = [this](double v) { return static_cast<int>(std::lround(v * lineScale)); };
    layout->setMargins(QMargins(px(6), px(4), px(10), px(4)));
    layout->setRowSpacing(px(6));
    for (int i = 0; i < layout->elementCount(); ++i)
        if (auto* grid = qobject_cast<QCPLayoutGrid*>(layout->elementAt(i))) grid->setColumnSpacing(px(14));
    if (titleElement) titleElement->setFont(font(kHeadingPt));
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes()) {
            axis->grid()->setPen(QPen(theme.grid, kAxisWidth * lineScale));
            for (auto setter : {&QCPAxis::setBasePen, &QCPAxis::setTickPen, &QCPAxis::setSubTickPen})
                (axis->*setter)(QPen(theme.axis, kAxisWidth * lineScale));
            axis->setTickLength(0, px(4));
            axis->setSubTickLength(0, px(2));
            axis->setTickLabelFont(font(kTickLabelPt));
            axis->setLabelFont(font(kAxisLabelPt));
        }
    for (Run& run : runs) {
        run.heading->setFont(font(kRunPt));
        for (QCPGraph* dots : run.dots) {
            QCPScatterStyle style = dots->scatterStyle();
            style.setSize(kDotSize * lineScale);
            style.setPen(QPen(theme.axisRectBackground, kDotRim * lineScale));
            dots->setScatterStyle(style);
        }
        if (run.fit) setWidth(run.fit, kFitWidth * lineScale);
        for (QCPGraph* g : run.curves)
            if (g) setWidth(g, kCurveWidth * lineScale);
        for (QCPGraph* g : run.alpha)
            setWidth(g, kAlphaWidth * lineScale);
    }
}

void TrainingFigure::Private::update(const std::vector<TrainingSnapshot>& snapshots) {
    const std::size_t n = std::min(snapshots.size(), runs.size());
    long lastStep = 1;
    double lossLo = std::numeric_limits<double>::infinity(), lossHi = 0;
    double alphaLo = 0, alphaHi = 0.3;
    for (std::size_t r = 0; r < n; ++r) {
        const TrainingSnapshot& s = snapshots[r];
        Run& run = runs[r];
        const QColor color = trainingRunColor(theme, static_cast<int>(r), classification);
        run.heading->setText(TrainingFigure::tr("%1\n%2 dead, loss %3")
                                 .arg(QString::fromStdString(s.label), percent(s.metrics.deadFraction),
                                      formatSignificant(s.metrics.loss, 2)));
        run.heading->setTextColor(color.darker(theme.name == QLatin1String("dark") ? 70 : 120));
        if (run.map && s.surfaceSize > 1) {
            QCPColorMapData* m = run.map->data();
            m->setSize(s.surfaceSize, s.surfaceSize);
            m->setRange(QCPRange(s.xMin, s.xMax), QCPRange(s.yMin, s.yMax));
            for (int j = 0; j < s.surfaceSize; ++j)
                for (int i = 0; i < s.surfaceSize; ++i)
                    m->setCell(i, j, s.surface[static_cast<std::size_t>(j * s.surfaceSize + i)]);
        }
        if (run.fit && s.surfaceSize > 1) {
            QVector<double> x(s.surfaceSize), y(s.surfaceSize);
            for (int i = 0; i < s.surfaceSize; ++i) {
                x[i] = s.xMin + (s.xMax - s.xMin) * i / (s.surfaceSize - 1);
                y[i] = s.surface[static_cast<std::size_t>(i)];
            }
            run.fit->setData(x, y, true);
        }
        QVector<double> steps, loss, accuracy, dead;
        for (const TrainingPoint& p : s.history) {
            steps.push_back(static_cast<double>(p.step));
            loss.push_back(p.loss);
            accuracy.push_back(p.accuracy);
            dead.push_back(p.deadFraction);
            if (p.loss > 0 && std::isfinite(p.loss)) {
                lossLo = std::min(lossLo, p.loss);
                lossHi = std::max(lossHi, p.loss);
            }
        }
        if (!s.history.empty()) lastStep = std::max(lastStep, s.history.back().step);
        const std::array<const QVector<double>*, 3> values{&loss, &accuracy, &dead};
        for (std::size_t k = 0; k < 3; ++k)
            if (run.curves[k]) {
                run.curves[k]->setData(steps, *values[k], true);
                run.curves[k]->setPen(QPen(color, kCurveWidth * lineScale));
            }
        if (QCPAxisRect* alphaRect = panels[static_cast<std::size_t>(TrainingPanel::Alpha)];
            alphaRect && s.preluSlopes) {
            const std::size_t units = std::min<std::size_t>(s.alpha.size(), kMaxAlphaUnits);
            while (run.alpha.size() < units) {
                QColor c = color;
                c.setAlphaF(0.55f);
                run.alpha.push_back(graph(alphaRect, c));
                setWidth(run.alpha.back(), kAlphaWidth * lineScale);
            }
            for (std::size_t u = 0; u < units; ++u) {
                QVector<double> a(s.alpha[u].begin(), s.alpha[u].end());
                for (double v : a) {
                    alphaLo = std::min(alphaLo, v);
                    alphaHi = std::max(alphaHi, v);
                }
                run.alpha[u]->setData(steps.mid(0, a.size()), a, true);
            }
        }
    }
    for (QCPAxisRect* rect : panels)
        if (rect) rect->axis(QCPAxis::atBottom)->setRange(0, static_cast<double>(lastStep));
    if (QCPAxisRect* rect = panels[static_cast<std::size_t>(TrainingPanel::Loss)]; rect && lossHi > 0) {
        lossLo = std::max(lossLo, lossHi * 1e-6);
        rect->axis(QCPAxis::atLeft)->setRange(lossLo / 1.3, lossHi * 1.3);
    }
    if (QCPAxisRect* rect = panels[static_cast<std::size_t>(TrainingPanel::Alpha)]) {
        const double pad = 0.05 * (alphaHi - alphaLo);
        rect->axis(QCPAxis::atLeft)->setRange(alphaLo - pad, alphaHi + pad);
    }
}

TrainingFigure::TrainingFigure(QCustomPlot* plot, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>()) {
    d->plot = plot;
}

TrainingFigure::~TrainingFigure() = default;

void TrainingFigure::setTheme(const Theme& theme) {
    d->theme = theme;
}

void TrainingFigure::setTitle(const QString& title) {
    d->title = title;
}

void TrainingFigure::setFontScale(double scale) {
    d->fontScale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
    if (d->plot && !d->runs.empty()) d->applyScale();
}

void TrainingFigure::setLineScale(double scale) {
    d->lineScale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
    if (d->plot && !d->runs.empty()) d->applyScale();
}

void TrainingFigure::setup(const analysis::Dataset& data, int runs, bool alpha) {
    if (d->plot) d->setup(data, runs, alpha);
}

void TrainingFigure::update(const std::vector<TrainingSnapshot>& snapshots) {
    if (d->plot) d->update(snapshots);
}

int TrainingFigure::runs() const {
    return static_cast<int>(d->runs.size());
}

namespace {
template <typename T> const T* at(const std::vector<T>& v, int i) {
    return i >= 0 && i < static_cast<int>(v.size()) ? &v[static_cast<std::size_t>(i)] : nullptr;
}
} // namespace

QCPAxisRect* TrainingFigure::surfacePanel(int run) const {
    const auto* r = at(d->runs, run);
    return r ? r->rect : nullptr;
}

QCPColorMap* TrainingFigure::surfaceMap(int run) const {
    const auto* r = at(d->runs, run);
    return r ? r->map : nullptr;
}

QCPGraph* TrainingFigure::fittedCurve(int run) const {
    const auto* r = at(d->runs, run);
    return r ? r->fit : nullptr;
}

QCPAxisRect* TrainingFigure::curvePanel(TrainingPanel panel) const {
    return d->panels[static_cast<std::size_t>(panel)];
}

QCPGraph* TrainingFigure::curve(TrainingPanel panel, int run) const {
    const auto* r = at(d->runs, run);
    return r && panel != TrainingPanel::Alpha ? r->curves[static_cast<std::size_t>(panel)] : nullptr;
}

QCPGraph* TrainingFigure::alphaCurve(int run, int unit) const {
    const auto* r = at(d->runs, run);
    if (!r) return nullptr;
    const auto* g = at(r->alpha, unit);
    return g ? *g : nullptr;
}

QString TrainingFigure::runTitle(int run) const {
    const auto* r = at(d->runs, run);
    return r && r->heading ? r->heading->text() : QString();
}

void TrainingFigure::replot() {
    if (d->plot) d->plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace actlab::plot
