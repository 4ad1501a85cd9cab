#include "glyph_health.hpp"
#include "unicode_text.hpp"

#include "glyph_classes.hpp"

namespace reshost::pdf {
using common::cid_placeholders;
using common::is_private_use;

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
