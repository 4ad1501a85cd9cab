// Loads the built docx plugin through its C entry point, as a host does, and
// keeps a copy of everything its importer hands over.
#pragma once

#include <reshost/plugin.h>

#include <dlfcn.h>

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::docx_test {

inline std::string sv(rh_str s) { return s.data ? std::string(s.data, s.size) : std::string(); }

struct Where {
    std::string part;
    uint32_t paragraph = 0;
};

inline Where where_of(const rh_location* loc) { return loc ? Where{sv(loc->part), loc->paragraph} : Where{}; }

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

struct Imported {
    int status = -1;
    std::string failure;
    std::vector<Block> blocks;
    std::vector<Link> links;
    std::vector<Image> images;
    std::vector<Font> fonts;
    std::map<std::string, std::string> meta;
    std::size_t pages = 0;

    // Number of blocks whose text contains `phrase`.
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
    const Font* font(std::string_view name) const {
        for (const auto& f : fonts)
            if (f.name == name) return &f;
        return nullptr;
    }
    // One line per block: kind, level, marker, flags, where, text.
    std::string dump() const;
};

inline std::string kind_name(uint32_t kind) {
    switch (kind) {
    case RH_BLOCK_PARAGRAPH: return "p";
    case RH_BLOCK_HEADING: return "h";
    case RH_BLOCK_LIST_ITEM: return "li";
    case RH_BLOCK_TABLE_CELL: return "td";
    default: return "?" + std::to_string(kind);
    }
}

inline std::string Imported::dump() const {
    std::string out;
    for (const auto& b : blocks) {
        out += kind_name(b.kind);
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

class DocxPlugin {
public:
    explicit DocxPlugin(const std::string& plugin_dir) : dir_(plugin_dir + "/docx") {
        std::string file = dir_ + "/docx.so";
        handle_ = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle_) throw std::runtime_error("cannot load " + file + ": " + dlerror());
        auto entry = reinterpret_cast<rh_plugin_entry_fn>(dlsym(handle_, RESHOST_ENTRY_SYMBOL));
        if (!entry) throw std::runtime_error(file + " exports no " RESHOST_ENTRY_SYMBOL);
        descriptor_ = entry();
        if (!descriptor_ || descriptor_->component_count != 1) throw std::runtime_error(file + ": unexpected descriptor");
        component_ = descriptor_->components[0];
        api_.struct_size = sizeof(api_);
        api_.abi_major = RESHOST_ABI_MAJOR;
        api_.abi_minor = RESHOST_ABI_MINOR;
        api_.ctx = this;
        api_.log = [](void*, uint32_t, rh_str) {};
        api_.config_get = [](void* ctx, rh_str key) {
            auto* self = static_cast<DocxPlugin*>(ctx);
            auto it = self->config.find(sv(key));
            return it == self->config.end() ? rh_str{nullptr, 0} : rh_str{it->second.data(), it->second.size()};
        };
        api_.get_feature = [](void*, rh_str) -> const void* { return nullptr; };
        rh_open_input in{};
        in.struct_size = sizeof(in);
        in.host = &api_;
        in.plugin_dir = rh_str{dir_.data(), dir_.size()};
        state_ = component_->open(&in);
        if (!state_) throw std::runtime_error("the docx importer did not open");
    }
    ~DocxPlugin() {
        if (state_) component_->close(state_);
        if (handle_) dlclose(handle_);
    }
    DocxPlugin(const DocxPlugin&) = delete;
    DocxPlugin& operator=(const DocxPlugin&) = delete;

    const rh_plugin_descriptor& descriptor() const { return *descriptor_; }
    const rh_component& component() const { return *component_; }

    // Imports the bytes of a file as the host does.
    Imported import(const std::string& bytes, const std::string& name = "input.docx") {
        Imported doc;
        rh_document_sink sink{};
        sink.struct_size = sizeof(sink);
        sink.ctx = &doc;
        sink.add_block = [](void* ctx, const rh_block* b) {
            Block out{b->kind, b->level, b->flags, sv(b->marker), sv(b->text), where_of(b->loc), {}};
            for (std::size_t i = 0; i < b->line_count; ++i) {
                const rh_line* l = b->lines[i];
                Line line{sv(l->text), where_of(l->loc), {}};
                for (std::size_t k = 0; k < l->span_count; ++k) {
                    const rh_span* s = l->spans[k];
                    line.spans.push_back(Span{sv(s->text), sv(s->font), sv(s->link), s->flags, s->size});
                }
                out.lines.push_back(std::move(line));
            }
            static_cast<Imported*>(ctx)->blocks.push_back(std::move(out));
        };
        sink.add_page = [](void* ctx, const rh_page*) { ++static_cast<Imported*>(ctx)->pages; };
        sink.add_link = [](void* ctx, const rh_link* l) {
            static_cast<Imported*>(ctx)->links.push_back(Link{sv(l->url), sv(l->text), where_of(l->loc)});
        };
        sink.add_image = [](void* ctx, const rh_image* i) {
            static_cast<Imported*>(ctx)->images.push_back(
                Image{sv(i->alt), sv(i->target), i->width, i->height, i->page_share, where_of(i->loc)});
        };
        sink.add_font = [](void* ctx, const rh_font* f) {
            static_cast<Imported*>(ctx)->fonts.push_back(Font{sv(f->name), f->embedded != 0, f->symbolic != 0});
        };
        sink.set_meta = [](void* ctx, rh_str k, rh_str v) { static_cast<Imported*>(ctx)->meta[sv(k)] = sv(v); };
        sink.fail = [](void* ctx, rh_str reason) { static_cast<Imported*>(ctx)->failure = sv(reason); };
        rh_import_input in{};
        in.struct_size = sizeof(in);
        in.host = &api_;
        in.path = rh_str{name.data(), name.size()};
        in.format = rh_str{"docx", 4};
        in.data = reinterpret_cast<const unsigned char*>(bytes.data());
        in.size = bytes.size();
        doc.status = component_->import(state_, &in, &sink);
        return doc;
    }

    std::map<std::string, std::string, std::less<>> config;

private:
    std::string dir_;
    void* handle_ = nullptr;
    const rh_plugin_descriptor* descriptor_ = nullptr;
    const rh_component* component_ = nullptr;
    void* state_ = nullptr;
    rh_host_api api_{};
};

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The plugin, loaded once for a test program.
inline DocxPlugin& plugin() {
    static DocxPlugin p(RESHOST_TEST_PLUGIN_DIR);
    return p;
}

}  // namespace reshost::docx_test
