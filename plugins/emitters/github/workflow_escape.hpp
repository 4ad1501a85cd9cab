// Escaping for GitHub Actions workflow commands ("::error file=...::msg"),
// as the Actions toolkit does it (toolkit/packages/core/src/command.ts):
// a command's data and its property values are %-encoded so that neither a
// line break nor a ',' or ':' inside a value ends it early.
#pragma once

#include <string>
#include <string_view>

namespace reshost::github {

// The message after "::": '%', '\r' and '\n' encoded.
std::string escape_data(std::string_view s);

// A property value (file=, title=): also ':' and ','.
std::string escape_property(std::string_view s);

}  // namespace reshost::github
