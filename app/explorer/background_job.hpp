// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A piece of work in a thread of its own, with progress and cancellation, for the window's analyses that
/// take longer than a frame (the properties table, the phase diagram). The work reads only what it was
/// given and reports through its Control; the job's signals arrive in the thread it was made in, and a
/// job deleted while running cancels and waits for the work's next check.
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace actlab::explorer {

class BackgroundJob : public QObject {
    Q_OBJECT
  public:
    /// What the work sees of its job: whether to stop, and how far it is (0…1).
    class Control {
      public:
        bool cancelled() const;
        /// Emits progress() (queued) when the fraction has grown by a per cent or more.
        void report(double fraction);

      private:
        friend class BackgroundJob;
        struct State;
        Control(std::shared_ptr<State> state, BackgroundJob* job) : m_state(std::move(state)), m_job(job) {}
        std::shared_ptr<State> m_state;
        BackgroundJob* m_job;
    };
    using Work = std::function<void(Control&)>;

    explicit BackgroundJob(Work work, QObject* parent = nullptr);
    ~BackgroundJob() override;

    void start();
    /// Asks the work to stop at its next check; cancelled() follows instead of finished().
    void cancel();
    bool isRunning() const;
    bool isCancelled() const;

  signals:
    void progress(double fraction);
    void finished();
    void cancelled();

  private:
    Work m_work;
    std::shared_ptr<Control::State> m_state;
    QThread* m_thread = nullptr;
};

} // namespace actlab::explorer
