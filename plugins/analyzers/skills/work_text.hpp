// Where a resume shows its skills at work: the lines of its experience and
// project sections, and the skills they name.
#pragma once

#include <skill_terms.hpp>

#include <reshost/sdk.hpp>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace reshost::skills {

// One line of an experience or project section.
struct WorkLine {
    std::string_view text;
    const rh_location* loc = nullptr;
    int32_t section = -1, entry = -1, bullet = -1;  // bullet -1: a title or other line
    bool experience = false;                        // in an experience section (else projects)
};

// The experience and project text of one resume; views valid for the analyze call.
class WorkText {
public:
    WorkText(const sdk::Resume& resume, const terms::Vocabulary& vocabulary);

    // The lines, in resume order.
    const std::vector<WorkLine>& lines() const { return lines_; }
    // True when there is no experience or project text at all.
    bool empty() const { return lines_.empty(); }
    // True when a line names the skill: its canonical id, or its words when the vocabulary lacks it.
    bool shows(const sdk::Skill& skill) const;
    // Vocabulary ids named anywhere in the lines, in first-seen order.
    const std::vector<std::string>& named_ids() const { return named_order_; }
    // The vocabulary terms line `i` names, in text order.
    const std::vector<terms::Hit>& hits(std::size_t i) const { return hits_[i]; }
    // Line `i`'s words, lowered and joined by single spaces.
    const std::string& phrase(std::size_t i) const { return phrases_[i]; }

private:
    std::vector<WorkLine> lines_;
    std::vector<std::string> phrases_;  // each line's words, lowered
    std::vector<std::vector<terms::Hit>> hits_;  // each line's terms, found once for every check
    std::unordered_set<std::string> named_;
    std::vector<std::string> named_order_;
};

}  // namespace reshost::skills
