// What reading the parts of a Word package collects, before it goes to the host.
#pragma once

#include <reshost/sdk.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace reshost::docx {

using namespace ::reshost::sdk;
struct LinkData {
    std::string url, text;
    Location loc;
};

struct ImageData {
    std::string alt, target;  // target: a part name, or a URL for external images (never fetched)
    float width = 0, height = 0;
    Location loc;
};

// A section's page setup, in points.
struct PageSetup {
    float width = 0, height = 0;
};

// What a paragraph looked like, for telling headings by their typography
// once the body's own text size is known.
struct ParagraphLook {
    float size = 0;            // the largest text size of the paragraph, points
    bool bold = false;         // every visible run bold
    bool caps = false;         // shown in capitals (typed so or by w:caps)
    bool keep_next = false;    // kept with the next paragraph
    bool rule_below = false;   // a border under it
    bool colored = false;      // every visible run in a colour, with space above it
    bool shaded_cell = false;  // the only text of a shaded table cell
    bool styled_heading = false;  // a heading by its style or outline level
};

// A narrow sidebar column (a table's first cell, a tall box left of the body)
// beside the main column; the main column ends at the body's end at the latest.
struct SidebarTable {
    std::size_t side_begin, side_end, main_begin, main_end;  // block indexes
};

struct DocxContent {
    std::vector<BlockData> blocks;
    std::vector<BlockData> trailing;   // text boxes right of the body: read after it
    std::vector<LinkData> links;
    std::vector<ImageData> images;
    std::set<std::string> fonts;       // every font a run uses
    std::set<std::string> symbol_fonts; // fonts of w:sym characters
    std::vector<std::string> header_ids, footer_ids;  // relationship ids, in section order
    uint32_t columns = 1;               // the most text columns of any section
    PageSetup page;                     // of the first section
    uint32_t page_breaks = 0;           // explicit page breaks and new-page sections
    uint32_t rendered_page_breaks = 0;  // where Word last broke pages
    unsigned laid_out_pages = 0;        // pages the body fills by the page flow estimate
    // Looks of body paragraphs by (part, paragraph index); blocks keep their location.
    std::map<std::pair<std::string, uint32_t>, ParagraphLook> looks;
    std::vector<SidebarTable> sidebars;  // top-level tables with the sidebar first
    uint64_t body_characters = 0;       // non-space characters of the body, as Word counts them
};

}  // namespace reshost::docx
