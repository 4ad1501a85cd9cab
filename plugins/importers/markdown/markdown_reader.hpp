// Turns Markdown text into Document blocks, lines, spans, links and images.
#pragma once

#include "line_index.hpp"

#include <reshost/sdk.hpp>

#include <md4c.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::markdown {

using namespace ::reshost::sdk;
// One pass of md4c over a buffer, feeding a DocumentBuilder in reading order.
// Nesting is tracked with counters and capped stacks, never recursion, so
// hostile nesting costs linear time and bounded memory.
class MarkdownReader {
public:
    MarkdownReader(std::string_view text, DocumentBuilder& out);

    // Parses the whole text; on failure returns false and sets `reason`.
    bool read(std::string& reason);

private:
    struct ListContext {
        bool ordered = false;
        char mark = '-';
        unsigned next_number = 1;
    };
    struct SpanFrame {
        MD_SPANTYPE type;
        std::string target;  // link href or image src
        std::string text;    // visible text of a link, alt text of an image
        uint32_t line = 0;
    };

    static int enter_block_cb(MD_BLOCKTYPE type, void* detail, void* self);
    static int leave_block_cb(MD_BLOCKTYPE type, void* detail, void* self);
    static int enter_span_cb(MD_SPANTYPE type, void* detail, void* self);
    static int leave_span_cb(MD_SPANTYPE type, void* detail, void* self);
    static int text_cb(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self);

    void enter_block(MD_BLOCKTYPE type, void* detail);
    void leave_block(MD_BLOCKTYPE type);
    void enter_span(MD_SPANTYPE type, void* detail);
    void leave_span(MD_SPANTYPE type);
    void text(MD_TEXTTYPE type, const char* p, std::size_t size);

    void open_block(rh_block_kind kind, uint32_t level = 0);
    void flush();
    void new_line();
    void append(std::string_view s, const char* source);
    void append_verbatim(const char* p, std::size_t size);
    void add_rule();
    uint32_t span_flags() const;
    std::string_view span_link() const;
    static std::string attribute_text(const MD_ATTRIBUTE& a);

    std::string_view text_;
    LineIndex index_;
    DocumentBuilder& out_;
    std::optional<BlockData> block_;
    bool item_waits_for_paragraph_ = false;
    bool verbatim_ = false;
    uint32_t quote_depth_ = 0;
    uint32_t table_depth_ = 0;
    uint32_t list_depth_ = 0;
    std::vector<ListContext> lists_;      // capped at kMaxTracked
    std::vector<SpanFrame> spans_;        // capped at kMaxTracked
    uint32_t untracked_spans_ = 0;        // spans opened past the cap
    uint32_t last_line_ = 0;              // line of the latest text seen
    uint32_t consumed_line_ = 0;          // last line known to belong to a block
    std::string error_;
};

}  // namespace reshost::markdown
