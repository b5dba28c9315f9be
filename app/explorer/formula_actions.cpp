// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/formula_actions.hpp"

#include "document/document.hpp"
#include "explorer/catalogue_panel.hpp"
#include "explorer/formula_dialog.hpp"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace actlab::explorer {

namespace {

const QString kSettingsKey = QStringLiteral("Functions/mine");

} // namespace

FormulaActions::FormulaActions(actlab::document::Document* document, CataloguePanel* catalogue,
                               QWidget* window, bool persist)
    : QObject(window), m_document(document), m_catalogue(catalogue), m_window(window), m_persist(persist) {
    m_new = new QAction(tr("Ne&w formula…"), window);
    m_new->setObjectName(QStringLiteral("actionNewFormula"));
    m_new->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_new->setStatusTip(tr("Type your own function of x: exact f′ and f″, a slider for every parameter"));
    m_new->setToolTip(QStringLiteral("%1 (%2)").arg(m_new->statusTip(),
                                                    m_new->shortcut().toString(QKeySequence::NativeText)));
    m_edit = new QAction(tr("Edit f&ormula…"), window);
    m_edit->setObjectName(QStringLiteral("actionEditFormula"));
    m_edit->setStatusTip(tr("Change the selected formula curve; parameters keep their values by name"));
    window->addAction(m_new);
    window->addAction(m_edit);

    connect(m_new, &QAction::triggered, this, &FormulaActions::addNew);
    connect(m_edit, &QAction::triggered, this, [this] { edit(m_document->selected()); });
    connect(m_catalogue, &CataloguePanel::newFormulaRequested, this, &FormulaActions::addNew);
    connect(m_catalogue, &CataloguePanel::formulaAddRequested, this, &FormulaActions::add);
    using actlab::document::Document;
    connect(m_document, &Document::selectionChanged, this, &FormulaActions::updateEnabled);
    connect(m_document, &Document::wasReset, this, &FormulaActions::updateEnabled);
    connect(m_document, &Document::curveChanged, this, &FormulaActions::updateEnabled);

    if (m_persist) {
        m_catalogue->setMyFunctions(QSettings().value(kSettingsKey).toStringList());
        connect(m_catalogue, &CataloguePanel::myFunctionsChanged, this,
                [this] { QSettings().setValue(kSettingsKey, m_catalogue->myFunctions()); });
    }
    updateEnabled();
}

void FormulaActions::updateEnabled() {
    const int row = m_document->selected();
    m_edit->setEnabled(row >= 0 && row < m_document->count() &&
                       !m_document->curve(row).formula.text.isEmpty());
}

int FormulaActions::addNew() {
    const auto formula = FormulaDialog::ask(m_window, tr("New Formula"));
    if (!formula) return -1;
    m_catalogue->remember(formula->text);
    return m_document->addFormula(*formula);
}

int FormulaActions::add(const QString& text) {
    QString error;
    const auto formula = actlab::plot::parseCurveFormula(text, &error);
    if (!formula) {
        QMessageBox::warning(m_window, tr("Formula Refused"), tr("%1: %2").arg(text, error));
        return -1;
    }
    return m_document->addFormula(*formula);
}

bool FormulaActions::edit(int row) {
    if (row < 0 || row >= m_document->count() || m_document->curve(row).formula.text.isEmpty()) return false;
    const auto formula =
        FormulaDialog::ask(m_window, tr("Edit Formula"), m_document->curve(row).formula.text);
    if (!formula) return false;
    QString error;
    if (!m_document->setFormula(row, *formula, &error)) {
        QMessageBox::warning(m_window, tr("Formula Refused"), error);
        return false;
    }
    m_catalogue->remember(formula->text);
    return true;
}

} // namespace actlab::explorer
