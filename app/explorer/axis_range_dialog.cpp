// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/axis_range_dialog.hpp"

#include "explorer/warning_label.hpp"
#include "plot/axis_range.hpp"

#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace actlab::explorer {

namespace {

using common::numberText;

constexpr const char* kExactProperty = "exactValue";
constexpr const char* kShownProperty = "shownText";

/// `v` rounded to the decimal place of a thousandth of `span`, written shortest ("-5.12", "0.000123").
QString roundedToSpan(double v, double span) {
    if (!std::isfinite(v) || !(span > 0) || !std::isfinite(span)) return numberText(v);
    const int decimals = std::clamp(3 - static_cast<int>(std::floor(std::log10(span))), 0, 17);
    const auto rounded = common::parseTypedNumber(QString::number(v, 'f', decimals));
    return numberText(rounded ? *rounded : v);
}

/// A box's value: the exact value it was opened with while its text is unchanged, else what was typed.
std::optional<double> boxValue(const QLineEdit* box) {
    if (box->text() == box->property(kShownProperty).toString())
        return box->property(kExactProperty).toDouble();
    return parseFinite(box->text());
}

const char* const kOrderNames[] = {"f(x)", "f\u2032(x)", "f\u2033(x)"};

} // namespace

std::optional<double> parseFinite(const QString& input) {
    const auto v = actlab::common::parseTypedNumber(input);
    if (!v || !std::isfinite(*v)) return std::nullopt;
    return v;
}

AxisRangeDialog::AxisRangeDialog(const AxisRanges& ranges, QWidget* parent)
    : QDialog(parent), m_initial(ranges) {
    setWindowTitle(tr("Axis ranges"));
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    grid->addWidget(new QLabel(tr("<b>min</b>")), 0, 2, Qt::AlignHCenter);
    grid->addWidget(new QLabel(tr("<b>max</b>")), 0, 3, Qt::AlignHCenter);

    auto makeEdit = [this](double v, const QString& tip, double span) {
        // Shown rounded to a thousandth of the range ("-5.12", not "-5.123456789012345"); left as it is,
        // the box keeps the exact value.
        const QString shown = roundedToSpan(v, span);
        auto* e = new QLineEdit(shown, this);
        e->setProperty(kExactProperty, v);
        e->setProperty(kShownProperty, shown);
        e->setAlignment(Qt::AlignRight);
        e->setToolTip(tip);
        return e;
    };
    grid->addWidget(new QLabel(tr("x (all subplots)")), 1, 0, 1, 2);
    const double xSpan = ranges.x.second - ranges.x.first;
    m_xMin = makeEdit(ranges.x.first, tr("Left end of the x axis"), xSpan);
    m_xMax = makeEdit(ranges.x.second, tr("Right end of the x axis"), xSpan);
    grid->addWidget(m_xMin, 1, 2);
    grid->addWidget(m_xMax, 1, 3);

    int row = 2;
    for (int order = 0; order < 3; ++order) {
        if (!ranges.shown[static_cast<std::size_t>(order)]) continue;
        auto& y = m_y[static_cast<std::size_t>(order)];
        const auto& fixed = ranges.y[static_cast<std::size_t>(order)];
        const auto range = fixed ? *fixed : ranges.yShown[static_cast<std::size_t>(order)];
        grid->addWidget(new QLabel(tr("y of %1").arg(QString::fromUtf8(kOrderNames[order]))), row, 0);
        y.autoscale = new QCheckBox(tr("autoscale"), this);
        y.autoscale->setChecked(!fixed);
        y.autoscale->setToolTip(tr("Follow the data (5 % margin) instead of a fixed range"));
        const double ySpan = range.second - range.first;
        y.min = makeEdit(range.first, tr("Bottom of this subplot's y axis"), ySpan);
        y.max = makeEdit(range.second, tr("Top of this subplot's y axis"), ySpan);
        y.min->setEnabled(!fixed ? false : true);
        y.max->setEnabled(!fixed ? false : true);
        connect(y.autoscale, &QCheckBox::toggled, this, [&y](bool on) {
            y.min->setEnabled(!on);
            y.max->setEnabled(!on);
        });
        grid->addWidget(y.autoscale, row, 1);
        grid->addWidget(y.min, row, 2);
        grid->addWidget(y.max, row, 3);
        ++row;
    }

    m_message = new WarningLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AxisRangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AxisRangeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

std::optional<AxisRanges> AxisRangeDialog::ranges() {
    AxisRanges out = m_initial;
    auto refuse = [this](const QString& text) {
        m_message->setText(text);
        m_message->show();
        return std::nullopt;
    };
    auto readPair = [](QLineEdit* lo, QLineEdit* hi) -> std::optional<actlab::plot::Range> {
        const auto a = boxValue(lo);
        const auto b = boxValue(hi);
        if (!a || !b) return std::nullopt;
        return actlab::plot::Range{*a, *b};
    };
    const auto x = readPair(m_xMin, m_xMax);
    if (!x) return refuse(tr("Refused: the x range needs two finite numbers."));
    if (!(x->first < x->second))
        return refuse(tr("Refused: the x range needs min < max (got %1 ≥ %2).")
                          .arg(numberText(x->first), numberText(x->second)));
    if (const auto why = actlab::plot::axisRangeProblem(x->first, x->second))
        return refuse(tr("Refused: the x range: %1.").arg(*why));
    out.x = *x;
    for (int order = 0; order < 3; ++order) {
        const auto& y = m_y[static_cast<std::size_t>(order)];
        if (!y.autoscale) continue;
        if (y.autoscale->isChecked()) {
            out.y[static_cast<std::size_t>(order)] = std::nullopt;
            continue;
        }
        const auto r = readPair(y.min, y.max);
        const QString name = QString::fromUtf8(kOrderNames[order]);
        if (!r) return refuse(tr("Refused: the y range of %1 needs two finite numbers.").arg(name));
        if (!(r->first < r->second))
            return refuse(tr("Refused: the y range of %1 needs min < max (got %2 ≥ %3).")
                              .arg(name, numberText(r->first), numberText(r->second)));
        if (const auto why = actlab::plot::axisRangeProblem(r->first, r->second))
            return refuse(tr("Refused: the y range of %1: %2.").arg(name, *why));
        out.y[static_cast<std::size_t>(order)] = *r;
    }
    m_message->hide();
    return out;
}

void AxisRangeDialog::accept() {
    if (ranges()) QDialog::accept();
}

} // namespace actlab::explorer
