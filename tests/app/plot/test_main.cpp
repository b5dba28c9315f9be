// SPDX-License-Identifier: GPL-3.0-or-later
// The plot tests draw widgets: one QApplication for the whole binary, always offscreen (also when
// gtest_discover_tests lists the tests at build time without a display).
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // QSettings of the export dialog go to a test location
    QApplication::setOrganizationName(QStringLiteral("ActLabTests"));
    QApplication::setApplicationName(QStringLiteral("actlab_plot_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
