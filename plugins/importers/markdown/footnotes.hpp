// Footnotes, which md4c does not know: "[^1]: text" definitions and "[^1]" references.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace reshost::markdown {

// A footnote definition with its text, one entry per source line.
struct Footnote {
    std::string label;
    std::vector<std::pair<std::string, uint32_t>> lines;  // text, 1-based line
};

// Takes the footnote definitions (with their indented continuation lines) out of
// `text` and drops the references to them, outside code fences; every line break
// stays, so line numbers still point at the source.
std::vector<Footnote> take_footnotes(std::string& text);

}  // namespace reshost::markdown
