// The sink importers fill: every call's data is copied into DocumentData at
// once, because the importer's buffers are only valid during the call.
#include "model.hpp"

#include <exception>
#include <new>

namespace reshost::detail {

namespace {

DocumentData& doc_of(void* ctx) { return *static_cast<DocumentData*>(ctx); }

std::string copy(rh_str s) { return std::string(view(s)); }

SpanData copy_span(const rh_span* p) {
    rh_span s = read_sized(p);
    SpanData out;
    out.text = copy(s.text);
    out.flags = s.flags;
    out.font = copy(s.font);
    out.size = s.size;
    out.link = copy(s.link);
    if (s.loc) out.loc = Location::from(s.loc);
    return out;
}

LineData copy_line(const rh_line* p) {
    rh_line l = read_sized(p);
    LineData out;
    out.loc = Location::from(l.loc);
    for (std::size_t i = 0; l.spans && i < l.span_count; ++i)
        if (l.spans[i]) out.spans.push_back(copy_span(l.spans[i]));
    out.text = copy(l.text);
    if (out.text.empty())
        for (const auto& s : out.spans) out.text += s.text;
    return out;
}

// Runs a copy; a failure (out of memory) is recorded instead of crossing the C boundary.
template <class F>
void guarded(void* ctx, const char* what, F&& f) noexcept {
    if (!ctx) return;
    try {
        f(doc_of(ctx));
    } catch (const std::exception& e) {
        try {
            doc_of(ctx).failure = std::string("could not copy the importer's ") + what + ": " + e.what();
        } catch (...) {
        }
    }
}

void add_block(void* ctx, const rh_block* p) {
    if (!p) return;
    guarded(ctx, "block", [&](DocumentData& doc) {
        rh_block b = read_sized(p);
        BlockData out;
        if (b.kind >= RH_BLOCK_PARAGRAPH && b.kind <= RH_BLOCK_RULE) out.kind = static_cast<rh_block_kind>(b.kind);
        out.level = b.level;
        out.flags = b.flags;
        out.marker = copy(b.marker);
        out.loc = Location::from(b.loc);
        for (std::size_t i = 0; b.lines && i < b.line_count; ++i)
            if (b.lines[i]) out.lines.push_back(copy_line(b.lines[i]));
        out.text = copy(b.text);
        if (out.text.empty())
            for (std::size_t i = 0; i < out.lines.size(); ++i) {
                if (i) out.text += '\n';
                out.text += out.lines[i].text;
            }
        doc.blocks.push_back(std::move(out));
    });
}

void add_page(void* ctx, const rh_page* p) {
    if (!p) return;
    guarded(ctx, "page", [&](DocumentData& doc) {
        rh_page pg = read_sized(p);
        doc.pages.emplace_back(pg.width, pg.height);
    });
}

void add_link(void* ctx, const rh_link* p) {
    if (!p) return;
    guarded(ctx, "link", [&](DocumentData& doc) {
        rh_link l = read_sized(p);
        doc.links.push_back(LinkData{copy(l.url), copy(l.text), Location::from(l.loc)});
    });
}

void add_image(void* ctx, const rh_image* p) {
    if (!p) return;
    guarded(ctx, "image", [&](DocumentData& doc) {
        rh_image i = read_sized(p);
        doc.images.push_back(
            ImageData{copy(i.alt), copy(i.target), i.width, i.height, i.page_share, Location::from(i.loc)});
    });
}

void add_font(void* ctx, const rh_font* p) {
    if (!p) return;
    guarded(ctx, "font", [&](DocumentData& doc) {
        rh_font f = read_sized(p);
        doc.fonts.push_back(FontData{copy(f.name), f.embedded != 0, f.symbolic != 0});
    });
}

void set_meta(void* ctx, rh_str key, rh_str value) {
    guarded(ctx, "metadata", [&](DocumentData& doc) {
        std::string k = copy(key);
        for (auto& kv : doc.meta)
            if (kv.first == k) {
                kv.second = copy(value);
                return;
            }
        doc.meta.emplace_back(std::move(k), copy(value));
    });
}

void fail(void* ctx, rh_str reason) {
    guarded(ctx, "failure reason", [&](DocumentData& doc) {
        doc.failure = reason.size ? copy(reason) : std::string("the importer failed without saying why");
    });
}

}  // namespace

std::string_view DocumentData::meta_value(std::string_view key) const {
    for (const auto& kv : meta)
        if (kv.first == key) return kv.second;
    return {};
}

rh_document_sink document_sink(DocumentData& doc) {
    rh_document_sink s{};
    s.struct_size = sizeof(rh_document_sink);
    s.ctx = &doc;
    s.add_block = &add_block;
    s.add_page = &add_page;
    s.add_link = &add_link;
    s.add_image = &add_image;
    s.add_font = &add_font;
    s.set_meta = &set_meta;
    s.fail = &fail;
    return s;
}

}  // namespace reshost::detail
