// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The training lab while presenting (issue 11 with issue 9's presentation mode). The lab fills the
/// presentation's screen, full screen over the slides, with its figure's fonts, lines and dots, the unit
/// grid and the controls' font scaled by the presentation's scale (Ctrl+= and Ctrl+− change it from the
/// lab too) and its settings column folded away, so that the figure dominates: Play, Step, Reset and the
/// speed stay in the bar (*Settings* unfolds the column). The lab has the keys: Space plays and pauses,
/// and while the lesson has steps the clicker's keys step it (→ or PgDn, ← or PgUp, Home, End); a step
/// without the lab closes it, so that the slide shows. Esc or closing the lab returns to the
/// presentation. Leaving presentation mode gives the lab back its window, size, settings and fonts.
#include <QObject>
#include <QRect>

#include <array>
#include <initializer_list>

class QAction;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class Presentation;
class TrainingLab;

class LabPresentation : public QObject {
    Q_OBJECT
  public:
    /// `scaleActions` (Presentation larger / smaller) are added to the lab, so that their keys work there.
    LabPresentation(TrainingLab* lab, Presentation* presentation, actlab::document::Document* document,
                    std::initializer_list<QAction*> scaleActions);

    /// Shows the lab, raised and active: presenting, full screen on the presentation's screen; otherwise
    /// as a window of its own.
    void show();
    /// Whether the lab is presented now.
    bool isPresenting() const { return m_presenting; }
    /// The lab's keys while presented: next, previous, first and last step, and back to the presentation.
    enum Key { Next, Previous, First, Last, Back };
    QAction* key(Key which) const { return m_keys[static_cast<std::size_t>(which)]; }

  private:
    void enter();
    void leave();
    void backToPresentation();
    void syncKeys();

    TrainingLab* m_lab;
    Presentation* m_presentation;
    actlab::document::Document* m_document;
    bool m_presenting = false;
    QRect m_normalGeometry;
    bool m_wasMaximized = false;
    bool m_settingsWereShown = true;
    std::array<QAction*, 5> m_keys{};
};

} // namespace actlab::explorer
