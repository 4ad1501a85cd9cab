// List markers drawn as shapes: browsers print CSS list markers (disc,
// square, a styled ::before box) as small filled paths, so the line's text
// has no bullet. A shape of a glyph's size just left of a line's first word,
// on that word's row, marks the line as a list item.
#include "pdf_layout.hpp"

#include <algorithm>

namespace reshost::pdf::detail {
namespace {

// A marker is at most this share of the text size on either side...
constexpr float max_marker_size = 0.8f;
// ...and ends at most this many times the text size before the first word.
constexpr float max_marker_gap = 2.5f;
// Shapes looked at on one row at most: a row of rating dots or a chart
// costs no more than a few per line.
constexpr std::size_t max_looked_at = 64;

}  // namespace

bool has_drawn_marker(const PageContent& page, const TextLine& line, float size) {
    if (line.words.empty() || page.marks.empty() || size <= 0) return false;
    const Box& first = page.words[line.words[0]].box;
    // Marks are sorted top to bottom by their centre; only those centred on the first word's row count.
    auto it = std::lower_bound(page.marks.begin(), page.marks.end(), first.y0,
                               [](const Box& m, float y) { return m.center_y() < y; });
    for (std::size_t seen = 0; it != page.marks.end() && it->center_y() <= first.y1 && seen < max_looked_at; ++it, ++seen) {
        const Box& m = *it;
        if (m.width() > max_marker_size * size || m.height() > max_marker_size * size) continue;
        if (m.x1 > first.x0 + 0.5f || first.x0 - m.x1 > max_marker_gap * size) continue;
        return true;
    }
    return false;
}

}  // namespace reshost::pdf::detail
