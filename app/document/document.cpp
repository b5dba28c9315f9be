// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.hpp"

#include "document/state_command.hpp"
#include "plot/axis_range.hpp"
#include "plot/curve_label.hpp"
#include "plot/data_words.hpp"
#include "plot/legend_position.hpp"
#include "plot/presets.hpp"

#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"
#include "plot/theme.hpp"

#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>

namespace actlab::document {

using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;
using actlab::plot::Range;
using actlab::plot::SliderRange;

namespace {

using common::numberText;
using common::toQString;

constexpr int kPaletteSlots = actlab::plot::Theme::kPaletteSize;

std::size_t at(int i) {
    return static_cast<std::size_t>(i);
}

bool refuse(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

} // namespace

FigureSpec startFigure() {
    FigureSpec spec;
    spec.setDerivatives(1);
    for (auto [id, params] :
         {std::pair{"relu", std::vector<double>{}}, std::pair{"leaky_relu", std::vector{0.1}},
          std::pair{"gelu", std::vector<double>{}}}) {
        CurveSpec curve;
        curve.id = QString::fromLatin1(id);
        curve.params = params;
        spec.curves.push_back(curve);
    }
    return spec;
}

Document::Document(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

Document::~Document() {
    // The stack's commands point back here: clear it while the document is still whole.
    m_undo->disconnect();
    m_undo->clear();
}

const CurveSpec& Document::curve(int row) const {
    return m_state.figure.curves.at(at(row));
}

CurveSpec& Document::curveIn(DocumentState& state, int row) const {
    return state.figure.curves.at(at(row));
}

actlab::CurveFunction Document::function(int row) const {
    return *actlab::plot::functionOf(curve(row));
}

QString Document::label(int row) const {
    return actlab::plot::curveLabel(curve(row));
}

SliderRange Document::slider(int row, int index) const {
    return actlab::plot::sliderOf(curve(row), function(row), index);
}

void Document::setSelected(int row) {
    if (!validRow(row)) row = -1;
    if (row == m_state.selected) return;
    m_state.selected = row;
    emit selectionChanged(row);
}

void Document::setCursorX(std::optional<double> x) {
    if (x && !std::isfinite(*x)) x.reset();
    if (x == m_cursorX) return;
    m_cursorX = x;
    emit cursorChanged(x ? *x : std::nan(""));
}

// ----- state changes ---------------------------------------------------------------------------------

void Document::apply(const DocumentState& state, const Change& change) {
    const int oldSelected = m_state.selected;
    switch (change.kind) {
    case Change::Insert:
        emit curveAboutToBeInserted(change.row);
        m_state = state;
        emit curveInserted(change.row);
        break;
    case Change::Remove:
        emit curveAboutToBeRemoved(change.row);
        m_state = state;
        emit curveRemoved(change.row);
        break;
    case Change::Move:
        emit curveAboutToBeMoved(change.row, change.to);
        m_state = state;
        emit curveMoved(change.row, change.to);
        break;
    case Change::Curve:
        m_state = state;
        emit curveChanged(change.row, change.parts);
        break;
    case Change::View:
        m_state = state;
        emit viewChanged();
        break;
    case Change::Layout:
        m_state = state;
        emit layoutChanged();
        break;
    case Change::Lesson:
        m_state = state;
        if (m_step >= stepCount()) setCurrentStep(stepCount() - 1);
        emit lessonChanged();
        break;
    case Change::Reset:
        emit aboutToReset();
        m_state = state;
        if (m_step >= stepCount()) setCurrentStep(stepCount() - 1);
        emit wasReset();
        emit lessonChanged();
        break;
    }
    // After a structural change the selected row may hold another curve even where its number stayed.
    const bool structural = change.kind != Change::Curve && change.kind != Change::View &&
                            change.kind != Change::Layout && change.kind != Change::Lesson;
    if (m_state.selected != oldSelected || structural) emit selectionChanged(m_state.selected);
}

void Document::commit(DocumentState next, const Change& change, const QString& what, int mergeId,
                      int mergeKey) {
    if (m_gestureDepth > 0) {
        m_gestureChange = m_gestureChange ? m_gestureChange->merged(change) : change;
        apply(next, change);
        return;
    }
    if (next == m_state) return;
    m_undo->push(new StateCommand(this, m_state, std::move(next), change, what, mergeId, mergeKey, false));
}

void Document::beginGesture() {
    if (m_gestureDepth++ > 0) return;
    m_gestureStart = m_state;
    m_gestureChange.reset();
}

void Document::endGesture(const QString& what) {
    if (m_gestureDepth == 0 || --m_gestureDepth > 0) return;
    if (!m_gestureChange || m_state == m_gestureStart) return;
    m_undo->push(new StateCommand(this, m_gestureStart, m_state, *m_gestureChange, what, NoMerge, 0,
                                  /*applied=*/true));
    m_gestureChange.reset();
}

// ----- whole figures ---------------------------------------------------------------------------------

std::optional<QString> Document::normalise(CurveSpec& curve) const {
    const auto function = actlab::plot::functionOf(curve);
    if (!function) return tr("unknown function \u201c%1\u201d").arg(curve.id);
    const QString name = actlab::plot::functionName(*function);
    const int n = static_cast<int>(function->parameters().size());
    if (curve.params.empty()) curve.params = function->defaults();
    if (static_cast<int>(curve.params.size()) != n)
        return tr("%1 takes %2 parameters, not %3").arg(name).arg(n).arg(curve.params.size());
    if (const auto problem = function->validate(curve.params))
        return tr("%1: %2").arg(name, common::translated(problem->text));
    if (static_cast<int>(curve.sliders.size()) != n) {
        curve.sliders.clear();
        for (int i = 0; i < n; ++i)
            curve.sliders.push_back(actlab::plot::defaultSliderRange(*function, i));
    }
    for (int i = 0; i < n; ++i) { // a slider always holds its value
        auto& r = curve.sliders[at(i)];
        const double v = curve.params[at(i)];
        r.lo = std::min(r.lo, v);
        r.hi = std::max(r.hi, v);
        if (r.log && !(r.lo > 0)) r.log = false;
    }
    if (curve.label.trimmed().isEmpty()) curve.label.clear();
    return std::nullopt;
}

namespace {

/// The state a figure opens in: curves checked, palette slots in order, the first curve with
/// parameters selected, its ranges as the home view.
std::optional<DocumentState> openedState(FigureSpec figure, QString* error,
                                         const std::function<std::optional<QString>(CurveSpec&)>& normalise) {
    DocumentState state;
    for (std::size_t i = 0; i < figure.curves.size(); ++i) {
        auto& c = figure.curves[i];
        if (const auto problem = normalise(c)) {
            if (error) *error = *problem;
            return std::nullopt;
        }
        if (!c.color.isValid() && c.slot < 0) c.slot = static_cast<int>(i);
    }
    state.homeXMin = figure.xMin;
    state.homeXMax = figure.xMax;
    state.homeY = figure.yRange;
    state.selected = figure.curves.empty() ? -1 : 0;
    for (std::size_t i = 0; i < figure.curves.size(); ++i)
        if (!actlab::plot::functionOf(figure.curves[i])->parameters().empty()) {
            state.selected = static_cast<int>(i);
            break;
        }
    state.figure = std::move(figure);
    return state;
}

} // namespace

bool Document::load(FigureSpec figure, const QString& what, QString* error) {
    auto next = openedState(std::move(figure), error, [this](CurveSpec& c) { return normalise(c); });
    if (!next) return false;
    next->lesson = m_state.lesson; // a preset replaces the figure, not the lesson
    commit(std::move(*next), {Change::Reset}, what);
    return true;
}

bool Document::reset(FigureSpec figure, int selected, std::optional<double> cursorX, QString* error) {
    auto next = openedState(std::move(figure), error, [this](CurveSpec& c) { return normalise(c); });
    if (!next) return false;
    if (selected >= -1 && selected < static_cast<int>(next->figure.curves.size())) next->selected = selected;
    return resetTo(std::move(*next), cursorX);
}

bool Document::open(const actlab::plot::Session& session, QString* error) {
    auto next = openedState(session.figure, error, [this](CurveSpec& c) { return normalise(c); });
    if (!next) return false;
    if (session.selected >= -1 && session.selected < static_cast<int>(next->figure.curves.size()))
        next->selected = session.selected;
    for (std::size_t i = 0; i < session.lesson.steps.size(); ++i) { // a step must open as its figure would
        QString problem;
        if (!openedState(session.lesson.steps[i].figure, &problem,
                         [this](CurveSpec& c) { return normalise(c); })) {
            if (error) *error = tr("lesson step %1: %2").arg(i + 1).arg(problem);
            return false;
        }
    }
    next->lesson = session.lesson;
    resetTo(std::move(*next), session.cursorX);
    // A session saved on one of its steps' views opens at that step: Next goes on from there.
    for (std::size_t i = 0; i < session.lesson.steps.size(); ++i)
        if (session.lesson.steps[i].figure == session.figure) {
            setCurrentStep(static_cast<int>(i));
            break;
        }
    m_analysis = session.analysis;
    if (m_analysis) emit analysisRequested(*m_analysis);
    m_lab = session.lab;
    if (m_lab) {
        // A session reopens the lab where it was, paused there: it was saved at that moment.
        m_lab->play = false;
        emit labRequested(*m_lab);
    }
    return true;
}

void Document::setAnalysis(std::optional<actlab::plot::AnalysisRequest> analysis) {
    m_analysis = std::move(analysis);
}

void Document::setLab(std::optional<actlab::plot::LabRequest> lab) {
    m_lab = std::move(lab);
}

bool Document::resetTo(DocumentState next, std::optional<double> cursorX) {
    m_gestureDepth = 0;
    m_undo->clear();
    setCurrentStep(-1);
    apply(next, {Change::Reset});
    m_undo->setClean();
    setCursorX(cursorX);
    return true;
}

actlab::plot::Session Document::session() const {
    return {m_state.figure, m_state.selected, m_cursorX, m_state.lesson, m_analysis, m_lab};
}

// ----- the lesson ------------------------------------------------------------------------------------

void Document::setCurrentStep(int index) {
    if (index == m_step) return;
    m_step = index;
    emit currentStepChanged(index);
}

int Document::addStep(const QString& title) {
    DocumentState next = m_state;
    auto& steps = next.lesson.steps;
    const int position = validStep(m_step) ? m_step + 1 : stepCount();
    steps.insert(
        steps.begin() + position,
        actlab::plot::LessonStep{title, {}, m_state.figure, m_state.selected, m_cursorX, m_analysis, m_lab});
    commit(std::move(next), {Change::Lesson}, tr("Add step \u201c%1\u201d").arg(title));
    setCurrentStep(position);
    return position;
}

void Document::updateStep(int index) {
    if (!validStep(index)) return;
    DocumentState next = m_state;
    auto& step = next.lesson.steps[at(index)];
    step.figure = m_state.figure;
    step.selected = m_state.selected;
    step.cursorX = m_cursorX;
    step.analysis = m_analysis;
    step.lab = m_lab;
    commit(std::move(next), {Change::Lesson}, tr("Update step \u201c%1\u201d").arg(step.title));
}

void Document::removeStep(int index) {
    if (!validStep(index)) return;
    DocumentState next = m_state;
    const QString title = next.lesson.steps[at(index)].title;
    next.lesson.steps.erase(next.lesson.steps.begin() + index);
    commit(std::move(next), {Change::Lesson}, tr("Remove step \u201c%1\u201d").arg(title));
    if (m_step > index) setCurrentStep(m_step - 1);
}

bool Document::moveStep(int from, int to) {
    if (!validStep(from) || !validStep(to) || from == to) return false;
    DocumentState next = m_state;
    auto& steps = next.lesson.steps;
    auto step = steps[at(from)];
    steps.erase(steps.begin() + from);
    steps.insert(steps.begin() + to, step);
    commit(std::move(next), {Change::Lesson}, tr("Move step \u201c%1\u201d").arg(step.title));
    if (m_step == from) setCurrentStep(to);
    return true;
}

void Document::setStepTitle(int index, const QString& title) {
    if (!validStep(index)) return;
    DocumentState next = m_state;
    next.lesson.steps[at(index)].title = title;
    commit(std::move(next), {Change::Lesson}, tr("Rename step to \u201c%1\u201d").arg(title));
}

void Document::setStepNote(int index, const QString& note) {
    if (!validStep(index)) return;
    DocumentState next = m_state;
    next.lesson.steps[at(index)].note = note;
    commit(std::move(next), {Change::Lesson},
           tr("Edit the note of \u201c%1\u201d").arg(next.lesson.steps[at(index)].title));
}

void Document::setLessonTitle(const QString& title) {
    DocumentState next = m_state;
    next.lesson.title = title;
    commit(std::move(next), {Change::Lesson}, tr("Rename the lesson"));
}

bool Document::goToStep(int index) {
    if (!validStep(index)) return false;
    const auto& step = m_state.lesson.steps[at(index)];
    QString error;
    auto next = openedState(step.figure, &error, [this](CurveSpec& c) { return normalise(c); });
    if (!next) return false;
    if (step.selected >= -1 && step.selected < static_cast<int>(next->figure.curves.size()))
        next->selected = step.selected;
    next->lesson = m_state.lesson;
    const std::optional<double> cursor = step.cursorX;
    const std::optional<actlab::plot::AnalysisRequest> analysis = step.analysis;
    const std::optional<actlab::plot::LabRequest> lab = step.lab;
    commit(std::move(*next), {Change::Reset}, tr("Go to step %1: %2").arg(index + 1).arg(step.title));
    setCurrentStep(index);
    if (cursor) setCursorX(cursor);
    if (analysis) {
        m_analysis = analysis;
        emit analysisRequested(*analysis);
    }
    if (lab) {
        m_lab = lab;
        emit labRequested(*lab);
    }
    return true;
}

// ----- curves ----------------------------------------------------------------------------------------

int Document::freeSlot() const {
    std::array<int, kPaletteSlots> uses{};
    for (const auto& c : m_state.figure.curves)
        if (!c.color.isValid() && c.slot >= 0) ++uses[at(c.slot % kPaletteSlots)];
    // The first colour used least often: in order while the palette lasts, then round again with the
    // next dash pattern (slot 8 is the first colour dashed; see Theme::lineStyle).
    const auto least = std::min_element(uses.begin(), uses.end());
    return static_cast<int>(least - uses.begin()) + *least * kPaletteSlots;
}

int Document::addCurve(const QString& id) {
    CurveSpec c;
    c.id = id;
    return insertCurve(count(), std::move(c));
}

int Document::addFormula(const actlab::plot::CurveFormula& formula) {
    CurveSpec c;
    c.formula = formula;
    return insertCurve(count(), std::move(c));
}

bool Document::setFormula(int row, const actlab::plot::CurveFormula& formula, QString* error) {
    if (!validRow(row)) return refuse(error, tr("There is no curve %1.").arg(row + 1));
    if (curve(row).formula.text.isEmpty() || formula.text.isEmpty() || !formula.function)
        return refuse(error, tr("Only a formula curve can take a formula."));
    const auto old = function(row);
    const auto& oldCurve = curve(row);
    DocumentState next = m_state;
    auto& c = curveIn(next, row);
    c.formula = formula;
    c.params.clear();
    c.sliders.clear();
    const auto parameters = formula.function->parameters();
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const int was = old.parameterIndex(parameters[i].name);
        c.params.push_back(was >= 0 ? oldCurve.params[at(was)] : parameters[i].defaultValue);
        c.sliders.push_back(was >= 0
                                ? oldCurve.sliders[at(was)]
                                : actlab::plot::defaultSliderRange(*formula.function, static_cast<int>(i)));
    }
    if (const auto problem = normalise(c)) return refuse(error, *problem);
    commit(std::move(next),
           {Change::Curve, row, -1, CurvePart::Function | CurvePart::Params | CurvePart::Sliders},
           tr("Change the formula to %1").arg(formula.text));
    return true;
}

int Document::insertCurve(int row, CurveSpec curve, QString* error) {
    if (const auto problem = normalise(curve)) {
        if (error) *error = *problem;
        return -1;
    }
    if (!curve.color.isValid() && curve.slot < 0) curve.slot = freeSlot();
    row = std::clamp(row, 0, count());
    const QString name = actlab::plot::functionName(*actlab::plot::functionOf(curve));
    DocumentState next = m_state;
    next.figure.curves.insert(next.figure.curves.begin() + row, std::move(curve));
    next.selected = row;
    commit(std::move(next), {Change::Insert, row}, tr("Add %1").arg(name));
    return row;
}

int Document::duplicateCurve(int row) {
    if (!validRow(row)) return -1;
    CurveSpec copy = curve(row);
    copy.color = QColor();
    copy.slot = freeSlot();
    const int at = row + 1;
    DocumentState next = m_state;
    next.figure.curves.insert(next.figure.curves.begin() + at, std::move(copy));
    next.selected = at;
    commit(std::move(next), {Change::Insert, at}, tr("Duplicate %1").arg(label(row)));
    return at;
}

void Document::removeCurve(int row) {
    if (!validRow(row)) return;
    DocumentState next = m_state;
    next.figure.curves.erase(next.figure.curves.begin() + row);
    const int n = static_cast<int>(next.figure.curves.size());
    if (next.selected == row)
        next.selected = n == 0 ? -1 : std::min(row, n - 1);
    else if (next.selected > row)
        --next.selected;
    commit(std::move(next), {Change::Remove, row}, tr("Remove %1").arg(label(row)));
}

bool Document::moveCurve(int from, int to) {
    if (!validRow(from) || !validRow(to) || from == to) return false;
    DocumentState next = m_state;
    auto& curves = next.figure.curves;
    CurveSpec moved = std::move(curves[at(from)]);
    curves.erase(curves.begin() + from);
    curves.insert(curves.begin() + to, std::move(moved));
    int& s = next.selected;
    if (s == from)
        s = to;
    else if (from < s && to >= s)
        --s;
    else if (from > s && to <= s)
        ++s;
    commit(std::move(next), {Change::Move, from, to}, tr("Move %1").arg(label(from)));
    return true;
}

bool Document::setParams(int row, const std::vector<double>& params, QString* error) {
    if (!validRow(row)) return refuse(error, tr("There is no curve %1.").arg(row + 1));
    const auto a = function(row);
    if (params.size() != a.parameters().size())
        return refuse(
            error,
            tr("%1 takes %2 parameters.").arg(actlab::plot::functionName(a)).arg(a.parameters().size()));
    if (const auto problem = a.validate(params)) return refuse(error, common::translated(problem->text));
    DocumentState next = m_state;
    auto& c = curveIn(next, row);
    c.params = params;
    auto sliders = c.sliders;
    if (const auto problem = normalise(c)) return refuse(error, *problem);
    const unsigned parts = CurvePart::Params | (sliders != c.sliders ? CurvePart::Sliders : 0u);
    commit(std::move(next), {Change::Curve, row, -1, parts},
           tr("Change %1").arg(actlab::plot::functionName(a)));
    return true;
}

bool Document::setParam(int row, int index, double value, QString* error, bool mergeable) {
    if (!validRow(row)) return refuse(error, tr("There is no curve %1.").arg(row + 1));
    const auto a = function(row);
    if (index < 0 || index >= static_cast<int>(a.parameters().size()))
        return refuse(error, tr("%1 has no parameter %2.").arg(actlab::plot::functionName(a)).arg(index + 1));
    auto params = curve(row).params;
    params[at(index)] = value;
    if (const auto problem = a.validate(params)) return refuse(error, common::translated(problem->text));
    DocumentState next = m_state;
    auto& c = curveIn(next, row);
    const auto sliders = c.sliders;
    c.params = params;
    normalise(c);
    const unsigned parts = CurvePart::Params | (sliders != c.sliders ? CurvePart::Sliders : 0u);
    commit(std::move(next), {Change::Curve, row, -1, parts},
           tr("Set %1 of %2").arg(toQString(a.parameters()[at(index)].symbol), label(row)),
           mergeable ? MergeParameterStep : NoMerge, row * 4096 + index);
    return true;
}

bool Document::setSlider(int row, int index, SliderRange range, QString* error) {
    if (!validRow(row)) return refuse(error, tr("There is no curve %1.").arg(row + 1));
    const auto a = function(row);
    if (index < 0 || index >= static_cast<int>(a.parameters().size()))
        return refuse(error, tr("%1 has no parameter %2.").arg(actlab::plot::functionName(a)).arg(index + 1));
    const auto& spec = a.parameters()[at(index)];
    const QString name = toQString(spec.name);
    if (std::isnan(range.lo) || std::isnan(range.hi))
        return refuse(error, tr("The range of %1 needs two numbers.").arg(name));
    if (!(range.lo < range.hi))
        return refuse(error, tr("The range of %1 needs min < max (got %2 ≥ %3).")
                                 .arg(name, numberText(range.lo), numberText(range.hi)));
    if (range.lo < spec.min || range.hi > spec.max)
        return refuse(error, tr("The range of %1 must lie inside [%2, %3].")
                                 .arg(name, numberText(spec.min), numberText(spec.max)));
    if (range.log && !(range.lo > 0))
        return refuse(error, tr("A log scale for %1 needs a positive minimum.").arg(name));
    DocumentState next = m_state;
    auto& c = curveIn(next, row);
    c.sliders[at(index)] = range;
    unsigned parts = CurvePart::Sliders;
    // A value outside the new range is moved onto its nearest end, as the user asked for this range.
    double& v = c.params[at(index)];
    if (v < range.lo || v > range.hi) {
        const double old = v;
        v = v < range.lo ? range.lo : range.hi;
        if (const auto problem = a.validate(c.params)) { // another parameter may forbid it
            v = old;
            c.sliders[at(index)] = curve(row).sliders[at(index)];
            return refuse(error, common::translated(problem->text));
        }
        parts |= CurvePart::Params;
    }
    commit(std::move(next), {Change::Curve, row, -1, parts}, tr("Change the slider of %1").arg(name));
    return true;
}

void Document::setLabel(int row, const QString& text) {
    if (!validRow(row)) return;
    DocumentState next = m_state;
    curveIn(next, row).label = text.trimmed();
    commit(std::move(next), {Change::Curve, row, -1, CurvePart::Label}, tr("Rename %1").arg(label(row)));
}

void Document::setColor(int row, const QColor& color) {
    if (!validRow(row)) return;
    DocumentState next = m_state;
    auto& c = curveIn(next, row);
    if (color.isValid() == c.color.isValid() && color == c.color) return;
    if (color.isValid()) {
        c.color = color;
    } else {
        c.color = QColor();
        c.slot = freeSlot();
    }
    commit(std::move(next), {Change::Curve, row, -1, CurvePart::Style}, tr("Recolour %1").arg(label(row)));
}

void Document::setVisible(int row, bool visible) {
    if (!validRow(row)) return;
    DocumentState next = m_state;
    curveIn(next, row).visible = visible;
    commit(std::move(next), {Change::Curve, row, -1, CurvePart::Visibility},
           visible ? tr("Show %1").arg(label(row)) : tr("Hide %1").arg(label(row)));
}

// ----- view and layout -------------------------------------------------------------------------------

bool Document::setXRange(double lo, double hi, QString* error) {
    if (const auto problem = actlab::plot::axisRangeProblem(lo, hi)) return refuse(error, *problem);
    DocumentState next = m_state;
    next.figure.xMin = lo;
    next.figure.xMax = hi;
    commit(std::move(next), {Change::View}, tr("Zoom or pan"), MergeViewChange);
    return true;
}

bool Document::setYRange(int order, std::optional<Range> range, QString* error) {
    if (order < 0 || order > 2) return refuse(error, tr("There is no subplot %1.").arg(order));
    if (range)
        if (const auto problem = actlab::plot::axisRangeProblem(range->first, range->second))
            return refuse(error, *problem);
    DocumentState next = m_state;
    next.figure.yRange[at(order)] = range;
    commit(std::move(next), {Change::View}, range ? tr("Fix a y range") : tr("Autoscale y"), MergeViewChange);
    return true;
}

void Document::resetView() {
    DocumentState next = m_state;
    next.figure.xMin = m_state.homeXMin;
    next.figure.xMax = m_state.homeXMax;
    next.figure.yRange = m_state.homeY;
    commit(std::move(next), {Change::View}, tr("Reset view"));
}

namespace {

template <typename T, typename Member>
DocumentState withField(const DocumentState& state, Member member, T value) {
    DocumentState next = state;
    next.figure.*member = std::move(value);
    return next;
}

} // namespace

void Document::setShowDerivative(bool on) {
    commit(withField(m_state, &FigureSpec::showDerivative, on), {Change::Layout},
           on ? tr("Show f\u2032") : tr("Hide f\u2032"));
}

void Document::setShowSecond(bool on) {
    commit(withField(m_state, &FigureSpec::showSecond, on), {Change::Layout},
           on ? tr("Show f\u2033") : tr("Hide f\u2033"));
}

void Document::setGallery(bool on) {
    commit(withField(m_state, &FigureSpec::gallery, on), {Change::Layout},
           on ? tr("Small multiples") : tr("Overlaid curves"));
}

void Document::setLegend(const QString& position) {
    if (!actlab::plot::legendPositions().contains(position)) return;
    commit(withField(m_state, &FigureSpec::legend, position), {Change::Layout},
           position == QLatin1String("none")
               ? tr("Hide the legend")
               : tr("Legend %1").arg(actlab::plot::legendPositionText(position)));
}

void Document::setGrid(bool on) {
    commit(withField(m_state, &FigureSpec::grid, on), {Change::Layout},
           on ? tr("Show the grid") : tr("Hide the grid"));
}

void Document::setZeroLines(bool on) {
    commit(withField(m_state, &FigureSpec::zeroLines, on), {Change::Layout},
           on ? tr("Show zero lines") : tr("Hide zero lines"));
}

void Document::setTitle(const QString& title) {
    commit(withField(m_state, &FigureSpec::title, title), {Change::Layout}, tr("Retitle"));
}

} // namespace actlab::document
