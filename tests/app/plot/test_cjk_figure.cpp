// SPDX-License-Identifier: GPL-3.0-or-later
// Figures with Chinese titles and labels (issue 9, item 4): the PNG draws the glyphs (a CJK font is
// found, fonts-noto-cjk on Debian) instead of empty boxes, the SVG keeps the text as text, and the PDF
// embeds a CJK font. Without the font every Chinese character would come out as the same box as an
// unassigned code point, which is what the PNG test compares against.
#include "plot/exporter.hpp"
#include "plot/presets.hpp"

#include <gtest/gtest.h>

#include <QImage>
#include <QRegularExpression>

namespace {

using actlab::plot::ExportOptions;
using actlab::plot::FigureSpec;

const QString kTitle = QStringLiteral("激活函数及其导数");
const QString kXLabel = QStringLiteral("输入 x");
const QString kYLabel = QStringLiteral("输出 f(x)");

FigureSpec chineseFigure(const QString& title) {
    auto spec = actlab::plot::preset(QStringLiteral("relu-variants")).value_or(FigureSpec{});
    spec.title = title;
    spec.xLabel = kXLabel;
    spec.yLabel = kYLabel;
    return spec;
}

ExportOptions options() {
    ExportOptions o;
    o.sizePx = {800, 500};
    return o;
}

/// Pixels of the top band (the title's row) that differ from the background at the top-left corner.
int inkInTitleBand(const QImage& image) {
    const QRgb background = image.pixel(1, 1);
    int ink = 0;
    for (int y = 0; y < image.height() / 10; ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background) ++ink;
    return ink;
}

TEST(ChineseFigure, PngDrawsTheGlyphsNotEmptyBoxes) {
    const QImage chinese = QImage::fromData(actlab::plot::renderPng(chineseFigure(kTitle), options()), "PNG");
    // As many unassigned code points (U+0378): every font draws its "missing glyph" box for them.
    const QImage boxes = QImage::fromData(
        actlab::plot::renderPng(chineseFigure(QString(kTitle.size(), QChar(0x0378))), options()), "PNG");
    ASSERT_FALSE(chinese.isNull());
    ASSERT_FALSE(boxes.isNull());
    const int ink = inkInTitleBand(chinese);
    EXPECT_GT(ink, 300) << "the Chinese title left almost no ink";
    // Missing CJK glyphs would be drawn exactly like the unassigned ones.
    QImage a = chinese.copy(0, 0, chinese.width(), chinese.height() / 10);
    QImage b = boxes.copy(0, 0, boxes.width(), boxes.height() / 10);
    EXPECT_NE(a, b) << "the Chinese title is drawn as empty boxes: no CJK font (Debian: fonts-noto-cjk)";
    EXPECT_NE(ink, inkInTitleBand(boxes));
}

TEST(ChineseFigure, SvgKeepsTheTextAsText) {
    const QString svg = QString::fromUtf8(actlab::plot::renderSvg(chineseFigure(kTitle), options()));
    for (const QString& text : {kTitle, kXLabel, kYLabel})
        EXPECT_TRUE(svg.contains(QRegularExpression(QStringLiteral("<text[^>]*>\\s*") +
                                                    QRegularExpression::escape(text.toHtmlEscaped()))))
            << qPrintable(text) << " is not a <text> element of the SVG";
}

TEST(ChineseFigure, PdfEmbedsACjkFont) {
    const QByteArray pdf = actlab::plot::renderPdf(chineseFigure(kTitle), options());
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    // Qt embeds the subset of every font it draws with, named in /FontName (e.g.
    // /AAAAAA+NotoSansCJKsc-Regular).
    const QRegularExpression cjkFont(QStringLiteral("/FontName\\s*/[A-Z]{6}\\+[^/\\s]*CJK"));
    EXPECT_TRUE(cjkFont.match(QString::fromLatin1(pdf)).hasMatch()) << "the PDF embeds no CJK font";
}

} // namespace
