// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The parameter editor of the document's selected curve: per parameter a slider and a spin box for
/// exact typing, an editable slider range, a log-scale switch and reset-to-default. Every value goes
/// through the document's validation; a refused value shows a message and leaves the curve unchanged.
/// A slider drag is one undo step; repeated arrow steps of a spin box merge into one.
#include <QAbstractSpinBox>
#include <QPointer>
#include <QWidget>

#include "explorer/parameter_slider.hpp"
#include "plot/figure_spec.hpp"

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class ParameterAnimator;

using actlab::plot::SliderRange;

/// A spin box that never clamps: the typed text is handed on as a number (NaN if it is not one) for
/// validation elsewhere; the arrows step by a nice increment.
class ParamSpinBox : public QAbstractSpinBox {
    Q_OBJECT
  public:
    explicit ParamSpinBox(QWidget* parent = nullptr);
    double value() const { return m_value; }
    /// Shows the value (no signal).
    void setValue(double value);
    void setStep(double step) { m_step = step; }
    void setBounds(double min, double max);
    void stepBy(int steps) override;
    QValidator::State validate(QString& input, int& pos) const override;
    QSize sizeHint() const override;

  signals:
    /// The user finished typing (Enter or focus out) or stepped (`stepped`); `text` is what was typed.
    void valueEntered(double value, const QString& text, bool stepped);

  protected:
    StepEnabled stepEnabled() const override;

  private:
    void onEditingFinished();

    double m_value = 0;
    double m_step = 0.1;
    double m_min = 0;
    double m_max = 1;
};

class ParameterEditor : public QWidget {
    Q_OBJECT
  public:
    static constexpr int kSliderSteps = ParameterSlider::kSteps;

    explicit ParameterEditor(actlab::document::Document* document, QWidget* parent = nullptr);

    /// The curve being edited: the document's selection (-1: none).
    int curve() const { return m_row; }
    int parameterCount() const { return static_cast<int>(m_rows.size()); }

    ParameterSlider* slider(int index) const { return m_rows.at(static_cast<std::size_t>(index)).slider; }
    ParamSpinBox* spinBox(int index) const { return m_rows.at(static_cast<std::size_t>(index)).spin; }
    QLineEdit* minEdit(int index) const { return m_rows.at(static_cast<std::size_t>(index)).minEdit; }
    QLineEdit* maxEdit(int index) const { return m_rows.at(static_cast<std::size_t>(index)).maxEdit; }
    QCheckBox* logSwitch(int index) const { return m_rows.at(static_cast<std::size_t>(index)).log; }
    QToolButton* resetButton(int index) const { return m_rows.at(static_cast<std::size_t>(index)).reset; }
    /// The play button of a parameter (null until setAnimator()): plays it across its slider.
    QToolButton* playButton(int index) const { return m_rows.at(static_cast<std::size_t>(index)).play; }
    /// Gives every parameter row a play button driven by `animator` (its arrow: the play settings).
    void setAnimator(ParameterAnimator* animator);
    /// The message shown under a parameter (empty when all is well).
    QString message(int index) const;
    /// The label that shows it.
    QLabel* messageLabel(int index) const { return m_rows.at(static_cast<std::size_t>(index)).message; }

  signals:
    /// A slider of this editor is pressed (a drag begins) or released.
    void sliderDragStarted();
    void sliderDragFinished();
    /// A message appeared under a parameter or went away: the editor now needs a different height.
    void messageToggled();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    struct Row {
        QWidget* box = nullptr;
        ParameterSlider* slider = nullptr;
        ParamSpinBox* spin = nullptr;
        QLineEdit* minEdit = nullptr;
        QLineEdit* maxEdit = nullptr;
        QCheckBox* log = nullptr;
        QToolButton* reset = nullptr;
        QToolButton* play = nullptr;
        QLabel* message = nullptr;
    };

    void rebuild();
    void syncPlayButtons();
    void syncRow(int index);
    void syncRange(int index);
    void showMessage(int index, const QString& text);
    /// Scrolls the message just shown into view once the layouts have given it its wrapped height.
    void revealMessage();
    void onSpin(int index, double value, const QString& text, bool stepped);
    void onRangeEdited(int index);
    void onLogToggled(int index, bool on);
    void onReset(int index);

    actlab::document::Document* m_document;
    int m_row = -1;
    std::vector<Row> m_rows;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
    QScrollArea* m_scroll = nullptr;
    /// The message revealMessage() still has to bring into view (a QWidget: the event filter sees it while
    /// it is being destroyed, when it is no longer a QLabel).
    QPointer<QWidget> m_revealing;
    QVBoxLayout* m_bodyLayout = nullptr;
    QToolButton* m_resetAll = nullptr;
    ParameterAnimator* m_animator = nullptr;
};

} // namespace actlab::explorer
