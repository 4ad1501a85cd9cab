// How long a piece of resume text is on the page: its laid-out lines when
// the format has them (PDF), else an estimate from its characters.
#pragma once

#include <reshost/sdk.hpp>

#include <string>
#include <string_view>

namespace reshost::length {

// Characters of UTF-8 text (code points, not bytes).
std::size_t characters(std::string_view text);

// Words of `text`, counted as runs of letters or digits.
std::size_t word_count(std::string_view text);

// The text of a block with its source lines joined by spaces.
std::string block_text(const sdk::Block& block);

// True when `doc` is laid out on pages, so a block's lines are lines on the page.
bool laid_out(const sdk::Document& doc);

}  // namespace reshost::length
