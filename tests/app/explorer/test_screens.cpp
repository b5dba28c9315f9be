// SPDX-License-Identifier: GPL-3.0-or-later
// The window on every screen (issue 9, items 5 and 6), driven offscreen: the plot's share of the width at
// 1024 × 768, interface zoom, WCAG contrast of the theme's colours (the ratio computed here from the WCAG
// 2 definition, not by the theme's own function), line styles past the palette, the curve list's swatch
// when selected, the minus sign in tick labels, aligned y labels, readout digits, rounded axis ranges,
// the catalogue filter's best match, the export dialog's labels, the typeset formula, Shift+wheel zoom,
// RReLU's training band, the legend outside the plot, the shortcut list and the handbook.
#include "document/document.hpp"
#include "explorer/axis_range_dialog.hpp"
#include "explorer/catalogue_panel.hpp"
#include "explorer/cursor_readout.hpp"
#include "explorer/curve_list_model.hpp"
#include "explorer/curves_panel.hpp"
#include "explorer/handbook.hpp"
#include "explorer/info_panel.hpp"
#include "explorer/main_window.hpp"
#include "explorer/parameter_editor.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/shortcuts_dialog.hpp"
#include "explorer/warning_label.hpp"
#include "plot/export_dialog.hpp"
#include "plot/exporter.hpp"
#include "plot/plot_figure.hpp"
#include "plot/theme.hpp"
#include "window_test_support.hpp"

#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using actlab::explorer::MainWindow;
using actlab::explorer::testing::curve;
using actlab::explorer::testing::figureOf;
using actlab::explorer::testing::makeWindow;
using actlab::explorer::testing::wcagContrast;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;
using actlab::plot::Theme;

namespace {

QDockWidget* dock(const MainWindow& w, const char* name) {
    return w.findChild<QDockWidget*>(QString::fromLatin1(name));
}

} // namespace

TEST(Screens, PlotKeepsMostOfTheWidthAt1024x768) {
    auto w = makeWindow(figureOf({curve("relu"), curve("leaky_relu", {0.1}), curve("gelu")}), {1024, 768});
    w->document()->setCursorX(-1);
    QApplication::processEvents();
    const double share = static_cast<double>(w->plotView()->width()) / w->width();
    EXPECT_GE(share, 0.6) << "plot " << w->plotView()->width() << " px of " << w->width();
    // The readout shows its values without scrolling: no scroll bar, every row inside the viewport.
    auto* table = w->cursorReadout()->table();
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible());
    EXPECT_FALSE(table->verticalScrollBar()->isVisible());
    EXPECT_EQ(table->rowCount(), 3);
    // GELU(−1) = −Φ(1)·… = −0.158655253931457051 (mpmath), shown with six significant digits.
    EXPECT_EQ(table->item(2, 1)->text(), QStringLiteral("-0.158655"));
    // The parameter panel is as tall as its contents (no dead space under it): within 40 px of its hint.
    auto* params = dock(*w, "parametersDock");
    ASSERT_NE(params, nullptr);
    EXPECT_LE(params->widget()->height(), params->widget()->sizeHint().height() + 40);
    // The catalogue's family names fit its width: the longest is not cut off.
    auto* tree = w->cataloguePanel()->tree();
    QFont bold = tree->font();
    bold.setBold(true);
    const int longest =
        QFontMetrics(bold).horizontalAdvance(QStringLiteral("Self-gated (GELU, Swish, Mish)")) +
        tree->indentation();
    EXPECT_GE(tree->viewport()->width(), longest);
    EXPECT_FALSE(tree->horizontalScrollBar()->isVisible());
}

TEST(Screens, PlotKeepsMostOfTheWidthAtEveryScreenSize) {
    // Five curves (the relu-variants-derivatives preset has five): every row of the readout in view.
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        auto w = makeWindow(figureOf({curve("relu"), curve("leaky_relu", {0.1}), curve("prelu", {0.25}),
                                      curve("elu", {1.0}), curve("swish", {1.0})}),
                            size);
        w->document()->setCursorX(-1);
        QApplication::processEvents();
        EXPECT_GE(static_cast<double>(w->plotView()->width()) / w->width(), 0.6) << size.width();
        auto* table = w->cursorReadout()->table();
        EXPECT_FALSE(table->verticalScrollBar()->isVisible()) << size.width();
        EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << size.width();
    }
}

TEST(Screens, ViewZoomScalesEveryFont) {
    auto w = makeWindow(figureOf({curve("relu")}));
    const double base = QApplication::font().pointSizeF();
    w->action(QStringLiteral("actionZoomIn"))->trigger();
    w->action(QStringLiteral("actionZoomIn"))->trigger();
    QApplication::processEvents();
    EXPECT_DOUBLE_EQ(w->interfaceZoom(), 1.2);
    EXPECT_NEAR(QApplication::font().pointSizeF(), base * 1.2, 1e-9);
    // Widgets follow the application font: the readout's table and the catalogue's filter.
    EXPECT_NEAR(w->cursorReadout()->table()->font().pointSizeF(), base * 1.2, 1e-9);
    EXPECT_NEAR(w->cataloguePanel()->filterEdit()->font().pointSizeF(), base * 1.2, 1e-9);
    EXPECT_NEAR(w->plotView()->displayScale(), 1.2, 1e-12);
    w->action(QStringLiteral("actionZoomReset"))->trigger();
    EXPECT_NEAR(QApplication::font().pointSizeF(), base, 1e-9);
    EXPECT_NEAR(w->plotView()->displayScale(), 1.0, 1e-12);
}

TEST(Screens, ThemeColoursMeetWcagContrast) {
    // Sanity of the oracle: black on white is 21:1; Okabe–Ito yellow on white 1.32:1 (the 1.3).
    EXPECT_NEAR(wcagContrast(Qt::black, Qt::white), 21.0, 1e-12);
    EXPECT_NEAR(wcagContrast(QColor(0xF0E442), Qt::white), 1.32, 0.005);
    for (const Theme& t :
         {Theme::light(), Theme::dark(), Theme::highContrast(false), Theme::highContrast(true)}) {
        SCOPED_TRACE(t.name.toStdString());
        for (const QColor& text : {t.text, t.accentText, t.mutedText, t.warningText})
            EXPECT_GE(wcagContrast(text, t.background), 4.5) << text.name().toStdString();
        for (int i = 0; i < Theme::kPaletteSize; ++i)
            EXPECT_GE(wcagContrast(t.color(i), t.axisRectBackground), 3.0)
                << i << " " << t.color(i).name().toStdString();
        // The theme's own ratio agrees with the definition.
        EXPECT_NEAR(actlab::plot::contrastRatio(t.mutedText, t.background),
                    wcagContrast(t.mutedText, t.background), 1e-6);
    }
    // The light theme's yellow is a darker yellow, not the original.
    EXPECT_NE(Theme::light().color(6), QColor(0xF0E442));
    EXPECT_EQ(Theme::dark().color(6), QColor(0xF0E442));
}

TEST(Screens, WindowTextMeetsWcagContrastInBothThemes) {
    auto w = makeWindow(figureOf({curve("leaky_relu", {0.1})}));
    w->document()->setSelected(0);
    for (auto mode : {actlab::explorer::ThemeMode::Light, actlab::explorer::ThemeMode::Dark}) {
        w->setThemeMode(mode);
        QApplication::processEvents();
        auto* hint = w->findChild<QLabel*>(QStringLiteral("statusHint"));
        ASSERT_NE(hint, nullptr);
        EXPECT_TRUE(hint->isEnabled());
        const QPalette p = hint->palette();
        EXPECT_GE(wcagContrast(p.color(QPalette::Active, QPalette::WindowText), p.color(QPalette::Window)),
                  4.5);
        // About the curve: its labels and the highlighted α value are in the theme's colours, which the
        // previous test measured against the same background.
        const QString html = w->infoPanel()->browser()->toHtml();
        const Theme& t = w->theme();
        EXPECT_TRUE(html.contains(t.accentText.name(), Qt::CaseInsensitive)) << t.name.toStdString();
        EXPECT_TRUE(html.contains(t.mutedText.name(), Qt::CaseInsensitive)) << t.name.toStdString();
        EXPECT_GE(wcagContrast(t.accentText, w->infoPanel()->browser()->palette().color(QPalette::Base)),
                  4.5);
        EXPECT_GE(wcagContrast(t.mutedText, w->infoPanel()->browser()->palette().color(QPalette::Base)), 4.5);
    }
}

TEST(Screens, CurvesPastThePaletteGetDashPatterns) {
    auto w = makeWindow(figureOf({}));
    for (int i = 0; i < 17; ++i)
        w->document()->addCurve(QStringLiteral("relu"));
    QApplication::processEvents();
    for (int c = 0; c < 17; ++c) {
        const QPen pen = w->figure()->graph(c, 0)->pen();
        const Qt::PenStyle expected = c < 8 ? Qt::SolidLine : c < 16 ? Qt::DashLine : Qt::DotLine;
        EXPECT_EQ(pen.style(), expected) << c;
        EXPECT_EQ(pen.color(), w->figure()->graph(c % 8, 0)->pen().color()) << c;
    }
    // Curve 9 (index 8) is blue dashed, curve 1 blue solid: the pair differs in style.
    EXPECT_NE(w->figure()->graph(8, 0)->pen().style(), w->figure()->graph(0, 0)->pen().style());
    // Exports draw the same: an SVG of the figure has a dashed path (stroke-dasharray).
    actlab::plot::ExportOptions options;
    const QByteArray svg = actlab::plot::renderSvg(w->spec(), options);
    EXPECT_TRUE(svg.contains("stroke-dasharray"));
}

TEST(Screens, SelectingACurveKeepsItsSwatch) {
    auto w = makeWindow(figureOf({curve("relu"), curve("gelu")}));
    auto* view = w->curvesPanel()->view();
    const QModelIndex swatch = w->model()->index(1, actlab::explorer::CurveListModel::ColorColumn);
    w->document()->setSelected(1);
    view->setCurrentIndex(swatch);
    QApplication::processEvents();
    ASSERT_TRUE(view->selectionModel()->isRowSelected(1, {}));
    const QImage image = view->viewport()->grab().toImage();
    const QRect cell = view->visualRect(swatch);
    ASSERT_FALSE(cell.isEmpty());
    // Somewhere in the cell the swatch shows exactly the curve's colour (vermillion), selected or not.
    const QColor expected = w->model()->color(1);
    bool found = false;
    for (int y = cell.top(); y <= cell.bottom() && !found; ++y)
        for (int x = cell.left(); x <= cell.right() && !found; ++x)
            found = image.pixelColor(x * image.width() / view->viewport()->width(),
                                     y * image.height() / view->viewport()->height()) == expected;
    EXPECT_TRUE(found) << expected.name().toStdString();
    const QIcon icon = w->model()->swatch(1);
    EXPECT_EQ(icon.pixmap(16, QIcon::Selected).toImage(), icon.pixmap(16, QIcon::Normal).toImage());
}

TEST(Screens, TickLabelsUseTheMinusSign) {
    auto w = makeWindow(figureOf({curve("leaky_relu", {0.5})}));
    w->figure()->customPlot()->replot();
    const QCPAxis* x = w->figure()->axisRect(1)->axis(QCPAxis::atBottom);
    const QVector<QString> labels = x->tickVectorLabels();
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_TRUE(labels.contains(QStringLiteral("\u22124"))) << labels.join(u' ').toStdString();
    for (const QString& label : labels)
        EXPECT_FALSE(label.contains(u'-')) << label.toStdString();
    // SVG text too (the file is UTF-8).
    const QByteArray svg = actlab::plot::renderSvg(w->spec(), actlab::plot::ExportOptions{});
    EXPECT_TRUE(QString::fromUtf8(svg).contains(QStringLiteral(">\u22124<")));
    EXPECT_FALSE(svg.contains(">-4<"));
}

TEST(Screens, StackedSubplotsLineUpTheirYLabels) {
    auto w = makeWindow(figureOf({curve("relu"), curve("sigmoid")}, 2));
    auto* plot = w->figure()->customPlot();
    plot->replot();
    plot->replot();
    // The label stands at tick-label width + label padding from the (shared) axis line: equal for all.
    std::vector<int> offsets;
    for (int order = 0; order < 3; ++order) {
        const QCPAxis* y = w->figure()->axisRect(order)->axis(QCPAxis::atLeft);
        const QFontMetrics metrics(y->tickLabelFont());
        int widest = 0;
        for (const QString& label : y->tickVectorLabels())
            widest = std::max(widest, metrics.horizontalAdvance(label));
        offsets.push_back(widest + y->labelPadding());
    }
    EXPECT_EQ(offsets[0], offsets[1]);
    EXPECT_EQ(offsets[1], offsets[2]);
    EXPECT_EQ(w->figure()->axisRect(0)->left(), w->figure()->axisRect(2)->left());
}

TEST(Screens, ReadoutShowsReadableDigitsAndCopiesFullPrecision) {
    auto w = makeWindow(figureOf({curve("gelu")}));
    w->document()->setCursorX(-1);
    auto* readout = w->cursorReadout();
    // GELU(−1) = −Φ(1)… = −0.158655253931457051 (mpmath), shown with six significant digits.
    EXPECT_EQ(readout->table()->item(0, 1)->text(), QStringLiteral("-0.158655"));
    // Copying keeps every digit: the text reads back as the core's double exactly (the core's value is
    // within a few ulp of mpmath's, checked by the core's tests).
    const double core = actlab::findActivation("gelu")->at(-1, {}).f;
    readout->table()->setRangeSelected(QTableWidgetSelectionRange(0, 1, 0, 1), true);
    readout->copySelection();
    const QString copied = QApplication::clipboard()->text().trimmed();
    EXPECT_EQ(copied.toDouble(), core);
    EXPECT_NEAR(copied.toDouble(), -0.158655253931457051, 1.2e-16); // within 4 ulp
    EXPECT_TRUE(readout->toText().contains(copied));
    w->action(QStringLiteral("actionFullPrecisionReadout"))->setChecked(true);
    EXPECT_EQ(readout->table()->item(0, 1)->text(), copied);
    EXPECT_GT(copied.size(), 17);
}

TEST(Screens, AxisRangeDialogShowsRoundedNumbersAndKeepsExactOnes) {
    actlab::explorer::AxisRanges ranges;
    ranges.x = {-5.123456789012345, 5.2};
    ranges.shown = {true, false, false};
    ranges.yShown[0] = {-0.0123456789, 1.0987654321};
    actlab::explorer::AxisRangeDialog dialog(ranges);
    QStringList texts;
    for (auto* e : dialog.findChildren<QLineEdit*>())
        texts << e->text();
    // x spans 10.3: hundredths; y spans 1.11: thousandths.
    EXPECT_TRUE(texts.contains(QStringLiteral("-5.12"))) << texts.join(u' ').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("5.2")));
    EXPECT_TRUE(texts.contains(QStringLiteral("-0.012")));
    EXPECT_TRUE(texts.contains(QStringLiteral("1.099")));
    const auto unchanged = dialog.ranges();
    ASSERT_TRUE(unchanged);
    EXPECT_EQ(unchanged->x.first, -5.123456789012345); // untouched boxes keep the exact value
    auto* xMin = dialog.findChildren<QLineEdit*>().first();
    xMin->setText(QStringLiteral("-3"));
    const auto typed = dialog.ranges();
    ASSERT_TRUE(typed);
    EXPECT_EQ(typed->x.first, -3.0);
}

TEST(Screens, RefusedParameterKeepsSpinBoxArrows) {
    auto w = makeWindow(figureOf({curve("leaky_relu", {0.1})}));
    w->document()->setSelected(0);
    QApplication::processEvents();
    auto* spin = w->parameterEditor()->findChild<QAbstractSpinBox*>();
    ASSERT_NE(spin, nullptr);
    const QColor base = spin->palette().color(QPalette::Base);
    spin->findChild<QLineEdit*>()->setText(QStringLiteral("abc"));
    QTest::keyClick(spin, Qt::Key_Return);
    QApplication::processEvents();
    // Refused (the value stays 0.1) and marked by a tint, not by a style sheet that drops the arrows.
    EXPECT_EQ(w->document()->curve(0).params, std::vector<double>{0.1});
    EXPECT_TRUE(spin->styleSheet().isEmpty());
    EXPECT_NE(spin->palette().color(QPalette::Base), base);
    EXPECT_NE(spin->buttonSymbols(), QAbstractSpinBox::NoButtons);
}

TEST(Screens, ARefusedValuesMessageIsShownWholeAt1024x768) {
    auto w = makeWindow(figureOf({curve("relu"), curve("leaky_relu", {0.1}), curve("gelu")}), {1024, 768});
    w->document()->setSelected(1);
    QApplication::processEvents();
    auto* params = dock(*w, "parametersDock");
    ASSERT_NE(params, nullptr);
    const int before = params->height();
    auto* spin = w->parameterEditor()->findChild<QAbstractSpinBox*>();
    auto* message = w->parameterEditor()->findChild<actlab::explorer::WarningLabel*>();
    auto* scroll = w->parameterEditor()->findChild<QScrollArea*>();
    ASSERT_TRUE(spin && message && scroll);
    spin->findChild<QLineEdit*>()->setText(QStringLiteral("-5"));
    QTest::keyClick(spin, Qt::Key_Return);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    ASSERT_TRUE(message->isVisible());
    // Every line of the message inside the panel's view, without scrolling to it.
    const QRect shown(message->mapTo(scroll->viewport(), QPoint(0, 0)), message->size());
    EXPECT_TRUE(scroll->viewport()->rect().contains(shown))
        << "message at y " << shown.top() << "–" << shown.bottom() << " in a view of height "
        << scroll->viewport()->height();
    const int grown = params->height();
    EXPECT_GT(grown, before);
    // A good value takes the message away and gives the room back to the catalogue.
    spin->findChild<QLineEdit*>()->setText(QStringLiteral("0.2"));
    QTest::keyClick(spin, Qt::Key_Return);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    EXPECT_FALSE(message->isVisible());
    EXPECT_LT(params->height(), grown);
    EXPECT_GE(params->height(), before);
}

TEST(Screens, AStatusMessageHidesTheHintInsteadOfBeingCutByIt) {
    auto w = makeWindow(figureOf({curve("relu")}), {1024, 768});
    auto* hint = w->findChild<QLabel*>(QStringLiteral("statusHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    const QString message(
        QStringLiteral("Could not open /home/lecturer/lectures/week-3/relu-variants.actlab: "
                       "line 12: curve 2 (elu): alpha = -1 is outside its range [0, 10]"));
    w->statusBar()->showMessage(message);
    QApplication::processEvents();
    EXPECT_FALSE(hint->isVisible());
    // The whole message has the bar's width (less its margins and the size grip) to itself.
    EXPECT_LE(w->statusBar()->fontMetrics().horizontalAdvance(message), w->statusBar()->width() - 40);
    w->statusBar()->clearMessage();
    QApplication::processEvents();
    EXPECT_TRUE(hint->isVisible());
}

TEST(Screens, CatalogueFilterPrefersNamesAndIdsAndEnterAddsTheBestMatch) {
    auto w = makeWindow(figureOf({}));
    auto* panel = w->cataloguePanel();
    panel->filterEdit()->setText(QStringLiteral("tanh"));
    EXPECT_EQ(panel->selectedId(), QStringLiteral("tanh")); // not Sigmoid of "Sigmoid & tanh"
    panel->filterEdit()->setText(QStringLiteral("mish"));
    EXPECT_EQ(panel->selectedId(), QStringLiteral("mish")); // not GELU of "Self-gated (GELU, Swish, Mish)"
    QTest::keyClick(panel->filterEdit(), Qt::Key_Return);
    ASSERT_EQ(w->document()->count(), 1);
    EXPECT_EQ(w->document()->curve(0).id, QStringLiteral("mish"));
    panel->filterEdit()->setText(QStringLiteral("gelu"));
    EXPECT_EQ(panel->selectedId(), QStringLiteral("gelu")); // the exact id before "GELU (tanh approx.)"
    panel->filterEdit()->setText(QStringLiteral("self-gated"));
    EXPECT_EQ(panel->selectedId(), QStringLiteral("gelu")); // a family name still finds its members
}

TEST(Screens, ExportDialogLabelsHaveBuddiesAndRoomForAPath) {
    actlab::plot::ExportDialog dialog(figureOf({curve("relu")}));
    QStringList shown;
    for (auto* label : dialog.findChildren<QLabel*>()) {
        if (!label->text().contains(u'&')) continue;
        EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString(); // else the "&" shows
        shown << label->text();
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("&File:")));
    EXPECT_TRUE(shown.contains(QStringLiteral("&Size:")));
    QLineEdit* path = nullptr;
    for (auto* label : dialog.findChildren<QLabel*>())
        if (label->text() == QStringLiteral("&File:")) path = qobject_cast<QLineEdit*>(label->buddy());
    ASSERT_NE(path, nullptr);
    const QString longPath = QStringLiteral("/home/lecturer/Documents/lectures/figures/relu-variants.png");
    EXPECT_GE(path->minimumWidth(), path->fontMetrics().horizontalAdvance(longPath));
}

TEST(Screens, AboutFormulaIsTypeset) {
    const auto* elu = actlab::findActivation("elu");
    ASSERT_NE(elu, nullptr);
    const QString html = actlab::explorer::formulaHtml(QStringLiteral("x for x > 0, α(eˣ − 1) otherwise"),
                                                       elu->parameters, {1.5}, QStringLiteral("#0072b2"));
    EXPECT_TRUE(html.contains(QStringLiteral("e<sup><i>x</i></sup>"))) << html.toStdString();
    EXPECT_EQ(html.count(QStringLiteral("white-space:nowrap")), 2); // one per piece
    EXPECT_TRUE(html.contains(QStringLiteral(">1.5<")));
    const QString power = actlab::explorer::formulaHtml(QStringLiteral("(eˣ − e^(−x))/(eˣ + e^(−x))"), {}, {},
                                                        QStringLiteral("#000"));
    EXPECT_TRUE(power.contains(QStringLiteral("e<sup>−<i>x</i></sup>"))) << power.toStdString();
    EXPECT_FALSE(power.contains(u'^'));
    const QString index = actlab::explorer::formulaHtml(QStringLiteral("max(w₁x + b₁, w₂x + b₂)"), {}, {},
                                                        QStringLiteral("#000"));
    EXPECT_TRUE(index.contains(QStringLiteral("w<sub>1</sub>"))) << index.toStdString();
    EXPECT_EQ(index.count(QStringLiteral("white-space:nowrap")), 1); // the comma is inside max(…)
}

TEST(Screens, ShiftWheelZoomsBothAxes) {
    auto w = makeWindow(figureOf({curve("relu")}, 0));
    auto* plot = w->figure()->customPlot();
    plot->replot();
    QCPAxisRect* rect = w->figure()->axisRect(0);
    const QPoint at = rect->rect().center();
    const double cx = rect->axis(QCPAxis::atBottom)->pixelToCoord(at.x());
    const double cy = rect->axis(QCPAxis::atLeft)->pixelToCoord(at.y());
    const QCPRange y0 = rect->axis(QCPAxis::atLeft)->range();
    QWheelEvent wheel(QPointF(at), plot->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QApplication::processEvents();
    // One notch: both spans × 0.85 around the mouse.
    EXPECT_NEAR(w->spec().xMin, cx - (cx + 4) * 0.85, 1e-12);
    EXPECT_NEAR(w->spec().xMax, cx + (4 - cx) * 0.85, 1e-12);
    ASSERT_TRUE(w->spec().yRange[0]);
    EXPECT_NEAR(w->spec().yRange[0]->first, cy - (cy - y0.lower) * 0.85, 1e-9);
    EXPECT_NEAR(w->spec().yRange[0]->second, cy + (y0.upper - cy) * 0.85, 1e-9);
    // One undo step brings both back.
    w->document()->undoStack()->undo();
    EXPECT_EQ(w->spec().xMin, -4);
    EXPECT_FALSE(w->spec().yRange[0]);
}

TEST(Screens, RReluShowsItsTrainingBand) {
    // RReLU with l = 0.125, u = 1/3 over [−4, 4]: for x < 0 training slopes lie in [l, u], so the band
    // runs from l·(−4) = −0.5 to u·(−4) = −4/3 at x = −4, closing at 0; in f′ it is [0.125, 1/3].
    auto w = makeWindow(figureOf({curve("rrelu", {0.125, 1.0 / 3})}, 1));
    auto* plot = w->figure()->customPlot();
    std::vector<QCPGraph*> filled;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->channelFillGraph()) filled.push_back(plot->graph(i));
    ASSERT_EQ(filled.size(), 2u); // f and f′
    for (std::size_t order = 0; order < 2; ++order) {
        QCPGraph* high = filled[order];
        QCPGraph* low = high->channelFillGraph();
        ASSERT_EQ(high->data()->size(), 2);
        const double xl = high->data()->at(0)->key;
        EXPECT_EQ(xl, -4);
        EXPECT_EQ(high->data()->at(1)->key, 0);
        EXPECT_DOUBLE_EQ(high->data()->at(0)->value, order == 0 ? -4.0 / 3 : 1.0 / 3);
        EXPECT_DOUBLE_EQ(low->data()->at(0)->value, order == 0 ? -0.5 : 0.125);
        EXPECT_GT(high->brush().color().alpha(), 0);
        EXPECT_LT(high->brush().color().alpha(), 255); // shaded, the line stays visible
        // Behind the test-time line: the band comes before it in drawing order.
        auto drawingOrder = [plot](const QCPAbstractPlottable* p) {
            for (int i = 0; i < plot->plottableCount(); ++i)
                if (plot->plottable(i) == p) return i;
            return -1;
        };
        EXPECT_LT(drawingOrder(high), drawingOrder(w->figure()->graph(0, static_cast<int>(order))));
    }
    // And in exports: an SVG of the figure fills a translucent path (alpha 0.18).
    const QString svg = QString::fromUtf8(actlab::plot::renderSvg(w->spec(), actlab::plot::ExportOptions{}));
    EXPECT_TRUE(svg.contains(QRegularExpression(QStringLiteral("fill-opacity=\"0\\.1[78]"))));
}

TEST(Screens, LegendCanStandOutsideThePlot) {
    FigureSpec spec = figureOf({curve("relu"), curve("gelu")});
    spec.legend = QStringLiteral("outside right");
    auto w = makeWindow(spec);
    auto* plot = w->figure()->customPlot();
    plot->replot();
    QCPLegend* legend = nullptr;
    for (auto* element : plot->plotLayout()->elements(true))
        if (auto* l = qobject_cast<QCPLegend*>(element)) legend = l;
    ASSERT_NE(legend, nullptr);
    EXPECT_EQ(legend->itemCount(), 2);
    EXPECT_GE(legend->outerRect().left(), w->figure()->axisRect(0)->outerRect().right());
    EXPECT_TRUE(w->action(QStringLiteral("actionLegend_outside_right")) != nullptr);
}

TEST(Screens, ShortcutListHasEveryShortcutOfTheWindow) {
    auto w = makeWindow(figureOf({curve("relu")}));
    const auto actions = actlab::explorer::actionsWithShortcuts(w.get());
    actlab::explorer::ShortcutsDialog dialog(actions);
    QStringList keys;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        keys << dialog.table()->item(row, 0)->text();
    int checked = 0;
    for (const QAction* a : w->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty()) continue;
        const QString key = a->shortcuts().first().toString(QKeySequence::NativeText);
        EXPECT_TRUE(
            std::any_of(keys.begin(), keys.end(),
                        [&](const QString& k) { return k.split(QStringLiteral(", ")).contains(key); }))
            << a->objectName().toStdString() << " " << key.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 30);
    // Known ones, by hand: F5 presents, Ctrl+E exports, F1 opens the handbook.
    for (const char* key : {"F5", "Ctrl+E", "F1", "Ctrl+Alt+="})
        EXPECT_TRUE(
            keys.join(QStringLiteral(", ")).split(QStringLiteral(", ")).contains(QString::fromLatin1(key)))
            << key;
    ASSERT_NE(w->action(QStringLiteral("actionShortcuts")), nullptr);
}

TEST(Screens, HandbookInBothLanguagesWithTheSameSections) {
    actlab::explorer::Handbook english(nullptr, QLocale(QLocale::English));
    actlab::explorer::Handbook chinese(nullptr, QLocale(QLocale::Chinese, QLocale::China));
    QFile en(actlab::explorer::handbookPath(QLocale(QLocale::English)));
    QFile zh(actlab::explorer::handbookPath(QLocale(QLocale::Chinese)));
    ASSERT_TRUE(en.open(QIODevice::ReadOnly));
    ASSERT_TRUE(zh.open(QIODevice::ReadOnly));
    const QString enText = QString::fromUtf8(en.readAll());
    const QString zhText = QString::fromUtf8(zh.readAll());
    // Same numbered sections, same figures, same table shape.
    QRegularExpression::PatternOptions multi = QRegularExpression::MultilineOption;
    auto sectionsOf = [&](const QString& text) {
        QStringList out;
        QRegularExpression re(QStringLiteral("^## (\\d+)\\."), multi);
        for (auto it = re.globalMatch(text); it.hasNext();)
            out << it.next().captured(1);
        return out;
    };
    auto images = [](const QString& text) {
        QStringList out;
        QRegularExpression re(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        for (auto it = re.globalMatch(text); it.hasNext();)
            out << it.next().captured(1);
        return out;
    };
    EXPECT_EQ(sectionsOf(enText), sectionsOf(zhText));
    EXPECT_EQ(sectionsOf(enText).size(), 8);
    // The same figures, but the window's screenshot in each page's own language.
    QStringList zhImages = images(enText);
    zhImages.replaceInStrings(QStringLiteral("explorer.png"), QStringLiteral("explorer.zh_CN.png"));
    EXPECT_EQ(images(zhText), zhImages);
    EXPECT_TRUE(zhImages.contains(QStringLiteral("explorer.zh_CN.png")));
    EXPECT_EQ(enText.count(QStringLiteral("\n|")), zhText.count(QStringLiteral("\n|")));
    // Shown in the app: the English page in English, the Chinese in Chinese, figures loaded.
    EXPECT_TRUE(english.browser()->toPlainText().contains(QStringLiteral("Add functions")));
    EXPECT_TRUE(chinese.browser()->toPlainText().contains(QStringLiteral("添加函数")));
    for (const QString& image : images(enText)) {
        const QVariant resource = english.browser()->loadResource(QTextDocument::ImageResource, QUrl(image));
        EXPECT_TRUE(resource.isValid() && !resource.toByteArray().isEmpty()) << image.toStdString();
    }
    for (const QString& image : images(zhText)) {
        const QVariant resource = chinese.browser()->loadResource(QTextDocument::ImageResource, QUrl(image));
        EXPECT_TRUE(resource.isValid() && !resource.toByteArray().isEmpty()) << image.toStdString();
    }
    // Two different pictures of the window, the same size on the page: the Chinese one has Chinese menus.
    const QImage enShot(QStringLiteral(":/handbook/explorer.png"));
    const QImage zhShot(QStringLiteral(":/handbook/explorer.zh_CN.png"));
    ASSERT_FALSE(zhShot.isNull());
    EXPECT_EQ(zhShot.size(), enShot.size());
    EXPECT_NE(zhShot, enShot);
}
