// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/axis_range_dialog.hpp"

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

    auto makeEdit = [this](double v, const QString& tip) {
        auto* e = new QLineEdit(numberText(v), this);
        e->setAlignment(Qt::AlignRight);
        e->setToolTip(tip);
        return e;
    };
    grid->addWidget(new QLabel(tr("x (all subplots)")), 1, 0, 1, 2);
    m_xMin = makeEdit(ranges.x.first, tr("Left end of the x axis"));
    m_xMax = makeEdit(ranges.x.second, tr("Right end of the x axis"));
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
        y.min = makeEdit(range.first, tr("Bottom of this subplot's y axis"));
        y.max = makeEdit(range.second, tr("Top of this subplot's y axis"));
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

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #d55e00; font-weight: bold; }"));
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
        const auto a = parseFinite(lo->text());
        const auto b = parseFinite(hi->text());
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
