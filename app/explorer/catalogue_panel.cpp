// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/catalogue_panel.hpp"

#include "actlab/catalogue.hpp"
#include "common/qt_text.hpp"
#include "plot/data_words.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace actlab::explorer {

namespace {

using common::toQString;

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFormulaRole = Qt::UserRole + 2;

QString tooltipFor(const actlab::Activation& a) {
    QString tip = QStringLiteral("<b>%1</b><br><span style='font-family:serif; font-size:large'>%2</span>")
                      .arg(actlab::plot::catalogueText(a.name).toHtmlEscaped(),
                           actlab::plot::catalogueText(a.formula).toHtmlEscaped());
    if (!a.torchName.empty())
        tip += QStringLiteral("<br><tt>%1</tt>").arg(toQString(a.torchName).toHtmlEscaped());
    tip += QStringLiteral("<br><i>%1</i>").arg(CataloguePanel::tr("Double-click or Enter to add."));
    return tip;
}

} // namespace

CataloguePanel::CataloguePanel(QWidget* parent) : QWidget(parent) {
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter functions…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type part of a name, id, family or PyTorch name (Ctrl+F)"));

    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->installEventFilter(this);

    m_mine = new QTreeWidgetItem(m_tree, {tr("My functions")});
    m_mine->setFlags(Qt::ItemIsEnabled);
    QFont mineFont = m_mine->font(0);
    mineFont.setBold(true);
    m_mine->setFont(0, mineFont);
    m_mine->setToolTip(0, tr("Formulas you typed (New formula…); right-click one to remove it"));
    m_mine->setHidden(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CataloguePanel::showContextMenu);

    QTreeWidgetItem* familyItem = nullptr;
    int family = -1;
    for (const auto& a : actlab::catalogue()) {
        if (static_cast<int>(a.family) != family) {
            family = static_cast<int>(a.family);
            familyItem =
                new QTreeWidgetItem(m_tree, {actlab::plot::catalogueText(actlab::familyName(a.family))});
            familyItem->setFlags(Qt::ItemIsEnabled);
            QFont bold = familyItem->font(0);
            bold.setBold(true);
            familyItem->setFont(0, bold);
            familyItem->setToolTip(
                0, tr("%1 family").arg(actlab::plot::catalogueText(actlab::familyName(a.family))));
        }
        auto* item = new QTreeWidgetItem(familyItem, {actlab::plot::catalogueText(a.name)});
        item->setData(0, kIdRole, toQString(a.id));
        item->setToolTip(0, tooltipFor(a));
    }
    m_tree->expandAll();
    // Family names and function names are shown whole: a scroll bar rather than an elided "Self-gat…".
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_add = new QPushButton(tr("&Add to plot"), this);
    m_add->setToolTip(tr("Add the selected function as a new curve (Enter)"));
    m_add->setEnabled(false);
    m_newFormula = new QPushButton(tr("Ne&w formula…"), this);
    m_newFormula->setToolTip(tr("Type your own function of x, with exact derivatives and its own sliders "
                                "(Ctrl+Shift+F)"));
    connect(m_newFormula, &QPushButton::clicked, this, &CataloguePanel::newFormulaRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add, 1);
    buttons->addWidget(m_newFormula, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &CataloguePanel::setFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter adds the best match, which the filter made the current item.
        if (auto* item = m_tree->currentItem(); item && !item->isHidden()) requestAdd(item);
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { requestAdd(item); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto items = m_tree->selectedItems();
        m_add->setEnabled(!selectedId().isEmpty() ||
                          (!items.isEmpty() && !items.first()->data(0, kFormulaRole).toString().isEmpty()));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const auto items = m_tree->selectedItems();
        if (!items.isEmpty()) requestAdd(items.first());
    });
}

QString CataloguePanel::selectedId() const {
    const auto items = m_tree->selectedItems();
    if (items.isEmpty() || items.first()->isHidden()) return {};
    return items.first()->data(0, kIdRole).toString();
}

int CataloguePanel::matchRank(const QTreeWidgetItem* item, const QString& needle) {
    const auto* a = actlab::findActivation(item->data(0, kIdRole).toString().toStdString());
    const QString name = item->text(0);
    const QString id = a ? toQString(a->id) : QString();
    auto is = [&needle](const QString& s) {
        return !s.isEmpty() && s.compare(needle, Qt::CaseInsensitive) == 0;
    };
    auto starts = [&needle](const QString& s) { return s.startsWith(needle, Qt::CaseInsensitive); };
    auto has = [&needle](const QString& s) { return s.contains(needle, Qt::CaseInsensitive); };
    if (is(name) || is(id)) return 0;
    if (starts(name) || starts(id)) return 1;
    if (has(name) || has(id)) return 2;
    if (a && has(toQString(a->torchName))) return 3;
    if (item->parent() && has(item->parent()->text(0))) return 4;
    return -1;
}

void CataloguePanel::setFilter(const QString& text) {
    const QString needle = text.trimmed();
    QTreeWidgetItem* best = nullptr;
    int bestRank = 5;
    for (int f = 0; f < m_tree->topLevelItemCount(); ++f) {
        auto* fam = m_tree->topLevelItem(f);
        int shown = 0;
        for (int i = 0; i < fam->childCount(); ++i) {
            auto* item = fam->child(i);
            const int rank = needle.isEmpty() ? 0 : matchRank(item, needle);
            item->setHidden(rank < 0);
            shown += rank < 0 ? 0 : 1;
            if (rank >= 0 && rank < bestRank) {
                best = item;
                bestRank = rank;
            }
        }
        fam->setHidden(shown == 0);
    }
    // The best match (an exact name or id, then a name or id that starts with the text, contains it, the
    // PyTorch name, the family; catalogue order among equals) becomes the current item: Enter adds it.
    if (!needle.isEmpty() && best) m_tree->setCurrentItem(best);
}

bool CataloguePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (auto* item = m_tree->currentItem()) {
                requestAdd(item);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CataloguePanel::requestAdd(QTreeWidgetItem* item) {
    if (!item) return;
    const QString id = item->data(0, kIdRole).toString();
    const QString formula = item->data(0, kFormulaRole).toString();
    if (!id.isEmpty()) emit addRequested(id);
    if (!formula.isEmpty()) emit formulaAddRequested(formula);
}

QStringList CataloguePanel::myFunctions() const {
    QStringList out;
    for (int i = 0; i < m_mine->childCount(); ++i)
        out << m_mine->child(i)->data(0, kFormulaRole).toString();
    return out;
}

void CataloguePanel::setMyFunctions(const QStringList& formulas) {
    qDeleteAll(m_mine->takeChildren());
    for (const QString& text : formulas) {
        if (text.trimmed().isEmpty() || myFunctions().contains(text)) continue;
        auto* item = new QTreeWidgetItem(m_mine, {text});
        item->setData(0, kFormulaRole, text);
        item->setToolTip(0, tr("<b>Your formula</b><br><tt>%1</tt><br><i>Double-click or Enter to add; "
                               "right-click to remove.</i>")
                                .arg(text.toHtmlEscaped()));
    }
    m_mine->setHidden(m_mine->childCount() == 0);
    m_mine->setExpanded(true);
    setFilter(m_filter->text());
}

void CataloguePanel::remember(const QString& formula) {
    QStringList list = myFunctions();
    if (list.contains(formula)) return;
    list << formula;
    setMyFunctions(list);
    emit myFunctionsChanged();
}

void CataloguePanel::showContextMenu(const QPoint& position) {
    QTreeWidgetItem* item = m_tree->itemAt(position);
    const QString formula = item ? item->data(0, kFormulaRole).toString() : QString();
    QMenu menu(this);
    if (!formula.isEmpty()) {
        menu.addAction(tr("Add to plot"), this, [this, formula] { emit formulaAddRequested(formula); });
        menu.addAction(tr("Remove from My functions"), this, [this, formula] {
            QStringList list = myFunctions();
            list.removeAll(formula);
            setMyFunctions(list);
            emit myFunctionsChanged();
        });
    } else if (item && !item->data(0, kIdRole).toString().isEmpty()) {
        menu.addAction(tr("Add to plot"), this, [this, item] { requestAdd(item); });
    }
    menu.addAction(tr("New formula…"), this, &CataloguePanel::newFormulaRequested);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace actlab::explorer
