// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Reads the CSV files that tests/core/analysis/generate.py writes into data/ ('#' lines are comments,
/// the first other line is the header). Cells are kept as strings; numbers() parses a ';'-joined list.
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace actlab::test {

struct CsvRow {
    std::map<std::string, std::string> cells;
    const std::string& at(const std::string& column) const { return cells.at(column); }
    double number(const std::string& column) const { return std::stod(at(column)); }
    std::vector<double> numbers(const std::string& column) const {
        std::vector<double> out;
        std::stringstream ss(at(column));
        std::string item;
        while (std::getline(ss, item, ';'))
            if (!item.empty()) out.push_back(std::stod(item));
        return out;
    }
};

inline std::vector<CsvRow> readReference(const std::string& name) {
    const std::string path = std::string(ACTLAB_TEST_DATA_DIR) + "/data/" + name;
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::vector<std::string> header;
    std::vector<CsvRow> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ','))
            cells.push_back(cell);
        if (line.back() == ',') cells.emplace_back();
        if (header.empty()) {
            header = cells;
            continue;
        }
        if (cells.size() != header.size()) throw std::runtime_error("bad row in " + path + ": " + line);
        CsvRow row;
        for (std::size_t i = 0; i < cells.size(); ++i)
            row.cells[header[i]] = cells[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace actlab::test
