// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The training lab (issue 11, item 3), a window of its own (View ▸ Training lab, Ctrl+Shift+T): choose
/// an activation and its parameters, the network (1–4 hidden layers of 2–256 units), the data (two moons,
/// circles, XOR, spirals, or a 1-D regression of a catalogue function), the loss, optimiser, learning
/// rate, initialisation, starting bias, batch and seed, or one of the material's experiments (Experiment
/// menu, from actlab/analysis/training_experiments.hpp); then Play, Pause, Step and Reset at a chosen
/// speed. It shows the data with each network's decision surface or fitted curve, the loss, accuracy and
/// dead-fraction curves, PReLU's α per unit, and a grid of the hidden units with the dead ones crossed
/// out. *Compare* trains 2–4 activations side by side from the same seed, data and initialisation.
/// Training runs in a worker thread (training_worker.hpp); Reset and closing the window stop it.
#include "explorer/training_worker.hpp"
#include "plot/lab_preset.hpp"
#include "plot/theme.hpp"

#include <QWidget>

#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QThread;

namespace actlab::plot {
class TrainingFigure;
}

namespace actlab::explorer {

class UnitGrid;
class WarningLabel;

class TrainingLab : public QWidget {
    Q_OBJECT
  public:
    explicit TrainingLab(QWidget* parent = nullptr);
    ~TrainingLab() override;

    /// Sets the activation control (a catalogue id and its parameters; empty params: the defaults) and
    /// resets the runs. Unknown ids are ignored.
    void setActivation(const QString& id, const std::vector<double>& params = {});
    /// Loads one of the experiments (by name) and resets the runs to it; false if there is none.
    bool loadExperiment(const QString& name);
    void setTheme(const actlab::plot::Theme& theme);
    /// Multiplies the figure's fonts, lines and dots, the unit grid and the controls' font (presentation
    /// mode: the presentation's scale, 1–3; 1 in the window, with the application's font).
    void setDisplayScale(double scale);
    double displayScale() const { return m_displayScale; }
    /// Shows or hides the settings column (the bar's *Settings* button; hidden while presenting, so that
    /// the figure fills the screen: Play, Step, Reset and the speed stay in the bar).
    void setSettingsShown(bool shown);
    bool settingsShown() const;

    /// What the controls (or the loaded experiment) describe: the data and 1–4 runs. nullopt, with the
    /// reason in *problem, when a control holds something the trainer refuses.
    std::optional<actlab::analysis::TrainingExperiment> setup(QString* problem = nullptr) const;
    /// What the controls hold (whether or not an experiment is loaded).
    actlab::plot::LabSettings settings() const;
    /// What the lab shows, as a session or a lesson step keeps it: the loaded experiment (by name, while
    /// untouched) or the settings, the step of the frame shown (0 before the first frame of the current
    /// setup) and whether it is playing.
    actlab::plot::LabRequest request() const;
    /// Shows a request: loads its experiment or sets the controls to its settings, trains `step` steps
    /// from the start (in the worker; the frame of that step follows) and plays on if it says so. The
    /// settings are not checked beyond what setup() refuses (plot::labFromJson has checked a file's).
    void showRequest(const actlab::plot::LabRequest& request);

    /// The last frame drawn (nullptr before the first).
    const TrainingFrame* frame() const { return m_frame.get(); }
    bool playing() const;

    actlab::plot::TrainingFigure* figure() const { return m_figure; }
    UnitGrid* unitGrid() const { return m_grid; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* resetButton() const { return m_reset; }
    QComboBox* speedBox() const { return m_speed; }
    QCheckBox* compareBox() const { return m_compare; }
    /// The activation of compare slot `i` (0–3; "" leaves the slot out).
    QComboBox* compareSlot(int i) const { return m_compareSlots[static_cast<std::size_t>(i)]; }
    QComboBox* experimentBox() const { return m_experiment; }
    QPushButton* settingsButton() const { return m_settingsButton; }
    /// The settings column (a scroll area).
    QWidget* settingsColumn() const { return m_settingsColumn; }

  public slots:
    void play();
    void pause();
    void stepOnce();
    /// `count` steps of every run, then a frame.
    void step(int count);
    /// Starts again from step 0 with the controls' settings (the loaded experiment, if untouched).
    void reset();

  signals:
    /// A frame has been drawn (tests wait for it).
    void frameShown();
    /// The window was closed (not merely minimised with the main window).
    void closed();

  protected:
    void closeEvent(QCloseEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void buildControls(QFormLayout* form);
    void rebuildParameters();
    /// Sets every control (m_loading: no reset); the activation's parameters after it.
    void setControls(const actlab::plot::LabSettings& settings);
    void settingsChanged();
    void syncEnabled(); ///< the controls that matter only for some choices
    void showFrame(std::shared_ptr<const TrainingFrame> frame);
    void showProblem(const QString& message);
    void stopWorker();
    void fitSettingsColumn(); ///< its width, from the controls' size in the current font
    void fitGrid();           ///< the unit grid's height

    QThread* m_thread = nullptr;
    TrainingWorker* m_worker = nullptr;
    long m_generation = 0;
    std::shared_ptr<const TrainingFrame> m_frame;
    bool m_figureReady = false;
    std::optional<actlab::analysis::TrainingExperiment> m_experimentSetup; ///< loaded and not edited since
    bool m_loading = false; ///< controls set by code: no settingsChanged()
    double m_displayScale = 1;
    int m_settingsWidth = 0; ///< the settings column's minimum width at scale 1
    actlab::plot::Theme m_theme = actlab::plot::Theme::light();

    QComboBox* m_experiment = nullptr;
    QComboBox* m_activation = nullptr;
    QWidget* m_paramBox = nullptr;
    QFormLayout* m_paramForm = nullptr;
    std::vector<QDoubleSpinBox*> m_params;
    QSpinBox* m_layers = nullptr;
    QSpinBox* m_width = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_loss = nullptr;
    QComboBox* m_optimiser = nullptr;
    QDoubleSpinBox* m_lr = nullptr;
    QDoubleSpinBox* m_momentum = nullptr;
    QComboBox* m_init = nullptr;
    QDoubleSpinBox* m_initStd = nullptr;
    QDoubleSpinBox* m_bias = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_compare = nullptr;
    std::array<QComboBox*, 4> m_compareSlots{};
    QPushButton* m_play = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_reset = nullptr;
    QComboBox* m_speed = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QWidget* m_settingsColumn = nullptr;
    QWidget* m_settingsForm = nullptr;
    WarningLabel* m_status = nullptr;
    QLabel* m_claim = nullptr;
    QCustomPlot* m_plot = nullptr;
    actlab::plot::TrainingFigure* m_figure = nullptr;
    UnitGrid* m_grid = nullptr;
    QScrollArea* m_gridScroll = nullptr;
};

} // namespace actlab::explorer
