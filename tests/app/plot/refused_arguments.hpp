// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Bad `actlab plot` arguments: each case is refused with one line that mentions what is wrong.
#include "plot/plot_command.hpp"

#include <gtest/gtest.h>

#include <QStringList>

#include <vector>

struct RefusedCase {
    QStringList args;
    const char* mentions; ///< a part of the message
};

inline void expectRefused(const std::vector<RefusedCase>& cases) {
    for (const auto& c : cases) {
        QString error;
        EXPECT_FALSE(actlab::plot::parsePlotArguments(c.args, &error))
            << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.mentions)))
            << c.args.join(QLatin1Char(' ')).toStdString() << " -> " << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    }
}
