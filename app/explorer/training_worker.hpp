// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The training lab's worker: it owns the runs (plot/training_record.hpp) and trains them in its own
/// thread; the window talks to it only through queued calls and gets frames (snapshots of every run)
/// through a queued signal, at most kFramesPerSecond of them and never a new one before the window says
/// it has drawn the last (frameShown), so a slow window never piles up frames or stalls the training.
#include "plot/training_record.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QTimer;

namespace actlab::explorer {

/// What the window draws at one moment.
struct TrainingFrame {
    long generation = 0; ///< which reset() it belongs to: frames of an earlier one are stale
    std::vector<actlab::plot::TrainingSnapshot> runs;
    bool playing = false;
    double stepsPerSecond = 0; ///< measured over the last second of play (0 when paused)
};

class TrainingWorker : public QObject {
    Q_OBJECT
  public:
    static constexpr int kFramesPerSecond = 30;
    /// The surface grid's size (2-D: per side).
    static constexpr int kSurfaceSize = 72;

    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

  public slots:
    /// New runs from `setup` (paused, at step 0) and a frame of them; `generation` tags its frames.
    void reset(const actlab::analysis::TrainingExperiment& setup, long generation);
    void play();
    void pause();
    /// `count` steps of every run, then a frame.
    void step(int count);
    /// Steps per second while playing (every run takes them); 0 = as fast as the machine goes.
    void setSpeed(int stepsPerSecond);
    /// The window has drawn the last frame: the next may come.
    void frameShown();

  signals:
    void frameReady(std::shared_ptr<const actlab::explorer::TrainingFrame> frame);
    void failed(const QString& message);

  private:
    void tick();
    void sendFrame(bool force);

    std::vector<std::unique_ptr<actlab::plot::TrainingRecord>> runs_;
    long generation_ = 0;
    QTimer* timer_ = nullptr;
    int speed_ = 0;
    bool playing_ = false;
    bool waiting_ = false; ///< a frame is out and not yet drawn
    bool dirty_ = false;   ///< the runs moved since the last frame
    QElapsedTimer sinceFrame_, playClock_;
    long playedSteps_ = 0;    ///< since play() (for the pace of a set speed)
    long rateSteps_ = 0;      ///< steps in the current measuring window
    QElapsedTimer rateClock_; ///< the current measuring window
    double stepsPerSecond_ = 0;
};

} // namespace actlab::explorer

Q_DECLARE_METATYPE(std::shared_ptr<const actlab::explorer::TrainingFrame>)
Q_DECLARE_METATYPE(actlab::analysis::TrainingExperiment)
