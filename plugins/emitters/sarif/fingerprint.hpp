// A finding's identity across edits of the resume: a hash of what the
// finding is about (its rule, the text it quotes, the section it is in),
// never of where it is, so a line added above it does not make it new.
#pragma once

#include <string>
#include <string_view>

namespace reshost::sarif {

// The text a message quotes ("..." or “...”), each quote joined by a space;
// the whole message when it quotes nothing.
std::string quoted_text(std::string_view message);

// Lower case (ASCII), runs of white space made one space, trimmed: a
// re-wrapped or re-capitalised line keeps its fingerprint.
std::string normalized(std::string_view text);

// 16 hex digits of FNV-1a 64 over rule, normalized quoted text and
// normalized section heading. FNV rather than std::hash: the value is
// written to files and compared across machines and releases.
std::string fingerprint(std::string_view rule, std::string_view message, std::string_view section);

}  // namespace reshost::sarif
