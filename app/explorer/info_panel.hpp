// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What the selected curve is: its formula with the current parameter values, PyTorch name, range,
/// f(0), f'(0), properties and a few teaching sentences; for a typed formula, f, f' and f'' as formulas
/// and where double evaluation loses digits.
#include "plot/theme.hpp"

#include <actlab/curve_function.hpp>

#include <QWidget>

#include <span>
#include <vector>

class QTextBrowser;
class QTimer;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

/// A plain (Unicode) formula as HTML, with each parameter symbol replaced by its value (highlighted),
/// x in italics, powers as superscripts and indices as subscripts; it breaks only after the commas
/// between the pieces of a piecewise definition.
QString formulaHtml(const QString& formula, std::span<const actlab::ParameterSpec> parameters,
                    const std::vector<double>& params, const QString& valueColor);

class InfoPanel : public QWidget {
    Q_OBJECT
  public:
    /// Shows the document's selected curve.
    explicit InfoPanel(actlab::document::Document* document, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// Re-renders, e.g. after a palette change.
    void refresh();
    /// The theme whose text colours (highlighted values, labels) the page uses.
    void setTheme(const actlab::plot::Theme& theme);

  signals:
    /// The user asked to edit the selected curve's formula (the "Edit…" link).
    void editFormulaRequested(int row);

  private:
    struct Colours {
        QString accent, muted, warning;
    };
    void refreshSoon();
    QString cataloguePage(const actlab::CurveFunction& function, const std::vector<double>& params,
                          const Colours& colours) const;
    QString formulaPage(const actlab::CurveFunction& function, const std::vector<double>& params,
                        const Colours& colours) const;
    static QString equationHtml(const QString& lhs, const QString& rhs);
    static QString parameterValuesHtml(const actlab::CurveFunction& function,
                                       const std::vector<double>& params, const QString& muted);
    static QString tableRow(const QString& key, const QString& value, const QString& muted);
    static QString kinksRow(const std::vector<actlab::Kink>& kinks, const QString& muted);

    actlab::document::Document* m_document;
    QTimer* m_throttle = nullptr;
    bool m_pending = false;
    int m_row = -1;
    QTextBrowser* m_browser = nullptr;
    actlab::plot::Theme m_theme = actlab::plot::Theme::light();
};

} // namespace actlab::explorer
