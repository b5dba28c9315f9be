// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A preset's deep-network figure: the optional "analysis" member of a preset in presets.json,
///   "analysis": { "kind": "depth", "layers": 30, "sigmaW2": 1, "sigmaB2": 0, "qIn": 1,
///                 "monteCarlo": true, "width": 200, "batch": 64, "seed": 1, "at": [1, 15, 30] }
/// ("kind" required: depth, histograms, selu-map or phase; the others default as AnalysisSettings).
/// `actlab plot --preset NAME` draws it, and the window opens its Deep network view on it. Read and
/// written with the rest of the preset schema, in presets.cpp.
#include "plot/analysis_data.hpp"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace actlab::plot {

struct AnalysisRequest {
    AnalysisKind kind = AnalysisKind::Depth;
    AnalysisSettings settings;

    bool operator==(const AnalysisRequest&) const = default;
};

/// Strict as figureSpecFromJson: a field of the wrong type or out of range is an error naming it
/// ("\"analysis\": \"layers\" must be a whole number from 1 to 200, not 0"); unknown keys are ignored.
std::optional<AnalysisRequest> analysisFromJson(const QJsonObject& object, QString* error = nullptr);
/// Every field written; reads back == (numbers as the schema writes them, bit for bit).
QJsonObject analysisToJson(const AnalysisRequest& request);
/// The analysis of a preset ("vanishing-gradients": depth), or nullopt (no such preset, or none).
std::optional<AnalysisRequest> presetAnalysis(const QString& name);

} // namespace actlab::plot
