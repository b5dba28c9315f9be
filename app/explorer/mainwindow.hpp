// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The explorer window: catalogue, curves and parameter editor, the plot (through PlotFigure), cursor
/// readout and info panel as docks; menus, toolbar, presets, themes and remembered settings.
/// The window owns the figure description (FigureSpec) and keeps it in step with the curve model.
#include "figurespec.h"
#include "theme.h"

#include <QMainWindow>
#include <QPalette>

#include <array>

class QAction;
class QActionGroup;
class QMenu;

namespace actlab::plot {
class PlotFigure;
}

namespace actlab::explorer {

class CataloguePanel;
class CurveListModel;
class CurvesPanel;
class CursorReadout;
class InfoPanel;
class ParameterEditor;
class PlotView;

enum class ThemeMode { System, Light, Dark };

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    struct Options {
        bool persistSettings = true; ///< restore and save geometry, docks and view settings (QSettings)
    };

    explicit MainWindow(QWidget* parent = nullptr);
    MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    CurveListModel* model() const { return m_model; }
    PlotView* plotView() const { return m_plotView; }
    actlab::plot::PlotFigure* figure() const;
    CataloguePanel* cataloguePanel() const { return m_catalogue; }
    CurvesPanel* curvesPanel() const { return m_curves; }
    ParameterEditor* parameterEditor() const { return m_editor; }
    CursorReadout* cursorReadout() const { return m_readout; }
    InfoPanel* infoPanel() const { return m_info; }

    /// The figure as the window currently shows it (curves from the model, view state, ranges).
    const actlab::plot::FigureSpec& spec() const { return m_spec; }

    /// Replaces the figure by a preset; false for an unknown name.
    bool loadPreset(const QString& name);
    /// Replaces the figure (curves go into the model; ranges become the home view).
    void loadSpec(const actlab::plot::FigureSpec& spec);
    /// Adds a curve with default parameters and selects it; returns its row or -1.
    int addCurve(const QString& id);

    void setShowDerivative(bool on);
    void setShowSecond(bool on);
    void setLegend(const QString& position); ///< a position or "none"
    void setGrid(bool on);
    void setZeroLines(bool on);
    void setGallery(bool on);
    /// Fixed y range of one subplot, or nullopt to autoscale.
    void setYRange(int order, std::optional<actlab::plot::Range> range);
    /// Back to the x and y ranges the figure was loaded with.
    void resetView();

    void setThemeMode(ThemeMode mode);
    ThemeMode themeMode() const { return m_themeMode; }
    /// The plot theme in effect (System resolves to light or dark from the system palette).
    const actlab::plot::Theme& theme() const { return m_theme; }

    /// A menu or toolbar action by object name (e.g. "actionShowDerivative"), for tests and scripts.
    QAction* action(const QString& objectName) const;

  protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

  private:
    void buildDocks();
    void buildActions();
    void buildMenus();
    void wireModel();
    void rebuildFigure();
    actlab::plot::CurveSpec curveSpec(int row) const;
    void onCursorMoved(double x);
    void refreshMarkers();
    void refreshSnapPoints();
    void syncViewActions();
    void applyTheme();
    void openAxisRangeDialog();
    void showPlotContextMenu(const QPoint& globalPos);
    void showAbout();
    void exportFigure();
    void exportData();
    void copyFigure();
    void resizeToScreen();
    void restoreSettings();
    void saveSettings() const;

    Options m_options;
    CurveListModel* m_model = nullptr;
    PlotView* m_plotView = nullptr;
    CataloguePanel* m_catalogue = nullptr;
    CurvesPanel* m_curves = nullptr;
    ParameterEditor* m_editor = nullptr;
    CursorReadout* m_readout = nullptr;
    InfoPanel* m_info = nullptr;

    actlab::plot::FigureSpec m_spec;
    actlab::plot::FigureSpec m_home; ///< the ranges Reset view returns to
    QString m_legendPosition = QStringLiteral("top left");
    bool m_loading = false;

    ThemeMode m_themeMode = ThemeMode::System;
    actlab::plot::Theme m_theme;
    QPalette m_systemPalette;
    QString m_systemStyle;
    bool m_applyingTheme = false;

    QAction* m_showDerivative = nullptr;
    QAction* m_showSecond = nullptr;
    QAction* m_showLegend = nullptr;
    QAction* m_grid = nullptr;
    QAction* m_zeroLines = nullptr;
    QAction* m_gallery = nullptr;
    QAction* m_resetView = nullptr;
    QAction* m_axisRanges = nullptr;
    std::array<QAction*, 3> m_autoscale{};
    QActionGroup* m_legendGroup = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_toggleVisible = nullptr;
    QAction* m_findFunction = nullptr;
    QAction* m_export = nullptr;
    QAction* m_exportData = nullptr;
    QAction* m_copyFigure = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QMenu* m_presetsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
};

} // namespace actlab::explorer
