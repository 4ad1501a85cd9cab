// Counts of glyphs that did not come out as real text, taken before the
// text is normalized: U+FFFD and unmapped glyphs, private-use code points
// (icon fonts, broken encodings) and ligatures an ATS may not split.
#pragma once

#include <cstdint>
#include <string_view>

namespace reshost::pdf {

struct GlyphCounts {
    uint64_t total = 0;
    uint64_t replacement = 0;  // U+FFFD, control characters and "(cid:N)" placeholders
    uint64_t private_use = 0;
    uint64_t ligatures = 0;    // U+FB00-U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ)

    // Adds the code points of one piece of UTF-8 text.
    void count(std::string_view text);
};

}  // namespace reshost::pdf
