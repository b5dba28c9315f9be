// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/parameter_slider.hpp"

#include "common/qt_text.hpp"
#include "document/document.hpp"

#include "actlab/activation.hpp"

#include <QSignalBlocker>
#include <QString>

#include <algorithm>
#include <cmath>

namespace actlab::explorer {

namespace {

/// Rounds v to a multiple of the largest power of ten not above `resolution`, if that stays in [lo, hi].
double roundToResolution(double v, double resolution, double lo, double hi) {
    if (!(resolution > 0) || !std::isfinite(v)) return v;
    const double unit = std::pow(10.0, std::floor(std::log10(resolution)));
    const double rounded = std::round(v / unit) * unit;
    // Strip representation noise (0.30000000000000004 → 0.3) through a short decimal round trip.
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(unit))), 0, 17);
    const double clean = QString::number(rounded, 'f', decimals).toDouble();
    return (clean >= lo && clean <= hi) ? clean : v;
}

} // namespace

double sliderPositionToValue(const SliderRange& r, int position, int steps) {
    if (position <= 0) return r.lo;
    if (position >= steps) return r.hi;
    const double t = static_cast<double>(position) / steps;
    if (r.log && r.lo > 0) {
        const double v = std::exp(std::log(r.lo) + t * (std::log(r.hi) - std::log(r.lo)));
        const double clamped = std::clamp(v, r.lo, r.hi);
        return roundToResolution(clamped, clamped * (std::log(r.hi / r.lo) / steps), r.lo, r.hi);
    }
    const double v = std::clamp(r.lo + t * (r.hi - r.lo), r.lo, r.hi);
    return roundToResolution(v, (r.hi - r.lo) / steps, r.lo, r.hi);
}

int valueToSliderPosition(const SliderRange& r, double value, int steps) {
    if (!(r.hi > r.lo) || std::isnan(value)) return 0;
    double t = 0;
    if (r.log && r.lo > 0 && value > 0)
        t = (std::log(value) - std::log(r.lo)) / (std::log(r.hi) - std::log(r.lo));
    else
        t = (value - r.lo) / (r.hi - r.lo);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * steps));
}

ParameterSlider::ParameterSlider(actlab::document::Document* document, int curve, int index, QWidget* parent)
    : QSlider(Qt::Horizontal, parent), m_document(document), m_curve(curve), m_index(index) {
    setTracking(true);
    connect(this, &QSlider::valueChanged, this, &ParameterSlider::onMoved);
    connect(this, &QSlider::sliderPressed, this, [this] {
        m_document->beginGesture(); // the whole drag is one undo step
        emit dragStarted();
    });
    connect(this, &QSlider::sliderReleased, this, [this] {
        emit dragFinished();
        const auto& spec = m_document->function(m_curve).parameters()[static_cast<std::size_t>(m_index)];
        m_document->endGesture(
            tr("Drag %1 of %2").arg(common::toQString(spec.symbol), m_document->label(m_curve)));
    });
    syncRange();
    syncValue();
}

void ParameterSlider::syncRange() {
    const auto& spec = m_document->function(m_curve).parameters()[static_cast<std::size_t>(m_index)];
    const SliderRange r = m_document->slider(m_curve, m_index);
    const QSignalBlocker block(this);
    if (spec.integer) {
        setRange(static_cast<int>(std::ceil(r.lo)), static_cast<int>(std::floor(r.hi)));
        setSingleStep(1);
        setPageStep(1);
    } else {
        setRange(0, kSteps);
        setSingleStep(10);
        setPageStep(100);
    }
}

void ParameterSlider::syncValue() {
    const auto& spec = m_document->function(m_curve).parameters()[static_cast<std::size_t>(m_index)];
    const double v = m_document->curve(m_curve).params[static_cast<std::size_t>(m_index)];
    const SliderRange range = m_document->slider(m_curve, m_index);
    // A slider already standing for the value stays where the user put it.
    if (!spec.integer && sliderPositionToValue(range, value(), kSteps) == v) return;
    const QSignalBlocker block(this);
    if (spec.integer)
        setValue(static_cast<int>(std::lround(v)));
    else
        setValue(valueToSliderPosition(range, v, kSteps));
}

void ParameterSlider::onMoved(int position) {
    const auto& spec = m_document->function(m_curve).parameters()[static_cast<std::size_t>(m_index)];
    const double v = spec.integer
                         ? static_cast<double>(position)
                         : sliderPositionToValue(m_document->slider(m_curve, m_index), position, kSteps);
    QString error;
    if (m_document->setParam(m_curve, m_index, v, &error)) {
        emit accepted();
    } else {
        syncValue(); // back to the value the curve still has
        emit refused(error);
    }
}

} // namespace actlab::explorer
