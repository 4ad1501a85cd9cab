// Headings set off by a drawn shape rather than by their type: a coloured
// bar just left of the text, or a rule under the line running on across
// the column.
#include "pdf_layout.hpp"

#include <algorithm>

namespace reshost::pdf::detail {
namespace {

// A bar is this many times the text size tall, within...
constexpr float min_bar_height = 0.8f, max_bar_height = 2.5f;
// ...and ends at most this many times the size before the first word.
constexpr float max_bar_gap = 2.0f;
// A rule under the line starts at most one size left of it, runs on at
// least this many sizes past its end, and lies within this many sizes
// under the line.
constexpr float rule_run_on = 2.0f;
constexpr float max_rule_drop = 0.8f;
// Rules looked at around one line at most: a page drawn as thousands of
// strokes (a chart, a barcode) costs no more than a few per line.
constexpr std::size_t max_looked_at = 64;

// A rating meter draws its value over a track: two rules on the same row.
bool in_a_meter(const PageContent& page, const Box& rule) {
    auto it = std::lower_bound(page.rules.begin(), page.rules.end(), rule.center_y() - 1.0f,
                               [](const Box& r, float y) { return r.center_y() < y; });
    for (std::size_t seen = 0; it != page.rules.end() && it->center_y() <= rule.center_y() + 1.0f && seen < max_looked_at; ++it, ++seen)
        if (&*it != &rule && it->width() > it->height() && std::min(it->x1, rule.x1) > std::max(it->x0, rule.x0)) return true;
    return false;
}

}  // namespace

bool set_off_by_rule(const PageContent& page, const TextLine& line, float size) {
    if (line.words.empty() || page.rules.empty() || size <= 0) return false;
    const Box& first = page.words[line.words[0]].box;
    float top = line.box.y0 - max_bar_height * size, bottom = line.box.y1 + max_rule_drop * size + max_bar_height * size;
    auto it = std::lower_bound(page.rules.begin(), page.rules.end(), top,
                               [](const Box& r, float y) { return r.center_y() < y; });
    bool under = false, above = false;
    for (std::size_t seen = 0; it != page.rules.end() && it->center_y() <= bottom && seen < max_looked_at; ++it, ++seen) {
        const Box& r = *it;
        bool vertical = r.height() > r.width();
        if (vertical) {
            bool beside = r.x1 <= first.x0 + 0.5f && first.x0 - r.x1 <= max_bar_gap * size;
            bool tall = r.height() >= min_bar_height * size && r.height() <= max_bar_height * size;
            float overlap = std::min(r.y1, line.box.y1) - std::max(r.y0, line.box.y0);
            if (beside && tall && overlap >= 0.5f * line.box.height()) return true;
            continue;
        }
        bool across = r.x0 <= line.box.x0 + size && r.x1 >= line.box.x1 + rule_run_on * size;
        if (!across || in_a_meter(page, r)) continue;
        if (r.y0 >= line.box.y1 - 0.2f * size && r.y0 <= line.box.y1 + max_rule_drop * size) under = true;
        // A rule right above as well boxes a table's row in.
        if (r.y1 <= line.box.y0 + 0.2f * size && r.y1 >= line.box.y0 - max_rule_drop * size) above = true;
    }
    return under && !above;
}

}  // namespace reshost::pdf::detail
