// Grouping words into lines, region by region, in reading order.
#include "pdf_layout.hpp"

#include <algorithm>
#include <cmath>

namespace reshost::pdf::detail {
namespace {

// A sidebar is a column clearly narrower than the other one.
constexpr float sidebar_ratio = 0.8f;
// Words share a line when their boxes overlap this much vertically...
constexpr float min_overlap = 0.5f;
// ...or, when their baselines are known, when these are this share of the
// smaller box's height apart at most. Boxes may be far taller than the line
// pitch (some PDF makers give every glyph the font's whole ascent and
// descent), so the baseline is what tells lines apart.
constexpr float max_base_shift = 0.3f;

// Words this many times larger than others are set on lines of their own (a
// name beside a right-aligned column of contact lines shares their baselines).
constexpr float max_size_ratio = 1.8f;

// How well word `w` sits on the line of `first`: 0 when it does not, higher is better.
float fit(const Word& first, const Word& w) {
    const Box& a = first.box;
    const Box& b = w.box;
    float small = std::min(first.size, w.size), large = std::max(first.size, w.size);
    if (small > 0 && large > max_size_ratio * small) return 0.0f;
    float h = std::max(std::min(a.height(), b.height()), 0.1f);
    if (first.base >= 0 && w.base >= 0) {
        float shift = std::fabs(first.base - w.base) / h;
        return shift <= max_base_shift ? 2.0f - shift : 0.0f;
    }
    float o = (std::min(a.y1, b.y1) - std::max(a.y0, b.y0)) / h;
    return o >= min_overlap ? o : 0.0f;
}

float key_y(const Word& w) { return w.base >= 0 ? w.base : w.box.center_y(); }

void group(const PageContent& page, std::vector<uint32_t>& ids, Region region, std::vector<TextLine>& out) {
    std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) { return key_y(page.words[a]) < key_y(page.words[b]); });
    std::size_t first = out.size();
    for (uint32_t id : ids) {
        const Box& b = page.words[id].box;
        TextLine* best = nullptr;
        float best_fit = 0;
        // Lines are opened top to bottom; only the last few can still take a word.
        for (std::size_t k = out.size(), seen = 0; k > first && seen < 4; ++seen) {
            TextLine& line = out[--k];
            float f = fit(page.words[line.words[0]], page.words[id]);
            if (f > best_fit) {
                best_fit = f;
                best = &line;
            }
        }
        if (!best) {
            TextLine line;
            line.box = b;
            line.region = region;
            out.push_back(std::move(line));
            best = &out.back();
        } else {
            best->box.unite(b);
        }
        best->words.push_back(id);
    }
    for (std::size_t k = first; k < out.size(); ++k)
        std::sort(out[k].words.begin(), out[k].words.end(),
                  [&](uint32_t a, uint32_t b) { return page.words[a].box.x0 < page.words[b].box.x0; });
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [&](const TextLine& a, const TextLine& b) {
        return key_y(page.words[a.words[0]]) < key_y(page.words[b.words[0]]);
    });
}

}  // namespace

PageLines read_lines(const PageContent& page) {
    PageLines out;
    Gutter gutter;
    bool split = find_gutter(page, gutter);
    std::vector<uint32_t> ids[3];
    for (uint32_t i = 0; i < page.words.size(); ++i) {
        const Box& b = page.words[i].box;
        Region r = region_full;
        if (split && b.center_y() >= gutter.y_start) r = b.center_x() < gutter.x ? region_left : region_right;
        ids[r].push_back(i);
    }
    for (Region r : {region_full, region_left, region_right}) group(page, ids[r], r, out.lines);
    if (!split) return out;

    out.columns = 2;
    float extent[3] = {0, 0, 0};
    for (Region r : {region_left, region_right}) {
        if (ids[r].empty()) continue;
        Box b = page.words[ids[r][0]].box;
        for (uint32_t id : ids[r]) b.unite(page.words[id].box);
        extent[r] = b.width();
    }
    Region sidebar = region_full;
    if (extent[region_left] < sidebar_ratio * extent[region_right]) sidebar = region_left;
    else if (extent[region_right] < sidebar_ratio * extent[region_left]) sidebar = region_right;
    if (sidebar != region_full)
        for (auto& line : out.lines)
            if (line.region == sidebar) line.flags |= RH_BLOCK_IN_SIDEBAR;
    return out;
}

std::string line_text(const PageContent& page, const TextLine& line) {
    std::string out;
    for (uint32_t id : line.words) {
        if (!out.empty()) out += ' ';
        out.append(page.text_of(page.words[id]));
    }
    return out;
}

}  // namespace reshost::pdf::detail
