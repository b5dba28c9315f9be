// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A slider for one parameter of one curve of the document, used by the parameter editor and by
/// presentation mode alike: its range and log switch are the document's slider range, an integer
/// parameter moves in whole steps, a drag is one undo step, and a refused value puts the slider back.
#include "plot/figure_spec.hpp"

#include <QSlider>

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

using actlab::plot::SliderRange;

/// Slider position (0..steps) ↔ value, linear or logarithmic, with values rounded to the slider's resolution.
double sliderPositionToValue(const SliderRange& range, int position, int steps);
int valueToSliderPosition(const SliderRange& range, double value, int steps);

class ParameterSlider : public QSlider {
    Q_OBJECT
  public:
    static constexpr int kSteps = 1000; ///< positions of a continuous parameter's slider

    ParameterSlider(actlab::document::Document* document, int curve, int index, QWidget* parent = nullptr);

    int curve() const { return m_curve; }
    int index() const { return m_index; }
    /// Takes the document's slider range (and the integer steps) again.
    void syncRange();
    /// Moves to the document's value, unless the slider already stands for it.
    void syncValue();

  signals:
    /// The user pressed the slider (a drag begins) or released it.
    void dragStarted();
    void dragFinished();
    /// The document took the value (accepted) or refused it, saying why (the slider went back).
    void accepted();
    void refused(const QString& error);

  private:
    void onMoved(int position);

    actlab::document::Document* m_document;
    int m_curve;
    int m_index;
};

} // namespace actlab::explorer
