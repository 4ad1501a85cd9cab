// An estimate of the pages a document fills, from its own page setup and
// typography: page size and margins, sections and their text columns, font
// sizes and families, paragraph spacing, line pitch, indents, table rows and
// floating boxes the text wraps around. Used when the package carries no page
// count that can be trusted.
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

// The page of a section, in points. What a document leaves unset is laid out
// on the renderer's default page: LibreOffice's Letter page with 2 cm margins.
struct PageGeometry {
    static constexpr float default_margin = 72 * 2 / 2.54f;
    float width = 612, height = 792;
    float top = default_margin, bottom = default_margin, left = default_margin, right = default_margin;
    std::vector<float> columns{612 - 2 * default_margin};  // text column widths
    float column_gap = 36;
    bool new_page = true;             // the section starts on a new page (else where the last one ended)

    // Reads w:sectPr; what it does not set keeps its value.
    void read(pugi::xml_node sect_pr);
    float text_width() const { return width - left - right; }
    float text_height() const { return height - top - bottom; }
};

// The body laid out section by section, column by column, page by page.
class PageFlow {
public:
    // The body's sections in order (at least one).
    explicit PageFlow(std::vector<PageGeometry> sections);
    // The width text has at the current place: the column, less a box beside it.
    float width() const;
    // Adds `points` of height at the current place (a table row: it may split across pages).
    void add(float points);
    // Adds a paragraph: its lines' pitches, and the space before and after it.
    // Lines move to the next column whole; space after them does not carry over,
    // nor is space before kept at the top of a page the text flowed onto. A paragraph
    // kept with the next moves with its first line; no line is left alone.
    void add_lines(const std::vector<float>& lines, float before, float after, bool keep_next);
    // Whether the space between two paragraphs is the larger of theirs rather than the sum.
    void set_collapse_spacing(bool on) { collapse_ = on; }
    // Takes back space added last (after a paragraph) that turned out not to be there.
    void take_back(float points);
    void page_break();
    void column_break();
    // The current section ends; the next one starts as its setup says.
    void end_section();
    // A box the text wraps around, `top` to `bottom` (positions, see below), `width` wide.
    void wrap_around(float top, float bottom, float width);
    // The place reached, and where its page began, as one position across pages (points).
    float position() const { return page_start() + y_; }
    float page_start() const { return static_cast<float>(page_) * page_stride; }
    const PageGeometry& page() const { return sections_[section_]; }
    unsigned pages() const { return page_ + 1; }

private:
    static constexpr float page_stride = 100000;
    void next_column();
    void next_page();
    std::vector<PageGeometry> sections_;
    std::size_t section_ = 0;
    unsigned page_ = 0;
    std::size_t column_ = 0;
    float y_ = 0;              // down the current column
    float section_top_ = 0;    // where the section's columns begin on this page
    bool flowed_ = false;      // the text ran over onto the current column by itself
    bool collapse_ = false;
    float after_ = 0;          // space after the paragraph laid out last
    float keep_from_ = -1;     // where paragraphs kept with the next one began in this column
    struct Wrap {
        float top, bottom, width;
    };
    std::vector<Wrap> wraps_;  // on the current page
};

}  // namespace reshost::docx
