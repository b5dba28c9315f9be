// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/parameter_editor.hpp"
#include "document/document.hpp"
#include "explorer/parameter_animator.hpp"
#include "explorer/parameter_slider.hpp"
#include "explorer/warning_label.hpp"
#include "plot/data_words.hpp"

#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace actlab::explorer {

namespace {

using common::numberText;
using common::parseTypedNumber;
using common::toQString;

/// "[0, 1]", or "any finite value" for a formula's parameter (declared range ±DBL_MAX).
QString allowedValues(const actlab::ParameterSpec& spec) {
    if (!std::isfinite(spec.max - spec.min)) return ParameterEditor::tr("any finite value");
    return QStringLiteral("[%1, %2]").arg(numberText(spec.min), numberText(spec.max));
}

double niceStep(const SliderRange& r) {
    const double span = r.hi - r.lo;
    if (!(span > 0)) return 0.1;
    return std::pow(10.0, std::floor(std::log10(span / 20.0)));
}

} // namespace

// ---------------------------------------------------------------------------------------------------

ParamSpinBox::ParamSpinBox(QWidget* parent) : QAbstractSpinBox(parent) {
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setAccelerated(true);
    connect(this, &QAbstractSpinBox::editingFinished, this, &ParamSpinBox::onEditingFinished);
}

void ParamSpinBox::setValue(double value) {
    m_value = value;
    lineEdit()->setText(numberText(value));
}

void ParamSpinBox::setBounds(double min, double max) {
    m_min = min;
    m_max = max;
}

void ParamSpinBox::stepBy(int steps) {
    double next = m_value + steps * m_step;
    if (m_step > 0) {
        // Land on multiples of the step, as a person would.
        next = std::round(next / m_step) * m_step;
        const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(m_step))), 0, 17);
        next = QString::number(next, 'f', decimals).toDouble();
    }
    next = std::clamp(next, m_min, m_max); // the arrows stop at the declared ends; typing is never clamped
    emit valueEntered(next, numberText(next), true);
}

QValidator::State ParamSpinBox::validate(QString&, int&) const {
    return QValidator::Acceptable; // everything typed is judged on Enter, with a message
}

QSize ParamSpinBox::sizeHint() const {
    QSize s = QAbstractSpinBox::sizeHint();
    s.setWidth(std::max(s.width(), fontMetrics().horizontalAdvance(QStringLiteral("-0.000000000")) + 24));
    return s;
}

QAbstractSpinBox::StepEnabled ParamSpinBox::stepEnabled() const {
    StepEnabled e = StepNone;
    if (m_value < m_max) e |= StepUpEnabled;
    if (m_value > m_min) e |= StepDownEnabled;
    return e;
}

void ParamSpinBox::onEditingFinished() {
    const QString text = lineEdit()->text();
    if (text == numberText(m_value)) return;
    const auto v = parseTypedNumber(text);
    emit valueEntered(v.value_or(std::numeric_limits<double>::quiet_NaN()), text, false);
}

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------

ParameterEditor::ParameterEditor(actlab::document::Document* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_resetAll = new QToolButton(this);
    m_resetAll->setText(tr("Reset all"));
    m_resetAll->setToolTip(tr("Reset every parameter and slider range of this curve to its default"));
    m_resetAll->setAutoRaise(true);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true); // in the normal text colour: greyed-out text is below 4.5:1

    m_body = new QWidget;
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(10);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ParameterEditor::revealMessage);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_resetAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    using actlab::document::CurvePart;
    using actlab::document::Document;
    connect(m_resetAll, &QToolButton::clicked, this, [this] {
        if (m_row < 0) return;
        const auto& a = m_document->function(m_row);
        m_document->beginGesture(); // one undo step
        for (int i = 0; i < parameterCount(); ++i)
            m_document->setSlider(m_row, i, actlab::plot::defaultSliderRange(a, i));
        QString error;
        m_document->setParams(m_row, a.defaults(), &error);
        m_document->endGesture(tr("Reset the parameters of %1").arg(m_document->label(m_row)));
        for (int i = 0; i < parameterCount(); ++i)
            showMessage(i, {});
    });
    connect(m_document, &Document::curveChanged, this, [this](int row, unsigned parts) {
        if (row != m_row) return;
        if (parts & CurvePart::Function) return rebuild(); // other parameters
        if (parts & (CurvePart::Params | CurvePart::Label)) m_title->setText(m_document->label(row));
        for (int i = 0; i < parameterCount(); ++i) {
            if (parts & CurvePart::Sliders) syncRange(i);
            if (parts & (CurvePart::Params | CurvePart::Sliders)) syncRow(i);
        }
    });
    // The selection, or the curve behind the selected row, changed.
    connect(m_document, &Document::selectionChanged, this, [this](int row) {
        m_row = row;
        rebuild();
    });
    m_row = m_document->selected();
    rebuild();
}

QString ParameterEditor::message(int index) const {
    const auto& r = m_rows.at(static_cast<std::size_t>(index));
    return r.message->isHidden() ? QString() : r.message->text();
}

void ParameterEditor::rebuild() {
    m_revealing = nullptr; // its row goes
    if (std::any_of(m_rows.begin(), m_rows.end(),
                    [this](const Row& r) { return r.message->isVisibleTo(this); }))
        emit messageToggled(); // the message goes with its row (queued: handled once the new rows stand)
    for (auto& r : m_rows)
        delete r.box;
    m_rows.clear();
    while (auto* item = m_bodyLayout->takeAt(0))
        delete item;

    if (m_row < 0) {
        m_title->setText(tr("No curve selected"));
        m_empty->setText(tr("Select a curve in the Curves panel to edit its parameters."));
        m_empty->show();
        m_resetAll->hide();
        return;
    }
    const auto function = m_document->function(m_row);
    m_title->setText(m_document->label(m_row));
    const auto params = function.parameters();
    if (params.empty()) {
        m_empty->setText(tr("%1 has no parameters.").arg(actlab::plot::functionName(function)));
        m_empty->show();
        m_resetAll->hide();
        return;
    }
    m_empty->hide();
    m_resetAll->show();

    for (int i = 0; i < static_cast<int>(params.size()); ++i) {
        const auto& spec = params[static_cast<std::size_t>(i)];
        Row row;
        row.box = new QWidget(m_body);
        auto* grid = new QGridLayout(row.box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(2);

        auto* name = new QLabel(
            spec.symbol == spec.name
                ? QStringLiteral("<b>%1</b>").arg(toQString(spec.symbol).toHtmlEscaped())
                : QStringLiteral("<b>%1</b>&nbsp;&nbsp;<i>%2</i>")
                      .arg(toQString(spec.symbol).toHtmlEscaped(), toQString(spec.name).toHtmlEscaped()),
            row.box);
        const QString meaning = actlab::plot::catalogueText(spec.meaning);
        name->setToolTip(
            tr("%1 — %2. Allowed: %3, default %4.")
                .arg(toQString(spec.name), meaning, allowedValues(spec), numberText(spec.defaultValue)));
        row.reset = new QToolButton(row.box);
        row.reset->setIcon(
            QIcon::fromTheme(QStringLiteral("edit-undo"), QIcon(QStringLiteral(":/icons/reset.svg"))));
        row.reset->setToolTip(
            tr("Reset %1 to its default %2").arg(toQString(spec.name), numberText(spec.defaultValue)));
        row.reset->setAutoRaise(true);
        if (m_animator) {
            row.play = new QToolButton(row.box);
            row.play->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
            if (row.play->icon().isNull()) row.play->setText(QStringLiteral("\u25B6"));
            row.play->setCheckable(true);
            row.play->setAutoRaise(true);
            row.play->setPopupMode(QToolButton::MenuButtonPopup);
            row.play->setMenu(m_animator->createSettingsMenu(row.play));
            row.play->setToolTip(
                tr("Play %1 across its slider (again to stop); the arrow: once, loop or back and "
                   "forth, the duration, and linked curves")
                    .arg(toQString(spec.symbol)));
        }

        row.slider = new ParameterSlider(m_document, m_row, i, row.box);
        row.slider->setToolTip(
            tr("Drag to change %1; the plot follows while you drag").arg(toQString(spec.symbol)));
        row.spin = new ParamSpinBox(row.box);
        row.spin->setBounds(spec.min, spec.max);
        row.spin->setToolTip(tr("Type an exact value of %1 and press Enter; allowed: %2")
                                 .arg(toQString(spec.symbol), allowedValues(spec)));

        auto* rangeLabel = new QLabel(tr("slider"), row.box);
        row.minEdit = new QLineEdit(row.box);
        row.maxEdit = new QLineEdit(row.box);
        for (auto* e : {row.minEdit, row.maxEdit}) {
            e->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.00000")) + 12);
            e->setAlignment(Qt::AlignRight);
        }
        row.minEdit->setToolTip(tr("Left end of the slider (≥ %1)").arg(numberText(spec.min)));
        row.maxEdit->setToolTip(tr("Right end of the slider (≤ %1)").arg(numberText(spec.max)));
        auto* dash = new QLabel(QStringLiteral("–"), row.box);
        row.log = new QCheckBox(tr("log"), row.box);
        row.log->setToolTip(tr("Logarithmic slider (only for positive values)"));
        row.message = new WarningLabel(row.box);
        row.message->setWordWrap(true);
        row.message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.message->installEventFilter(this); // revealMessage() follows its geometry
        row.message->hide();

        grid->addWidget(name, 0, 0, 1, row.play ? 4 : 5);
        if (row.play) grid->addWidget(row.play, 0, 4);
        grid->addWidget(row.reset, 0, 5);
        grid->addWidget(row.slider, 1, 0, 1, 4);
        grid->addWidget(row.spin, 1, 4, 1, 2);
        auto* rangeRow = new QHBoxLayout;
        rangeRow->addWidget(rangeLabel);
        rangeRow->addWidget(row.minEdit);
        rangeRow->addWidget(dash);
        rangeRow->addWidget(row.maxEdit);
        rangeRow->addStretch(1);
        rangeRow->addWidget(row.log);
        grid->addLayout(rangeRow, 2, 0, 1, 6);
        grid->addWidget(row.message, 3, 0, 1, 6);
        grid->setColumnStretch(0, 1);

        m_bodyLayout->addWidget(row.box);
        m_rows.push_back(row);

        connect(row.slider, &ParameterSlider::dragStarted, this, &ParameterEditor::sliderDragStarted);
        connect(row.slider, &ParameterSlider::dragFinished, this, &ParameterEditor::sliderDragFinished);
        connect(row.slider, &ParameterSlider::accepted, this, [this, i] { showMessage(i, {}); });
        connect(row.slider, &ParameterSlider::refused, this,
                [this, i](const QString& error) { showMessage(i, tr("Refused: %1").arg(error)); });
        connect(row.spin, &ParamSpinBox::valueEntered, this,
                [this, i](double v, const QString& text, bool stepped) { onSpin(i, v, text, stepped); });
        connect(row.minEdit, &QLineEdit::editingFinished, this, [this, i] { onRangeEdited(i); });
        connect(row.maxEdit, &QLineEdit::editingFinished, this, [this, i] { onRangeEdited(i); });
        connect(row.log, &QCheckBox::toggled, this, [this, i](bool on) { onLogToggled(i, on); });
        connect(row.reset, &QToolButton::clicked, this, [this, i] { onReset(i); });
        if (row.play)
            connect(row.play, &QToolButton::clicked, this, [this, i] {
                QString error;
                if (!m_animator->toggle(m_row, i, &error) && !error.isEmpty())
                    showMessage(i, tr("Cannot play: %1").arg(error));
                syncPlayButtons();
            });

        syncRange(i);
        syncRow(i);
    }
    m_bodyLayout->addStretch(1);
    syncPlayButtons();
}

void ParameterEditor::setAnimator(ParameterAnimator* animator) {
    m_animator = animator;
    connect(animator, &ParameterAnimator::started, this, &ParameterEditor::syncPlayButtons);
    connect(animator, &ParameterAnimator::stopped, this, &ParameterEditor::syncPlayButtons);
    rebuild();
}

void ParameterEditor::syncPlayButtons() {
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i)
        if (QToolButton* play = m_rows[static_cast<std::size_t>(i)].play) {
            const QSignalBlocker block(play);
            play->setChecked(m_animator && m_animator->isPlaying(m_row, i));
        }
}

void ParameterEditor::syncRange(int index) {
    const auto& c = m_document->curve(m_row);
    const auto& spec = m_document->function(m_row).parameters()[static_cast<std::size_t>(index)];
    const SliderRange r = m_document->slider(m_row, index);
    auto& row = m_rows[static_cast<std::size_t>(index)];
    row.minEdit->setText(numberText(r.lo));
    row.maxEdit->setText(numberText(r.hi));
    {
        const QSignalBlocker block(row.log);
        row.log->setChecked(r.log);
    }
    const bool canLog = !spec.integer && spec.max > 0 && c.params[static_cast<std::size_t>(index)] > 0;
    row.log->setEnabled(canLog || r.log);
    row.slider->syncRange();
    row.spin->setStep(spec.integer ? 1 : niceStep(r));
}

void ParameterEditor::syncRow(int index) {
    const auto& spec = m_document->function(m_row).parameters()[static_cast<std::size_t>(index)];
    const double v = m_document->curve(m_row).params[static_cast<std::size_t>(index)];
    auto& row = m_rows[static_cast<std::size_t>(index)];
    row.spin->setValue(v);
    const bool canLog = !spec.integer && spec.max > 0 && v > 0;
    row.log->setEnabled(canLog || row.log->isChecked());
    row.slider->syncValue();
}

bool ParameterEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_revealing && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        QTimer::singleShot(0, this, &ParameterEditor::revealMessage); // after the layouts of this pass
    return QWidget::eventFilter(watched, event);
}

void ParameterEditor::revealMessage() {
    // In a short panel (1024 × 768) a message under a row can start below the panel's lower edge. Its
    // wrapped height and place arrive through posted layout requests, the scroll range with them: called
    // again whenever the label moves or resizes, or the range changes, until it stands whole in view.
    if (!m_revealing || !m_revealing->isVisible()) return;
    m_scroll->ensureWidgetVisible(m_revealing, 0, 0);
    const QRect shown(m_revealing->mapTo(m_scroll->viewport(), QPoint(0, 0)), m_revealing->size());
    if (m_revealing->height() >= m_revealing->heightForWidth(m_revealing->width()) &&
        m_scroll->viewport()->rect().contains(shown))
        m_revealing = nullptr;
}

void ParameterEditor::showMessage(int index, const QString& text) {
    auto* label = m_rows[static_cast<std::size_t>(index)].message;
    label->setText(text);
    if (label->isVisibleTo(this) != !text.isEmpty()) {
        label->setVisible(!text.isEmpty());
        emit messageToggled();
    }
    // Where the panel cannot grow (floating, or the screen is full): scrolled into view.
    m_revealing = text.isEmpty() ? nullptr : label;
    if (m_revealing) QTimer::singleShot(0, this, &ParameterEditor::revealMessage);
    // The refused box is tinted through its palette: a style sheet would replace the style's drawing of
    // the spin box, arrows included.
    auto* spin = m_rows[static_cast<std::size_t>(index)].spin;
    if (text.isEmpty()) {
        spin->setPalette(QPalette()); // the window's palette again, following theme changes
        return;
    }
    QPalette palette = QApplication::palette(spin);
    const QColor base = palette.color(QPalette::Base);
    const QColor warning(0xd5, 0x5e, 0x00);
    palette.setColor(QPalette::Base,
                     QColor((3 * base.red() + warning.red()) / 4, (3 * base.green() + warning.green()) / 4,
                            (3 * base.blue() + warning.blue()) / 4));
    spin->setPalette(palette);
}

void ParameterEditor::onSpin(int index, double value, const QString& text, bool stepped) {
    if (m_row < 0) return;
    QString error;
    if (std::isnan(value) && text.trimmed().compare(QStringLiteral("nan"), Qt::CaseInsensitive) != 0) {
        error = tr("“%1” is not a number").arg(text.trimmed());
    } else if (m_document->setParam(m_row, index, value, &error, stepped)) {
        showMessage(index, {});
        return;
    }
    const auto& spec = m_document->function(m_row).parameters()[static_cast<std::size_t>(index)];
    showMessage(index,
                tr("Refused: %1. %2 stays %3.")
                    .arg(error, toQString(spec.symbol),
                         numberText(m_document->curve(m_row).params[static_cast<std::size_t>(index)])));
    syncRow(index);
}

void ParameterEditor::onRangeEdited(int index) {
    if (m_row < 0) return;
    auto& row = m_rows[static_cast<std::size_t>(index)];
    const SliderRange current = m_document->slider(m_row, index);
    const auto lo = parseTypedNumber(row.minEdit->text());
    const auto hi = parseTypedNumber(row.maxEdit->text());
    SliderRange r = current;
    if (lo && hi) {
        r.lo = *lo;
        r.hi = *hi;
    }
    if (lo && hi && r.lo == current.lo && r.hi == current.hi) return;
    QString error;
    if (!lo || !hi) {
        error = tr("the slider range needs two numbers");
    } else if (m_document->setSlider(m_row, index, r, &error)) {
        showMessage(index, {});
        return;
    }
    showMessage(index, tr("Refused: %1").arg(error));
    syncRange(index);
}

void ParameterEditor::onLogToggled(int index, bool on) {
    if (m_row < 0) return;
    SliderRange r = m_document->slider(m_row, index);
    r.log = on;
    const double v = m_document->curve(m_row).params[static_cast<std::size_t>(index)];
    if (on && r.lo <= 0)
        r.lo = std::min(v, r.hi / 1000.0); // a log scale needs a positive left end; keep the value inside
    QString error;
    if (m_document->setSlider(m_row, index, r, &error))
        showMessage(index, {});
    else {
        showMessage(index, tr("Refused: %1").arg(error));
        syncRange(index);
    }
}

void ParameterEditor::onReset(int index) {
    if (m_row < 0) return;
    const auto& a = m_document->function(m_row);
    const auto& spec = a.parameters()[static_cast<std::size_t>(index)];
    m_document->beginGesture(); // one undo step
    m_document->setSlider(m_row, index, actlab::plot::defaultSliderRange(a, index));
    QString error;
    const bool ok = m_document->setParam(m_row, index, spec.defaultValue, &error);
    m_document->endGesture(tr("Reset %1 of %2").arg(toQString(spec.symbol), m_document->label(m_row)));
    showMessage(index, ok ? QString() : tr("Refused: %1").arg(error)); // e.g. a cross-parameter constraint
}

} // namespace actlab::explorer
