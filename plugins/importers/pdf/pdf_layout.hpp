// Page layout from plain word boxes: words into lines, lines into blocks, in
// a reading order that follows columns and sidebars, with headings, list
// items and running headers/footers recognised. Knows nothing of Poppler.
#pragma once

#include "pdf_content.hpp"

#include <reshost/sdk.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace reshost::pdf {

using namespace ::reshost::sdk;
// List markers as written at the start of a line ("•", "-", "▪"...).
class MarkerSet {
public:
    MarkerSet() = default;
    explicit MarkerSet(std::vector<std::string> markers) : markers_(std::move(markers)) {}
    // Reads one marker a line; '#' starts a comment line.
    static MarkerSet from_text(std::string_view text);
    // The marker `word` starts with, or empty; a marker made of ASCII
    // punctuation only counts when it stands alone.
    std::string_view leading(std::string_view word) const;

private:
    std::vector<std::string> markers_;
};

struct DocumentLayout {
    std::vector<BlockData> blocks;  // in reading order, page after page
    uint32_t columns = 1;           // the most columns any page has
};

// Lays out every page of `doc`.
DocumentLayout lay_out(const DocumentContent& doc, const MarkerSet& markers);

// The text of the words whose centre lies inside `box`, in reading order.
std::string text_under(const PageContent& page, const Box& box);

namespace detail {

enum Region : uint8_t { region_full = 0, region_left = 1, region_right = 2 };

// A line of words; words are indexes into the page's word list, left to right.
struct TextLine {
    Box box;
    std::vector<uint32_t> words;
    Region region = region_full;
    uint32_t flags = 0;  // RH_BLOCK_IN_HEADER / RH_BLOCK_IN_FOOTER / RH_BLOCK_IN_SIDEBAR
    bool gutter = false;  // the text of a left gutter beside the content (a heading, dates)
};

struct PageLines {
    std::vector<TextLine> lines;  // in reading order
    uint32_t columns = 1;
};

// Where a page splits into two columns: at x, for everything below y_start.
struct Gutter {
    float x = 0;
    float y_start = 0;
};

// Finds a vertical gutter: an x-range no word crosses below the header band,
// with real text on both sides whose lines do not line up row by row.
bool find_gutter(const PageContent& page, Gutter& out);

// Groups a page's words into lines in reading order: the header band, then
// the left column, then the right one.
PageLines read_lines(const PageContent& page);

// The line's words joined by spaces, as drawn (not normalized).
std::string line_text(const PageContent& page, const TextLine& line);

// Moves sidebar blocks read between the main column of one page and its
// continuation on a later page to just before the main column's next heading
// (or the end), so that a main section running on across a page break stays whole.
void keep_sidebars_apart(std::vector<BlockData>& blocks);

// A sidebar that runs on past the main column: a page with no gutter whose
// text all lies in the previous page's sidebar band, clear of its main
// column, is that sidebar going on; its lines are marked so.
void carry_sidebars(std::vector<PageLines>& pages);

// Splits the lines of a left gutter of headings ("Work   Backend Engineer
// II" on one baseline) so the gutter's words are read first, on a line of
// their own.
void split_gutter_lines(const PageContent& page, PageLines& lines);

// Flags lines repeated at the top or bottom of several pages.
void mark_running_lines(const std::vector<PageContent>& pages, std::vector<PageLines>& lines);

struct TextStyle {
    float body_size = 0;  // the size most characters are set in
    float name_size = 0;  // the largest size on the first page
    bool marked_lists = false;  // some line starts with a list marker, written or drawn
};

// Measures the body text size over the whole document.
TextStyle measure_style(const DocumentContent& doc);

enum Spacing : uint8_t { spacing_join = 0, spacing_space = 1, spacing_column = 2 };

struct LineSpacing {
    std::vector<uint8_t> before;  // per word: what separates it from the previous one
    bool letter_spaced = false;   // set one letter at a time, words found from the gaps
};

// How the words of a line are separated: not at all (letters of one word),
// by a space, or by a gap as wide as a column break. Words set in
// `display_size` or larger (0: none) are display type.
LineSpacing spacing_of(const PageContent& page, const TextLine& line, float display_size = 0);

// The line's baseline (its lowest word baseline), or its box's bottom.
float line_base(const PageContent& page, const TextLine& line);

// The usual distance between the baselines of consecutive lines set in
// `body_size` on the page, or 0 when the page has too few such lines.
float body_pitch(const PageContent& page, const PageLines& lines, float body_size);

// Whether a small filled shape just left of the line's first word marks it
// as a list item (a bullet drawn as a path). `size` is the line's text size.
bool has_drawn_marker(const PageContent& page, const TextLine& line, float size);

// Whether any line of the document starts with a list marker, written or drawn.
bool has_marked_lists(const std::vector<PageContent>& pages, const std::vector<PageLines>& lines, const MarkerSet& markers);

// Whether a drawn bar just left of the line, or a rule under it running on
// across the column, sets the line off as a heading.
bool set_off_by_rule(const PageContent& page, const TextLine& line, float size);

// The link area under the centre of `b`, as an index into page.links, or -1.
int link_at(const PageContent& page, const Box& b);

// Whether the first word of `next` goes on the last word of `line`: an
// e-mail address or URL that a narrow column broke in two.
bool continues_address(const PageContent& page, const TextLine& line, const TextLine& next);

// Whether the next line goes on a phone number the line ends with, broken by a narrow column.
bool continues_phone(const PageContent& page, const TextLine& line, const TextLine& next);

// Turns one page's lines into blocks.
void build_blocks(const DocumentContent& doc, uint32_t page_index, const PageLines& lines, const TextStyle& style,
                  const MarkerSet& markers, std::vector<BlockData>& out);

// Moves the name and the lines under it, up to the next heading of its
// column, to the front when the name is read after some section (at the top
// of a sidebar that is read after the main column).
void put_name_first(std::vector<BlockData>& blocks);

// Where the sections' headings are set larger than the text, headings in
// the text's own size (a role's title in bold capitals) are one level down.
void rank_headings(std::vector<BlockData>& blocks, float body_size);

// Writes the headings set right above or below the name (a job title, a
// headline) as paragraphs: they are part of the name's header.
void demote_name_lines(std::vector<BlockData>& blocks);

// A name set on two lines with contact lines beside it ("Bożena" / "Lewandowska", the
// phone between them in reading order): its second line joins its first.
void join_name_lines(std::vector<BlockData>& blocks);

}  // namespace detail
}  // namespace reshost::pdf
