// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The explorer window: catalogue, curves and parameter editor, the plot, cursor readout, info panel and
/// undo history as docks; menus, toolbar, presets, themes and remembered settings. What the user works
/// on lives in one Document; the window only wires the panels to it, and its files to SessionFiles.
#include "plot/figure_spec.hpp"
#include "plot/theme.hpp"

#include <QFont>
#include <QMainWindow>
#include <QPalette>

#include <array>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QActionGroup;
class QMenu;

namespace actlab::plot {
class PlotFigure;
}

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class CataloguePanel;
class FormulaActions;
class CurveListModel;
class CurvesPanel;
class CursorReadout;
class CompareWindow;
class DepthView;
class TrainingLab;
class InfoPanel;
class ParameterAnimator;
class ParameterEditor;
class PlotView;
class LabPresentation;
class Presentation;
enum class UiLanguage;
class LessonNotes;
class LessonPanel;
class SessionFiles;

enum class ThemeMode { System, Light, Dark };

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    struct Options {
        bool persistSettings = true; ///< restore and save geometry, docks and view settings (QSettings)
        bool autosave = true;        ///< autosave unsaved changes and offer to recover them after a crash
        bool askToSave = true; ///< ask before unsaved changes are discarded (tests answer by themselves)
    };

    explicit MainWindow(QWidget* parent = nullptr);
    MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    actlab::document::Document* document() const { return m_document; }
    SessionFiles* files() const { return m_files; }
    CurveListModel* model() const { return m_model; }
    PlotView* plotView() const { return m_plotView; }
    actlab::plot::PlotFigure* figure() const;
    CataloguePanel* cataloguePanel() const { return m_catalogue; }
    CurvesPanel* curvesPanel() const { return m_curves; }
    ParameterEditor* parameterEditor() const { return m_editor; }
    /// Plays parameters (the editor's play buttons, P).
    ParameterAnimator* parameterAnimator() const { return m_animator; }
    CursorReadout* cursorReadout() const { return m_readout; }
    InfoPanel* infoPanel() const { return m_info; }
    FormulaActions* formulaActions() const { return m_formulas; }
    Presentation* presentation() const { return m_presentation; }
    LessonPanel* lessonPanel() const { return m_lesson; }
    LessonNotes* lessonNotes() const { return m_notes; }
    /// The deep-network view (View ▸ Deep network, Ctrl+Shift+D).
    DepthView* depthView() const { return m_depth; }
    /// The training lab's window (View ▸ Training lab, Ctrl+Shift+T), nullptr until first opened.
    TrainingLab* trainingLab() const { return m_lab; }
    /// The lab while presenting (nullptr until the lab is first opened).
    LabPresentation* labPresentation() const { return m_labPresentation; }
    /// Opens (or raises) the training lab; the first time, on the selected curve's activation.
    TrainingLab* openTrainingLab();
    /// The properties table (View ▸ Compare, Ctrl+Shift+P), a window of its own.
    CompareWindow* compareWindow() const { return m_compare; }

    /// Opens the built-in lesson "ReLU and its variants" (Chinese when the interface language is
    /// Chinese, else English) as an untitled session; false if the user kept unsaved work.
    bool openBuiltInLesson();

    /// The figure as the window shows it: the document's.
    const actlab::plot::FigureSpec& spec() const;

    /// Replaces the figure by a preset (one undo step); false for an unknown name.
    bool loadPreset(const QString& name);

    void setThemeMode(ThemeMode mode);
    /// View ▸ Language: saved for the next start (the window is not retranslated live).
    void chooseLanguage(UiLanguage language);
    ThemeMode themeMode() const { return m_themeMode; }
    /// The plot theme in effect (System resolves to light or dark from the system palette).
    const actlab::plot::Theme& theme() const { return m_theme; }

    /// View ▸ Zoom: every font of the window (and the plot's text and lines) times `factor`, 0.8–2 in
    /// steps of 0.1.
    void setInterfaceZoom(double factor);
    double interfaceZoom() const { return m_zoom; }
    static constexpr double kZoomStep = 0.1;
    static constexpr double kMinZoom = 0.8;
    static constexpr double kMaxZoom = 2.0;

    /// Sizes the panels for a window of `windowSize`: one column on the right of about a quarter of the
    /// width, the readout under the plot (done when the window first shows, unless docks were restored).
    void arrangePanels(const QSize& windowSize);
    /// The height the Parameters panel needs to show its rows (and any message) without scrolling.
    int parametersHeight() const;
    /// Grows the Parameters panel while a message shows, and gives the room back when it goes.
    void fitParameters();

    /// A menu or toolbar action by object name (e.g. "actionShowDerivative"), for tests and scripts.
    QAction* action(const QString& objectName) const;

  protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void buildDocks();
    void buildActions();
    void buildMenus();
    void wireDocument();
    void syncViewActions();
    void syncStepActions();
    void updateTitle();
    /// Puts the cursor at a round x left of the centre if the document has none.
    void placeCursor();
    void applyTheme();
    void openAxisRangeDialog();
    void showPlotContextMenu(const QPoint& globalPos);
    void showAbout();
    void exportFigure();
    void exportData();
    void copyFigure();
    void resizeToScreen();
    void restoreSettings(actlab::plot::FigureSpec& start);
    void saveSettings() const;

    Options m_options;
    actlab::document::Document* m_document = nullptr;
    SessionFiles* m_files = nullptr;
    CurveListModel* m_model = nullptr;
    PlotView* m_plotView = nullptr;
    CataloguePanel* m_catalogue = nullptr;
    FormulaActions* m_formulas = nullptr;
    CurvesPanel* m_curves = nullptr;
    ParameterEditor* m_editor = nullptr;
    ParameterAnimator* m_animator = nullptr;
    CursorReadout* m_readout = nullptr;
    InfoPanel* m_info = nullptr;
    Presentation* m_presentation = nullptr;
    LessonPanel* m_lesson = nullptr;
    LessonNotes* m_notes = nullptr;
    DepthView* m_depth = nullptr;
    TrainingLab* m_lab = nullptr;
    LabPresentation* m_labPresentation = nullptr; ///< the lab while presenting
    QAction* m_trainingLab = nullptr;
    CompareWindow* m_compare = nullptr;

    QString m_legendPosition = QStringLiteral("top left"); ///< where the legend goes when switched on

    ThemeMode m_themeMode = ThemeMode::System;
    actlab::plot::Theme m_theme;
    QPalette m_systemPalette;
    QString m_systemStyle;

    QAction* m_showDerivative = nullptr;
    QAction* m_showSecond = nullptr;
    QAction* m_showLegend = nullptr;
    QAction* m_grid = nullptr;
    QAction* m_zeroLines = nullptr;
    QAction* m_gallery = nullptr;
    QAction* m_resetView = nullptr;
    QAction* m_present = nullptr;
    QAction* m_presentLarger = nullptr;
    QAction* m_presentSmaller = nullptr;
    QAction* m_leavePresentation = nullptr;
    QAction* m_highContrast = nullptr;
    QAction* m_addStep = nullptr;
    QAction* m_nextStep = nullptr;
    QAction* m_previousStep = nullptr;
    QAction* m_notesWindow = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_builtInLesson = nullptr;
    std::array<QAction*, 4> m_presentSteps{}; ///< next, previous, first, last: keys of presentation mode
    QAction* m_axisRanges = nullptr;
    std::array<QAction*, 3> m_autoscale{};
    QActionGroup* m_legendGroup = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_toggleVisible = nullptr;
    QAction* m_findFunction = nullptr;
    QAction* m_export = nullptr;
    QAction* m_exportData = nullptr;
    QAction* m_exportPython = nullptr;
    QAction* m_exportAnimation = nullptr;
    QAction* m_playParameter = nullptr;
    QAction* m_copyFigure = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_handbook = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_zoomReset = nullptr;
    QAction* m_fullPrecision = nullptr;
    double m_zoom = 1;
    QFont m_baseFont;
    int m_parametersBefore = 0;  ///< the Parameters panel's height before a message grew it (0: not grown)
    bool m_arrangeOnShow = true; ///< no docks were restored: size them when the window first shows
    /// Version of the dock layout in saved states (2: one column on the right).
    static constexpr int kDockStateVersion = 2;
    QMenu* m_presetsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
};

} // namespace actlab::explorer
