// The name's header: the name, and what is set right around it (a job
// title, a headline, the contact lines). Those lines are styled like
// headings but belong to the header, not to the sections that follow; and
// a resume is read from its name, even when the name stands at the top of a
// sidebar read after the main column.
#include "pdf_layout.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <tuple>

namespace reshost::pdf::detail {
namespace {

// A heading this share of the name's size away from it, or nearer, is
// part of the name's header.
constexpr float near_name = 0.5f;
// A name's second line comes this many blocks after its first at most.
constexpr std::ptrdiff_t max_between_name_lines = 3;

bool overlaps_across(const rh_box& a, const rh_box& b) { return std::min(a.x1, b.x1) > std::max(a.x0, b.x0); }

}  // namespace

void put_name_first(std::vector<BlockData>& blocks) {
    auto name = std::find_if(blocks.begin(), blocks.end(), [](const BlockData& b) {
        return b.kind == RH_BLOCK_HEADING && b.level == 1 && b.loc.page == 1;
    });
    if (name == blocks.end()) return;
    bool after_sections = std::any_of(blocks.begin(), name, [](const BlockData& b) { return b.kind == RH_BLOCK_HEADING; });
    if (!after_sections) return;
    // The header runs to the next heading of the name's own column.
    auto end = std::find_if(name + 1, blocks.end(), [&](const BlockData& b) {
        return b.kind == RH_BLOCK_HEADING || b.loc.page != 1 || (b.flags & RH_BLOCK_IN_SIDEBAR) != (name->flags & RH_BLOCK_IN_SIDEBAR);
    });
    std::rotate(blocks.begin(), name, end);
}

void join_name_lines(std::vector<BlockData>& blocks) {
    auto name = std::find_if(blocks.begin(), blocks.end(), [](const BlockData& b) {
        return b.kind == RH_BLOCK_HEADING && b.level == 1 && b.loc.page == 1;
    });
    if (name == blocks.end() || name->lines.empty() || name->lines.back().spans.empty()) return;
    const SpanData& look = name->lines.back().spans.front();
    // The name's next line, a few blocks on at most: the contact lines set beside it come between.
    for (auto it = name + 1; it != blocks.end() && it - name <= max_between_name_lines; ++it) {
        const BlockData& b = *it;
        // (Set as large as the name, it may have been taken for a heading of its own.)
        if (b.lines.size() != 1 || b.lines[0].spans.empty() || b.loc.page != 1) continue;
        const SpanData& s = b.lines[0].spans.front();
        float below = b.loc.box.y0 - name->loc.box.y1;
        bool same_look = s.font == look.font && (s.flags & RH_SPAN_BOLD) == (look.flags & RH_SPAN_BOLD) &&
                         std::fabs(s.size - look.size) < 0.25f;
        bool under = std::fabs(b.loc.box.x0 - name->loc.box.x0) < 0.25f * look.size && below >= -0.25f * look.size &&
                     below <= 0.75f * look.size;
        if (!same_look || !under) continue;
        LineData line = b.lines[0];
        if (!line.spans.empty()) line.spans.front().text = " " + line.spans.front().text;
        LineData& head = name->lines.back();
        for (auto& sp : line.spans) head.spans.push_back(std::move(sp));
        Box box{name->loc.box.x0, name->loc.box.y0, name->loc.box.x1, name->loc.box.y1};
        box.unite(Box{b.loc.box.x0, b.loc.box.y0, b.loc.box.x1, b.loc.box.y1});
        name->loc.box = rh_box{box.x0, box.y0, box.x1, box.y1};
        head.loc.box = name->loc.box;
        blocks.erase(it);
        return;
    }
}

void demote_name_lines(std::vector<BlockData>& blocks) {
    auto name = std::find_if(blocks.begin(), blocks.end(), [](const BlockData& b) {
        return b.kind == RH_BLOCK_HEADING && b.level == 1 && b.loc.page == 1;
    });
    if (name == blocks.end()) return;
    const rh_box n = name->loc.box;
    float size = !name->lines.empty() && !name->lines[0].spans.empty() ? name->lines[0].spans[0].size : n.y1 - n.y0;
    float reach = near_name * size;
    auto near = [&](const BlockData& b) {
        const rh_box& h = b.loc.box;
        float distance = h.y0 >= n.y1 ? h.y0 - n.y1 : n.y0 >= h.y1 ? n.y0 - h.y1 : 0;
        return b.loc.page == 1 && distance <= reach && overlaps_across(h, n);
    };
    auto first_span = [](const BlockData& b) -> const SpanData* {
        return !b.lines.empty() && !b.lines[0].spans.empty() ? &b.lines[0].spans[0] : nullptr;
    };
    // A heading set as another one away from the name is a section's ("CAREER" right under the
    // name, "PUBLICATIONS" further down), not part of the name's header.
    auto style_of = [&](const SpanData& s) { return std::make_tuple(s.font, (s.flags & RH_SPAN_BOLD) != 0, std::lround(s.size * 2)); };
    std::set<std::tuple<std::string, bool, long>> far;  // how the headings away from the name are set
    for (const auto& o : blocks)
        if (&o != &*name && o.kind == RH_BLOCK_HEADING && !near(o))
            if (const SpanData* t = first_span(o)) far.insert(style_of(*t));
    auto like_a_section = [&](const BlockData& b) {
        const SpanData* s = first_span(b);
        return s && far.count(style_of(*s)) > 0;
    };
    for (auto& b : blocks) {
        if (&b == &*name || b.kind != RH_BLOCK_HEADING || !near(b) || like_a_section(b)) continue;
        b.kind = RH_BLOCK_PARAGRAPH;
        b.level = 0;
    }
}

}  // namespace reshost::pdf::detail
