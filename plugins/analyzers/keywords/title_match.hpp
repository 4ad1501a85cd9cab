// Does the resume name the job's title where a recruiter looks for it:
// summary, headline under the name, or the latest role title?
#pragma once

#include "job_cues.hpp"

#include <reshost/plugin.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::keywords {

enum class TitleMatch {
    exact,    // the title's words, in order, as the job writes them
    partial,  // at least half of its words, not as one phrase
    none
};

// A part of the resume that may state the target role.
struct TitlePlace {
    std::string name;           // "summary", "headline", "latest role title"
    std::string text;
    const rh_location* loc = nullptr;
    int32_t section = -1, entry = -1;
};

struct TitleResult {
    TitleMatch match = TitleMatch::none;
    const TitlePlace* place = nullptr;  // the closest place; null when no place shares a word
};

class TitleMatcher {
public:
    explicit TitleMatcher(const JobCues& cues) : cues_(cues) {}

    // The words a title asks for: level and place words dropped, spellings
    // unified ("Senior Back-End Engineer" -> {"backend", "engineer"}).
    std::vector<std::string> core_words(std::string_view title) const;
    // Compares the job title's core words with each place, best match first.
    TitleResult match(const std::vector<std::string>& core, const std::vector<TitlePlace>& places) const;

private:
    std::vector<std::string> words(std::string_view text) const;
    const JobCues& cues_;
};

}  // namespace reshost::keywords
