// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// One Monte-Carlo run of the deep-network view in a worker thread: the random network of some settings
/// pushed forward and backward for each curve in turn (actlab/analysis/monte_carlo.hpp), with progress,
/// cancellable at any layer. Signals arrive in the thread the run was made in.
#include "plot/analysis_data.hpp"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace actlab::explorer {

class MonteCarloRun : public QObject {
    Q_OBJECT
  public:
    struct Input {
        const actlab::Activation* activation;
        std::vector<double> params;
    };
    using Results = std::vector<std::vector<actlab::analysis::MonteCarloLayer>>;

    MonteCarloRun(std::vector<Input> inputs, actlab::plot::AnalysisSettings settings,
                  QObject* parent = nullptr);
    /// Cancels the run and waits for its thread (a layer at most).
    ~MonteCarloRun() override;

    void start();
    /// Asks the thread to stop after the layer it is in; finished() is then not emitted, cancelled() is.
    void cancel();
    bool isRunning() const;
    bool isCancelled() const { return m_state->cancel.load(); }
    const actlab::plot::AnalysisSettings& settings() const { return m_settings; }

  signals:
    /// Fraction of the whole run done, 0…1 (at most a hundred times per run).
    void progress(double fraction);
    /// Per input, the layers measured.
    void finished(const actlab::explorer::MonteCarloRun::Results& results);
    void cancelled();

  private:
    struct State {
        std::atomic<bool> cancel{false};
        std::atomic<int> percent{0};
        Results results;
    };
    std::vector<Input> m_inputs;
    actlab::plot::AnalysisSettings m_settings;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThread* m_thread = nullptr;
};

} // namespace actlab::explorer
