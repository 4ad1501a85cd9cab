// Loads the built pdf plugin through its C entry point and collects what its
// importer hands over: blocks with their lines and spans, links, images,
// fonts and metadata, copied at once as a host does.
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

namespace reshost::pdf_test {

inline std::string sv(rh_str s) { return s.data ? std::string(s.data, s.size) : std::string(); }

struct CollectedSpan {
    std::string text, font, link;
    uint32_t flags = 0;
    float size = 0;
};

struct CollectedLine {
    std::string text;
    uint32_t page = 0;
    rh_box box{};
    std::vector<CollectedSpan> spans;
};

struct CollectedBlock {
    uint32_t kind = 0, level = 0, flags = 0;
    std::string marker, text;
    uint32_t page = 0;
    std::vector<CollectedLine> lines;
};

struct CollectedLink {
    std::string url, text;
    uint32_t page = 0;
};

struct CollectedImage {
    uint32_t page = 0;
    float page_share = 0;
};

struct CollectedFont {
    std::string name;
    bool embedded = false, symbolic = false;
};

struct CollectedDocument {
    std::vector<CollectedBlock> blocks;
    std::vector<CollectedLink> links;
    std::vector<CollectedImage> images;
    std::vector<CollectedFont> fonts;
    std::map<std::string, std::string> meta;
    std::size_t pages = 0;
    std::string failure;
    int status = -1;

    // Every block's text in reading order, one block per line.
    std::string text() const {
        std::string out;
        for (const auto& b : blocks) out += b.text + "\n";
        return out;
    }
};

// The host side of one import: a sink that copies, a host table whose
// configuration comes from a map.
class PdfPlugin {
public:
    PdfPlugin(const std::string& plugin_dir) : dir_(plugin_dir + "/pdf") {
        std::string file = dir_ + "/pdf.so";
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
            auto* self = static_cast<PdfPlugin*>(ctx);
            auto it = self->config.find(sv(key));
            return it == self->config.end() ? rh_str{nullptr, 0} : rh_str{it->second.data(), it->second.size()};
        };
        api_.get_feature = [](void*, rh_str) -> const void* { return nullptr; };
        rh_open_input in{};
        in.struct_size = sizeof(in);
        in.host = &api_;
        in.plugin_dir = rh_str{dir_.data(), dir_.size()};
        state_ = component_->open(&in);
        if (!state_) throw std::runtime_error("the pdf importer did not open");
    }
    ~PdfPlugin() {
        if (state_) component_->close(state_);
        if (handle_) dlclose(handle_);
    }
    PdfPlugin(const PdfPlugin&) = delete;
    PdfPlugin& operator=(const PdfPlugin&) = delete;

    const rh_component& component() const { return *component_; }

    // Imports bytes as the host does.
    CollectedDocument import(const std::string& bytes, const std::string& name = "input.pdf") {
        CollectedDocument doc;
        rh_document_sink sink{};
        sink.struct_size = sizeof(sink);
        sink.ctx = &doc;
        sink.add_block = [](void* ctx, const rh_block* b) {
            CollectedBlock out;
            out.kind = b->kind;
            out.level = b->level;
            out.flags = b->flags;
            out.marker = sv(b->marker);
            out.text = sv(b->text);
            out.page = b->loc ? b->loc->page : 0;
            for (std::size_t i = 0; i < b->line_count; ++i) {
                const rh_line* l = b->lines[i];
                CollectedLine line;
                line.text = sv(l->text);
                if (l->loc) {
                    line.page = l->loc->page;
                    line.box = l->loc->box;
                }
                for (std::size_t k = 0; k < l->span_count; ++k) {
                    const rh_span* s = l->spans[k];
                    line.spans.push_back(CollectedSpan{sv(s->text), sv(s->font), sv(s->link), s->flags, s->size});
                }
                out.lines.push_back(std::move(line));
            }
            static_cast<CollectedDocument*>(ctx)->blocks.push_back(std::move(out));
        };
        sink.add_page = [](void* ctx, const rh_page*) { ++static_cast<CollectedDocument*>(ctx)->pages; };
        sink.add_link = [](void* ctx, const rh_link* l) {
            static_cast<CollectedDocument*>(ctx)->links.push_back(
                CollectedLink{sv(l->url), sv(l->text), l->loc ? l->loc->page : 0});
        };
        sink.add_image = [](void* ctx, const rh_image* i) {
            static_cast<CollectedDocument*>(ctx)->images.push_back(CollectedImage{i->loc ? i->loc->page : 0, i->page_share});
        };
        sink.add_font = [](void* ctx, const rh_font* f) {
            static_cast<CollectedDocument*>(ctx)->fonts.push_back(CollectedFont{sv(f->name), f->embedded != 0, f->symbolic != 0});
        };
        sink.set_meta = [](void* ctx, rh_str k, rh_str v) { static_cast<CollectedDocument*>(ctx)->meta[sv(k)] = sv(v); };
        sink.fail = [](void* ctx, rh_str reason) { static_cast<CollectedDocument*>(ctx)->failure = sv(reason); };
        rh_import_input in{};
        in.struct_size = sizeof(in);
        in.host = &api_;
        in.path = rh_str{name.data(), name.size()};
        in.format = rh_str{"pdf", 3};
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

}  // namespace reshost::pdf_test
