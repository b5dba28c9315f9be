// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/main_window.hpp"

#include "document/document.hpp"
#include "explorer/axis_range_dialog.hpp"
#include "explorer/catalogue_panel.hpp"
#include "explorer/compare_window.hpp"
#include "explorer/cursor_readout.hpp"
#include "explorer/curve_list_model.hpp"
#include "explorer/curves_panel.hpp"
#include "explorer/depth_view.hpp"
#include "explorer/formula_actions.hpp"
#include "explorer/handbook.hpp"
#include "explorer/info_panel.hpp"
#include "explorer/lab_presentation.hpp"
#include "explorer/lesson_notes.hpp"
#include "explorer/lesson_panel.hpp"
#include "explorer/parameter_animator.hpp"
#include "explorer/parameter_editor.hpp"
#include "explorer/plot_view.hpp"
#include "explorer/presentation.hpp"
#include "explorer/session_files.hpp"
#include "explorer/shortcuts_dialog.hpp"
#include "explorer/training_lab.hpp"
#include "explorer/ui_language.hpp"
#include "plot/analysis_preset.hpp"
#include "plot/animation_dialog.hpp"
#include "plot/curve_label.hpp"
#include "plot/data_words.hpp"
#include "plot/export_dialog.hpp"
#include "plot/exporter.hpp"
#include "plot/legend_position.hpp"
#include "plot/plot_figure.hpp"
#include "plot/presets.hpp"
#include "plot/session_file.hpp"

#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>
#include <cmath>

static void initExplorerResources() {
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(lessons);
}

namespace actlab::explorer {

namespace {

const char* const kOrderNames[] = {"f(x)", "f\u2032(x)", "f\u2033(x)"};

QString themeModeName(ThemeMode mode) {
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeMode themeModeFromName(const QString& name) {
    if (name == QLatin1String("light")) return ThemeMode::Light;
    if (name == QLatin1String("dark")) return ThemeMode::Dark;
    return ThemeMode::System;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::LinkVisited, QColor(0xcc, 0x79, 0xa7));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x47, 0x4c));
    return p;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(Options options, QWidget* parent) : QMainWindow(parent), m_options(options) {
    initExplorerResources();
    setObjectName(QStringLiteral("ActLabMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actlab.svg")));
    m_systemPalette = QApplication::palette();
    m_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
    m_baseFont = QApplication::font();
    m_theme = actlab::plot::Theme::light();

    m_document = new actlab::document::Document(this);
    m_files = new SessionFiles(m_document, this, {m_options.autosave, m_options.askToSave});
    m_model = new CurveListModel(m_document, this);

    m_plotView = new PlotView(m_document, this);
    setCentralWidget(m_plotView);
    m_presentation = new Presentation(this, m_document, m_plotView);
    setAcceptDrops(true);

    buildDocks();
    m_formulas = new FormulaActions(m_document, m_catalogue, this, m_options.persistSettings);
    buildActions();
    buildMenus();
    wireDocument();

    auto* hint = new QLabel(tr("Wheel: zoom · Ctrl+wheel: zoom y · Shift+wheel: zoom both · drag: pan · "
                               "right-drag: box zoom · double-click: reset · ←/→: move cursor"),
                            this);
    hint->setObjectName(QStringLiteral("statusHint"));
    // An ordinary status widget, right-aligned: a message (a refused file, an export) hides it while it
    // shows, so a long message is not cut where the hint begins.
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addWidget(hint, 1);
    statusBar()->setSizeGripEnabled(true);

    actlab::plot::FigureSpec start = actlab::document::startFigure();
    if (m_options.persistSettings)
        restoreSettings(start);
    else
        resize(1280, 800);
    applyTheme();
    m_document->reset(start, actlab::document::kDefaultSelection, std::nullopt);
    placeCursor();
    updateTitle();
    if (m_options.autosave) m_files->offerRecovery();
}

MainWindow::~MainWindow() = default;

actlab::plot::PlotFigure* MainWindow::figure() const {
    return m_plotView->figure();
}

const actlab::plot::FigureSpec& MainWindow::spec() const {
    return m_document->figure();
}

void MainWindow::buildDocks() {
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    auto makeDock = [this](QWidget* widget, const QString& title, const QString& name,
                           Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        addDockWidget(area, dock);
        return dock;
    };

    m_catalogue = new CataloguePanel(this);
    m_curves = new CurvesPanel(m_model, this);
    m_editor = new ParameterEditor(m_document, this);
    m_animator = new ParameterAnimator(m_document, m_plotView, this);
    m_editor->setAnimator(m_animator);
    m_readout = new CursorReadout(m_document, this);
    m_info = new InfoPanel(m_document, this);
    m_lesson = new LessonPanel(m_document, this);
    auto* history = new QUndoView(m_document->undoStack(), this);
    history->setEmptyLabel(tr("<opened>"));
    history->setToolTip(tr("Every change so far: click an entry to go back to it (Ctrl+Z undoes one)"));

    // One column of panels on the right, so that the plot keeps most of the width on a 1024 × 768
    // projector: the curves, the selected curve's parameters, then the catalogue, what the curve is and
    // the lesson as tabs; the cursor readout and the history under the plot.
    makeDock(m_curves, tr("Curves"), QStringLiteral("curvesDock"), Qt::RightDockWidgetArea);
    makeDock(m_editor, tr("Parameters"), QStringLiteral("parametersDock"), Qt::RightDockWidgetArea);
    auto* functionsDock =
        makeDock(m_catalogue, tr("Functions"), QStringLiteral("functionsDock"), Qt::RightDockWidgetArea);
    auto* infoDock =
        makeDock(m_info, tr("About the curve"), QStringLiteral("infoDock"), Qt::RightDockWidgetArea);
    auto* lessonDock =
        makeDock(m_lesson, tr("Lesson"), QStringLiteral("lessonDock"), Qt::RightDockWidgetArea);
    auto* readoutDock =
        makeDock(m_readout, tr("Cursor"), QStringLiteral("cursorDock"), Qt::BottomDockWidgetArea);
    auto* historyDock =
        makeDock(history, tr("History"), QStringLiteral("historyDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(functionsDock, infoDock);
    tabifyDockWidget(infoDock, lessonDock);
    functionsDock->raise();
    tabifyDockWidget(readoutDock, historyDock);
    readoutDock->raise();
    // The deep-network view computes nothing while closed: it starts closed (View ▸ Deep network).
    m_depth = new DepthView(m_document, this);
    auto* depthDock =
        makeDock(m_depth, tr("Deep network"), QStringLiteral("deepNetworkDock"), Qt::BottomDockWidgetArea);
    depthDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    depthDock->toggleViewAction()->setStatusTip(
        tr("Signal and gradient of the curves through a deep network"));
    depthDock->hide();
    connect(m_document, &actlab::document::Document::analysisRequested, m_depth,
            [this](const actlab::plot::AnalysisRequest& request) {
                m_depth->showAnalysis(request.kind, request.settings);
            });
    connect(m_document, &actlab::document::Document::labRequested, this,
            [this](const actlab::plot::LabRequest& request) {
                // Presenting, the lab fills the screen and the clicker steps on from it (lab_presentation).
                openTrainingLab()->showRequest(request);
            });
    functionsDock->setToolTip(tr("The catalogue: double-click a function to add it to the plot"));
    arrangePanels(size());
}

void MainWindow::arrangePanels(const QSize& windowSize) {
    // The panel column takes 26 % of the width (250–420 px); in it the curves get room for about six
    // rows, the parameters their natural height, the catalogue tabs the rest; the readout, under the
    // plot only, 28 % of the height (five curves without scrolling at 720 px).
    auto* curvesDock = findChild<QDockWidget*>(QStringLiteral("curvesDock"));
    auto* paramsDock = findChild<QDockWidget*>(QStringLiteral("parametersDock"));
    auto* functionsDock = findChild<QDockWidget*>(QStringLiteral("functionsDock"));
    auto* readoutDock = findChild<QDockWidget*>(QStringLiteral("cursorDock"));
    if (!curvesDock || !paramsDock || !functionsDock || !readoutDock) return;
    const int column = std::clamp(windowSize.width() * 26 / 100, 250, 420);
    const int row = fontMetrics().height() + 8;
    const int curves = 8 * row + 16;
    const int params = parametersHeight();
    const int available = windowSize.height() - menuBar()->sizeHint().height() -
                          statusBar()->sizeHint().height() -
                          (findChild<QToolBar*>() ? findChild<QToolBar*>()->sizeHint().height() : 0);
    resizeDocks({curvesDock}, {column}, Qt::Horizontal);
    resizeDocks({curvesDock, paramsDock, functionsDock},
                {curves, params, std::max(4 * row, available - curves - params)}, Qt::Vertical);
    resizeDocks({readoutDock}, {std::clamp(windowSize.height() * 28 / 100, 170, 300)}, Qt::Vertical);
}

int MainWindow::parametersHeight() const {
    const auto* dock = findChild<QDockWidget*>(QStringLiteral("parametersDock"));
    if (!dock) return 0;
    // The editor scrolls its rows: its own hint is small; the rows' hint is what it needs.
    const int row = fontMetrics().height() + 8;
    const auto* scroll = dock->widget()->findChild<QScrollArea*>();
    const int rows = scroll && scroll->widget() ? scroll->widget()->sizeHint().height() : 0;
    return std::max(dock->widget()->sizeHint().height(), rows + 3 * row);
}

void MainWindow::fitParameters() {
    auto* dock = findChild<QDockWidget*>(QStringLiteral("parametersDock"));
    if (!dock || dock->isFloating() || !dock->isVisible()) return;
    const int needed = parametersHeight();
    if (needed > dock->height()) {
        if (m_parametersBefore == 0) m_parametersBefore = dock->height();
        resizeDocks({dock}, {needed}, Qt::Vertical);
    } else if (m_parametersBefore > 0) {
        resizeDocks({dock}, {std::max(m_parametersBefore, needed)}, Qt::Vertical);
        m_parametersBefore = 0;
    }
}

void MainWindow::showEvent(QShowEvent* event) {
    // The first time the window shows without remembered docks: the panels sized for its real size.
    if (m_arrangeOnShow) {
        m_arrangeOnShow = false;
        arrangePanels(size());
    }
    QMainWindow::showEvent(event);
}

void MainWindow::buildActions() {
    auto make = [this](const QString& name, const QString& text, const QString& tip,
                       const QKeySequence& key = {}, bool checkable = false) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(
            key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setCheckable(checkable);
        addAction(a);
        return a;
    };

    m_showDerivative = make(QStringLiteral("actionShowDerivative"), tr("Show f\u2032 subplot"),
                            tr("Show the first derivative f\u2032(x) below the functions"),
                            QKeySequence(tr("Ctrl+1")), true);
    m_showDerivative->setIconText(tr("f\u2032(x)"));
    m_showSecond = make(QStringLiteral("actionShowSecond"), tr("Show f\u2033 subplot"),
                        tr("Show the second derivative f\u2033(x)"), QKeySequence(tr("Ctrl+2")), true);
    m_showSecond->setIconText(tr("f\u2033(x)"));
    m_showLegend = make(QStringLiteral("actionShowLegend"), tr("Show &legend"), tr("Show or hide the legend"),
                        QKeySequence(tr("Ctrl+L")), true);
    m_showLegend->setIconText(tr("Legend"));
    m_grid = make(QStringLiteral("actionGrid"), tr("&Grid"), tr("Show or hide the grid"),
                  QKeySequence(tr("Ctrl+G")), true);
    m_zeroLines = make(QStringLiteral("actionZeroLines"), tr("Zero l&ines"),
                       tr("Emphasise the lines x = 0 and y = 0"), {}, true);
    m_gallery =
        make(QStringLiteral("actionGallery"), tr("Small &multiples"),
             tr("One small panel per curve with its derivative, instead of overlaid curves"), {}, true);
    m_resetView =
        make(QStringLiteral("actionResetView"), tr("&Reset view"),
             tr("Back to the x and y ranges the figure was loaded with"), QKeySequence(tr("Ctrl+0")));
    m_resetView->setIconText(tr("Reset view"));
    m_present = make(QStringLiteral("actionPresent"), tr("&Present"),
                     tr("Full screen for a lecture: the plot alone, large text and lines, a large cursor "
                        "readout and the selected curve's sliders (Esc leaves)"),
                     QKeySequence(tr("F5")), true);
    m_presentLarger =
        make(QStringLiteral("actionPresentLarger"), tr("Prese&ntation larger"),
             tr("Larger text, lines and controls in presentation mode"), QKeySequence(tr("Ctrl+=")));
    m_presentLarger->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence(tr("Ctrl++"))});
    m_presentSmaller =
        make(QStringLiteral("actionPresentSmaller"), tr("Presentation &smaller"),
             tr("Smaller text, lines and controls in presentation mode"), QKeySequence(tr("Ctrl+-")));
    m_leavePresentation = make(QStringLiteral("actionLeavePresentation"), tr("Leave presentation"),
                               tr("Back to the window with its panels"), QKeySequence(tr("Esc")));
    m_leavePresentation->setEnabled(false); // Esc belongs to dialogs and the filter box otherwise
    m_highContrast = make(QStringLiteral("actionHighContrast"), tr("&High contrast"),
                          tr("Black on white (white on black in the dark theme), every curve at 4.5:1 "
                             "or more: for projectors"),
                          QKeySequence(tr("Ctrl+Shift+H")), true);
    m_addStep = make(QStringLiteral("actionAddStep"), tr("&Add current view as step"),
                     tr("Add what the plot shows now (curves, parameters, ranges, cursor) as a lesson step"),
                     QKeySequence(tr("Ctrl+Shift+A")));
    m_nextStep = make(QStringLiteral("actionNextStep"), tr("&Next step"), tr("Show the next lesson step"),
                      QKeySequence(tr("Ctrl+PgDown")));
    m_previousStep = make(QStringLiteral("actionPreviousStep"), tr("&Previous step"),
                          tr("Show the previous lesson step"), QKeySequence(tr("Ctrl+PgUp")));
    m_compareAction = make(QStringLiteral("actionCompare"), tr("&Compare functions…"),
                           tr("Every catalogue function's properties, computed, in a sortable table"),
                           QKeySequence(tr("Ctrl+Shift+P")));
    connect(m_compareAction, &QAction::triggered, this, [this] {
        if (!m_compare) m_compare = new CompareWindow(m_document, this);
        m_compare->show();
        m_compare->raise();
        m_compare->activateWindow();
    });
    m_notesWindow = make(QStringLiteral("actionNotesWindow"), tr("&Lecturer's notes window"),
                         tr("The current step's note in a window of its own, for your screen"),
                         QKeySequence(tr("Ctrl+Shift+N")), true);
    m_trainingLab = make(QStringLiteral("actionTrainingLab"), tr("Training la&b"),
                         tr("Train small networks and watch ReLUs die, PReLU learn its slope and the "
                            "remedies work"),
                         QKeySequence(tr("Ctrl+Shift+T")));
    connect(m_trainingLab, &QAction::triggered, this, [this] { openTrainingLab(); });
    m_builtInLesson =
        make(QStringLiteral("actionBuiltInLesson"), tr("Open the built-in lesson: ReLU and its &variants"),
             tr("A prepared lesson through the lecture material: sigmoid, ReLU, dying ReLU and "
                "its remedies, SELU, GELU, Swish, Mish"));
    // The clicker keys of presentation mode (→, Space, PgDn; ←, PgUp; Home; End), enabled only while
    // presenting a lesson: otherwise the arrows move the cursor and the others scroll.
    const std::array<std::pair<QString, QList<QKeySequence>>, 4> stepKeys{{
        {QStringLiteral("actionPresentNext"),
         {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_PageDown)}},
        {QStringLiteral("actionPresentPrevious"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}},
        {QStringLiteral("actionPresentFirst"), {QKeySequence(Qt::Key_Home)}},
        {QStringLiteral("actionPresentLast"), {QKeySequence(Qt::Key_End)}},
    }};
    for (std::size_t i = 0; i < stepKeys.size(); ++i) {
        auto* a = new QAction(this);
        a->setObjectName(stepKeys[i].first);
        a->setShortcuts(stepKeys[i].second);
        a->setEnabled(false);
        addAction(a);
        m_presentSteps[i] = a;
    }
    m_axisRanges = make(QStringLiteral("actionAxisRanges"), tr("A&xis ranges…"),
                        tr("Type exact x and y ranges"), QKeySequence(tr("Ctrl+R")));
    for (int order = 0; order < 3; ++order) {
        m_autoscale[static_cast<std::size_t>(order)] =
            make(QStringLiteral("actionAutoscale%1").arg(order),
                 tr("Autoscale y of %1").arg(QString::fromUtf8(kOrderNames[order])),
                 tr("Checked: the y axis follows the data; unchecked: it keeps its current range"), {}, true);
    }

    m_legendGroup = new QActionGroup(this);
    for (const QString& position : actlab::plot::legendPositions()) {
        if (position == QLatin1String("none")) continue;
        auto* a = new QAction(actlab::plot::legendPositionText(position), m_legendGroup);
        a->setObjectName(QStringLiteral("actionLegend_") + QString(position).replace(u' ', u'_'));
        a->setData(position);
        a->setCheckable(true);
    }
    m_themeGroup = new QActionGroup(this);
    for (auto [mode, text, tip] :
         {std::tuple{ThemeMode::System, tr("Follow the &system"), tr("Light or dark as the desktop is")},
          std::tuple{ThemeMode::Light, tr("&Light"), tr("Light window and plot")},
          std::tuple{ThemeMode::Dark, tr("&Dark"), tr("Dark window and plot")}}) {
        auto* a = new QAction(text, m_themeGroup);
        a->setObjectName(QStringLiteral("actionTheme_") + themeModeName(mode));
        a->setData(static_cast<int>(mode));
        a->setCheckable(true);
        a->setStatusTip(tip);
    }

    // Languages by their own names; the choice is applied at the next start.
    m_languageGroup = new QActionGroup(this);
    for (auto [language, text] : {std::pair{UiLanguage::System, tr("&System language")},
                                  std::pair{UiLanguage::English, QStringLiteral("&English")},
                                  std::pair{UiLanguage::Chinese, QStringLiteral("简体中文(&C)")}}) {
        auto* a = new QAction(text, m_languageGroup);
        a->setObjectName(QStringLiteral("actionLanguage_") + uiLanguageCode(language));
        a->setData(static_cast<int>(language));
        a->setCheckable(true);
        a->setChecked(language == UiLanguage::System);
        a->setStatusTip(
            tr("The language of the window, from the next start (the command line stays English)"));
    }

    m_duplicate = make(QStringLiteral("actionDuplicate"), tr("&Duplicate curve"),
                       tr("Duplicate the selected curve"), QKeySequence(tr("Ctrl+D")));
    m_remove = make(QStringLiteral("actionRemove"), tr("Remo&ve curve"), tr("Remove the selected curve"),
                    QKeySequence::Delete);
    // Delete removes a curve only where curves are: not while typing in the catalogue filter or a value box.
    removeAction(m_remove);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_curves->addAction(m_remove);
    m_toggleVisible = make(QStringLiteral("actionToggleVisible"), tr("&Hide/show curve"),
                           tr("Hide or show the selected curve"), QKeySequence(tr("Ctrl+H")));
    m_findFunction = make(QStringLiteral("actionFindFunction"), tr("&Find function…"),
                          tr("Type to filter the catalogue"), QKeySequence::Find);

    m_export = make(QStringLiteral("actionExport"), tr("&Export…"),
                    tr("Save the figure as PNG, SVG or PDF (light theme unless chosen otherwise)"),
                    QKeySequence(tr("Ctrl+E")));
    m_export->setIconText(tr("Export"));
    m_exportData = make(QStringLiteral("actionExportData"), tr("Export &data…"),
                        tr("Write the curves' samples as CSV: x, then f, f\u2032, f\u2033 of each curve"),
                        QKeySequence(tr("Ctrl+Shift+E")));
    m_exportPython = make(QStringLiteral("actionExportPython"), tr("Export as &Python script…"),
                          tr("Write a script that redraws the figure with NumPy and matplotlib"));
    m_exportAnimation =
        make(QStringLiteral("actionExportAnimation"), tr("Export anima&tion…"),
             tr("Play a parameter from one value to another and save it as an animated GIF or as numbered "
                "frames for LaTeX beamer"));
    m_playParameter = make(QStringLiteral("actionPlayParameter"), tr("Play param&eter"),
                           tr("Play the selected curve's first parameter across its slider (again to stop)"),
                           QKeySequence(tr("P")));
    m_copyFigure =
        make(QStringLiteral("actionCopyFigure"), tr("&Copy figure"),
             tr("Put the figure on the clipboard as PNG and SVG"), QKeySequence(tr("Ctrl+Shift+C")));
    m_copyFigure->setIconText(tr("Copy"));
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), tr("Quit ActLab"), QKeySequence::Quit);
    m_about = make(QStringLiteral("actionAbout"), tr("&About ActLab"), tr("Version and licence"));
    m_shortcuts = make(QStringLiteral("actionShortcuts"), tr("&Keyboard shortcuts"),
                       tr("Every keyboard shortcut of the window"), QKeySequence(tr("Ctrl+/")));
    m_handbook = make(QStringLiteral("actionHandbook"), tr("&Handbook"),
                      tr("A short illustrated guide to ActLab"), QKeySequence::HelpContents);
    m_zoomIn = make(QStringLiteral("actionZoomIn"), tr("Zoom &in"), tr("Larger text in the whole window"),
                    QKeySequence(tr("Ctrl+Alt+=")));
    m_zoomIn->setShortcuts({QKeySequence(tr("Ctrl+Alt+=")), QKeySequence(tr("Ctrl+Alt++"))});
    m_zoomOut = make(QStringLiteral("actionZoomOut"), tr("Zoom &out"), tr("Smaller text in the whole window"),
                     QKeySequence(tr("Ctrl+Alt+-")));
    m_zoomReset = make(QStringLiteral("actionZoomReset"), tr("&Normal size"),
                       tr("Text in the whole window at its normal size"), QKeySequence(tr("Ctrl+Alt+0")));
    m_fullPrecision = make(QStringLiteral("actionFullPrecisionReadout"), tr("&Full-precision readout"),
                           tr("The cursor readout shows every digit instead of six significant ones (copying "
                              "always keeps every digit)"),
                           {}, true);

    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    addAction(m_undo);
    addAction(m_redo);

    auto* doc = m_document;
    connect(m_showDerivative, &QAction::toggled, doc, &actlab::document::Document::setShowDerivative);
    connect(m_showSecond, &QAction::toggled, doc, &actlab::document::Document::setShowSecond);
    connect(m_showLegend, &QAction::toggled, this,
            [this](bool on) { m_document->setLegend(on ? m_legendPosition : QStringLiteral("none")); });
    connect(m_grid, &QAction::toggled, doc, &actlab::document::Document::setGrid);
    connect(m_zeroLines, &QAction::toggled, doc, &actlab::document::Document::setZeroLines);
    connect(m_gallery, &QAction::toggled, doc, &actlab::document::Document::setGallery);
    connect(m_resetView, &QAction::triggered, doc, &actlab::document::Document::resetView);
    connect(m_axisRanges, &QAction::triggered, this, &MainWindow::openAxisRangeDialog);
    connect(m_present, &QAction::toggled, m_presentation, &Presentation::setActive);
    connect(m_presentLarger, &QAction::triggered, m_presentation, &Presentation::larger);
    connect(m_presentSmaller, &QAction::triggered, m_presentation, &Presentation::smaller);
    connect(m_leavePresentation, &QAction::triggered, m_presentation, &Presentation::leave);
    connect(m_highContrast, &QAction::toggled, this, &MainWindow::applyTheme);
    connect(m_addStep, &QAction::triggered, this,
            [this] { m_document->addStep(tr("Step %1").arg(m_document->stepCount() + 1)); });
    connect(m_nextStep, &QAction::triggered, m_presentation, &Presentation::nextStep);
    connect(m_previousStep, &QAction::triggered, m_presentation, &Presentation::previousStep);
    connect(m_presentSteps[0], &QAction::triggered, m_presentation, &Presentation::nextStep);
    connect(m_presentSteps[1], &QAction::triggered, m_presentation, &Presentation::previousStep);
    connect(m_presentSteps[2], &QAction::triggered, m_presentation, &Presentation::firstStep);
    connect(m_presentSteps[3], &QAction::triggered, m_presentation, &Presentation::lastStep);
    connect(m_notesWindow, &QAction::toggled, this, [this](bool on) {
        if (!m_notes) {
            m_notes = new LessonNotes(m_document, this);
            m_notes->setAttribute(Qt::WA_QuitOnClose, false);
        }
        m_notes->setVisible(on);
    });
    connect(m_builtInLesson, &QAction::triggered, this, &MainWindow::openBuiltInLesson);
    connect(m_presentation, &Presentation::activeChanged, this, [this](bool on) {
        const QSignalBlocker block(m_present);
        m_present->setChecked(on);
        m_leavePresentation->setEnabled(on);
        if (!on) m_plotView->setDisplayScale(m_zoom); // back to the window's zoom
        syncStepActions();
    });
    for (int order = 0; order < 3; ++order)
        connect(m_autoscale[static_cast<std::size_t>(order)], &QAction::toggled, this,
                [this, order](bool on) {
                    if (on)
                        m_document->setYRange(order, std::nullopt);
                    else if (!spec().yRange[static_cast<std::size_t>(order)])
                        m_document->setYRange(order, m_plotView->visibleYRange(order));
                });
    connect(m_legendGroup, &QActionGroup::triggered, this, [this](QAction* a) {
        m_legendPosition = a->data().toString();
        m_document->setLegend(m_legendPosition);
    });
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction* a) { setThemeMode(static_cast<ThemeMode>(a->data().toInt())); });
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* a) { chooseLanguage(static_cast<UiLanguage>(a->data().toInt())); });
    connect(m_duplicate, &QAction::triggered, this,
            [this] { m_document->duplicateCurve(m_document->selected()); });
    connect(m_remove, &QAction::triggered, this, [this] { m_document->removeCurve(m_document->selected()); });
    connect(m_toggleVisible, &QAction::triggered, this, [this] {
        const int row = m_document->selected();
        if (row >= 0) m_document->setVisible(row, !m_document->curve(row).visible);
    });
    connect(m_findFunction, &QAction::triggered, this, [this] {
        m_catalogue->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_catalogue->filterEdit()->selectAll();
    });
    connect(m_export, &QAction::triggered, this, &MainWindow::exportFigure);
    connect(m_exportData, &QAction::triggered, this, &MainWindow::exportData);
    connect(m_exportPython, &QAction::triggered, this, [this] {
        if (actlab::plot::showExportPythonDialog(this, spec()))
            statusBar()->showMessage(tr("Python script exported"), 4000);
    });
    connect(m_exportAnimation, &QAction::triggered, this, [this] {
        if (actlab::plot::showAnimationDialog(this, spec(), m_document->selected()))
            statusBar()->showMessage(tr("Animation exported"), 4000);
    });
    connect(m_playParameter, &QAction::triggered, this, [this] {
        const int row = m_document->selected();
        if (row >= 0 && !m_document->function(row).parameters().empty()) m_animator->toggle(row, 0);
    });
    connect(m_copyFigure, &QAction::triggered, this, &MainWindow::copyFigure);
    connect(m_quit, &QAction::triggered, this, &QMainWindow::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(actionsWithShortcuts(this), this);
        dialog.exec();
    });
    connect(m_handbook, &QAction::triggered, this, [this] {
        auto* handbook = findChild<Handbook*>();
        if (!handbook) handbook = new Handbook(this);
        handbook->show();
        handbook->raise();
    });
    connect(m_zoomIn, &QAction::triggered, this, [this] { setInterfaceZoom(m_zoom + kZoomStep); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { setInterfaceZoom(m_zoom - kZoomStep); });
    connect(m_zoomReset, &QAction::triggered, this, [this] { setInterfaceZoom(1); });
    connect(m_fullPrecision, &QAction::toggled, this,
            [this](bool on) { m_readout->setSignificantDigits(on ? 0 : CursorReadout::kReadableDigits); });
}

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    m_files->addFileActions(file);
    file->addSeparator();
    file->addAction(m_export);
    file->addAction(m_exportData);
    file->addAction(m_exportPython);
    file->addAction(m_exportAnimation);
    file->addSeparator();
    file->addAction(m_quit);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_copyFigure);
    edit->addSeparator();
    edit->addAction(m_findFunction);
    edit->addAction(m_formulas->newFormula());
    edit->addAction(m_formulas->editFormula());
    edit->addSeparator();
    edit->addAction(m_duplicate);
    edit->addAction(m_remove);
    edit->addAction(m_toggleVisible);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_showDerivative);
    m_viewMenu->addAction(m_showSecond);
    m_viewMenu->addAction(m_gallery);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showLegend);
    auto* legendMenu = m_viewMenu->addMenu(tr("Legend p&osition"));
    legendMenu->addActions(m_legendGroup->actions());
    m_viewMenu->addAction(m_grid);
    m_viewMenu->addAction(m_zeroLines);
    m_viewMenu->addAction(m_fullPrecision);
    m_viewMenu->addSeparator();
    auto* zoomMenu = m_viewMenu->addMenu(tr("&Zoom"));
    zoomMenu->addAction(m_zoomIn);
    zoomMenu->addAction(m_zoomOut);
    zoomMenu->addAction(m_zoomReset);
    m_viewMenu->addAction(m_resetView);
    m_viewMenu->addAction(m_axisRanges);
    auto* yMenu = m_viewMenu->addMenu(tr("&Y axes"));
    for (auto* a : m_autoscale)
        yMenu->addAction(a);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_present);
    m_viewMenu->addAction(m_playParameter);
    m_viewMenu->addAction(m_presentLarger);
    m_viewMenu->addAction(m_presentSmaller);
    m_viewMenu->addAction(m_highContrast);
    m_viewMenu->addSeparator();
    if (auto* depthDock = findChild<QDockWidget*>(QStringLiteral("deepNetworkDock")))
        m_viewMenu->addAction(depthDock->toggleViewAction());
    m_viewMenu->addAction(m_trainingLab);
    m_viewMenu->addAction(m_compareAction);
    auto* themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    themeMenu->addActions(m_themeGroup->actions());
    auto* languageMenu = m_viewMenu->addMenu(tr("Lang&uage"));
    languageMenu->addActions(m_languageGroup->actions());
    m_viewMenu->addSeparator();
    auto* panels = m_viewMenu->addMenu(tr("P&anels"));
    for (auto* dock : findChildren<QDockWidget*>())
        panels->addAction(dock->toggleViewAction());

    m_presetsMenu = menuBar()->addMenu(tr("&Presets"));
    for (const QString& name : actlab::plot::presetNames()) {
        const auto figure = actlab::plot::preset(name);
        const QString title =
            figure && !figure->title.isEmpty() ? actlab::plot::presetText(figure->title) : name;
        auto* a = m_presetsMenu->addAction(QStringLiteral("%1  \u2014  %2").arg(title, name));
        a->setObjectName(QStringLiteral("actionPreset_") + name);
        a->setStatusTip(actlab::plot::presetText(actlab::plot::presetDescription(name)));
        a->setToolTip(actlab::plot::presetText(actlab::plot::presetDescription(name)));
        connect(a, &QAction::triggered, this, [this, name] { loadPreset(name); });
    }
    m_presetsMenu->setToolTipsVisible(true);

    auto* lesson = menuBar()->addMenu(tr("&Lesson"));
    lesson->addAction(m_addStep);
    lesson->addSeparator();
    lesson->addAction(m_nextStep);
    lesson->addAction(m_previousStep);
    lesson->addSeparator();
    lesson->addAction(m_notesWindow);
    lesson->addSeparator();
    lesson->addAction(m_builtInLesson);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_handbook);
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(m_showDerivative);
    toolbar->addAction(m_showSecond);
    toolbar->addSeparator();
    toolbar->addAction(m_showLegend);
    toolbar->addAction(m_grid);
    toolbar->addSeparator();
    toolbar->addAction(m_resetView);
    toolbar->addAction(m_axisRanges);
    toolbar->addSeparator();
    toolbar->addAction(m_export);
    toolbar->addAction(m_copyFigure);
    toolbar->addSeparator();
    toolbar->addAction(m_present);
    toolbar->addSeparator();
    auto* presetsButton = new QAction(tr("Presets"), this);
    presetsButton->setMenu(m_presetsMenu);
    presetsButton->setToolTip(tr("Load one of the figures of the lecture material"));
    toolbar->addAction(presetsButton);
    if (auto* button = toolbar->widgetForAction(presetsButton))
        if (auto* tb = qobject_cast<QToolButton*>(button)) tb->setPopupMode(QToolButton::InstantPopup);
}

void MainWindow::wireDocument() {
    using actlab::document::Document;
    connect(m_catalogue, &CataloguePanel::addRequested, m_document, &Document::addCurve);
    connect(m_info, &InfoPanel::editFormulaRequested, m_formulas, &FormulaActions::edit);
    connect(m_document, &Document::selectionChanged, this, [this](int row) {
        const bool has = row >= 0;
        m_duplicate->setEnabled(has);
        m_remove->setEnabled(has);
        m_toggleVisible->setEnabled(has);
    });
    // Queued: after the editor's layout has taken the message in, so that its new height is known.
    connect(m_editor, &ParameterEditor::messageToggled, this, &MainWindow::fitParameters,
            Qt::QueuedConnection);
    // While a slider is dragged only its curve is redrawn; the release draws the document again.
    connect(m_editor, &ParameterEditor::sliderDragStarted, this,
            [this] { m_plotView->beginCurveDrag(m_document->selected()); });
    connect(m_editor, &ParameterEditor::sliderDragFinished, m_plotView, &PlotView::endCurveDrag);
    for (auto signal : {&Document::layoutChanged, &Document::viewChanged, &Document::wasReset})
        connect(m_document, signal, this, &MainWindow::syncViewActions);
    connect(m_document, &Document::wasReset, this, &MainWindow::updateTitle);
    connect(m_document, &Document::lessonChanged, this, &MainWindow::syncStepActions);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_files, &SessionFiles::pathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &SessionFiles::opened, this, &MainWindow::placeCursor);
    connect(m_files, &SessionFiles::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_plotView, &PlotView::contextMenuRequested, this, &MainWindow::showPlotContextMenu);
}

void MainWindow::syncStepActions() {
    const bool steps = m_document->stepCount() > 0;
    for (auto* a : m_presentSteps)
        a->setEnabled(steps && m_presentation->isActive());
    m_nextStep->setEnabled(steps);
    m_previousStep->setEnabled(steps);
}

bool MainWindow::openBuiltInLesson() {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString path = chinese ? QStringLiteral(":/lessons/relu-variants.zh_CN.actlab")
                                 : QStringLiteral(":/lessons/relu-variants.actlab");
    QString error;
    const auto session = actlab::plot::readSessionFile(path, &error);
    if (!session || !m_files->openUntitled(*session, &error)) {
        if (!error.isEmpty()) statusBar()->showMessage(error, 8000);
        return false;
    }
    return true;
}

void MainWindow::placeCursor() {
    if (m_document->cursorX()) return;
    // A cursor from the start, so that the readout shows what it is for: left of the centre (clear of
    // a top-left legend, where the curves usually differ), on a round x such as −1 or −1.2.
    const auto& f = spec();
    const double span = f.xMax - f.xMin;
    const double decimals = std::max(0.0, -std::floor(std::log10(span / 20)));
    const double scale = std::pow(10.0, decimals);
    m_document->setCursorX(std::round((f.xMin + 0.4 * span) * scale) / scale);
}

void MainWindow::updateTitle() {
    const QString title = spec().title;
    QString name = m_files->displayName();
    if (m_files->path().isEmpty() && !title.isEmpty()) name = title;
    setWindowTitle(tr("%1[*] — ActLab").arg(name));
    setWindowModified(!m_document->undoStack()->isClean());
}

bool MainWindow::loadPreset(const QString& name) {
    auto figure = actlab::plot::preset(name);
    if (!figure) return false;
    figure->title =
        actlab::plot::presetText(figure->title); // the window's language; `actlab plot` stays English
    QString error;
    if (!m_document->load(*figure, tr("Load preset %1").arg(name), &error)) {
        statusBar()->showMessage(tr("Preset %1 cannot be loaded: %2").arg(name, error), 10000);
        return false;
    }
    if (figure->legend != QLatin1String("none")) m_legendPosition = figure->legend;
    m_document->setCursorX(std::nullopt);
    placeCursor();
    syncViewActions();
    if (const auto analysis = actlab::plot::presetAnalysis(name))
        m_depth->showAnalysis(analysis->kind, analysis->settings);
    statusBar()->showMessage(tr("Loaded preset %1").arg(name), 4000);
    return true;
}

void MainWindow::syncViewActions() {
    const auto& f = spec();
    const QSignalBlocker b1(m_showDerivative), b2(m_showSecond), b3(m_showLegend), b4(m_grid),
        b5(m_zeroLines), b6(m_gallery);
    m_showDerivative->setChecked(f.showDerivative);
    m_showSecond->setChecked(f.showSecond);
    m_showLegend->setChecked(f.legend != QLatin1String("none"));
    m_grid->setChecked(f.grid);
    m_zeroLines->setChecked(f.zeroLines);
    m_gallery->setChecked(f.gallery);
    if (f.legend != QLatin1String("none")) m_legendPosition = f.legend;
    for (auto* a : m_legendGroup->actions())
        a->setChecked(a->data().toString() == m_legendPosition);
    for (int order = 0; order < 3; ++order) {
        auto* a = m_autoscale[static_cast<std::size_t>(order)];
        const QSignalBlocker block(a);
        a->setChecked(!f.yRange[static_cast<std::size_t>(order)]);
        a->setEnabled(!f.gallery && f.showsOrder(order));
    }
    for (auto* a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(m_themeMode));
}

void MainWindow::chooseLanguage(UiLanguage language) {
    if (m_options.persistSettings) saveUiLanguage(language);
    for (auto* a : m_languageGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(language));
    statusBar()->showMessage(tr("The window changes its language at ActLab's next start."), 10000);
}

void MainWindow::setThemeMode(ThemeMode mode) {
    m_themeMode = mode;
    applyTheme();
}

void MainWindow::applyTheme() {
    bool dark = false;
    switch (m_themeMode) {
    case ThemeMode::System:
        dark = m_systemPalette.color(QPalette::Window).lightness() < 128;
        if (!m_systemStyle.isEmpty() && QApplication::style()->name() != m_systemStyle)
            QApplication::setStyle(m_systemStyle);
        QApplication::setPalette(m_systemPalette);
        break;
    case ThemeMode::Light:
    case ThemeMode::Dark:
        dark = m_themeMode == ThemeMode::Dark;
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        break;
    }
    m_theme = m_highContrast->isChecked() ? actlab::plot::Theme::highContrast(dark)
              : dark                      ? actlab::plot::Theme::dark()
                                          : actlab::plot::Theme::light();
    // Curves keep palette slots, not colours: each view resolves them in the new theme.
    m_plotView->setTheme(m_theme);
    m_model->setTheme(m_theme);
    m_readout->setTheme(m_theme);
    m_presentation->setTheme(m_theme);
    m_depth->setTheme(m_theme);
    if (m_lab) m_lab->setTheme(m_theme);
    m_info->setTheme(m_theme);
    syncViewActions();
}

TrainingLab* MainWindow::openTrainingLab() {
    if (!m_lab) {
        m_lab = new TrainingLab(this);
        m_lab->setTheme(m_theme);
        // Sessions and lesson steps take the lab from the document while it is open (as the Deep network
        // view's settings): what it shows, at the step of the frame shown.
        connect(m_lab, &TrainingLab::frameShown, this, [this] {
            if (m_lab->isVisible()) m_document->setLab(m_lab->request());
        });
        connect(m_lab, &TrainingLab::closed, this, [this] { m_document->setLab(std::nullopt); });
        const auto& curves = m_document->figure().curves;
        const int selected = m_document->selected();
        if (selected >= 0 && selected < static_cast<int>(curves.size()))
            m_lab->setActivation(curves[static_cast<std::size_t>(selected)].id,
                                 curves[static_cast<std::size_t>(selected)].params);
        m_labPresentation =
            new LabPresentation(m_lab, m_presentation, m_document, {m_presentLarger, m_presentSmaller});
    }
    m_labPresentation->show();
    return m_lab;
}

bool MainWindow::event(QEvent* event) {
    // The desktop switched between light and dark: follow it (a palette we set ourselves is no change).
    if (event->type() == QEvent::ThemeChange && m_themeMode == ThemeMode::System &&
        QGuiApplication::palette() != m_systemPalette) {
        m_systemPalette = QGuiApplication::palette();
        applyTheme();
    }
    return QMainWindow::event(event);
}

void MainWindow::openAxisRangeDialog() {
    const auto& f = spec();
    AxisRanges ranges;
    ranges.x = {f.xMin, f.xMax};
    ranges.y = f.yRange;
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        ranges.shown[o] = !f.gallery && f.showsOrder(order);
        ranges.yShown[o] = m_plotView->visibleYRange(order).value_or(actlab::plot::Range{-1, 1});
    }
    AxisRangeDialog dialog(ranges, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const auto chosen = dialog.ranges();
    if (!chosen) return;
    m_document->beginGesture(); // one undo step
    m_document->setXRange(chosen->x.first, chosen->x.second);
    for (int order = 0; order < 3; ++order)
        if (chosen->shown[static_cast<std::size_t>(order)])
            m_document->setYRange(order, chosen->y[static_cast<std::size_t>(order)]);
    m_document->endGesture(tr("Set axis ranges"));
}

void MainWindow::exportFigure() {
    if (actlab::plot::showExportDialog(this, spec())) statusBar()->showMessage(tr("Figure exported"), 4000);
}

void MainWindow::exportData() {
    if (actlab::plot::showExportDataDialog(this, spec())) statusBar()->showMessage(tr("Data exported"), 4000);
}

void MainWindow::copyFigure() {
    actlab::plot::copyFigureToClipboard(spec(), actlab::plot::rememberedExportOptions(spec().sizePx));
    statusBar()->showMessage(tr("Figure copied to the clipboard (PNG and SVG)"), 4000);
}

void MainWindow::showPlotContextMenu(const QPoint& globalPos) {
    QMenu menu(this);
    menu.addAction(m_resetView);
    menu.addAction(m_axisRanges);
    menu.addSeparator();
    menu.addAction(m_showDerivative);
    menu.addAction(m_showSecond);
    menu.addAction(m_showLegend);
    menu.addAction(m_grid);
    menu.addSeparator();
    menu.addAction(m_copyFigure);
    menu.addAction(m_export);
    menu.exec(globalPos);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About ActLab"),
        tr("<h3>ActLab %1</h3><p>A desktop lab for neural-network activation functions: %2 functions with "
           "their "
           "exact first and second derivatives, live parameters and the figures of the lecture material.</p>"
           "<p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::number(actlab::catalogue().size())));
}

void MainWindow::setInterfaceZoom(double factor) {
    if (!std::isfinite(factor)) factor = 1;
    m_zoom = std::clamp(std::round(factor / kZoomStep) * kZoomStep, kMinZoom, kMaxZoom);
    // Every widget's font follows the application font; the plot scales its own text and lines.
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * m_zoom);
    QApplication::setFont(font);
    if (!m_presentation->isActive()) m_plotView->setDisplayScale(m_zoom);
    m_zoomIn->setEnabled(m_zoom < kMaxZoom);
    m_zoomOut->setEnabled(m_zoom > kMinZoom);
    statusBar()->showMessage(tr("Zoom %1 %").arg(std::lround(m_zoom * 100)), 2000);
}

void MainWindow::resizeToScreen() {
    // First start: 1280 × 800, or 85 % of a larger screen, centred.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    QSize size(std::min(1280, available.width()), std::min(800, available.height()));
    if (available.width() > 1600) size = QSize(available.width() * 85 / 100, available.height() * 85 / 100);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::restoreSettings(actlab::plot::FigureSpec& start) {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("MainWindow/geometry"))) resizeToScreen();
    // A state saved by an older layout (panels on both sides) is not restored: the new one fits small
    // screens; a state of this layout is.
    if (settings.value(QStringLiteral("MainWindow/stateVersion")).toInt() == kDockStateVersion)
        m_arrangeOnShow = !restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray(),
                                        kDockStateVersion);
    m_themeMode = themeModeFromName(settings.value(QStringLiteral("View/theme")).toString());
    const UiLanguage language = savedUiLanguage();
    for (auto* a : m_languageGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(language));
    {
        const QSignalBlocker block(m_highContrast); // applyTheme() follows in the constructor
        m_highContrast->setChecked(settings.value(QStringLiteral("View/highContrast"), false).toBool());
    }
    start.setDerivatives(
        std::clamp(settings.value(QStringLiteral("View/derivatives"), start.derivatives()).toInt(), 0, 2));
    m_legendPosition = settings.value(QStringLiteral("View/legendPosition"), m_legendPosition).toString();
    if (!actlab::plot::legendPositions().contains(m_legendPosition) ||
        m_legendPosition == QLatin1String("none"))
        m_legendPosition = QStringLiteral("top left");
    start.legend = settings.value(QStringLiteral("View/legend"), true).toBool() ? m_legendPosition
                                                                                : QStringLiteral("none");
    start.grid = settings.value(QStringLiteral("View/grid"), start.grid).toBool();
    m_fullPrecision->setChecked(settings.value(QStringLiteral("View/fullPrecisionReadout"), false).toBool());
    setInterfaceZoom(settings.value(QStringLiteral("View/zoom"), 1.0).toDouble());
    start.zeroLines = settings.value(QStringLiteral("View/zeroLines"), start.zeroLines).toBool();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState(kDockStateVersion));
    settings.setValue(QStringLiteral("MainWindow/stateVersion"), kDockStateVersion);
    settings.setValue(QStringLiteral("View/zoom"), m_zoom);
    settings.setValue(QStringLiteral("View/fullPrecisionReadout"), m_fullPrecision->isChecked());
    settings.setValue(QStringLiteral("View/theme"), themeModeName(m_themeMode));
    settings.setValue(QStringLiteral("View/highContrast"), m_highContrast->isChecked());
    settings.setValue(QStringLiteral("View/derivatives"), spec().derivatives());
    settings.setValue(QStringLiteral("View/legend"), spec().legend != QLatin1String("none"));
    settings.setValue(QStringLiteral("View/legendPosition"), m_legendPosition);
    settings.setValue(QStringLiteral("View/grid"), spec().grid);
    settings.setValue(QStringLiteral("View/zeroLines"), spec().zeroLines);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_presentation->leave(); // the panels and geometry are remembered as they are outside it
    if (m_options.persistSettings) saveSettings();
    m_files->closed();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".actlab"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".actlab"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            m_files->open(url.toLocalFile());
            return;
        }
}

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

} // namespace actlab::explorer
