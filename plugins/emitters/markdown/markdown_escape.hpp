// Text from a resume or a message made inert in GitHub-flavoured Markdown:
// it reads as the same characters, never as markup, and in a table cell it
// cannot end the cell ('|') or the row (a line break).
#pragma once

#include <string>
#include <string_view>

namespace reshost::markdown {

// Backslash before each ASCII punctuation character Markdown could read as
// markup (| ` * _ [ ] < > # ~ & and the backslash itself); line breaks
// become <br>, which a table cell takes.
std::string md_escaped(std::string_view s);

}  // namespace reshost::markdown
