// The distance from one baseline to the next in running text. Gaps between
// paragraphs are measured against it rather than against the glyph boxes:
// boxes can be far shorter than the text (Type 3 fonts) or far taller
// (fonts whose boxes span the whole ascent and descent).
#include "pdf_layout.hpp"

#include <algorithm>
#include <cmath>

namespace reshost::pdf::detail {
namespace {

// The pitch is read off this many pairs of lines at least...
constexpr std::size_t min_pairs = 4;
// ...as this quantile of their distances: paragraph gaps only lengthen some.
constexpr float pitch_quantile = 0.35f;

// The size of the word with the most characters, rounded as line sizes are.
float main_size(const PageContent& page, const TextLine& line) {
    const Word* best = nullptr;
    for (uint32_t id : line.words)
        if (!best || page.words[id].text_size > best->text_size) best = &page.words[id];
    return best ? std::round(best->size * 2) / 2 : 0;
}

}  // namespace

float line_base(const PageContent& page, const TextLine& line) {
    float base = -1;
    for (uint32_t id : line.words) base = std::max(base, page.words[id].base);
    return base >= 0 ? base : line.box.y1;
}

float body_pitch(const PageContent& page, const PageLines& lines, float body_size) {
    std::vector<float> pitches;
    const TextLine* prev = nullptr;
    for (const auto& line : lines.lines) {
        if (line.words.empty()) continue;
        bool body = std::fabs(main_size(page, line) - body_size) < 0.3f;
        if (body && prev && prev->region == line.region) {
            float d = line_base(page, line) - line_base(page, *prev);
            if (d > 0) pitches.push_back(d);
        }
        prev = body ? &line : nullptr;
    }
    if (pitches.size() < min_pairs) return 0;
    auto k = static_cast<std::size_t>(pitch_quantile * static_cast<float>(pitches.size() - 1));
    std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(k), pitches.end());
    return pitches[k];
}

}  // namespace reshost::pdf::detail
