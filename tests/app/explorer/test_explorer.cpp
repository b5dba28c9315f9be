// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window driven offscreen through its widgets. Expected values come from the closed forms
// of the functions, from the lecture material (shared/SEEDS.md) and from the Okabe–Ito palette, never
// from the window's own output. "The core's values" are actlab::Activation::at(), which the core tests
// check against mpmath.
#include "document/document.hpp"
#include "explorer/accuracy_marks.hpp"
#include "explorer/axis_range_dialog.hpp"
#include "explorer/catalogue_panel.hpp"
#include "explorer/cursor_readout.hpp"
#include "explorer/curve_list_model.hpp"
#include "explorer/curves_panel.hpp"
#include "explorer/formula_actions.hpp"
#include "explorer/formula_dialog.hpp"
#include "explorer/info_panel.hpp"
#include "explorer/main_window.hpp"
#include "explorer/parameter_editor.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/session_files.hpp"
#include "plot/export_dialog.hpp"
#include "plot/exporter.hpp"
#include "plot/plot_command.hpp"
#include "plot/plot_figure.hpp"
#include "plot/presets.hpp"
#include "window_test_support.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/sampling.hpp"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <cstdio>
#include <memory>

using actlab::explorer::MainWindow;
using actlab::explorer::testing::curve;
using actlab::explorer::testing::figureOf;
using actlab::explorer::testing::makeWindow;
using actlab::explorer::testing::typeInto;
using actlab::plot::CurveSpec;
using actlab::plot::FigureSpec;

namespace {

struct Point {
    double x;
    double y;
};

std::vector<Point> graphPoints(QCPGraph* graph) {
    std::vector<Point> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.push_back({it->key, it->value});
    return out;
}

double pick(const actlab::Derivs& d, int order) {
    return order == 0 ? d.f : order == 1 ? d.df : d.d2f;
}

/// Every drawn point of `curve` in `order` is f^(order) of `id` with `params` at its x (exactly); at a
/// jump's x only the one-sided limits may appear.
void expectGraphIsCore(MainWindow& w, int c, int order, const char* id, const std::vector<double>& params) {
    const auto* a = actlab::findActivation(id);
    ASSERT_NE(a, nullptr);
    QCPGraph* graph = w.figure()->graph(c, order);
    ASSERT_NE(graph, nullptr);
    const auto points = graphPoints(graph);
    ASSERT_GE(points.size(), 2u); // straight stretches are drawn with their end points only
    int checked = 0;
    for (const auto& p : points) {
        if (std::isnan(p.y)) continue; // the gap of a jump
        const double conv = pick(a->at(p.x, params), order);
        const double left = pick(a->at(p.x, params, actlab::Side::Left), order);
        const double right = pick(a->at(p.x, params, actlab::Side::Right), order);
        EXPECT_TRUE(p.y == conv || p.y == left || p.y == right)
            << id << " order " << order << " at x = " << p.x << ": drawn " << p.y << ", core " << conv;
        ++checked;
    }
    EXPECT_GE(checked, 2);
    // All samples, not only the drawn subset.
    const auto& series = w.figure()->samples(c).order[static_cast<std::size_t>(order)];
    EXPECT_GT(series.x.size(), 100u);
    for (std::size_t i = 0; i < series.x.size(); ++i)
        if (!std::isnan(series.y[i])) {
            const double x = series.x[i];
            const double y = series.y[i];
            EXPECT_TRUE(y == pick(a->at(x, params), order) ||
                        y == pick(a->at(x, params, actlab::Side::Left), order) ||
                        y == pick(a->at(x, params, actlab::Side::Right), order))
                << id << " sample at x = " << x;
        }
}

QString hex(const QColor& c) {
    return c.name(QColor::HexRgb).toLower();
}

} // namespace

TEST(Explorer, AddDuplicateRemoveCurves) {
    auto w = makeWindow(figureOf({curve("relu")}));
    auto* model = w->document();
    ASSERT_EQ(model->count(), 1);

    // Adding through the catalogue: filter, then Enter adds the first match.
    w->cataloguePanel()->filterEdit()->setText(QStringLiteral("leaky"));
    QTest::keyClick(w->cataloguePanel()->filterEdit(), Qt::Key_Return);
    ASSERT_EQ(model->count(), 2);
    EXPECT_EQ(model->function(1).id(), "leaky_relu");
    EXPECT_EQ(model->curve(1).params, std::vector<double>{0.01}); // the catalogue default
    EXPECT_EQ(w->curvesPanel()->currentRow(), 1);

    // The same function again, with another parameter: two independent curves.
    const int dup = model->duplicateCurve(1);
    ASSERT_EQ(dup, 2);
    QString error;
    ASSERT_TRUE(model->setParam(2, 0, 0.1, &error)) << error.toStdString();
    EXPECT_EQ(model->curve(1).params, std::vector<double>{0.01});
    EXPECT_EQ(model->curve(2).params, std::vector<double>{0.1});
    EXPECT_EQ(model->label(1), QStringLiteral("Leaky ReLU (α=0.01)"));
    EXPECT_EQ(model->label(2), QStringLiteral("Leaky ReLU (α=0.1)"));
    EXPECT_NE(w->model()->color(1), w->model()->color(2));

    // The figure follows: three curves, each drawn with its own parameters.
    ASSERT_EQ(w->spec().curves.size(), 3u);
    ASSERT_EQ(w->figure()->spec().curves.size(), 3u);
    expectGraphIsCore(*w, 1, 0, "leaky_relu", {0.01});
    expectGraphIsCore(*w, 2, 0, "leaky_relu", {0.1});
    EXPECT_EQ(w->figure()->graph(2, 0)->name(), QStringLiteral("Leaky ReLU (α=0.1)"));

    // Remove the middle one through the Edit action on the selected row.
    w->curvesPanel()->setCurrentRow(1);
    w->action(QStringLiteral("actionRemove"))->trigger();
    ASSERT_EQ(model->count(), 2);
    EXPECT_EQ(model->curve(1).params, std::vector<double>{0.1});
    ASSERT_EQ(w->figure()->spec().curves.size(), 2u);
    expectGraphIsCore(*w, 1, 0, "leaky_relu", {0.1});

    // Duplicate through the action: a copy right below.
    w->curvesPanel()->setCurrentRow(0);
    w->action(QStringLiteral("actionDuplicate"))->trigger();
    ASSERT_EQ(model->count(), 3);
    EXPECT_EQ(model->function(1).id(), "relu");
    EXPECT_EQ(w->figure()->spec().curves[1].id, QStringLiteral("relu"));
}

TEST(Explorer, SliderMoveRedrawsWithTheCoresValues) {
    auto w = makeWindow(figureOf({curve("relu"), curve("leaky_relu", {0.01})}));
    w->curvesPanel()->setCurrentRow(1);
    auto* editor = w->parameterEditor();
    ASSERT_EQ(editor->parameterCount(), 1);

    // A linear slider over [0, 1]: position 250 of 1000 is α = 0.25.
    if (editor->logSwitch(0)->isChecked()) editor->logSwitch(0)->setChecked(false);
    typeInto(editor->minEdit(0), QStringLiteral("0"));
    typeInto(editor->maxEdit(0), QStringLiteral("1"));
    ASSERT_EQ(editor->slider(0)->maximum(), actlab::explorer::ParameterEditor::kSliderSteps);
    editor->slider(0)->setValue(250);
    ASSERT_EQ(w->document()->curve(1).params, std::vector<double>{0.25});
    ASSERT_EQ(w->figure()->spec().curves[1].params, std::vector<double>{0.25});

    // Leaky ReLU by hand: f = x for x > 0, αx otherwise; f' = 1 or α; f'' = 0.
    for (const auto& p : graphPoints(w->figure()->graph(1, 0)))
        if (!std::isnan(p.y)) {
            EXPECT_EQ(p.y, p.x > 0 ? p.x : 0.25 * p.x) << "x = " << p.x;
        }
    for (const auto& p : graphPoints(w->figure()->graph(1, 1)))
        if (!std::isnan(p.y) && p.x != 0) {
            EXPECT_EQ(p.y, p.x > 0 ? 1.0 : 0.25) << "x = " << p.x;
        }
    expectGraphIsCore(*w, 1, 0, "leaky_relu", {0.25});
    expectGraphIsCore(*w, 1, 1, "leaky_relu", {0.25});
    EXPECT_EQ(w->figure()->graph(1, 0)->name(), QStringLiteral("Leaky ReLU (α=0.25)"));

    // A nonlinear one, while the slider is held down (valueChanged, not sliderReleased).
    w->document()->addCurve(QStringLiteral("elu"));
    ASSERT_EQ(w->curvesPanel()->currentRow(), 2);
    if (editor->logSwitch(0)->isChecked()) editor->logSwitch(0)->setChecked(false);
    typeInto(editor->minEdit(0), QStringLiteral("0"));
    typeInto(editor->maxEdit(0), QStringLiteral("10"));
    editor->slider(0)->setSliderDown(true);
    editor->slider(0)->setValue(350); // α = 3.5
    ASSERT_EQ(w->document()->curve(2).params, std::vector<double>{3.5});
    expectGraphIsCore(*w, 2, 0, "elu", {3.5});
    expectGraphIsCore(*w, 2, 1, "elu", {3.5});
    EXPECT_EQ(w->plotView()->draggedCurve(), 2);
    EXPECT_TRUE(w->figure()->graph(2, 0)->realVisibility());
    EXPECT_EQ(w->figure()->graph(2, 0)->name(), QStringLiteral("ELU (α=3.5)"));
    editor->slider(0)->setSliderDown(false);
    // After the drag every curve is drawn again and the y axes follow the data again.
    EXPECT_EQ(w->plotView()->draggedCurve(), -1);
    for (int c = 0; c < 3; ++c)
        EXPECT_TRUE(w->figure()->graph(c, 0)->realVisibility()) << c;
    EXPECT_FALSE(w->figure()->spec().yRange[0].has_value());
    expectGraphIsCore(*w, 2, 0, "elu", {3.5});
    // ELU at x = −1 with α = 3.5 is α(e⁻¹ − 1).
    const auto* elu = actlab::findActivation("elu");
    EXPECT_NEAR(elu->at(-1.0, std::vector<double>{3.5}).f, 3.5 * (std::exp(-1.0) - 1.0), 1e-15);
}

TEST(Explorer, TypedOutOfRangeValueIsRefusedAndCurveUnchanged) {
    auto w = makeWindow(figureOf({curve("leaky_relu", {0.01})}));
    w->curvesPanel()->setCurrentRow(0);
    auto* editor = w->parameterEditor();
    const auto before = graphPoints(w->figure()->graph(0, 0));

    for (const QString& typed :
         {QStringLiteral("5"), QStringLiteral("-0.5"), QStringLiteral("nan"), QStringLiteral("abc")}) {
        typeInto(editor->spinBox(0), typed);
        EXPECT_EQ(w->document()->curve(0).params, std::vector<double>{0.01}) << typed.toStdString();
        EXPECT_TRUE(editor->message(0).startsWith(QStringLiteral("Refused")))
            << editor->message(0).toStdString();
        const auto after = graphPoints(w->figure()->graph(0, 0));
        ASSERT_EQ(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i)
            if (!std::isnan(before[i].y)) {
                EXPECT_EQ(after[i].y, before[i].y);
            }
    }
    // A valid value is taken and clears the message.
    typeInto(editor->spinBox(0), QStringLiteral("0.2"));
    EXPECT_EQ(w->document()->curve(0).params, std::vector<double>{0.2});
    EXPECT_TRUE(editor->message(0).isEmpty());

    // A slider range with min >= max is refused too, and the range stays.
    const auto range = w->document()->curve(0).sliders[0];
    editor->minEdit(0)->setText(QStringLiteral("0.9"));
    typeInto(editor->maxEdit(0), QStringLiteral("0.5"));
    EXPECT_TRUE(editor->message(0).startsWith(QStringLiteral("Refused")));
    EXPECT_EQ(w->document()->curve(0).sliders[0].lo, range.lo);
    EXPECT_EQ(w->document()->curve(0).sliders[0].hi, range.hi);
    EXPECT_EQ(w->document()->curve(0).params, std::vector<double>{0.2});

    // Cross-parameter constraints: hardtanh needs min_val < max_val.
    w->document()->addCurve(QStringLiteral("hardtanh"));
    typeInto(editor->spinBox(0), QStringLiteral("2")); // min_val 2 > max_val 1
    EXPECT_EQ(w->document()->curve(1).params, (std::vector<double>{-1, 1}));
    EXPECT_TRUE(editor->message(0).startsWith(QStringLiteral("Refused")));
}

TEST(Explorer, AxisRangeDialogRefusesBadRanges) {
    actlab::explorer::AxisRanges ranges;
    ranges.x = {-5, 5};
    actlab::explorer::AxisRangeDialog dialog(ranges);
    dialog.xMinEdit()->setText(QStringLiteral("3"));
    dialog.xMaxEdit()->setText(QStringLiteral("1"));
    EXPECT_FALSE(dialog.ranges().has_value());
    EXPECT_TRUE(dialog.messageLabel()->text().startsWith(QStringLiteral("Refused")));
    dialog.xMaxEdit()->setText(QStringLiteral("nan"));
    EXPECT_FALSE(dialog.ranges().has_value());
    dialog.xMinEdit()->setText(QStringLiteral("\u22122.5"));
    dialog.xMaxEdit()->setText(QStringLiteral("7"));
    const auto ok = dialog.ranges();
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(ok->x.first, -2.5);
    EXPECT_EQ(ok->x.second, 7.0);
    // Issue 7: what QCustomPlot cannot draw is refused with the limit named (it showed 0..5 instead),
    // and numbers are read as on the command line: 0x1p-1 = 0.5, 0x1.8p+1 = 3.
    dialog.xMinEdit()->setText(QStringLiteral("-1e-300"));
    dialog.xMaxEdit()->setText(QStringLiteral("1e-300"));
    EXPECT_FALSE(dialog.ranges().has_value());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("1e-280")))
        << dialog.messageLabel()->text().toStdString();
    dialog.xMinEdit()->setText(QStringLiteral("0x1p-1"));
    dialog.xMaxEdit()->setText(QStringLiteral(" 0x1.8p+1 "));
    const auto hex = dialog.ranges();
    ASSERT_TRUE(hex.has_value());
    EXPECT_EQ(hex->x, actlab::plot::Range(0.5, 3.0));
}

TEST(Explorer, SubplotToggling) {
    auto w = makeWindow(figureOf({curve("relu"), curve("gelu")}, 0));
    EXPECT_NE(w->figure()->axisRect(0), nullptr);
    EXPECT_EQ(w->figure()->axisRect(1), nullptr);
    EXPECT_EQ(w->figure()->axisRect(2), nullptr);
    EXPECT_EQ(w->figure()->graph(0, 1), nullptr);

    w->action(QStringLiteral("actionShowDerivative"))->trigger();
    EXPECT_TRUE(w->spec().showDerivative);
    EXPECT_NE(w->figure()->axisRect(1), nullptr);
    ASSERT_NE(w->figure()->graph(1, 1), nullptr);
    expectGraphIsCore(*w, 1, 1, "gelu", {});

    w->action(QStringLiteral("actionShowSecond"))->trigger();
    EXPECT_NE(w->figure()->axisRect(2), nullptr);
    ASSERT_NE(w->figure()->graph(1, 2), nullptr);
    expectGraphIsCore(*w, 1, 2, "gelu", {});

    w->action(QStringLiteral("actionShowDerivative"))->trigger();
    EXPECT_EQ(w->figure()->axisRect(1), nullptr);
    EXPECT_NE(w->figure()->axisRect(2), nullptr);
    EXPECT_TRUE(w->action(QStringLiteral("actionShowSecond"))->isChecked());
    EXPECT_FALSE(w->action(QStringLiteral("actionShowDerivative"))->isChecked());
}

namespace {

struct ExpectedCurve {
    const char* id;
    std::vector<double> params;
    const char* label;
    const char* color;
};

struct ExpectedPreset {
    const char* name;
    const char* title;
    double xMin, xMax;
    std::optional<std::pair<double, double>> yRange;
    int derivatives;
    bool gallery;
    std::vector<ExpectedCurve> curves;
};

// From shared/SEEDS.md. Colours the material names are matplotlib's "blue", "green", "red"; the others
// take the Okabe–Ito palette in its order (blue #0072B2, vermillion #D55E00, bluish green #009E73,
// orange #E69F00, reddish purple #CC79A7, sky blue #56B4E9, yellow #F0E442, black), on the light
// background with orange, sky blue and yellow scaled to 3.2:1 (× 0.83, 0.84, 0.64: #BF8400, #4897C4,
// #9A922A).
const std::vector<ExpectedPreset>& expectedPresets() {
    static const std::vector<ExpectedPreset> presets = {
        {"activation-functions",
         "Activation Functions",
         -10,
         10,
         std::nullopt,
         0,
         false,
         {{"sigmoid", {}, "Sigmoid", "#0072b2"},
          {"tanh", {}, "tanh", "#d55e00"},
          {"relu", {}, "ReLU", "#009e73"},
          {"leaky_relu", {0.01}, "Leaky ReLU (α=0.01)", "#bf8400"},
          {"elu", {1.0}, "ELU (α=1)", "#cc79a7"}}},
        {"relu-variants",
         "ReLU vs Leaky ReLU vs PReLU",
         -5,
         5,
         std::pair{-1.5, 5.0},
         0,
         false,
         {{"relu", {}, "ReLU", "#0000ff"},
          {"leaky_relu", {0.1}, "Leaky ReLU (α=0.1)", "#008000"},
          {"prelu", {0.25}, "PReLU (α=0.25)", "#ff0000"}}},
        {"relu-variants-derivatives",
         nullptr,
         -5,
         5,
         std::pair{-1.5, 5.0},
         1,
         false,
         {{"relu", {}, "ReLU", "#0000ff"},
          {"leaky_relu", {0.1}, "Leaky ReLU (α=0.1)", "#008000"},
          {"prelu", {0.25}, "PReLU (α=0.25)", "#ff0000"},
          {"elu", {1.0}, "ELU (α=1)", nullptr},
          {"swish", {1.0}, "Swish (β=1)", nullptr}}},
        {"variant-gallery",
         nullptr,
         -4,
         4,
         std::nullopt,
         1,
         true,
         {{"relu", {}, "ReLU", "#0072b2"},
          {"leaky_relu", {0.01}, "Leaky ReLU (α=0.01)", "#d55e00"},
          {"prelu", {0.01}, "PReLU (α=0.01)", "#009e73"},
          {"elu", {1.0}, "ELU (α=1)", "#bf8400"},
          {"selu", {1.0507009873554805, 1.6732632423543772}, "SELU", "#cc79a7"},
          {"gelu", {}, "GELU", "#4897c4"},
          {"silu", {}, nullptr, "#9a922a"},
          {"mish", {}, "Mish", "#000000"}}},
        {"silu-vs-mish",
         nullptr,
         -6,
         6,
         std::nullopt,
         1,
         false,
         {{"silu", {}, "SiLU", "#0072b2"}, {"mish", {}, "Mish", "#d55e00"}}},
    };
    return presets;
}

} // namespace

TEST(Explorer, PresetsLoadExactlyTheirFigures) {
    auto w = makeWindow(figureOf({curve("relu")}));
    for (const auto& e : expectedPresets()) {
        SCOPED_TRACE(e.name);
        QAction* action = w->action(QStringLiteral("actionPreset_") + QString::fromLatin1(e.name));
        ASSERT_NE(action, nullptr);
        action->trigger();
        QApplication::processEvents();
        const FigureSpec& spec = w->spec();
        if (e.title) {
            EXPECT_EQ(spec.title, QString::fromUtf8(e.title));
        }
        EXPECT_EQ(spec.xMin, e.xMin);
        EXPECT_EQ(spec.xMax, e.xMax);
        EXPECT_EQ(spec.derivatives(), e.derivatives);
        EXPECT_EQ(spec.gallery, e.gallery);
        if (e.yRange) {
            ASSERT_TRUE(spec.yRange[0].has_value());
            EXPECT_EQ(spec.yRange[0]->first, e.yRange->first);
            EXPECT_EQ(spec.yRange[0]->second, e.yRange->second);
        } else {
            EXPECT_FALSE(spec.yRange[0].has_value());
        }
        ASSERT_EQ(w->document()->count(), static_cast<int>(e.curves.size()));
        ASSERT_EQ(w->figure()->spec().curves.size(), e.curves.size());
        for (std::size_t i = 0; i < e.curves.size(); ++i) {
            SCOPED_TRACE(e.curves[i].id);
            const auto& c = w->document()->curve(static_cast<int>(i));
            EXPECT_EQ(c.id.toStdString(), e.curves[i].id);
            const auto* a = actlab::findActivation(e.curves[i].id);
            EXPECT_EQ(c.params, e.curves[i].params.empty() ? a->defaults() : e.curves[i].params);
            if (e.curves[i].label) {
                EXPECT_EQ(w->document()->label(static_cast<int>(i)), QString::fromUtf8(e.curves[i].label));
            }
            if (e.curves[i].color) {
                EXPECT_EQ(hex(w->model()->color(static_cast<int>(i))),
                          QString::fromLatin1(e.curves[i].color));
                QCPGraph* g = w->figure()->graph(static_cast<int>(i), 0);
                ASSERT_NE(g, nullptr);
                // As `actlab plot` draws it: in the gallery every panel's f takes the first palette
                // colour (the curves have none of their own); overlaid, each curve its slot's.
                EXPECT_EQ(hex(g->pen().color()),
                          spec.gallery ? QStringLiteral("#0072b2") : QString::fromLatin1(e.curves[i].color));
            }
        }
    }
    // Figure 1: x label and y label of the material, 100 points; figure 2: line width 2.
    w->action(QStringLiteral("actionPreset_activation-functions"))->trigger();
    EXPECT_EQ(w->spec().xLabel, QStringLiteral("x"));
    EXPECT_EQ(w->spec().yLabel, QStringLiteral("Activation"));
    EXPECT_EQ(w->spec().points, 100);
    w->action(QStringLiteral("actionPreset_relu-variants"))->trigger();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(w->document()->curve(i).lineWidth, 2.0);
    EXPECT_EQ(w->spec().yLabel, QStringLiteral("f(x)"));
    // The gallery's SiLU carries the material's name for it.
    w->action(QStringLiteral("actionPreset_variant-gallery"))->trigger();
    EXPECT_TRUE(w->document()->label(6).contains(QStringLiteral("SiLU")));
    EXPECT_TRUE(w->document()->label(6).contains(QStringLiteral("Swish")));
    EXPECT_FALSE(w->loadPreset(QStringLiteral("no-such-preset")));
}

TEST(Explorer, CursorReadoutEqualsTheCoresValues) {
    auto w = makeWindow(figureOf({curve("relu"), curve("leaky_relu", {0.1}), curve("elu", {1.0})}, 2));
    auto* readout = w->cursorReadout();

    // At a kink: the convention value and both one-sided limits (relu'(0) = 0, left 0, right 1).
    w->plotView()->setCursorX(0.0);
    ASSERT_EQ(readout->rows().size(), 3u);
    const auto& relu = readout->rows()[0];
    EXPECT_EQ(relu.value[0], 0.0);
    EXPECT_EQ(relu.value[1], 0.0);
    EXPECT_EQ(relu.left[1], 0.0);
    EXPECT_EQ(relu.right[1], 1.0);
    EXPECT_TRUE(relu.jump[1]);
    EXPECT_FALSE(relu.jump[0]);
    const auto& leaky = readout->rows()[1];
    EXPECT_EQ(leaky.value[1], 0.1); // leaky'(0) takes the left branch
    EXPECT_EQ(leaky.left[1], 0.1);
    EXPECT_EQ(leaky.right[1], 1.0);
    // ELU with α = 1 at 0: f' is continuous (1), f'' jumps from α = 1 to 0 and takes 0 at 0 (PyTorch's
    // double backward masks x < 0).
    const auto& elu = readout->rows()[2];
    EXPECT_EQ(elu.value[1], 1.0);
    EXPECT_FALSE(elu.jump[1]);
    EXPECT_EQ(elu.value[2], 0.0);
    EXPECT_EQ(elu.left[2], 1.0);
    EXPECT_EQ(elu.right[2], 0.0);
    EXPECT_TRUE(elu.jump[2]);
    EXPECT_TRUE(readout->toText().contains(QStringLiteral("\u2190")));

    // Away from kinks, through the arrow keys: hand values for relu and leaky, the core's for ELU.
    w->plotView()->setCursorX(-1.5);
    const double x = w->plotView()->cursorX();
    EXPECT_EQ(readout->cursorX(), x);
    EXPECT_EQ(readout->rows()[0].value[0], 0.0);
    EXPECT_EQ(readout->rows()[1].value[0], 0.1 * -1.5);
    EXPECT_EQ(readout->rows()[1].value[1], 0.1);
    EXPECT_EQ(readout->rows()[1].value[2], 0.0);
    const auto* eluA = actlab::findActivation("elu");
    const auto d = eluA->at(-1.5, std::vector<double>{1.0});
    EXPECT_EQ(readout->rows()[2].value[0], d.f);
    EXPECT_EQ(readout->rows()[2].value[1], d.df);
    EXPECT_EQ(readout->rows()[2].value[2], d.d2f);
    EXPECT_NEAR(d.f, std::expm1(-1.5), 1e-16);
    EXPECT_NEAR(d.df, std::exp(-1.5), 1e-16);

    // Arrow keys step towards 0 and stop exactly on the kink.
    w->plotView()->setCursorX(-1e-9);
    QTest::keyClick(w->plotView()->customPlot(), Qt::Key_Right);
    EXPECT_EQ(w->plotView()->cursorX(), 0.0);
    EXPECT_EQ(readout->cursorX(), 0.0);
    QTest::keyClick(w->plotView()->customPlot(), Qt::Key_Right);
    EXPECT_GT(w->plotView()->cursorX(), 0.0);

    // A hidden curve leaves the readout.
    w->document()->setVisible(1, false);
    EXPECT_EQ(readout->rows().size(), 2u);
}

TEST(Explorer, ZoomKeepsTheKinkExactly) {
    auto w = makeWindow(figureOf({curve("relu"), curve("hardshrink", {0.5})}));
    // Wheel zoom around a point next to the kink at 0.5.
    QCustomPlot* plot = w->plotView()->customPlot();
    QCPAxisRect* rect = w->figure()->axisRect(0);
    ASSERT_NE(rect, nullptr);
    const QPointF pos(rect->axis(QCPAxis::atBottom)->coordToPixel(0.5), rect->rect().center().y());
    QWheelEvent wheel(pos, plot->mapToGlobal(pos), QPoint(), QPoint(0, 120 * 10), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    const double span = w->spec().xMax - w->spec().xMin;
    EXPECT_NEAR(span, 8 * std::pow(0.85, 10), 1e-9); // 0.85 per notch
    ASSERT_LT(w->spec().xMin, 0.5);
    ASSERT_GT(w->spec().xMax, 0.5 + 3e-7);
    EXPECT_EQ(w->figure()->spec().xMin, w->spec().xMin);

    // Then exactly around the kink, to a width of 2e-6.
    w->plotView()->zoomX(2e-6 / span, 0.5 + 3e-7);
    const double lo = w->spec().xMin;
    const double hi = w->spec().xMax;
    ASSERT_LT(lo, 0.5);
    ASSERT_GT(hi, 0.5);
    EXPECT_NEAR(hi - lo, 2e-6, 1e-12);

    // hardshrink (λ = 0.5) jumps at 0.5 from 0 to 0.5: both sides drawn at x = 0.5 exactly, with a gap.
    const auto& f = w->figure()->samples(1).order[0];
    int at = -1;
    for (std::size_t i = 0; i < f.x.size(); ++i)
        if (f.x[i] == 0.5) {
            at = static_cast<int>(i);
            break;
        }
    ASSERT_GE(at, 0) << "the kink x = 0.5 is not among the samples";
    bool sawLeft = false, sawRight = false, sawGap = false;
    for (std::size_t i = 0; i < f.x.size(); ++i) {
        if (f.x[i] != 0.5) continue;
        if (std::isnan(f.y[i]))
            sawGap = true;
        else if (f.y[i] == 0.0)
            sawLeft = true;
        else if (f.y[i] == 0.5)
            sawRight = true;
    }
    EXPECT_TRUE(sawLeft);
    EXPECT_TRUE(sawRight);
    EXPECT_TRUE(sawGap);
    // The drawn graph has the kink too, and every sample lies in the zoomed range.
    bool drawn = false;
    for (const auto& p : graphPoints(w->figure()->graph(1, 0)))
        drawn = drawn || p.x == 0.5;
    EXPECT_TRUE(drawn);
    EXPECT_GE(f.x.front(), lo);
    EXPECT_LE(f.x.back(), hi);
    // At least two samples per pixel.
    EXPECT_GE(f.x.size(), static_cast<std::size_t>(2 * rect->width()));

    // Reset view (Ctrl+0) brings back the loaded range.
    w->action(QStringLiteral("actionResetView"))->trigger();
    EXPECT_EQ(w->spec().xMin, -4.0);
    EXPECT_EQ(w->spec().xMax, 4.0);
}

TEST(Explorer, ThemeSwitchRestylesThePlot) {
    auto w = makeWindow(figureOf({curve("relu"), curve("gelu")}));
    QCustomPlot* plot = w->plotView()->customPlot();
    QCPAxis* x = w->figure()->axisRect(0)->axis(QCPAxis::atBottom);
    // Light: the first curve is Okabe–Ito blue, dark axes on a light background.
    EXPECT_EQ(hex(w->model()->color(0)), QStringLiteral("#0072b2"));
    EXPECT_EQ(hex(w->figure()->graph(0, 0)->pen().color()), QStringLiteral("#0072b2"));
    EXPECT_LT(x->basePen().color().lightness(), 128);
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 128);

    w->action(QStringLiteral("actionTheme_dark"))->trigger();
    EXPECT_EQ(w->themeMode(), actlab::explorer::ThemeMode::Dark);
    EXPECT_EQ(w->figure()->theme().name, QStringLiteral("dark"));
    x = w->figure()->axisRect(0)->axis(QCPAxis::atBottom);
    EXPECT_GT(x->basePen().color().lightness(), 128);
    EXPECT_GT(x->tickLabelColor().lightness(), 128);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 128);
    // On a dark background the first curve takes sky blue (#56B4E9), the second stays vermillion.
    EXPECT_EQ(hex(w->model()->color(0)), QStringLiteral("#56b4e9"));
    EXPECT_EQ(hex(w->figure()->graph(0, 0)->pen().color()), QStringLiteral("#56b4e9"));
    EXPECT_EQ(hex(w->figure()->graph(1, 0)->pen().color()), QStringLiteral("#d55e00"));
    // A background pixel of the rendered plot is dark.
    const QImage image = plot->toPixmap(400, 300).toImage();
    EXPECT_LT(QColor(image.pixel(2, 2)).lightness(), 80);

    w->action(QStringLiteral("actionTheme_light"))->trigger();
    EXPECT_EQ(w->figure()->theme().name, QStringLiteral("light"));
    EXPECT_EQ(hex(w->figure()->graph(0, 0)->pen().color()), QStringLiteral("#0072b2"));
    EXPECT_GT(QColor(plot->toPixmap(400, 300).toImage().pixel(2, 2)).lightness(), 200);
}

TEST(Explorer, MenusCarryTheShortcutsAndCopyFigureFillsTheClipboard) {
    auto w = makeWindow(figureOf({curve("relu"), curve("gelu")}));
    EXPECT_EQ(w->action(QStringLiteral("actionExport"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    EXPECT_EQ(w->action(QStringLiteral("actionCopyFigure"))->shortcut(),
              QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    EXPECT_EQ(w->action(QStringLiteral("actionResetView"))->shortcut(),
              QKeySequence(QStringLiteral("Ctrl+0")));
    for (const char* name : {"actionExport", "actionExportData", "actionExportPython", "actionCopyFigure",
                             "actionShowDerivative", "actionShowSecond", "actionShowLegend", "actionGrid",
                             "actionZeroLines", "actionAxisRanges", "actionAbout", "actionQuit"})
        EXPECT_FALSE(w->action(QString::fromLatin1(name))->toolTip().isEmpty()) << name;

    w->action(QStringLiteral("actionCopyFigure"))->trigger();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_TRUE(mime->hasFormat(QStringLiteral("image/png")));
    EXPECT_TRUE(mime->hasFormat(QStringLiteral("image/svg+xml")));
}

namespace {

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(w, &event);
}

} // namespace

TEST(Explorer, BoxZoomAndPanMoveEverySubplot) {
    auto w = makeWindow(figureOf({curve("relu"), curve("elu", {1.0})}, 2));
    QCustomPlot* plot = w->plotView()->customPlot();
    plot->replot(QCustomPlot::rpImmediateRefresh); // lay out the axis rectangles
    QCPAxisRect* top = w->figure()->axisRect(0);
    QCPAxis* x0 = top->axis(QCPAxis::atBottom);
    QCPAxis* y0 = top->axis(QCPAxis::atLeft);

    // Ctrl+drag a box over x in [−1, 2] in the f subplot.
    const QPointF from(x0->coordToPixel(-1.0), y0->coordToPixel(2.5));
    const QPointF to(x0->coordToPixel(2.0), y0->coordToPixel(0.5));
    sendMouse(plot, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier);
    sendMouse(plot, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    sendMouse(plot, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, Qt::ControlModifier);
    const double pixel = 8.0 / top->width(); // one pixel of the old range
    EXPECT_NEAR(w->spec().xMin, -1.0, 2 * pixel);
    EXPECT_NEAR(w->spec().xMax, 2.0, 2 * pixel);
    for (int order = 0; order < 3; ++order) {
        const QCPRange r = w->figure()->axisRect(order)->axis(QCPAxis::atBottom)->range();
        EXPECT_EQ(r.lower, w->spec().xMin) << order;
        EXPECT_EQ(r.upper, w->spec().xMax) << order;
    }
    // The box fixed y of the f subplot only; f' and f'' still follow the data.
    ASSERT_TRUE(w->spec().yRange[0].has_value());
    EXPECT_NEAR(w->spec().yRange[0]->first, 0.5, 0.05);
    EXPECT_NEAR(w->spec().yRange[0]->second, 2.5, 0.05);
    EXPECT_FALSE(w->action(QStringLiteral("actionAutoscale0"))->isChecked());
    EXPECT_TRUE(w->action(QStringLiteral("actionAutoscale1"))->isChecked());
    EXPECT_FALSE(w->spec().yRange[1].has_value());

    // Drag in the f'' subplot 100 px to the right: x moves by 100 px worth, in every subplot.
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCPAxisRect* bottom = w->figure()->axisRect(2);
    const double lo = w->spec().xMin;
    const double hi = w->spec().xMax;
    const double dx = 100 * (hi - lo) / bottom->width();
    const QPointF start = bottom->rect().center();
    sendMouse(plot, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, start + QPointF(100, 0), Qt::NoButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, start + QPointF(100, 0), Qt::LeftButton, Qt::NoButton);
    EXPECT_NEAR(w->spec().xMin, lo - dx, 1e-12);
    EXPECT_NEAR(w->spec().xMax, hi - dx, 1e-12);
    EXPECT_EQ(w->figure()->axisRect(0)->axis(QCPAxis::atBottom)->range().lower, w->spec().xMin);

    // Autoscale back on for f: the figure follows the data again.
    w->action(QStringLiteral("actionAutoscale0"))->trigger();
    EXPECT_FALSE(w->spec().yRange[0].has_value());
    EXPECT_FALSE(w->figure()->spec().yRange[0].has_value());
}

/// Theme, subplots, grid and the window size survive a restart (QSettings, written on close).
TEST(Explorer, ViewSettingsAreRemembered) {
    QSettings().clear(); // the settings directory is this process's own (gui_test_main.cpp)
    {
        MainWindow first(MainWindow::Options{true, false, false});
        first.show();
        first.setThemeMode(actlab::explorer::ThemeMode::Dark);
        first.document()->setShowDerivative(true);
        first.document()->setShowSecond(true);
        first.document()->setGrid(false);
        first.resize(1100, 700);
        QApplication::processEvents();
        first.close();
    }
    {
        MainWindow again(MainWindow::Options{true, false, false});
        EXPECT_EQ(again.themeMode(), actlab::explorer::ThemeMode::Dark);
        EXPECT_EQ(again.spec().derivatives(), 2);
        EXPECT_FALSE(again.spec().grid);
        EXPECT_EQ(again.size(), QSize(1100, 700));
        again.setThemeMode(actlab::explorer::ThemeMode::Light);
    }
}

TEST(Explorer, ASessionSavedAndReopenedShowsExactlyWhatWasThere) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lecture.actlab"));
    auto w = makeWindow(figureOf({curve("relu"), curve("leaky_relu", {0.1})}));
    auto* d = w->document();
    ASSERT_TRUE(w->loadPreset(QStringLiteral("relu-variants")));
    ASSERT_TRUE(d->setParam(1, 0, 0.1 + 0.2));
    ASSERT_TRUE(d->setSlider(1, 0, {0.05, 0.5, false}));
    d->setLabel(0, QStringLiteral("plain ReLU"));
    ASSERT_TRUE(d->setXRange(-2, 3));
    d->setSelected(2);
    d->setCursorX(0.25);
    EXPECT_TRUE(w->isWindowModified());
    const auto saved = d->state();
    QString error;
    ASSERT_TRUE(w->files()->saveAs(path, &error)) << error.toStdString();
    EXPECT_FALSE(w->isWindowModified());
    EXPECT_TRUE(w->windowTitle().contains(QStringLiteral("lecture.actlab")));

    // Undo still works after saving, and marks the window modified again.
    w->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_NE(d->figure().xMin, -2.0);
    EXPECT_TRUE(w->isWindowModified());

    auto again = makeWindow(figureOf({curve("tanh")}));
    ASSERT_TRUE(again->files()->open(path, &error)) << error.toStdString();
    EXPECT_EQ(again->document()->figure(), saved.figure);
    EXPECT_EQ(again->document()->selected(), 2);
    EXPECT_EQ(again->document()->cursorX(), 0.25);
    EXPECT_EQ(again->parameterEditor()->curve(), 2);
    EXPECT_FALSE(again->isWindowModified());
    EXPECT_EQ(again->document()->undoStack()->count(), 0);

    // A bad file leaves the open document as it was and names the file.
    const auto before = again->document()->state();
    QFile bad(dir.filePath(QStringLiteral("bad.actlab")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(
        "{\"format\": \"actlab-session\", \"version\": 1, \"figure\": {\"curves\": [{\"id\": \"nope\"}]}}");
    bad.close();
    EXPECT_FALSE(again->files()->open(bad.fileName(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("bad.actlab"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("nope"))) << error.toStdString();
    EXPECT_EQ(again->document()->state(), before);
}

TEST(Explorer, UndoAndRedoThroughTheWindow) {
    auto w = makeWindow(figureOf({curve("relu"), curve("elu", {1.0})}));
    auto* d = w->document();
    const auto start = d->state();
    w->action(QStringLiteral("actionShowSecond"))->trigger();
    d->removeCurve(0);
    ASSERT_EQ(w->figure()->spec().curves.size(), 1u);
    w->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(w->figure()->spec().curves.size(), 2u) << "the plot follows undo";
    EXPECT_EQ(w->model()->rowCount(), 2);
    w->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(d->state(), start);
    EXPECT_FALSE(w->action(QStringLiteral("actionShowSecond"))->isChecked()) << "the menus follow undo";
    w->action(QStringLiteral("actionRedo"))->trigger();
    EXPECT_TRUE(w->action(QStringLiteral("actionShowSecond"))->isChecked());
    EXPECT_TRUE(w->figure()->spec().showSecond);
}

TEST(Explorer, ALightExportFromADarkWindowDrawsWhatActlabPlotDraws) {
    // The two colour checks: File ▸ Export from a dark window starts in the light theme and draws
    // light colours, and it draws the same picture as `actlab plot --preset NAME -o OUT.png`.
    QSettings().remove(QStringLiteral("Export"));
    auto w = makeWindow(figureOf({curve("relu")}));
    w->setThemeMode(actlab::explorer::ThemeMode::Dark);
    QTemporaryDir dir;
    for (const QString& name : actlab::plot::presetNames()) {
        SCOPED_TRACE(name.toStdString());
        ASSERT_TRUE(w->loadPreset(name));
        QApplication::processEvents();
        actlab::plot::ExportDialog dialog(w->spec());
        const auto options = dialog.exportOptions();
        EXPECT_EQ(options.theme.name, QStringLiteral("light"));
        const FigureSpec exported = dialog.exportSpec();
        // A curve without a colour of its own takes the light palette colour of its slot, never the dark
        // window's colour (slot 0: Okabe–Ito blue #0072B2 on light, sky blue #56B4E9 on dark).
        for (std::size_t i = 0; i < exported.curves.size(); ++i) {
            if (!exported.curves[i].color.isValid() && exported.curves[i].slot == 0) {
                EXPECT_EQ(hex(options.theme.curveColor(exported.curves[i], static_cast<int>(i))),
                          QStringLiteral("#0072b2"));
            }
        }

        QString error;
        const auto request = actlab::plot::parsePlotArguments(
            {QStringLiteral("--preset"), name, QStringLiteral("-o"), dir.filePath(QStringLiteral("a.png"))},
            &error);
        ASSERT_TRUE(request.has_value()) << error.toStdString();
        const QImage fromWindow = QImage::fromData(actlab::plot::renderPng(exported, options));
        const QImage fromCommand = QImage::fromData(actlab::plot::renderPng(request->spec, request->options));
        ASSERT_FALSE(fromWindow.isNull());
        EXPECT_EQ(fromWindow.size(), fromCommand.size());
        EXPECT_TRUE(fromWindow == fromCommand)
            << "the window's export and actlab plot draw different pictures";
    }
}

// ---- autosave after a crash ----------------------------------------------------------------------------
// The parent test starts this test binary again as a child that edits a window with autosave on and is
// then killed (SIGKILL: no clean exit, no chance to tidy up). A new window must offer the work back.

constexpr char kAutosaveChildVariable[] = "ACTLAB_TEST_AUTOSAVE_CHILD";

/// The edits the child makes; the parent makes them on a document of its own to know what to expect.
void makeTheChildsEdits(actlab::document::Document& d) {
    ASSERT_TRUE(d.load(*actlab::plot::preset(QStringLiteral("relu-variants")), {}));
    ASSERT_TRUE(d.setParam(1, 0, 0.1 + 0.2)); // 0.30000000000000004: must come back bit for bit
    d.setXRange(-2.5, 1.0 / 3.0);
    ASSERT_GE(d.addCurve(QStringLiteral("selu")), 0);
    d.setCursorX(-0.75);
}

TEST(AutosaveChild, EditsAndWaitsToBeKilled) {
    if (qEnvironmentVariableIsEmpty(kAutosaveChildVariable))
        GTEST_SKIP() << "run by Explorer.AKilledWindowsWorkIsRecovered";
    MainWindow w(MainWindow::Options{false, true, false});
    w.show();
    makeTheChildsEdits(*w.document());
    const QString path = w.files()->autosavePath();
    // The autosave after a finished change (1 s), not a call of autosaveNow(): as a user's edit is saved.
    for (int i = 0; i < 200 && !QFileInfo::exists(path); ++i)
        QTest::qWait(50);
    ASSERT_TRUE(QFileInfo::exists(path));
    std::printf("autosaved %s\n", qPrintable(path));
    std::fflush(stdout);
    for (;;)
        QTest::qWait(1000); // until killed
}

TEST(Explorer, AKilledWindowsWorkIsRecovered) {
    QTemporaryDir dataHome;
    ASSERT_TRUE(dataHome.isValid());
    const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kAutosaveChildVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=AutosaveChild.EditsAndWaitsToBeKilled")});
    ASSERT_TRUE(child.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("autosaved") && child.state() == QProcess::Running && child.waitForReadyRead(60000))
        out += child.readAllStandardOutput();
    ASSERT_TRUE(out.contains("autosaved")) << out.toStdString() << child.readAllStandardError().toStdString();
    child.kill();
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    actlab::document::Document expected;
    makeTheChildsEdits(expected);
    {
        MainWindow w(MainWindow::Options{false, true, false}); // offers recovery; the tests answer yes
        EXPECT_TRUE(w.document()->state().figure == expected.state().figure);
        EXPECT_EQ(w.document()->state().selected, expected.state().selected);
        EXPECT_EQ(w.document()->cursorX(), expected.cursorX());
        EXPECT_TRUE(w.isWindowModified()) << "recovered work is unsaved work";
        EXPECT_TRUE(w.files()->path().isEmpty());
        w.files()->closed();
    }
    // The dead window's autosave is gone once offered: a second start offers nothing.
    EXPECT_TRUE(QDir(dataHome.path()).entryList({QStringLiteral("autosave-*")}, QDir::Files).isEmpty());
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    EXPECT_TRUE(QDir(appData).entryList({QStringLiteral("autosave-*")}, QDir::Files).isEmpty())
        << appData.toStdString();
    if (oldDataHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldDataHome);
}

TEST(Explorer, ANewWindowShowsTheSlidersOfItsFirstCurveWithParameters) {
    // The start figure is ReLU, Leaky ReLU (α = 0.1) and GELU: Leaky ReLU is selected, its α slider shown.
    MainWindow w(MainWindow::Options{false, false, false});
    ASSERT_EQ(w.document()->count(), 3);
    EXPECT_EQ(w.document()->selected(), 1);
    EXPECT_EQ(w.parameterEditor()->parameterCount(), 1);
    w.action(QStringLiteral("actionRemove"))->trigger(); // a curve removed…
    w.files()->newSession();                             // …then File ▸ New: selected as at the start
    EXPECT_EQ(w.document()->selected(), 1);
}

// ----- typed formulas -----------------------------------------------------------------------------------

namespace {
/// Lets the dialog's check (debounce, then a worker thread) finish; false if it never does.
bool waitForCheck(const actlab::explorer::FormulaDialog& dialog) {
    for (int i = 0; i < 3000 && dialog.isChecking(); ++i)
        QTest::qWait(10);
    return !dialog.isChecking();
}
} // namespace

TEST(Explorer, TheFormulaDialogChecksWhileTypingAndPointsAtTheColumn) {
    actlab::explorer::FormulaDialog dialog(QStringLiteral("New Formula"), QString());
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog.edit()->setText(QStringLiteral("x * (tanh(x"));
    EXPECT_TRUE(dialog.isChecking()); // the check waits for typing to pause
    ASSERT_TRUE(waitForCheck(dialog));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(dialog.formula().has_value());
    const QString status = dialog.status()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("expected ')' at column 12"))) << status.toStdString();
    // The caret stands under column 12: eleven kept spaces before it.
    QString caret;
    for (int i = 0; i < 11; ++i)
        caret += QStringLiteral("&nbsp;");
    EXPECT_TRUE(status.contains(QStringLiteral("<br>") + caret + QStringLiteral("^<br>")))
        << status.toStdString();

    dialog.edit()->setText(QStringLiteral("x*sigmoid(b*x)"));
    ASSERT_TRUE(waitForCheck(dialog));
    ASSERT_TRUE(dialog.formula().has_value());
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.formula()->text, QStringLiteral("x*sigmoid(b*x)"));
}

// A formula whose derivatives are large is checked in a worker thread, so the window's event loop runs
// on; the text typed last is the one that counts, and OK pressed before its check ends accepts it once it
// checks out.
TEST(Explorer, TheFormulaDialogChecksLargeFormulasInAWorkerThread) {
    actlab::explorer::FormulaDialog dialog(QStringLiteral("New Formula"), QString());
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    const QString tower = QStringLiteral("x^x^x^x^x^x^x^x^x^x");
    dialog.edit()->setText(tower + QStringLiteral("^(")); // not a formula…
    QTest::qWait(200);                                    // …its check starts
    dialog.edit()->setText(tower);                        // …and this text replaces it
    EXPECT_TRUE(dialog.isChecking());
    EXPECT_TRUE(ok->isEnabled());
    ok->click(); // pressed before the check ends: the dialog accepts when the check passes
    ASSERT_TRUE(waitForCheck(dialog));
    ASSERT_TRUE(dialog.formula().has_value()) << dialog.status()->text().toStdString();
    EXPECT_EQ(dialog.formula()->text, tower);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    // x^x^…^x (ten x's) at x = 1.25: 1.352201428918186128 by mpmath (60 digits).
    const auto d = dialog.formula()->function->at(1.25, {});
    EXPECT_NEAR(d.f, 1.352201428918186128, 1e-14);
}

// sqrt(x² + 1) − x ≈ 1/(2x) is the difference of two numbers near x: double loses about 2εx² of it
// relative (derived by hand: each operand carries an error of ε·x, the result is 1/(2x)), which passes
// 1e-9 near x = 2100. The plot marks f from there on, and f′ (≈ −1/(2x²), the same cancellation)
// where it misses too; the safe form 1/(sqrt(x² + 1) + x) gets no mark.
TEST(Explorer, DigitsLostByAFormulaAreMarkedOnThePlot) {
    auto w = makeWindow(figureOf({curve("relu")}, 1));
    auto* actions = w->formulaActions();
    const int lossy = actions->add(QStringLiteral("sqrt(x^2 + 1) - x"));
    const int safe = actions->add(QStringLiteral("1/(sqrt(x^2 + 1) + x)"));
    w->document()->setXRange(1, 1e5);
    QApplication::processEvents();
    auto* marks = w->plotView()->accuracyMarks();
    marks->update();
    bool fMarked = false;
    for (const auto& band : marks->bands()) {
        EXPECT_NE(band.curve, safe);
        EXPECT_NE(band.curve, 0); // ReLU is no formula
        if (band.curve != lossy || band.order != 0) continue;
        fMarked = true;
        EXPECT_GT(band.xmin, 1000.0);
        EXPECT_LT(band.xmin, 5000.0);
        EXPECT_GT(band.xmax, 0.99e5);
    }
    EXPECT_TRUE(fMarked);
    int rects = 0;
    QCustomPlot* plot = w->plotView()->figure()->customPlot();
    for (int i = 0; i < plot->itemCount(); ++i)
        rects += qobject_cast<QCPItemRect*>(plot->item(i)) != nullptr;
    EXPECT_GE(rects, 1);
    // Near 0 nothing is lost: no band.
    w->document()->setXRange(-1, 1);
    QApplication::processEvents();
    marks->update();
    EXPECT_TRUE(marks->bands().empty());
}

TEST(Explorer, AFormulaCurveGetsSlidersAndIsDrawnFromItsCompiledForm) {
    auto w = makeWindow(figureOf({curve("relu")}, 2));
    auto* actions = w->formulaActions();
    EXPECT_FALSE(actions->editFormula()->isEnabled()); // ReLU is selected or nothing is
    const int row = actions->add(QStringLiteral("where(x > 0, x, a*expm1(x))"));
    ASSERT_EQ(row, 1);
    QApplication::processEvents();
    EXPECT_EQ(w->document()->selected(), 1);
    EXPECT_TRUE(actions->editFormula()->isEnabled());
    ASSERT_EQ(w->parameterEditor()->parameterCount(), 1);
    ASSERT_TRUE(w->document()->setParam(row, 0, 0.5));
    QApplication::processEvents();
    // Every drawn point is ELU with α = 0.5, computed here by hand: x for x > 0, α(eˣ − 1) else; f' is
    // 1 or αeˣ, f'' 0 or αeˣ (where() takes its condition as written: at 0 the else branch).
    for (int order = 0; order < 3; ++order) {
        const auto& series = w->figure()->samples(row).order[static_cast<std::size_t>(order)];
        ASSERT_GT(series.x.size(), 100u);
        int checked = 0;
        for (std::size_t i = 0; i < series.x.size(); ++i) {
            const double x = series.x[i];
            const double y = series.y[i];
            if (std::isnan(y) || x == 0) continue;
            const double expected = x > 0 ? (order == 0   ? x
                                             : order == 1 ? 1.0
                                                          : 0.0)
                                          : (order == 0 ? 0.5 * std::expm1(x) : 0.5 * std::exp(x));
            EXPECT_NEAR(y, expected, 4e-16 * std::max(1.0, std::abs(expected)))
                << "order " << order << " x " << x;
            ++checked;
        }
        EXPECT_GT(checked, 100);
    }
    // The kink at 0 is drawn as for a built-in: f' jumps from α = 0.5 (closed, the convention) to 1.
    const auto& jumps = w->figure()->samples(row).order[1].jumps;
    ASSERT_EQ(jumps.size(), 1u);
    EXPECT_EQ(jumps[0].x, 0.0);
    EXPECT_EQ(jumps[0].closed, 0.5);
    EXPECT_EQ(jumps[0].open, 1.0);
    // The info panel shows f' as a formula and the value of a.
    const QString info = w->infoPanel()->browser()->toPlainText();
    EXPECT_TRUE(info.contains(QStringLiteral("Your formula"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("a = 0.5"))) << info.toStdString();

    // A refused formula from "My functions" adds nothing (the message box is answered by the test).
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) box->accept();
    });
    EXPECT_EQ(actions->add(QStringLiteral("x*(")), -1);
    EXPECT_EQ(w->document()->count(), 2);
}
