// Listed skills that are not technical skills (exempt_skills.txt): languages
// people speak and skills under a group of soft skills; and the kinds of skill
// that bullets rarely name.
#pragma once

#include <reshost/sdk.hpp>

#include <string>
#include <vector>

namespace reshost::skills {

class ExemptSkills {
public:
    // Reads exempt_skills.txt from `dir`; throws std::runtime_error naming the file.
    explicit ExemptSkills(const std::string& dir);
    // True when the skill is a spoken language or listed under a soft-skills group
    // (its own label, else the heading of its section).
    bool exempt(const sdk::Skill& skill, const sdk::Resume& resume) const;
    // True for a skill of a kind that bullets rarely name (tools, practices).
    bool unproven(const sdk::Skill& skill) const;

private:
    // Sorted, for binary search: a few dozen words, looked up a few times per
    // resume, need no hash table.
    std::vector<std::string> spoken_, groups_;  // normalized phrases
    std::vector<std::string> unproven_;         // vocabulary kinds
};

}  // namespace reshost::skills
