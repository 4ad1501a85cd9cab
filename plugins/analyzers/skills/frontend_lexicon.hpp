// What counts as frontend work (frontend_terms.txt plus the vocabulary's
// frontend skills), and whether a candidate targets full-stack or frontend roles.
#pragma once

#include <skill_terms.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace reshost::skills {

class FrontendLexicon {
public:
    // Reads frontend_terms.txt from `dir`; throws std::runtime_error naming the file.
    explicit FrontendLexicon(const std::string& dir);
    // The first frontend skill of the vocabulary or frontend phrase the text names ("React", "UI"), or empty.
    std::string frontend_term(std::string_view text, const terms::Vocabulary& vocabulary) const;
    // The same, for a text whose terms and normalized words are already known.
    std::string frontend_term(std::string_view text, const std::vector<terms::Hit>& hits,
                              const std::string& normalized) const;
    // True when the text names a full-stack or frontend target and no backend word.
    bool targets_frontend(std::string_view text) const;

private:
    std::vector<std::string> terms_, targets_, backend_;  // normalized phrases
};

}  // namespace reshost::skills
