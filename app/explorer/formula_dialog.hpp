// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Typing a formula in x: the text box, checked while typing (the parser's message with a caret under
/// the column), and a preview of f, f' and f'' and the parameters the formula will get sliders for.
#include "plot/figure_spec.hpp"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace actlab::explorer {

class FormulaDialog : public QDialog {
    Q_OBJECT
  public:
    FormulaDialog(const QString& title, const QString& text, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QLabel* status() const { return m_status; }
    /// The formula as last checked, if it parses.
    const std::optional<actlab::plot::CurveFormula>& formula() const { return m_formula; }

    /// Asks for a formula; nothing when cancelled.
    static std::optional<actlab::plot::CurveFormula> ask(QWidget* parent, const QString& title,
                                                         const QString& text = {});

  private:
    void check();

    QLineEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_debounce = nullptr;
    std::optional<actlab::plot::CurveFormula> m_formula;
};

} // namespace actlab::explorer
