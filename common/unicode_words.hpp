// Unicode-aware text helpers of the normalizer (NFKC through utf8proc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::detail {

// NFKC, case folded, accents stripped: the form words are compared in.
std::string fold(std::string_view text);

// The folded text with everything but letters and digits turned into single
// spaces, trimmed ("💼 Work-Experience:" -> "work experience").
std::string word_key(std::string_view text);

// Splits a word key on spaces.
std::vector<std::string> words(std::string_view key);

// Trims ASCII and Unicode spaces at both ends.
std::string_view trim(std::string_view text);

// Trims spaces and the punctuation a field should not start or end with
// (separators, colons, brackets, list bullets, emoji).
std::string trim_punct(std::string_view text);

// True when the text has letters and none of them is lower case.
bool is_all_caps(std::string_view text);

// Counts the Unicode letters in the text.
std::size_t letter_count(std::string_view text);

// Decodes one code point at `pos` and advances it; invalid bytes read as U+FFFD.
int32_t next_code_point(std::string_view text, std::size_t& pos);

}  // namespace reshost::detail
