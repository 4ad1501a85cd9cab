#include "skill_groups.hpp"

#include "data_file.hpp"

#include <algorithm>
#include <stdexcept>

namespace reshost::skills {

namespace {
constexpr std::string_view kOther = "Other";
}

SkillGroups::SkillGroups(const std::string& dir) {
    for (const std::string& line : analyzers::read_data_lines(dir, "skill_groups.txt")) {
        auto group = analyzers::split_mapping(line);
        if (group.first.empty() || group.second.empty())
            throw std::runtime_error(dir + "/skill_groups.txt: expected '<group> = <kind>, ...', found '" + line + "'");
        groups_.push_back(std::move(group));
    }
}

std::string_view SkillGroups::group_of(std::string_view kind) const {
    for (const auto& [name, kinds] : groups_)
        if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) return name;
    return kOther;
}

std::vector<std::string> SkillGroups::names() const {
    std::vector<std::string> out;
    for (const auto& g : groups_) out.push_back(g.first);
    out.emplace_back(kOther);
    return out;
}

}  // namespace reshost::skills
