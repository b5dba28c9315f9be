// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The properties table's model: one row per catalogue function, in catalogue order, one column per
/// property (actlab::analysis::ComputedProperties) and the measured cost relative to ReLU. Text for
/// reading in Qt::DisplayRole, the number (or flag) behind it in kSortRole so that a proxy sorts
/// numerically, a tooltip per header explaining the column and per cell giving full precision.
#include <actlab/activation.hpp>
#include <actlab/analysis/properties.hpp>

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace actlab::explorer {

class PropertiesModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Function,
        Range,
        Bounded,
        Monotonic,
        Smoothness,
        ZeroCentred,
        Saturating,
        MaxAbsDf,
        DfAtZero,
        MeanF,
        VarF,
        Dead,
        ChiHe,
        Cost,
        ColumnCount
    };
    /// The value a column sorts by: a double for numbers, an int for flags and classes.
    static constexpr int kSortRole = Qt::UserRole;
    /// The catalogue id of a row (any column).
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit PropertiesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const actlab::Activation& activation(int row) const;
    /// The parameters a row is computed at, and whether they are a curve's (not the defaults).
    const std::vector<double>& params(int row) const { return m_rows[static_cast<std::size_t>(row)].params; }
    bool fromCurve(int row) const { return m_rows[static_cast<std::size_t>(row)].fromCurve; }
    const std::optional<actlab::analysis::ComputedProperties>& properties(int row) const {
        return m_rows[static_cast<std::size_t>(row)].properties;
    }
    /// setProperties() has been called since the parameters last changed (the core may have refused them).
    bool computed(int row) const { return m_rows[static_cast<std::size_t>(row)].computed; }
    /// The row of a catalogue id, or -1.
    int rowOf(std::string_view id) const;

    /// New parameters for a row: its properties are cleared until setProperties().
    void setParams(int row, std::vector<double> params, bool fromCurve);
    void setProperties(int row, std::optional<actlab::analysis::ComputedProperties> properties);
    /// Measured ns per element; the Cost column shows it relative to ReLU's.
    void setNanoseconds(int row, double nanoseconds);
    std::optional<double> nanoseconds(int row) const { return m_rows[static_cast<std::size_t>(row)].ns; }
    /// ns per element relative to ReLU's, once both are measured.
    std::optional<double> relativeCost(int row) const;

  private:
    struct Row {
        const actlab::Activation* activation;
        std::vector<double> params;
        bool fromCurve = false;
        bool computed = false;
        std::optional<actlab::analysis::ComputedProperties> properties;
        std::optional<double> ns;
    };
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    std::vector<Row> m_rows;
    int m_reluRow = -1;
};

} // namespace actlab::explorer
