// Font names as lists of name parts read from a data file: the standard
// families an ATS and a recruiter's machine render the same, and the icon
// fonts whose glyphs stand in for words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reshost::ats {

// Returns `s` lowered without spaces, hyphens and underscores.
std::string squeezed(std::string_view s);

// Returns the family of a font name: without the subset prefix ("ABCDEF+"),
// the encoding suffix ("-Identity-H") and the style ("-BoldItalic", ",Bold").
std::string font_family(std::string_view name);

class FontCatalog {
public:
    FontCatalog() = default;
    // Reads the name parts of data file `name` in `dir`; throws naming the file when unreadable.
    FontCatalog(const std::string& dir, std::string_view name);

    // True when the family of `font` starts with one of the catalog's names.
    bool has_family(std::string_view font) const;
    // True when one of the catalog's names occurs anywhere in `font`.
    bool mentioned_in(std::string_view font) const;

private:
    std::vector<std::string> parts_;
};

}  // namespace reshost::ats
