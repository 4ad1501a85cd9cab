#include "work_text.hpp"

#include "words.hpp"

namespace reshost::skills {

using namespace ::reshost::sdk;

WorkText::WorkText(const Resume& resume, const terms::Vocabulary& vocabulary) {
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section section = sections[s];
        bool experience = section.kind() == RH_SECTION_EXPERIENCE;
        if (!experience && section.kind() != RH_SECTION_PROJECTS) continue;
        auto add = [&](Field f, int32_t entry) {
            if (!f.empty()) lines_.push_back({f.text(), f.location(), static_cast<int32_t>(s), entry, -1, experience});
        };
        for (Field f : section.lines()) add(f, -1);
        auto entries = section.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            Entry entry = entries[e];
            auto index = static_cast<int32_t>(e);
            add(entry.title(), index);
            add(entry.organization(), index);
            for (Field f : entry.lines()) add(f, index);
            auto bullets = entry.bullets();
            for (std::size_t b = 0; b < bullets.size(); ++b)
                lines_.push_back({bullets[b].text(), bullets[b].location(), static_cast<int32_t>(s), index,
                                  static_cast<int32_t>(b), experience});
        }
    }
    for (const WorkLine& l : lines_) {
        phrases_.push_back(analyzers::normalized_phrase(l.text));
        hits_.push_back(vocabulary.find_in(l.text));
        for (const terms::Hit& h : hits_.back())
            if (named_.insert(h.term->id).second) named_order_.push_back(h.term->id);
    }
}

bool WorkText::shows(const Skill& skill) const {
    if (!skill.id().empty()) return named_.count(std::string(skill.id())) > 0;
    // A note in brackets ("Zig (hobby)") is not part of what a bullet would name.
    std::string_view text = skill.text().text();
    std::string phrase = analyzers::normalized_phrase(text.substr(0, text.find('(')));
    if (phrase.empty()) return false;
    for (const std::string& p : phrases_)
        if (analyzers::contains_phrase(p, phrase)) return true;
    return false;
}

}  // namespace reshost::skills
