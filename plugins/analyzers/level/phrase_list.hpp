// Words and phrases read from a data file and found in text as whole words,
// without case: the cue lists of the level and education packs.
#pragma once

#include "data_file.hpp"
#include "words.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace reshost::level {

class PhraseList {
public:
    // Reads `dir`/`file`; throws std::runtime_error naming the file when it cannot be read.
    PhraseList(const std::string& dir, std::string_view file) {
        analyzers::DataFile data(dir, file);
        phrases_.reserve(data.lines().size());
        for (std::string_view line : data.lines()) phrases_.push_back(analyzers::normalized_phrase(line));
    }

    // True when one of the phrases occurs in `text` on word boundaries.
    bool found_in(std::string_view text) const { return first_in(text) != nullptr; }

    // The first phrase of the list that occurs in `text` (normalized), or null.
    const std::string* first_in(std::string_view text) const {
        std::string words = analyzers::normalized_phrase(text);
        for (const std::string& p : phrases_)
            if (analyzers::contains_phrase(words, p)) return &p;
        return nullptr;
    }

private:
    std::vector<std::string> phrases_;
};

}  // namespace reshost::level
