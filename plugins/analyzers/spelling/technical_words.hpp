// Words a resume may use that the English dictionaries lack and that are
// spelled right: the skill vocabulary's names and aliases, and the technical
// words of technical_words.txt ("backend", "microservices", "onboarding").
#pragma once

#include <skill_terms.hpp>

#include <string>
#include <string_view>
#include <unordered_set>

namespace reshost::spelling {

class TechnicalWords {
public:
    // Reads technical_words.txt from `dir` and takes each word of the vocabulary's names and aliases.
    TechnicalWords(const std::string& dir, const terms::Vocabulary& vocabulary);

    // True for `word` in any case.
    bool contains(std::string_view word) const;

private:
    void add(std::string_view words);
    std::unordered_set<std::string> words_;  // lowered
};

}  // namespace reshost::spelling
