// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The ActLab session file (*.actlab): a figure plus what the explorer shows beyond it, as JSON.
///
///   {"format": "actlab-session", "version": 1, "generator": "ActLab 0.9.0",
///    "figure": {…the figure object of the presets (figureSpecToJson)…},
///    "explorer": {"selected": 0, "cursorX": 1.5, "analysis": {"kind": "depth", "layers": 30, …},
///                 "lab": {"experiment": "large-learning-rate", "step": 250}},
///    "lesson": {"title": "…", "steps": [{"title": "…", "note": "…", "figure": {…}, "explorer": {…}}]}}
///
/// A file whose version is newer than kSessionVersion is refused; "explorer", "lesson" and their fields
/// are optional. A file with a lesson is written as version 2, so that an ActLab that does not know
/// lessons refuses it instead of dropping the lesson on its next save; without one it stays version 1. A
/// file with a typed formula (a curve {"formula": "x*sigmoid(b*x)", "params": {"b": 1.5}} instead of
/// {"id": …}) is version 3, for the same reason; one with the Deep network view's settings ("analysis" in
/// the session's or a step's "explorer", the presets' analysis object) is version 4; one with the training
/// lab's settings ("lab" in the session's or a step's "explorer", lab_preset.hpp) is version 5.
/// Every double reads back bit for bit (shortest round-trip JSON numbers; -0 as the string "-0").
#include "plot/figure_spec.hpp"
#include "plot/lesson.hpp"

#include <QByteArray>
#include <QString>

#include <optional>

namespace actlab::plot {

/// A saved explorer session: the figure plus what the explorer shows beyond it.
struct Session {
    FigureSpec figure;
    int selected = -1;             ///< the curve whose parameters and info are shown; -1 = none
    std::optional<double> cursorX; ///< the cursor's x, if there is a cursor
    Lesson lesson;                 ///< empty: none
    /// The Deep network view's figure and settings when it was open; none: closed.
    std::optional<AnalysisRequest> analysis = {};
    /// The training lab's experiment or settings and the step it had reached when it was open; none: closed.
    std::optional<LabRequest> lab = {};
    bool operator==(const Session&) const = default;
};

/// The version this ActLab writes and the newest it reads.
inline constexpr int kSessionVersion = 5;
/// The value of "format".
inline constexpr char kSessionFormat[] = "actlab-session";
/// The file name extension, without the dot.
inline constexpr char kSessionSuffix[] = "actlab";

/// The session as indented JSON (UTF-8).
QByteArray sessionToJson(const Session& session);
/// Reads a session; on error returns nullopt and sets *error to the problem (no file name).
std::optional<Session> sessionFromJson(const QByteArray& bytes, QString* error = nullptr);
/// Reads the file; on error returns nullopt and sets *error to "FILE: problem" (FILE as given).
std::optional<Session> readSessionFile(const QString& path, QString* error = nullptr);
/// Writes the file atomically (QSaveFile): on failure the old file is untouched, false is returned and
/// *error is "cannot write FILE: reason".
bool writeSessionFile(const QString& path, const Session& session, QString* error = nullptr);

} // namespace actlab::plot
