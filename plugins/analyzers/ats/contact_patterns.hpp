// Spotting an email address or a phone number in a line of text, for the
// contact details an ATS looks for outside page headers and footers.
#pragma once

#include <string_view>

namespace reshost::ats {

// Returns the first email address in `text`, or an empty view.
std::string_view find_email(std::string_view text);

// Returns the first phone number in `text` (9 to 15 digits with the usual
// separators, not a run of years), or an empty view.
std::string_view find_phone(std::string_view text);

}  // namespace reshost::ats
