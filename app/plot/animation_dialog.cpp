// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/animation_dialog.hpp"

#include "plot/animation_export.hpp"
#include "plot/buddy_label.hpp"

#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace actlab::plot {

AnimationDialog::AnimationDialog(const FigureSpec& spec, int selected, QWidget* parent)
    : QDialog(parent), m_spec(spec), m_selected(selected) {
    setWindowTitle(tr("Export Animation"));
    m_parameter = new QComboBox(this);
    // The selected curve's parameters first, then the others' (each name once).
    QStringList names;
    auto addNames = [&](const CurveSpec& curve) {
        if (const auto function = functionOf(curve))
            for (const auto& p : function->parameters())
                if (!names.contains(actlab::common::toQString(p.name)))
                    names << actlab::common::toQString(p.name);
    };
    if (selected >= 0 && selected < static_cast<int>(spec.curves.size()))
        addNames(spec.curves[static_cast<std::size_t>(selected)]);
    for (const auto& curve : spec.curves)
        addNames(curve);
    m_parameter->addItems(names);
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    m_frames = new QSpinBox(this);
    m_frames->setRange(2, kMaxAnimationFrames);
    m_frames->setValue(30);
    m_fps = new QDoubleSpinBox(this);
    m_fps->setRange(kMinAnimationFps, kMaxAnimationFps);
    m_fps->setDecimals(1);
    m_fps->setValue(15);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Once"), static_cast<int>(AnimationMode::Once));
    m_mode->addItem(tr("Loop"), static_cast<int>(AnimationMode::Loop));
    m_mode->addItem(tr("Back and forth"), static_cast<int>(AnimationMode::Bounce));
    m_mode->setCurrentIndex(1);
    m_log = new QCheckBox(tr("Equal &ratios (log steps)"), this);
    m_selectedOnly =
        new QCheckBox(tr("Only the selected &curve (else every curve with the parameter)"), this);
    m_selectedOnly->setEnabled(selected >= 0);
    m_path = new QLineEdit(QDir::home().filePath(QStringLiteral("animation.gif")), this);
    m_path->setMinimumWidth(360);
    m_path->setToolTip(tr("An animated .gif, or numbered frames for LaTeX beamer: a .png or .svg name with "
                          "%03d where the frame number goes (frames/alpha-%03d.png)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Parameter:"), m_parameter);
    form->addRow(buddyLabel(tr("&From:"), m_from, this), range);
    form->addRow(tr("Fr&ames:"), m_frames);
    form->addRow(tr("Frames per &second:"), m_fps);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(QString(), m_log);
    form->addRow(QString(), m_selectedOnly);
    form->addRow(buddyLabel(tr("&Output:"), m_path, this), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnimationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnimationDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AnimationDialog::browse);
    connect(m_parameter, &QComboBox::currentTextChanged, this, &AnimationDialog::onParameterChanged);
    onParameterChanged();
}

void AnimationDialog::onParameterChanged() {
    // The range of the slider of the selected curve (or the first with the parameter).
    const QString name = m_parameter->currentText();
    std::vector<int> rows = curvesWithParameter(m_spec, name);
    if (rows.empty()) return;
    int row = rows.front();
    if (std::find(rows.begin(), rows.end(), m_selected) != rows.end()) row = m_selected;
    const CurveSpec& curve = m_spec.curves[static_cast<std::size_t>(row)];
    const int index = parameterIndex(curve, name);
    const SliderRange slider = sliderOf(curve, *functionOf(curve), index);
    m_from->setText(actlab::common::numberText(slider.lo));
    m_to->setText(actlab::common::numberText(slider.hi));
    m_log->setChecked(slider.log && slider.lo > 0);
}

std::optional<Animation> AnimationDialog::animation(QString* error) const {
    const auto from = actlab::common::parseTypedNumber(m_from->text());
    const auto to = actlab::common::parseTypedNumber(m_to->text());
    if (!from || !to) {
        if (error) *error = tr("From and to must be numbers");
        return std::nullopt;
    }
    Animation a;
    a.parameter = m_parameter->currentText();
    a.from = *from;
    a.to = *to;
    a.frames = m_frames->value();
    a.fps = m_fps->value();
    a.mode = static_cast<AnimationMode>(m_mode->currentData().toInt());
    a.interpolation = m_log->isChecked() ? Interpolation::Geometric : Interpolation::Linear;
    if (m_selectedOnly->isChecked() && m_selected >= 0) a.curves = {m_selected};
    return a;
}

QString AnimationDialog::path() const {
    return m_path->text().trimmed();
}

void AnimationDialog::setParameter(const QString& name) {
    m_parameter->setCurrentText(name);
}
void AnimationDialog::setRange(double from, double to) {
    m_from->setText(actlab::common::numberText(from));
    m_to->setText(actlab::common::numberText(to));
}
void AnimationDialog::setFrames(int frames) {
    m_frames->setValue(frames);
}
void AnimationDialog::setFps(double fps) {
    m_fps->setValue(fps);
}
void AnimationDialog::setMode(AnimationMode mode) {
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
}
void AnimationDialog::setLog(bool on) {
    m_log->setChecked(on);
}
void AnimationDialog::setSelectedOnly(bool on) {
    m_selectedOnly->setChecked(on);
}
void AnimationDialog::setPath(const QString& path) {
    m_path->setText(path);
}
QString AnimationDialog::message() const {
    return m_message->text();
}

bool AnimationDialog::exportNow() {
    QString error;
    const auto a = animation(&error);
    const auto kind = animationOutputForPath(path());
    if (a && !kind)
        error =
            tr("The output must be a .gif, or a .png or .svg frame pattern such as frames/frame-%03d.png");
    bool ok = false;
    if (a && kind) {
        ExportOptions options;
        options.sizePx = m_spec.sizePx;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ok = exportAnimation(m_spec, *a, path(), *kind, options, &error);
        QApplication::restoreOverrideCursor();
    }
    m_message->setText(ok ? QString() : error);
    return ok;
}

void AnimationDialog::accept() {
    if (exportNow()) QDialog::accept();
}

void AnimationDialog::browse() {
    QString filter;
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Animation"), path(),
        tr("Animated GIF (*.gif);;PNG frames for beamer (*.png);;SVG frames for beamer (*.svg)"), &filter);
    if (chosen.isEmpty()) return;
    QString file = chosen;
    // Frames need a number in the name: put one before the extension when the name has none.
    if (!file.endsWith(QLatin1String(".gif"), Qt::CaseInsensitive) && !file.contains(QLatin1Char('%'))) {
        const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
        if (dot > file.lastIndexOf(QLatin1Char('/'))) file.insert(dot, QStringLiteral("-%03d"));
    }
    m_path->setText(file);
}

bool showAnimationDialog(QWidget* parent, const FigureSpec& spec, int selected) {
    AnimationDialog dialog(spec, selected, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace actlab::plot
