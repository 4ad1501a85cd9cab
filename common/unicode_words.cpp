#include "unicode_words.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace reshost::detail {

int32_t next_code_point(std::string_view text, std::size_t& pos) {
    if (auto c = static_cast<unsigned char>(text[pos]); c < 0x80) {
        ++pos;
        return c;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                              static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) {
        pos += 1;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(n);
    return cp;
}

namespace {

// Most resume text and every data file is ASCII: these answer without a
// Unicode table lookup, with the same answers utf8proc gives.
bool is_ascii_alpha(int32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
bool is_ascii_alnum(int32_t cp) { return is_ascii_alpha(cp) || (cp >= '0' && cp <= '9'); }

bool is_space(int32_t cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0xFEFF || cp == 0x200B) return true;
    if (cp < 0x80) return false;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

bool is_letter(int32_t cp) {
    if (cp < 0x80) return is_ascii_alpha(cp);
    auto c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_word_char(int32_t cp) {
    if (cp < 0x80) return is_ascii_alnum(cp);
    auto c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

// Keeps a field's own closing bracket, quote or symbol such as "C++" or "C#".
bool keeps_at_end(int32_t cp) { return cp == ')' || cp == ']' || cp == '+' || cp == '#' || cp == '.' || cp == '"'; }
bool keeps_at_start(int32_t cp) { return cp == '(' || cp == '[' || cp == '.' || cp == '"' || cp == '+' || cp == '$'; }

}  // namespace

namespace {

void append_lower_ascii(std::string& out, std::string_view ascii) {
    for (char c : ascii) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

void append_folded(std::string& out, std::string_view text) {
    utf8proc_uint8_t* mapped = nullptr;
    auto opts = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                               UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                          static_cast<utf8proc_ssize_t>(text.size()), &mapped, opts);
    if (n < 0 || !mapped) {
        out += text;  // invalid UTF-8 is kept as it is
        return;
    }
    out.append(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
    std::free(mapped);
}

}  // namespace

std::string fold(std::string_view text) {
    // Runs of ASCII are only lower-cased; utf8proc sees the other runs alone.
    // Cutting there changes nothing: no ASCII character combines with its
    // neighbours under NFKC, and a combining mark after an ASCII letter is
    // stripped either way.
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = i;
        while (j < text.size() && static_cast<unsigned char>(text[j]) < 0x80) ++j;
        append_lower_ascii(out, text.substr(i, j - i));
        std::size_t k = j;
        while (k < text.size() && static_cast<unsigned char>(text[k]) >= 0x80) ++k;
        if (k > j) append_folded(out, text.substr(j, k - j));
        i = k;
    }
    return out;
}

std::string word_key(std::string_view text) {
    std::string f = fold(text);
    std::string out;
    bool gap = false;
    for (std::size_t pos = 0; pos < f.size();) {
        std::size_t start = pos;
        int32_t cp = next_code_point(f, pos);
        if (is_word_char(cp)) {
            if (gap && !out.empty()) out += ' ';
            gap = false;
            out.append(f, start, pos - start);
        } else {
            gap = true;
        }
    }
    return out;
}

std::vector<std::string> words(std::string_view key) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < key.size()) {
        std::size_t j = key.find(' ', i);
        if (j == std::string_view::npos) j = key.size();
        if (j > i) out.emplace_back(key.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

std::string_view trim(std::string_view text) {
    std::size_t b = 0;
    while (b < text.size()) {
        std::size_t p = b;
        if (!is_space(next_code_point(text, p))) break;
        b = p;
    }
    std::size_t e = text.size();
    while (e > b) {
        std::size_t s = e - 1;
        while (s > b && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
        std::size_t p = s;
        if (!is_space(next_code_point(text, p))) break;
        e = s;
    }
    return text.substr(b, e - b);
}

std::string trim_punct(std::string_view text) {
    std::size_t b = 0;
    while (b < text.size()) {
        std::size_t p = b;
        int32_t cp = next_code_point(text, p);
        if (is_word_char(cp) || keeps_at_start(cp)) break;
        b = p;
    }
    std::size_t e = text.size();
    while (e > b) {
        std::size_t s = e - 1;
        while (s > b && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
        std::size_t p = s;
        int32_t cp = next_code_point(text, p);
        if (is_word_char(cp) || keeps_at_end(cp)) break;
        e = s;
    }
    std::string out(text.substr(b, e - b));
    // A lone bracket left at one end ("(MyTown" or "2020)") is noise.
    auto count = [&](char c) { return static_cast<long>(std::count(out.begin(), out.end(), c)); };
    while (!out.empty() && out.back() == ')' && count(')') > count('(')) out = std::string(trim(out.substr(0, out.size() - 1)));
    while (!out.empty() && out.front() == '(' && count('(') > count(')')) out = std::string(trim(out.substr(1)));
    while (!out.empty() && out.back() == '.' && out.size() > 1 && out[out.size() - 2] == ' ') out.pop_back();
    return std::string(trim(out));
}

bool is_all_caps(std::string_view text) {
    bool letters = false;
    for (std::size_t pos = 0; pos < text.size();) {
        int32_t cp = next_code_point(text, pos);
        if (cp < 0x80) {
            if (cp >= 'a' && cp <= 'z') return false;
            letters = letters || (cp >= 'A' && cp <= 'Z');
            continue;
        }
        auto c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL) return false;
        if (c == UTF8PROC_CATEGORY_LU) letters = true;
    }
    return letters;
}

std::size_t letter_count(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();)
        if (is_letter(next_code_point(text, pos))) ++n;
    return n;
}

}  // namespace reshost::detail
