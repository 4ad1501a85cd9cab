// The text of raw HTML: tags and comments dropped, character references decoded,
// and the targets of links (<a href>) kept with the text they show.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reshost::markdown {

// Reads an HTML block line by line; a tag or comment may span lines.
class HtmlText {
public:
    // A run of shown text, and the link it belongs to (empty outside <a href>).
    struct Piece {
        std::string text;
        std::string link;
    };

    // The visible text of the next line of the block, cut where links start and end.
    std::vector<Piece> pieces(std::string_view html);

    // The visible text of the next line of the block.
    std::string line(std::string_view html);

    // The href of the <a> element open after what was read, empty outside one.
    const std::string& link() const { return link_; }

private:
    void tag(std::string_view inside);

    bool in_comment_ = false;
    bool in_tag_ = false;
    std::string link_;  // the href of the <a> element open here
};

}  // namespace reshost::markdown
