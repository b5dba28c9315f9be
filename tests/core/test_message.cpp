// SPDX-License-Identifier: GPL-3.0-or-later
// Messages made in the core (actlab/message.hpp): the English the command line prints is the template with
// its arguments filled in once, and validate()'s messages keep the template and arguments the window
// translates.
#include "actlab/catalogue.hpp"
#include "actlab/message.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using actlab::Message;

TEST(Message, FillsEachPlaceholderOnceInOnePass) {
    const std::vector<std::string> args{"a%2b", "c"};
    // An argument's own "%2" is text, not a placeholder; %3 has no argument and stays; a lone % stays.
    EXPECT_EQ(actlab::fillMessage("%1|%2|%3|100%|%", args), "a%2b|c|%3|100%|%");
    EXPECT_EQ(actlab::fillMessage("%2 before %1", args), "c before a%2b");
    EXPECT_EQ(actlab::fillMessage("", args), "");
}

TEST(Message, EnglishFillsNestedMessages) {
    const Message inner{ACTLAB_TR_NOOP("Test", "digits lost in %1"), {std::string("a sum")}};
    const Message outer{ACTLAB_TR_NOOP("Test", "%1 at column %2"), {inner, std::string("7")}};
    EXPECT_STREQ(outer.context, "Test");
    EXPECT_EQ(outer.source, "%1 at column %2");
    EXPECT_EQ(outer.english(), "digits lost in a sum at column 7");
    EXPECT_EQ(Message(std::string("verbatim %1")).english(), "verbatim %1");
    EXPECT_EQ(Message(std::string("verbatim")).context, nullptr);
    EXPECT_TRUE(Message().empty());
}

TEST(Message, ValidationKeepsTheTemplateAndTheArguments) {
    const actlab::Activation* hardtanh = actlab::findActivation("hardtanh");
    ASSERT_NE(hardtanh, nullptr);
    const std::vector<double> params{2, 1};
    const auto error = actlab::validate(*hardtanh, params);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->message, "min_val = 2 must be less than max_val = 1");
    EXPECT_EQ(error->text.source, "min_val = %1 must be less than max_val = %2");
    ASSERT_EQ(error->text.args.size(), 2u);
    EXPECT_EQ(error->text.args[0].source, "2");
    EXPECT_EQ(error->text.args[1].source, "1");

    const actlab::Activation* leaky = actlab::findActivation("leaky_relu");
    ASSERT_NE(leaky, nullptr);
    const std::vector<double> out{5};
    const auto range = actlab::validate(*leaky, out);
    ASSERT_TRUE(range);
    EXPECT_EQ(range->text.source, "%1 = %2 is outside the allowed range %3");
    EXPECT_EQ(range->message, "alpha = 5 is outside the allowed range [0, 1]");
}

} // namespace
