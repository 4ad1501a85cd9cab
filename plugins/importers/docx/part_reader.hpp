// Reads the story of one part (the document body, a header or a footer) into
// blocks in document order, with links, images and fonts.
#pragma once

#include "docx_content.hpp"
#include "numbering.hpp"
#include "page_flow.hpp"
#include "relationships.hpp"
#include "style_sheet.hpp"
#include "typed_bullets.hpp"

#include <pugixml.hpp>

#include <string>
#include <vector>

namespace reshost::docx {

using namespace ::reshost::sdk;
// Tells whether a font draws symbols rather than letters (Symbol, Wingdings...).
class SymbolFonts {
public:
    // Reads one name fragment a line; '#' starts a comment.
    static SymbolFonts from_text(std::string_view text);
    bool contains(std::string_view font) const;

private:
    std::vector<std::string> parts_;
};

// What every part reader shares.
struct ReadContext {
    StyleSheet& styles;
    Numbering& numbering;
    const SymbolFonts& symbols;
    const TypedBullets& bullets;
    DocxContent& out;
    const FontMetrics& metrics;
    PageFlow* flow = nullptr;  // the body's page flow; null when no estimate is wanted
};

class PartReader {
public:
    // `part` names the part for locations; `flags` are set on every block (header, footer).
    PartReader(ReadContext& ctx, std::string part, const Relationships& rels, uint32_t flags);

    // Reads the block-level children of `story` (w:body, w:hdr, w:ftr).
    void read(pugi::xml_node story);

private:
    struct Paragraph;
    // A complex field (w:fldChar begin ... separate ... end) being read.
    struct Field {
        std::string instruction;
        bool separated = false;
        int link_id = -1;  // the link it opened, if a HYPERLINK field
    };

    void blocks(pugi::xml_node container, uint32_t flags, int depth);
    void block(pugi::xml_node node, uint32_t flags, int depth);
    void paragraph(pugi::xml_node p, uint32_t flags, int depth);
    void table(pugi::xml_node node, uint32_t flags, int depth, const std::vector<float>* grid = nullptr);
    void row(pugi::xml_node tr, uint32_t flags, int depth, const std::vector<float>& grid);
    void section(pugi::xml_node sect_pr);
    void inlines(pugi::xml_node container, Paragraph& para, int depth);
    void inline_item(pugi::xml_node node, Paragraph& para, int depth);
    void run(pugi::xml_node r, Paragraph& para, int depth);
    // The frame of a picture: its size in points and its name.
    struct Drawing {
        float width = 0, height = 0;
        std::string alt;
        bool floating = false;  // anchored to a place on the page, outside the text flow
        bool wraps = false;     // text runs around it
        float x = -1;           // its left edge from the page's left edge, points; -1 = unknown
        float y = -1;           // its top edge in the body's flow (see PageFlow), points; -1 = unknown
    };
    void graphic(pugi::xml_node node, Paragraph& para, int depth, Drawing frame);
    void text_box(pugi::xml_node content, Paragraph& para, int depth, const Drawing& frame);
    // Where a floating drawing's left edge sits on the page (points), from wp:positionH or VML style.
    float anchor_x(pugi::xml_node position, float width) const;
    float vml_x(std::string_view style, float width) const;
    float anchor_y(pugi::xml_node position) const;
    float vml_y(std::string_view style) const;
    // Moves the boxes beside the text read so far into the body (all of them at its end).
    void flush_boxes(bool all);
    // The height a paragraph takes in the current frame, in points.
    // Its lines' pitches go to `lines`.
    float height_of(const Paragraph& para, const ParagraphProps& props, std::vector<float>& lines) const;
    void add_height(float points);
    bool in_body() const { return !(flags_ & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)); }
    void field_char(pugi::xml_node fld, Paragraph& para);
    void open_link(const std::string& url, Paragraph& para);
    void close_link();
    void append(std::string_view text, const RunProps& props, Paragraph& para);
    void new_line(Paragraph& para);

    // The branch of mc:AlternateContent to read: an understood Choice, else the Fallback.
    pugi::xml_node chosen_branch(pugi::xml_node alternate);
    // Counts the paragraphs of a branch left unread, so indexes still match the part.
    void skip(pugi::xml_node node);
    const std::string* link_of(std::string_view rel_id) const;

    ReadContext& ctx_;
    std::string part_;
    const Relationships& rels_;
    uint32_t flags_;
    uint32_t paragraph_index_ = 0;
    std::vector<BlockData>* sink_;
    struct ActiveLink {
        std::string url, text;
        Location loc;
        int id;
    };
    std::vector<ActiveLink> links_;
    int next_link_id_ = 0;
    std::vector<Field> fields_;
    // Boxes text is laid out in: the body's column, table cells, text boxes.
    struct Frame {
        float width;
        float height = 0;
    };
    std::vector<Frame> frames_;
    std::vector<float> lines_;  // the pitches of the paragraph being laid out
    std::vector<float> typed_indents_;  // indents of the typed bullet items open, outermost first
    // The body paragraph laid out last: its style, contextual spacing and space after.
    std::string last_style_;
    bool last_contextual_ = false;
    float last_after_ = 0;
    // Short boxes right of the body, read once the body's text has passed their middle.
    struct PendingBox {
        float at;
        std::vector<BlockData> blocks;
    };
    std::vector<PendingBox> pending_;
    // The table cell being read.
    struct Cell {
        bool shaded = false;
        bool lone = false;  // holds one paragraph of text
    } cell_;
};

}  // namespace reshost::docx
