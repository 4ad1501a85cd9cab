#include "exempt_skills.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <stdexcept>

namespace reshost::skills {

using namespace ::reshost::sdk;

ExemptSkills::ExemptSkills(const std::string& dir) {
    for (const std::string& line : analyzers::read_data_lines(dir, "exempt_skills.txt")) {
        auto [key, values] = analyzers::split_mapping(line);
        if (key == "unproven") {
            unproven_.insert(values.begin(), values.end());
            continue;
        }
        std::unordered_set<std::string>* into = key == "spoken" ? &spoken_ : key == "groups" ? &groups_ : nullptr;
        if (!into)
            throw std::runtime_error(dir + "/exempt_skills.txt: expected 'spoken', 'groups' or 'unproven' = ..., found '" +
                                     line + "'");
        for (const std::string& v : values) into->insert(analyzers::normalized_phrase(v));
    }
}

bool ExemptSkills::exempt(const Skill& skill, const Resume& resume) const {
    std::string_view group = skill.category();
    auto sections = resume.sections();
    if (group.empty() && skill.section() >= 0 && static_cast<std::size_t>(skill.section()) < sections.size())
        group = sections[static_cast<std::size_t>(skill.section())].heading().text();
    if (groups_.count(analyzers::normalized_phrase(group))) return true;
    if (!skill.id().empty()) return false;
    auto words = analyzers::split_words(skill.text().text());
    return !words.empty() && spoken_.count(analyzers::lower(words.front().text)) > 0;
}

}  // namespace reshost::skills
