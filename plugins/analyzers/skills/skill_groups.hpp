// The groups a skills list is usually split into (skill_groups.txt), by the
// vocabulary's skill kinds: "Languages" for language, "Cloud/DevOps" for cloud
// and devops.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reshost::skills {

class SkillGroups {
public:
    // Reads skill_groups.txt from `dir`; throws std::runtime_error naming the file.
    explicit SkillGroups(const std::string& dir);
    // The group of a skill kind, or "Other" when no group takes it.
    std::string_view group_of(std::string_view kind) const;
    // The group names in file order, "Other" last.
    std::vector<std::string> names() const;

private:
    std::vector<std::string> names_;  // in file order
    // Every kind a group takes, with the index of that group in names_, in
    // file order: the first entry of a kind names its group.
    std::vector<std::pair<std::string, std::size_t>> kinds_;
};

}  // namespace reshost::skills
