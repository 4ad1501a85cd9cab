// The lines set right above or below the name (a job title, a headline) are
// styled like headings but belong to the name's header, not to the sections
// that follow: they are written as paragraphs.
#include "pdf_layout.hpp"

#include <algorithm>

namespace reshost::pdf::detail {
namespace {

// A heading this many times the name's height away from it, or nearer, is
// part of the name's header.
constexpr float near_name = 1.2f;

bool overlaps_across(const rh_box& a, const rh_box& b) { return std::min(a.x1, b.x1) > std::max(a.x0, b.x0); }

}  // namespace

void demote_name_lines(std::vector<BlockData>& blocks) {
    auto name = std::find_if(blocks.begin(), blocks.end(), [](const BlockData& b) {
        return b.kind == RH_BLOCK_HEADING && b.level == 1 && b.loc.page == 1;
    });
    if (name == blocks.end()) return;
    const rh_box n = name->loc.box;
    float reach = near_name * (n.y1 - n.y0) / static_cast<float>(std::max<std::size_t>(name->lines.size(), 1));
    for (auto& b : blocks) {
        if (&b == &*name || b.kind != RH_BLOCK_HEADING || b.loc.page != 1) continue;
        const rh_box& h = b.loc.box;
        float distance = h.y0 >= n.y1 ? h.y0 - n.y1 : n.y0 >= h.y1 ? n.y0 - h.y1 : 0;
        if (distance <= reach && overlaps_across(h, n)) {
            b.kind = RH_BLOCK_PARAGRAPH;
            b.level = 0;
        }
    }
}

}  // namespace reshost::pdf::detail
