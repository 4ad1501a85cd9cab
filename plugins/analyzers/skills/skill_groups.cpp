#include "skill_groups.hpp"

#include "data_file.hpp"


namespace reshost::skills {

namespace {
constexpr std::string_view kOther = "Other";
}

SkillGroups::SkillGroups(const std::string& dir) {
    analyzers::DataFile file(dir, "skill_groups.txt");
    names_.reserve(file.lines().size());
    analyzers::for_each_mapping(file, "group = kind, kind", [&](const analyzers::Mapping& m) {
        for (std::string_view kind : m.values) kinds_.emplace_back(kind, names_.size());
        names_.emplace_back(m.key);
    });
}

std::string_view SkillGroups::group_of(std::string_view kind) const {
    for (const auto& [k, group] : kinds_)
        if (k == kind) return names_[group];
    return kOther;
}

std::vector<std::string> SkillGroups::names() const {
    std::vector<std::string> out;
    out.reserve(names_.size() + 1);
    out.insert(out.end(), names_.begin(), names_.end());
    out.emplace_back(kOther);
    return out;
}

}  // namespace reshost::skills
