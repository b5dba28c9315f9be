// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/background_job.hpp"

#include <QThread>

#include <cmath>

namespace actlab::explorer {

struct BackgroundJob::Control::State {
    std::atomic<bool> cancel{false};
    std::atomic<int> percent{0};
};

bool BackgroundJob::Control::cancelled() const {
    return m_state->cancel.load();
}

void BackgroundJob::Control::report(double fraction) {
    const int percent = static_cast<int>(std::floor(100 * fraction));
    if (percent <= m_state->percent.exchange(percent)) return;
    // Queued: Qt drops the call if the job is gone by then (its destructor waits for the thread).
    BackgroundJob* job = m_job;
    QMetaObject::invokeMethod(
        job, [job, percent] { emit job->progress(percent / 100.0); }, Qt::QueuedConnection);
}

BackgroundJob::BackgroundJob(Work work, QObject* parent)
    : QObject(parent), m_work(std::move(work)), m_state(std::make_shared<Control::State>()) {}

BackgroundJob::~BackgroundJob() {
    if (m_thread) {
        m_state->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start() {
    if (m_thread) return;
    m_thread =
        QThread::create([work = m_work, control = Control(m_state, this)]() mutable { work(control); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_state->cancel)
            emit cancelled();
        else
            emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

void BackgroundJob::cancel() {
    m_state->cancel = true;
}

bool BackgroundJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

bool BackgroundJob::isCancelled() const {
    return m_state->cancel.load();
}

} // namespace actlab::explorer
