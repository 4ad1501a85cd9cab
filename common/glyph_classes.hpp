// What a glyph in extracted text says about how it was extracted: a
// private-use code point (an icon font, or a glyph the producer could not map)
// and the "(cid:N)" placeholders some producers write for unmapped glyphs. The
// PDF importer counts them for the document's glyph health; the ats pack
// locates them. One definition for both.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace reshost::common {

// True for the code points of the three Unicode private use areas.
inline bool is_private_use(uint32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD);
}

// Counts the "(cid:N)" placeholders in `text`, each once.
inline std::size_t cid_placeholders(std::string_view text) {
    std::size_t n = 0;
    for (auto pos = text.find("(cid:"); pos != std::string_view::npos; pos = text.find("(cid:", pos + 5)) {
        std::size_t k = pos + 5, digits = 0;
        while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k, ++digits;
        if (digits && k < text.size() && text[k] == ')') ++n;
    }
    return n;
}

}  // namespace reshost::common
