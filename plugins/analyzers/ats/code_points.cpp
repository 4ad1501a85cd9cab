#include "code_points.hpp"

#include <utf8proc.h>

#include <cstdio>

namespace reshost::ats {

char32_t next_code_point(std::string_view s, std::size_t& pos) {
    // Most resume text is ASCII: one byte, one code point, no decoding.
    if (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) {
        ++pos;
        return static_cast<unsigned char>(s[pos - 1]);
    }
    utf8proc_int32_t c = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                              static_cast<utf8proc_ssize_t>(s.size() - pos), &c);
    if (n <= 0 || c < 0) {
        ++pos;
        return U'\uFFFD';
    }
    pos += static_cast<std::size_t>(n);
    return static_cast<char32_t>(c);
}

bool is_private_use(char32_t c) { return common::is_private_use(static_cast<uint32_t>(c)); }

bool is_replacement(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\r') return false;
    return c == 0xFFFD || c < 0x20 || (c >= 0x7F && c < 0xA0);
}

bool is_space(char32_t c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
    if (c < 0x80) return false;  // no other ASCII character is a space separator
    return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ZS;
}

std::string printable(std::string_view text, std::size_t max) {
    std::string out;
    std::size_t count = 0;
    bool space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        char32_t c = next_code_point(text, pos);
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (count >= max) {
            out += "\u2026";
            break;
        }
        if (space) out += ' ', ++count;
        space = false;
        if (is_private_use(c) || is_replacement(c)) {
            char code[16];
            std::snprintf(code, sizeof code, "[U+%04X]", static_cast<unsigned>(c));
            out += code;
        } else out.append(text.substr(start, pos - start));
        ++count;
    }
    return out;
}

}  // namespace reshost::ats
