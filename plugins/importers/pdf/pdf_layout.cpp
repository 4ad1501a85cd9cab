// The whole-document layout: lines per page, running headers and footers
// across pages, then blocks.
#include "pdf_layout.hpp"

#include <algorithm>

namespace reshost::pdf {

DocumentLayout lay_out(const DocumentContent& doc, const MarkerSet& markers) {
    DocumentLayout out;
    std::vector<detail::PageLines> lines;
    lines.reserve(doc.pages.size());
    for (const auto& page : doc.pages) {
        lines.push_back(detail::read_lines(page));
        detail::split_gutter_lines(page, lines.back());
        out.columns = std::max(out.columns, lines.back().columns);
    }
    detail::mark_running_lines(doc.pages, lines);
    detail::carry_sidebars(lines);
    detail::TextStyle style = detail::measure_style(doc);
    style.marked_lists = detail::has_marked_lists(doc.pages, lines, markers);
    for (uint32_t p = 0; p < doc.pages.size(); ++p) detail::build_blocks(doc, p, lines[p], style, markers, out.blocks);
    detail::join_name_lines(out.blocks);
    detail::put_name_first(out.blocks);
    detail::demote_name_lines(out.blocks);
    detail::keep_sidebars_apart(out.blocks);
    detail::rank_headings(out.blocks, style.body_size);
    return out;
}

std::string text_under(const PageContent& page, const Box& box) {
    PageContent inside;
    inside.width = page.width;
    inside.height = page.height;
    for (const auto& w : page.words) {
        float x = w.box.center_x(), y = w.box.center_y();
        if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1)
            inside.add_word(page.text_of(w), w.box, w.font, w.size, w.style, w.base);
    }
    std::string out;
    for (const auto& line : detail::read_lines(inside).lines) {
        if (!out.empty()) out += ' ';
        out += detail::line_text(inside, line);
    }
    return out;
}

}  // namespace reshost::pdf
