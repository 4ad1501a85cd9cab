// What reading the parts of a Word package collects, before it goes to the host.
#pragma once

#include <reshost/sdk.hpp>

#include <cstdint>
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

struct DocxContent {
    std::vector<BlockData> blocks;
    std::vector<LinkData> links;
    std::vector<ImageData> images;
    std::set<std::string> fonts;       // every font a run uses
    std::set<std::string> symbol_fonts; // fonts of w:sym characters
    std::vector<std::string> header_ids, footer_ids;  // relationship ids, in section order
    uint32_t columns = 1;               // the most text columns of any section
    PageSetup page;                     // of the first section
    uint32_t page_breaks = 0;           // explicit page breaks and new-page sections
    uint32_t rendered_page_breaks = 0;  // where Word last broke pages
    uint64_t estimated_lines = 0;       // body lines at a typical width
    uint64_t body_characters = 0;       // non-space characters of the body, as Word counts them
};

}  // namespace reshost::docx
