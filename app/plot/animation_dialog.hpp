// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// File ▸ Export animation…: parameter, from, to, frames, fps, mode, linear or log steps, linked curves
/// or the selected one alone, and the output (an animated .gif, or a frame pattern such as
/// frames/alpha-%03d.png); written by exportAnimation(), the code behind `actlab plot --animate`.
#include "plot/animation.hpp"
#include "plot/figure_spec.hpp"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace actlab::plot {

class AnimationDialog : public QDialog {
    Q_OBJECT
  public:
    /// `selected`: the curve whose first parameter is proposed (and which plays alone when "Only the
    /// selected curve" is ticked); -1 for none.
    AnimationDialog(const FigureSpec& spec, int selected, QWidget* parent = nullptr);

    /// The animation as edited (nullopt with *error when a number does not read).
    std::optional<Animation> animation(QString* error = nullptr) const;
    QString path() const;

    void setParameter(const QString& name);
    void setRange(double from, double to);
    void setFrames(int frames);
    void setFps(double fps);
    void setMode(AnimationMode mode);
    void setLog(bool on);
    void setSelectedOnly(bool on);
    void setPath(const QString& path);
    /// The message under the fields (empty when all is well).
    QString message() const;

    /// Writes the animation; on failure shows the error and returns false (the dialog stays open).
    bool exportNow();
    void accept() override;

  private:
    void onParameterChanged();
    void browse();

    FigureSpec m_spec;
    int m_selected = -1;
    QComboBox* m_parameter = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QSpinBox* m_frames = nullptr;
    QDoubleSpinBox* m_fps = nullptr;
    QComboBox* m_mode = nullptr;
    QCheckBox* m_log = nullptr;
    QCheckBox* m_selectedOnly = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_message = nullptr;
};

/// Shows the dialog for the figure; true when the animation was written.
bool showAnimationDialog(QWidget* parent, const FigureSpec& spec, int selected);

} // namespace actlab::plot
