// Turns Markdown text into Document blocks, lines, spans, links and images.
#pragma once

#include "footnotes.hpp"
#include "front_matter.hpp"
#include "html_text.hpp"
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
    // `keys` tells which front matter keys are contact details (null: front matter is
    // skipped, not read); `depth` counts the Markdown fences this text was found in;
    // `line_offset` is added to every line number, for a fence's content.
    MarkdownReader(std::string_view text, DocumentBuilder& out, const FrontMatterKeys* keys = nullptr,
                   uint32_t depth = 0, uint32_t line_offset = 0);

    // Parses the whole text; on failure returns false and sets `reason`.
    bool read(std::string& reason);

private:
    // What a fenced block holds: code, Markdown to read as such, or YAML front matter.
    enum class Fence { code, markdown, yaml };

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
    void append_html(const char* p, std::size_t size);
    void add_rule();
    void collect_fence(const char* p, std::size_t size);
    void leave_fence();
    void add_contact(const std::vector<FrontMatterValue>& values);
    void add_footnotes();
    Location at(uint32_t first, uint32_t last = 0) const;
    static std::string prepare(std::string_view text, bool front_matter, std::optional<FrontMatter>& fm,
                               std::vector<Footnote>& notes);
    uint32_t span_flags() const;
    std::string_view span_link() const;
    static std::string attribute_text(const MD_ATTRIBUTE& a);

    const FrontMatterKeys* keys_;
    uint32_t depth_, line_offset_;
    std::optional<FrontMatter> front_matter_;
    std::vector<Footnote> footnotes_;
    std::string source_;  // the text with front matter and footnotes taken out, line breaks kept
    std::string_view text_;
    LineIndex index_;
    DocumentBuilder& out_;
    Fence fence_ = Fence::code;
    std::string fence_text_;        // content of a Markdown or YAML fence
    uint32_t fence_breaks_ = 0;     // line breaks in fence_text_
    uint32_t fence_offset_ = 0;     // file line of fence_text_'s line n is n + fence_offset_
    bool fence_placed_ = false;     // fence_offset_ is known
    HtmlText html_, inline_html_;
    std::string html_link_;  // the href of the HTML link whose text is being appended
    bool any_block_ = false;        // something was added: a YAML fence after it is not front matter
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
