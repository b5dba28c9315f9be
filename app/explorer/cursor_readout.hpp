// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The cursor readout: for each visible curve, f, f' and f'' at the document's cursor x; at a jump both
/// one-sided limits as well. Cells are selectable; Ctrl+C copies them as tab-separated text.
#include "plot/theme.hpp"

#include <QColor>
#include <QWidget>

#include <array>
#include <vector>

class QLabel;
class QTableWidget;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

struct ReadoutRow {
    int curve = -1; ///< row in the curve model
    QString label;
    QColor color;
    std::array<double, 3> value{}; ///< f, f', f'' with the kink convention
    std::array<double, 3> left{};  ///< one-sided limits from the left
    std::array<double, 3> right{}; ///< and from the right
    /// True where the two one-sided limits differ (a jump of that order at x).
    std::array<bool, 3> jump{};
};

/// The readout's rows at x for the model's visible curves (empty for NaN); the plot's cursor dots use
/// the same rows.
std::vector<ReadoutRow> readoutRows(const actlab::document::Document& document,
                                    const actlab::plot::Theme& theme, double x);

class CursorReadout : public QWidget {
    Q_OBJECT
  public:
    explicit CursorReadout(actlab::document::Document* document, QWidget* parent = nullptr);
    /// The theme the swatches show the curves' colours in.
    void setTheme(const actlab::plot::Theme& theme);

    /// The digits shown by default: enough to read and compare values at a glance.
    static constexpr int kReadableDigits = 6;
    /// Shows `digits` significant digits (0: full precision, every digit of the double). Copying and
    /// the cells' tooltips keep full precision whatever is shown.
    void setSignificantDigits(int digits);
    int significantDigits() const { return m_digits; }

    /// The x shown (the document's cursor; NaN: no cursor).
    double cursorX() const { return m_x; }
    const std::vector<ReadoutRow>& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    /// The whole readout as tab-separated text with a header line.
    QString toText() const;
    void copySelection() const;

  private:
    void recompute();

    actlab::document::Document* m_document;
    actlab::plot::Theme m_theme = actlab::plot::Theme::light();
    double m_x;
    int m_digits = kReadableDigits;
    std::vector<ReadoutRow> m_rows;
    QLabel* m_header = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace actlab::explorer
