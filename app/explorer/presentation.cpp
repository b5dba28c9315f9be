// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/presentation.hpp"

#include "common/qt_text.hpp"
#include "document/document.hpp"
#include "document/document_change.hpp"
#include "explorer/cursor_readout.hpp"
#include "explorer/parameter_slider.hpp"
#include "explorer/plot_view.hpp"
#include "plot/curve_label.hpp"
#include "plot/plot_figure.hpp"
#include "plot/theme.hpp"

#include "actlab/activation.hpp"

#include <QDockWidget>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace actlab::explorer {

namespace {

using actlab::document::CurvePart;
using actlab::document::Document;

constexpr double kReadoutPt = 12;  ///< readout text at scale 1
constexpr double kControlsPt = 14; ///< slider labels at scale 1
constexpr int kSliderHeight = 28;  ///< slider handle area at scale 1

const char* const kOrderNames[] = {"f", "f\u2032", "f\u2033"};

QString cssColor(const QColor& color) {
    return QStringLiteral("rgba(%1,%2,%3,%4)")
        .arg(color.red())
        .arg(color.green())
        .arg(color.blue())
        .arg(color.alpha());
}

} // namespace

double defaultPresentationScale(QSize screen) {
    if (screen.isEmpty()) return 1;
    const double fit = std::min(screen.width() / 1280.0, screen.height() / 720.0);
    return std::clamp(std::floor(fit * 4) / 4, Presentation::kMinScale, Presentation::kMaxScale);
}

// ---- the overlay ---------------------------------------------------------------------------------------

PresentationOverlay::PresentationOverlay(Document* document, PlotView* view)
    : QObject(view), m_document(document), m_view(view) {
    m_readout = new QLabel(view);
    m_readout->setObjectName(QStringLiteral("presentationReadout"));
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_readout->setFocusPolicy(Qt::NoFocus);

    m_controls = new QFrame(view);
    m_controls->setObjectName(QStringLiteral("presentationControls"));
    m_controls->setFocusPolicy(Qt::NoFocus);
    m_curveTitle = new QLabel(m_controls);
    auto* layout = new QGridLayout(m_controls);
    layout->addWidget(m_curveTitle, 0, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_document, &Document::cursorChanged, this, &PresentationOverlay::refreshReadout);
    connect(m_document, &Document::curveChanged, this, [this](int row, unsigned parts) {
        if (parts != CurvePart::Sliders) refreshReadout();
        if (row != m_document->selected()) return;
        if (parts & CurvePart::Function) return rebuildSliders();
        if (parts & CurvePart::Sliders)
            for (auto* slider : m_sliders)
                slider->syncRange();
        refreshSliderValues();
    });
    for (auto signal : {&Document::curveInserted, &Document::curveRemoved})
        connect(m_document, signal, this, [this] {
            refreshReadout();
            rebuildSliders();
        });
    connect(m_document, &Document::curveMoved, this, [this] {
        refreshReadout();
        rebuildSliders();
    });
    for (auto signal : {&Document::wasReset, &Document::layoutChanged})
        connect(m_document, signal, this, [this] {
            refreshReadout();
            rebuildSliders();
        });
    connect(m_document, &Document::selectionChanged, this, &PresentationOverlay::rebuildSliders);
    view->installEventFilter(this);
    connect(view, &PlotView::replotted, this, [this] {
        if (m_shown) placeReadout();
    });
    setVisible(false);
}

void PresentationOverlay::setVisible(bool visible) {
    m_shown = visible;
    m_readout->setVisible(visible);
    m_controls->setVisible(visible && !m_sliders.empty());
    if (!visible) {
        m_reserve = 0;
        m_view->setBottomReserve(0);
    }
    if (visible) {
        refreshReadout();
        rebuildSliders();
        place();
    }
}

void PresentationOverlay::setScale(double scale) {
    m_scale = scale;
    applyFonts();
    refreshReadout();
    place();
}

void PresentationOverlay::setTheme(const actlab::plot::Theme& theme) {
    m_textColor = theme.text.name();
    QColor panel = theme.legendBackground;
    panel.setAlpha(230);
    m_panelColor = cssColor(panel);
    const QString border = cssColor(theme.legendBorder);
    m_readout->setStyleSheet(QStringLiteral("QLabel#presentationReadout { background: %1; color: %2; "
                                            "border: 1px solid %3; border-radius: 6px; padding: 8px; }")
                                 .arg(m_panelColor, m_textColor, border));
    m_border = border;
    applyFonts();
    refreshReadout();
}

QString PresentationOverlay::readoutText() const {
    const double x = m_view->cursorX();
    if (std::isnan(x)) return {};
    const auto& figure = m_document->figure();
    const std::array<bool, 3> shown{true, figure.showDerivative, figure.showSecond};
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><td colspan='4'><b>x = %1</b>"
                                  "</td></tr>")
                       .arg(actlab::plot::formatLabelNumber(x));
    for (const ReadoutRow& row : readoutRows(*m_document, m_view->figure()->theme(), x)) {
        html += QStringLiteral("<tr><td><span style='color:%1'>\u25A0</span> %2&nbsp;&nbsp;</td>")
                    .arg(row.color.name(), row.label.toHtmlEscaped());
        for (int order = 0; order < 3; ++order) {
            if (!shown[static_cast<std::size_t>(order)]) continue;
            const auto o = static_cast<std::size_t>(order);
            QString value = actlab::plot::formatLabelNumber(row.value[o]);
            if (row.jump[o])
                value += QStringLiteral(" <span style='opacity:0.7'>(\u2190%1 | %2\u2192)</span>")
                             .arg(actlab::plot::formatLabelNumber(row.left[o]),
                                  actlab::plot::formatLabelNumber(row.right[o]));
            html += QStringLiteral("<td>%1 = %2&nbsp;&nbsp;</td>")
                        .arg(QString::fromUtf8(kOrderNames[order]), value);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void PresentationOverlay::refreshReadout() {
    if (!m_shown) return;
    m_readout->setText(readoutText());
    m_readout->setVisible(!m_readout->text().isEmpty());
    m_readout->adjustSize();
    place();
}

void PresentationOverlay::rebuildSliders() {
    for (auto* slider : m_sliders)
        slider->deleteLater();
    for (auto* label : m_sliderLabels)
        label->deleteLater();
    m_sliders.clear();
    m_sliderLabels.clear();
    const int row = m_document->selected();
    if (row < 0 || !m_shown) {
        m_controls->hide();
        return;
    }
    const auto& parameters = m_document->function(row).parameters();
    auto* layout = static_cast<QGridLayout*>(m_controls->layout());
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        auto* label = new QLabel(m_controls);
        auto* slider = new ParameterSlider(m_document, row, static_cast<int>(i), m_controls);
        slider->setObjectName(QStringLiteral("presentationSlider%1").arg(i));
        slider->setToolTip(tr("Drag to change %1 in front of the class (←/→ step it when it has the focus)")
                               .arg(common::toQString(parameters[i].symbol)));
        connect(slider, &ParameterSlider::dragStarted, m_view, [this, row] { m_view->beginCurveDrag(row); });
        connect(slider, &ParameterSlider::dragFinished, m_view, &PlotView::endCurveDrag);
        layout->addWidget(label, static_cast<int>(i) + 1, 0);
        layout->addWidget(slider, static_cast<int>(i) + 1, 1);
        m_sliderLabels.push_back(label);
        m_sliders.push_back(slider);
    }
    m_curveTitle->setText(QStringLiteral("<b>%1</b>").arg(m_document->label(row).toHtmlEscaped()));
    m_controls->setVisible(!m_sliders.empty());
    applyFonts();
    refreshSliderValues();
    place();
}

void PresentationOverlay::refreshSliderValues() {
    const int row = m_document->selected();
    if (row < 0 || m_sliders.empty()) return;
    const auto& parameters = m_document->function(row).parameters();
    const auto& values = m_document->curve(row).params;
    for (std::size_t i = 0; i < m_sliders.size() && i < parameters.size(); ++i) {
        m_sliders[i]->syncValue();
        m_sliderLabels[i]->setText(QStringLiteral("%1 = %2").arg(common::toQString(parameters[i].symbol),
                                                                 actlab::plot::formatLabelNumber(values[i])));
    }
    m_curveTitle->setText(QStringLiteral("<b>%1</b>").arg(m_document->label(row).toHtmlEscaped()));
}

void PresentationOverlay::applyFonts() {
    QFont readoutFont = m_view->font();
    readoutFont.setPointSizeF(kReadoutPt * m_scale);
    m_readout->setFont(readoutFont);
    // The size goes into the style sheet: a style sheet on the panel would otherwise win over setFont().
    m_controls->setStyleSheet(
        QStringLiteral("QFrame#presentationControls { background: %1; border: 1px solid "
                       "%3; border-radius: 8px; } QLabel { color: %2; font-size: %4pt; }")
            .arg(m_panelColor, m_textColor, m_border)
            .arg(kControlsPt * m_scale));
    const int height = static_cast<int>(std::lround(kSliderHeight * m_scale));
    const int handle = static_cast<int>(std::lround(18 * m_scale));
    for (auto* slider : m_sliders) {
        slider->setMinimumHeight(height);
        slider->setStyleSheet(
            QStringLiteral(
                "QSlider::groove:horizontal { height: %1px; background: rgba(128,128,128,110); "
                "border-radius: %2px; } QSlider::handle:horizontal { width: %3px; margin: -%4px 0; "
                "border-radius: %5px; background: %6; }")
                .arg(std::max(4, handle / 3))
                .arg(std::max(2, handle / 6))
                .arg(handle)
                .arg((handle - std::max(4, handle / 3)) / 2)
                .arg(handle / 2)
                .arg(m_textColor));
    }
    auto* layout = static_cast<QGridLayout*>(m_controls->layout());
    const int margin = static_cast<int>(std::lround(10 * m_scale));
    layout->setContentsMargins(margin, margin / 2, margin, margin / 2);
    layout->setHorizontalSpacing(margin);
}

void PresentationOverlay::place() {
    const int margin = static_cast<int>(std::lround(12 * m_scale));
    const QRect area = m_view->rect();
    int reserve = 0;
    if (m_controls->isVisible()) {
        // Below the plot, in a strip the plot gives up, so that no axis label or curve is covered.
        const int width = std::min(area.width() - 2 * margin, static_cast<int>(std::lround(720 * m_scale)));
        m_controls->setFixedWidth(width);
        m_controls->adjustSize();
        reserve = m_controls->height() + margin;
        m_controls->move(area.center().x() - width / 2, area.bottom() - m_controls->height() - margin / 2);
        m_controls->raise();
    }
    if (reserve != m_reserve) {
        m_reserve = reserve;
        m_view->setBottomReserve(reserve); // resizes the plot; the readout is placed after the layout
    }
    placeReadout();
}

void PresentationOverlay::placeReadout() {
    const int margin = static_cast<int>(std::lround(12 * m_scale));
    if (m_readout->isVisible()) {
        m_readout->adjustSize();
        // Inside f's subplot at the bottom right: for activations the quadrant x > 0, y < 0 is the
        // emptiest (the legend takes the top left, the curves rise to the top right).
        QRect f = m_view->subplotRect(0);
        if (f.isEmpty()) f = m_view->rect();
        m_readout->move(f.right() - m_readout->width() - margin / 2,
                        f.bottom() - m_readout->height() - margin / 2);
        m_readout->raise();
    }
}

bool PresentationOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::Resize) place();
    return QObject::eventFilter(watched, event);
}

// ---- the mode ------------------------------------------------------------------------------------------

Presentation::Presentation(QMainWindow* window, Document* document, PlotView* view)
    : QObject(window), m_window(window), m_document(document), m_view(view) {
    m_overlay = new PresentationOverlay(document, view);
    m_transition = new QVariantAnimation(this);
    m_transition->setStartValue(0.0);
    m_transition->setEndValue(1.0);
    m_transition->setDuration(kTransitionMs);
    m_transition->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_transition, &QVariantAnimation::finished, this, &Presentation::finishTransition);
}

bool Presentation::inTransition() const {
    return m_transitionTarget >= 0;
}

void Presentation::showStep(int index) {
    if (inTransition()) finishTransition(); // a second press lands the first move at once
    if (index < 0 || index >= m_document->stepCount()) return;
    const auto& target = m_document->lesson().steps[static_cast<std::size_t>(index)].figure;
    const auto& now = m_document->figure();
    bool sameCurves = m_active && target.curves.size() == now.curves.size();
    for (std::size_t i = 0; sameCurves && i < now.curves.size(); ++i)
        sameCurves = target.curves[i].id == now.curves[i].id;
    if (!sameCurves) {
        m_document->goToStep(index);
        return;
    }
    // Ease x and the parameters from here to the step, inside one gesture that ends on the exact step.
    m_transitionTarget = index;
    m_document->beginGesture();
    const double x0 = now.xMin, x1 = now.xMax;
    std::vector<std::vector<double>> from;
    for (const auto& c : now.curves)
        from.push_back(c.params);
    disconnect(m_transition, &QVariantAnimation::valueChanged, this, nullptr);
    connect(m_transition, &QVariantAnimation::valueChanged, this,
            [this, x0, x1, from, target](const QVariant& value) {
                const double t = value.toDouble();
                auto mix = [t](double a, double b) { return a + (b - a) * t; };
                m_document->setXRange(mix(x0, target.xMin), mix(x1, target.xMax));
                for (std::size_t c = 0; c < from.size(); ++c) {
                    std::vector<double> params = from[c];
                    for (std::size_t k = 0; k < params.size() && k < target.curves[c].params.size(); ++k)
                        params[k] = mix(from[c][k], target.curves[c].params[k]);
                    if (params != m_document->curve(static_cast<int>(c)).params)
                        m_document->setParams(static_cast<int>(c),
                                              params); // an integer one is refused: skipped
                }
            });
    m_transition->start();
}

void Presentation::finishTransition() {
    if (!inTransition()) return;
    const int index = m_transitionTarget;
    m_transitionTarget = -1;
    m_transition->stop();
    m_document->goToStep(index); // exactly the step, bit for bit
    m_document->endGesture(tr("Go to step %1: %2")
                               .arg(index + 1)
                               .arg(m_document->lesson().steps[static_cast<std::size_t>(index)].title));
}

void Presentation::nextStep() {
    const int target = inTransition() ? m_transitionTarget : m_document->currentStep();
    showStep(std::min(target + 1, m_document->stepCount() - 1));
}

void Presentation::previousStep() {
    const int target = inTransition() ? m_transitionTarget : m_document->currentStep();
    showStep(std::max(target - 1, 0));
}

void Presentation::firstStep() {
    showStep(0);
}

void Presentation::lastStep() {
    showStep(m_document->stepCount() - 1);
}

void Presentation::setActive(bool on) {
    if (on)
        enter();
    else
        leave();
}

void Presentation::enter() {
    if (m_active) return;
    m_active = true;
    m_windowState = m_window->saveState();
    m_wasMaximized = m_window->isMaximized();
    m_wasFullScreen = m_window->isFullScreen();
    m_normalGeometry = m_window->normalGeometry();
    m_hidden.clear();
    auto hide = [this](QWidget* w) {
        if (w && w->isVisible()) {
            m_hidden.push_back(w);
            w->hide();
        }
    };
    for (auto* dock : m_window->findChildren<QDockWidget*>())
        hide(dock);
    for (auto* bar : m_window->findChildren<QToolBar*>())
        hide(bar);
    hide(m_window->menuBar());
    hide(m_window->statusBar());
    if (!m_scaleChosen) {
        const QScreen* screen = m_window->screen();
        m_scale = defaultPresentationScale(screen ? screen->size() : QSize());
    }
    m_window->showFullScreen();
    // Without a window manager (a bare X server, a kiosk) full screen is only a request: fill the
    // screen ourselves too.
    if (const QScreen* screen = m_window->screen()) m_window->setGeometry(screen->geometry());
    m_view->setDisplayScale(m_scale);
    m_overlay->setScale(m_scale);
    m_overlay->setVisible(true);
    m_view->focusPlot(); // ←/→ move the cursor at once
    emit activeChanged(true);
}

void Presentation::leave() {
    if (!m_active) return;
    m_active = false;
    m_overlay->setVisible(false);
    m_view->setDisplayScale(1);
    for (QWidget* w : m_hidden)
        w->show();
    m_hidden.clear();
    if (m_wasFullScreen)
        m_window->showFullScreen();
    else if (m_wasMaximized)
        m_window->showMaximized();
    else {
        m_window->showNormal();
        if (m_normalGeometry.isValid()) m_window->setGeometry(m_normalGeometry);
    }
    m_window->restoreState(m_windowState);
    emit activeChanged(false);
}

void Presentation::setScale(double scale) {
    const double clamped = std::clamp(std::round(scale / kScaleStep) * kScaleStep, kMinScale, kMaxScale);
    m_scaleChosen = true;
    if (clamped == m_scale) return;
    m_scale = clamped;
    if (m_active) {
        m_view->setDisplayScale(m_scale);
        m_overlay->setScale(m_scale);
    }
    emit scaleChanged(m_scale);
}

void Presentation::setTheme(const actlab::plot::Theme& theme) {
    m_overlay->setTheme(theme);
}

} // namespace actlab::explorer
