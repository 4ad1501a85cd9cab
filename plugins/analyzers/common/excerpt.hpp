// Short quotes of resume text for finding messages.
#pragma once

#include <string>
#include <string_view>

namespace reshost::analyzers {

// Returns `text` cut at a word boundary near `max` bytes, with an ellipsis when cut.
inline std::string excerpt(std::string_view text, std::size_t max) {
    if (text.size() <= max) return std::string(text);
    std::size_t cut = text.rfind(' ', max);
    if (cut == std::string_view::npos || cut < max / 2) cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 sequences whole
    std::string out(text.substr(0, cut));
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';')) out.pop_back();
    return out + "\u2026";
}

// Returns `text` in double quotes.
inline std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace reshost::analyzers
