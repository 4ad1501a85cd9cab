#include "resume_facts.hpp"

#include "model/model.hpp"

#include <cctype>
#include <string_view>

namespace reshost::detail {

namespace {

std::size_t count_words(std::string_view text) {
    std::size_t n = 0;
    bool in_word = false;
    for (unsigned char c : text) {
        bool space = std::isspace(c) != 0;
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// A figure is a run of digits that is not a bare year (1950-2099): "40%", "3x", "$2M", "12 services".
bool holds_a_figure(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
        std::string_view run = text.substr(start, i - start);
        bool year = run.size() == 4 && (run.substr(0, 2) == "19" || run.substr(0, 2) == "20") && run >= "1950" &&
                    run <= "2099";
        bool followed_by_unit = i < text.size() && (text[i] == '%' || text[i] == '+' || text[i] == 'x' ||
                                                    text[i] == 'k' || text[i] == 'K' || text[i] == 'M');
        if (!year || followed_by_unit) return true;
    }
    return false;
}

}  // namespace

ResumeFacts count_resume_facts(const DocumentData& doc, const ResumeData& resume) {
    ResumeFacts f;
    for (const auto& block : doc.blocks) f.words += count_words(block.text);
    for (const auto& section : resume.sections) {
        if (section.kind != RH_SECTION_OTHER && section.kind != RH_SECTION_CONTACT) ++f.sections;
        bool roles = section.kind == RH_SECTION_EXPERIENCE;
        bool projects = section.kind == RH_SECTION_PROJECTS;
        if (!roles && !projects) continue;
        (roles ? f.roles : f.projects) += section.entries.size();
        for (const auto& entry : section.entries)
            for (const auto& bullet : entry.bullets) {
                ++f.bullets;
                if (holds_a_figure(bullet.text)) ++f.quantified_bullets;
            }
    }
    f.years = resume.years_experience;
    return f;
}

}  // namespace reshost::detail
