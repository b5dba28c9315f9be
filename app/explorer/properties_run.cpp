// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/properties_run.hpp"

#include <QThread>

#include <algorithm>
#include <chrono>
#include <limits>
#include <stdexcept>

namespace actlab::explorer {

double measureNanosecondsPerElement(const actlab::Activation& activation, std::span<const double> params) {
    constexpr std::size_t kPoints = 4096;
    constexpr int kRounds = 5;
    constexpr auto kMinRound = std::chrono::milliseconds(1);
    std::vector<double> x(kPoints), f(kPoints), df(kPoints);
    for (std::size_t i = 0; i < kPoints; ++i)
        x[i] = -8.0 + 16.0 * static_cast<double>(i) / static_cast<double>(kPoints - 1);
    using Clock = std::chrono::steady_clock;
    double best = std::numeric_limits<double>::infinity();
    for (int round = 0; round < kRounds; ++round) {
        std::size_t elements = 0;
        const Clock::time_point start = Clock::now();
        Clock::duration elapsed{};
        do {
            activation.evaluate(params, x, f, df);
            elements += kPoints;
            elapsed = Clock::now() - start;
        } while (elapsed < kMinRound);
        const double ns = std::chrono::duration<double, std::nano>(elapsed).count();
        best = std::min(best, ns / static_cast<double>(elements));
    }
    return best;
}

PropertiesRun::PropertiesRun(std::vector<Input> inputs, QObject* parent)
    : QObject(parent), m_inputs(std::move(inputs)) {}

PropertiesRun::~PropertiesRun() {
    if (m_thread) {
        m_state->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void PropertiesRun::start() {
    if (m_thread) return;
    // As MonteCarloRun: the thread reads copies and the shared state and reports through queued calls,
    // which Qt drops once the object is gone (the destructor waits for the thread).
    const std::shared_ptr<State> state = m_state;
    const std::vector<Input> inputs = m_inputs;
    PropertiesRun* self = this;
    m_thread = QThread::create([state, inputs, self] {
        std::size_t steps = 0, done = 0;
        for (const Input& in : inputs)
            steps += static_cast<std::size_t>(in.properties) + static_cast<std::size_t>(in.cost);
        const auto report = [&] {
            ++done;
            const double fraction =
                static_cast<double>(done) / static_cast<double>(std::max<std::size_t>(steps, 1));
            QMetaObject::invokeMethod(
                self, [self, fraction] { emit self->progress(fraction); }, Qt::QueuedConnection);
        };
        state->outputs.resize(inputs.size());
        // properties first (the table fills), then the costs
        for (std::size_t i = 0; i < inputs.size() && !state->cancel; ++i) {
            if (!inputs[i].properties) continue;
            try {
                state->outputs[i].properties =
                    actlab::analysis::computeProperties(*inputs[i].activation, inputs[i].params);
            } catch (const std::invalid_argument&) {
                // parameters the core refuses: an empty row
            }
            report();
        }
        for (std::size_t i = 0; i < inputs.size() && !state->cancel; ++i) {
            if (!inputs[i].cost) continue;
            state->outputs[i].nanoseconds =
                measureNanosecondsPerElement(*inputs[i].activation, inputs[i].activation->defaults());
            report();
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_state->cancel)
            emit cancelled();
        else
            emit finished(m_state->outputs);
    });
    m_thread->start(QThread::LowPriority);
}

void PropertiesRun::cancel() {
    m_state->cancel = true;
}

bool PropertiesRun::isRunning() const {
    return m_thread && m_thread->isRunning();
}

} // namespace actlab::explorer
