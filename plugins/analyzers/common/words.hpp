// Splits resume text into words and compares them without case.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::analyzers {

// A word of a text and where it starts.
struct Word {
    std::string_view text;
    std::size_t offset = 0;
};

// True for the bytes a word is made of: ASCII letters and digits, apostrophes,
// hyphens inside words, and any non-ASCII byte (letters of other scripts).
inline bool is_word_byte(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '\'' || c == '-' ||
           u >= 0x80;
}

// Calls `f` with each word of `text` in order.
template <class F>
void for_each_word(std::string_view text, F f) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (!is_word_byte(text[i]) || text[i] == '-' || text[i] == '\'')) ++i;
        std::size_t b = i;
        while (i < text.size() && is_word_byte(text[i])) ++i;
        std::size_t e = i;
        while (e > b && (text[e - 1] == '-' || text[e - 1] == '\'')) --e;
        if (e > b) f(Word{text.substr(b, e - b), b});
    }
}

// Returns the words of `text` in order.
inline std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> out;
    for_each_word(text, [&](const Word& w) { out.push_back(w); });
    return out;
}

// `c`, lowered when it is an ASCII capital.
inline char lower_char(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Returns `s` with ASCII letters lowered.
inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Returns `s` with its first letter raised ("optimized" -> "Optimized").
inline std::string capitalized(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// Appends the lowered words of `text` to `out`, joined by single spaces.
inline void append_normalized(std::string& out, std::string_view text) {
    bool first = true;
    for_each_word(text, [&](const Word& w) {
        if (!first) out += ' ';
        first = false;
        std::size_t at = out.size();
        out += w.text;
        for (std::size_t i = at; i < out.size(); ++i) out[i] = lower_char(out[i]);
    });
}

// Returns the lowered words of `text` joined by single spaces, for phrase matching.
inline std::string normalized_phrase(std::string_view text) {
    std::string out;
    out.reserve(text.size());  // never longer than the text
    append_normalized(out, text);
    return out;
}

// True when `phrase` (normalized) occurs in `haystack` (normalized) on word boundaries.
inline bool contains_phrase(std::string_view haystack, std::string_view phrase) {
    if (phrase.empty()) return false;
    for (std::size_t pos = haystack.find(phrase); pos != std::string_view::npos; pos = haystack.find(phrase, pos + 1)) {
        bool start = pos == 0 || haystack[pos - 1] == ' ';
        std::size_t end = pos + phrase.size();
        bool stop = end == haystack.size() || haystack[end] == ' ';
        if (start && stop) return true;
    }
    return false;
}

}  // namespace reshost::analyzers
