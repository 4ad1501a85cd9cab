// A sidebar is a flow of its own beside the main column: the main column's
// text goes on across a page break ("Experience" on page 1 runs on to page
// 2), and a sidebar read between the two halves would cut a section in two,
// its second half taken for part of the sidebar's last section. Sidebar
// blocks read between the main column of one page and its continuation on a
// later page wait for the main column's next heading, or the end.
#include "pdf_layout.hpp"

#include <optional>

namespace reshost::pdf::detail {

void keep_sidebars_apart(std::vector<BlockData>& blocks) {
    auto running = [](const BlockData& b) { return (b.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)) != 0; };
    auto side = [](const BlockData& b) { return (b.flags & RH_BLOCK_IN_SIDEBAR) != 0; };
    std::vector<BlockData> out, run, waiting;
    out.reserve(blocks.size());
    std::optional<uint32_t> main_page;  // the page of the last main-column block
    auto move_all = [&](std::vector<BlockData>& from) {
        for (auto& b : from) out.push_back(std::move(b));
        from.clear();
    };
    for (auto& b : blocks) {
        if (running(b)) {
            out.push_back(std::move(b));
            continue;
        }
        if (side(b)) {
            run.push_back(std::move(b));
            continue;
        }
        bool continues = main_page && b.loc.page > *main_page && b.kind != RH_BLOCK_HEADING;
        if (continues) {
            for (auto& r : run) waiting.push_back(std::move(r));
            run.clear();
        }
        if (b.kind == RH_BLOCK_HEADING) move_all(waiting);
        move_all(run);
        main_page = b.loc.page;
        out.push_back(std::move(b));
    }
    move_all(run);
    move_all(waiting);
    blocks = std::move(out);
}

}  // namespace reshost::pdf::detail
