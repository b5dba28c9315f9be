// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/properties_model.hpp"

#include "common/qt_text.hpp"
#include "plot/curve_label.hpp"

#include <actlab/catalogue.hpp>
#include <actlab/curve_function.hpp>

#include <QFont>

#include <cmath>

namespace actlab::explorer {
namespace {

using actlab::analysis::ComputedProperties;
using actlab::analysis::Extremum;

/// |E[f]| below this times std[f] is shown as 0.
constexpr double kRoundingZero = 1e-12;

/// Six significant digits, "−" and "∞".
QString shortNumber(double v) {
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("\u2212∞");
    return actlab::plot::formatLabelNumber(v);
}

QString rangeText(const ComputedProperties& p) {
    if (p.inf.value == p.sup.value) return QStringLiteral("{%1}").arg(shortNumber(p.inf.value));
    return QString(p.inf.attained ? u'[' : u'(') + shortNumber(p.inf.value) + QStringLiteral(", ") +
           shortNumber(p.sup.value) + QChar(p.sup.attained ? u']' : u')');
}

QString whereText(const Extremum& e) {
    if (std::isnan(e.at)) return {};
    const QString at = actlab::common::displayNumber(e.at);
    return e.attained ? QObject::tr("at x = %1").arg(at) : QObject::tr("approached at x → %1").arg(at);
}

QString yesNo(bool v) {
    return v ? QObject::tr("yes") : QObject::tr("no");
}

QString sidesText(bool left, bool right) {
    if (left && right) return QObject::tr("both");
    if (left) return QObject::tr("\u2212∞");
    if (right) return QObject::tr("+∞");
    return QObject::tr("no");
}

QString smoothnessText(int s) {
    if (s == kDiscontinuous) return QObject::tr("jumps");
    if (s == kSmooth) return QStringLiteral("C^∞");
    static const char16_t* const kSuperscripts[] = {u"\u2070", u"\u00B9", u"\u00B2", u"\u00B3"};
    if (s >= 0 && s < 4) return QStringLiteral("C") + QString::fromUtf16(kSuperscripts[s]);
    return QStringLiteral("C%1").arg(s);
}

int boundedClass(const ComputedProperties& p) {
    return (p.boundedBelow ? 1 : 0) + (p.boundedAbove ? 2 : 0);
}

} // namespace

PropertiesModel::PropertiesModel(QObject* parent) : QAbstractTableModel(parent) {
    for (const Activation& a : catalogue()) {
        if (a.id == "relu") m_reluRow = static_cast<int>(m_rows.size());
        m_rows.push_back({&a, a.defaults(), false, false, std::nullopt, std::nullopt});
    }
}

int PropertiesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PropertiesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const actlab::Activation& PropertiesModel::activation(int row) const {
    return *m_rows[static_cast<std::size_t>(row)].activation;
}

int PropertiesModel::rowOf(std::string_view id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].activation->id == id) return static_cast<int>(i);
    return -1;
}

void PropertiesModel::setParams(int row, std::vector<double> params, bool fromCurve) {
    Row& r = m_rows[static_cast<std::size_t>(row)];
    if (r.params == params && r.fromCurve == fromCurve) return;
    r.params = std::move(params);
    r.fromCurve = fromCurve;
    r.computed = false;
    r.properties.reset();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PropertiesModel::setProperties(int row, std::optional<ComputedProperties> properties) {
    m_rows[static_cast<std::size_t>(row)].properties = std::move(properties);
    m_rows[static_cast<std::size_t>(row)].computed = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PropertiesModel::setNanoseconds(int row, double nanoseconds) {
    m_rows[static_cast<std::size_t>(row)].ns = nanoseconds;
    // every relative cost changes with ReLU's
    if (row == m_reluRow)
        emit dataChanged(index(0, Cost), index(rowCount() - 1, Cost));
    else
        emit dataChanged(index(row, Cost), index(row, Cost));
}

std::optional<double> PropertiesModel::relativeCost(int row) const {
    const auto& ns = m_rows[static_cast<std::size_t>(row)].ns;
    if (!ns || m_reluRow < 0) return std::nullopt;
    const auto& relu = m_rows[static_cast<std::size_t>(m_reluRow)].ns;
    if (!relu || !(*relu > 0)) return std::nullopt;
    return *ns / *relu;
}

QVariant PropertiesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case kSortRole:
        return sortValue(row, index.column());
    case kIdRole:
        return actlab::common::toQString(row.activation->id);
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= MaxAbsDf ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Function && row.fromCurve) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant PropertiesModel::display(const Row& row, int column) const {
    if (column == Function)
        return actlab::plot::automaticLabel(actlab::CurveFunction(*row.activation), row.params);
    if (column == Cost) {
        const auto rel = relativeCost(static_cast<int>(&row - m_rows.data()));
        return rel ? QStringLiteral("%1×").arg(QString::number(*rel, 'f', 2)) : QStringLiteral("…");
    }
    if (!row.properties) return row.computed ? tr("refused") : QStringLiteral("…");
    const ComputedProperties& p = *row.properties;
    switch (column) {
    case Range:
        return rangeText(p);
    case Bounded:
        return p.boundedBelow && p.boundedAbove ? tr("both")
               : p.boundedBelow                 ? tr("below")
               : p.boundedAbove                 ? tr("above")
                                                : tr("no");
    case Monotonic:
        return p.nonDecreasing && p.nonIncreasing ? tr("constant")
               : p.nonDecreasing                  ? tr("yes ↑")
               : p.nonIncreasing                  ? tr("yes ↓")
                                                  : tr("no");
    case Smoothness:
        return smoothnessText(p.smoothness);
    case ZeroCentred:
        return yesNo(p.zeroCentred);
    case Saturating:
        return sidesText(p.saturatesLeft, p.saturatesRight);
    case MaxAbsDf:
        return shortNumber(p.maxAbsDf);
    case DfAtZero:
        if (p.kinkAtZero && p.dfAtZeroLeft != p.dfAtZeroRight)
            return QStringLiteral("%1 (%2 | %3)")
                .arg(shortNumber(p.dfAtZero), shortNumber(p.dfAtZeroLeft), shortNumber(p.dfAtZeroRight));
        return shortNumber(p.dfAtZero);
    case MeanF:
        // an odd f's mean is 0; the quadrature's rounding (1e-17) is left to the tooltip
        if (std::fabs(p.standard.meanF) < kRoundingZero * std::sqrt(p.standard.varF))
            return QStringLiteral("0");
        return shortNumber(p.standard.meanF);
    case VarF:
        return shortNumber(p.standard.varF);
    case Dead:
        return shortNumber(p.standard.pDead);
    case ChiHe:
        return shortNumber(p.chiHe);
    default:
        return {};
    }
}

QVariant PropertiesModel::sortValue(const Row& row, int column) const {
    if (column == Function) return actlab::common::toQString(row.activation->name);
    if (column == Cost) {
        const auto rel = relativeCost(static_cast<int>(&row - m_rows.data()));
        return rel ? QVariant(*rel) : QVariant();
    }
    if (!row.properties) return {};
    const ComputedProperties& p = *row.properties;
    switch (column) {
    case Range:
        return p.inf.value;
    case Bounded:
        return boundedClass(p);
    case Monotonic:
        return p.monotonic ? 1 : 0;
    case Smoothness:
        return p.smoothness;
    case ZeroCentred:
        return p.zeroCentred ? 1 : 0;
    case Saturating:
        return (p.saturatesLeft ? 1 : 0) + (p.saturatesRight ? 2 : 0);
    case MaxAbsDf:
        return p.maxAbsDf;
    case DfAtZero:
        return p.dfAtZero;
    case MeanF:
        return p.standard.meanF;
    case VarF:
        return p.standard.varF;
    case Dead:
        return p.standard.pDead;
    case ChiHe:
        return p.chiHe;
    default:
        return {};
    }
}

QVariant PropertiesModel::toolTip(const Row& row, int column) const {
    using actlab::common::displayNumber;
    if (column == Function)
        return row.fromCurve ? tr("%1 at the parameters of its curve on the plot (double-click to select it)")
                                   .arg(actlab::common::toQString(row.activation->id))
                             : tr("%1 at its defaults (double-click to add it to the plot)")
                                   .arg(actlab::common::toQString(row.activation->id));
    if (column == Cost) {
        const auto& ns = row.ns;
        return ns ? tr("%1 ns per element for f and f′ on this machine").arg(QString::number(*ns, 'f', 2))
                  : tr("being measured");
    }
    if (!row.properties) return tr("being computed");
    const ComputedProperties& p = *row.properties;
    switch (column) {
    case Range:
        return tr("inf f = %1 %2\nsup f = %3 %4")
            .arg(displayNumber(p.inf.value), whereText(p.inf), displayNumber(p.sup.value), whereText(p.sup));
    case MaxAbsDf:
        return tr("max |f′| = %1 at x = %2").arg(displayNumber(p.maxAbsDf), displayNumber(p.maxAbsDfAt));
    case DfAtZero:
        return tr("f′(0) = %1; from the left %2, from the right %3")
            .arg(displayNumber(p.dfAtZero), displayNumber(p.dfAtZeroLeft), displayNumber(p.dfAtZeroRight));
    case MeanF:
    case ZeroCentred:
        return tr("E[f] = %1, std[f] = %2 under N(0, 1)")
            .arg(displayNumber(p.standard.meanF), displayNumber(std::sqrt(p.standard.varF)));
    case VarF:
        return displayNumber(p.standard.varF);
    case Dead:
        return displayNumber(p.standard.pDead);
    case ChiHe:
        return displayNumber(p.chiHe);
    case Saturating:
        return tr("f′(−∞) = %1, f′(+∞) = %2")
            .arg(displayNumber(p.limitDfLeft), displayNumber(p.limitDfRight));
    default:
        return headerData(column, Qt::Horizontal, Qt::ToolTipRole);
    }
}

QVariant PropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Function:
            return tr("Function");
        case Range:
            return tr("Range");
        case Bounded:
            return tr("Bounded");
        case Monotonic:
            return tr("Monotonic");
        case Smoothness:
            return tr("Smooth");
        case ZeroCentred:
            return tr("Zero-centred");
        case Saturating:
            return tr("Saturates");
        case MaxAbsDf:
            return tr("max |f′|");
        case DfAtZero:
            return tr("f′(0)");
        case MeanF:
            return tr("E[f]");
        case VarF:
            return tr("Var[f]");
        case Dead:
            return tr("Dead");
        case ChiHe:
            return tr("χ (He)");
        case Cost:
            return tr("Cost");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Function:
            return tr("The function at the parameters of its curve on the plot (bold) or at its defaults");
        case Range:
            return tr("inf and sup of f over the real line; a square bracket where the value is attained at "
                      "a finite x, a round one where it is only approached");
        case Bounded:
            return tr("Whether f is bounded below, above, on both sides or not at all");
        case Monotonic:
            return tr("f′ ≥ 0 everywhere (↑) or f′ ≤ 0 everywhere (↓), jumps included");
        case Smoothness:
            return tr("C⁰: f continuous, f′ jumps at a kink; C¹: f′ continuous too; C^∞: no kink at all; "
                      "found from the one-sided values at the kinks");
        case ZeroCentred:
            return tr("|E[f(X)]| < 0.1·std[f(X)] for X ~ N(0, 1): outputs centred on 0 keep the next layer's "
                      "gradient steps unbiased");
        case Saturating:
            return tr("Where f′ → 0: towards −∞, +∞ or both (a saturating side passes almost no gradient)");
        case MaxAbsDf:
            return tr("The largest |f′| over the real line: the most a layer can multiply a gradient by "
                      "(sigmoid: 1/4)");
        case DfAtZero:
            return tr(
                "f′(0) by PyTorch's convention; at a kink also the limits from the left and from the right");
        case MeanF:
            return tr("E[f(X)] for X ~ N(0, 1)");
        case VarF:
            return tr("Var[f(X)] for X ~ N(0, 1)");
        case Dead:
            return tr("P(f′(X) = 0) for X ~ N(0, 1): the share of inputs that pass no gradient");
        case ChiHe:
            return tr("χ = σ_w²·E[f′(z)²], z ~ N(0, 2), in the first layer with He initialisation (σ_w² = 2, "
                      "σ_b² = 0, unit inputs): below 1 gradients shrink layer by layer, above 1 they grow");
        case Cost:
            return tr("Time for f and f′ per element on this machine, relative to ReLU (measured when the "
                      "table opens)");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace actlab::explorer
