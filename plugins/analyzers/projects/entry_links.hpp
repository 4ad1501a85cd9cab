// Whether a resume entry carries a link in the document: a link span in one
// of its blocks, or a link annotation at one of its lines.
#pragma once

#include <reshost/sdk.hpp>

namespace reshost::projects {

// True when a block or link of `doc` that belongs to `entry` of `section` points somewhere.
bool entry_has_link(const sdk::Document& doc, const sdk::Section& section, const sdk::Entry& entry);

}  // namespace reshost::projects
