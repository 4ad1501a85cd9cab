// Reading text code point by code point, and telling real letters from the
// glyphs a PDF producer could not map to text.
#pragma once

#include "glyph_classes.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace reshost::ats {

// Decodes the code point at `pos` and moves `pos` past it; a malformed byte
// reads as U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& pos);

// True for code points of the Unicode private-use areas (icon fonts, broken encodings).
bool is_private_use(char32_t c);

// True for U+FFFD and control characters other than tab, line feed and carriage return.
bool is_replacement(char32_t c);

// True for white space, including the no-break and ideographic spaces.
bool is_space(char32_t c);

// Returns `text` on one line, shortened to about `max` code points, with
// private-use and replacement glyphs written as [U+XXXX] so they can be read.
std::string printable(std::string_view text, std::size_t max = 60);

// The "(cid:N)" placeholders some producers write for unmapped glyphs (shared with the PDF importer).
using common::cid_placeholders;

}  // namespace reshost::ats
