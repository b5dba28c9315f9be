// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/exporter.hpp"

#include "plot/curve_label.hpp"
#include "plot/plot_figure.hpp"
#include "plot/python_export.hpp"

#include "actlab/catalogue.hpp"
#include "actlab/sampling.hpp"

#include <qcustomplot.h>

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
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

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace actlab::plot {

namespace {

constexpr double kSvgDpi = 96;

/// An offscreen QCustomPlot of the export size with the figure drawn on it.
struct OffscreenFigure {
    QCustomPlot plot;
    PlotFigure figure{&plot};

    OffscreenFigure(const FigureSpec& spec, const ExportOptions& options, double samplesPerPixel, bool clip) {
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

QSize exportSize(const FigureSpec& spec, const ExportOptions& options) {
    return options.sizePx.isValid() && !options.sizePx.isEmpty() ? options.sizePx : spec.sizePx;
}

void appendBigEndian(QByteArray& out, quint32 value) {
    out.append(static_cast<char>(value >> 24));
    out.append(static_cast<char>(value >> 16));
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value));
}

void appendChunk(QByteArray& out, const char* type, const QByteArray& data) {
    appendBigEndian(out, static_cast<quint32>(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(out.constData() + start),
                           static_cast<uInt>(out.size() - start));
    appendBigEndian(out, static_cast<quint32>(crc));
}

/// A PNG of `image` (RGB, or RGBA when it has an alpha channel), 8 bits per channel, no row filters,
/// zlib level 6, with the resolution in pHYs. Rows are converted and deflated one at a time. Qt's own
/// writer takes about three times as long for the same file size (libpng's adaptive filters), and
/// writing the PNG is a good part of a headless `actlab plot` run.
QByteArray encodePng(const QImage& source, double dpi) {
    const bool alpha = source.hasAlphaChannel();
    const QImage image = alpha ? source.convertToFormat(QImage::Format_RGBA8888)
                               : source.convertToFormat(QImage::Format_RGB32); // no copy when it is already
    const int width = image.width(), height = image.height();
    const qsizetype rowBytes = static_cast<qsizetype>(width) * (alpha ? 4 : 3);

    z_stream zs{};
    if (deflateInit(&zs, 6) != Z_OK) return {};
    QByteArray compressed;
    compressed.resize(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>((rowBytes + 1) * height))));
    zs.next_out = reinterpret_cast<Bytef*>(compressed.data());
    zs.avail_out = static_cast<uInt>(compressed.size());
    std::vector<unsigned char> row(static_cast<std::size_t>(rowBytes + 1));
    row[0] = 0; // filter type None
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        if (alpha) {
            std::memcpy(row.data() + 1, image.constScanLine(y), static_cast<std::size_t>(rowBytes));
        } else {
            const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            unsigned char* out = row.data() + 1;
            for (int x = 0; x < width; ++x) {
                *out++ = static_cast<unsigned char>(qRed(pixels[x]));
                *out++ = static_cast<unsigned char>(qGreen(pixels[x]));
                *out++ = static_cast<unsigned char>(qBlue(pixels[x]));
            }
        }
        zs.next_in = row.data();
        zs.avail_in = static_cast<uInt>(row.size());
        ok = deflate(&zs, y + 1 == height ? Z_FINISH : Z_NO_FLUSH) != Z_STREAM_ERROR && zs.avail_in == 0;
    }
    const bool finished = ok && zs.avail_out > 0;
    compressed.resize(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    if (!finished || height == 0) return {};

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(width));
    appendBigEndian(header, static_cast<quint32>(height));
    header.append(static_cast<char>(8));             // bits per channel
    header.append(static_cast<char>(alpha ? 6 : 2)); // RGBA or RGB
    header.append(3, '\0');                          // deflate, standard filters, no interlace
    appendChunk(png, "IHDR", header);
    QByteArray physical;
    const auto perMetre = static_cast<quint32>(std::lround(dpi / 0.0254));
    appendBigEndian(physical, perMetre);
    appendBigEndian(physical, perMetre);
    physical.append(static_cast<char>(1)); // unit: metre
    appendChunk(png, "pHYs", physical);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", {});
    return png;
}

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return ExportFormat::Png;
    if (suffix == QLatin1String("svg")) return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf")) return ExportFormat::Pdf;
    if (suffix == QLatin1String("csv")) return ExportFormat::Csv;
    if (suffix == QLatin1String("py")) return ExportFormat::Python;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Python:
        return QStringLiteral("py");
    }
    return {};
}

QImage renderPlotImage(QCustomPlot& plot, QSize size, const ExportOptions& options) {
    const double scale = std::clamp(options.scale, 0.25, 8.0);
    // What QCustomPlot::toPixmap does, into an image we keep (no pixmap-to-image copy).
    const QSize pixels(static_cast<int>(std::lround(size.width() * scale)),
                       static_cast<int>(std::lround(size.height() * scale)));
    QImage image(pixels, options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull()) return {};
    image.fill(options.transparent ? QColor(Qt::transparent) : options.theme.background);
    QCPPainter painter;
    if (!painter.begin(&image)) return {};
    painter.setMode(QCPPainter::pmNoCaching);
    if (scale > 1) painter.setMode(QCPPainter::pmNonCosmetic); // 1 px lines grow with the scale too
    painter.scale(scale, scale);
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
    return image;
}

QByteArray renderPlotPng(QCustomPlot& plot, QSize size, const ExportOptions& options) {
    const QImage image = renderPlotImage(plot, size, options);
    if (image.isNull()) return {};
    return encodePng(image, options.dpi > 0 ? options.dpi : 96);
}

QByteArray renderPlotSvg(QCustomPlot& plot, QSize size, const QString& title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(static_cast<int>(kSvgDpi));
    generator.setTitle(title.isEmpty() ? QStringLiteral("ActLab figure") : title);
    generator.setDescription(QStringLiteral("Made with ActLab"));
    QCPPainter painter;
    if (!painter.begin(&generator)) return {};
    painter.setMode(QCPPainter::pmVectorized);
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
    buffer.close();
    // QSvgGenerator states the size in millimetres (rounded); pixels say exactly what was asked for.
    static const QRegularExpression sizeAttributes(QStringLiteral(R"(<svg width="[^"]*" height="[^"]*")"));
    QString text = QString::fromUtf8(bytes);
    text.replace(sizeAttributes,
                 QStringLiteral(R"(<svg width="%1px" height="%2px")").arg(size.width()).arg(size.height()));
    // Qt writes one <text> per script run ("Leaky ReLU (" then "α=0.1)"), each at Qt's own x. Joined,
    // the label is one text object in Inkscape and no viewer can make the runs overlap or drift apart.
    static const QRegularExpression splitRun(QStringLiteral(
        R"re(<text ([^>]*?)x="([^"]*)" y="([^"]*)"([^>]*)>([^<]*)</text>\s*<text \1x="[^"]*" y="\3"\4>([^<]*)</text>)re"));
    for (qsizetype before = -1; before != text.size();) {
        before = text.size();
        text.replace(splitRun, QStringLiteral(R"re(<text \1x="\2" y="\3"\4>\5\6</text>)re"));
    }
    return text.toUtf8();
}

QByteArray renderPlotPdf(QCustomPlot& plot, QSize size, const QString& title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(static_cast<int>(kSvgDpi));
        writer.setCreator(QStringLiteral("ActLab"));
        writer.setTitle(title);
        const QSizeF points(size.width() * 72.0 / kSvgDpi, size.height() * 72.0 / kSvgDpi);
        writer.setPageLayout(
            QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QCPPainter painter;
        if (!painter.begin(&writer)) return {};
        painter.setMode(QCPPainter::pmVectorized);
        painter.setWindow(QRect(QPoint(0, 0), size));
        plot.toPainter(&painter, size.width(), size.height());
        painter.end();
    }
    return bytes;
}

QImage renderImage(const FigureSpec& spec, const ExportOptions& options) {
    OffscreenFigure f(spec, options, 2 * std::max(1.0, std::clamp(options.scale, 0.25, 8.0)), false);
    return renderPlotImage(f.plot, exportSize(spec, options), options);
}

QByteArray renderPng(const FigureSpec& spec, const ExportOptions& options) {
    const QImage image = renderImage(spec, options);
    if (image.isNull()) return {};
    return encodePng(image, options.dpi > 0 ? options.dpi : 96);
}

QByteArray renderSvg(const FigureSpec& spec, const ExportOptions& options) {
    OffscreenFigure f(spec, options, 2, true);
    return renderPlotSvg(f.plot, exportSize(spec, options), spec.title);
}

QByteArray renderPdf(const FigureSpec& spec, const ExportOptions& options) {
    OffscreenFigure f(spec, options, 2, false);
    return renderPlotPdf(f.plot, exportSize(spec, options), spec.title);
}

QByteArray renderCsv(const FigureSpec& spec, int points) {
    const int count = points >= 2 ? points : (spec.points >= 2 ? spec.points : 1001);
    struct Column {
        actlab::CurveFunction function;
        std::vector<double> params;
        QString label;
    };
    std::vector<Column> columns;
    std::vector<actlab::Kink> kinks;
    for (const auto& curve : spec.curves) {
        const auto function = functionOf(curve);
        if (!function || !curve.visible) continue;
        Column column{*function, curve.params.empty() ? function->defaults() : curve.params,
                      curveLabel(curve)};
        const auto k = function->kinks(column.params, spec.xMin, spec.xMax);
        kinks.insert(kinks.end(), k.begin(), k.end());
        columns.push_back(std::move(column));
    }
    const std::vector<double> x =
        actlab::sampleGrid(spec.xMin, spec.xMax, static_cast<std::size_t>(count), kinks);
    QByteArray out;
    QString header = QStringLiteral("x");
    for (const auto& column : columns)
        for (const char* suffix : {"f", "f'", "f''"})
            header +=
                QLatin1Char(',') + csvField(column.label + QStringLiteral(": ") + QLatin1String(suffix));
    out += header.toUtf8() + '\n';
    std::vector<std::vector<double>> values(columns.size() * 3, std::vector<double>(x.size()));
    for (std::size_t c = 0; c < columns.size(); ++c)
        columns[c].function.evaluate(columns[c].params, x, values[3 * c], values[3 * c + 1],
                                     values[3 * c + 2]);
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

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    auto fail = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("actlab::plot::Exporter", "cannot write %1: %2")
                         .arg(path, reason);
        return false;
    };
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.exists())
        return fail(QCoreApplication::translate("actlab::plot::Exporter", "directory %1 does not exist")
                        .arg(dir.filePath()));
    if (!dir.isDir())
        return fail(QCoreApplication::translate("actlab::plot::Exporter", "%1 is not a directory")
                        .arg(dir.filePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return fail(file.errorString());
    // A write the disk fills up part way returns short and sets no error (Qt reads it as success, and
    // commit() would then say "Unknown error"): write the rest, and that write fails with the system's
    // reason ("No space left on device"). Unbuffered, each write() reaches the file at once.
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return fail(reason);
        }
        written += n;
    }
    if (!file.commit()) return fail(file.errorString());
    return true;
}

bool exportFigure(const FigureSpec& spec, const QString& path, ExportFormat format,
                  const ExportOptions& options, QString* error) {
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
    case ExportFormat::Python:
        bytes = renderPythonScript(spec, options);
        break;
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("actlab::plot::Exporter",
                                                 "cannot write %1: rendering the %2 failed")
                         .arg(path, exportFormatName(format));
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

QMimeData* figureMimeData(const FigureSpec& spec, const ExportOptions& options) {
    auto* mime = new QMimeData;
    const QByteArray png = renderPng(spec, options);
    mime->setData(QStringLiteral("image/png"), png);
    mime->setImageData(QImage::fromData(png, "PNG"));
    mime->setData(QStringLiteral("image/svg+xml"), renderSvg(spec, options));
    return mime;
}

void copyFigureToClipboard(const FigureSpec& spec, const ExportOptions& options) {
    if (auto* clipboard = QGuiApplication::clipboard()) clipboard->setMimeData(figureMimeData(spec, options));
}

} // namespace actlab::plot
