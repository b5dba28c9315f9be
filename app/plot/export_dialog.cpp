// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/export_dialog.hpp"

#include "plot/buddy_label.hpp"
#include "plot/python_export.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace actlab::plot {

namespace {

constexpr double kLogicalDpi = 96;

/// The formats this dialog writes (a picture); CSV and Python scripts have their own commands.
bool isDrawing(ExportFormat format) {
    return format == ExportFormat::Png || format == ExportFormat::Svg || format == ExportFormat::Pdf;
}
const QString kGroup = QStringLiteral("Export");

double unitsPerInch(ExportDialog::Unit unit) {
    switch (unit) {
    case ExportDialog::Unit::Centimetres:
        return 2.54;
    case ExportDialog::Unit::Inches:
        return 1;
    case ExportDialog::Unit::Pixels:
        break;
    }
    return kLogicalDpi;
}

QString unitSymbol(ExportDialog::Unit unit) {
    switch (unit) {
    case ExportDialog::Unit::Centimetres:
        return QStringLiteral("cm");
    case ExportDialog::Unit::Inches:
        return QStringLiteral("in");
    case ExportDialog::Unit::Pixels:
        break;
    }
    return QStringLiteral("px");
}

QString number(double value) {
    return QString::number(value, 'g', 4);
}

QString defaultFileName(const FigureSpec& spec) {
    return spec.name.isEmpty() ? QStringLiteral("figure") : spec.name;
}

} // namespace

ExportDialog::ExportDialog(const FigureSpec& spec, QWidget* parent) : QDialog(parent), m_spec(spec) {
    setWindowTitle(tr("Export Figure"));

    m_path = new QLineEdit(this);
    m_path->setToolTip(tr("The file to write; its extension follows the format"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), static_cast<int>(ExportFormat::Png));
    m_format->addItem(tr("SVG vector drawing"), static_cast<int>(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), static_cast<int>(ExportFormat::Pdf));

    m_width = new QDoubleSpinBox(this);
    m_height = new QDoubleSpinBox(this);
    for (auto* box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setDecimals(0);
        box->setToolTip(tr("Size of the figure"));
    }
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("px"), static_cast<int>(Unit::Pixels));
    m_unit->addItem(tr("cm"), static_cast<int>(Unit::Centimetres));
    m_unit->addItem(tr("in"), static_cast<int>(Unit::Inches));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(48, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("PNG resolution for a size in cm or inches"));
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(1, 4);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setToolTip(
        tr("PNG only: more pixels, with lines and text scaled up (for projectors and print)"));

    m_derivative = new QCheckBox(tr("f′(x) subplot"), this);
    m_second = new QCheckBox(tr("f″(x) subplot"), this);
    m_derivative->setChecked(spec.showDerivative);
    m_second->setChecked(spec.showSecond);
    m_derivative->setEnabled(!spec.gallery);
    m_second->setEnabled(!spec.gallery);
    auto* subplotRow = new QHBoxLayout;
    subplotRow->addWidget(new QLabel(tr("f(x)"), this));
    subplotRow->addWidget(m_derivative);
    subplotRow->addWidget(m_second);
    subplotRow->addStretch();

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setToolTip(tr("Exports are light unless you choose otherwise, whatever the window uses"));
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    m_fontScale = new QDoubleSpinBox(this);
    m_fontScale->setRange(0.5, 3);
    m_fontScale->setSingleStep(0.1);
    m_fontScale->setValue(1);
    m_fontScale->setSuffix(QStringLiteral("×"));

    m_title = new QLineEdit(spec.title, this);
    m_xLabel = new QLineEdit(spec.xLabel, this);
    m_yLabel = new QLineEdit(spec.yLabel, this);

    m_result = new QLabel(this);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&File:"), m_path, this), pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(buddyLabel(tr("&Size:"), m_width, this), sizeRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("PNG s&cale:"), m_scale);
    form->addRow(tr("Subplots:"), subplotRow);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("Fo&nt scale:"), m_fontScale);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&x label:"), m_xLabel);
    form->addRow(tr("&y label:"), m_yLabel);
    form->addRow(tr("Result:"), m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Wide enough for a path such as /home/someone/Documents/lecture/figures/relu-variants.png.
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(QString(64, u'n')));

    loadSettings();

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's extension in step with the format.
        const QString path = m_path->text();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            const QString base =
                info.completeBaseName().isEmpty() ? defaultFileName(m_spec) : info.completeBaseName();
            const QString dir = info.path() == QLatin1String(".") && !path.contains(QLatin1Char('/'))
                                    ? QString()
                                    : info.path() + QLatin1Char('/');
            m_path->setText(dir + base + QLatin1Char('.') + exportFormatName(format()));
        }
        updateState();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const auto f = exportFormatForPath(text); f && isDrawing(*f) && *f != format()) setFormat(*f);
        updateState();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::onUnitChanged);
    for (auto* box : {m_width, m_height, m_scale, m_fontScale})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    updateState();
}

ExportFormat ExportDialog::format() const {
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

FigureSpec ExportDialog::exportSpec() const {
    FigureSpec spec = m_spec;
    if (!spec.gallery) {
        spec.showDerivative = m_derivative->isChecked() || m_second->isChecked();
        spec.showSecond = m_second->isChecked();
    }
    spec.title = m_title->text();
    spec.xLabel = m_xLabel->text();
    spec.yLabel = m_yLabel->text();
    const ExportOptions options = exportOptions();
    spec.sizePx = options.sizePx;
    return spec;
}

ExportOptions ExportDialog::exportOptions() const {
    ExportOptions options;
    const Unit unit = static_cast<Unit>(m_unit->currentData().toInt());
    const double toPx = kLogicalDpi / unitsPerInch(unit);
    options.sizePx = QSize(static_cast<int>(std::lround(m_width->value() * toPx)),
                           static_cast<int>(std::lround(m_height->value() * toPx)));
    if (unit == Unit::Pixels) {
        options.scale = m_scale->value();
        options.dpi = kLogicalDpi * options.scale; // prints at the same physical size whatever the scale
    } else {
        options.dpi = m_dpi->value();
        // The PNG gets exactly width × dpi pixels across (the logical size is rounded to whole pixels).
        const double targetWidth = std::round(m_width->value() / unitsPerInch(unit) * options.dpi);
        options.scale =
            options.sizePx.width() > 0 ? targetWidth / options.sizePx.width() : options.dpi / kLogicalDpi;
    }
    options.theme = Theme::byName(m_theme->currentData().toString());
    options.transparent = m_transparent->isChecked();
    options.fontScale = m_fontScale->value();
    return options;
}

QString ExportDialog::resultingSizeText() const {
    const ExportOptions options = exportOptions();
    const Unit unit = static_cast<Unit>(m_unit->currentData().toInt());
    const QSize px = options.sizePx;
    if (format() == ExportFormat::Png) {
        const QSize out(static_cast<int>(std::lround(px.width() * options.scale)),
                        static_cast<int>(std::lround(px.height() * options.scale)));
        if (unit == Unit::Pixels)
            return options.scale == 1 ? tr("%1 × %2 px").arg(out.width()).arg(out.height())
                                      : tr("%1 × %2 px (%3 × %4 at %5×)")
                                            .arg(out.width())
                                            .arg(out.height())
                                            .arg(px.width())
                                            .arg(px.height())
                                            .arg(number(options.scale));
        return tr("%1 × %2 px (%3 × %4 %5 at %6 dpi)")
            .arg(out.width())
            .arg(out.height())
            .arg(number(m_width->value()), number(m_height->value()), unitSymbol(unit))
            .arg(options.dpi);
    }
    const double cmW = px.width() / kLogicalDpi * 2.54, cmH = px.height() / kLogicalDpi * 2.54;
    if (unit == Unit::Pixels)
        return tr("%1 × %2 px = %3 × %4 cm at 96 dpi")
            .arg(px.width())
            .arg(px.height())
            .arg(number(cmW), number(cmH));
    return tr("%1 × %2 %3 (%4 × %5 px at 96 dpi)")
        .arg(number(m_width->value()), number(m_height->value()), unitSymbol(unit))
        .arg(px.width())
        .arg(px.height());
}

void ExportDialog::setPath(const QString& path) {
    m_path->setText(path);
    if (const auto f = exportFormatForPath(path); f && isDrawing(*f)) setFormat(*f);
    updateState();
}

void ExportDialog::setFormat(ExportFormat format) {
    const int index = m_format->findData(static_cast<int>(format));
    if (index >= 0) m_format->setCurrentIndex(index);
}

void ExportDialog::setUnit(Unit unit) {
    const int index = m_unit->findData(static_cast<int>(unit));
    if (index >= 0) m_unit->setCurrentIndex(index);
}

void ExportDialog::setSize(double width, double height) {
    m_width->setValue(width);
    m_height->setValue(height);
}

void ExportDialog::setDpi(int dpi) {
    m_dpi->setValue(dpi);
}

void ExportDialog::setScale(double scale) {
    m_scale->setValue(scale);
}

void ExportDialog::onUnitChanged() {
    // Convert the numbers so that the figure keeps its size.
    const Unit unit = static_cast<Unit>(m_unit->currentData().toInt());
    const double factor = unitsPerInch(unit) / unitsPerInch(m_lastUnit);
    const int decimals = unit == Unit::Pixels ? 0 : 2;
    const double w = m_width->value() * factor, h = m_height->value() * factor;
    for (auto* box : {m_width, m_height}) {
        box->setDecimals(decimals);
        box->setRange(unit == Unit::Pixels ? 16 : 0.5, unit == Unit::Pixels ? 20000 : 200);
        box->setSingleStep(unit == Unit::Pixels ? 10 : 0.5);
    }
    m_width->setValue(w);
    m_height->setValue(h);
    m_lastUnit = unit;
    updateState();
}

void ExportDialog::updateState() {
    const bool png = format() == ExportFormat::Png;
    const bool pixels = static_cast<Unit>(m_unit->currentData().toInt()) == Unit::Pixels;
    m_scale->setEnabled(png && pixels);
    m_dpi->setEnabled(png && !pixels);
    m_result->setText(resultingSizeText());
}

void ExportDialog::browse() {
    const QString filter = format() == ExportFormat::Png   ? tr("PNG images (*.png)")
                           : format() == ExportFormat::Svg ? tr("SVG drawings (*.svg)")
                                                           : tr("PDF documents (*.pdf)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Figure"), path(),
                                                        filter + QStringLiteral(";;") + tr("All files (*)"));
    if (!chosen.isEmpty()) setPath(chosen);
}

void ExportDialog::loadSettings() {
    QSettings settings;
    settings.beginGroup(kGroup);
    setFormat(static_cast<ExportFormat>(
        settings.value(QStringLiteral("format"), static_cast<int>(ExportFormat::Png)).toInt()));
    const Unit unit =
        static_cast<Unit>(settings.value(QStringLiteral("unit"), static_cast<int>(Unit::Pixels)).toInt());
    m_lastUnit = Unit::Pixels;
    m_width->setValue(m_spec.sizePx.width());
    m_height->setValue(m_spec.sizePx.height());
    if (unit != Unit::Pixels) {
        setUnit(unit);
        onUnitChanged();
        // A physical size is remembered (slides and papers have fixed sizes); a pixel size comes from the
        // figure.
        if (settings.contains(QStringLiteral("width")))
            setSize(settings.value(QStringLiteral("width")).toDouble(),
                    settings.value(QStringLiteral("height")).toDouble());
    }
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 300).toInt());
    m_scale->setValue(settings.value(QStringLiteral("scale"), 1.0).toDouble());
    const int theme =
        m_theme->findData(settings.value(QStringLiteral("theme"), QStringLiteral("light")).toString());
    m_theme->setCurrentIndex(theme >= 0 ? theme : 0);
    m_transparent->setChecked(settings.value(QStringLiteral("transparent"), false).toBool());
    m_fontScale->setValue(settings.value(QStringLiteral("fontScale"), 1.0).toDouble());
    const QString dir = settings.value(QStringLiteral("directory"), QDir::homePath()).toString();
    m_path->setText(
        QDir(dir).filePath(defaultFileName(m_spec) + QLatin1Char('.') + exportFormatName(format())));
    settings.endGroup();
}

void ExportDialog::saveSettings() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("format"), static_cast<int>(format()));
    const Unit unit = static_cast<Unit>(m_unit->currentData().toInt());
    settings.setValue(QStringLiteral("unit"), static_cast<int>(unit));
    if (unit != Unit::Pixels) {
        settings.setValue(QStringLiteral("width"), m_width->value());
        settings.setValue(QStringLiteral("height"), m_height->value());
    }
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("scale"), m_scale->value());
    settings.setValue(QStringLiteral("theme"), m_theme->currentData().toString());
    settings.setValue(QStringLiteral("transparent"), m_transparent->isChecked());
    settings.setValue(QStringLiteral("fontScale"), m_fontScale->value());
    settings.setValue(QStringLiteral("directory"), QFileInfo(path()).absolutePath());
    settings.endGroup();
}

bool ExportDialog::exportNow() {
    QString error;
    if (path().isEmpty())
        error = tr("Choose a file name first.");
    else if (const auto f = exportFormatForPath(path()); !f || *f != format())
        error = tr("The file name %1 must end in .%2.").arg(path(), exportFormatName(format()));
    else if (exportFigure(exportSpec(), path(), format(), exportOptions(), &error)) {
        saveSettings();
        return true;
    }
    QMessageBox::critical(this, tr("Export Figure"), error);
    return false;
}

void ExportDialog::accept() {
    if (exportNow()) QDialog::accept();
}

bool showExportDialog(QWidget* parent, const FigureSpec& spec) {
    ExportDialog dialog(spec, parent);
    return dialog.exec() == QDialog::Accepted;
}

namespace {

/// Asks for a path in the remembered export directory (`suffix` added to the figure's default name) and
/// writes render() there atomically; errors in a message box titled `title`.
bool saveExportedFile(QWidget* parent, const FigureSpec& spec, const QString& title, const QString& suffix,
                      const QString& filter, const std::function<QByteArray()>& render) {
    QSettings settings;
    const QString dir = settings.value(kGroup + QStringLiteral("/directory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(dir).filePath(defaultFileName(spec) + suffix), filter);
    if (path.isEmpty()) return false;
    QString error;
    if (!writeFileAtomically(path, render(), &error)) {
        QMessageBox::critical(parent, title, error);
        return false;
    }
    settings.setValue(kGroup + QStringLiteral("/directory"), QFileInfo(path).absolutePath());
    return true;
}

} // namespace

bool showExportDataDialog(QWidget* parent, const FigureSpec& spec) {
    return saveExportedFile(parent, spec, QObject::tr("Export Data"), QStringLiteral(".csv"),
                            QObject::tr("CSV files (*.csv)"), [&] { return renderCsv(spec, 0); });
}

bool showExportPythonDialog(QWidget* parent, const FigureSpec& spec) {
    return saveExportedFile(parent, spec, QObject::tr("Export as Python Script"), QStringLiteral(".py"),
                            QObject::tr("Python scripts (*.py)"),
                            [&] { return renderPythonScript(spec, rememberedExportOptions(spec.sizePx)); });
}

ExportOptions rememberedExportOptions(const QSize& sizePx) {
    QSettings settings;
    settings.beginGroup(kGroup);
    ExportOptions options;
    options.sizePx = sizePx;
    options.theme =
        Theme::byName(settings.value(QStringLiteral("theme"), QStringLiteral("light")).toString());
    options.transparent = settings.value(QStringLiteral("transparent"), false).toBool();
    options.fontScale = settings.value(QStringLiteral("fontScale"), 1.0).toDouble();
    options.scale = settings.value(QStringLiteral("scale"), 1.0).toDouble();
    return options;
}

} // namespace actlab::plot
