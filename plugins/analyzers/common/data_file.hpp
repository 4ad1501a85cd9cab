// Reads the word lists an analyzer keeps beside its library.
#pragma once

#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::analyzers {

// Returns the lines of `dir`/`name` without comments and blank lines, trimmed;
// throws std::runtime_error naming the file when it cannot be read. A comment
// starts with '#' at the start of a line or after a blank, so "C#" and "F#"
// stay words.
inline std::vector<std::string> read_data_lines(const std::string& dir, std::string_view name) {
    std::string path = dir.empty() ? std::string(name) : dir + "/" + std::string(name);
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read data file " + path);
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        for (std::size_t hash = line.find('#'); hash != std::string::npos; hash = line.find('#', hash + 1)) {
            if (hash == 0 || line[hash - 1] == ' ' || line[hash - 1] == '\t') {
                line.erase(hash);
                break;
            }
        }
        std::size_t b = line.find_first_not_of(" \t\r");
        std::size_t e = line.find_last_not_of(" \t\r");
        if (b == std::string::npos) continue;
        out.push_back(line.substr(b, e - b + 1));
    }
    return out;
}

// Splits "key = a, b, c" into its key and its comma-separated values, trimmed.
inline std::pair<std::string, std::vector<std::string>> split_mapping(std::string_view line) {
    auto trim = [](std::string_view s) {
        std::size_t b = s.find_first_not_of(" \t");
        std::size_t e = s.find_last_not_of(" \t");
        return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
    };
    std::pair<std::string, std::vector<std::string>> out;
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) return out;
    out.first = trim(line.substr(0, eq));
    std::string_view rest = line.substr(eq + 1);
    while (!rest.empty()) {
        std::size_t comma = rest.find(',');
        std::string v = trim(rest.substr(0, comma));
        if (!v.empty()) out.second.push_back(v);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace reshost::analyzers
