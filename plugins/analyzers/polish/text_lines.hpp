// The document's text line by line, each line with its place in the resume,
// and the whole text lowered once so that a phrase is looked up in one pass
// over the document rather than once per line.
#pragma once

#include <reshost/sdk.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::polish {

struct TextLine {
    std::string_view text;
    const rh_location* loc = nullptr;
    std::size_t offset = 0;  // where the line starts in TextLines::lowered()
    uint32_t block = 0;
    int32_t section = -1, entry = -1, bullet = -1;
    rh_section_kind kind = RH_SECTION_CONTACT;  // of its section; the top of the page before any heading is contact
    bool repeated = false;  // a running header or footer line already seen on an earlier page
};

class TextLines {
public:
    TextLines(const sdk::Document& doc, const sdk::Resume& resume);

    const std::vector<TextLine>& lines() const { return lines_; }
    // Every line's text with ASCII letters lowered, lines joined by '\n'.
    const std::string& lowered() const { return lowered_; }
    // The line that holds byte `offset` of lowered().
    const TextLine& line_at(std::size_t offset) const;

private:
    std::vector<TextLine> lines_;
    std::string lowered_;
};

// A finding of `rule` at `line`, with its section, entry and bullet indexes.
sdk::Finding finding_at(const char* rule, sdk::Severity severity, const TextLine& line);

// Returns `text` in double quotes. Built by appending: GCC 12 warns
// (-Wrestrict, wrongly) on `"\"" + std::string(...)` once inlined here.
inline std::string in_quotes(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out += text;
    out += '"';
    return out;
}

// True when the byte before `pos` and the byte at `end` of `text` do not
// continue a word: the match is a whole word or phrase.
bool on_word_boundaries(std::string_view text, std::size_t pos, std::size_t end);

}  // namespace reshost::polish
