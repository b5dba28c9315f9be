// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The deep-network view (issue 10, item 4): the document's curves, each in its colour, through a random
/// deep network. Tabs: per-layer variance q_l and gradient ratio g_l on log scales (mean-field lines,
/// Monte-Carlo dots), activation histograms at three layers, the selected curve's mean-and-variance map
/// (SELU's fixed point), and its order-to-chaos phase diagram. Sliders for depth, width, σ_w², σ_b² and
/// the input variance, one-click He / Xavier / LeCun initialisations. The theory follows every change at
/// once; the Monte-Carlo network runs in a worker thread with progress, and the next change cancels it.
#include "plot/analysis_data.hpp"
#include "plot/theme.hpp"

#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTabWidget;
class QTimer;

namespace actlab::document {
class Document;
}

namespace actlab::plot {
class AnalysisFigure;
struct AnalysisCurve;
} // namespace actlab::plot

namespace actlab::explorer {

class BackgroundJob;
class MonteCarloRun;

class DepthView : public QWidget {
    Q_OBJECT
  public:
    enum Tab { DepthTab, HistogramsTab, MeanVarTab, PhaseTab };
    /// Sliders in the order they appear.
    enum Slider { LayersSlider, WidthSlider, SigmaW2Slider, SigmaB2Slider, QInSlider, SliderCount };

    explicit DepthView(actlab::document::Document* document, QWidget* parent = nullptr);
    ~DepthView() override;

    void setTheme(const actlab::plot::Theme& theme);

    const actlab::plot::AnalysisSettings& settings() const { return m_settings; }
    /// Moves the sliders to `settings` (values between slider steps are kept exactly) and updates; settings
    /// the analyses refuse (analysisSettingsProblem) are not taken, and the status line says why.
    void setSettings(const actlab::plot::AnalysisSettings& settings);

    /// Opens the view on a preset's figure: its settings, its tab, and the dock it sits in shown.
    void showAnalysis(actlab::plot::AnalysisKind kind, const actlab::plot::AnalysisSettings& settings);

    /// The curves shown, with their theory and (when a run has finished) Monte-Carlo layers.
    const std::vector<actlab::plot::AnalysisCurve>& curves() const;
    actlab::plot::AnalysisFigure* figure(Tab tab) const;
    QCustomPlot* plot(Tab tab) const;
    QTabWidget* tabs() const { return m_tabs; }
    QSlider* slider(Slider which) const { return m_sliders[which]; }
    QPushButton* heButton() const { return m_he; }
    QPushButton* glorotButton() const { return m_glorot; }
    QPushButton* lecunButton() const { return m_lecun; }
    QProgressBar* progressBar() const { return m_progress; }
    /// The line under the tabs: what is being computed, or why something is not shown.
    QLabel* status() const { return m_status; }

    /// The Monte-Carlo run in progress or waiting to start (nullptr: none).
    MonteCarloRun* monteCarloRun() const { return m_run.get(); }
    /// Runs cancelled by a change since the view was made.
    int cancelledRuns() const { return m_cancelledRuns; }
    /// Starts the Monte-Carlo run for the current settings now instead of after the short pause that
    /// lets a slider drag pass.
    void startMonteCarloNow();

    /// The phase diagram's computation in progress (1–3 s in a worker thread), or null.
    BackgroundJob* phaseJob() const;
    /// The focused curve's phase diagram, once computed (empty grid before).
    const actlab::plot::PhaseDiagram& phaseDiagram() const { return m_phase; }
    QProgressBar* phaseProgressBar() const { return m_phaseProgress; }

  signals:
    /// A Monte-Carlo run finished and its dots are drawn.
    void monteCarloFinished();
    /// A phase diagram finished computing and is drawn (when its tab is shown).
    void phaseDiagramReady();

  protected:
    void showEvent(QShowEvent* event) override;
    /// The document forgets the view's settings (a session saved now has the view closed).
    void hideEvent(QHideEvent* event) override;

  private:
    /// Tells the document the view's figure and settings while it is visible.
    void publishSettings();

  private:
    void build();
    /// Recomputes the theory of every curve and redraws the current tab; restarts the Monte Carlo.
    void refresh();
    void redrawTab();
    void onSlider(Slider which, int position);
    void applyInitialisation(double sigmaW2);
    void updateLabels();
    void cancelMonteCarlo();
    /// Starts computing the phase diagram of `curve` in a worker, cancelling one for another curve.
    void startPhaseDiagram(const actlab::plot::AnalysisCurve& curve, const QString& key);
    void onMonteCarloFinished(const std::vector<std::vector<actlab::analysis::MonteCarloLayer>>& results);
    /// The curve the one-curve tabs show: the selected one if visible, else the first.
    int focusCurve() const;

    QPointer<actlab::document::Document> m_document;
    actlab::plot::Theme m_theme = actlab::plot::Theme::light();
    actlab::plot::AnalysisSettings m_settings;
    std::unique_ptr<std::vector<actlab::plot::AnalysisCurve>> m_curves;
    QTabWidget* m_tabs = nullptr;
    std::array<QCustomPlot*, 4> m_plots{};
    std::array<actlab::plot::AnalysisFigure*, 4> m_figures{};
    std::array<QSlider*, SliderCount> m_sliders{};
    std::array<QLabel*, SliderCount> m_values{};
    QPushButton* m_he = nullptr;
    QPushButton* m_glorot = nullptr;
    QPushButton* m_lecun = nullptr;
    QCheckBox* m_monteCarlo = nullptr;
    QProgressBar* m_progress = nullptr;
    QProgressBar* m_phaseProgress = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_startTimer = nullptr;
    std::unique_ptr<MonteCarloRun> m_run;
    /// Old runs still stopping (their threads finish the layer they are in); deleted once they have.
    std::vector<std::unique_ptr<MonteCarloRun>> m_stopping;
    int m_cancelledRuns = 0;
    bool m_settingSliders = false;
    bool m_dirty = true; ///< something changed while the view was hidden
    /// The phase diagram and the mean-and-variance map of the focused curve: they depend on the curve
    /// alone, so a σ slider only moves the phase diagram's mark.
    QString m_phaseKey, m_flowKey;
    actlab::plot::PhaseDiagram m_phase;
    QPointer<BackgroundJob> m_phaseJob;
    QString m_phaseJobKey; ///< the curve m_phaseJob computes for
    QString m_phaseError;  ///< why the core refused the focused curve's phase diagram, or empty
    actlab::plot::MeanVarFlow m_flow;
};

} // namespace actlab::explorer
