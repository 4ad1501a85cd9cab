// Strong openers to suggest for a bullet, from the words it contains.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reshost::verbs {

class OpenerHints {
public:
    // Reads opener_hints.txt from `dir`; throws std::runtime_error naming the file.
    explicit OpenerHints(const std::string& dir);

    // Returns 2-3 openers fitting `bullet`, never one of `avoid` (lower-case verbs).
    std::vector<std::string> suggest(std::string_view bullet, const std::vector<std::string>& avoid = {}) const;

private:
    // A hint's verbs are a run of verbs_, so the hints share one list.
    struct Hint {
        std::string word;
        bool prefix = false;
        std::size_t first = 0, count = 0;  // its verbs in verbs_
    };
    std::vector<Hint> hints_;
    std::vector<std::string> verbs_;
    std::vector<std::string> fallback_;
};

}  // namespace reshost::verbs
