// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The one document behind the explorer window: the figure (curves with their parameters, palette
/// slots or colours, labels, sliders; ranges, subplots, legend, grid, titles) and the explorer's own
/// state (the selected curve, the cursor). Every panel reads it and changes it only through it; every
/// change is one step on its undo stack (a slider drag or a pan is one gesture, repeated spin-box steps
/// on one parameter merge) and is announced by a signal that says what changed.
#include "document/document_change.hpp"

#include "plot/figure_spec.hpp"
#include "plot/lesson.hpp"
#include "plot/session_file.hpp"

#include <QObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

class QUndoStack;

namespace actlab::document {

/// A selection for reset(): the first curve with parameters, as when a preset is loaded (so that the
/// parameter panel has sliders to show).
inline constexpr int kDefaultSelection = -2;

/// The figure a new session starts with: ReLU, Leaky ReLU (α = 0.1) and GELU over [−5, 5] with f′.
actlab::plot::FigureSpec startFigure();

/// What an undo step restores: the figure, the selection, the home view (the ranges Reset view
/// returns to) and the lesson. The cursor and the lesson step shown are not part of it: undo never
/// moves the cursor.
struct DocumentState {
    actlab::plot::FigureSpec figure;
    int selected = -1;
    double homeXMin = -5;
    double homeXMax = 5;
    std::array<std::optional<actlab::plot::Range>, 3> homeY{};
    actlab::plot::Lesson lesson;

    bool operator==(const DocumentState&) const = default;
};

class Document : public QObject {
    Q_OBJECT
  public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const actlab::plot::FigureSpec& figure() const { return m_state.figure; }
    const DocumentState& state() const { return m_state; }
    int count() const { return static_cast<int>(m_state.figure.curves.size()); }
    const actlab::plot::CurveSpec& curve(int row) const;
    /// What a curve draws, its catalogue entry or its formula (checked when curves enter the document).
    /// The spans it returns (parameters()) live as long as the curve.
    actlab::CurveFunction function(int row) const;
    /// The label shown for a curve: the typed one, or the automatic one.
    QString label(int row) const;
    actlab::plot::SliderRange slider(int row, int index) const;

    int selected() const { return m_state.selected; }
    void setSelected(int row);
    /// The cursor's x (nullopt: no cursor).
    std::optional<double> cursorX() const { return m_cursorX; }
    void setCursorX(std::optional<double> x);

    /// The Deep network view's figure and settings while it is open (the view keeps this up to date), or
    /// none. Not an undo step and not an unsaved change: saved with the session, and taken into a lesson
    /// step by addStep() and updateStep().
    const std::optional<actlab::plot::AnalysisRequest>& analysis() const { return m_analysis; }
    void setAnalysis(std::optional<actlab::plot::AnalysisRequest> analysis);
    /// The training lab's experiment or settings and the step it has reached while its window is open (the
    /// lab keeps this up to date), or none. As analysis(): not an undo step and not an unsaved change (a
    /// lab that trains on would otherwise make every session unsaved at once); saved with the session, and
    /// taken into a lesson step by addStep() and updateStep().
    const std::optional<actlab::plot::LabRequest>& lab() const { return m_lab; }
    void setLab(std::optional<actlab::plot::LabRequest> lab);

    QUndoStack* undoStack() const { return m_undo; }

    const actlab::plot::Lesson& lesson() const { return m_state.lesson; }
    int stepCount() const { return static_cast<int>(m_state.lesson.steps.size()); }
    /// The lesson step shown last (-1: none since the document opened or the view changed by hand is
    /// not tracked: it is where Next and Previous go from).
    int currentStep() const { return m_step; }
    /// The session as it would be saved: figure, selection, cursor, lesson, Deep network view and lab.
    actlab::plot::Session session() const;

    // ----- Changes: each is one undo step; a refused one returns false (or -1) and sets *error. -----

    /// Replaces the whole figure (a preset): ranges become the home view, curves without colour get
    /// palette slots in order, the first curve with parameters is selected. Undoable.
    bool load(actlab::plot::FigureSpec figure, const QString& what, QString* error = nullptr);
    /// Starts afresh from this figure, selection (-1: none; kDefaultSelection) and cursor (a new or
    /// opened file): not undoable, the undo history is cleared and the document is clean.
    bool reset(actlab::plot::FigureSpec figure, int selected, std::optional<double> cursorX,
               QString* error = nullptr);
    /// reset() from a saved session, its lesson included.
    bool open(const actlab::plot::Session& session, QString* error = nullptr);

    /// Adds a catalogue function with its defaults and the next free palette slot, selects it; its row.
    int addCurve(const QString& id);
    /// Adds a typed formula (from plot::parseCurveFormula) with its defaults, as addCurve(); its row.
    int addFormula(const actlab::plot::CurveFormula& formula);
    /// Retypes a formula curve: parameters of the same name keep their values and sliders, new ones
    /// start at 1. Refused (false, *error) for a catalogue curve or an empty formula. Undoable.
    bool setFormula(int row, const actlab::plot::CurveFormula& formula, QString* error = nullptr);
    /// Inserts a fully given curve at `row` (clamped); its row, or -1 if its id or parameters are refused.
    int insertCurve(int row, actlab::plot::CurveSpec curve, QString* error = nullptr);
    int duplicateCurve(int row);
    void removeCurve(int row);
    bool moveCurve(int from, int to);

    /// Parameter values: validated by the core; a refused value leaves the curve unchanged. A slider
    /// whose range does not hold the new value is widened. `mergeable`: repeated calls for the same
    /// curve and parameter (spin-box arrow steps) become one undo step.
    bool setParams(int row, const std::vector<double>& params, QString* error = nullptr);
    bool setParam(int row, int index, double value, QString* error = nullptr, bool mergeable = false);
    /// The slider of one parameter; refuses NaN, min ≥ max, ends outside the declared range, and a log
    /// scale without a positive minimum. A value outside the new range moves onto its nearest end.
    bool setSlider(int row, int index, actlab::plot::SliderRange range, QString* error = nullptr);
    /// An empty (or blank) label returns to the automatic one.
    void setLabel(int row, const QString& label);
    /// An invalid colour returns the curve to a palette slot.
    void setColor(int row, const QColor& color);
    void setVisible(int row, bool visible);

    /// The visible x range; refused when the plot cannot draw it. Consecutive calls within a short
    /// time (wheel zoom) merge into one undo step.
    bool setXRange(double lo, double hi, QString* error = nullptr);
    /// Fixed y range of one subplot, or nullopt to autoscale.
    bool setYRange(int order, std::optional<actlab::plot::Range> range, QString* error = nullptr);
    /// Back to the home ranges.
    void resetView();

    void setShowDerivative(bool on);
    void setShowSecond(bool on);
    void setGallery(bool on);
    /// A legend position or "none".
    void setLegend(const QString& position);
    void setGrid(bool on);
    void setZeroLines(bool on);
    void setTitle(const QString& title);

    // ----- The lesson: each change is one undo step. -----

    /// Adds the current view (figure, selection, cursor) as a step after the current one (at the end
    /// when there is none) and makes it current; its index.
    int addStep(const QString& title);
    /// Replaces a step's snapshot by the current view, keeping its title and note.
    void updateStep(int index);
    void removeStep(int index);
    bool moveStep(int from, int to);
    void setStepTitle(int index, const QString& title);
    void setStepNote(int index, const QString& note);
    void setLessonTitle(const QString& title);
    /// Shows a step: its figure, selection and cursor (one undo step), and asks for its Deep network view
    /// and lab (analysisRequested, labRequested); false for a bad index.
    bool goToStep(int index);

    /// Between beginGesture() and endGesture() changes are applied and announced at once but become a
    /// single undo step (a slider drag, a pan). Gestures nest; only the outermost one counts.
    void beginGesture();
    void endGesture(const QString& what);
    bool inGesture() const { return m_gestureDepth > 0; }

    /// Applies a state and announces `change` (the undo stack's commands call this).
    void apply(const DocumentState& state, const Change& change);

  signals:
    /// A session was opened or a lesson step shown with the Deep network view's settings: the window
    /// opens the view on them.
    void analysisRequested(const actlab::plot::AnalysisRequest& request);
    /// A session was opened or a lesson step shown with the training lab's settings: the window opens the
    /// lab on them.
    void labRequested(const actlab::plot::LabRequest& request);
    void curveAboutToBeInserted(int row);
    void curveInserted(int row);
    void curveAboutToBeRemoved(int row);
    void curveRemoved(int row);
    void curveAboutToBeMoved(int from, int to);
    void curveMoved(int from, int to);
    /// `parts` is a set of CurvePart flags.
    void curveChanged(int row, unsigned parts);
    void viewChanged();
    void layoutChanged();
    void aboutToReset();
    void wasReset();
    void selectionChanged(int row);
    void cursorChanged(double x);
    /// The lesson's steps, titles or notes changed (also after a reset).
    void lessonChanged();
    void currentStepChanged(int index);

  private:
    /// Makes `next` the state as one undo step (or part of the running gesture).
    void commit(DocumentState next, const Change& change, const QString& what, int mergeId = -1,
                int mergeKey = 0);
    bool validRow(int row) const { return row >= 0 && row < count(); }
    actlab::plot::CurveSpec& curveIn(DocumentState& state, int row) const;
    /// The palette slot least in use (the first such), for a new curve.
    int freeSlot() const;
    /// Fills in sliders, widening them to hold the values; nullopt if the id or parameters are refused.
    std::optional<QString> normalise(actlab::plot::CurveSpec& curve) const;

    bool resetTo(DocumentState next, std::optional<double> cursorX);
    void setCurrentStep(int index);
    bool validStep(int index) const { return index >= 0 && index < stepCount(); }

    DocumentState m_state;
    std::optional<double> m_cursorX;
    std::optional<actlab::plot::AnalysisRequest> m_analysis;
    std::optional<actlab::plot::LabRequest> m_lab;
    int m_step = -1;
    QUndoStack* m_undo = nullptr;
    int m_gestureDepth = 0;
    DocumentState m_gestureStart;
    std::optional<Change> m_gestureChange;
};

} // namespace actlab::document
