// Paragraphs that are list items only by what was typed: "• Led the team",
// "- Built", "1. Shipped". Word has no list for them, a reader sees one.
#pragma once

#include <reshost/sdk.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace reshost::docx {

using namespace ::reshost::sdk;
class TypedBullets {
public:
    // Reads one marker a line; '#' starts a comment.
    static TypedBullets from_text(std::string_view text);

    // Turns `block` into a list item when its first line starts with a marker
    // and whitespace, taking the marker out of its text. Returns whether it did.
    bool apply(BlockData& block) const;

private:
    std::vector<std::string> markers_;  // longest first
};

}  // namespace reshost::docx
