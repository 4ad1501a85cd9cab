#include "exempt_skills.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace reshost::skills {

using namespace ::reshost::sdk;

namespace {

bool listed(const std::vector<std::string>& sorted, std::string_view s) {
    return std::binary_search(sorted.begin(), sorted.end(), s, std::less<>());
}

}  // namespace

ExemptSkills::ExemptSkills(const std::string& dir) {
    analyzers::DataFile file(dir, "exempt_skills.txt");
    analyzers::Mapping m;
    for (std::string_view line : file.lines()) {
        analyzers::split_mapping(line, m);
        if (m.key == "unproven") {
            unproven_.insert(unproven_.end(), m.values.begin(), m.values.end());
            continue;
        }
        std::vector<std::string>* into = m.key == "spoken" ? &spoken_ : m.key == "groups" ? &groups_ : nullptr;
        if (!into)
            throw std::runtime_error(dir + "/exempt_skills.txt: expected 'spoken', 'groups' or 'unproven' = ..., found '" +
                                     std::string(line) + "'");
        into->reserve(into->size() + m.values.size());
        for (std::string_view v : m.values) into->push_back(analyzers::normalized_phrase(v));
    }
    for (auto* list : {&spoken_, &groups_, &unproven_}) std::sort(list->begin(), list->end());
}

bool ExemptSkills::exempt(const Skill& skill, const Resume& resume) const {
    std::string_view group = skill.category();
    auto sections = resume.sections();
    if (group.empty() && skill.section() >= 0 && static_cast<std::size_t>(skill.section()) < sections.size())
        group = sections[static_cast<std::size_t>(skill.section())].heading().text();
    if (listed(groups_, analyzers::normalized_phrase(group))) return true;
    if (!skill.id().empty()) return false;
    auto words = analyzers::split_words(skill.text().text());
    return !words.empty() && listed(spoken_, analyzers::lower(words.front().text));
}

bool ExemptSkills::unproven(const Skill& skill) const { return listed(unproven_, skill.kind()); }

}  // namespace reshost::skills
