// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The axis-range dialog: exact x range shared by all subplots, and per shown subplot either autoscale
/// or a fixed y range. NaN, infinities and min >= max are refused with a visible message.
#include "plot/figure_spec.hpp"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace actlab::explorer {

/// What the dialog edits.
struct AxisRanges {
    actlab::plot::Range x{-5, 5};
    std::array<std::optional<actlab::plot::Range>, 3> y{}; ///< nullopt = autoscale
    std::array<actlab::plot::Range, 3> yShown{};           ///< what an autoscaled subplot shows now
    std::array<bool, 3> shown{true, false, false};
};

class AxisRangeDialog : public QDialog {
    Q_OBJECT
  public:
    explicit AxisRangeDialog(const AxisRanges& ranges, QWidget* parent = nullptr);

    /// The ranges as typed; nullopt (and a message shown) when something is refused.
    std::optional<AxisRanges> ranges();
    QLineEdit* xMinEdit() const { return m_xMin; }
    QLineEdit* xMaxEdit() const { return m_xMax; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

  private:
    struct YRow {
        QCheckBox* autoscale = nullptr;
        QLineEdit* min = nullptr;
        QLineEdit* max = nullptr;
    };

    AxisRanges m_initial;
    QLineEdit* m_xMin = nullptr;
    QLineEdit* m_xMax = nullptr;
    std::array<YRow, 3> m_y{};
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

/// Parses a finite number as a person types it (Unicode minus allowed); nullopt otherwise.
std::optional<double> parseFinite(const QString& text);

} // namespace actlab::explorer
