// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/curves_panel.hpp"

#include "document/document.hpp"
#include "explorer/curve_list_model.hpp"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace actlab::explorer {

CurvesPanel::CurvesPanel(CurveListModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_document(model->document()) {
    m_view = new QTreeView(this);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setIconSize(QSize(16, 16));
    auto* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CurveListModel::VisibleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CurveListModel::ColorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CurveListModel::LabelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CurveListModel::DuplicateColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(CurveListModel::RemoveColumn, QHeaderView::Fixed);
    header->resizeSection(CurveListModel::DuplicateColumn, 26);
    header->resizeSection(CurveListModel::RemoveColumn, 26);
    m_view->setToolTip(tr("Curves on the plot. Drag rows to reorder."));

    auto makeButton = [this](const QString& themeIcon, const QString& fallback, const QString& text,
                             const QString& tip) {
        auto* b = new QToolButton(this);
        b->setIcon(QIcon::fromTheme(themeIcon, QIcon(fallback)));
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_up = makeButton(QStringLiteral("go-up"), QStringLiteral(":/icons/up.svg"), tr("Up"),
                      tr("Move the curve up"));
    m_down = makeButton(QStringLiteral("go-down"), QStringLiteral(":/icons/down.svg"), tr("Down"),
                        tr("Move the curve down"));
    m_duplicate = makeButton(QStringLiteral("edit-copy"), QStringLiteral(":/icons/duplicate.svg"),
                             tr("Duplicate"), tr("Duplicate the selected curve (Ctrl+D)"));
    m_remove = makeButton(QStringLiteral("list-remove"), QStringLiteral(":/icons/remove.svg"), tr("Remove"),
                          tr("Remove the selected curve (Delete)"));
    // The how-to is the list's tooltip: as a line of text it took two rows from the curves on a small
    // screen.
    m_view->setToolTip(tr("Click a swatch to change its colour; double-click a label to rename it."));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeView::clicked, this, &CurvesPanel::onClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) m_document->setSelected(current.row());
            });
    using actlab::document::Document;
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        if (row > 0) m_document->moveCurve(row, row - 1);
    });
    connect(m_down, &QToolButton::clicked, this,
            [this] { m_document->moveCurve(currentRow(), currentRow() + 1); });
    connect(m_duplicate, &QToolButton::clicked, this, [this] { m_document->duplicateCurve(currentRow()); });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_document->removeCurve(currentRow()); });
    connect(m_document, &Document::selectionChanged, this, &CurvesPanel::showSelection);
    // Rows moved or removed shift the view's current index with them; the document's selection wins.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { showSelection(currentRow()); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { showSelection(currentRow()); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { showSelection(currentRow()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showSelection(currentRow()); });
    showSelection(currentRow());
}

int CurvesPanel::currentRow() const {
    return m_document->selected();
}

void CurvesPanel::setCurrentRow(int row) {
    m_document->setSelected(row);
}

void CurvesPanel::showSelection(int row) {
    auto* selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (row < 0) {
        selection->clear();
    } else if (!current.isValid() || current.row() != row || !selection->isRowSelected(row)) {
        selection->setCurrentIndex(m_model->index(row, CurveListModel::LabelColumn),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateButtons();
}

void CurvesPanel::chooseColor(int row) {
    if (row < 0 || row >= m_document->count()) return;
    const QColor color =
        QColorDialog::getColor(m_model->color(row), this, tr("Colour of %1").arg(m_document->label(row)));
    if (color.isValid()) m_document->setColor(row, color);
}

void CurvesPanel::onClicked(const QModelIndex& index) {
    if (!index.isValid()) return;
    switch (index.column()) {
    case CurveListModel::DuplicateColumn: {
        m_document->duplicateCurve(index.row());
        break;
    }
    case CurveListModel::RemoveColumn:
        m_document->removeCurve(index.row());
        break;
    case CurveListModel::ColorColumn:
        chooseColor(index.row());
        break;
    default:
        break;
    }
}

void CurvesPanel::updateButtons() {
    const int row = currentRow();
    const bool has = row >= 0;
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_document->count());
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
}

} // namespace actlab::explorer
