// Reading a skills section: every listed skill with the resume's own grouping
// ("Languages: Go, Python", a sub-heading, a table row) and its canonical id in
// the skill vocabulary.
#pragma once

#include "entries.hpp"

#include <vector>

namespace reshost::detail {

// Appends the skills listed in the parts of skills section `section` to `out`.
void read_skills(std::vector<SkillData>& out, int32_t section, const std::vector<SectionPart>& parts,
                 const DocumentData& doc, const NormalizerData& data);

}  // namespace reshost::detail
