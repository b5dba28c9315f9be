// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The window's typed formulas: *New formula…* and *Edit formula…*, adding a formula from "My functions",
/// and keeping "My functions" across sessions (QSettings "Functions/mine").
#include <QObject>

class QAction;
class QWidget;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class CataloguePanel;

class FormulaActions : public QObject {
    Q_OBJECT
  public:
    /// `window` parents the dialogs and holds the actions; with `persist`, "My functions" is read from
    /// and written to the settings.
    FormulaActions(actlab::document::Document* document, CataloguePanel* catalogue, QWidget* window,
                   bool persist);

    QAction* newFormula() const { return m_new; }
    QAction* editFormula() const { return m_edit; }

    /// Asks for a formula and adds it as a curve; the new row, or -1 when cancelled.
    int addNew();
    /// Asks for a new text for the formula curve `row`; false when cancelled or not a formula.
    bool edit(int row);
    /// Adds a formula given as text (from "My functions"); -1 with a message box if it is refused.
    int add(const QString& text);

  private:
    void updateEnabled();

    actlab::document::Document* m_document;
    CataloguePanel* m_catalogue;
    QWidget* m_window;
    bool m_persist;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
};

} // namespace actlab::explorer
