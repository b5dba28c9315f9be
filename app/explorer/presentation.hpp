// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Presentation mode (View ▸ Present, F5; Esc leaves): the plot alone, full screen, with fonts, lines,
/// dots and the cursor scaled for a projector (1–3×, from the screen's size by default; Ctrl+= and
/// Ctrl+− change it), a large cursor readout drawn on the plot, and the selected curve's parameters as
/// large sliders the lecturer can drag. The window's panels, menus and toolbar come back as they were.
#include <QByteArray>
#include <QObject>
#include <QRect>
#include <QSize>

#include <vector>

class QFrame;
class QVariantAnimation;
class QLabel;
class QWidget;
class QMainWindow;

namespace actlab::document {
class Document;
}

namespace actlab::plot {
struct Theme;
}

namespace actlab::explorer {

class ParameterSlider;
class PlotView;

/// The scale presentation mode starts at on a screen of this size: 1 up to 1280 × 720, growing with
/// the screen to 3 at 3840 × 2160, in steps of 0.25.
double defaultPresentationScale(QSize screen);

/// The large readout and parameter sliders drawn over the plot in presentation mode (two panels,
/// children of the plot view, shown only while presenting).
class PresentationOverlay : public QObject {
    Q_OBJECT
  public:
    PresentationOverlay(actlab::document::Document* document, PlotView* view);

    void setScale(double scale);
    void setTheme(const actlab::plot::Theme& theme);
    /// The readout's text (rich text: x, then f, f′, f″ of every visible curve).
    QString readoutText() const;
    const std::vector<ParameterSlider*>& sliders() const { return m_sliders; }
    QLabel* readout() const { return m_readout; }
    QFrame* controls() const { return m_controls; }
    void setVisible(bool visible);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void refreshReadout();
    void rebuildSliders();
    void refreshSliderValues();
    void place();
    void placeReadout();
    void applyFonts();

    actlab::document::Document* m_document;
    PlotView* m_view;
    QLabel* m_readout = nullptr;
    QFrame* m_controls = nullptr;
    QLabel* m_curveTitle = nullptr;
    std::vector<ParameterSlider*> m_sliders;
    std::vector<QLabel*> m_sliderLabels;
    double m_scale = 1;
    bool m_shown = false; ///< presenting: the panels follow the document
    int m_reserve = 0;    ///< the strip below the plot kept for the sliders
    QString m_border = QStringLiteral("#cccccc");
    QString m_textColor = QStringLiteral("#000000");
    QString m_panelColor = QStringLiteral("rgba(255,255,255,225)");
};

class Presentation : public QObject {
    Q_OBJECT
  public:
    static constexpr double kMinScale = 1;
    static constexpr double kMaxScale = 3;
    static constexpr double kScaleStep = 0.25;

    Presentation(QMainWindow* window, actlab::document::Document* document, PlotView* view);

    bool isActive() const { return m_active; }
    /// The window that presents (its screen is the presentation's).
    QMainWindow* window() const { return m_window; }
    double scale() const { return m_scale; }
    PresentationOverlay* overlay() const { return m_overlay; }

    /// Enters presentation mode: full screen, only the plot, scaled (at defaultPresentationScale() of
    /// the window's screen the first time, then at the scale last chosen).
    void enter();
    /// Leaves it: the window's panels, menus, toolbar, geometry and plot scale come back.
    void leave();
    void setActive(bool on);
    /// Clamped to [kMinScale, kMaxScale]; applies at once while presenting.
    void setScale(double scale);
    void larger() { setScale(m_scale + kScaleStep); }
    void smaller() { setScale(m_scale - kScaleStep); }
    /// The plot theme the overlay draws its panels in.
    void setTheme(const actlab::plot::Theme& theme);

    /// Shows a lesson step. While presenting, and when the step has the same curves as the view, the x
    /// range and the parameters ease to the step's over kTransitionMs first; the whole move is one undo
    /// step. Outside presentation mode the step is shown at once.
    void showStep(int index);
    void nextStep();
    void previousStep();
    void firstStep();
    void lastStep();
    /// Whether a step transition is running.
    bool inTransition() const;
    /// The transition's animation (tests move its clock).
    QVariantAnimation* transition() const { return m_transition; }
    static constexpr int kTransitionMs = 300;

  signals:
    void activeChanged(bool active);
    void scaleChanged(double scale);

  private:
    QMainWindow* m_window;
    actlab::document::Document* m_document;
    PlotView* m_view;
    PresentationOverlay* m_overlay = nullptr;
    bool m_active = false;
    bool m_scaleChosen = false;
    double m_scale = 1;
    QByteArray m_windowState;
    QRect m_normalGeometry;
    bool m_wasMaximized = false;
    bool m_wasFullScreen = false;
    std::vector<QWidget*> m_hidden; ///< what enter() hid, for leave() to show again
    QVariantAnimation* m_transition = nullptr;
    int m_transitionTarget = -1;
    void finishTransition();
};

} // namespace actlab::explorer
