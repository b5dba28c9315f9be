// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/depth_view.hpp"

#include "explorer/background_job.hpp"
#include "explorer/monte_carlo_run.hpp"

#include "common/qt_text.hpp"
#include "document/document.hpp"
#include "plot/analysis_figure.hpp"
#include "plot/curve_label.hpp"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QDockWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace actlab::explorer {

namespace {

using actlab::plot::AnalysisSettings;

/// How each slider's integer positions map to a setting: value = position × step.
struct SliderSpec {
    const char* name;
    int min, max;
    double step;
};
constexpr std::array<SliderSpec, DepthView::SliderCount> kSliders{{
    {QT_TRANSLATE_NOOP("actlab::explorer::DepthView", "depth"), 1, actlab::plot::kMaxAnalysisLayers, 1},
    {QT_TRANSLATE_NOOP("actlab::explorer::DepthView", "width"), 1, actlab::plot::kMaxAnalysisWidth / 10, 10},
    {"\u03c3_w\u00b2", 0, 400, 0.01},
    {"\u03c3_b\u00b2", 0, 100, 0.01},
    {"q_in", 1, 400, 0.01},
}};

/// The dock's figures are smaller than exported ones: smaller text leaves room for the data.
constexpr double kDockFontScale = 0.85;

/// The pause after the last change before the Monte-Carlo network starts (a slider drag passes first).
constexpr int kMonteCarloDelayMs = 250;

double settingOf(const AnalysisSettings& s, int which) {
    switch (which) {
    case DepthView::LayersSlider:
        return s.layers;
    case DepthView::WidthSlider:
        return s.width;
    case DepthView::SigmaW2Slider:
        return s.sigmaW2;
    case DepthView::SigmaB2Slider:
        return s.sigmaB2;
    default:
        return s.qIn;
    }
}

/// A key that changes when a curve's function or parameters do.
QString curveKey(const actlab::plot::AnalysisCurve& curve) {
    QString key =
        QString::fromUtf8(curve.activation->id.data(), static_cast<qsizetype>(curve.activation->id.size()));
    for (const double p : curve.params)
        key += QLatin1Char(':') + QString::number(p, 'g', 17);
    return key;
}

} // namespace

DepthView::DepthView(actlab::document::Document* document, QWidget* parent)
    : QWidget(parent), m_document(document),
      m_curves(std::make_unique<std::vector<actlab::plot::AnalysisCurve>>()) {
    build();
    using actlab::document::Document;
    connect(m_document, &Document::curveChanged, this, [this](int, unsigned parts) {
        if (parts != actlab::document::CurvePart::Sliders) refresh();
    });
    for (auto signal : {&Document::curveInserted, &Document::curveRemoved})
        connect(m_document, signal, this, &DepthView::refresh);
    connect(m_document, &Document::curveMoved, this, &DepthView::refresh);
    connect(m_document, &Document::wasReset, this, &DepthView::refresh);
    connect(m_document, &Document::selectionChanged, this, [this] {
        if (m_tabs->currentIndex() == MeanVarTab || m_tabs->currentIndex() == PhaseTab) redrawTab();
    });
}

DepthView::~DepthView() = default;

BackgroundJob* DepthView::phaseJob() const {
    return m_phaseJob;
}

void DepthView::startPhaseDiagram(const actlab::plot::AnalysisCurve& curve, const QString& key) {
    if (m_phaseJob && m_phaseJobKey == key) return; // already on its way
    if (m_phaseJob) {
        m_phaseJob->cancel();
        m_phaseJob->deleteLater(); // its destructor waits for the grid point in progress
    }
    struct Result {
        actlab::plot::PhaseDiagram diagram;
        QString error;
    };
    auto result = std::make_shared<Result>();
    const actlab::Activation* activation = curve.activation;
    const std::vector<double> params = curve.params;
    auto* job = new BackgroundJob(
        [result, activation, params](BackgroundJob::Control& control) {
            constexpr int kW2Steps = 41, kB2Steps = 21; // phaseDiagram's own grid, named for the progress
            int done = 0;
            try {
                result->diagram =
                    actlab::plot::phaseDiagram(*activation, params, 4.0, 0.5, kW2Steps, kB2Steps, [&] {
                        control.report(++done / double{kW2Steps * kB2Steps});
                        return control.cancelled();
                    });
            } catch (const std::invalid_argument& e) {
                result->error = actlab::common::translatedWhat(e);
            }
        },
        this);
    m_phaseJob = job;
    m_phaseJobKey = key;
    m_phaseProgress->setValue(0);
    m_phaseProgress->setVisible(true);
    connect(job, &BackgroundJob::progress, this, [this](double fraction) {
        m_phaseProgress->setValue(static_cast<int>(std::lround(100 * fraction)));
    });
    connect(job, &BackgroundJob::finished, this, [this, job, result, key] {
        job->deleteLater();
        m_phaseJob = nullptr;
        m_phaseProgress->setVisible(false);
        m_phase = std::move(result->diagram);
        m_phaseError = result->error;
        m_phaseKey = key;
        if (m_tabs->currentIndex() == PhaseTab) redrawTab();
        emit phaseDiagramReady();
    });
    job->start();
}

void DepthView::build() {
    m_tabs = new QTabWidget(this);
    const std::array<QString, 4> names{tr("Depth"), tr("Histograms"), tr("Mean and variance map"),
                                       tr("Order and chaos")};
    for (int i = 0; i < 4; ++i) {
        auto* plot = new QCustomPlot(m_tabs);
        plot->setMinimumSize(320, 200);
        plot->setNoAntialiasingOnDrag(true);
        m_plots[static_cast<std::size_t>(i)] = plot;
        m_figures[static_cast<std::size_t>(i)] = new actlab::plot::AnalysisFigure(plot, this);
        m_figures[static_cast<std::size_t>(i)]->setFontScale(kDockFontScale);
        m_tabs->addTab(plot, names[static_cast<std::size_t>(i)]);
    }
    m_tabs->setTabToolTip(DepthTab,
                          tr("Variance q\u2097 of the pre-activations and the gradient ratio g\u2097 "
                             "per layer: lines from the mean-field theory, dots from a real random "
                             "network"));
    m_tabs->setTabToolTip(HistogramsTab, tr("How the activations f(z) are distributed at the first, middle "
                                            "and last layer of the random network"));
    m_tabs->setTabToolTip(MeanVarTab,
                          tr("Where a layer sends the mean and variance of its inputs (Klambauer "
                             "et al. 2017), for the selected curve: SELU's fixed point is (0, 1)"));
    m_tabs->setTabToolTip(PhaseTab,
                          tr("\u03c7* over (\u03c3_w\u00b2, \u03c3_b\u00b2) for the selected curve: "
                             "below 1 gradients vanish with depth, above 1 they explode"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { redrawTab(); });

    auto* controls = new QGridLayout;
    controls->setHorizontalSpacing(8);
    controls->setVerticalSpacing(2);
    for (int i = 0; i < SliderCount; ++i) {
        const SliderSpec& spec = kSliders[static_cast<std::size_t>(i)];
        auto* name = new QLabel(tr(spec.name), this);
        auto* slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(QStringLiteral("depthSlider_%1").arg(i));
        slider->setRange(spec.min, spec.max);
        auto* value = new QLabel(this);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("1000 units")));
        m_sliders[static_cast<std::size_t>(i)] = slider;
        m_values[static_cast<std::size_t>(i)] = value;
        const int row = i % 3;
        const int column = (i / 3) * 3;
        controls->addWidget(name, row, column);
        controls->addWidget(slider, row, column + 1);
        controls->addWidget(value, row, column + 2);
        connect(slider, &QSlider::valueChanged, this,
                [this, i](int position) { onSlider(static_cast<Slider>(i), position); });
    }
    m_sliders[LayersSlider]->setToolTip(tr("Number of layers L"));
    m_sliders[WidthSlider]->setToolTip(tr("Units per layer of the Monte-Carlo network (the theory is its "
                                          "infinitely wide limit)"));
    m_sliders[SigmaW2Slider]->setToolTip(tr("Weights are N(0, \u03c3_w\u00b2 / fan-in)"));
    m_sliders[SigmaB2Slider]->setToolTip(tr("Biases are N(0, \u03c3_b\u00b2)"));
    m_sliders[QInSlider]->setToolTip(tr("Second moment of the input coordinates"));

    auto* buttons = new QHBoxLayout;
    m_he = new QPushButton(tr("He (\u03c3_w\u00b2 = 2)"), this);
    m_he->setToolTip(tr("He et al. 2015: weight variance 2 / fan-in, for ReLU; no bias"));
    m_glorot = new QPushButton(tr("Xavier/Glorot"), this);
    m_glorot->setToolTip(tr("Glorot and Bengio 2010: weight variance 2 / (fan-in + fan-out), which is 1 / "
                            "fan-in for layers of equal width; no bias"));
    m_lecun = new QPushButton(tr("LeCun (\u03c3_w\u00b2 = 1)"), this);
    m_lecun->setToolTip(tr("LeCun et al. 1998: weight variance 1 / fan-in, for SELU and tanh; no bias"));
    connect(m_he, &QPushButton::clicked, this, [this] { applyInitialisation(actlab::plot::kHeSigmaW2); });
    connect(m_glorot, &QPushButton::clicked, this,
            [this] { applyInitialisation(actlab::plot::kGlorotSigmaW2); });
    connect(m_lecun, &QPushButton::clicked, this,
            [this] { applyInitialisation(actlab::plot::kLeCunSigmaW2); });
    m_monteCarlo = new QCheckBox(tr("Monte Carlo"), this);
    m_monteCarlo->setChecked(m_settings.monteCarlo);
    m_monteCarlo->setToolTip(tr("Dots from a real random network of this width (64 inputs), run in the "
                                "background"));
    connect(m_monteCarlo, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.monteCarlo = on;
        refresh();
    });
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_phaseProgress = new QProgressBar(this);
    m_phaseProgress->setRange(0, 100);
    m_phaseProgress->setMaximumWidth(160);
    m_phaseProgress->setVisible(false);
    m_phaseProgress->setToolTip(tr("Computing the phase diagram"));
    m_status = new QLabel(this);
    for (auto* w : std::initializer_list<QWidget*>{m_he, m_glorot, m_lecun, m_monteCarlo, m_progress,
                                                   m_phaseProgress, m_status})
        buttons->addWidget(w);
    buttons->addStretch(1);

    m_startTimer = new QTimer(this);
    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(kMonteCarloDelayMs);
    connect(m_startTimer, &QTimer::timeout, this, &DepthView::startMonteCarloNow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(controls);
    layout->addLayout(buttons);
    setSettings(m_settings);
}

void DepthView::setTheme(const actlab::plot::Theme& theme) {
    m_theme = theme;
    m_flowKey.clear();
    refresh();
}

void DepthView::setSettings(const AnalysisSettings& settings) {
    if (const QString problem = actlab::plot::analysisSettingsProblem(settings); !problem.isEmpty()) {
        m_status->setText(tr("Refused: %1").arg(problem));
        return;
    }
    m_settings = settings;
    m_settingSliders = true;
    for (int i = 0; i < SliderCount; ++i)
        m_sliders[static_cast<std::size_t>(i)]->setValue(static_cast<int>(
            std::lround(settingOf(settings, i) / kSliders[static_cast<std::size_t>(i)].step)));
    m_monteCarlo->setChecked(settings.monteCarlo);
    m_settingSliders = false;
    m_settings = settings; // the sliders round; the settings stay exact
    updateLabels();
    refresh();
}

void DepthView::showAnalysis(actlab::plot::AnalysisKind kind, const AnalysisSettings& settings) {
    // The tabs are in the order of AnalysisKind.
    if (auto* dock = qobject_cast<QDockWidget*>(parentWidget())) {
        dock->show();
        dock->raise();
    }
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(static_cast<int>(kind));
    setSettings(settings);
}

const std::vector<actlab::plot::AnalysisCurve>& DepthView::curves() const {
    return *m_curves;
}

actlab::plot::AnalysisFigure* DepthView::figure(Tab tab) const {
    return m_figures[static_cast<std::size_t>(tab)];
}

QCustomPlot* DepthView::plot(Tab tab) const {
    return m_plots[static_cast<std::size_t>(tab)];
}

void DepthView::onSlider(Slider which, int position) {
    if (m_settingSliders) return;
    const double value = position * kSliders[static_cast<std::size_t>(which)].step;
    switch (which) {
    case LayersSlider:
        m_settings.layers = position;
        break;
    case WidthSlider:
        m_settings.width = static_cast<int>(value);
        break;
    case SigmaW2Slider:
        m_settings.sigmaW2 = value;
        break;
    case SigmaB2Slider:
        m_settings.sigmaB2 = value;
        break;
    default:
        m_settings.qIn = value;
        break;
    }
    updateLabels();
    refresh();
}

void DepthView::applyInitialisation(double sigmaW2) {
    AnalysisSettings next = m_settings;
    next.sigmaW2 = sigmaW2;
    next.sigmaB2 = 0;
    setSettings(next);
}

void DepthView::updateLabels() {
    using actlab::plot::formatLabelNumber;
    m_values[LayersSlider]->setText(tr("%n layer(s)", nullptr, m_settings.layers));
    m_values[WidthSlider]->setText(tr("%1 units").arg(m_settings.width));
    m_values[SigmaW2Slider]->setText(formatLabelNumber(m_settings.sigmaW2));
    m_values[SigmaB2Slider]->setText(formatLabelNumber(m_settings.sigmaB2));
    m_values[QInSlider]->setText(formatLabelNumber(m_settings.qIn));
}

void DepthView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty) refresh();
    publishSettings();
}

int DepthView::focusCurve() const {
    for (int i = 0; i < static_cast<int>(m_curves->size()); ++i)
        if ((*m_curves)[static_cast<std::size_t>(i)].source == m_document->selected()) return i;
    return m_curves->empty() ? -1 : 0;
}

void DepthView::refresh() {
    cancelMonteCarlo();
    if (!isVisible()) {
        m_dirty = true; // nothing is computed for a closed dock
        return;
    }
    m_dirty = false;
    *m_curves = actlab::plot::analysisCurves(m_document->figure(), m_theme, m_settings);
    redrawTab();
    if (m_settings.monteCarlo && !m_curves->empty()) m_startTimer->start();
}

void DepthView::publishSettings() {
    // The tabs are in the order of AnalysisKind; sessions and lesson steps take the view from here.
    if (isVisible() && m_document)
        m_document->setAnalysis(actlab::plot::AnalysisRequest{
            static_cast<actlab::plot::AnalysisKind>(m_tabs->currentIndex()), m_settings});
}

void DepthView::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    if (m_document) m_document->setAnalysis(std::nullopt);
}

void DepthView::redrawTab() {
    const int tab = m_tabs->currentIndex();
    publishSettings();
    auto* figure = m_figures[static_cast<std::size_t>(tab)];
    figure->setTheme(m_theme);
    const int focus = focusCurve();
    m_status->clear();
    switch (tab) {
    case DepthTab:
        figure->showDepth(*m_curves, m_settings);
        break;
    case HistogramsTab:
        figure->showHistograms(*m_curves, actlab::plot::histogramLayers(m_settings));
        if (!m_settings.monteCarlo) m_status->setText(tr("Histograms come from the Monte-Carlo network"));
        break;
    case MeanVarTab:
    case PhaseTab: {
        if (focus < 0) {
            figure->showDepth({}, m_settings);
            break;
        }
        const auto& curve = (*m_curves)[static_cast<std::size_t>(focus)];
        const QString key = curveKey(curve);
        try {
            if (tab == MeanVarTab) {
                if (key != m_flowKey) m_flow = actlab::plot::meanVarFlow(*curve.activation, curve.params);
                m_flowKey = key;
                figure->showMeanVarFlow(m_flow, curve.label, curve.color);
            } else {
                if (key != m_phaseKey) {
                    startPhaseDiagram(curve, key); // drawn when it is ready
                    m_status->setText(tr("Computing the phase diagram of %1…").arg(curve.label));
                } else if (!m_phaseError.isEmpty()) {
                    m_status->setText(m_phaseError);
                } else {
                    figure->showPhase(m_phase, curve.label, curve.color, m_settings.sigmaW2,
                                      m_settings.sigmaB2);
                }
            }
        } catch (const std::invalid_argument& e) {
            m_status->setText(actlab::common::translatedWhat(e));
        }
        break;
    }
    default:
        break;
    }
    m_plots[static_cast<std::size_t>(tab)]->replot(QCustomPlot::rpQueuedReplot);
}

void DepthView::cancelMonteCarlo() {
    m_startTimer->stop();
    m_progress->setVisible(false);
    if (!m_run) return;
    if (m_run->isRunning()) {
        m_run->cancel();
        ++m_cancelledRuns;
        // The thread stops after the layer it is in; the run is deleted once it has.
        MonteCarloRun* run = m_run.get();
        connect(run, &MonteCarloRun::cancelled, this, [this, run] {
            for (auto it = m_stopping.begin(); it != m_stopping.end(); ++it)
                if (it->get() == run) {
                    it->release()->deleteLater();
                    m_stopping.erase(it);
                    break;
                }
        });
        m_stopping.push_back(std::move(m_run));
    }
    m_run.reset();
}

void DepthView::startMonteCarloNow() {
    cancelMonteCarlo();
    if (!m_settings.monteCarlo || m_curves->empty()) return;
    std::vector<MonteCarloRun::Input> inputs;
    for (const auto& curve : *m_curves)
        inputs.push_back({curve.activation, curve.params});
    m_run = std::make_unique<MonteCarloRun>(std::move(inputs), m_settings);
    connect(m_run.get(), &MonteCarloRun::progress, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(std::lround(100 * fraction))); });
    connect(m_run.get(), &MonteCarloRun::finished, this, &DepthView::onMonteCarloFinished);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("running a network of width %1\u2026").arg(m_settings.width));
    m_run->start();
}

void DepthView::onMonteCarloFinished(const MonteCarloRun::Results& results) {
    for (std::size_t i = 0; i < results.size() && i < m_curves->size(); ++i)
        (*m_curves)[i].monteCarlo = results[i];
    m_progress->setVisible(false);
    m_status->clear();
    if (m_run) m_run.release()->deleteLater(); // we are inside its signal
    if (m_tabs->currentIndex() == DepthTab) {
        auto* figure = m_figures[DepthTab];
        for (int i = 0; i < static_cast<int>(m_curves->size()); ++i)
            figure->setMonteCarlo(i, (*m_curves)[static_cast<std::size_t>(i)].monteCarlo);
        figure->replot();
    } else if (m_tabs->currentIndex() == HistogramsTab) {
        redrawTab();
    }
    emit monteCarloFinished();
}

} // namespace actlab::explorer
