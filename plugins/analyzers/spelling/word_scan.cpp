#include "word_scan.hpp"

#include <array>

namespace reshost::spelling {

namespace {

bool is_blank(std::string_view t, std::size_t i, std::size_t& len) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return len = 1, true;
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return len = 2, true;
    return false;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Punctuation that may stand around a word: quotes, brackets, emphasis marks.
constexpr std::array<std::string_view, 30> kWrapping = {
    "(", ")", "[", "]", "{", "}", "\"", "'", "*", "_", "`", ",", ".", ";", ":", "!", "?",
    "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u2026", "\u201E", "\u00B7", "\u2022", "<", ">", "~"};

std::size_t wrapping_prefix(std::string_view s) {
    for (std::string_view w : kWrapping)
        if (s.substr(0, w.size()) == w) return w.size();
    return 0;
}

std::size_t wrapping_suffix(std::string_view s) {
    for (std::string_view w : kWrapping)
        if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) return w.size();
    return 0;
}

// A chunk made only of a dash or a bullet sign ("–", "|", "•") starts a new clause.
bool is_separator(std::string_view chunk) {
    return chunk == "-" || chunk == "\u2013" || chunk == "\u2014" || chunk == "|" || chunk == "\u2022" ||
           chunk == "\u00B7";
}

// True when the chunk's last character closes a sentence or a clause.
bool ends_clause(std::string_view chunk) {
    while (!chunk.empty()) {
        char c = chunk.back();
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
        if (c == ')' || c == '"' || c == '\'' || c == ']' || c == '*') {
            chunk.remove_suffix(1);
            continue;
        }
        return false;
    }
    return false;
}

// The word in `core` with typographic apostrophes plain and soft hyphens as
// hyphens, or empty when `core` holds anything but letters, apostrophes and hyphens.
std::string plain_word(std::string_view core, bool& ascii) {
    std::string out;
    ascii = true;
    for (std::size_t i = 0; i < core.size();) {
        unsigned char c = static_cast<unsigned char>(core[i]);
        if (is_ascii_letter(core[i]) || c == '\'' || c == '-') {
            out += core[i++];
        } else if (core.substr(i, 3) == "\u2019") {
            out += '\'';
            i += 3;
        } else if (core.substr(i, 2) == "\u00AD") {
            out += '-';
            i += 2;
        } else if (c >= 0xC3 && c < 0xE0) {
            // A Latin letter with a mark ("ü", "é"): a word, though not an English one.
            std::size_t n = 2;
            out.append(core.substr(i, n));
            ascii = false;
            i += n;
        } else {
            return {};
        }
    }
    return out;
}

bool names_a_place_or_address(std::string_view chunk) {
    return chunk.find('@') != std::string_view::npos || chunk.find("://") != std::string_view::npos ||
           chunk.find("www.") != std::string_view::npos;
}

}  // namespace

std::vector<ScannedWord> scan_words(std::string_view prose) {
    std::vector<ScannedWord> out;
    bool start = true, broken = false;
    std::size_t i = 0, blank = 0;
    while (i < prose.size()) {
        if (is_blank(prose, i, blank)) {
            i += blank;
            continue;
        }
        std::size_t b = i;
        while (i < prose.size() && !is_blank(prose, i, blank)) ++i;
        std::string_view chunk = prose.substr(b, i - b);
        bool at_start = start, rest_of_broken = broken;
        start = ends_clause(chunk) || is_separator(chunk);
        broken = false;
        if (is_separator(chunk) || names_a_place_or_address(chunk)) continue;
        std::size_t lead = 0;
        while (std::size_t n = wrapping_prefix(chunk.substr(lead))) lead += n;
        std::string_view core = chunk.substr(lead);
        while (std::size_t n = wrapping_suffix(core)) core.remove_suffix(n);
        bool ascii = true;
        std::string word = plain_word(core, ascii);
        while (!word.empty() && (word.front() == '-' || word.front() == '\'')) word.erase(0, 1);
        if (word.empty()) continue;
        // "develop- ment": a word broken at a line end in a PDF; neither half is a word.
        if (word.back() == '-') {
            broken = true;
            continue;
        }
        if (rest_of_broken && word[0] >= 'a' && word[0] <= 'z') continue;
        out.push_back({std::move(word), b + lead, core.size(), at_start, ascii});
    }
    return out;
}

}  // namespace reshost::spelling
