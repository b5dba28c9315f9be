// SPDX-License-Identifier: GPL-3.0-or-later
// The exporters in process: PNG pixel size for several sizes and scales (and lines that get thicker,
// not blurred), SVG parsed as XML (vector elements, no raster, <text>, declared size, every curve
// coordinate inside its axis rectangle for a zoomed y range), PDF header and page size, and atomic
// writes that leave nothing behind on failure.
#include "plot/exporter.hpp"
#include "plot/plot_figure.hpp"
#include "plot/presets.hpp"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTransform>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

namespace {

using actlab::plot::ExportFormat;
using actlab::plot::ExportOptions;
using actlab::plot::FigureSpec;

FigureSpec figure2() {
    auto spec = actlab::plot::preset(QStringLiteral("relu-variants"));
    EXPECT_TRUE(spec);
    return spec.value_or(FigureSpec{});
}

ExportOptions optionsFor(const FigureSpec& spec) {
    ExportOptions options;
    options.sizePx = spec.sizePx;
    return options;
}

TEST(PngExport, PixelSizeIsSizeTimesScale) {
    struct Case {
        QSize size;
        double scale;
        QSize expected;
    };
    const Case cases[] = {
        {{1000, 600}, 1, {1000, 600}},  {{640, 480}, 2, {1280, 960}},  {{300, 200}, 3, {900, 600}},
        {{800, 450}, 1.5, {1200, 675}}, {{400, 400}, 4, {1600, 1600}},
    };
    const auto spec = figure2();
    for (const auto& c : cases) {
        ExportOptions options;
        options.sizePx = c.size;
        options.scale = c.scale;
        const QImage image = QImage::fromData(actlab::plot::renderPng(spec, options), "PNG");
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), c.expected) << c.size.width() << "x" << c.size.height() << " at " << c.scale;
    }
}

/// How many pixels of PReLU's pure-red pen one image column holds (antialiased edges count partly).
double redCoverageInColumn(const QImage& image, int x) {
    double coverage = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QColor c = image.pixelColor(x, y);
        if (c.red() > 200 && c.red() - c.green() > 30 && std::abs(c.green() - c.blue()) < 30)
            coverage += (255.0 - c.green()) / 255.0;
    }
    return coverage;
}

TEST(PngExport, ScaleThickensLinesInsteadOfBlurring) {
    const auto spec = figure2();
    ExportOptions one = optionsFor(spec);
    ExportOptions two = one;
    two.scale = 2;
    const QImage a = QImage::fromData(actlab::plot::renderPng(spec, one), "PNG");
    const QImage b = QImage::fromData(actlab::plot::renderPng(spec, two), "PNG");
    // A quarter of the way in (x ≈ -3) only PReLU is red; its 2 px pen at slope 0.25 covers
    // 2·sqrt(1 + slope²) ≈ 2 px of a column at scale 1 (slope in pixels differs a little: allow 1.5–3).
    const double cover1 = redCoverageInColumn(a, a.width() / 4);
    const double cover2 = redCoverageInColumn(b, b.width() / 4);
    EXPECT_GT(cover1, 1.5);
    EXPECT_LT(cover1, 3.0);
    EXPECT_NEAR(cover2 / cover1, 2.0, 0.3);
}

TEST(PngExport, WritesTheRequestedDpi) {
    const auto spec = figure2();
    ExportOptions options = optionsFor(spec);
    options.dpi = 300;
    const QImage image = QImage::fromData(actlab::plot::renderPng(spec, options), "PNG");
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300, 0.1);
}

TEST(PngExport, TransparentBackground) {
    const auto spec = figure2();
    ExportOptions options = optionsFor(spec);
    options.transparent = true;
    const QImage image = QImage::fromData(actlab::plot::renderPng(spec, options), "PNG");
    EXPECT_TRUE(image.hasAlphaChannel());
    EXPECT_EQ(image.pixelColor(1, 1).alpha(), 0);
    options.transparent = false;
    const QImage opaque = QImage::fromData(actlab::plot::renderPng(spec, options), "PNG");
    EXPECT_EQ(opaque.pixelColor(1, 1), QColor(Qt::white)); // light export theme by default
}

/// Walks an SVG written by QSvgGenerator: every <polyline> and <path> point, mapped through the
/// transforms of its <g> ancestors, with the stroke colour in force.
struct SvgSummary {
    QString width, height, viewBox;
    int polylines = 0;
    int paths = 0;
    int images = 0;
    QStringList texts;
    std::vector<double> textPx;                             ///< font-size of each <text>
    std::vector<std::pair<QString, QPointF>> strokedPoints; ///< (stroke colour, point)
};

QTransform parseTransform(const QString& text) {
    static const QRegularExpression matrix(
        QStringLiteral(R"(matrix\(([^,]+),([^,]+),([^,]+),([^,]+),([^,]+),([^)]+)\))"));
    const auto m = matrix.match(text);
    if (!m.hasMatch()) return {};
    return QTransform(m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                      m.captured(4).toDouble(), m.captured(5).toDouble(), m.captured(6).toDouble());
}

SvgSummary readSvg(const QByteArray& svg) {
    SvgSummary s;
    QXmlStreamReader xml(svg);
    struct Frame {
        QTransform transform;
        QString stroke;
    };
    std::vector<Frame> stack{{QTransform(), QStringLiteral("none")}};
    static const QRegularExpression number(QStringLiteral(R"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            const auto name = xml.name();
            Frame frame = stack.back();
            if (attrs.hasAttribute(QStringLiteral("transform")))
                frame.transform = parseTransform(attrs.value(QStringLiteral("transform")).toString()) *
                                  stack.back().transform;
            if (attrs.hasAttribute(QStringLiteral("stroke")))
                frame.stroke = attrs.value(QStringLiteral("stroke")).toString();
            stack.push_back(frame);
            if (name == QLatin1String("svg")) {
                s.width = attrs.value(QStringLiteral("width")).toString();
                s.height = attrs.value(QStringLiteral("height")).toString();
                s.viewBox = attrs.value(QStringLiteral("viewBox")).toString();
            } else if (name == QLatin1String("image")) {
                ++s.images;
            } else if (name == QLatin1String("text")) {
                s.textPx.push_back(attrs.value(QStringLiteral("font-size")).toDouble());
                s.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                stack.pop_back();
            } else if (name == QLatin1String("polyline") || name == QLatin1String("path")) {
                const QString data = attrs
                                         .value(name == QLatin1String("polyline") ? QStringLiteral("points")
                                                                                  : QStringLiteral("d"))
                                         .toString();
                (name == QLatin1String("polyline") ? s.polylines : s.paths)++;
                std::vector<double> values;
                for (auto it = number.globalMatch(data); it.hasNext();)
                    values.push_back(it.next().captured().toDouble());
                for (std::size_t i = 0; i + 1 < values.size(); i += 2)
                    s.strokedPoints.emplace_back(frame.stroke,
                                                 frame.transform.map(QPointF(values[i], values[i + 1])));
            }
        } else if (xml.isEndElement()) {
            stack.pop_back();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return s;
}

/// The axis rectangle of order 0 as the exporter lays it out: same widget size, same spec.
QRect layoutRect(const FigureSpec& spec, const QSize& size) {
    QCustomPlot plot;
    plot.resize(size);
    actlab::plot::PlotFigure figure(&plot);
    figure.setSpec(spec);
    plot.toPixmap(size.width(), size.height()); // lays the figure out
    return figure.axisRect(0)->rect();
}

TEST(SvgExport, VectorTextAndDeclaredSize) {
    auto spec = figure2();
    const auto s = readSvg(actlab::plot::renderSvg(spec, optionsFor(spec)));
    EXPECT_EQ(s.width, QStringLiteral("1000px"));
    EXPECT_EQ(s.height, QStringLiteral("600px"));
    EXPECT_EQ(s.viewBox, QStringLiteral("0 0 1000 600"));
    EXPECT_GT(s.polylines, 10);
    EXPECT_EQ(s.images, 0);
    EXPECT_TRUE(s.texts.contains(QStringLiteral("ReLU vs Leaky ReLU vs PReLU")));
    // One <text> per label, although Qt writes the Latin and Greek runs separately.
    EXPECT_TRUE(s.texts.contains(QString::fromUtf8("Leaky ReLU (α=0.1)")));
    EXPECT_TRUE(s.texts.contains(QString::fromUtf8("PReLU (α=0.25)")));
    EXPECT_TRUE(s.texts.contains(QStringLiteral("f(x)")));
    // Text at 96 dpi like the PNG: the 14 pt title is 14 * 96 / 72 px.
    const qsizetype title = s.texts.indexOf(QStringLiteral("ReLU vs Leaky ReLU vs PReLU"));
    ASSERT_GE(title, 0);
    EXPECT_NEAR(s.textPx[static_cast<std::size_t>(title)], 14.0 * 96 / 72, 0.01);
}

TEST(SvgExport, CurvesStayInsideTheirAxisRectWhenYIsZoomed) {
    auto spec = figure2();
    spec.yRange[0] = actlab::plot::Range(-0.4, 0.6); // ReLU leaves it at x = 0.6, PReLU at x = -1.6
    spec.xMin = -3;
    spec.xMax = 3;
    actlab::plot::CurveSpec silu; // a curved one too: straight lines are drawn with few points
    silu.id = QStringLiteral("silu");
    silu.color = QColor(0xaa, 0x00, 0xaa);
    spec.curves.push_back(silu);
    const QSize size(900, 500);
    ExportOptions options;
    options.sizePx = size;
    const auto s = readSvg(actlab::plot::renderSvg(spec, options));
    const QRect rect = layoutRect(spec, size);
    ASSERT_GT(rect.width(), 100);
    const QStringList curveStrokes = {QStringLiteral("#0000ff"), QStringLiteral("#008000"),
                                      QStringLiteral("#ff0000"), QStringLiteral("#aa00aa")};
    int checked = 0;
    double maxY = -1e9, minY = 1e9;
    for (const auto& [stroke, p] : s.strokedPoints) {
        if (!curveStrokes.contains(stroke)) continue;
        ++checked;
        // QCustomPlot maps the upper end of a range to rect.top() - 1: allow that one pixel.
        EXPECT_GE(p.x(), rect.left() - 1.0) << stroke.toStdString();
        EXPECT_LE(p.x(), rect.right() + 1.0) << stroke.toStdString();
        EXPECT_GE(p.y(), rect.top() - 1.0) << stroke.toStdString() << " y=" << p.y();
        EXPECT_LE(p.y(), rect.bottom() + 1.0) << stroke.toStdString() << " y=" << p.y();
        maxY = std::max(maxY, p.y());
        minY = std::min(minY, p.y());
    }
    EXPECT_GT(checked, 30);
    // The curves do reach both edges: the clipping is what kept them inside.
    EXPECT_LT(minY, rect.top() + 2.0);
    EXPECT_GT(maxY, rect.bottom() - 2.0);
}

TEST(PdfExport, HeaderAndPageSize) {
    auto spec = figure2();
    const QByteArray pdf = actlab::plot::renderPdf(spec, optionsFor(spec));
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    // 1000 x 600 px at 96 dpi = 750 x 450 pt.
    static const QRegularExpression mediaBox(
        QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
    const auto m = mediaBox.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(m.hasMatch());
    EXPECT_NEAR(m.captured(1).toDouble(), 750, 0.5);
    EXPECT_NEAR(m.captured(2).toDouble(), 450, 0.5);
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_FALSE(pdf.contains("/Subtype /Image")); // vector: no embedded raster
    EXPECT_TRUE(pdf.contains("/FontFile2"));       // text as text, with its font embedded
}

TEST(AtomicWrite, FailuresLeaveNoFileAndNameThePath) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto spec = figure2();
    const auto options = optionsFor(spec);

    const QString missing = dir.filePath(QStringLiteral("no-such-dir/fig.png"));
    QString error;
    EXPECT_FALSE(actlab::plot::exportFigure(spec, missing, ExportFormat::Png, options, &error));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(missing));

    const QString regular = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(regular);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString underFile = regular + QStringLiteral("/fig.svg");
    EXPECT_FALSE(actlab::plot::exportFigure(spec, underFile, ExportFormat::Svg, options, &error));
    EXPECT_TRUE(error.contains(underFile)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(underFile));

    // A good write leaves exactly the file: no temporary beside it.
    const QString good = dir.filePath(QStringLiteral("fig.pdf"));
    EXPECT_TRUE(actlab::plot::exportFigure(spec, good, ExportFormat::Pdf, options, &error))
        << error.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              (QStringList{QStringLiteral("fig.pdf"), QStringLiteral("plain-file")}));
}

TEST(Clipboard, FigureAsPngAndSvg) {
    auto spec = figure2();
    ExportOptions options;
    options.sizePx = QSize(640, 400);
    std::unique_ptr<QMimeData> mime(actlab::plot::figureMimeData(spec, options));
    EXPECT_TRUE(mime->hasImage());
    EXPECT_EQ(QImage::fromData(mime->data(QStringLiteral("image/png")), "PNG").size(), QSize(640, 400));
    const QByteArray svg = mime->data(QStringLiteral("image/svg+xml"));
    EXPECT_TRUE(svg.contains("<svg width=\"640px\" height=\"400px\""));
}

TEST(ExportFormat, ByExtension) {
    EXPECT_EQ(actlab::plot::exportFormatForPath(QStringLiteral("a/b.PNG")), ExportFormat::Png);
    EXPECT_EQ(actlab::plot::exportFormatForPath(QStringLiteral("b.svg")), ExportFormat::Svg);
    EXPECT_EQ(actlab::plot::exportFormatForPath(QStringLiteral("b.pdf")), ExportFormat::Pdf);
    EXPECT_EQ(actlab::plot::exportFormatForPath(QStringLiteral("b.csv")), ExportFormat::Csv);
    EXPECT_EQ(actlab::plot::exportFormatForPath(QStringLiteral("fig.Py")), ExportFormat::Python);
    EXPECT_FALSE(actlab::plot::exportFormatForPath(QStringLiteral("b.jpg")));
    EXPECT_FALSE(actlab::plot::exportFormatForPath(QStringLiteral("png")));
}

} // namespace
