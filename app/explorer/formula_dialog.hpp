// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Typing a formula in x: the text box, checked while typing (the parser's message with a caret under
/// the column), and a preview of f, f' and f'' and the parameters the formula will get sliders for.
/// The check (GiNaC's parse and two derivatives, up to a second or so for a large formula) runs in a
/// worker thread, so the window never freezes while the user types.
#include "plot/figure_spec.hpp"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QThread;
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
    /// A check is waiting for typing to pause or running.
    bool isChecking() const;
    /// Waits for the thread of a running check (the destructor does too).
    ~FormulaDialog() override;

    /// Asks for a formula; nothing when cancelled.
    static std::optional<actlab::plot::CurveFormula> ask(QWidget* parent, const QString& title,
                                                         const QString& text = {});

  private:
    struct Checked; ///< the outcome of one check
    /// Checks the text in a worker thread, or once more after the running check.
    void check();
    void showChecked(const Checked& checked);

    QLineEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_debounce = nullptr;
    QThread* m_thread = nullptr;    ///< the running check
    bool m_checkAgain = false;      ///< the text changed while the thread ran
    bool m_acceptWhenValid = false; ///< OK was pressed while a check ran
    QString m_checkedText;          ///< what m_formula and the status describe
    std::optional<actlab::plot::CurveFormula> m_formula;
};

} // namespace actlab::explorer
