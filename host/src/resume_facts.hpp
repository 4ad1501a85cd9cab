// What a resume holds, counted from its model, for the score (docs/scoring.md):
// a thin resume cannot score high however few problems it shows.
#pragma once

#include <cstddef>

namespace reshost::detail {

struct DocumentData;
struct ResumeData;

struct ResumeFacts {
    std::size_t words = 0;               // words of the document's text
    std::size_t sections = 0;            // sections of a known kind (experience, skills, ...)
    std::size_t roles = 0;               // entries of Experience sections
    std::size_t projects = 0;            // entries of Projects sections
    std::size_t bullets = 0;             // bullets of roles and projects
    std::size_t quantified_bullets = 0;  // of those, bullets holding a figure other than a year
    double years = -1;                   // years of experience from role dates; -1 unknown
};

ResumeFacts count_resume_facts(const DocumentData& doc, const ResumeData& resume);

}  // namespace reshost::detail
