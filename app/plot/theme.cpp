// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/theme.hpp"

#include <algorithm>
#include <cmath>

namespace actlab::plot {

namespace {

// Okabe & Ito (2008), "Color Universal Design"; ordered so that the first colours are the most distinct.
constexpr QRgb kBlue = 0x0072B2;
constexpr QRgb kVermillion = 0xD55E00;
constexpr QRgb kBluishGreen = 0x009E73;
constexpr QRgb kOrange = 0xE69F00;
constexpr QRgb kReddishPurple = 0xCC79A7;
constexpr QRgb kSkyBlue = 0x56B4E9;
constexpr QRgb kYellow = 0xF0E442;

/// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor& c) {
    auto channel = [](float f) {
        const auto v = static_cast<double>(f);
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

QColor Theme::color(int i) const {
    const int n = static_cast<int>(palette.size());
    return palette[static_cast<std::size_t>(((i % n) + n) % n)];
}

QColor Theme::curveColor(const CurveSpec& curve, int position) const {
    return curve.color.isValid() ? legible(curve.color) : color(curve.slot >= 0 ? curve.slot : position);
}

QColor Theme::legible(const QColor& c) const {
    const QColor& back = axisRectBackground.alpha() == 0 ? background : axisRectBackground;
    if (!c.isValid() || luminance(back) > 0.2 || contrast(c, back) >= 3.0) return c;
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const auto lighten = [t](float v) {
            const auto d = static_cast<double>(v);
            return static_cast<float>(d + (1.0 - d) * t);
        };
        QColor mixed =
            QColor::fromRgbF(lighten(c.redF()), lighten(c.greenF()), lighten(c.blueF()), c.alphaF());
        if (contrast(mixed, back) >= 3.0) return mixed;
    }
    return Qt::white;
}

Theme Theme::light() {
    Theme t;
    t.name = QStringLiteral("light");
    t.background = QColor(0xffffff);
    t.axisRectBackground = QColor(0xffffff);
    t.axis = QColor(0x262626);
    t.text = QColor(0x1a1a1a);
    t.grid = QColor(0xb0b0b0);
    t.zeroLine = QColor(0x707070);
    t.legendBackground = QColor(255, 255, 255, 220);
    t.legendBorder = QColor(0xcccccc);
    t.palette = {QColor(kBlue),          QColor(kVermillion), QColor(kBluishGreen), QColor(kOrange),
                 QColor(kReddishPurple), QColor(kSkyBlue),    QColor(kYellow),      QColor(Qt::black)};
    return t;
}

Theme Theme::dark() {
    Theme t;
    t.name = QStringLiteral("dark");
    t.background = QColor(0x1e1f22);
    t.axisRectBackground = QColor(0x1e1f22);
    t.axis = QColor(0xc8c8c8);
    t.text = QColor(0xe6e6e6);
    t.grid = QColor(0x4a4d52);
    t.zeroLine = QColor(0x9a9a9a);
    t.legendBackground = QColor(0x2a2c30);
    t.legendBorder = QColor(0x55585e);
    // Okabe–Ito blue is dark on a dark background; sky blue takes its place first.
    t.palette = {QColor(kSkyBlue),       QColor(kVermillion), QColor(kBluishGreen), QColor(kOrange),
                 QColor(kReddishPurple), QColor(kBlue),       QColor(kYellow),      QColor(Qt::white)};
    t.legendBackground.setAlpha(220);
    return t;
}

Theme Theme::highContrast(bool dark) {
    Theme t;
    t.name = dark ? QStringLiteral("high-contrast-dark") : QStringLiteral("high-contrast-light");
    const QColor back = dark ? QColor(Qt::black) : QColor(Qt::white);
    const QColor ink = dark ? QColor(Qt::white) : QColor(Qt::black);
    t.background = back;
    t.axisRectBackground = back;
    t.axis = ink;
    t.text = ink;
    t.grid = QColor(0x8c8c8c);
    t.zeroLine = ink;
    t.legendBackground = back;
    t.legendBackground.setAlpha(235);
    t.legendBorder = ink;
    // Okabe–Ito order, each hue at 5:1 or more: darkened on white, brightened on black.
    if (dark)
        t.palette = {QColor(0x56b4e9), QColor(0xff7a33), QColor(0x33d6a0), QColor(0xffc233),
                     QColor(0xff99d6), QColor(0x8ab4ff), QColor(0xf0e442), QColor(Qt::white)};
    else
        t.palette = {QColor(0x0072b2), QColor(0xb34f00), QColor(0x007558), QColor(0x8f5a00),
                     QColor(0xa3487f), QColor(0x3a6f9a), QColor(0x6e6500), QColor(Qt::black)};
    return t;
}

Theme Theme::byName(const QString& name) {
    return name == QLatin1String("dark") ? dark() : light();
}

} // namespace actlab::plot
