// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/formula_dialog.hpp"

#include "common/qt_text.hpp"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace actlab::explorer {

using actlab::common::elidedFormula;

namespace {

/// The formula language in a few lines, for the dialog and its tooltip.
QString languageHelp() {
    return FormulaDialog::tr(
        "Operators + − * / ^ and parentheses; functions exp, expm1, log, log1p, sqrt, abs, sign, min, max, "
        "sin, cos, tanh, sinh, cosh, sech, erf, erfc, sigmoid, softplus, logsigmoid, where(cond, a, b) "
        "with &lt; &lt;= &gt; &gt;= == !=, and every catalogue id: gelu(x), elu(x, 0.5). Every other name "
        "is a parameter with its own slider (default 1).");
}

} // namespace

FormulaDialog::FormulaDialog(const QString& title, const QString& text, QWidget* parent) : QDialog(parent) {
    setWindowTitle(title);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto* intro = new QLabel(tr("<i>f</i>(<i>x</i>) ="), this);
    m_edit = new QLineEdit(text, this);
    m_edit->setFont(fixed);
    m_edit->setPlaceholderText(QStringLiteral("x*tanh(softplus(b*x))"));
    m_edit->setToolTip(languageHelp());
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 48);

    m_status = new QLabel(this);
    m_status->setFont(fixed);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* help = new QLabel(languageHelp(), this);
    help->setWordWrap(true);
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isChecking() && m_checkedText == m_edit->text()) {
            if (m_formula) accept();
            return;
        }
        m_acceptWhenValid = true; // the text changed since the last check: accept when it checks out
        check();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_preview);
    layout->addWidget(help);
    layout->addWidget(m_buttons);

    // GiNaC's work takes milliseconds to a second: check when typing pauses, not on every key.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &FormulaDialog::check);
    // OK stays pressable while a check is pending (Enter right after typing accepts the formula once it
    // checks out); a failed check disables it.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& typed) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!typed.trimmed().isEmpty());
        m_debounce->start();
    });
    check();
}

struct FormulaDialog::Checked {
    QString text;
    std::optional<actlab::plot::CurveFormula> formula;
    QString error;
    int column = 0; ///< where the error is, 1-based
};

FormulaDialog::~FormulaDialog() {
    if (!m_thread) return;
    m_thread->disconnect(this);
    m_thread->wait(); // a parse is bounded (the formula module refuses too large derivatives)
    delete m_thread;
}

bool FormulaDialog::isChecking() const {
    return m_thread || m_debounce->isActive();
}

void FormulaDialog::check() {
    m_debounce->stop();
    if (m_thread) {
        m_checkAgain = true;
        return;
    }
    auto checked = std::make_shared<Checked>();
    checked->text = m_edit->text();
    if (checked->text.trimmed().isEmpty()) {
        showChecked(*checked);
        return;
    }
    m_status->setText(tr("Checking…"));
    // The thread reads and writes only `checked`; GiNaC's parses are serialised by the formula module.
    m_thread = QThread::create([checked] {
        checked->formula = actlab::plot::parseCurveFormula(checked->text, &checked->error, &checked->column);
    });
    connect(m_thread, &QThread::finished, this, [this, checked] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_checkAgain || checked->text != m_edit->text()) {
            m_checkAgain = false;
            check();
            return;
        }
        showChecked(*checked);
    });
    m_thread->start();
}

void FormulaDialog::showChecked(const Checked& checked) {
    const QString& text = checked.text;
    const QString& error = checked.error;
    m_checkedText = text;
    m_formula = checked.formula;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_formula.has_value());
    const bool acceptNow = m_acceptWhenValid && m_formula.has_value();
    m_acceptWhenValid = false;
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("Type a formula in x."));
        m_preview->clear();
        return;
    }
    if (!m_formula) {
        // A caret under the column the message names.
        QString shown = error.toHtmlEscaped();
        if (const int column = checked.column; column > 0) {
            QString caret;
            for (int i = 1; i < column; ++i)
                caret += QStringLiteral("&nbsp;");
            // Spaces kept as typed (HTML would fold them), so the caret stands under its column.
            const QString line = text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
            shown = QStringLiteral("%1<br>%2^<br>%3").arg(line, caret, error.toHtmlEscaped());
        }
        m_status->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(shown));
        m_preview->clear();
        return;
    }
    m_status->setText(tr("✓ reads as a function of x"));
    const auto& formula = *m_formula->function->formula();
    const auto unicode = actlab::formula::Notation::Unicode;
    QString preview =
        QStringLiteral("<i>f</i>′(<i>x</i>) = %1<br><i>f</i>″(<i>x</i>) = %2")
            .arg(elidedFormula(QString::fromStdString(formula.text(1, unicode))).toHtmlEscaped(),
                 elidedFormula(QString::fromStdString(formula.text(2, unicode))).toHtmlEscaped());
    QStringList names;
    for (const auto& name : formula.parameterNames())
        names << QString::fromStdString(name);
    preview += QStringLiteral("<br>") +
               (names.isEmpty() ? tr("No parameters.")
                                : tr("Parameters (sliders): %1").arg(names.join(QStringLiteral(", "))));
    m_preview->setText(preview);
    if (acceptNow) accept();
}

std::optional<actlab::plot::CurveFormula> FormulaDialog::ask(QWidget* parent, const QString& title,
                                                             const QString& text) {
    FormulaDialog dialog(title, text, parent);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.formula();
}

} // namespace actlab::explorer
