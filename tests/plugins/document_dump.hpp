// A document sink that writes what an importer hands over as plain text,
// one line per block (`kind level flags marker | line:N | text`), styled
// spans indented below their block, then links and images.
#pragma once

#include "plugin_library.hpp"

#include <string>
#include <vector>

namespace reshost::test {

class DocumentDump {
public:
    DocumentDump() {
        sink_.struct_size = sizeof(sink_);
        sink_.ctx = this;
        sink_.add_block = [](void* ctx, const rh_block* b) { static_cast<DocumentDump*>(ctx)->block(*b); };
        sink_.add_page = [](void*, const rh_page*) {};
        sink_.add_link = [](void* ctx, const rh_link* l) {
            static_cast<DocumentDump*>(ctx)->tail_ += "link | line:" + line_of(l->loc) + " | " +
                                                     escaped(sv(l->url)) + " | " + escaped(sv(l->text)) + "\n";
        };
        sink_.add_image = [](void* ctx, const rh_image* i) {
            static_cast<DocumentDump*>(ctx)->tail_ += "image | line:" + line_of(i->loc) + " | " +
                                                      escaped(sv(i->target)) + " | " + escaped(sv(i->alt)) + "\n";
        };
        sink_.add_font = [](void*, const rh_font*) {};
        sink_.set_meta = [](void*, rh_str, rh_str) {};
        sink_.fail = [](void* ctx, rh_str reason) { static_cast<DocumentDump*>(ctx)->failure_ = sv(reason); };
    }

    const rh_document_sink* sink() const { return &sink_; }
    // The dump of everything received so far.
    std::string text() const { return blocks_ + tail_; }
    std::size_t block_count() const { return block_count_; }
    const std::string& failure() const { return failure_; }
    const std::vector<std::string>& block_texts() const { return texts_; }

private:
    static std::string line_of(const rh_location* loc) { return loc ? std::to_string(loc->line) : "?"; }

    static std::string escaped(std::string_view s) {
        std::string out;
        for (char c : s) {
            if (c == '\n') out += "\\n";
            else out += c;
        }
        return out;
    }

    static const char* kind_name(uint32_t kind) {
        switch (kind) {
        case RH_BLOCK_PARAGRAPH: return "paragraph";
        case RH_BLOCK_HEADING: return "heading";
        case RH_BLOCK_LIST_ITEM: return "item";
        case RH_BLOCK_TABLE_CELL: return "cell";
        case RH_BLOCK_CODE: return "code";
        case RH_BLOCK_RULE: return "rule";
        default: return "unknown";
        }
    }

    static std::string flag_names(uint32_t flags, const std::vector<std::pair<uint32_t, const char*>>& names) {
        std::string out;
        for (const auto& [bit, name] : names)
            if (flags & bit) out += (out.empty() ? "" : ",") + std::string(name);
        return out.empty() ? "-" : out;
    }

    void block(const rh_block& b) {
        ++block_count_;
        texts_.emplace_back(sv(b.text));
        std::string marker(sv(b.marker));
        blocks_ += std::string(kind_name(b.kind)) + " " + std::to_string(b.level) + " " +
                   flag_names(b.flags, {{RH_BLOCK_IN_TABLE, "table"},
                                        {RH_BLOCK_IN_QUOTE, "quote"},
                                        {RH_BLOCK_ORDERED, "ordered"}}) +
                   " " + (marker.empty() ? "-" : marker) + " | line:" + line_of(b.loc) + " | " + escaped(sv(b.text)) +
                   "\n";
        for (size_t i = 0; i < b.line_count; ++i) {
            const rh_line& l = *b.lines[i];
            for (size_t k = 0; k < l.span_count; ++k) {
                const rh_span& s = *l.spans[k];
                if (!s.flags) continue;
                blocks_ += "  span " +
                           flag_names(s.flags, {{RH_SPAN_BOLD, "bold"},
                                                {RH_SPAN_ITALIC, "italic"},
                                                {RH_SPAN_CODE, "code"},
                                                {RH_SPAN_LINK, "link"},
                                                {RH_SPAN_IMAGE, "image"}}) +
                           " | line:" + line_of(l.loc) + " | " + escaped(sv(s.text)) +
                           (s.link.size ? " -> " + std::string(sv(s.link)) : std::string()) + "\n";
            }
        }
    }

    rh_document_sink sink_{};
    std::string blocks_, tail_, failure_;
    std::vector<std::string> texts_;
    std::size_t block_count_ = 0;
};

}  // namespace reshost::test
