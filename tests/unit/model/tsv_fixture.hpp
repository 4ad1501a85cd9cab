// Reads a tab-separated fixture: one case per line, '#' comments and blank lines skipped.
#pragma once

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace reshost::test {

struct TsvRow {
    std::vector<std::string> cells;
    std::size_t line;
};

inline std::vector<TsvRow> read_tsv(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::vector<TsvRow> rows;
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line[0] == '#') continue;
        TsvRow r{{}, n};
        std::size_t i = 0;
        while (true) {
            auto t = line.find('\t', i);
            r.cells.push_back(line.substr(i, t == std::string::npos ? std::string::npos : t - i));
            if (t == std::string::npos) break;
            i = t + 1;
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace reshost::test
