// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The properties table's computing in a worker thread: actlab::analysis::computeProperties for each
/// function at its parameters (tens of milliseconds each, a second or two for the catalogue), then the
/// measured cost of those not measured yet. Progress and results arrive in the thread the run was made
/// in; cancel() stops it after the function it is in.
#include <actlab/analysis/properties.hpp>

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace actlab::explorer {

/// Nanoseconds per element of f and f′ together over a span of 4096 points spread over [−8, 8], the best
/// of five timed rounds of at least a millisecond each, on this machine.
double measureNanosecondsPerElement(const actlab::Activation& activation, std::span<const double> params);

class PropertiesRun : public QObject {
    Q_OBJECT
  public:
    struct Input {
        const actlab::Activation* activation;
        std::vector<double> params;
        bool properties; ///< compute the properties
        bool cost;       ///< measure the cost
    };
    struct Output {
        std::optional<actlab::analysis::ComputedProperties> properties; ///< empty if not asked or refused
        std::optional<double> nanoseconds;                              ///< empty if not asked
    };

    explicit PropertiesRun(std::vector<Input> inputs, QObject* parent = nullptr);
    /// Cancels the run and waits for its thread (one function at most).
    ~PropertiesRun() override;

    void start();
    void cancel();
    bool isRunning() const;
    const std::vector<Input>& inputs() const { return m_inputs; }

  signals:
    /// Fraction done, 0…1, after each step.
    void progress(double fraction);
    /// One output per input, in order.
    void finished(const std::vector<actlab::explorer::PropertiesRun::Output>& outputs);
    void cancelled();

  private:
    struct State {
        std::atomic<bool> cancel{false};
        std::vector<Output> outputs;
    };
    std::vector<Input> m_inputs;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThread* m_thread = nullptr;
};

} // namespace actlab::explorer
