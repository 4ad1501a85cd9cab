// Whether a reader of the plain text (an ATS keeps text, not link targets)
// can still see where a link goes.
#pragma once

#include <string>
#include <string_view>

namespace reshost::ats {

// The address as a person would write it: without the scheme,
// "www.", "mailto:"/"tel:", query, fragment and trailing slash.
std::string written_address(std::string_view url);

// True when the address of `url` can be read: in `compact_text` (the
// document's lowered text without white space) or, mostly, in the link's own text.
bool address_visible(std::string_view url, std::string_view link_text, std::string_view compact_text);

}  // namespace reshost::ats
