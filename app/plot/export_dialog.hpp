// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// File ▸ Export (Ctrl+E): format, size in pixels or cm/in with a DPI, PNG scale, subplots, export
/// theme (light by default, whatever the window uses), transparent background, font scale, title and
/// axis labels; shows the resulting size and remembers the last settings (QSettings, group "Export").
#include "plot/exporter.hpp"
#include "plot/figure_spec.hpp"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace actlab::plot {

class ExportDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Unit { Pixels, Centimetres, Inches };

    explicit ExportDialog(const FigureSpec& spec, QWidget* parent = nullptr);

    /// The figure as it will be exported (subplots, title and labels as edited).
    FigureSpec exportSpec() const;
    /// Size, scale, DPI, theme, transparency and font scale as edited.
    ExportOptions exportOptions() const;
    ExportFormat format() const;
    QString path() const;
    /// "1000 × 600 px", "2000 × 1200 px (PNG at 2×)", "16 × 10 cm (750 × 472 px at 96 dpi)" …
    QString resultingSizeText() const;

    void setPath(const QString& path);
    void setFormat(ExportFormat format);
    void setUnit(Unit unit);
    void setSize(double width, double height); ///< in the current unit
    void setDpi(int dpi);
    void setScale(double scale);

    /// Writes the file; on failure shows the error and returns false (the dialog stays open).
    bool exportNow();
    void accept() override;

  private:
    void updateState();
    void loadSettings();
    void saveSettings() const;
    void browse();
    void onUnitChanged();

    FigureSpec m_spec;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QDoubleSpinBox* m_width = nullptr;
    QDoubleSpinBox* m_height = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_dpi = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QCheckBox* m_derivative = nullptr;
    QCheckBox* m_second = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_transparent = nullptr;
    QDoubleSpinBox* m_fontScale = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_xLabel = nullptr;
    QLineEdit* m_yLabel = nullptr;
    QLabel* m_result = nullptr;
    Unit m_lastUnit = Unit::Pixels;
};

/// Shows the export dialog for `spec`; returns true when a file was written.
bool showExportDialog(QWidget* parent, const FigureSpec& spec);

/// File ▸ Export data: asks for a .csv path and writes the curves' samples (x, then f, f′, f″ per
/// curve, labelled). Returns true when a file was written; errors are shown in a message box.
bool showExportDataDialog(QWidget* parent, const FigureSpec& spec);

/// File ▸ Export as Python script: asks for a .py path and writes renderPythonScript() with the
/// remembered export theme, transparency and font scale. As showExportDataDialog otherwise.
bool showExportPythonDialog(QWidget* parent, const FigureSpec& spec);

/// The options the export dialog remembered last (for Edit ▸ Copy figure), at the given logical size.
ExportOptions rememberedExportOptions(const QSize& sizePx);

} // namespace actlab::plot
