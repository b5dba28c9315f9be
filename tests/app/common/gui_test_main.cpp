// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the widget tests: one QApplication per test binary, always offscreen (also when
// gtest_discover_tests lists the tests at build time without a display), and QSettings in a directory
// of this process alone. ctest runs every test as its own process, in parallel: with a shared settings
// file one test's remembered export size would leak into another running at the same moment.
#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        fprintf(stderr, "cannot create a temporary directory for the test settings: %s\n",
                qPrintable(settingsDir.errorString()));
        return 1;
    }
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("ActLabTests"));
    QApplication::setApplicationName(QStringLiteral("ActLabTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
