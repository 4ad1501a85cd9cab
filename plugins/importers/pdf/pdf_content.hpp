// What the PDF reader hands to the layout code: words with boxes and fonts,
// image draws and link areas of each page, in points with the origin at the
// top-left. Nothing here depends on Poppler, so the layout code can be fed
// synthetic pages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::pdf {

struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
    float area() const { return width() > 0 && height() > 0 ? width() * height() : 0; }
    float center_x() const { return (x0 + x1) / 2; }
    float center_y() const { return (y0 + y1) / 2; }
    // Grows this box to cover `o`.
    void unite(const Box& o) {
        if (o.x0 < x0) x0 = o.x0;
        if (o.y0 < y0) y0 = o.y0;
        if (o.x1 > x1) x1 = o.x1;
        if (o.y1 > y1) y1 = o.y1;
    }
};

enum WordStyle : uint8_t { word_bold = 1, word_italic = 2 };

// One word; its text is a slice of the page's text buffer, so a page holds
// one string however many words it has.
struct Word {
    Box box;
    uint32_t text_begin = 0;
    uint32_t text_size = 0;
    uint32_t font = 0;   // index into DocumentContent::fonts
    float size = 0;      // font size in points
    uint8_t style = 0;   // WordStyle bits
    float base = -1;     // baseline y, or -1 when unknown
};

struct LinkArea {
    Box box;
    std::string url;
};

struct PageContent {
    float width = 0, height = 0;
    std::string text;             // the words' text, back to back
    std::vector<Word> words;      // in content-stream order
    std::vector<Box> images;      // one box per image draw
    std::vector<Box> marks;       // small filled shapes (list markers drawn as paths), sorted by centre y
    std::vector<Box> rules;       // thin bars and rules drawn as paths, sorted by centre y
    std::vector<LinkArea> links;  // URI link annotations

    std::string_view text_of(const Word& w) const { return std::string_view(text).substr(w.text_begin, w.text_size); }
    // Appends a word whose text is `s`.
    void add_word(std::string_view s, const Box& box, uint32_t font, float size, uint8_t style, float base = -1) {
        Word w;
        w.base = base;
        w.box = box;
        w.text_begin = static_cast<uint32_t>(text.size());
        w.text_size = static_cast<uint32_t>(s.size());
        w.font = font;
        w.size = size;
        w.style = style;
        text.append(s);
        words.push_back(w);
    }
};

struct FontFace {
    std::string name;  // without the subset prefix ("ABCDEF+")
    bool embedded = false;
    bool symbolic = false;  // an icon or symbol font
    bool pictograms = false;  // an icon font whose glyphs are never list bullets
};

struct DocumentContent {
    std::vector<PageContent> pages;
    std::vector<FontFace> fonts;
};

}  // namespace reshost::pdf
