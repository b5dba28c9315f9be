// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/parameter_animator.hpp"

#include "explorer/plot_view.hpp"

#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"
#include "document/document.hpp"

#include <QActionGroup>
#include <QMenu>
#include <QUndoStack>

namespace actlab::explorer {

using actlab::plot::Animation;
using actlab::plot::AnimationMode;

namespace {

/// About 60 steps a second: smooth on a projector, and a step costs one curve's resample.
constexpr int kTickMs = 16;

} // namespace

ParameterAnimator::ParameterAnimator(actlab::document::Document* document, PlotView* view, QObject* parent)
    : QObject(parent), m_document(document), m_view(view) {
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ParameterAnimator::tick);
    // Curves that come, go or move change the rows that play: the play ends there, and the change,
    // made inside its gesture, joins its undo step. A new or opened file ends it first.
    using actlab::document::Document;
    connect(document, &Document::aboutToReset, this, &ParameterAnimator::stop);
    connect(document, &Document::curveInserted, this, &ParameterAnimator::stop);
    connect(document, &Document::curveRemoved, this, &ParameterAnimator::stop);
    connect(document, &Document::curveMoved, this, &ParameterAnimator::stop);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_playing) stop(); // undo or redo while playing: the play ends there
    });
}

ParameterAnimator::~ParameterAnimator() {
    stop();
}

QMenu* ParameterAnimator::createSettingsMenu(QWidget* parent) {
    auto* menu = new QMenu(parent);
    auto* modes = new QActionGroup(menu);
    const std::pair<AnimationMode, QString> modeNames[] = {{AnimationMode::Once, tr("Play &once")},
                                                           {AnimationMode::Loop, tr("&Loop")},
                                                           {AnimationMode::Bounce, tr("&Back and forth")}};
    for (const auto& [mode, text] : modeNames) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setActionGroup(modes);
        connect(action, &QAction::triggered, this, [this, m = mode] { setMode(m); });
        connect(menu, &QMenu::aboutToShow, action,
                [this, action, m = mode] { action->setChecked(m_mode == m); });
    }
    menu->addSeparator();
    auto* durations = new QActionGroup(menu);
    for (const double seconds : {1.0, 2.0, 3.0, 5.0, 10.0}) {
        QAction* action = menu->addAction(tr("%1 s per sweep").arg(seconds));
        action->setCheckable(true);
        action->setActionGroup(durations);
        connect(action, &QAction::triggered, this, [this, seconds] { setDuration(seconds); });
        connect(menu, &QMenu::aboutToShow, action,
                [this, action, seconds] { action->setChecked(m_duration == seconds); });
    }
    menu->addSeparator();
    QAction* link = menu->addAction(tr("Lin&k every curve with this parameter"));
    link->setCheckable(true);
    connect(link, &QAction::toggled, this, &ParameterAnimator::setLinked);
    connect(menu, &QMenu::aboutToShow, link, [this, link] { link->setChecked(m_linked); });
    return menu;
}

bool ParameterAnimator::start(const Animation& animation, double duration, QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    stop();
    if (!m_document) return false;
    if (m_document->inGesture()) return fail(tr("another change is in progress"));
    if (const auto problem = actlab::plot::animationProblem(m_document->figure(), animation))
        return fail(*problem);
    m_animation = animation;
    m_playDuration = duration > 0 ? duration : m_duration;
    const std::vector<int> rows = actlab::plot::playingCurves(m_document->figure(), animation);
    if (m_row < 0 || std::find(rows.begin(), rows.end(), m_row) == rows.end()) {
        m_row = rows.front();
        m_index = actlab::plot::parameterIndex(m_document->curve(m_row), animation.parameter);
    }
    m_playing = true;
    m_document->beginGesture();
    // One moving curve: the plot redraws only it, as during a slider drag. Linked curves redraw whole.
    m_dragging = m_view && rows.size() == 1;
    if (m_dragging) m_view->beginCurveDrag(rows.front());
    m_clock.start();
    advanceTo(0);
    if (m_playing) m_timer.start();
    emit started();
    return true;
}

bool ParameterAnimator::toggle(int row, int index, QString* error) {
    if (isPlaying(row, index)) {
        stop();
        return true;
    }
    if (!m_document || row < 0 || row >= m_document->count()) return false;
    const auto function = m_document->function(row);
    if (index < 0 || index >= static_cast<int>(function.parameters().size())) return false;
    const auto slider = m_document->slider(row, index);
    Animation animation;
    animation.parameter =
        actlab::common::toQString(function.parameters()[static_cast<std::size_t>(index)].name);
    animation.from = slider.lo;
    animation.to = slider.hi;
    animation.mode = m_mode;
    animation.interpolation = slider.log && slider.lo > 0 ? actlab::plot::Interpolation::Geometric
                                                          : actlab::plot::Interpolation::Linear;
    if (!m_linked) animation.curves = {row};
    stop();
    m_row = row;
    m_index = index;
    return start(animation, m_duration, error);
}

void ParameterAnimator::stop() {
    if (!m_playing) return;
    m_playing = false;
    m_timer.stop();
    // Without its document (a window closing) the view is going too: leave both alone.
    if (m_dragging && m_view && m_document) m_view->endCurveDrag();
    m_dragging = false;
    if (m_document) m_document->endGesture(tr("Animate %1").arg(m_animation.parameter));
    m_row = m_index = -1;
    emit stopped();
}

bool ParameterAnimator::isPlaying(int row, int index) const {
    return m_playing && row == m_row && index == m_index;
}

void ParameterAnimator::advanceTo(double seconds) {
    if (!m_playing || !m_document) return;
    const double value = actlab::plot::animationValueAt(m_animation, seconds, m_playDuration);
    const auto figure = actlab::plot::figureWithValue(m_document->figure(), m_animation, value);
    for (const int row : actlab::plot::playingCurves(figure, m_animation))
        if (row >= 0 && row < m_document->count())
            m_document->setParams(row, figure.curves[static_cast<std::size_t>(row)].params);
    if (m_animation.mode == AnimationMode::Once && seconds >= m_playDuration) stop();
}

void ParameterAnimator::tick() {
    advanceTo(static_cast<double>(m_clock.nsecsElapsed()) * 1e-9);
}

} // namespace actlab::explorer
