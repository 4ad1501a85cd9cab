#include "entry_links.hpp"

#include <vector>

namespace reshost::projects {

using namespace ::reshost::sdk;
namespace {

// True when two locations point at the same source line, paragraph or place on a page.
bool same_place(const rh_location* a, const rh_location* b) {
    if (!a || !b) return false;
    Location x = Location::from(a), y = Location::from(b);
    if (x.line && y.line)
        return x.line <= (y.line_end ? y.line_end : y.line) && y.line <= (x.line_end ? x.line_end : x.line);
    if (x.paragraph && y.paragraph) return x.paragraph == y.paragraph && x.part == y.part;
    if (x.page && y.page) {
        if (x.page != y.page) return false;
        return x.box.y0 < y.box.y1 && y.box.y0 < x.box.y1 && x.box.x0 < y.box.x1 && y.box.x0 < x.box.x1;
    }
    return false;
}

bool block_has_link(const Block& block) {
    for (Line line : block.lines())
        for (Span span : line.spans())
            if ((span.flags() & RH_SPAN_LINK) || !span.link().empty()) return true;
    return false;
}

}  // namespace

bool entry_has_link(const Document& doc, const Section& section, const Entry& entry) {
    std::vector<const rh_location*> places;
    for (const rh_location* loc : {entry.location(), entry.title().location(), entry.organization().location()})
        if (loc) places.push_back(loc);
    for (const Field& line : entry.lines())
        if (line.location()) places.push_back(line.location());

    auto blocks = doc.blocks();
    for (Bullet b : entry.bullets())
        if (b.block() < blocks.size() && block_has_link(blocks[b.block()])) return true;
    std::size_t first = section.first_block(), last = first + section.block_count();
    for (std::size_t i = first; i < last && i < blocks.size(); ++i) {
        Block block = blocks[i];
        for (const rh_location* p : places)
            if (same_place(block.location(), p) && block_has_link(block)) return true;
    }
    for (Link link : doc.links()) {
        if (link.url().empty()) continue;
        for (const rh_location* p : places)
            if (same_place(link.location(), p)) return true;
    }
    return false;
}

}  // namespace reshost::projects
