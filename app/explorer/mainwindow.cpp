// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.hpp"

#include "axisrangedialog.hpp"
#include "cataloguepanel.hpp"
#include "cursorreadout.hpp"
#include "curvelabel.h"
#include "curvelistmodel.hpp"
#include "curvespanel.hpp"
#include "exportdialog.h"
#include "exporter.h"
#include "infopanel.hpp"
#include "parametereditor.hpp"
#include "plotfigure.h"
#include "plotview.hpp"
#include "presets.h"

#include "actlab/activation.hpp"
#include "actlab/catalogue.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <cmath>

static void initExplorerResources() {
    Q_INIT_RESOURCE(icons);
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

/// The figure the window opens with when no preset is asked for.
actlab::plot::FigureSpec startFigure() {
    actlab::plot::FigureSpec spec;
    spec.xMin = -5;
    spec.xMax = 5;
    spec.setDerivatives(1);
    spec.curves.push_back({QStringLiteral("relu"), {}, {}, {}, 2, true});
    spec.curves.push_back({QStringLiteral("leaky_relu"), {0.1}, {}, {}, 2, true});
    spec.curves.push_back({QStringLiteral("gelu"), {}, {}, {}, 2, true});
    return spec;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(Options options, QWidget* parent) : QMainWindow(parent), m_options(options) {
    initExplorerResources();
    setObjectName(QStringLiteral("ActLabMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actlab.svg")));
    m_systemPalette = QApplication::palette();
    m_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
    m_theme = actlab::plot::Theme::light();

    m_model = new CurveListModel(this);
    m_model->setLabelMaker([](const actlab::Activation& a, const std::vector<double>& params) {
        return actlab::plot::automaticLabel(a, params);
    });

    m_plotView = new PlotView(this);
    setCentralWidget(m_plotView);

    buildDocks();
    buildActions();
    buildMenus();
    wireModel();

    auto* hint = new QLabel(tr("Wheel: zoom · Ctrl+wheel: zoom y · drag: pan · right-drag: box zoom · "
                               "double-click: reset · ←/→: move cursor"),
                            this);
    hint->setEnabled(false);
    statusBar()->addPermanentWidget(hint);
    statusBar()->setSizeGripEnabled(true);

    m_spec = startFigure();
    if (m_options.persistSettings)
        restoreSettings();
    else
        resize(1280, 800);
    applyTheme();
    loadSpec(m_spec);
}

MainWindow::~MainWindow() = default;

actlab::plot::PlotFigure* MainWindow::figure() const {
    return m_plotView->figure();
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
    m_editor = new ParameterEditor(m_model, this);
    m_readout = new CursorReadout(m_model, this);
    m_info = new InfoPanel(m_model, this);

    auto* functionsDock =
        makeDock(m_catalogue, tr("Functions"), QStringLiteral("functionsDock"), Qt::LeftDockWidgetArea);
    auto* infoDock =
        makeDock(m_info, tr("About the curve"), QStringLiteral("infoDock"), Qt::LeftDockWidgetArea);
    auto* curvesDock =
        makeDock(m_curves, tr("Curves"), QStringLiteral("curvesDock"), Qt::RightDockWidgetArea);
    auto* paramsDock =
        makeDock(m_editor, tr("Parameters"), QStringLiteral("parametersDock"), Qt::RightDockWidgetArea);
    auto* readoutDock =
        makeDock(m_readout, tr("Cursor"), QStringLiteral("cursorDock"), Qt::BottomDockWidgetArea);
    functionsDock->setToolTip(tr("The catalogue: double-click a function to add it to the plot"));
    resizeDocks({functionsDock, curvesDock}, {230, 330}, Qt::Horizontal);
    resizeDocks({functionsDock, infoDock}, {430, 300}, Qt::Vertical);
    resizeDocks({curvesDock, paramsDock}, {220, 420}, Qt::Vertical);
    resizeDocks({readoutDock}, {180}, Qt::Vertical);
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
    m_zeroLines = make(QStringLiteral("actionZeroLines"), tr("&Zero lines"),
                       tr("Emphasise the lines x = 0 and y = 0"), {}, true);
    m_gallery =
        make(QStringLiteral("actionGallery"), tr("Small &multiples"),
             tr("One small panel per curve with its derivative, instead of overlaid curves"), {}, true);
    m_resetView =
        make(QStringLiteral("actionResetView"), tr("&Reset view"),
             tr("Back to the x and y ranges the figure was loaded with"), QKeySequence(tr("Ctrl+0")));
    m_resetView->setIconText(tr("Reset view"));
    m_axisRanges = make(QStringLiteral("actionAxisRanges"), tr("&Axis ranges…"),
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
        auto* a = new QAction(position.left(1).toUpper() + position.mid(1), m_legendGroup);
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

    m_duplicate = make(QStringLiteral("actionDuplicate"), tr("&Duplicate curve"),
                       tr("Duplicate the selected curve"), QKeySequence(tr("Ctrl+D")));
    m_remove = make(QStringLiteral("actionRemove"), tr("&Remove curve"), tr("Remove the selected curve"),
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
    m_copyFigure =
        make(QStringLiteral("actionCopyFigure"), tr("&Copy figure"),
             tr("Put the figure on the clipboard as PNG and SVG"), QKeySequence(tr("Ctrl+Shift+C")));
    m_copyFigure->setIconText(tr("Copy"));
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), tr("Quit ActLab"), QKeySequence::Quit);
    m_about = make(QStringLiteral("actionAbout"), tr("&About ActLab"), tr("Version and licence"));

    connect(m_showDerivative, &QAction::toggled, this, &MainWindow::setShowDerivative);
    connect(m_showSecond, &QAction::toggled, this, &MainWindow::setShowSecond);
    connect(m_showLegend, &QAction::toggled, this,
            [this](bool on) { setLegend(on ? m_legendPosition : QStringLiteral("none")); });
    connect(m_grid, &QAction::toggled, this, &MainWindow::setGrid);
    connect(m_zeroLines, &QAction::toggled, this, &MainWindow::setZeroLines);
    connect(m_gallery, &QAction::toggled, this, &MainWindow::setGallery);
    connect(m_resetView, &QAction::triggered, this, &MainWindow::resetView);
    connect(m_axisRanges, &QAction::triggered, this, &MainWindow::openAxisRangeDialog);
    for (int order = 0; order < 3; ++order)
        connect(m_autoscale[static_cast<std::size_t>(order)], &QAction::toggled, this,
                [this, order](bool on) {
                    if (on)
                        setYRange(order, std::nullopt);
                    else if (!m_spec.yRange[static_cast<std::size_t>(order)])
                        setYRange(order, m_plotView->visibleYRange(order));
                });
    connect(m_legendGroup, &QActionGroup::triggered, this,
            [this](QAction* a) { setLegend(a->data().toString()); });
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction* a) { setThemeMode(static_cast<ThemeMode>(a->data().toInt())); });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const int row = m_model->duplicateCurve(m_curves->currentRow());
        if (row >= 0) m_curves->setCurrentRow(row);
    });
    connect(m_remove, &QAction::triggered, this, [this] { m_model->removeCurve(m_curves->currentRow()); });
    connect(m_toggleVisible, &QAction::triggered, this, [this] {
        const int row = m_curves->currentRow();
        if (row >= 0) m_model->setVisible(row, !m_model->curve(row).visible);
    });
    connect(m_findFunction, &QAction::triggered, this, [this] {
        m_catalogue->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_catalogue->filterEdit()->selectAll();
    });
    connect(m_export, &QAction::triggered, this, &MainWindow::exportFigure);
    connect(m_exportData, &QAction::triggered, this, &MainWindow::exportData);
    connect(m_copyFigure, &QAction::triggered, this, &MainWindow::copyFigure);
    connect(m_quit, &QAction::triggered, this, &QMainWindow::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_export);
    file->addAction(m_exportData);
    file->addSeparator();
    file->addAction(m_quit);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyFigure);
    edit->addSeparator();
    edit->addAction(m_findFunction);
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
    auto* legendMenu = m_viewMenu->addMenu(tr("Legend &position"));
    legendMenu->addActions(m_legendGroup->actions());
    m_viewMenu->addAction(m_grid);
    m_viewMenu->addAction(m_zeroLines);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetView);
    m_viewMenu->addAction(m_axisRanges);
    auto* yMenu = m_viewMenu->addMenu(tr("&Y axes"));
    for (auto* a : m_autoscale)
        yMenu->addAction(a);
    m_viewMenu->addSeparator();
    auto* themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    themeMenu->addActions(m_themeGroup->actions());
    m_viewMenu->addSeparator();
    auto* panels = m_viewMenu->addMenu(tr("&Panels"));
    for (auto* dock : findChildren<QDockWidget*>())
        panels->addAction(dock->toggleViewAction());

    m_presetsMenu = menuBar()->addMenu(tr("&Presets"));
    for (const QString& name : actlab::plot::presetNames()) {
        const auto figure = actlab::plot::preset(name);
        const QString title = figure && !figure->title.isEmpty() ? figure->title : name;
        auto* a = m_presetsMenu->addAction(QStringLiteral("%1  \u2014  %2").arg(title, name));
        a->setObjectName(QStringLiteral("actionPreset_") + name);
        a->setStatusTip(actlab::plot::presetDescription(name));
        a->setToolTip(actlab::plot::presetDescription(name));
        connect(a, &QAction::triggered, this, [this, name] { loadPreset(name); });
    }
    m_presetsMenu->setToolTipsVisible(true);

    auto* help = menuBar()->addMenu(tr("&Help"));
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
    auto* presetsButton = new QAction(tr("Presets"), this);
    presetsButton->setMenu(m_presetsMenu);
    presetsButton->setToolTip(tr("Load one of the figures of the lecture material"));
    toolbar->addAction(presetsButton);
    if (auto* button = toolbar->widgetForAction(presetsButton))
        if (auto* tb = qobject_cast<QToolButton*>(button)) tb->setPopupMode(QToolButton::InstantPopup);
}

void MainWindow::wireModel() {
    connect(m_catalogue, &CataloguePanel::addRequested, this, &MainWindow::addCurve);
    connect(m_curves, &CurvesPanel::currentRowChanged, this, [this](int row) {
        m_editor->setCurve(row);
        m_info->setCurve(row);
        const bool has = row >= 0;
        m_duplicate->setEnabled(has);
        m_remove->setEnabled(has);
        m_toggleVisible->setEnabled(has);
    });

    connect(m_editor, &ParameterEditor::sliderDragStarted, this,
            [this] { m_plotView->beginCurveDrag(m_editor->curve()); });
    connect(m_editor, &ParameterEditor::sliderDragFinished, this, [this] {
        if (m_plotView->draggedCurve() < 0) return;
        m_plotView->endCurveDrag();
        rebuildFigure(); // autoscaling, legend text and every curve back as the spec says
    });

    auto structural = [this] {
        if (!m_loading) rebuildFigure();
    };
    connect(m_model, &CurveListModel::curveAdded, this, structural);
    connect(m_model, &CurveListModel::curveRemoved, this, structural);
    connect(m_model, &CurveListModel::curveMoved, this, structural);
    connect(m_model, &CurveListModel::colorChanged, this, structural);
    connect(m_model, &CurveListModel::visibilityChanged, this, structural);
    connect(m_model, &CurveListModel::labelChanged, this, [this](int row) {
        if (m_loading || row >= static_cast<int>(m_spec.curves.size())) return;
        // Automatic labels follow the parameters inside PlotFigure; only a typed label needs a rebuild.
        const auto& c = m_model->curve(row);
        const QString wanted = c.autoLabel ? QString() : c.label;
        if (m_spec.curves[static_cast<std::size_t>(row)].label != wanted) rebuildFigure();
    });
    connect(m_model, &CurveListModel::paramsChanged, this, [this](int row) {
        if (m_loading || row >= static_cast<int>(m_spec.curves.size())) return;
        const auto& params = m_model->curve(row).params;
        m_spec.curves[static_cast<std::size_t>(row)].params = params;
        figure()->setCurveParams(row, params);
        refreshSnapPoints();
        refreshMarkers();
    });

    connect(figure(), &actlab::plot::PlotFigure::xRangeChanged, this, [this](double lo, double hi) {
        m_spec.xMin = lo;
        m_spec.xMax = hi;
    });
    connect(m_plotView, &PlotView::cursorXChanged, this, &MainWindow::onCursorMoved);
    connect(m_plotView, &PlotView::yRangeFixed, this, [this](int order, double lo, double hi) {
        m_spec.yRange[static_cast<std::size_t>(order)] = actlab::plot::Range{lo, hi};
        syncViewActions();
    });
    connect(m_plotView, &PlotView::resetViewRequested, this, &MainWindow::resetView);
    connect(m_plotView, &PlotView::contextMenuRequested, this, &MainWindow::showPlotContextMenu);
}

actlab::plot::CurveSpec MainWindow::curveSpec(int row) const {
    const auto& c = m_model->curve(row);
    actlab::plot::CurveSpec spec;
    spec.id = QString::fromUtf8(c.activation->id.data(), static_cast<qsizetype>(c.activation->id.size()));
    spec.params = c.params;
    spec.label = c.autoLabel ? QString() : c.label;
    spec.color = c.color;
    spec.lineWidth = c.lineWidth;
    spec.visible = c.visible;
    return spec;
}

void MainWindow::rebuildFigure() {
    m_plotView->endCurveDrag(); // a structural change in the middle of a drag draws everything again
    m_spec.curves.clear();
    for (int row = 0; row < m_model->count(); ++row)
        m_spec.curves.push_back(curveSpec(row));
    figure()->setSpec(m_spec);
    m_plotView->useFastLineEnds();
    refreshSnapPoints();
    refreshMarkers();
    syncViewActions();
}

void MainWindow::loadSpec(const actlab::plot::FigureSpec& spec) {
    m_loading = true;
    m_model->clear();
    QStringList problems;
    for (const auto& c : spec.curves) {
        const auto* activation = actlab::findActivation(c.id.toStdString());
        if (!activation) {
            problems << tr("unknown function %1").arg(c.id);
            continue;
        }
        ExplorerCurve curve;
        curve.activation = activation;
        curve.params = c.params.empty() ? activation->defaults() : c.params;
        curve.label = c.label;
        curve.color = c.color;
        curve.lineWidth = c.lineWidth;
        curve.visible = c.visible;
        QString error;
        if (m_model->addCurve(std::move(curve), &error) < 0)
            problems << QStringLiteral("%1: %2").arg(c.id, error);
    }
    m_loading = false;
    m_spec = spec;
    if (spec.legend != QLatin1String("none")) m_legendPosition = spec.legend;
    m_home = spec;
    rebuildFigure();
    int select = 0;
    for (int row = 0; row < m_model->count(); ++row)
        if (!m_model->curve(row).activation->parameters.empty()) {
            select = row;
            break;
        }
    if (m_model->count() > 0) m_curves->setCurrentRow(select);
    // A cursor from the start, so that the readout shows what it is for: left of the centre (clear of
    // a top-left legend, where the curves usually differ), on a round x such as −1 or −1.2.
    const double span = m_spec.xMax - m_spec.xMin;
    const double decimals = std::max(0.0, -std::floor(std::log10(span / 20)));
    const double scale = std::pow(10.0, decimals);
    m_plotView->setCursorX(std::round((m_spec.xMin + 0.4 * span) * scale) / scale);
    setWindowTitle(spec.title.isEmpty() ? tr("ActLab") : tr("%1 — ActLab").arg(spec.title));
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Some curves were left out: %1").arg(problems.join(QStringLiteral("; "))),
                                 10000);
}

bool MainWindow::loadPreset(const QString& name) {
    const auto spec = actlab::plot::preset(name);
    if (!spec) return false;
    loadSpec(*spec);
    statusBar()->showMessage(tr("Loaded preset %1").arg(name), 4000);
    return true;
}

int MainWindow::addCurve(const QString& id) {
    const auto* activation = actlab::findActivation(id.toStdString());
    if (!activation) return -1;
    const int row = m_model->addCurve(*activation);
    if (row >= 0) m_curves->setCurrentRow(row);
    return row;
}

void MainWindow::setShowDerivative(bool on) {
    if (m_spec.showDerivative == on) return;
    m_spec.showDerivative = on;
    rebuildFigure();
}

void MainWindow::setShowSecond(bool on) {
    if (m_spec.showSecond == on) return;
    m_spec.showSecond = on;
    rebuildFigure();
}

void MainWindow::setLegend(const QString& position) {
    if (position != QLatin1String("none")) m_legendPosition = position;
    if (m_spec.legend == position) return syncViewActions();
    m_spec.legend = position;
    rebuildFigure();
}

void MainWindow::setGrid(bool on) {
    if (m_spec.grid == on) return;
    m_spec.grid = on;
    rebuildFigure();
}

void MainWindow::setZeroLines(bool on) {
    if (m_spec.zeroLines == on) return;
    m_spec.zeroLines = on;
    rebuildFigure();
}

void MainWindow::setGallery(bool on) {
    if (m_spec.gallery == on) return;
    m_spec.gallery = on;
    rebuildFigure();
}

void MainWindow::setYRange(int order, std::optional<actlab::plot::Range> range) {
    if (order < 0 || order > 2) return;
    if (range &&
        !(range->first < range->second && std::isfinite(range->first) && std::isfinite(range->second)))
        return;
    m_spec.yRange[static_cast<std::size_t>(order)] = range;
    figure()->setYRange(order, range);
    refreshMarkers();
    syncViewActions();
}

void MainWindow::resetView() {
    m_spec.xMin = m_home.xMin;
    m_spec.xMax = m_home.xMax;
    m_spec.yRange = m_home.yRange;
    figure()->setXRange(m_spec.xMin, m_spec.xMax);
    for (int order = 0; order < 3; ++order)
        figure()->setYRange(order, m_spec.yRange[static_cast<std::size_t>(order)]);
    refreshMarkers();
    syncViewActions();
}

void MainWindow::onCursorMoved(double x) {
    m_readout->setCursorX(x);
    refreshMarkers();
}

void MainWindow::refreshMarkers() {
    std::vector<CursorMarker> markers;
    if (!m_spec.gallery) {
        for (const auto& row : m_readout->rows())
            for (int order = 0; order < 3; ++order)
                if (m_spec.showsOrder(order))
                    markers.push_back(
                        {order, row.value[static_cast<std::size_t>(order)], m_theme.legible(row.color)});
    }
    m_plotView->setMarkers(std::move(markers));
}

void MainWindow::refreshSnapPoints() {
    std::vector<double> xs;
    for (const auto& c : m_model->curves())
        if (c.visible)
            for (const auto& k : c.activation->kinks(c.params))
                xs.push_back(k.x);
    m_plotView->setSnapPoints(std::move(xs));
}

void MainWindow::syncViewActions() {
    const QSignalBlocker b1(m_showDerivative), b2(m_showSecond), b3(m_showLegend), b4(m_grid),
        b5(m_zeroLines), b6(m_gallery);
    m_showDerivative->setChecked(m_spec.showDerivative);
    m_showSecond->setChecked(m_spec.showSecond);
    m_showLegend->setChecked(m_spec.legend != QLatin1String("none"));
    m_grid->setChecked(m_spec.grid);
    m_zeroLines->setChecked(m_spec.zeroLines);
    m_gallery->setChecked(m_spec.gallery);
    for (auto* a : m_legendGroup->actions())
        a->setChecked(a->data().toString() == m_legendPosition);
    for (int order = 0; order < 3; ++order) {
        auto* a = m_autoscale[static_cast<std::size_t>(order)];
        const QSignalBlocker block(a);
        a->setChecked(!m_spec.yRange[static_cast<std::size_t>(order)]);
        a->setEnabled(!m_spec.gallery && m_spec.showsOrder(order));
    }
    for (auto* a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(m_themeMode));
}

void MainWindow::setThemeMode(ThemeMode mode) {
    m_themeMode = mode;
    applyTheme();
}

void MainWindow::applyTheme() {
    m_applyingTheme = true;
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
    m_applyingTheme = false;
    m_theme = dark ? actlab::plot::Theme::dark() : actlab::plot::Theme::light();
    QColor cursor = m_theme.text;
    cursor.setAlpha(150);
    m_plotView->setCursorColors(cursor, m_theme.background);
    figure()->setTheme(m_theme);
    m_plotView->useFastLineEnds();
    // Curves coloured from the palette take the new theme's colours: one rebuild for all of them.
    m_loading = true;
    m_model->setPalette(std::vector<QColor>(m_theme.palette.begin(), m_theme.palette.end()));
    m_loading = false;
    if (m_model->count() > 0) rebuildFigure();
    m_info->refresh();
    syncViewActions();
}

bool MainWindow::event(QEvent* event) {
    if (event->type() == QEvent::ThemeChange && m_themeMode == ThemeMode::System && !m_applyingTheme) {
        m_systemPalette = QGuiApplication::palette();
        applyTheme();
    }
    return QMainWindow::event(event);
}

void MainWindow::openAxisRangeDialog() {
    AxisRanges ranges;
    ranges.x = {m_spec.xMin, m_spec.xMax};
    ranges.y = m_spec.yRange;
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        ranges.shown[o] = !m_spec.gallery && m_spec.showsOrder(order);
        ranges.yShown[o] = m_plotView->visibleYRange(order).value_or(actlab::plot::Range{-1, 1});
    }
    AxisRangeDialog dialog(ranges, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const auto chosen = dialog.ranges();
    if (!chosen) return;
    figure()->setXRange(chosen->x.first, chosen->x.second);
    for (int order = 0; order < 3; ++order)
        if (chosen->shown[static_cast<std::size_t>(order)])
            setYRange(order, chosen->y[static_cast<std::size_t>(order)]);
}

void MainWindow::exportFigure() {
    if (actlab::plot::showExportDialog(this, m_spec)) statusBar()->showMessage(tr("Figure exported"), 4000);
}

void MainWindow::exportData() {
    if (actlab::plot::showExportDataDialog(this, m_spec)) statusBar()->showMessage(tr("Data exported"), 4000);
}

void MainWindow::copyFigure() {
    actlab::plot::copyFigureToClipboard(m_spec, actlab::plot::rememberedExportOptions(m_spec.sizePx));
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

void MainWindow::resizeToScreen() {
    // First start: 1280 × 800, or 85 % of a larger screen, centred.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    QSize size(std::min(1280, available.width()), std::min(800, available.height()));
    if (available.width() > 1600) size = QSize(available.width() * 85 / 100, available.height() * 85 / 100);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("MainWindow/geometry"))) resizeToScreen();
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_themeMode = themeModeFromName(settings.value(QStringLiteral("View/theme")).toString());
    m_spec.setDerivatives(settings.value(QStringLiteral("View/derivatives"), m_spec.derivatives()).toInt());
    m_legendPosition = settings.value(QStringLiteral("View/legendPosition"), m_legendPosition).toString();
    if (!actlab::plot::legendPositions().contains(m_legendPosition) ||
        m_legendPosition == QLatin1String("none"))
        m_legendPosition = QStringLiteral("top left");
    m_spec.legend = settings.value(QStringLiteral("View/legend"), true).toBool() ? m_legendPosition
                                                                                 : QStringLiteral("none");
    m_spec.grid = settings.value(QStringLiteral("View/grid"), m_spec.grid).toBool();
    m_spec.zeroLines = settings.value(QStringLiteral("View/zeroLines"), m_spec.zeroLines).toBool();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("View/theme"), themeModeName(m_themeMode));
    settings.setValue(QStringLiteral("View/derivatives"), m_spec.derivatives());
    settings.setValue(QStringLiteral("View/legend"), m_spec.legend != QLatin1String("none"));
    settings.setValue(QStringLiteral("View/legendPosition"), m_legendPosition);
    settings.setValue(QStringLiteral("View/grid"), m_spec.grid);
    settings.setValue(QStringLiteral("View/zeroLines"), m_spec.zeroLines);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_options.persistSettings) saveSettings();
    event->accept();
}

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

} // namespace actlab::explorer
