// The key backend skill areas of the guide (backend_areas.txt) and which of
// them a skills list covers.
#pragma once

#include <skill_terms.hpp>

#include <string>
#include <vector>

namespace reshost::skills {

// An area ("APIs") and the vocabulary ids that cover it.
struct BackendArea {
    std::string name;
    std::vector<std::string> ids;
};

// Reads backend_areas.txt from `dir`; throws std::runtime_error naming the file
// when it cannot be read or names an id the vocabulary lacks.
std::vector<BackendArea> read_backend_areas(const std::string& dir, const terms::Vocabulary& vocabulary);

}  // namespace reshost::skills
