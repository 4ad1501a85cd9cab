// An estimate of the pages a document fills, from its own page setup and
// typography: page size and margins, text columns, font sizes and families,
// paragraph spacing, line pitch, indents and table rows. Used when the package
// carries no page count that can be trusted.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reshost::docx {

// How wide glyphs run and how tall a line is, per font family.
class FontMetrics {
public:
    // Reads "fragment<TAB>width<TAB>line" lines; '#' starts a comment.
    static FontMetrics from_text(std::string_view text);
    // {average glyph width, single line pitch} in ems.
    std::pair<float, float> of(std::string_view font) const;

private:
    struct Entry {
        std::string fragment;
        float width, line;
    };
    std::vector<Entry> entries_;
};

// The page of a section, in points.
struct PageGeometry {
    float width = 612, height = 792;
    float top = 72, bottom = 72, left = 72, right = 72;
    int columns = 1;
    float column_gap = 36;

    // Reads w:sectPr; what it does not set keeps its value.
    void read(pugi::xml_node sect_pr);
    float text_width() const { return width - left - right; }
    float text_height() const { return height - top - bottom; }
    float column_width() const;
};

// The body laid out as a flow of text columns.
class PageFlow {
public:
    explicit PageFlow(const PageGeometry& page) : page_(page) {}
    // Adds `points` of height to the flow at the top level of the body.
    void add(float points) { used_ += points; }
    // An explicit page break: what follows starts a new page.
    void page_break();
    // A column break: what follows starts the next column.
    void column_break();
    // Where the flow has got to, and where its current page began (points of flow).
    float used() const { return used_; }
    float page_start() const;
    // Pages used so far (at least one).
    unsigned pages() const;
    const PageGeometry& page() const { return page_; }

private:
    PageGeometry page_;
    float used_ = 0;  // height used across the columns of all pages so far
};

}  // namespace reshost::docx
