// SPDX-License-Identifier: GPL-3.0-or-later
// `actlab list`: the JSON parses (with Qt's parser, independent of our writer) and holds the 33 ids of
// issue 2 in order with their parameters; the table is aligned.
#include "cli/list_command.hpp"

#include <actlab/catalogue.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

const QStringList kIds = {
    "sigmoid",  "tanh",          "relu",       "relu6",      "leaky_relu",  "prelu",       "rrelu",
    "elu",      "celu",          "selu",       "gelu",       "gelu_tanh",   "silu",        "swish",
    "mish",     "softplus",      "squareplus", "softsign",   "log_sigmoid", "hardsigmoid", "hardswish",
    "hardtanh", "hardshrink",    "softshrink", "tanhshrink", "threshold",   "maxout",      "isru",
    "isrlu",    "bent_identity", "gaussian",   "sinc",       "snake"};

QJsonArray parsedCatalogue() {
    const std::string json = actlab::cli::catalogueJson();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

QJsonObject entry(const QJsonArray& all, const QString& id) {
    for (const auto& value : all)
        if (value.toObject().value("id").toString() == id) return value.toObject();
    ADD_FAILURE() << "no entry " << id.toStdString();
    return {};
}

QJsonObject parameter(const QJsonObject& activation, const QString& name) {
    for (const auto& value : activation.value("parameters").toArray())
        if (value.toObject().value("name").toString() == name) return value.toObject();
    ADD_FAILURE() << "no parameter " << name.toStdString();
    return {};
}

} // namespace

TEST(ListJson, AllIdsInOrderWithRequiredKeys) {
    const QJsonArray all = parsedCatalogue();
    ASSERT_EQ(all.size(), 33);
    for (int i = 0; i < all.size(); ++i) {
        const QJsonObject a = all[i].toObject();
        EXPECT_EQ(a.value("id").toString(), kIds[i]);
        for (const char* key : {"name", "family", "torch", "formula", "parameters", "kinks", "properties"})
            EXPECT_TRUE(a.contains(key)) << kIds[i].toStdString() << " lacks " << key;
        for (const auto& p : a.value("parameters").toArray()) {
            for (const char* key : {"name", "symbol", "default", "min", "max", "log_scale", "integer"})
                EXPECT_TRUE(p.toObject().contains(key))
                    << kIds[i].toStdString() << " parameter lacks " << key;
        }
    }
}

TEST(ListJson, ParametersOfIssueTwo) {
    const QJsonArray all = parsedCatalogue();
    const QJsonObject alpha = parameter(entry(all, "leaky_relu"), "alpha");
    EXPECT_EQ(alpha.value("default").toDouble(), 0.01);
    EXPECT_LE(alpha.value("min").toDouble(), 0.0);
    EXPECT_GE(alpha.value("max").toDouble(), 1.0);
    EXPECT_EQ(parameter(entry(all, "prelu"), "alpha").value("default").toDouble(), 0.25);
    EXPECT_EQ(parameter(entry(all, "rrelu"), "upper").value("default").toDouble(), 0.3333333333333333);
    EXPECT_EQ(parameter(entry(all, "selu"), "lambda").value("default").toDouble(), 1.0507009873554805);
    EXPECT_EQ(parameter(entry(all, "selu"), "alpha").value("default").toDouble(), 1.6732632423543772);
    EXPECT_EQ(parameter(entry(all, "hardtanh"), "min_val").value("default").toDouble(), -1.0);
    EXPECT_EQ(parameter(entry(all, "squareplus"), "b").value("default").toDouble(), 4.0);
    const QJsonObject maxout = entry(all, "maxout");
    EXPECT_EQ(maxout.value("parameters").toArray().size(), 9);
    EXPECT_TRUE(parameter(maxout, "k").value("integer").toBool());
    EXPECT_EQ(parameter(maxout, "w3").value("default").toDouble(), -1.0);
    EXPECT_EQ(entry(all, "sigmoid").value("parameters").toArray().size(), 0);
    EXPECT_TRUE(entry(all, "swish").value("torch").isNull()); // PyTorch has no parametrised Swish
    // Unicode symbols come through as UTF-8: compare with the catalogue's own symbol text.
    const actlab::Activation* leaky = actlab::findActivation("leaky_relu");
    ASSERT_NE(leaky, nullptr);
    EXPECT_EQ(alpha.value("symbol").toString(),
              QString::fromUtf8(leaky->parameters[0].symbol.data(),
                                static_cast<qsizetype>(leaky->parameters[0].symbol.size())));
}

TEST(ListJson, KinksAtDefaults) {
    const QJsonArray all = parsedCatalogue();
    const QJsonArray relu = entry(all, "relu").value("kinks").toArray();
    ASSERT_EQ(relu.size(), 1);
    EXPECT_EQ(relu[0].toObject().value("x").toDouble(), 0.0);
    EXPECT_EQ(relu[0].toObject().value("order").toInt(), 1);
    const QJsonArray relu6 = entry(all, "relu6").value("kinks").toArray();
    ASSERT_EQ(relu6.size(), 2);
    EXPECT_EQ(relu6[0].toObject().value("x").toDouble(), 0.0);
    EXPECT_EQ(relu6[1].toObject().value("x").toDouble(), 6.0);
    const QJsonArray hardswish = entry(all, "hardswish").value("kinks").toArray();
    ASSERT_EQ(hardswish.size(), 2);
    EXPECT_EQ(hardswish[0].toObject().value("x").toDouble(), -3.0);
    EXPECT_EQ(hardswish[1].toObject().value("x").toDouble(), 3.0);
    // threshold jumps at θ = 1 (f itself is discontinuous there: order 0).
    const QJsonArray threshold = entry(all, "threshold").value("kinks").toArray();
    ASSERT_EQ(threshold.size(), 1);
    EXPECT_EQ(threshold[0].toObject().value("x").toDouble(), 1.0);
    EXPECT_EQ(threshold[0].toObject().value("order").toInt(), 0);
    EXPECT_TRUE(entry(all, "sigmoid").value("kinks").toArray().isEmpty());
    EXPECT_TRUE(entry(all, "gelu").value("kinks").toArray().isEmpty());
}

TEST(ListTable, OneAlignedRowPerActivation) {
    const std::string table = actlab::cli::catalogueTable();
    std::istringstream lines(table);
    std::string line;
    std::vector<std::string> rows;
    while (std::getline(lines, line))
        rows.push_back(line);
    ASSERT_EQ(rows.size(), 34u);
    EXPECT_EQ(rows[0].rfind("ID ", 0), 0u);
    // The NAME column starts at the same place in every row (all ids are ASCII).
    const std::size_t nameColumn = rows[0].find("NAME");
    ASSERT_NE(nameColumn, std::string::npos);
    for (int i = 0; i < 33; ++i) {
        const std::string& row = rows[static_cast<std::size_t>(i) + 1];
        const std::string id = kIds[i].toStdString();
        EXPECT_EQ(row.rfind(id + " ", 0), 0u) << row;
        EXPECT_EQ(row.find_first_not_of(' ', id.size()), nameColumn) << row;
    }
    EXPECT_NE(table.find("alpha=0.01"), std::string::npos);
    EXPECT_NE(table.find("lambda=1.0507009873554805 alpha=1.6732632423543772"), std::string::npos);
    EXPECT_NE(table.find("torch.nn.LeakyReLU"), std::string::npos);
}
