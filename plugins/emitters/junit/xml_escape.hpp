// Text made safe for XML 1.0, in element content and in double-quoted
// attributes alike: the five markup characters as entities, line breaks as
// character references (so an attribute keeps them), and the control
// characters XML 1.0 cannot hold at all replaced by U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace reshost::junit {

std::string xml_escaped(std::string_view s);

}  // namespace reshost::junit
