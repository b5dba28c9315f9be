// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/training_lab.hpp"

#include "common/qt_text.hpp"
#include "explorer/unit_grid.hpp"
#include "explorer/warning_label.hpp"
#include "plot/curve_label.hpp"
#include "plot/data_words.hpp"
#include "plot/training_figure.hpp"

#include <actlab/catalogue.hpp>

#include <qcustomplot.h>

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace actlab::explorer {
namespace {

using analysis::DatasetKind;
using analysis::InitScheme;

QString text(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A combo box of every catalogue function (shown by name, data: its id), after `first` if given.
QComboBox* activationBox(QWidget* parent, const QString& first = {}) {
    auto* box = new QComboBox(parent);
    if (!first.isNull()) box->addItem(first, QString());
    for (const Activation& a : catalogue())
        box->addItem(actlab::plot::catalogueText(a.name), text(a.id));
    box->setMaxVisibleItems(20);
    return box;
}

QDoubleSpinBox* numberBox(QWidget* parent, double lo, double hi, int decimals, double step, double value) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setValue(value);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

TrainingLab::TrainingLab(QWidget* parent) : QWidget(parent) {
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("ActLab \u2014 Training lab"));
    setObjectName(QStringLiteral("trainingLab"));

    // The worker and its thread: every call to it is queued, every frame comes back queued.
    m_thread = new QThread(this);
    m_worker = new TrainingWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::frameReady, this, &TrainingLab::showFrame, Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingLab::showProblem, Qt::QueuedConnection);
    m_thread->start();

    m_settingsForm = new QWidget;
    auto* form = new QFormLayout(m_settingsForm);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildControls(form);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("labSettings"));
    scroll->setWidget(m_settingsForm);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_settingsColumn = scroll;
    fitSettingsColumn();

    m_play = new QPushButton(tr("Play"));
    m_play->setToolTip(tr("Train continuously at the chosen speed (Space); click again to pause"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_step = new QPushButton(tr("Step"));
    m_step->setToolTip(tr("One training step of every network (one minibatch)"));
    m_reset = new QPushButton(tr("Reset"));
    m_reset->setToolTip(tr("Stop and start again from step 0 with the same seed"));
    m_speed = new QComboBox;
    for (const int v : {10, 30, 100, 300, 1000})
        m_speed->addItem(tr("%1 steps/s").arg(v), v);
    m_speed->addItem(tr("as fast as possible"), 0);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Training steps per second while playing"));
    m_settingsButton = new QPushButton(tr("Settings"));
    m_settingsButton->setObjectName(QStringLiteral("labSettingsButton"));
    m_settingsButton->setCheckable(true);
    m_settingsButton->setChecked(true);
    m_settingsButton->setToolTip(tr("Show or hide the settings (hidden while presenting, so that the figure "
                                    "fills the screen)"));
    connect(m_settingsButton, &QPushButton::toggled, this, &TrainingLab::setSettingsShown);
    m_status = new WarningLabel;
    m_status->setWarning(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the bar's rest, whatever it says
    auto* bar = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_settingsButton, m_play, m_step, m_reset,
                                                      new QLabel(tr("Speed:")), m_speed})
        bar->addWidget(w);
    bar->addWidget(m_status, 1);
    connect(m_play, &QPushButton::clicked, this, [this] { playing() ? pause() : play(); });
    connect(m_step, &QPushButton::clicked, this, &TrainingLab::stepOnce);
    connect(m_reset, &QPushButton::clicked, this, &TrainingLab::reset);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_speed->currentData().toInt();
        QMetaObject::invokeMethod(m_worker, [w = m_worker, v] { w->setSpeed(v); });
    });

    m_claim = new QLabel;
    m_claim->setWordWrap(true);
    m_claim->hide();
    m_plot = new QCustomPlot;
    // Any width: the figure's own minimum (its run headings side by side) grows with the presentation's
    // scale and would otherwise push the lab past a small projector's screen.
    m_plot->setMinimumSize(200, 320);
    m_figure = new plot::TrainingFigure(m_plot, this);
    m_grid = new UnitGrid;
    auto* gridScroll = new QScrollArea;
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    gridScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gridScroll = gridScroll;
    connect(m_grid, &UnitGrid::heightChanged, this, &TrainingLab::fitGrid);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_plot);
    splitter->addWidget(gridScroll);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* right = new QVBoxLayout;
    right->addLayout(bar);
    right->addWidget(m_claim);
    right->addWidget(splitter, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(right, 1);
    // 1240 × 760, or what the screen has room for.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(std::max(1240, room.width() * 4 / 5), room.width()),
           std::min(std::max(760, room.height() * 4 / 5), room.height() - 40));

    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, v = m_speed->currentData().toInt()] { w->setSpeed(v); });
    reset();
}

void TrainingLab::setDisplayScale(double scale) {
    m_displayScale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
    // The controls' font: the application's (setFont(QFont()) inherits it again), times the scale.
    setFont(QFont());
    if (m_displayScale != 1) {
        QFont scaled = font();
        scaled.setPointSizeF(scaled.pointSizeF() * m_displayScale);
        setFont(scaled);
    }
    m_figure->setFontScale(m_displayScale);
    m_figure->setLineScale(m_displayScale);
    m_grid->setScale(m_displayScale);
    fitSettingsColumn();
    m_plot->replot();
    // The plot's minimum size follows its axes' margins, which the replot has just measured in the new
    // fonts; the window's minimum size (and so the geometry it can be given back) follows now.
    m_plot->updateGeometry();
    layout()->activate();
}

void TrainingLab::fitGrid() {
    // The whole grid without scrolling when it takes a quarter of the window or less (the runs side by
    // side); a taller one (one run below the other) scrolls in the splitter's share, the figure first.
    const int whole = m_grid->contentHeight() + 2 * m_gridScroll->frameWidth();
    m_gridScroll->setMinimumHeight(whole <= height() / 4 ? whole : 0);
}

void TrainingLab::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitGrid();
}

void TrainingLab::fitSettingsColumn() {
    // The width the controls asked for when the lab was built, up to 360 px, times the scale.
    if (m_settingsWidth == 0) m_settingsWidth = m_settingsForm->sizeHint().width() + 24;
    m_settingsColumn->setMinimumWidth(static_cast<int>(std::lround(m_settingsWidth * m_displayScale)));
    m_settingsColumn->setMaximumWidth(static_cast<int>(std::lround(360 * m_displayScale)));
}

void TrainingLab::setSettingsShown(bool shown) {
    m_settingsColumn->setVisible(shown);
    const QSignalBlocker block(m_settingsButton);
    m_settingsButton->setChecked(shown);
}

bool TrainingLab::settingsShown() const {
    return !m_settingsColumn->isHidden();
}

TrainingLab::~TrainingLab() {
    stopWorker();
}

void TrainingLab::stopWorker() {
    if (!m_thread->isRunning()) return;
    m_thread->quit(); // the worker's timer stops with its thread's event loop
    m_thread->wait();
}

void TrainingLab::buildControls(QFormLayout* form) {
    auto* w = form->parentWidget();
    m_experiment = new QComboBox(w);
    m_experiment->addItem(tr("(my settings)"), QString());
    for (const analysis::TrainingExperiment& e : analysis::trainingExperiments())
        m_experiment->addItem(actlab::plot::experimentText(e.title), QString::fromStdString(e.name));
    m_experiment->setToolTip(tr("The material's experiments: each trains its networks side by side"));
    form->addRow(tr("Experiment:"), m_experiment);
    connect(m_experiment, &QComboBox::activated, this, [this](int index) {
        const QString name = m_experiment->itemData(index).toString();
        if (name.isEmpty()) {
            m_experimentSetup.reset();
            m_claim->hide();
            reset();
        } else {
            loadExperiment(name);
        }
    });

    m_activation = activationBox(w);
    m_activation->setCurrentIndex(m_activation->findData(QStringLiteral("relu")));
    form->addRow(tr("Activation:"), m_activation);
    m_paramBox = new QWidget(w);
    m_paramForm = new QFormLayout(m_paramBox);
    m_paramForm->setContentsMargins(12, 0, 0, 0);
    form->addRow(m_paramBox);
    connect(m_activation, &QComboBox::currentIndexChanged, this, [this] {
        rebuildParameters();
        settingsChanged();
    });

    m_layers = new QSpinBox(w);
    m_layers->setRange(analysis::kMinHiddenLayers, analysis::kMaxHiddenLayers);
    m_layers->setValue(2);
    form->addRow(tr("Hidden layers:"), m_layers);
    m_width = new QSpinBox(w);
    m_width->setRange(analysis::kMinTrainWidth, analysis::kMaxTrainWidth);
    m_width->setValue(16);
    m_width->setKeyboardTracking(false);
    form->addRow(tr("Units per layer:"), m_width);

    m_dataset = new QComboBox(w);
    m_dataset->addItem(tr("two moons"), static_cast<int>(DatasetKind::Moons));
    m_dataset->addItem(tr("circles"), static_cast<int>(DatasetKind::Circles));
    m_dataset->addItem(tr("XOR"), static_cast<int>(DatasetKind::Xor));
    m_dataset->addItem(tr("spirals"), static_cast<int>(DatasetKind::Spirals));
    m_dataset->addItem(tr("1-D regression"), static_cast<int>(DatasetKind::Regression));
    form->addRow(tr("Data:"), m_dataset);
    m_target = activationBox(w);
    m_target->setCurrentIndex(m_target->findData(QStringLiteral("tanh")));
    m_target->setToolTip(tr("The function the 1-D regression fits (on [−3, 3], noise 0.1)"));
    form->addRow(tr("Fit:"), m_target);

    m_loss = new QComboBox(w);
    m_loss->addItem(tr("cross-entropy"), static_cast<int>(analysis::Loss::CrossEntropy));
    m_loss->addItem(tr("squared error"), static_cast<int>(analysis::Loss::MeanSquaredError));
    form->addRow(tr("Loss:"), m_loss);
    m_optimiser = new QComboBox(w);
    m_optimiser->addItem(tr("SGD with momentum"), static_cast<int>(analysis::OptimiserKind::Sgd));
    m_optimiser->addItem(tr("Adam"), static_cast<int>(analysis::OptimiserKind::Adam));
    m_optimiser->setCurrentIndex(1);
    form->addRow(tr("Optimiser:"), m_optimiser);
    m_lr = numberBox(w, 1e-5, 10, 5, 0.005, 0.01);
    form->addRow(tr("Learning rate \u03b7:"), m_lr);
    m_momentum = numberBox(w, 0, 0.999, 3, 0.05, 0.9);
    form->addRow(tr("Momentum (SGD):"), m_momentum);
    m_init = new QComboBox(w);
    m_init->addItem(tr("He"), static_cast<int>(InitScheme::He));
    m_init->addItem(tr("Xavier/Glorot"), static_cast<int>(InitScheme::Xavier));
    m_init->addItem(tr("LeCun"), static_cast<int>(InitScheme::Lecun));
    m_init->addItem(tr("N(0, \u03c3\u00b2)"), static_cast<int>(InitScheme::Normal));
    form->addRow(tr("Weights:"), m_init);
    m_initStd = numberBox(w, 1e-4, 100, 4, 0.01, 0.01);
    form->addRow(tr("\u03c3 of N(0, \u03c3\u00b2):"), m_initStd);
    m_bias = numberBox(w, -100, 100, 3, 0.1, 0);
    m_bias->setToolTip(tr("The hidden units' starting bias (0, a small positive 0.1, or a negative one)"));
    form->addRow(tr("Starting bias:"), m_bias);
    m_batch = new QSpinBox(w);
    m_batch->setRange(1, analysis::kMaxDatasetSamples);
    m_batch->setValue(16);
    m_batch->setKeyboardTracking(false);
    form->addRow(tr("Batch:"), m_batch);
    m_seed = new QSpinBox(w);
    m_seed->setRange(0, 1'000'000);
    m_seed->setValue(1);
    m_seed->setKeyboardTracking(false);
    form->addRow(tr("Seed:"), m_seed);

    m_compare = new QCheckBox(tr("Compare activations side by side"), w);
    m_compare->setToolTip(tr("Train 2–4 activations from the same seed, data and initial weights"));
    form->addRow(m_compare);
    const std::array<const char*, 4> defaults{"relu", "leaky_relu", "prelu", "elu"};
    for (std::size_t i = 0; i < m_compareSlots.size(); ++i) {
        m_compareSlots[i] = activationBox(w, tr("(none)"));
        m_compareSlots[i]->setCurrentIndex(m_compareSlots[i]->findData(QString::fromLatin1(defaults[i])));
        m_compareSlots[i]->setEnabled(false);
        form->addRow(tr("  %1.").arg(i + 1), m_compareSlots[i]);
        connect(m_compareSlots[i], &QComboBox::currentIndexChanged, this, &TrainingLab::settingsChanged);
    }
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        for (auto* box : m_compareSlots)
            box->setEnabled(on);
        m_activation->setEnabled(!on);
        m_paramBox->setEnabled(!on);
        settingsChanged();
    });

    for (QSpinBox* box : {m_layers, m_width, m_batch, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &TrainingLab::settingsChanged);
    for (QDoubleSpinBox* box : {m_lr, m_momentum, m_initStd, m_bias})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingLab::settingsChanged);
    for (QComboBox* box : {m_target, m_loss, m_optimiser, m_init})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingLab::settingsChanged);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        // A regression is fitted with the squared error; the classes with cross-entropy.
        const bool regression = m_dataset->currentData().toInt() == static_cast<int>(DatasetKind::Regression);
        if (!m_loading) {
            const bool was = std::exchange(m_loading, true);
            m_loss->setCurrentIndex(regression ? 1 : 0);
            m_loading = was;
        }
        settingsChanged();
    });
    // Named for tests and scripts that set the controls as a user would.
    for (auto [widget, name] :
         std::initializer_list<std::pair<QWidget*, const char*>>{{m_activation, "labActivation"},
                                                                 {m_layers, "labLayers"},
                                                                 {m_width, "labWidth"},
                                                                 {m_dataset, "labDataset"},
                                                                 {m_target, "labTarget"},
                                                                 {m_loss, "labLoss"},
                                                                 {m_optimiser, "labOptimiser"},
                                                                 {m_lr, "labLearningRate"},
                                                                 {m_momentum, "labMomentum"},
                                                                 {m_init, "labInit"},
                                                                 {m_initStd, "labInitStd"},
                                                                 {m_bias, "labBias"},
                                                                 {m_batch, "labBatch"},
                                                                 {m_seed, "labSeed"}})
        widget->setObjectName(QLatin1String(name));
    rebuildParameters();
    syncEnabled();
}

void TrainingLab::rebuildParameters() {
    while (m_paramForm->rowCount() > 0)
        m_paramForm->removeRow(0);
    m_params.clear();
    const Activation* a = findActivation(m_activation->currentData().toString().toStdString());
    if (!a) return;
    for (const ParameterSpec& p : a->parameters) {
        const double lo = std::isfinite(p.min) ? p.min : -1e6, hi = std::isfinite(p.max) ? p.max : 1e6;
        auto* box = numberBox(m_paramBox, lo, hi, p.integer ? 0 : 4, p.integer ? 1 : 0.05, p.defaultValue);
        box->setToolTip(text(p.meaning));
        box->setObjectName(QStringLiteral("labParam_") + text(p.name));
        m_paramForm->addRow(text(p.symbol) + QStringLiteral(":"), box);
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingLab::settingsChanged);
        m_params.push_back(box);
    }
}

void TrainingLab::syncEnabled() {
    m_target->setEnabled(m_dataset->currentData().toInt() == static_cast<int>(DatasetKind::Regression));
    m_momentum->setEnabled(m_optimiser->currentData().toInt() ==
                           static_cast<int>(analysis::OptimiserKind::Sgd));
    m_initStd->setEnabled(m_init->currentData().toInt() == static_cast<int>(InitScheme::Normal));
}

void TrainingLab::settingsChanged() {
    syncEnabled();
    if (m_loading) return;
    m_experimentSetup.reset();
    m_experiment->setCurrentIndex(0);
    m_claim->hide();
    reset();
}

std::optional<analysis::TrainingExperiment> TrainingLab::setup(QString* problem) const {
    if (m_experimentSetup) return m_experimentSetup;
    const plot::LabSettings s = settings();
    if (s.compare && std::count_if(s.compareWith.begin(), s.compareWith.end(),
                                   [](const QString& id) { return !id.isEmpty(); }) < 2) {
        if (problem) *problem = tr("choose at least two activations to compare");
        return std::nullopt;
    }
    return plot::labExperiment(s, problem);
}

plot::LabSettings TrainingLab::settings() const {
    plot::LabSettings s;
    s.activation = m_activation->currentData().toString();
    s.params.clear();
    for (const QDoubleSpinBox* box : m_params)
        s.params.push_back(box->value());
    s.layers = m_layers->value();
    s.width = m_width->value();
    s.dataset = static_cast<DatasetKind>(m_dataset->currentData().toInt());
    s.target = m_target->currentData().toString();
    s.loss = static_cast<analysis::Loss>(m_loss->currentData().toInt());
    s.optimiser = static_cast<analysis::OptimiserKind>(m_optimiser->currentData().toInt());
    s.learningRate = m_lr->value();
    s.momentum = m_momentum->value();
    s.init = static_cast<InitScheme>(m_init->currentData().toInt());
    s.initStd = m_initStd->value();
    s.bias = m_bias->value();
    s.batch = m_batch->value();
    s.seed = m_seed->value();
    s.compare = m_compare->isChecked();
    for (std::size_t i = 0; i < m_compareSlots.size(); ++i)
        s.compareWith[i] = m_compareSlots[i]->currentData().toString();
    return s;
}

plot::LabRequest TrainingLab::request() const {
    plot::LabRequest r;
    if (m_experimentSetup)
        r.experiment = QString::fromStdString(m_experimentSetup->name);
    else
        r.settings = settings();
    if (m_frame && m_frame->generation == m_generation && !m_frame->runs.empty())
        r.step = m_frame->runs.front().metrics.step;
    r.play = playing();
    return r;
}

void TrainingLab::setControls(const plot::LabSettings& s) {
    const bool was = std::exchange(m_loading, true);
    m_activation->setCurrentIndex(m_activation->findData(s.activation));
    rebuildParameters();
    for (std::size_t k = 0; k < m_params.size() && k < s.params.size(); ++k)
        m_params[k]->setValue(s.params[k]);
    m_layers->setValue(s.layers);
    m_width->setValue(s.width);
    m_dataset->setCurrentIndex(m_dataset->findData(static_cast<int>(s.dataset)));
    m_target->setCurrentIndex(m_target->findData(s.target));
    m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(s.loss)));
    m_optimiser->setCurrentIndex(m_optimiser->findData(static_cast<int>(s.optimiser)));
    m_lr->setValue(s.learningRate);
    m_momentum->setValue(s.momentum);
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(s.init)));
    m_initStd->setValue(s.initStd);
    m_bias->setValue(s.bias);
    m_batch->setValue(s.batch);
    m_seed->setValue(s.seed);
    for (std::size_t i = 0; i < m_compareSlots.size(); ++i)
        m_compareSlots[i]->setCurrentIndex(m_compareSlots[i]->findData(s.compareWith[i]));
    m_compare->setChecked(s.compare);
    m_loading = was;
    syncEnabled();
}

void TrainingLab::showRequest(const plot::LabRequest& request) {
    if (request.experiment.isEmpty() || !loadExperiment(request.experiment)) {
        setControls(request.settings);
        m_experimentSetup.reset();
        m_experiment->setCurrentIndex(0);
        m_claim->hide();
        reset();
    }
    if (request.step > 0) step(static_cast<int>(std::min<long>(request.step, plot::kMaxLabStep)));
    if (request.play) play();
}

bool TrainingLab::loadExperiment(const QString& name) {
    const analysis::TrainingExperiment* e = analysis::findTrainingExperiment(name.toStdString());
    if (!e) return false;
    const analysis::TrainerConfig& c = e->runs.front().trainer;
    m_loading = true;
    m_experiment->setCurrentIndex(m_experiment->findData(name));
    m_activation->setCurrentIndex(m_activation->findData(text(c.activation.activation->id)));
    rebuildParameters();
    for (std::size_t k = 0; k < m_params.size() && k < c.activation.params.size(); ++k)
        m_params[k]->setValue(c.activation.params[k]);
    m_layers->setValue(c.hiddenLayers);
    m_width->setValue(c.width);
    m_dataset->setCurrentIndex(m_dataset->findData(static_cast<int>(e->data.kind)));
    m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(c.loss)));
    m_optimiser->setCurrentIndex(m_optimiser->findData(static_cast<int>(c.optimiser.kind)));
    m_lr->setValue(c.optimiser.learningRate);
    m_momentum->setValue(c.optimiser.momentum);
    const InitScheme scheme = c.init.scale == analysis::WeightScale::FanInOut   ? InitScheme::Xavier
                              : c.init.scale == analysis::WeightScale::Absolute ? InitScheme::Normal
                              : c.init.sigmaW2 == 2.0                           ? InitScheme::He
                                                                                : InitScheme::Lecun;
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(scheme)));
    if (scheme == InitScheme::Normal) m_initStd->setValue(std::sqrt(c.init.sigmaW2));
    m_bias->setValue(c.init.hiddenBias);
    m_batch->setValue(c.batch);
    m_seed->setValue(static_cast<int>(e->data.seed));
    m_compare->setChecked(false);
    m_loading = false;
    syncEnabled();
    m_experimentSetup = *e;
    m_claim->setText(tr("<b>%1</b> \u2014 %2 (in %3 steps)")
                         .arg(actlab::plot::experimentText(e->title).toHtmlEscaped(),
                              actlab::plot::experimentText(e->claim).toHtmlEscaped())
                         .arg(e->steps));
    m_claim->show();
    reset();
    return true;
}

void TrainingLab::setActivation(const QString& id, const std::vector<double>& params) {
    const int index = m_activation->findData(id);
    if (index < 0) return;
    m_loading = true;
    m_activation->setCurrentIndex(index);
    rebuildParameters();
    for (std::size_t k = 0; k < m_params.size() && k < params.size(); ++k)
        m_params[k]->setValue(params[k]);
    m_loading = false;
    settingsChanged();
}

void TrainingLab::setTheme(const plot::Theme& theme) {
    m_theme = theme;
    m_figure->setTheme(theme);
    m_grid->setTheme(theme);
    reset();
}

bool TrainingLab::playing() const {
    return m_frame && m_frame->generation == m_generation && m_frame->playing;
}

void TrainingLab::play() {
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->play(); });
    m_play->setText(tr("Pause"));
}

void TrainingLab::pause() {
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->pause(); });
    m_play->setText(tr("Play"));
}

void TrainingLab::stepOnce() {
    step(1);
}

void TrainingLab::step(int count) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, count] { w->step(count); });
}

void TrainingLab::reset() {
    QString problem;
    const auto s = setup(&problem);
    if (!s) {
        showProblem(problem);
        return;
    }
    bool alpha = false;
    for (const analysis::TrainingRun& run : s->runs)
        alpha = alpha || run.trainer.activation.activation->id == "prelu";
    m_figure->setup(analysis::makeDataset(s->data), static_cast<int>(s->runs.size()), alpha);
    m_plot->replot();
    const long generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, setup = *s, generation] { w->reset(setup, generation); });
    m_play->setText(tr("Play"));
    m_status->setWarning(false);
    m_status->setText(tr("step 0"));
}

void TrainingLab::showFrame(std::shared_ptr<const TrainingFrame> frame) {
    if (frame->generation == m_generation) {
        m_frame = frame;
        m_figure->update(frame->runs);
        m_plot->replot(QCustomPlot::rpImmediateRefresh);
        m_grid->setRuns(frame->runs);
        const long step = frame->runs.empty() ? 0 : frame->runs.front().metrics.step;
        m_status->setWarning(false);
        m_status->setText(
            frame->playing && frame->stepsPerSecond > 0
                ? tr("step %1 \u2014 %2 steps/s").arg(step).arg(std::round(frame->stepsPerSecond))
                : tr("step %1").arg(step));
        m_play->setText(frame->playing ? tr("Pause") : tr("Play"));
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->frameShown(); });
    if (frame->generation == m_generation) emit frameShown();
}

void TrainingLab::showProblem(const QString& message) {
    m_status->setWarning(true);
    m_status->setText(message);
}

void TrainingLab::closeEvent(QCloseEvent* event) {
    pause();
    QWidget::closeEvent(event);
}

void TrainingLab::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    if (!event->spontaneous()) emit closed();
}

} // namespace actlab::explorer
