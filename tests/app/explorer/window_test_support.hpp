// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What the explorer's tests share: a window opened offscreen on a figure, figures and curves written
/// briefly, typing into a box as a user does, and the WCAG contrast ratio written out from its definition (an
/// oracle independent of the theme's own function).
#include "document/document.hpp"
#include "explorer/main_window.hpp"
#include "plot/figure_spec.hpp"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QColor>
#include <QLineEdit>
#include <QSize>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <memory>
#include <vector>

namespace actlab::explorer::testing {

/// A window without settings, autosave or questions, light, of `size`, showing `spec`.
inline std::unique_ptr<MainWindow> makeWindow(const actlab::plot::FigureSpec& spec,
                                              QSize size = {1280, 800}) {
    auto window = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    window->setThemeMode(ThemeMode::Light);
    window->resize(size);
    window->show();
    window->document()->reset(spec, -1, std::nullopt);
    QApplication::processEvents();
    return window;
}

/// x over [−4, 4] with `derivatives` subplots below f.
inline actlab::plot::FigureSpec figureOf(std::initializer_list<actlab::plot::CurveSpec> curves,
                                         int derivatives = 1) {
    actlab::plot::FigureSpec spec;
    spec.xMin = -4;
    spec.xMax = 4;
    spec.setDerivatives(derivatives);
    spec.curves = curves;
    return spec;
}

inline actlab::plot::CurveSpec curve(const char* id, std::vector<double> params = {}) {
    actlab::plot::CurveSpec c;
    c.id = QString::fromLatin1(id);
    c.params = std::move(params);
    return c;
}

/// Types `text` over what `widget` (a line edit or spin box) holds, then Enter.
inline void typeInto(QWidget* widget, const QString& text) {
    widget->setFocus();
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) edit->selectAll();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) spin->selectAll();
    QTest::keyClicks(widget, text);
    QTest::keyClick(widget, Qt::Key_Return);
}

/// WCAG 2 contrast ratio, written out here from the definition (sRGB → linear, 0.2126 R + 0.7152 G +
/// 0.0722 B, (L1 + 0.05) / (L2 + 0.05)).
inline double wcagContrast(const QColor& a, const QColor& b) {
    auto linear = [](int v) {
        const double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    auto luminance = [&](const QColor& c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace actlab::explorer::testing
