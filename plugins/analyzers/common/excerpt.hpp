// Short quotes of resume text for finding messages.
#pragma once

#include <string>
#include <string_view>

namespace reshost::analyzers {

// Returns `text` with each run of spaces, tabs and line breaks as one space.
inline std::string collapsed(std::string_view text) {
    std::string out;
    for (char c : text) {
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Returns `text` (spaces collapsed) cut at a word boundary near `max` bytes, with an ellipsis when cut.
inline std::string excerpt(std::string_view raw, std::size_t max) {
    std::string text = collapsed(raw);
    if (text.size() <= max) return text;
    std::size_t cut = text.rfind(' ', max);
    if (cut == std::string::npos || cut < max / 2) cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 sequences whole
    text.resize(cut);
    while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == ';')) text.pop_back();
    return text + "\u2026";
}

// Returns `text` in double quotes.
inline std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace reshost::analyzers
