// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/cursor_readout.hpp"

#include "document/document.hpp"

#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace actlab::explorer {

namespace {

using common::numberText;
using common::roundedNumberText;

bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

/// A cell's text with `digits` significant digits (0: full precision).
QString cellText(const ReadoutRow& r, int order, int digits = 0) {
    const auto o = static_cast<std::size_t>(order);
    if (!r.jump[o]) return roundedNumberText(r.value[o], digits);
    return QStringLiteral("%1   (←%2 | %3→)")
        .arg(roundedNumberText(r.value[o], digits), roundedNumberText(r.left[o], digits),
             roundedNumberText(r.right[o], digits));
}

constexpr int kFullTextRole = Qt::UserRole + 1; ///< a cell's full-precision text, for copying

} // namespace

CursorReadout::CursorReadout(actlab::document::Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_x(std::numeric_limits<double>::quiet_NaN()) {
    m_header = new QLabel(this);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Curve"), tr("f(x)"), tr("f′(x)"), tr("f″(x)")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    setSignificantDigits(kReadableDigits);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(
        tr("Values at the cursor. At a jump: the convention's value, then (←left limit | right "
           "limit→). Select cells and press Ctrl+C to copy."));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CursorReadout::copySelection);
    m_table->addAction(copy);
    auto* copyAll = new QAction(tr("Copy &all"), m_table);
    connect(copyAll, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(toText()); });
    m_table->addAction(copyAll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);

    using actlab::document::Document;
    connect(m_document, &Document::curveChanged, this, [this](int, unsigned parts) {
        if (parts != actlab::document::CurvePart::Sliders) recompute();
    });
    for (auto signal : {&Document::curveInserted, &Document::curveRemoved})
        connect(m_document, signal, this, &CursorReadout::recompute);
    connect(m_document, &Document::curveMoved, this, &CursorReadout::recompute);
    connect(m_document, &Document::wasReset, this, &CursorReadout::recompute);
    connect(m_document, &Document::cursorChanged, this, &CursorReadout::recompute);
    recompute();
}

void CursorReadout::setSignificantDigits(int digits) {
    m_digits = std::max(0, digits);
    // Fixed widths that fit a number of this many digits: measuring contents on every cursor move or
    // slider step would cost more than the rest of the readout. The columns stay resizable by hand.
    const QString widest =
        QStringLiteral("-0.") + QString(m_digits > 0 ? m_digits : 17, u'0') + QStringLiteral("e-000");
    const int valueWidth = m_table->fontMetrics().horizontalAdvance(widest) + 12;
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->resizeSection(c, valueWidth);
    recompute();
}

void CursorReadout::setTheme(const actlab::plot::Theme& theme) {
    m_theme = theme;
    recompute();
}

std::vector<ReadoutRow> readoutRows(const actlab::document::Document& document,
                                    const actlab::plot::Theme& theme, double x) {
    std::vector<ReadoutRow> rows;
    if (std::isnan(x)) return rows;
    for (int i = 0; i < document.count(); ++i) {
        const auto& c = document.curve(i);
        if (!c.visible) continue;
        const auto& a = document.function(i);
        ReadoutRow r;
        r.curve = i;
        r.label = document.label(i);
        r.color = theme.curveColor(c, i);
        const auto v = a.at(x, c.params);
        const auto l = a.at(x, c.params, actlab::Side::Left);
        const auto rt = a.at(x, c.params, actlab::Side::Right);
        r.value = {v.f, v.df, v.d2f};
        r.left = {l.f, l.df, l.d2f};
        r.right = {rt.f, rt.df, rt.d2f};
        for (std::size_t o = 0; o < 3; ++o)
            r.jump[o] = !same(r.left[o], r.right[o]);
        rows.push_back(r);
    }
    return rows;
}

void CursorReadout::recompute() {
    m_x = m_document->cursorX().value_or(std::numeric_limits<double>::quiet_NaN());
    m_rows = readoutRows(*m_document, m_theme, m_x);
    const bool has = !std::isnan(m_x);
    m_header->setText(
        has ? tr("Cursor at <b>x = %1</b>").arg(roundedNumberText(m_x, m_digits))
            : tr("Move the mouse over the plot, or use ← → (Shift: larger steps), to read values."));

    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const auto& r = m_rows[static_cast<std::size_t>(i)];
        auto* name = m_table->item(i, 0);
        if (!name) {
            name = new QTableWidgetItem;
            m_table->setItem(i, 0, name);
        }
        name->setText(r.label);
        QPixmap swatch(12, 12);
        swatch.fill(r.color);
        name->setIcon(QIcon(swatch));
        for (int o = 0; o < 3; ++o) {
            auto* cell = m_table->item(i, o + 1);
            if (!cell) {
                cell = new QTableWidgetItem;
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(i, o + 1, cell);
            }
            cell->setText(cellText(r, o, m_digits));
            const QString full = cellText(r, o);
            cell->setData(kFullTextRole, full);
            cell->setToolTip(full);
            QFont f = cell->font();
            f.setBold(r.jump[static_cast<std::size_t>(o)]);
            cell->setFont(f);
        }
    }
}

QString CursorReadout::toText() const {
    QString text = QStringLiteral("x\t%1\ncurve\tf\tf'\tf''\n").arg(numberText(m_x));
    for (const auto& r : m_rows)
        text +=
            QStringLiteral("%1\t%2\t%3\t%4\n").arg(r.label, cellText(r, 0), cellText(r, 1), cellText(r, 2));
    return text;
}

void CursorReadout::copySelection() const {
    const auto ranges = m_table->selectedRanges();
    if (ranges.isEmpty()) {
        QApplication::clipboard()->setText(toText());
        return;
    }
    QString text;
    for (const auto& range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row) {
            QStringList cells;
            for (int col = range.leftColumn(); col <= range.rightColumn(); ++col) {
                // Copy keeps full precision whatever the cells show.
                const auto* item = m_table->item(row, col);
                const QVariant full = item ? item->data(kFullTextRole) : QVariant();
                cells << (full.isValid() ? full.toString() : item ? item->text() : QString());
            }
            text += cells.join(u'\t') + u'\n';
        }
    }
    QApplication::clipboard()->setText(text);
}

} // namespace actlab::explorer
