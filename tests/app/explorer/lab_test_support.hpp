// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What the training lab's tests share: waiting (bounded) for a frame of the lab.
#include "explorer/training_lab.hpp"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <functional>

namespace actlab::explorer::testing {

/// Waits (at most `ms`) for a frame of the lab that satisfies `ready`.
inline bool waitForFrame(TrainingLab& lab, const std::function<bool(const TrainingFrame&)>& ready,
                         int ms = 20000) {
    QElapsedTimer clock;
    clock.start();
    QSignalSpy spy(&lab, &TrainingLab::frameShown);
    while (clock.elapsed() < ms) {
        if (lab.frame() && ready(*lab.frame())) return true;
        spy.wait(100);
    }
    return lab.frame() && ready(*lab.frame());
}

/// Paused at `step`.
inline bool atStep(const TrainingFrame& f, long step) {
    return !f.runs.empty() && f.runs.front().metrics.step == step && !f.playing;
}

} // namespace actlab::explorer::testing
