// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The explorer's list of curves: which function, its parameter values and slider ranges, label,
/// colour, visibility. The one place where parameter changes are validated before they reach the plot.
#include <QAbstractTableModel>
#include <QColor>
#include <QString>

#include <functional>
#include <vector>

namespace actlab {
struct Activation;
}

namespace actlab::explorer {

/// The slider range of one parameter (a sub-range of the declared range) and its scale.
struct SliderRange {
    double lo = 0;
    double hi = 1;
    bool log = false;
};

/// One curve of the explorer.
struct ExplorerCurve {
    const actlab::Activation* activation = nullptr;
    std::vector<double> params;
    std::vector<SliderRange> ranges;
    QString label;
    bool autoLabel = true; ///< the label follows the parameters until the user edits it
    QColor color;
    int paletteIndex =
        -1; ///< the palette entry the colour comes from (follows the theme), or -1 for a chosen colour
    double lineWidth = 2; ///< device-independent pixels
    bool visible = true;
};

/// Default slider range of a declared parameter: the declared range, with the lower end made positive
/// for log-scale parameters.
SliderRange defaultSliderRange(const actlab::Activation& activation, int index);

class CurveListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { VisibleColumn = 0, ColorColumn, LabelColumn, DuplicateColumn, RemoveColumn, ColumnCount };

    explicit CurveListModel(QObject* parent = nullptr);

    /// Makes automatic labels (the plot module's rule); until set, the display name with parameters.
    void setLabelMaker(std::function<QString(const actlab::Activation&, const std::vector<double>&)> maker);
    /// The palette new curves take their colours from, in order (first entry not in use). Curves
    /// coloured from the palette are recoloured when it changes (a theme switch).
    void setPalette(const std::vector<QColor>& palette);
    const std::vector<QColor>& palette() const { return m_palette; }

    int count() const { return static_cast<int>(m_curves.size()); }
    const ExplorerCurve& curve(int row) const { return m_curves.at(static_cast<std::size_t>(row)); }
    const std::vector<ExplorerCurve>& curves() const { return m_curves; }

    /// Appends a curve with the function's default parameters; returns its row.
    int addCurve(const actlab::Activation& activation);
    /// Appends a fully specified curve (presets); an empty label means automatic. Returns -1 and sets
    /// *error if the parameters are refused.
    int addCurve(ExplorerCurve curve, QString* error = nullptr);
    int duplicateCurve(int row);
    void removeCurve(int row);
    void clear();
    bool moveCurve(int from, int to);

    /// Validates and applies parameter values; on refusal leaves the curve unchanged, returns false and
    /// fills *error with a message naming the parameter and what is allowed.
    bool setParams(int row, const std::vector<double>& params, QString* error = nullptr);
    bool setParam(int row, int index, double value, QString* error = nullptr);
    /// Sets the slider range of one parameter; refuses NaN, min >= max, or ends outside the declared range.
    bool setSliderRange(int row, int index, SliderRange range, QString* error = nullptr);
    void setColor(int row, const QColor& color);
    void setVisible(int row, bool visible);
    /// An empty label returns to the automatic one.
    void setLabel(int row, const QString& label);

    QString automaticLabel(const actlab::Activation& activation, const std::vector<double>& params) const;

    // QAbstractTableModel
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

  signals:
    void curveAdded(int row);
    void curveRemoved(int row);
    void curveMoved(int from, int to);
    void paramsChanged(int row);
    void sliderRangeChanged(int row, int index);
    void colorChanged(int row);
    void visibilityChanged(int row);
    void labelChanged(int row);

  private:
    int nextPaletteIndex() const;
    void refreshAutoLabel(int row);
    void emitRowChanged(int row);

    std::vector<ExplorerCurve> m_curves;
    std::function<QString(const actlab::Activation&, const std::vector<double>&)> m_labelMaker;
    std::vector<QColor> m_palette;
};

/// Keeps *row pointing at the same curve while curves are added, removed and moved (a panel showing one
/// curve); when that curve is removed, calls `removed` instead. Connections live as long as `context`.
void followRow(CurveListModel* model, QObject* context, int* row, std::function<void()> removed);

} // namespace actlab::explorer
