// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Plays one parameter of the document between two values — once, in a loop or back and forth, at a
/// chosen duration per sweep — on one curve or on every curve that has the parameter (linked), through
/// the Document: the whole play is one gesture, so one undo step restores the parameter exactly. While
/// it plays the plot redraws only the moving curve, as during a slider drag. The values are those of
/// `actlab plot --animate` (actlab::plot::animationValueAt()).
#include "plot/animation.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QMenu;
class QWidget;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class PlotView;

class ParameterAnimator : public QObject {
    Q_OBJECT
  public:
    /// `view` may be null (no fast redraw).
    ParameterAnimator(actlab::document::Document* document, PlotView* view, QObject* parent = nullptr);
    ~ParameterAnimator() override;

    /// How the play buttons play: the mode, seconds per sweep, and whether every curve with the
    /// parameter plays along (linked).
    actlab::plot::AnimationMode mode() const { return m_mode; }
    void setMode(actlab::plot::AnimationMode mode) { m_mode = mode; }
    double duration() const { return m_duration; }
    void setDuration(double seconds) { m_duration = seconds > 0 ? seconds : 1; }
    bool linked() const { return m_linked; }
    void setLinked(bool on) { m_linked = on; }
    /// A menu of those settings for a play button (owned by `parent`).
    QMenu* createSettingsMenu(QWidget* parent);

    /// Plays `animation` over `duration` seconds per sweep. Refused (false, *error set) when
    /// animationProblem() says why, or when the document is in a gesture already. A running play stops
    /// first.
    bool start(const actlab::plot::Animation& animation, double duration, QString* error = nullptr);
    /// Plays parameter `index` of curve `row` across its slider's range (geometric on a log slider) with
    /// the settings above. Starting the one that plays stops it instead (the play button's toggle).
    bool toggle(int row, int index, QString* error = nullptr);
    /// Ends the play where it is: one undo step ("Animate α").
    void stop();

    bool isPlaying() const { return m_playing; }
    const actlab::plot::Animation& animation() const { return m_animation; }
    /// Whether parameter `index` of curve `row` is what plays.
    bool isPlaying(int row, int index) const;

    /// Sets the parameters for `seconds` after the start (the timer calls it; tests step it). A play in
    /// once mode stops at the end.
    void advanceTo(double seconds);

  signals:
    void started();
    void stopped();

  private:
    void tick();

    // Both are the window's, and may go before the animator when the window closes while it plays.
    QPointer<actlab::document::Document> m_document;
    QPointer<PlotView> m_view;
    QTimer m_timer;
    QElapsedTimer m_clock;
    actlab::plot::Animation m_animation;
    actlab::plot::AnimationMode m_mode = actlab::plot::AnimationMode::Bounce;
    double m_duration = 3;
    double m_playDuration = 3;
    bool m_linked = false;
    bool m_playing = false;
    bool m_dragging = false; ///< the plot view is in its one-curve redraw
    int m_row = -1;          ///< the curve whose button started the play
    int m_index = -1;
};

} // namespace actlab::explorer
