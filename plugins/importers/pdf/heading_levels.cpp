// The levels of headings across the document: where the sections'
// headings are set larger than the text, a heading in the text's own size
// (a role's title in bold capitals) heads something inside a section.
#include "pdf_layout.hpp"

namespace reshost::pdf::detail {
namespace {

// Headings this much larger than body text head sections...
constexpr float large_heading = 1.15f;
// ...and, where there are such, those no larger than this are sub-headings.
constexpr float body_heading = 1.05f;

}  // namespace

void rank_headings(std::vector<BlockData>& blocks, float body_size) {
    auto size_of = [](const BlockData& b) {
        for (const auto& l : b.lines)
            for (const auto& sp : l.spans)
                if (sp.text.find_first_not_of(' ') != std::string::npos) return sp.size;
        return 0.0f;
    };
    std::size_t large = 0;
    for (const auto& b : blocks)
        if (b.kind == RH_BLOCK_HEADING && b.level == 2 && size_of(b) >= large_heading * body_size) ++large;
    if (large < 2) return;
    for (auto& b : blocks)
        if (b.kind == RH_BLOCK_HEADING && b.level == 2 && size_of(b) < body_heading * body_size) b.level = 3;
}

}  // namespace reshost::pdf::detail
