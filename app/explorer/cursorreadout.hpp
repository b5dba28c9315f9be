// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The cursor readout: for each visible curve, f, f' and f'' at the cursor x; at a jump both one-sided
/// limits as well. Cells are selectable; Ctrl+C copies them as tab-separated text.
#include <QColor>
#include <QWidget>

#include <array>
#include <vector>

class QLabel;
class QTableWidget;

namespace actlab::explorer {

class CurveListModel;

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

class CursorReadout : public QWidget {
    Q_OBJECT
  public:
    explicit CursorReadout(CurveListModel* model, QWidget* parent = nullptr);

    /// Shows the values at x (NaN: no cursor).
    void setCursorX(double x);
    double cursorX() const { return m_x; }
    const std::vector<ReadoutRow>& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    /// The whole readout as tab-separated text with a header line.
    QString toText() const;
    void copySelection() const;

  private:
    void recompute();

    CurveListModel* m_model;
    double m_x;
    std::vector<ReadoutRow> m_rows;
    QLabel* m_header = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace actlab::explorer
