// sections.risky-contact and sections.irrelevant-link: contact details that
// work against the candidate - a joke e-mail address, the current employer's
// address, links to profiles that say nothing about engineering work.
#pragma once

#include "content_lists.hpp"

#include <reshost/sdk.hpp>

#include <string>

namespace reshost::sections {

class ContactQuality {
public:
    // Reads contact_quality.txt from `dir`; throws std::runtime_error naming the file.
    explicit ContactQuality(const std::string& dir) : lists_(dir, "contact_quality.txt") {}

    // sections.risky-contact: the e-mail address reads as a joke, or belongs to the current employer.
    void check_email(const sdk::Resume& resume, sdk::Findings& out) const;
    // sections.irrelevant-link: a contact link to a social or entertainment profile.
    void check_links(const sdk::Resume& resume, sdk::Findings& out) const;

private:
    GroupedList lists_;
};

}  // namespace reshost::sections
