// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Compare (issue 10, item 5), driven offscreen: the table's rows are the core's computed
// properties at the curves' parameters (or the defaults), checked against closed forms (Leaky ReLU's
// E[f] = (1 − α)/√(2π) and χ = 1 + α² at He; ReLU's χ = 1 and dead fraction 1/2), mpmath (GELU's minimum)
// and the core itself; sorting is numeric; double-click and the recommendations' links select or add
// curves; a parameter change recomputes its row.
#include "document/document.hpp"
#include "explorer/compare_window.hpp"
#include "explorer/main_window.hpp"
#include "explorer/properties_model.hpp"
#include "plot/plot_command.hpp"

#include <actlab/analysis/properties.hpp>
#include <actlab/catalogue.hpp>

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cmath>
#include <memory>
#include <numbers>

using actlab::explorer::CompareWindow;
using actlab::explorer::MainWindow;
using actlab::explorer::PropertiesModel;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;

namespace {

constexpr int kTimeoutMs = 120000; // the whole catalogue on a shared, loaded machine

CurveSpec curve(const char* text) {
    return *actlab::plot::parseCurveSpec(QString::fromLatin1(text), nullptr);
}

double number(const PropertiesModel* model, const char* id, int column) {
    const int row = model->rowOf(id);
    EXPECT_GE(row, 0) << id;
    const QVariant v = model->index(row, column).data(PropertiesModel::kSortRole);
    EXPECT_TRUE(v.isValid()) << id << " column " << column;
    return v.toDouble();
}

struct Opened {
    std::unique_ptr<MainWindow> window;
    CompareWindow* compare;
};

/// A window with Leaky ReLU (α = 0.5) and GELU, its Compare window opened through the View menu's
/// action and filled.
Opened open() {
    Opened o{std::make_unique<MainWindow>(MainWindow::Options{false, false, false}), nullptr};
    o.window->resize(1280, 800);
    o.window->show();
    FigureSpec spec;
    spec.curves = {curve("leaky_relu:alpha=0.5"), curve("gelu")};
    o.window->document()->reset(spec, -1, std::nullopt);
    auto* action = o.window->findChild<QAction*>(QStringLiteral("actionCompare"));
    EXPECT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    EXPECT_EQ(o.window->compareWindow(), nullptr); // made when first asked for
    action->trigger();
    o.compare = o.window->compareWindow();
    EXPECT_NE(o.compare, nullptr);
    EXPECT_TRUE(o.compare->isVisible());
    if (o.compare->run()) {
        QSignalSpy complete(o.compare, &CompareWindow::complete);
        EXPECT_TRUE(complete.wait(kTimeoutMs));
    }
    return o;
}

TEST(CompareWindow, RowsAreTheCoresPropertiesAtTheCurvesParameters) {
    const Opened o = open();
    const PropertiesModel* model = o.compare->model();
    EXPECT_EQ(model->rowCount(), static_cast<int>(actlab::catalogue().size()));
    EXPECT_EQ(model->columnCount(), PropertiesModel::ColumnCount);

    // Leaky ReLU at the curve's α = 0.5, not its default 0.01
    const int leaky = model->rowOf("leaky_relu");
    EXPECT_TRUE(model->fromCurve(leaky));
    EXPECT_EQ(model->params(leaky), std::vector<double>{0.5});
    const double a = 0.5;
    EXPECT_NEAR(number(model, "leaky_relu", PropertiesModel::MeanF),
                (1 - a) / std::sqrt(2 * std::numbers::pi), 1e-13);
    EXPECT_NEAR(number(model, "leaky_relu", PropertiesModel::ChiHe), 1 + a * a, 1e-13);
    EXPECT_EQ(number(model, "leaky_relu", PropertiesModel::MaxAbsDf), 1.0);
    EXPECT_EQ(model->index(leaky, PropertiesModel::Range).data().toString(), QStringLiteral("(\u2212∞, ∞)"));
    EXPECT_EQ(model->index(leaky, PropertiesModel::DfAtZero).data().toString(),
              QStringLiteral("0.5 (0.5 | 1)"));

    // ReLU at its defaults: χ = 2·P(z > 0) = 1, half the inputs dead, range [0, ∞), C⁰, cost 1× by definition
    const int relu = model->rowOf("relu");
    EXPECT_FALSE(model->fromCurve(relu));
    EXPECT_NEAR(number(model, "relu", PropertiesModel::ChiHe), 1.0, 1e-13);
    EXPECT_EQ(number(model, "relu", PropertiesModel::Dead), 0.5);
    EXPECT_EQ(model->index(relu, PropertiesModel::Range).data().toString(), QStringLiteral("[0, ∞)"));
    EXPECT_EQ(model->index(relu, PropertiesModel::Smoothness).data().toString(), QStringLiteral("C\u2070"));
    EXPECT_EQ(number(model, "relu", PropertiesModel::Cost), 1.0);
    EXPECT_EQ(model->index(relu, PropertiesModel::Cost).data().toString(), QStringLiteral("1.00×"));

    // GELU's minimum (mpmath: −0.16997120747990366169 at −0.75179), attained
    EXPECT_NEAR(number(model, "gelu", PropertiesModel::Range), -0.16997120747990366169, 1e-15);
    EXPECT_EQ(model->index(model->rowOf("gelu"), PropertiesModel::Range).data().toString(),
              QStringLiteral("[\u22120.169971, ∞)"));
    EXPECT_NEAR(number(model, "sigmoid", PropertiesModel::MaxAbsDf), 0.25, 1e-15);
    EXPECT_EQ(model->index(model->rowOf("tanh"), PropertiesModel::ZeroCentred).data().toString(),
              QStringLiteral("yes"));
    EXPECT_EQ(model->index(model->rowOf("sigmoid"), PropertiesModel::Saturating).data().toString(),
              QStringLiteral("both"));

    // Every row equals the core's own computation at the row's parameters, and every cost is measured.
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto& p = model->properties(row);
        ASSERT_TRUE(p.has_value()) << row;
        const auto core = actlab::analysis::computeProperties(model->activation(row), model->params(row));
        EXPECT_EQ(p->maxAbsDf, core.maxAbsDf);
        EXPECT_EQ(p->standard.varF, core.standard.varF);
        EXPECT_EQ(p->chiHe, core.chiHe);
        ASSERT_TRUE(model->nanoseconds(row).has_value());
        EXPECT_GT(*model->nanoseconds(row), 0.0);
    }

    // Headers explain themselves.
    for (int c = 0; c < PropertiesModel::ColumnCount; ++c)
        EXPECT_FALSE(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty()) << c;
}

TEST(CompareWindow, SortsNumerically) {
    const Opened o = open();
    QTableView* table = o.compare->table();
    QSortFilterProxyModel* proxy = o.compare->proxy();
    table->sortByColumn(PropertiesModel::MaxAbsDf, Qt::AscendingOrder);
    double previous = -1;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const double v =
            proxy->index(r, PropertiesModel::MaxAbsDf).data(PropertiesModel::kSortRole).toDouble();
        EXPECT_GE(v, previous) << r;
        previous = v;
    }
    EXPECT_EQ(proxy->index(0, 0).data(PropertiesModel::kIdRole).toString(),
              QStringLiteral("hardsigmoid")); // 1/6
    EXPECT_EQ(proxy->index(proxy->rowCount() - 1, 0).data(PropertiesModel::kIdRole).toString(),
              QStringLiteral("snake")); // 1 + sin(2ax) ≤ 2
    // E[f]: the negative log-sigmoid first (as text "−0.806" would sort after the digits)
    table->sortByColumn(PropertiesModel::MeanF, Qt::AscendingOrder);
    EXPECT_EQ(proxy->index(0, 0).data(PropertiesModel::kIdRole).toString(), QStringLiteral("log_sigmoid"));
    table->sortByColumn(PropertiesModel::MeanF, Qt::DescendingOrder);
    EXPECT_EQ(proxy->index(0, 0).data(PropertiesModel::kIdRole).toString(), QStringLiteral("squareplus"));
}

TEST(CompareWindow, DoubleClickAndLinksSelectOrAddCurves) {
    const Opened o = open();
    auto* document = o.window->document();
    QSortFilterProxyModel* proxy = o.compare->proxy();
    const auto proxyRow = [&](const char* id) {
        return proxy->mapFromSource(o.compare->model()->index(o.compare->model()->rowOf(id), 0));
    };
    emit o.compare->table()->doubleClicked(proxyRow("sigmoid")); // not on the plot: added and selected
    ASSERT_EQ(document->count(), 3);
    EXPECT_EQ(document->curve(2).id, QStringLiteral("sigmoid"));
    EXPECT_EQ(document->selected(), 2);
    emit o.compare->table()->doubleClicked(proxyRow("gelu")); // on the plot: selected only
    EXPECT_EQ(document->count(), 3);
    EXPECT_EQ(document->selected(), 1);

    QLabel* links = o.compare->recommendations();
    EXPECT_TRUE(links->text().contains(QStringLiteral("href='curve:selu'")));
    EXPECT_TRUE(links->text().contains(QStringLiteral("Transformers")));
    emit links->linkActivated(QStringLiteral("curve:selu"));
    ASSERT_EQ(document->count(), 4);
    EXPECT_EQ(document->curve(3).id, QStringLiteral("selu"));
}

TEST(CompareWindow, AParameterChangeRecomputesItsRow) {
    const Opened o = open();
    QSignalSpy complete(o.compare, &CompareWindow::complete);
    ASSERT_TRUE(o.window->document()->setParam(0, 0, 0.2)); // Leaky ReLU α = 0.2
    ASSERT_TRUE(complete.wait(kTimeoutMs));
    EXPECT_NEAR(number(o.compare->model(), "leaky_relu", PropertiesModel::ChiHe), 1.04, 1e-13);
    EXPECT_EQ(o.compare->model()->params(o.compare->model()->rowOf("leaky_relu")), std::vector<double>{0.2});
}

} // namespace
