// Headings written without a heading style: a paragraph set apart by its
// typography (larger or bold text, capitals, a rule under it, a colour and
// space above it, a shaded cell of its own) is a heading, at a level given by how prominent it looks.
#pragma once

#include "docx_content.hpp"

#include <vector>

namespace reshost::docx {

// Turns paragraphs and table cells of `blocks` that look like headings into
// RH_BLOCK_HEADING blocks; `looks` are the body paragraphs' looks by location.
void mark_headings_by_look(std::vector<BlockData>& blocks,
                           const std::map<std::pair<std::string, uint32_t>, ParagraphLook>& looks);

// In a table whose first column is a narrow sidebar, what the main column
// shows above its first heading (the name and contact lines) heads the page:
// it is read before the sidebar.
void read_mastheads_first(std::vector<BlockData>& blocks, const std::vector<SidebarTable>& sidebars);

// The title of the page (the one line set larger than any other, well above the
// body's size) is read first wherever the layout put it (the foot of a sidebar).
void read_title_first(std::vector<BlockData>& blocks);

}  // namespace reshost::docx
