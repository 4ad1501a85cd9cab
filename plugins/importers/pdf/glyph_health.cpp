#include "glyph_health.hpp"
#include "unicode_text.hpp"

namespace reshost::pdf {
namespace {

bool is_private_use(uint32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD);
}

// Some producers write unmapped glyphs as "(cid:123)"; each counts once.
std::size_t cid_placeholders(std::string_view s) {
    std::size_t n = 0;
    for (auto pos = s.find("(cid:"); pos != std::string_view::npos; pos = s.find("(cid:", pos + 5)) {
        std::size_t k = pos + 5, digits = 0;
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k, ++digits;
        if (digits && k < s.size() && s[k] == ')') ++n;
    }
    return n;
}

}  // namespace

void GlyphCounts::count(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        uint32_t c = next_code_point(text, pos);
        // Tabs and line breaks are layout; other control characters are glyphs
        // the font could not map.
        if (c == '\t' || c == '\n' || c == '\r') continue;
        ++total;
        if (c == 0xFFFD || c < 0x20 || (c >= 0x7F && c < 0xA0)) ++replacement;
        else if (is_private_use(c)) ++private_use;
        else if (c >= 0xFB00 && c <= 0xFB06) ++ligatures;
    }
    replacement += cid_placeholders(text);
}

}  // namespace reshost::pdf
