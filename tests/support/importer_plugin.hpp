// Loads a built importer plugin through its C entry point, as a host does,
// and keeps a copy of everything its importer hands over: blocks with their
// lines and spans, links, images, fonts, metadata and pages.
#pragma once

#include "plugin_library.hpp"

#include <reshost/plugin.h>

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::test {

// Where a piece of a document comes from: a page and box (PDF) or a part and
// paragraph (DOCX).
struct Where {
    uint32_t page = 0;
    rh_box box{};
    std::string part;
    uint32_t paragraph = 0;
};

struct Span {
    std::string text, font, link;
    uint32_t flags = 0;
    float size = 0;
};

struct Line {
    std::string text;
    Where at;
    std::vector<Span> spans;
};

struct Block {
    uint32_t kind = 0, level = 0, flags = 0;
    std::string marker, text;
    Where at;
    std::vector<Line> lines;
};

struct Link {
    std::string url, text;
    Where at;
};

struct Image {
    std::string alt, target;
    float width = 0, height = 0, page_share = 0;
    Where at;
};

struct Font {
    std::string name;
    bool embedded = false, symbolic = false;
};

namespace detail {

inline std::string copy(rh_str s) { return std::string(sv(s)); }

inline Where where_of(const rh_location* loc) {
    return loc ? Where{loc->page, loc->box, copy(loc->part), loc->paragraph} : Where{};
}

inline std::string kind_name(uint32_t kind) {
    switch (kind) {
    case RH_BLOCK_PARAGRAPH: return "p";
    case RH_BLOCK_HEADING: return "h";
    case RH_BLOCK_LIST_ITEM: return "li";
    case RH_BLOCK_TABLE_CELL: return "td";
    default: return "?" + std::to_string(kind);
    }
}

}  // namespace detail

// What one import handed over, copied at once as a host does.
struct CollectedDocument {
    int status = -1;
    std::string failure;
    std::vector<Block> blocks;
    std::vector<Link> links;
    std::vector<Image> images;
    std::vector<Font> fonts;
    std::map<std::string, std::string> meta;
    std::size_t pages = 0;

    // Number of times `phrase` occurs in the blocks' text.
    std::size_t count(std::string_view phrase) const {
        std::size_t n = 0;
        for (const auto& b : blocks)
            for (std::size_t at = b.text.find(phrase); at != std::string::npos; at = b.text.find(phrase, at + 1)) ++n;
        return n;
    }
    // Index of the first block containing `phrase`, or -1.
    int find(std::string_view phrase) const {
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (blocks[i].text.find(phrase) != std::string::npos) return static_cast<int>(i);
        return -1;
    }
    // The font named `name`, or null.
    const Font* font(std::string_view name) const {
        for (const auto& f : fonts)
            if (f.name == name) return &f;
        return nullptr;
    }
    // Every block's text in reading order, one block per line.
    std::string text() const {
        std::string out;
        for (const auto& b : blocks) out += b.text + "\n";
        return out;
    }
    // One line per block: kind, level, marker, flags, part#paragraph, text.
    std::string dump() const {
        std::string out;
        for (const auto& b : blocks) {
            out += detail::kind_name(b.kind);
            if (b.level) out += std::to_string(b.level);
            if (!b.marker.empty()) out += " " + b.marker;
            if (b.flags & RH_BLOCK_IN_TABLE) out += " [table]";
            if (b.flags & RH_BLOCK_IN_TEXT_BOX) out += " [box]";
            if (b.flags & RH_BLOCK_IN_HEADER) out += " [header]";
            if (b.flags & RH_BLOCK_IN_FOOTER) out += " [footer]";
            if (b.flags & RH_BLOCK_ORDERED) out += " [ordered]";
            out += " " + b.at.part + "#" + std::to_string(b.at.paragraph) + ": ";
            for (char c : b.text) out += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : std::string(1, c);
            out += "\n";
        }
        return out;
    }
};

// The importer of one plugin library, opened once, with the host's
// configuration in a map that tests may change between imports.
class ImporterPlugin {
public:
    // Loads plugin `plugin_name` from `plugin_dir` and opens its importer of `format`.
    ImporterPlugin(const std::string& plugin_dir, std::string_view plugin_name, std::string format)
        : library_(plugin_file(plugin_dir, plugin_name), plugin_folder(plugin_dir, plugin_name)), format_(std::move(format)) {
        const rh_component& c = library_.open(RH_KIND_IMPORTER);
        bool reads_format = false;
        for (std::size_t i = 0; i < c.format_count; ++i) reads_format = reads_format || sv(c.formats[i]) == format_;
        if (!reads_format) throw std::runtime_error(std::string(plugin_name) + " has no importer of " + format_);
    }

    const rh_plugin_descriptor& descriptor() const { return library_.descriptor(); }
    const rh_component& component() const { return library_.component(); }
    std::map<std::string, std::string, std::less<>>& config() { return library_.host().config; }
    // Log lines the plugin wrote so far.
    const std::string& log() { return library_.host().log; }

    // Imports `bytes` named `name` into `sink`; returns the importer's status.
    int import(std::string_view bytes, const std::string& name, const rh_document_sink& sink) {
        rh_import_input in{};
        in.struct_size = sizeof(in);
        in.host = &library_.host().api;
        in.path = rh_str{name.data(), name.size()};
        in.format = rh_str{format_.data(), format_.size()};
        in.data = reinterpret_cast<const unsigned char*>(bytes.data());
        in.size = bytes.size();
        return component().import(library_.state(), &in, &sink);
    }

    // Imports `bytes` as the host does and keeps a copy of all it hands over.
    CollectedDocument import(std::string_view bytes, const std::string& name = {}) {
        CollectedDocument doc;
        rh_document_sink sink{};
        sink.struct_size = sizeof(sink);
        sink.ctx = &doc;
        sink.add_block = [](void* ctx, const rh_block* b) {
            Block out{b->kind, b->level, b->flags, detail::copy(b->marker), detail::copy(b->text), detail::where_of(b->loc), {}};
            for (std::size_t i = 0; i < b->line_count; ++i) {
                const rh_line* l = b->lines[i];
                Line line{detail::copy(l->text), detail::where_of(l->loc), {}};
                for (std::size_t k = 0; k < l->span_count; ++k) {
                    const rh_span* s = l->spans[k];
                    line.spans.push_back(Span{detail::copy(s->text), detail::copy(s->font), detail::copy(s->link), s->flags, s->size});
                }
                out.lines.push_back(std::move(line));
            }
            static_cast<CollectedDocument*>(ctx)->blocks.push_back(std::move(out));
        };
        sink.add_page = [](void* ctx, const rh_page*) { ++static_cast<CollectedDocument*>(ctx)->pages; };
        sink.add_link = [](void* ctx, const rh_link* l) {
            static_cast<CollectedDocument*>(ctx)->links.push_back(Link{detail::copy(l->url), detail::copy(l->text), detail::where_of(l->loc)});
        };
        sink.add_image = [](void* ctx, const rh_image* i) {
            static_cast<CollectedDocument*>(ctx)->images.push_back(
                Image{detail::copy(i->alt), detail::copy(i->target), i->width, i->height, i->page_share, detail::where_of(i->loc)});
        };
        sink.add_font = [](void* ctx, const rh_font* f) {
            static_cast<CollectedDocument*>(ctx)->fonts.push_back(Font{detail::copy(f->name), f->embedded != 0, f->symbolic != 0});
        };
        sink.set_meta = [](void* ctx, rh_str k, rh_str v) { static_cast<CollectedDocument*>(ctx)->meta[detail::copy(k)] = detail::copy(v); };
        sink.fail = [](void* ctx, rh_str reason) { static_cast<CollectedDocument*>(ctx)->failure = detail::copy(reason); };
        doc.status = import(bytes, name.empty() ? "input." + format_ : name, sink);
        return doc;
    }

private:
    PluginLibrary library_;
    std::string format_;
};

// The whole content of the file at `path`; throws when it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace reshost::test
