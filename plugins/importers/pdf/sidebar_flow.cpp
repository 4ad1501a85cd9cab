// A sidebar is a flow of its own beside the main column: the main column's
// text goes on across a page break ("Experience" on page 1 runs on to page
// 2), and a sidebar read between the two halves would cut a section in two,
// its second half taken for part of the sidebar's last section. Sidebar
// blocks read between the main column of one page and its continuation on a
// later page wait for the main column's next heading, or the end.
#include "pdf_layout.hpp"

#include <optional>

namespace reshost::pdf::detail {
namespace {

// How far (in points) a line may stand outside the sidebar's band and still
// be taken for the sidebar going on.
constexpr float band_slack = 4.0f;

constexpr uint32_t running_flags = RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER;

}  // namespace

void carry_sidebars(std::vector<PageLines>& pages) {
    // The last sidebar band seen, the main column's band beside it, and the sidebar's side.
    std::optional<Box> side, main;
    Region side_region = region_full;
    for (auto& page : pages) {
        bool split = page.columns > 1;
        if (split) {
            side.reset();
            main.reset();
            for (const auto& line : page.lines) {
                if (line.region == region_full || (line.flags & running_flags)) continue;
                bool in_side = line.flags & RH_BLOCK_IN_SIDEBAR;
                auto& band = in_side ? side : main;
                if (band) band->unite(line.box);
                else band = line.box;
                if (in_side) side_region = line.region;
            }
            continue;
        }
        if (!side || !main) continue;
        bool any = false, inside = true;
        for (const auto& line : page.lines) {
            if (line.flags & running_flags) continue;
            any = true;
            const Box& b = line.box;
            bool clear_of_main = side_region == region_left ? b.x1 < main->x0 : b.x0 > main->x1;
            inside = inside && clear_of_main && b.x0 >= side->x0 - band_slack && b.x1 <= side->x1 + band_slack;
        }
        if (!any || !inside) {
            side.reset();
            continue;
        }
        for (auto& line : page.lines) {
            if (line.flags & running_flags) continue;
            line.flags |= RH_BLOCK_IN_SIDEBAR;
            line.region = side_region;
        }
    }
}

void keep_sidebars_apart(std::vector<BlockData>& blocks) {
    auto side = [](const BlockData& b) { return (b.flags & RH_BLOCK_IN_SIDEBAR) != 0; };
    // Sidebar runs (blocks read one after the other), and where each goes:
    // before the main-column block at that index of `out`.
    std::vector<std::vector<BlockData>> runs;
    std::vector<std::pair<std::size_t, std::size_t>> places;  // (index in out, run)
    std::vector<BlockData> out;
    out.reserve(blocks.size());
    std::vector<std::size_t> unplaced, waiting;
    constexpr std::size_t no_run = static_cast<std::size_t>(-1);
    std::size_t open = no_run;          // the run the previous block went to
    std::optional<uint32_t> main_page;  // the page of the last main-column block
    auto place = [&](std::vector<std::size_t>& which) {
        for (std::size_t r : which) places.emplace_back(out.size(), r);
        which.clear();
    };
    for (auto& b : blocks) {
        if (b.flags & running_flags) {
            out.push_back(std::move(b));
            continue;
        }
        if (side(b)) {
            if (open == no_run) {
                // A run that starts without a heading goes on with the sidebar's
                // last section (its next page), wherever that was placed.
                if (b.kind != RH_BLOCK_HEADING && !runs.empty()) {
                    open = runs.size() - 1;
                } else {
                    open = runs.size();
                    runs.emplace_back();
                    unplaced.push_back(open);
                }
            }
            runs[open].push_back(std::move(b));
            continue;
        }
        open = no_run;
        bool continues = main_page && b.loc.page > *main_page && b.kind != RH_BLOCK_HEADING;
        if (continues) {
            waiting.insert(waiting.end(), unplaced.begin(), unplaced.end());
            unplaced.clear();
        }
        if (b.kind == RH_BLOCK_HEADING) place(waiting);
        place(unplaced);
        main_page = b.loc.page;
        out.push_back(std::move(b));
    }
    place(waiting);
    place(unplaced);
    blocks.clear();
    blocks.reserve(out.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i <= out.size(); ++i) {
        for (; next < places.size() && places[next].first == i; ++next)
            for (auto& b : runs[places[next].second]) blocks.push_back(std::move(b));
        if (i < out.size()) blocks.push_back(std::move(out[i]));
    }
}

}  // namespace reshost::pdf::detail
