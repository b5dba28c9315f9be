// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/monte_carlo_run.hpp"

#include <QThread>

#include <cmath>
#include <stdexcept>

namespace actlab::explorer {

MonteCarloRun::MonteCarloRun(std::vector<Input> inputs, actlab::plot::AnalysisSettings settings,
                             QObject* parent)
    : QObject(parent), m_inputs(std::move(inputs)), m_settings(std::move(settings)) {}

MonteCarloRun::~MonteCarloRun() {
    if (m_thread) {
        m_state->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void MonteCarloRun::start() {
    if (m_thread) return;
    // The thread reads only copies and the shared state; it tells the object of its progress through
    // queued calls, which Qt drops if the object is gone by then (the destructor waits for the thread).
    const std::shared_ptr<State> state = m_state;
    const std::vector<Input> inputs = m_inputs;
    const actlab::plot::AnalysisSettings settings = m_settings;
    MonteCarloRun* self = this;
    m_thread = QThread::create([state, inputs, settings, self] {
        const double n = static_cast<double>(inputs.size());
        for (std::size_t i = 0; i < inputs.size() && !state->cancel; ++i) {
            const auto report = [&](double fraction) {
                const int percent =
                    static_cast<int>(std::floor(100 * (static_cast<double>(i) + fraction) / n));
                if (percent > state->percent.exchange(percent))
                    QMetaObject::invokeMethod(
                        self, [self, percent] { emit self->progress(percent / 100.0); },
                        Qt::QueuedConnection);
                return !state->cancel.load();
            };
            try {
                auto layers =
                    actlab::plot::depthMonteCarlo(*inputs[i].activation, inputs[i].params, settings, report);
                state->results.push_back(std::move(layers));
            } catch (const std::invalid_argument&) {
                state->results.emplace_back(); // parameters the core refuses: no dots for that curve
            }
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_state->cancel)
            emit cancelled();
        else
            emit finished(m_state->results);
    });
    m_thread->start(QThread::LowPriority);
}

void MonteCarloRun::cancel() {
    m_state->cancel = true;
}

bool MonteCarloRun::isRunning() const {
    return m_thread && m_thread->isRunning();
}

} // namespace actlab::explorer
