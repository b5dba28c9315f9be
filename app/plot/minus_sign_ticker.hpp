// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Tick labels with the minus sign U+2212 ("−2", as matplotlib writes them), not the hyphen-minus, for
/// any QCustomPlot ticker: MinusSignTicker<> for linear axes, MinusSignTicker<QCPAxisTickerLog> for
/// logarithmic ones (a power's exponent too: "10^−4"). Included only by the figures' .cpp files.
#include <qcustomplot.h>

namespace actlab::plot {

template <class Base = QCPAxisTicker> class MinusSignTicker : public Base {
  protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override {
        return Base::getTickLabel(tick, locale, formatChar, precision).replace(u'-', QChar(0x2212));
    }
};

/// Gives `axis` a minus-sign ticker of `Base` (returned, to be configured).
template <class Base = QCPAxisTicker>
QSharedPointer<MinusSignTicker<Base>> setMinusSignTicker(QCPAxis* axis) {
    QSharedPointer<MinusSignTicker<Base>> ticker(new MinusSignTicker<Base>);
    axis->setTicker(ticker);
    return ticker;
}

} // namespace actlab::plot
