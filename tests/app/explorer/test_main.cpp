// SPDX-License-Identifier: GPL-3.0-or-later
// A QApplication for the widget tests. The offscreen platform is chosen here too, so that listing the
// tests (gtest_discover_tests at build time) needs no display.
#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ActLabTests"));
    QApplication::setApplicationName(QStringLiteral("test_explorer"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
