// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog, offscreen and never shown: unit conversion, the resulting size it announces, the
// edited figure it exports, the file it writes, and the settings it remembers.
#include "plot/export_dialog.hpp"
#include "plot/presets.hpp"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>

namespace {

using actlab::plot::ExportDialog;
using actlab::plot::ExportFormat;

actlab::plot::FigureSpec figure3() {
    return actlab::plot::preset(QStringLiteral("relu-variants-derivatives"))
        .value_or(actlab::plot::FigureSpec{});
}

class ExportDialogTest : public ::testing::Test {
  protected:
    void SetUp() override { QSettings().remove(QStringLiteral("Export")); }
    void TearDown() override { QSettings().remove(QStringLiteral("Export")); }
};

TEST_F(ExportDialogTest, StartsFromTheFigureInLightTheme) {
    ExportDialog dialog(figure3());
    const auto options = dialog.exportOptions();
    EXPECT_EQ(options.sizePx, QSize(1000, 800));
    EXPECT_EQ(options.scale, 1.0);
    EXPECT_EQ(options.theme.name, QStringLiteral("light"));
    EXPECT_FALSE(options.transparent);
    EXPECT_EQ(dialog.format(), ExportFormat::Png);
    EXPECT_TRUE(dialog.path().endsWith(QStringLiteral("relu-variants-derivatives.png")));
    EXPECT_EQ(dialog.resultingSizeText(), QString::fromUtf8("1000 × 800 px"));
    EXPECT_EQ(dialog.exportSpec().derivatives(), 1);
}

TEST_F(ExportDialogTest, PixelsTimesScale) {
    ExportDialog dialog(figure3());
    dialog.setScale(2);
    EXPECT_EQ(dialog.resultingSizeText(), QString::fromUtf8("2000 × 1600 px (1000 × 800 at 2×)"));
    EXPECT_EQ(dialog.exportOptions().dpi, 192.0);
}

TEST_F(ExportDialogTest, CentimetresAtADpi) {
    ExportDialog dialog(figure3());
    dialog.setUnit(ExportDialog::Unit::Centimetres);
    dialog.setSize(16, 10);
    dialog.setDpi(300);
    const auto options = dialog.exportOptions();
    // 16 cm = 6.299 in: 604.7 px at 96 dpi, 1889.8 px at 300 dpi.
    EXPECT_EQ(options.sizePx, QSize(605, 378));
    EXPECT_EQ(options.dpi, 300.0);
    EXPECT_TRUE(dialog.resultingSizeText().startsWith(QString::fromUtf8("1890 × 118")))
        << dialog.resultingSizeText().toStdString();

    QTemporaryDir dir;
    dialog.setPath(dir.filePath(QStringLiteral("slide.png")));
    ASSERT_TRUE(dialog.exportNow());
    const QImage image(dir.filePath(QStringLiteral("slide.png")));
    EXPECT_EQ(image.width(), 1890);
    EXPECT_NEAR(image.height(), 1181, 1); // 10 cm at 300 dpi = 1181.1 px
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300, 0.1);
}

TEST_F(ExportDialogTest, SwitchingUnitsKeepsThePhysicalSize) {
    ExportDialog dialog(figure3());
    dialog.setUnit(ExportDialog::Unit::Inches);
    EXPECT_EQ(dialog.exportOptions().sizePx, QSize(1000, 800)); // 10.42 x 8.33 in at 96 dpi
    dialog.setUnit(ExportDialog::Unit::Pixels);
    EXPECT_EQ(dialog.exportOptions().sizePx, QSize(1000, 800));
}

TEST_F(ExportDialogTest, SvgPathSwitchesTheFormatAndEditsReachTheFigure) {
    ExportDialog dialog(figure3());
    QTemporaryDir dir;
    dialog.setPath(dir.filePath(QStringLiteral("fig.svg")));
    EXPECT_EQ(dialog.format(), ExportFormat::Svg);
    EXPECT_EQ(dialog.resultingSizeText(), QString::fromUtf8("1000 × 800 px = 26.46 × 21.17 cm at 96 dpi"));
    ASSERT_TRUE(dialog.exportNow());
    QFile file(dir.filePath(QStringLiteral("fig.svg")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg width=\"1000px\" height=\"800px\""));
}

TEST_F(ExportDialogTest, RemembersTheLastSettings) {
    {
        ExportDialog dialog(figure3());
        dialog.setFormat(ExportFormat::Pdf);
        dialog.setUnit(ExportDialog::Unit::Centimetres);
        dialog.setSize(12, 8);
        QTemporaryDir dir;
        dialog.setPath(dir.filePath(QStringLiteral("fig.pdf")));
        ASSERT_TRUE(dialog.exportNow());
    }
    ExportDialog again(figure3());
    EXPECT_EQ(again.format(), ExportFormat::Pdf);
    EXPECT_EQ(again.exportOptions().sizePx, QSize(454, 302)); // 12 x 8 cm at 96 dpi
}

} // namespace
