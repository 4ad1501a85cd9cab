// Where a line's words are separated, from the gaps between their boxes.
// Letter-spaced text ("W O R K   E X P E R I E N C E", or capitals set
// with CSS letter-spacing) comes out of the text layer as one word per
// letter; its words are found again from the gaps: the gap between letters
// is the line's smallest, a word space is clearly wider.
#include "pdf_layout.hpp"

#include <algorithm>
#include <vector>

namespace reshost::pdf::detail {
namespace {

// Words further apart than this share of their size have a space between them.
constexpr float space_gap = 0.12f;
// Words further apart than this many times their size stand in separate
// columns of one line (a title and its right-aligned dates).
constexpr float column_gap = 1.5f;
// A line is letter-spaced when it has this many words and this share of
// them are single letters.
constexpr std::size_t min_letter_words = 4;
constexpr float letter_share = 0.7f;
// In letter-spaced text a word space is this many times the letter gap.
constexpr float word_to_letter = 1.8f;
// ...and a column break in it this many times a word space.
constexpr float letter_column = 4.0f;
// In display type, gaps this many times the narrowest are spaces and the
// narrowest are not.
constexpr float display_gap_ratio = 1.8f;

bool single_letter(std::string_view s) {
    if (s.empty()) return false;
    auto c = static_cast<unsigned char>(s[0]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return s.size() == len;
}

}  // namespace

LineSpacing spacing_of(const PageContent& page, const TextLine& line, float display_size) {
    LineSpacing out;
    std::size_t n = line.words.size();
    out.before.assign(n, spacing_join);
    if (n == 0) return out;
    std::size_t singles = 0;
    for (uint32_t id : line.words) singles += single_letter(page.text_of(page.words[id])) ? 1 : 0;
    float letter_gap = -1;
    // (A short run of display letters, "N D E" ending a name broken across lines, counts too.)
    bool display_letters = display_size > 0 && n >= 2 && singles == n &&
                           std::all_of(line.words.begin(), line.words.end(),
                                       [&](uint32_t id) { return page.words[id].size >= display_size; });
    if ((n >= min_letter_words || display_letters) && static_cast<float>(singles) >= letter_share * static_cast<float>(n)) {
        // The letter spacing is the usual gap between two single letters: the
        // lower median, as the gaps between words are wider and fewer (glyphs'
        // side bearings make single pairs narrower or wider).
        std::vector<float> gaps;
        for (std::size_t k = 1; k < n; ++k) {
            const Word& a = page.words[line.words[k - 1]];
            const Word& b = page.words[line.words[k]];
            if (!single_letter(page.text_of(a)) || !single_letter(page.text_of(b))) continue;
            gaps.push_back(std::max(b.box.x0 - a.box.x1, 0.0f));
        }
        if (!gaps.empty()) {
            auto mid = gaps.begin() + static_cast<std::ptrdiff_t>((gaps.size() - 1) / 2);
            std::nth_element(gaps.begin(), mid, gaps.end());
            letter_gap = *mid;
        }
        out.letter_spaced = letter_gap >= 0;
    }
    // Display type (a name, set large and often tracked out) can come apart
    // inside a word ("DESHPA N D E"): when its gaps fall into narrow ones and
    // wide ones, only the wide ones are spaces.
    float display_split = -1;
    if (display_size > 0 && n >= 3 && !out.letter_spaced) {
        float lo = 1e9f, hi = -1e9f;
        bool display = true;
        for (std::size_t k = 1; k < n; ++k) {
            const Word& a = page.words[line.words[k - 1]];
            const Word& b = page.words[line.words[k]];
            display = display && a.size >= display_size && b.size >= display_size;
            float g = b.box.x0 - a.box.x1;
            lo = std::min(lo, g);
            hi = std::max(hi, g);
        }
        if (display && hi >= display_gap_ratio * std::max(lo, 0.1f)) display_split = (lo + hi) / 2;
    }
    for (std::size_t k = 1; k < n; ++k) {
        const Word& a = page.words[line.words[k - 1]];
        const Word& b = page.words[line.words[k]];
        float size = std::max(a.size, b.size);
        float g = b.box.x0 - a.box.x1;
        float space = space_gap * size;
        if (display_split > 0) space = std::max(space, display_split);
        if (out.letter_spaced) space = std::max(space, word_to_letter * letter_gap + 0.05f * size);
        // Letter-spaced words stand wide apart: only a far wider gap breaks columns.
        float column = out.letter_spaced ? std::max(column_gap * size, letter_column * space) : column_gap * size;
        if (g > column) out.before[k] = spacing_column;
        else if (g > space) out.before[k] = spacing_space;
        // Figures against a word in another font ("May 2025" against a bold "Backend") stand apart.
        else if (a.font != b.font && (a.style & word_bold) != (b.style & word_bold)) {
            std::string_view ta = page.text_of(a), tb = page.text_of(b);
            bool figures = !ta.empty() && ta.back() >= '0' && ta.back() <= '9';
            bool word = !tb.empty() && ((tb.front() >= 'A' && tb.front() <= 'Z') || (tb.front() >= 'a' && tb.front() <= 'z'));
            if (figures && word) out.before[k] = spacing_space;
        }
    }
    return out;
}

}  // namespace reshost::pdf::detail
