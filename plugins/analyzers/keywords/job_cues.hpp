// The phrases a job description uses to say what it needs (job_cues.txt).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reshost::keywords {

// Lowers ASCII, turns typographic apostrophes into plain ones and joins the
// words with single spaces, so phrases compare as whole words.
std::string cue_phrase(std::string_view text);

// Like cue_phrase, but hyphens and slashes part words too ("Back-End" -> "back end").
std::string title_phrase(std::string_view text);

// True when the normalized `phrase` holds `cue` on word boundaries.
bool has_cue(std::string_view phrase, std::string_view cue);

struct JobCues {
    std::vector<std::string> preferred_heading, required_heading, ignored_heading, responsibility_heading;
    std::vector<std::string> preferred_clause, required_clause;
    std::vector<std::string> alternatives, open_choice, choice_filler, purpose;
    std::vector<std::string> term_lead, not_term, place_clause, years;
    std::vector<std::string> remote, not_remote, resume_remote;
    std::vector<std::string> title_label, title_role, title_ignore;
    // Each spelling group: the word used when comparing, then its other spellings.
    std::vector<std::vector<std::string>> title_spellings;

    // Reads job_cues.txt from `dir`; throws std::runtime_error naming the file.
    static JobCues load(const std::string& dir);

    // True when the normalized `phrase` holds any of `cues`.
    static bool any(std::string_view phrase, const std::vector<std::string>& cues);
};

}  // namespace reshost::keywords
