// Text from a plugin or a document, made safe to print on one line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace reshost::detail {

// The text with control characters written as escapes (\n, \x1b), invalid UTF-8 bytes as
// \xNN, and cut to about `max_bytes` with "…" at the cut; empty text reads "(empty)".
std::string printable_text(std::string_view text, std::size_t max_bytes = 240);

}  // namespace reshost::detail
