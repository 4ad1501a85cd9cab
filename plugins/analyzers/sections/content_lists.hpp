// A data file of named groups: "[group]" lines, then one entry per line.
// The sections pack keeps the words of its newer checks this way.
#pragma once

#include "data_file.hpp"
#include "words.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::sections {

class GroupedList {
public:
    // Reads `dir`/`file`; throws std::runtime_error naming the file when it cannot be read.
    GroupedList(const std::string& dir, std::string_view file) {
        analyzers::DataFile data(dir, file);
        std::vector<std::string>* group = nullptr;
        for (std::string_view line : data.lines()) {
            if (line.front() == '[' && line.back() == ']') {
                group = &groups_[std::string(line.substr(1, line.size() - 2))];
                continue;
            }
            if (group) group->push_back(analyzers::lower(line));
        }
    }

    // The entries of `group` as written, lowered; empty when the file has none.
    const std::vector<std::string>& operator[](const std::string& group) const {
        static const std::vector<std::string> none;
        auto it = groups_.find(group);
        return it == groups_.end() ? none : it->second;
    }

    // The first entry of `group` that `text` (normalized) holds on word boundaries, or null.
    const std::string* phrase_in(const std::string& group, std::string_view normalized) const {
        for (const std::string& p : (*this)[group])
            if (analyzers::contains_phrase(normalized, p)) return &p;
        return nullptr;
    }

private:
    std::map<std::string, std::vector<std::string>> groups_;
};

}  // namespace reshost::sections
