// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/training_worker.hpp"
#include "common/qt_text.hpp"

#include <QTimer>

#include <algorithm>
#include <stdexcept>

namespace actlab::explorer {
namespace {

/// How long one tick trains before it lets the thread's events (pause, reset, frameShown) in.
constexpr qint64 kTickNanoseconds = 8'000'000;
/// The curves get a point every few steps (and at every frame and every Step): evaluating on the whole
/// training set after every step would cost more than the steps.
constexpr long kRecordEvery = 10;

} // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {
    timer_ = new QTimer(this);
    timer_->setInterval(0);
    connect(timer_, &QTimer::timeout, this, &TrainingWorker::tick);
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::reset(const analysis::TrainingExperiment& setup, long generation) {
    timer_->stop();
    playing_ = false;
    generation_ = generation;
    runs_.clear();
    stepsPerSecond_ = 0;
    try {
        runs_ = plot::recordsOf(setup, kRecordEvery);
    } catch (const std::invalid_argument& e) {
        runs_.clear();
        emit failed(actlab::common::translatedWhat(e));
        return;
    }
    sendFrame(true);
}

void TrainingWorker::play() {
    if (runs_.empty() || playing_) return;
    playing_ = true;
    playedSteps_ = 0;
    rateSteps_ = 0;
    playClock_.start();
    rateClock_.start();
    timer_->start();
    sendFrame(true);
}

void TrainingWorker::pause() {
    if (!playing_) return;
    playing_ = false;
    timer_->stop();
    stepsPerSecond_ = 0;
    for (auto& run : runs_)
        run->record();
    sendFrame(true);
}

void TrainingWorker::step(int count) {
    if (runs_.empty()) return;
    for (auto& run : runs_) {
        run->advance(count);
        run->record();
    }
    sendFrame(true);
}

void TrainingWorker::setSpeed(int stepsPerSecond) {
    speed_ = std::max(0, stepsPerSecond);
    playedSteps_ = 0;
    playClock_.restart();
}

void TrainingWorker::frameShown() {
    waiting_ = false;
    if (dirty_) sendFrame(!playing_); // paused (Step clicked again): the newest state now
}

void TrainingWorker::tick() {
    QElapsedTimer slice;
    slice.start();
    long taken = 0;
    // Steps in small chunks until the slice is used up or, at a set speed, the pace is met.
    while (slice.nsecsElapsed() < kTickNanoseconds) {
        if (speed_ > 0 &&
            static_cast<double>(playedSteps_) >=
                static_cast<double>(speed_) * static_cast<double>(playClock_.nsecsElapsed()) * 1e-9)
            break;
        for (auto& run : runs_)
            run->advance(1);
        ++playedSteps_;
        ++taken;
    }
    rateSteps_ += taken;
    if (const qint64 ns = rateClock_.nsecsElapsed(); ns >= 1'000'000'000) {
        stepsPerSecond_ = static_cast<double>(rateSteps_) * 1e9 / static_cast<double>(ns);
        rateSteps_ = 0;
        rateClock_.restart();
    }
    if (taken > 0) dirty_ = true;
    sendFrame(false);
    if (taken == 0 && speed_ > 0) {
        // Ahead of the pace: wait for the next step's time instead of spinning.
        timer_->stop();
        QTimer::singleShot(std::max(1, 1000 / std::max(1, speed_)), this, [this, g = generation_] {
            if (g == generation_ && playing_) timer_->start();
        });
    }
}

void TrainingWorker::sendFrame(bool force) {
    dirty_ = true;
    // Never a second frame before the window has drawn the first (frameShown sends the newest then);
    // while playing, at most kFramesPerSecond.
    if (waiting_ || (!force && (sinceFrame_.isValid() && sinceFrame_.elapsed() < 1000 / kFramesPerSecond)))
        return;
    auto frame = std::make_shared<TrainingFrame>();
    frame->generation = generation_;
    frame->playing = playing_;
    frame->stepsPerSecond = stepsPerSecond_;
    for (auto& run : runs_) {
        run->record();
        frame->runs.push_back(run->snapshot(kSurfaceSize));
    }
    dirty_ = false;
    waiting_ = true;
    sinceFrame_.restart();
    emit frameReady(std::move(frame));
}

} // namespace actlab::explorer
