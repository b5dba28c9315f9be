// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese interface (issue 9, item 4): the lists of the catalogue's, presets' and experiments' words are
// complete, every one of them has a Chinese translation, and the window, its panels, the presentation
// overlay, the Compare window, the dialogs and the messages the core makes (refused parameters, formula
// errors, accuracy reasons, refused depth settings) shown in zh_CN have no English left over (words of Latin
// letters outside an allow-list of function names, ids, keys, file formats, units and names of people and
// programs). The choice of language: codes, --lang, View ▸ Language.
#include "document/document.hpp"
#include "explorer/axis_range_dialog.hpp"
#include "explorer/compare_window.hpp"
#include "explorer/curves_panel.hpp"
#include "explorer/depth_view.hpp"
#include "explorer/formula_dialog.hpp"
#include "explorer/info_panel.hpp"
#include "explorer/lesson_notes.hpp"
#include "explorer/main_window.hpp"
#include "explorer/parameter_editor.hpp"
#include "explorer/presentation.hpp"
#include "explorer/session_files.hpp"
#include "explorer/training_lab.hpp"
#include "explorer/ui_language.hpp"
#include "plot/animation_dialog.hpp"
#include "plot/data_words.hpp"
#include "plot/export_dialog.hpp"
#include "plot/presets.hpp"
#include "plot/session_file.hpp"
#include "plot/training_figure.hpp"
#include "window_test_support.hpp"

#include "actlab/activation.hpp"
#include "actlab/analysis/training_experiments.hpp"
#include "actlab/catalogue.hpp"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <qcustomplot.h>

#include <memory>
#include <string>

using actlab::explorer::MainWindow;
using actlab::explorer::UiLanguage;

namespace {

QString str(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QSet<QString> listed(std::span<const char* const> words) {
    QSet<QString> set;
    for (const char* w : words)
        set.insert(QString::fromUtf8(w));
    return set;
}

/// Every word the window takes from the catalogue.
QStringList catalogueTexts() {
    QStringList texts;
    for (int f = 0; f < actlab::kFamilyCount; ++f)
        texts << str(actlab::familyName(static_cast<actlab::Family>(f)));
    for (const auto& a : actlab::catalogue()) {
        texts << str(a.name) << str(a.formula) << str(a.notes) << str(a.kinkConvention);
        for (const auto& p : a.parameters)
            texts << str(p.meaning);
    }
    texts.removeAll(QString());
    return texts;
}

bool hasHan(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) return true;
    return false;
}

TEST(DataWords, ListHasEveryWordOfTheCatalogue) {
    const QSet<QString> words = listed(actlab::plot::catalogueWords());
    for (const QString& text : catalogueTexts())
        EXPECT_TRUE(words.contains(text)) << "missing from app/plot/data_words.cpp: " << qPrintable(text);
}

TEST(DataWords, ListHasEveryPresetTitleAndDescription) {
    const QSet<QString> words = listed(actlab::plot::presetWords());
    for (const QString& name : actlab::plot::presetNames()) {
        EXPECT_TRUE(words.contains(actlab::plot::presetDescription(name)))
            << "description of " << qPrintable(name) << " missing from app/plot/data_words.cpp";
        const auto figure = actlab::plot::preset(name);
        ASSERT_TRUE(figure);
        if (!figure->title.isEmpty()) {
            EXPECT_TRUE(words.contains(figure->title))
                << "title of " << qPrintable(name) << " missing from app/plot/data_words.cpp";
        }
    }
}

TEST(DataWords, ListHasEveryExperimentTitleAndClaim) {
    const QSet<QString> words = listed(actlab::plot::experimentWords());
    for (const auto& e : actlab::analysis::trainingExperiments())
        for (const std::string& text : {e.title, e.claim})
            EXPECT_TRUE(words.contains(QString::fromStdString(text)))
                << "missing from app/plot/data_words.cpp: " << text;
}

TEST(DataWords, EveryWordHasAChineseTranslation) {
    QTranslator zh;
    ASSERT_TRUE(zh.load(QStringLiteral(":/i18n/actlab_zh_CN.qm"))) << "the Chinese .qm is not embedded";
    for (const char* w : actlab::plot::catalogueWords()) {
        const QString t = zh.translate("actlab::catalogue", w);
        EXPECT_FALSE(t.isEmpty()) << "no translation of " << w;
    }
    for (const char* w : actlab::plot::presetWords())
        EXPECT_FALSE(zh.translate("actlab::presets", w).isEmpty()) << "no translation of " << w;
    for (const char* w : actlab::plot::experimentWords())
        EXPECT_TRUE(hasHan(zh.translate("actlab::experiments", w))) << "not Chinese: " << w;
    // Names may stay as the lecture notes write them (ReLU, Softplus); sentences must be Chinese.
    for (const auto& a : actlab::catalogue()) {
        for (const auto text : {a.notes, a.kinkConvention}) {
            const std::string key(text);
            EXPECT_TRUE(hasHan(zh.translate("actlab::catalogue", key.c_str()))) << "not Chinese: " << key;
        }
        for (const auto& p : a.parameters) {
            const std::string key(p.meaning);
            EXPECT_TRUE(hasHan(zh.translate("actlab::catalogue", key.c_str()))) << "not Chinese: " << key;
        }
    }
}

TEST(UiLanguage, CodesAndTheSystemLocale) {
    using actlab::explorer::uiLanguageFromCode;
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("zh_CN")), UiLanguage::Chinese);
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("zh_CN.UTF-8")), UiLanguage::Chinese);
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("zh")), UiLanguage::Chinese);
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("en")), UiLanguage::English);
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("en_GB")), UiLanguage::English);
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("system")), UiLanguage::System);
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("zh_TW")), std::nullopt); // Traditional: not translated
    EXPECT_EQ(uiLanguageFromCode(QStringLiteral("de")), std::nullopt);
    EXPECT_EQ(uiLanguageFromCode(QString()), std::nullopt);
    for (auto l : {UiLanguage::System, UiLanguage::English, UiLanguage::Chinese})
        EXPECT_EQ(uiLanguageFromCode(actlab::explorer::uiLanguageCode(l)), l);
    EXPECT_EQ(actlab::explorer::resolvedUiLanguage(UiLanguage::Chinese), UiLanguage::Chinese);
    EXPECT_EQ(actlab::explorer::resolvedUiLanguage(UiLanguage::English), UiLanguage::English);
}

/// Words of Latin letters left in user-visible text.
class EnglishFinder {
  public:
    EnglishFinder() {
        // Function names as Chinese notes write them, ids, PyTorch names.
        for (const auto& a : actlab::catalogue()) {
            const QString name = actlab::plot::catalogueText(a.name);
            for (const QString& w : words(name))
                m_allowed.insert(w);
            for (const QString& w : words(str(a.id) + u' ' + str(a.torchName)))
                m_allowed.insert(w);
            // A formula that is only mathematics stays as it is (sin²(ax), ln σ(x)).
            if (actlab::plot::catalogueText(a.formula) == str(a.formula))
                for (const QString& w : words(str(a.formula)))
                    m_allowed.insert(w);
            for (const auto& p : a.parameters)
                m_allowed.insert(str(p.name));
        }
        for (const QString& name : actlab::plot::presetNames()) // ids, as --preset takes them
            for (const QString& w : words(name))
                m_allowed.insert(w);
        for (const char* w :
             {// keys
              "Ctrl", "Shift", "Alt", "Esc", "Enter", "Delete", "Del", "Space", "PgDn", "PgUp", "PgDown",
              "Home", "End", "F1", "F2", "F5", "Tab",
              // file formats and programs
              "PNG", "SVG", "PDF", "CSV", "GIF", "gif", "png", "svg", "pdf", "csv", "py", "actlab", "ActLab",
              "PyTorch", "NumPy", "matplotlib", "Python", "LaTeX", "beamer", "GiNaC", "BERT", "GPT",
              "Transformer", "MobileNet", "MobileNetV3", "GNU", "GPL", "Qt", "Adam", "SGD", "XOR", "frames",
              "alpha", "frame",
              // maths and numerics
              "exp", "expm1", "log", "log1p", "sqrt", "abs", "sign", "sgn", "min", "max", "sin", "cos",
              "tanh", "sinh", "cosh", "sech", "erf", "erfc", "sigmoid", "softplus", "logsigmoid", "where",
              "cond", "logistic", "sinc", "double", "long", "ulp", "nan", "inf", "sup", "std", "Var", "fan",
              "in", "out", "id", "e", "L1", "dropout", "torch", "clamp", "eval", "hardtanh_backward",
              "elu_backward", "leaky_relu", "threshold", "ln", "q_in", "C0", "C1", "C2", "C3",
              // units
              "px", "cm", "dpi", "ns",
              // people
              "He", "Glorot", "Bengio", "LeCun", "Klambauer", "Xavier", "al",
              // the language menu names each language in itself
              "English"})
            m_allowed.insert(QString::fromUtf8(w));
    }

    static QStringList words(QString text) {
        text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
        text.replace(QRegularExpression(QStringLiteral("&[a-z]+;")), QStringLiteral(" "));
        text.remove(QRegularExpression(QStringLiteral("#[0-9A-Fa-f]{6}\\b"))); // colours
        QStringList out;
        auto it = QRegularExpression(QStringLiteral("[A-Za-z][A-Za-z0-9_]*")).globalMatch(text);
        while (it.hasNext())
            out << it.next().captured();
        return out;
    }

    /// The rich text's body: its tags become spaces in words(), so e<sup>x</sup> is not the word "ex".
    static QString bodyHtml(const QTextBrowser* browser) {
        QString html = browser->toHtml();
        html.remove(QRegularExpression(QStringLiteral("<head>.*</head>"),
                                       QRegularExpression::DotMatchesEverythingOption));
        return html;
    }

    void check(const QString& where, const QString& text) {
        if (text.isEmpty()) return;
        QStringList english;
        for (const QString& w : words(text))
            if (w.size() > 1 && !m_allowed.contains(w)) english << w;
        if (!english.isEmpty())
            m_found << QStringLiteral("%1: \"%2\" (%3)").arg(where, text.left(160), english.join(u' '));
    }

    void checkWidgetTree(QWidget* root) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets << root;
        for (QWidget* w : widgets) {
            const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
            check(where + QStringLiteral(" tooltip"), w->toolTip());
            check(where + QStringLiteral(" status tip"), w->statusTip());
            if (w->isWindow() || qobject_cast<QDockWidget*>(w))
                check(where + QStringLiteral(" title"), w->windowTitle());
            if (auto* l = qobject_cast<QLabel*>(w)) check(where, l->text());
            if (auto* b = qobject_cast<QAbstractButton*>(w)) check(where, b->text());
            if (auto* e = qobject_cast<QLineEdit*>(w))
                check(where + QStringLiteral(" placeholder"), e->placeholderText());
            if (auto* g = qobject_cast<QGroupBox*>(w)) check(where, g->title());
            if (auto* c = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < c->count(); ++i)
                    check(where + QStringLiteral(" item"), c->itemText(i));
            if (auto* t = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < t->count(); ++i) {
                    check(where + QStringLiteral(" tab"), t->tabText(i));
                    check(where + QStringLiteral(" tab tooltip"), t->tabToolTip(i));
                }
            if (auto* b = qobject_cast<QTextBrowser*>(w)) check(where, bodyHtml(b));
            if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model())
                checkModel(where, v->model(), {});
            if (auto* m = qobject_cast<QMenu*>(w)) check(where + QStringLiteral(" menu"), m->title());
        }
        for (QAction* a : root->findChildren<QAction*>()) {
            const QString where = QStringLiteral("QAction ") + a->objectName();
            check(where, a->text());
            check(where + QStringLiteral(" tooltip"), a->toolTip());
            check(where + QStringLiteral(" status tip"), a->statusTip());
        }
    }

    void checkModel(const QString& where, const QAbstractItemModel* model, const QModelIndex& parent) {
        for (int c = 0; c < model->columnCount(parent); ++c)
            if (!parent.isValid()) {
                check(where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
                check(where + QStringLiteral(" header tooltip"),
                      model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        for (int r = 0; r < model->rowCount(parent); ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex i = model->index(r, c, parent);
                check(where + QStringLiteral(" item"), i.data(Qt::DisplayRole).toString());
                check(where + QStringLiteral(" item tooltip"), i.data(Qt::ToolTipRole).toString());
                if (c == 0 && model->hasChildren(i)) checkModel(where, model, i);
            }
    }

    const QStringList& found() const { return m_found; }

  private:
    QSet<QString> m_allowed;
    QStringList m_found;
};

class ChineseInterface : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_EQ(actlab::explorer::installUiLanguage(UiLanguage::Chinese), UiLanguage::Chinese);
    }
    void TearDown() override { actlab::explorer::installUiLanguage(UiLanguage::English); }
};

TEST_F(ChineseInterface, TranslatesTheCatalogueAndQtsOwnButtons) {
    EXPECT_EQ(actlab::plot::catalogueText("Bent identity"), QStringLiteral("弯曲恒等函数"));
    EXPECT_EQ(actlab::plot::catalogueText("ReLU family"), QStringLiteral("ReLU 系列"));
    EXPECT_EQ(actlab::plot::experimentText("A too-large learning rate kills ReLUs"),
              QStringLiteral("学习率过大会杀死 ReLU"));
    EXPECT_EQ(QLocale().language(), QLocale::Chinese); // the built-in lesson follows it
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消")); // qtbase_zh_CN.qm
}

TEST_F(ChineseInterface, WindowPanelsAndDialogsHaveNoEnglishLeft) {
    QSettings().clear(); // no recent files (their names are the user's) from the tests before
    auto w = std::make_unique<MainWindow>(MainWindow::Options{false, false, false});
    w->resize(1280, 800);
    w->show();
    // A curve with parameters, kinks and notes selected, and the built-in lesson's steps.
    ASSERT_TRUE(w->openBuiltInLesson());
    w->document()->addCurve(QStringLiteral("leaky_relu"));
    QApplication::processEvents();

    EnglishFinder finder;
    finder.checkWidgetTree(w.get());
    for (const auto& a : actlab::catalogue()) { // every function's page in the info panel
        w->document()->addCurve(QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size())));
        QApplication::processEvents();
        finder.check(QStringLiteral("About the curve, ") + str(a.id),
                     EnglishFinder::bodyHtml(w->infoPanel()->findChild<QTextBrowser*>()));
    }
    w->presentation()->enter();
    QApplication::processEvents();
    finder.checkWidgetTree(w.get());
    w->presentation()->leave();

    const auto& spec = w->document()->figure();
    actlab::plot::ExportDialog exportDialog(spec, w.get());
    finder.checkWidgetTree(&exportDialog);
    actlab::plot::AnimationDialog animationDialog(spec, w->document()->selected(), w.get());
    finder.checkWidgetTree(&animationDialog);
    actlab::explorer::FormulaDialog formulaDialog(QStringLiteral("新建公式"),
                                                  QStringLiteral("x*sigmoid(b*x)"), w.get());
    finder.checkWidgetTree(&formulaDialog);
    actlab::explorer::AxisRangeDialog axisDialog(actlab::explorer::AxisRanges{}, w.get());
    finder.checkWidgetTree(&axisDialog);
    actlab::explorer::LessonNotes notes(w->document());
    finder.checkWidgetTree(&notes);
    actlab::explorer::TrainingLab lab;
    finder.checkWidgetTree(&lab);

    EXPECT_TRUE(finder.found().isEmpty()) << "English left in the Chinese interface:\n"
                                          << qPrintable(finder.found().join(u'\n'));
}

TEST_F(ChineseInterface, CoreMessagesAndTheCompareWindowHaveNoEnglishLeft) {
    using actlab::explorer::testing::curve;
    using actlab::explorer::testing::figureOf;
    QSettings().clear();
    auto w = actlab::explorer::testing::makeWindow(figureOf({curve("hardtanh")}));
    EnglishFinder finder;

    // A typed value the core refuses: hardtanh's min_val above its max_val (a constraint between parameters).
    w->curvesPanel()->setCurrentRow(0);
    auto* editor = w->parameterEditor();
    actlab::explorer::testing::typeInto(editor->spinBox(0), QStringLiteral("2"));
    EXPECT_EQ(w->document()->curve(0).params, (std::vector<double>{-1, 1}));
    EXPECT_TRUE(editor->message(0).contains(QStringLiteral("min_val = 2 必须小于 max_val = 1")))
        << qPrintable(editor->message(0));
    // And a value that is no finite number.
    w->document()->addCurve(QStringLiteral("leaky_relu"));
    QApplication::processEvents();
    actlab::explorer::testing::typeInto(editor->spinBox(0), QStringLiteral("nan"));
    EXPECT_TRUE(editor->message(0).contains(QStringLiteral("不是有限数；允许范围：")))
        << qPrintable(editor->message(0));
    finder.checkWidgetTree(editor);

    // A formula the parser refuses: the message names the column in Chinese, and the caret stands under it.
    for (const auto& [typed, expected] :
         {std::pair{QStringLiteral("x*(1 + x"), QStringLiteral("第 9 列：此处应为 ')'")},
          std::pair{QStringLiteral("exp(x, 2)"),
                    QStringLiteral("第 1 列：exp() 接受 1 个实参，实际给出 2 个")},
          std::pair{QStringLiteral("x/0"), QStringLiteral("第 2 列：除以零")}}) {
        actlab::explorer::FormulaDialog dialog(QStringLiteral("新建公式"), typed, w.get());
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isChecking(); }, 60000));
        const QString status = dialog.status()->text();
        EXPECT_TRUE(status.contains(expected)) << qPrintable(status);
        finder.check(QStringLiteral("FormulaDialog status for ") + typed, status);
    }
    {
        actlab::explorer::FormulaDialog dialog(QStringLiteral("新建公式"), QStringLiteral("x*(1 + x"),
                                               w.get());
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isChecking(); }, 60000));
        // Column 9 is one past the text's end: eight spaces, then the caret.
        EXPECT_TRUE(dialog.status()->text().contains(
            QStringLiteral("<br>") + QStringLiteral("&nbsp;").repeated(8) + QStringLiteral("^<br>")))
            << qPrintable(dialog.status()->text());
    }

    // A formula whose double values lose digits: x − tanh(x) ≈ x³/3 cancels for |x| below ~1e-3 (double keeps
    // ~ε·|x| absolute, so ~3ε/x² relative), and the About panel says so.
    QString error;
    const auto formula = actlab::plot::parseCurveFormula(QStringLiteral("x - tanh(x)"), &error);
    ASSERT_TRUE(formula) << qPrintable(error);
    w->document()->addFormula(*formula);
    ASSERT_TRUE(w->document()->setXRange(-1e-3, 1e-3, &error)) << qPrintable(error);
    QApplication::processEvents();
    const QString about = EnglishFinder::bodyHtml(w->infoPanel()->findChild<QTextBrowser*>());
    EXPECT_TRUE(about.contains(QStringLiteral("因加法中的相消而丢失有效数字"))) << qPrintable(about);
    finder.check(QStringLiteral("About the curve, x - tanh(x)"), about);

    // A depth setting the analyses refuse: σ_w² < 0 is not taken, and the status line says why.
    auto* depth = w->depthView();
    const auto before = depth->settings();
    auto refused = before;
    refused.sigmaW2 = -1;
    depth->setSettings(refused);
    EXPECT_EQ(depth->settings().sigmaW2, before.sigmaW2);
    EXPECT_EQ(depth->status()->text(), QStringLiteral("已拒绝：σ_w² = -1 必须是 ≥ 0 的有限数"));
    finder.check(QStringLiteral("DepthView status"), depth->status()->text());

    // View ▸ Compare functions, filled.
    auto* compare = w->findChild<QAction*>(QStringLiteral("actionCompare"));
    ASSERT_TRUE(compare);
    compare->trigger();
    ASSERT_TRUE(w->compareWindow());
    if (w->compareWindow()->run()) {
        QSignalSpy complete(w->compareWindow(), &actlab::explorer::CompareWindow::complete);
        ASSERT_TRUE(complete.wait(120000));
    }
    finder.checkWidgetTree(w->compareWindow());

    EXPECT_TRUE(finder.found().isEmpty()) << "English left in the Chinese interface:\n"
                                          << qPrintable(finder.found().join(u'\n'));
}

TEST_F(ChineseInterface, BadSessionAndPresetFilesSayWhatIsWrongInChinese) {
    // Opened through the window's own path (File ▸ Open): the status bar names the file and the problem in
    // the words of resources/translations/actlab_zh_CN.ts, and the open document stays as it was.
    using actlab::explorer::testing::curve;
    using actlab::explorer::testing::figureOf;
    QSettings().clear();
    auto w = actlab::explorer::testing::makeWindow(figureOf({curve("relu")}));
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto session = [](const char* rest) {
        return QByteArray(R"({"format": "actlab-session", )") + rest + '}';
    };
    const struct {
        QByteArray bytes;
        QString expected; // after "PATH："
    } cases[] = {
        // The readers of the session file itself (app/plot/session_file.cpp) …
        {QByteArray(" \n"), QStringLiteral("文件是空的")},
        {QByteArray(R"({"format": "plot"})"),
         QStringLiteral("不是 ActLab 会话：其 \"format\" 是 'plot'，而不是 \"actlab-session\"")},
        {session(R"("version": 99, "figure": {})"),
         QStringLiteral(
             "由较新的 ActLab 写入（会话版本 99；此 ActLab 最多读取版本 %1）；请更新 ActLab 后再打开")
             .arg(actlab::plot::kSessionVersion)},
        {session(R"("version": 1, "figure": {"curves": [{"id": "relu"}]}, "explorer": {"selected": 3})"),
         QStringLiteral("\"explorer\"：\"selected\" 必须是 -1（无）或 0 到 0 之间的曲线序号，而不是 3")},
        {session(R"("version": 2, "figure": {}, "lesson": {"steps": [{"title": 3}]})"),
         QStringLiteral("课程第 1 步：\"title\" 必须是文本，而不是 3")},
        // … and the presets' reader of a figure (app/plot/presets.cpp), which a session's figures go through.
        {session(R"("version": 1, "figure": {"curves": [{"id": "elu", "lineWidth": -1}]})"),
         QStringLiteral("第 1 条曲线（elu）：\"lineWidth\" 必须是大于 0 且不大于 100 的数，而不是 -1")},
        {session(R"("version": 1, "figure": {"curves": [{"id": "relu"}, )"
                 R"({"id": "elu", "sliders": {"alpha": {"min": -1, "max": 2}}}]})"),
         QStringLiteral(
             "第 2 条曲线（elu）：\"sliders\".\"alpha\"：min -1 和 max 2 必须位于声明的范围 [0, 10] 之内")},
        {session(R"("version": 1, "figure": {"curves": [{"id": "sigmod"}]})"),
         QStringLiteral("第 1 条曲线：未知函数 'sigmod'（运行 `actlab list` 查看函数目录）")},
        {session(R"("version": 1, "figure": {"legend": "middle"})"),
         QStringLiteral(
             "\"legend\" 必须是以下之一：\"top left\", \"top\", \"top right\", \"left\", \"center\", "
             "\"right\", \"bottom left\", \"bottom\", \"bottom right\", \"outside right\", \"none\"，"
             "而不是 'middle'")},
        {session(R"("version": 1, "figure": {"xRange": [1, 0]})"),
         QStringLiteral("\"xRange\"：下端必须小于上端（实际为 1 和 0）")},
        {session(R"("version": 5, "figure": {}, "explorer": {"lab": {"dataset": "moon"}})"),
         QStringLiteral(
             "\"explorer\"：\"lab\"：\"dataset\" 必须是 moons、circles、xor、spirals 或 regression，"
             "而不是 'moon'")},
    };
    int n = 0;
    for (const auto& c : cases) {
        const QString path = dir.filePath(QStringLiteral("bad-%1.actlab").arg(++n));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(c.bytes);
        file.close();
        QString error;
        EXPECT_FALSE(w->files()->open(path, &error)) << qPrintable(path);
        const QString expected = path + QStringLiteral("：") + c.expected;
        EXPECT_EQ(error.toStdString(), expected.toStdString());
        EXPECT_EQ(w->statusBar()->currentMessage().toStdString(), expected.toStdString());
        ASSERT_EQ(w->document()->figure().curves.size(), 1u); // the open document is untouched
        EXPECT_EQ(w->document()->figure().curves[0].id, QStringLiteral("relu"));
    }
}

TEST_F(ChineseInterface, TheAnimationChecksSpeakChinese) {
    // File ▸ Export animation with values animationProblem() refuses (app/plot/animation.cpp), and the
    // parameter editor's play button, which checks the same way.
    using actlab::explorer::testing::curve;
    using actlab::explorer::testing::figureOf;
    QSettings().clear();
    auto w = actlab::explorer::testing::makeWindow(figureOf({curve("elu"), curve("hardtanh")}));
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString gif = dir.filePath(QStringLiteral("a.gif"));
    const struct {
        int selected;
        const char* parameter;
        double from, to;
        bool log;
        QString expected;
    } cases[] = {
        {0, "alpha", -1, 2, false, QStringLiteral("第 1 条曲线（elu）：alpha = -1 超出其范围 [0, 10]")},
        {0, "alpha", 1, 1, false, QStringLiteral("alpha=1:1：两端相等，什么也不会动")},
        {0, "alpha", 0, 2, true, QStringLiteral("alpha=0:2：对数步长要求两端都大于 0")},
        // hardtanh's min_val passes max_val = 1 on the way: the frame, its value and the core's own reason.
        {1, "min_val", -2, 2, false,
         QStringLiteral("第 2 条曲线（hardtanh）在第 22 帧（min_val = 1.0344827586206895）："
                        "min_val = 1.0344827586206895 必须小于 max_val = 1")},
    };
    for (const auto& c : cases) {
        actlab::plot::AnimationDialog dialog(w->document()->figure(), c.selected, w.get());
        dialog.setParameter(QString::fromLatin1(c.parameter));
        dialog.setRange(c.from, c.to);
        dialog.setLog(c.log);
        dialog.setFrames(30); // frame k at -2 + 4k/29: k = 22 is the first at or above max_val = 1
        dialog.setPath(gif);
        EXPECT_FALSE(dialog.exportNow());
        EXPECT_EQ(dialog.message().toStdString(), c.expected.toStdString());
        EnglishFinder finder;
        finder.checkWidgetTree(&dialog);
        EXPECT_TRUE(finder.found().isEmpty()) << qPrintable(finder.found().join(u'\n'));
    }
    EXPECT_FALSE(QFile::exists(gif));
}

TEST_F(ChineseInterface, ARefusedValueWrapsInsideTheParametersPanelAndIsInView) {
    // At 1024 × 768 the Parameters panel is narrow and short: the refused value's message wraps to the
    // panel's width (no line runs past its right edge or is cut at its bottom) and is scrolled into view.
    using actlab::explorer::testing::curve;
    using actlab::explorer::testing::figureOf;
    QSettings().clear();
    auto w = actlab::explorer::testing::makeWindow(figureOf({curve("hardtanh"), curve("elu")}), {1024, 768});
    auto* editor = w->parameterEditor();
    auto* scroll = editor->findChild<QScrollArea*>();
    ASSERT_TRUE(scroll);
    const auto check = [&](int index, const QString& expected) {
        QLabel* label = editor->messageLabel(index);
        const auto inView = [&] {
            return QRect(label->mapTo(scroll->viewport(), QPoint(0, 0)), label->size());
        };
        // Laid out and scrolled to once the posted layout requests have run.
        const auto laidOut = [&] { return label->height() >= label->heightForWidth(label->width()); };
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return laidOut() && scroll->viewport()->rect().contains(inView()); }, 5000))
            << "label at " << inView().x() << ',' << inView().y() << ' ' << inView().width() << "×"
            << inView().height() << ", viewport " << scroll->viewport()->width() << "×"
            << scroll->viewport()->height();
        EXPECT_EQ(label->text().toStdString(), expected.toStdString());
        // Every line is shown: the height the text needs at the label's width is what it has.
        EXPECT_LE(label->heightForWidth(label->width()), label->height());
        EXPECT_GE(label->height(), 2 * label->fontMetrics().lineSpacing()) << "the message is one line";
    };
    w->curvesPanel()->setCurrentRow(0);
    actlab::explorer::testing::typeInto(editor->spinBox(0), QStringLiteral("2"));
    check(0, QStringLiteral("已拒绝：min_val = 2 必须小于 max_val = 1。m 保持为 -1。"));
    // ELU's α: a slider whose left end is below the declared range.
    w->curvesPanel()->setCurrentRow(1);
    actlab::explorer::testing::typeInto(editor->minEdit(0), QStringLiteral("-1"));
    check(0, QStringLiteral("已拒绝：alpha 的范围必须位于 [0, 10] 之内。"));
}

TEST_F(ChineseInterface, TheTrainingLabsFigureSpeaksChinese) {
    // The axes of the lab's figure are drawn, not widgets: read them from the plot. leaky-prelu-elu trains a
    // PReLU, so the figure has the panel of its learned slopes.
    actlab::explorer::TrainingLab lab;
    ASSERT_TRUE(lab.loadExperiment(QStringLiteral("leaky-prelu-elu")));
    const auto* figure = lab.figure();
    using actlab::plot::TrainingPanel;
    QCPAxisRect* alpha = figure->curvePanel(TrainingPanel::Alpha);
    ASSERT_TRUE(alpha);
    EXPECT_EQ(alpha->axis(QCPAxis::atLeft)->label().toStdString(), "每个单元的 PReLU α");
    EnglishFinder finder;
    for (const auto panel :
         {TrainingPanel::Loss, TrainingPanel::Accuracy, TrainingPanel::DeadFraction, TrainingPanel::Alpha}) {
        QCPAxisRect* rect = figure->curvePanel(panel);
        ASSERT_TRUE(rect);
        for (const auto side : {QCPAxis::atBottom, QCPAxis::atLeft})
            finder.check(QStringLiteral("training figure axis"), rect->axis(side)->label());
    }
    for (int run = 0; run < figure->runs(); ++run)
        finder.check(QStringLiteral("training figure run title"), figure->runTitle(run));
    EXPECT_TRUE(finder.found().isEmpty()) << qPrintable(finder.found().join(u'\n'));
}

TEST_F(ChineseInterface, TheFinderSeesEnglish) {
    // The check above cannot pass vacuously: an English label is found, with where it is.
    QLabel label(QStringLiteral("Reset all parameters"));
    EnglishFinder finder;
    finder.checkWidgetTree(&label);
    ASSERT_EQ(finder.found().size(), 1);
    EXPECT_TRUE(finder.found().front().contains(QStringLiteral("Reset all parameters")));
}

TEST(UiLanguage, ViewMenuSavesTheChoiceForTheNextStart) {
    QSettings().remove(QStringLiteral("View/language"));
    MainWindow w(MainWindow::Options{true, false, false});
    auto* zh = w.findChild<QAction*>(QStringLiteral("actionLanguage_zh_CN"));
    ASSERT_TRUE(zh);
    EXPECT_TRUE(w.findChild<QAction*>(QStringLiteral("actionLanguage_system"))->isChecked());
    zh->trigger();
    EXPECT_TRUE(zh->isChecked());
    EXPECT_EQ(QSettings().value(QStringLiteral("View/language")).toString(), QStringLiteral("zh_CN"));
    EXPECT_EQ(actlab::explorer::savedUiLanguage(), UiLanguage::Chinese);
    // The window says when it takes effect, and is not retranslated now.
    EXPECT_EQ(w.findChild<QAction*>(QStringLiteral("actionLanguage_system"))->text(),
              QStringLiteral("&System language"));
    w.findChild<QAction*>(QStringLiteral("actionLanguage_en"))->trigger();
    EXPECT_EQ(actlab::explorer::savedUiLanguage(), UiLanguage::English);
    QSettings().remove(QStringLiteral("View/language"));
}

struct ProcessRun {
    int status;
    QByteArray out;
    QByteArray err;
};

ProcessRun runActlab(const QStringList& args, const QString& language) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN.UTF-8")
                                                                            : QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTLAB_EXECUTABLE), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

TEST(UiLanguage, AnUnknownLanguageIsOneLineAndStatus2) {
    const ProcessRun bad = runActlab({QStringLiteral("--lang"), QStringLiteral("de")}, QStringLiteral("C"));
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(bad.err, "actlab: unknown language 'de' (known: system, en, zh_CN)\n");
    const ProcessRun missing =
        runActlab({QStringLiteral("--preset"), QStringLiteral("relu-variants"), QStringLiteral("--lang")},
                  QStringLiteral("C"));
    EXPECT_EQ(missing.status, 2);
    EXPECT_EQ(missing.err, "actlab: --lang needs a language: system, en or zh_CN\n");
}

const QStringList kRefusedParameter{QStringLiteral("eval"),    QStringLiteral("hardtanh"),
                                    QStringLiteral("--param"), QStringLiteral("min_val=2"),
                                    QStringLiteral("--x"),     QStringLiteral("0")};
const QStringList kRefusedFormula{QStringLiteral("eval"), QStringLiteral("--formula"),
                                  QStringLiteral("sigmod(x"), QStringLiteral("--x"), QStringLiteral("0")};

TEST(UiLanguage, TheCommandLineStaysEnglishInAChineseLocale) {
    // The core's messages, in the English they had before the window translated them.
    EXPECT_EQ(runActlab(kRefusedParameter, QStringLiteral("zh_CN")).err,
              "actlab: eval: hardtanh: min_val = 2 must be less than max_val = 1\n");
    EXPECT_EQ(runActlab(kRefusedFormula, QStringLiteral("zh_CN")).err,
              "actlab: eval: --formula 'sigmod(x': unknown function 'sigmod' (did you mean 'sigmoid'?) at "
              "column 1\n");
    for (const QStringList& args : {QStringList{QStringLiteral("list")},
                                    QStringList{QStringLiteral("eval"), QStringLiteral("leaky_relu"),
                                                QStringLiteral("--x"), QStringLiteral("-1,0,1")},
                                    QStringList{QStringLiteral("eval"), QStringLiteral("nope")},
                                    QStringList{QStringLiteral("help"), QStringLiteral("plot")},
                                    // the core's messages, which the window translates
                                    kRefusedParameter, kRefusedFormula}) {
        const ProcessRun english = runActlab(args, QStringLiteral("en"));
        const ProcessRun chinese = runActlab(args, QStringLiteral("zh_CN"));
        EXPECT_EQ(chinese.status, english.status) << qPrintable(args.join(u' '));
        EXPECT_EQ(chinese.out, english.out) << qPrintable(args.join(u' '));
        EXPECT_EQ(chinese.err, english.err) << qPrintable(args.join(u' '));
        EXPECT_FALSE(hasHan(QString::fromUtf8(chinese.out + chinese.err))) << qPrintable(args.join(u' '));
    }
}

} // namespace
