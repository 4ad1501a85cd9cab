// sections.outdated: what a resume used to carry and no longer does - an
// objective statement, "references available upon request", self-rated skills.
#pragma once

#include "content_lists.hpp"

#include <reshost/sdk.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace reshost::sections {

class OutdatedContent {
public:
    // Reads outdated_content.txt from `dir`; throws std::runtime_error naming the file.
    explicit OutdatedContent(const std::string& dir) : lists_(dir, "outdated_content.txt") {}

    // Reports each kind of outdated content once, at its first place. A section whose
    // `dropped` flag is set is already to be deleted: its lines are not reported again.
    void check(const sdk::Document& doc, const sdk::Resume& resume, const std::vector<bool>& dropped,
               sdk::Findings& out) const;

private:
    void check_objective(const sdk::Resume& resume, sdk::Findings& out) const;
    void check_references(const sdk::Document& doc, const sdk::Resume& resume, const std::vector<bool>& dropped,
                          sdk::Findings& out) const;
    void check_ratings(const sdk::Document& doc, const sdk::Resume& resume, sdk::Findings& out) const;
    // The rating in `line` ("Expert", "★★★★☆", "4/5", "80%"), empty when it rates nothing.
    std::string rating_in(std::string_view line) const;

    GroupedList lists_;
};

}  // namespace reshost::sections
