// Decodes the HTML character references Markdown allows (&amp; &#169; &#xA9;).
#pragma once

#include <string>
#include <string_view>

namespace reshost::markdown {

// Returns the UTF-8 text of `entity` ("&amp;"), or the entity itself when unknown.
std::string decode_entity(std::string_view entity);

}  // namespace reshost::markdown
