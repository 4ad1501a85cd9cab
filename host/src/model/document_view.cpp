// The C view of a DocumentData: every struct and pointer array lives in
// deques owned by the view, so addresses stay put while it is built.
#include "model.hpp"

namespace reshost::detail {

struct DocumentView::Impl {
    std::deque<rh_location> locs;
    std::deque<rh_span> spans;
    std::deque<rh_line> lines;
    std::deque<rh_block> blocks;
    std::deque<rh_page> pages;
    std::deque<rh_link> links;
    std::deque<rh_image> images;
    std::deque<rh_font> fonts;
    std::deque<std::vector<const rh_span*>> span_arrays;
    std::deque<std::vector<const rh_line*>> line_arrays;
    std::vector<const rh_block*> block_ptrs;
    std::vector<const rh_page*> page_ptrs;
    std::vector<const rh_link*> link_ptrs;
    std::vector<const rh_image*> image_ptrs;
    std::vector<const rh_font*> font_ptrs;
    std::vector<rh_meta> meta;
    rh_document doc{};

    const rh_location* loc(const Location& l) { return &locs.emplace_back(l.c()); }
};

DocumentView::DocumentView(const DocumentData& d) : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    for (const BlockData& b : d.blocks) {
        std::vector<const rh_line*> line_ptrs;
        for (const LineData& l : b.lines) {
            std::vector<const rh_span*> span_ptrs;
            for (const SpanData& s : l.spans) {
                rh_span c{};
                c.struct_size = sizeof(rh_span);
                c.text = str(s.text);
                c.flags = s.flags;
                c.font = str(s.font);
                c.size = s.size;
                c.link = str(s.link);
                c.loc = s.loc ? m.loc(*s.loc) : nullptr;
                span_ptrs.push_back(&m.spans.emplace_back(c));
            }
            const auto& arr = m.span_arrays.emplace_back(std::move(span_ptrs));
            rh_line c{};
            c.struct_size = sizeof(rh_line);
            c.text = str(l.text);
            c.loc = m.loc(l.loc);
            c.spans = arr.data();
            c.span_count = arr.size();
            line_ptrs.push_back(&m.lines.emplace_back(c));
        }
        const auto& arr = m.line_arrays.emplace_back(std::move(line_ptrs));
        rh_block c{};
        c.struct_size = sizeof(rh_block);
        c.kind = b.kind;
        c.level = b.level;
        c.flags = b.flags;
        c.marker = str(b.marker);
        c.text = str(b.text);
        c.loc = m.loc(b.loc);
        c.lines = arr.data();
        c.line_count = arr.size();
        m.block_ptrs.push_back(&m.blocks.emplace_back(c));
    }
    for (const auto& [w, h] : d.pages) m.page_ptrs.push_back(&m.pages.emplace_back(rh_page{sizeof(rh_page), w, h}));
    for (const LinkData& l : d.links)
        m.link_ptrs.push_back(&m.links.emplace_back(rh_link{sizeof(rh_link), str(l.url), str(l.text), m.loc(l.loc)}));
    for (const ImageData& i : d.images)
        m.image_ptrs.push_back(&m.images.emplace_back(rh_image{sizeof(rh_image), str(i.alt), str(i.target), i.width,
                                                               i.height, i.page_share, m.loc(i.loc)}));
    for (const FontData& f : d.fonts)
        m.font_ptrs.push_back(
            &m.fonts.emplace_back(rh_font{sizeof(rh_font), str(f.name), f.embedded ? 1u : 0u, f.symbolic ? 1u : 0u}));
    for (const auto& [k, v] : d.meta) m.meta.push_back(rh_meta{str(k), str(v)});

    rh_document& doc = m.doc;
    doc.struct_size = sizeof(rh_document);
    doc.path = str(d.path);
    doc.format = str(d.format);
    doc.blocks = m.block_ptrs.data();
    doc.block_count = m.block_ptrs.size();
    doc.pages = m.page_ptrs.data();
    doc.page_count = m.page_ptrs.size();
    doc.links = m.link_ptrs.data();
    doc.link_count = m.link_ptrs.size();
    doc.images = m.image_ptrs.data();
    doc.image_count = m.image_ptrs.size();
    doc.fonts = m.font_ptrs.data();
    doc.font_count = m.font_ptrs.size();
    doc.meta = m.meta.data();
    doc.meta_count = m.meta.size();
}

DocumentView::~DocumentView() = default;

const rh_document* DocumentView::get() const { return &impl_->doc; }

}  // namespace reshost::detail
