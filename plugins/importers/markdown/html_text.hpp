// The text of raw HTML: tags and comments dropped, character references decoded.
#pragma once

#include <string>
#include <string_view>

namespace reshost::markdown {

// Reads an HTML block line by line; a tag or comment may span lines.
class HtmlText {
public:
    // The visible text of the next line of the block.
    std::string line(std::string_view html);

private:
    bool in_comment_ = false;
    bool in_tag_ = false;
};

}  // namespace reshost::markdown
