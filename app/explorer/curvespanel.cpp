// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvespanel.hpp"

#include "curvelistmodel.hpp"

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

CurvesPanel::CurvesPanel(CurveListModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
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
    auto* hint =
        new QLabel(tr("Click a swatch to change its colour; double-click a label to rename it."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

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
    layout->addWidget(hint);

    connect(m_view, &QTreeView::clicked, this, &CurvesPanel::onClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                updateButtons();
                emit currentRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        if (row > 0 && m_model->moveCurve(row, row - 1)) setCurrentRow(row - 1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && m_model->moveCurve(row, row + 1)) setCurrentRow(row + 1);
    });
    connect(m_duplicate, &QToolButton::clicked, this, [this] {
        const int row = m_model->duplicateCurve(currentRow());
        if (row >= 0) setCurrentRow(row);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_model->removeCurve(currentRow()); });
    connect(m_model, &CurveListModel::curveMoved, this, [this](int, int to) { setCurrentRow(to); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CurvesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        emit currentRowChanged(currentRow());
    });
    updateButtons();
}

int CurvesPanel::currentRow() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CurvesPanel::setCurrentRow(int row) {
    if (row < 0 || row >= m_model->count()) return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, CurveListModel::LabelColumn),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
}

void CurvesPanel::chooseColor(int row) {
    if (row < 0 || row >= m_model->count()) return;
    const QColor color = QColorDialog::getColor(m_model->curve(row).color, this,
                                                tr("Colour of %1").arg(m_model->curve(row).label));
    if (color.isValid()) m_model->setColor(row, color);
}

void CurvesPanel::onClicked(const QModelIndex& index) {
    if (!index.isValid()) return;
    switch (index.column()) {
    case CurveListModel::DuplicateColumn: {
        const int row = m_model->duplicateCurve(index.row());
        if (row >= 0) setCurrentRow(row);
        break;
    }
    case CurveListModel::RemoveColumn:
        m_model->removeCurve(index.row());
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
    m_down->setEnabled(has && row + 1 < m_model->count());
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
}

} // namespace actlab::explorer
