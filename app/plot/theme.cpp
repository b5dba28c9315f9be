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
// The same hues scaled towards black until they reach 3.2:1 on white (the originals have 2.3, 2.3 and
// 1.3:1): orange × 0.83, sky blue × 0.84, yellow × 0.64.
constexpr QRgb kOrangeOnLight = 0xBF8400;
constexpr QRgb kSkyBlueOnLight = 0x4897C4;
constexpr QRgb kYellowOnLight = 0x9A922A;

} // namespace

double relativeLuminance(const QColor& c) {
    auto channel = [](float f) {
        const auto v = static_cast<double>(f);
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Qt::PenStyle Theme::lineStyle(int i) {
    static constexpr std::array kStyles{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                        Qt::DashDotDotLine};
    const int round = std::max(0, i) / kPaletteSize;
    return kStyles[static_cast<std::size_t>(round) % kStyles.size()];
}

QColor Theme::color(int i) const {
    const int n = static_cast<int>(palette.size());
    return palette[static_cast<std::size_t>(((i % n) + n) % n)];
}

QColor Theme::curveColor(const CurveSpec& curve, int position) const {
    return curve.color.isValid() ? legible(curve.color) : color(curve.slot >= 0 ? curve.slot : position);
}

QColor Theme::legible(const QColor& c) const {
    const QColor& back = axisRectBackground.alpha() == 0 ? background : axisRectBackground;
    if (!c.isValid() || contrastRatio(c, back) >= 3.0) return c;
    const bool darkBack = relativeLuminance(back) <= 0.2;
    for (int step = 1; step <= 40; ++step) {
        const double t = step / 40.0;
        // Towards white on a dark background, towards black on a light one.
        const auto move = [t, darkBack](float v) {
            const auto d = static_cast<double>(v);
            return static_cast<float>(darkBack ? d + (1.0 - d) * t : d * (1.0 - t));
        };
        QColor mixed = QColor::fromRgbF(move(c.redF()), move(c.greenF()), move(c.blueF()), c.alphaF());
        if (contrastRatio(mixed, back) >= 3.0) return mixed;
    }
    return darkBack ? QColor(Qt::white) : QColor(Qt::black);
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
    t.accentText = QColor(kBlue);     // 5.2:1 on white
    t.mutedText = QColor(0x595959);   // 7.0:1
    t.warningText = QColor(0xa04000); // 6.5:1
    t.palette = {QColor(kBlue),          QColor(kVermillion),    QColor(kBluishGreen),
                 QColor(kOrangeOnLight), QColor(kReddishPurple), QColor(kSkyBlueOnLight),
                 QColor(kYellowOnLight), QColor(Qt::black)};
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
    t.accentText = QColor(kSkyBlue); // 7.1:1 on #1e1f22
    t.mutedText = QColor(0xa0a0a0);  // 6.3:1
    t.warningText = QColor(kOrange); // 7.3:1
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
    t.accentText = ink;
    t.mutedText = ink;
    t.warningText = ink;
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
