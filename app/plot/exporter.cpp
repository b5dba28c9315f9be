// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "curvelabel.h"
#include "plotfigure.h"

#include "actlab/catalogue.hpp"
#include "actlab/sampling.hpp"

#include <qcustomplot.h>

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace actlab::plot {

namespace {

constexpr double kSvgDpi = 96;

/// An offscreen QCustomPlot of the export size with the figure drawn on it.
struct OffscreenFigure {
    QCustomPlot plot;
    PlotFigure figure{&plot};

    OffscreenFigure(const FigureSpec& spec, const ExportOptions& options, double samplesPerPixel, bool clip)
    {
        const QSize size = options.sizePx.isValid() ? options.sizePx : spec.sizePx;
        plot.resize(size);
        plot.setAttribute(Qt::WA_DontShowOnScreen);
        figure.setSampleDensity(samplesPerPixel);
        figure.setClipToAxisRects(clip);
        figure.setFontScale(options.fontScale);
        figure.setTheme(options.theme);
        figure.setSpec(spec);
        if (options.transparent) {
            plot.setBackground(Qt::NoBrush);
            for (auto* rect : plot.axisRects())
                rect->setBackground(Qt::NoBrush);
        }
    }
};

QSize exportSize(const FigureSpec& spec, const ExportOptions& options)
{
    return options.sizePx.isValid() && !options.sizePx.isEmpty() ? options.sizePx : spec.sizePx;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QByteArray renderPng(const FigureSpec& spec, const ExportOptions& options)
{
    const double scale = std::clamp(options.scale, 0.25, 8.0);
    OffscreenFigure f(spec, options, 2 * std::max(1.0, scale), false);
    const QSize size = exportSize(spec, options);
    QImage image = f.plot.toPixmap(size.width(), size.height(), scale).toImage();
    const double dpi = options.dpi > 0 ? options.dpi : 96;
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(const FigureSpec& spec, const ExportOptions& options)
{
    OffscreenFigure f(spec, options, 2, true);
    const QSize size = exportSize(spec, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(static_cast<int>(kSvgDpi));
    generator.setTitle(spec.title.isEmpty() ? QStringLiteral("ActLab figure") : spec.title);
    generator.setDescription(QStringLiteral("Made with ActLab"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return {};
    painter.setMode(QCPPainter::pmVectorized);
    f.plot.toPainter(&painter, size.width(), size.height());
    painter.end();
    buffer.close();
    // QSvgGenerator states the size in millimetres (rounded); pixels say exactly what was asked for.
    static const QRegularExpression sizeAttributes(QStringLiteral(R"(<svg width="[^"]*" height="[^"]*")"));
    QString text = QString::fromUtf8(bytes);
    text.replace(sizeAttributes, QStringLiteral(R"(<svg width="%1px" height="%2px")").arg(size.width()).arg(size.height()));
    return text.toUtf8();
}

QByteArray renderPdf(const FigureSpec& spec, const ExportOptions& options)
{
    OffscreenFigure f(spec, options, 2, false);
    const QSize size = exportSize(spec, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(static_cast<int>(kSvgDpi));
        writer.setCreator(QStringLiteral("ActLab"));
        writer.setTitle(spec.title);
        const QSizeF points(size.width() * 72.0 / kSvgDpi, size.height() * 72.0 / kSvgDpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QCPPainter painter;
        if (!painter.begin(&writer))
            return {};
        painter.setMode(QCPPainter::pmVectorized);
        painter.setWindow(QRect(QPoint(0, 0), size));
        f.plot.toPainter(&painter, size.width(), size.height());
        painter.end();
    }
    return bytes;
}

QByteArray renderCsv(const FigureSpec& spec, int points)
{
    const int count = points >= 2 ? points : (spec.points >= 2 ? spec.points : 1001);
    struct Column {
        const actlab::Activation* activation;
        std::vector<double> params;
        QString label;
    };
    std::vector<Column> columns;
    std::vector<actlab::Kink> kinks;
    for (const auto& curve : spec.curves) {
        const auto* activation = actlab::findActivation(curve.id.toStdString());
        if (!activation || !curve.visible)
            continue;
        Column column{activation, curve.params.empty() ? activation->defaults() : curve.params, curveLabel(curve)};
        const auto k = activation->kinks(column.params);
        kinks.insert(kinks.end(), k.begin(), k.end());
        columns.push_back(std::move(column));
    }
    const std::vector<double> x =
        actlab::sampleGrid(spec.xMin, spec.xMax, static_cast<std::size_t>(count), kinks);
    QByteArray out;
    QString header = QStringLiteral("x");
    for (const auto& column : columns)
        for (const char* suffix : {"f", "f'", "f''"})
            header += QLatin1Char(',') + csvField(column.label + QStringLiteral(": ") + QLatin1String(suffix));
    out += header.toUtf8() + '\n';
    std::vector<std::vector<double>> values(columns.size() * 3, std::vector<double>(x.size()));
    for (std::size_t c = 0; c < columns.size(); ++c)
        columns[c].activation->evaluate(columns[c].params, x, values[3 * c], values[3 * c + 1], values[3 * c + 2]);
    out.reserve(static_cast<qsizetype>(x.size() * (columns.size() * 3 + 1) * 20));
    for (std::size_t i = 0; i < x.size(); ++i) {
        out += actlab::formatNumber(x[i]).c_str();
        for (const auto& column : values) {
            out += ',';
            out += actlab::formatNumber(column[i]).c_str();
        }
        out += '\n';
    }
    return out;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& reason) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
        return false;
    };
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.exists())
        return fail(QStringLiteral("directory %1 does not exist").arg(dir.filePath()));
    if (!dir.isDir())
        return fail(QStringLiteral("%1 is not a directory").arg(dir.filePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool exportFigure(const FigureSpec& spec, const QString& path, ExportFormat format, const ExportOptions& options,
                  QString* error)
{
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Png:
        bytes = renderPng(spec, options);
        break;
    case ExportFormat::Svg:
        bytes = renderSvg(spec, options);
        break;
    case ExportFormat::Pdf:
        bytes = renderPdf(spec, options);
        break;
    case ExportFormat::Csv:
        bytes = renderCsv(spec, options.csvPoints);
        break;
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot write %1: rendering the %2 failed").arg(path, exportFormatName(format));
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

QMimeData* figureMimeData(const FigureSpec& spec, const ExportOptions& options)
{
    auto* mime = new QMimeData;
    const QByteArray png = renderPng(spec, options);
    mime->setData(QStringLiteral("image/png"), png);
    mime->setImageData(QImage::fromData(png, "PNG"));
    mime->setData(QStringLiteral("image/svg+xml"), renderSvg(spec, options));
    return mime;
}

void copyFigureToClipboard(const FigureSpec& spec, const ExportOptions& options)
{
    if (auto* clipboard = QGuiApplication::clipboard())
        clipboard->setMimeData(figureMimeData(spec, options));
}

} // namespace actlab::plot
