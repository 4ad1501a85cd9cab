// Lines into blocks: headings by size, weight, capitals and spacing; list
// items by their markers; paragraphs by the gaps between lines.
#include "pdf_layout.hpp"
#include "unicode_text.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace reshost::pdf {

using namespace ::reshost::sdk;
MarkerSet MarkerSet::from_text(std::string_view text) {
    std::vector<std::string> markers;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') markers.emplace_back(line);
    }
    // Longest first, so "->" wins over "-".
    std::sort(markers.begin(), markers.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return MarkerSet(std::move(markers));
}

std::string_view MarkerSet::leading(std::string_view word) const {
    for (const auto& m : markers_) {
        if (word.substr(0, m.size()) != m) continue;
        bool ascii = std::all_of(m.begin(), m.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        // "-based" or "*nix" are words, not markers.
        if (ascii && word.size() != m.size()) continue;
        return word.substr(0, m.size());
    }
    return {};
}

namespace detail {
namespace {

// A heading is larger than body text by this factor...
constexpr float larger = 1.15f;
// ...or so much larger that nothing else is needed.
constexpr float much_larger = 1.3f;
// A bold heading set apart is at least this much larger than body text.
constexpr float bold_larger = 1.1f;
// A centred heading is at least this much larger than body text.
constexpr float slightly_larger = 1.05f;
// A centred line starts this share of its column's width right of its left
// edge at least, and its centre is this share of the width from the column's.
constexpr float centre_margin = 0.2f;
constexpr float centre_tolerance = 0.03f;
// A heading told by its size alone has at most this many words.
constexpr std::size_t short_heading_words = 5;
// The name at the top is at least this much larger than body text.
constexpr float name_factor = 1.4f;
// A gap above a line larger than this share of its size starts a new block...
constexpr float block_gap = 0.45f;
// ...or, where the page's line pitch is known, a baseline this many times
// the pitch below the previous one.
constexpr float pitch_gap = 1.3f;
// An item whose line starts this share of its size right of the list's
// first items is nested.
constexpr float nest_indent = 0.8f;
// A line ending this share of the column's width short of its right edge
// ends a paragraph or an item.
constexpr float short_end = 0.12f;
// A line this share of its size from both edges of its column fills it.
constexpr float edge_slack = 0.3f;
// The width of a space, as a share of the text size.
constexpr float space_width = 0.25f;
// An item without a marker wraps onto this many lines at most...
constexpr std::size_t max_wrapped_lines = 3;
// ...and has this many lines of items nested under it at most.
constexpr std::size_t max_nested_lines = 8;
// An item's last line carried over a page break has this many words at most,
// and starts in this share of the page's height from its top.
constexpr std::size_t max_carried_words = 12;
constexpr float carried_top = 0.25f;
// A gap as wide as a column break (a title and its right-aligned dates) is
// written as a run of spaces, which readers of the text take as one.
constexpr const char* column_break = "   ";

struct LineFacts {
    std::string text;
    float size = 0;  // the size most of its characters are set in
    float peak = 0;  // the largest size in it (small capitals mix two)
    bool bold = false;
    bool caps = false;
    bool letters = false;
    std::size_t words = 0;
    float gap_above = 1e9f;  // to the previous line of the same region
    bool spaced_above = true;  // set apart from the line above by more than the line spacing
    std::string_view marker;  // a marker written in the text
    bool drawn = false;       // a marker drawn as a shape
    bool ordered = false;
    bool letter_spaced = false;
    bool centered = false;    // set in the middle of its column, clear of both edges
    bool ruled = false;       // a bar beside it or a rule under it sets it off
    bool any_bold = false;    // some word is bold
    bool column_gap = false;  // a gap as wide as a column break splits it (a header with its dates)
    uint32_t font = 0;        // the font of its first word in its main size
    bool gutter = false;      // set in a left gutter beside the content
};

// How a heading is set: its font, size and weight.
struct HeadingStyle {
    uint32_t font;
    float size;
    bool bold;
};

bool is_number_marker(std::string_view w) {
    if (w.size() < 2 || w.size() > 3) return false;
    char end = w.back();
    if (end != '.' && end != ')') return false;
    for (std::size_t i = 0; i + 1 < w.size(); ++i)
        if (w[i] < '0' || w[i] > '9') return false;
    return true;
}

// Whether the `marker` the line starts with separates words rather than marks an item: it stands
// again as a word of its own later in the line ("Kafka • Redis • Go" wrapped), or it is a long
// dash before a word in lower case (a clause wrapped after its dash: "— built a prototype").
bool separates(const PageContent& page, const TextLine& line, std::string_view marker) {
    for (std::size_t k = 1; k < line.words.size(); ++k)
        if (page.text_of(page.words[line.words[k]]) == marker) return true;
    if (marker != "\u2014" && marker != "\u2013") return false;
    std::string_view after = page.text_of(page.words[line.words[0]]).substr(marker.size());
    if (after.empty() && line.words.size() > 1) after = page.text_of(page.words[line.words[1]]);
    return !after.empty() && after[0] >= 'a' && after[0] <= 'z';
}

// A single code point of the Private Use Area, where symbol fonts put their glyphs.
bool is_private_use_glyph(std::string_view w) {
    if (w.size() != 3) return false;
    auto b0 = static_cast<unsigned char>(w[0]), b1 = static_cast<unsigned char>(w[1]);
    // U+E000..U+F8FF is EE 80 80 .. EF A3 BF in UTF-8.
    return b0 == 0xEE || (b0 == 0xEF && b1 <= 0xA3);
}


LineFacts facts_of(const PageContent& page, const TextLine& line, const LineSpacing& spacing, const MarkerSet& markers,
                   const std::vector<FontFace>& fonts) {
    LineFacts f;
    f.words = line.words.empty() ? 0 : 1;
    for (std::size_t k = 0; k < line.words.size(); ++k) {
        if (spacing.before[k] != spacing_join) {
            f.text += ' ';
            ++f.words;
        }
        f.text.append(page.text_of(page.words[line.words[k]]));
    }
    f.letter_spaced = spacing.letter_spaced;
    f.column_gap = std::find(spacing.before.begin(), spacing.before.end(), spacing_column) != spacing.before.end();
    bool all_bold = true;
    std::size_t chars = 0;
    std::map<float, std::size_t> sizes;
    for (uint32_t id : line.words) {
        const Word& w = page.words[id];
        // An icon's size and weight say nothing of the text it stands before.
        if (line.words.size() > 1 && is_private_use_glyph(page.text_of(w))) continue;
        all_bold = all_bold && (w.style & word_bold);
        f.any_bold = f.any_bold || (w.style & word_bold);
        sizes[std::round(w.size * 2) / 2] += w.text_size;
        chars += w.text_size;
        f.peak = std::max(f.peak, std::round(w.size * 2) / 2);
    }
    std::size_t best = 0;
    for (auto [s, n] : sizes)
        if (n > best) {
            best = n;
            f.size = s;
        }
    for (uint32_t id : line.words)
        if (std::round(page.words[id].size * 2) / 2 == f.size) {
            f.font = page.words[id].font;
            break;
        }
    f.bold = all_bold && chars > 0;
    std::size_t upper = 0, lower = 0;
    for (char c : f.text) {
        if (c >= 'A' && c <= 'Z') ++upper;
        else if (c >= 'a' && c <= 'z') ++lower;
    }
    f.letters = upper + lower > 0;
    f.caps = upper >= 3 && lower == 0;
    if (!line.words.empty()) {
        std::string_view first = page.text_of(page.words[line.words[0]]);
        f.marker = markers.leading(first);
        // A list wrapped at a separator ("Kafka • Redis • Go") starts its next
        // line with the separator: a marker used again inside the line is one.
        if (!f.marker.empty() && separates(page, line, f.marker)) f.marker = {};
        // A numbered line set in bold is a numbered heading ("01. Experience"), not an item.
        bool numbered_heading = all_bold && line.words.size() <= short_heading_words + 1;
        if (f.marker.empty() && is_number_marker(first) && line.words.size() > 1 && !numbered_heading) {
            f.marker = first;
            f.ordered = true;
        }
        // A symbol font's bullet (U+F0B7 and its like) alone before plain text;
        // an icon before a bold header stays an icon.
        const Word& w0 = page.words[line.words[0]];
        bool rest_bold = line.words.size() > 1 && (page.words[line.words[1]].style & word_bold);
        bool rest_has_letters = false;
        for (std::size_t k = 1; k < line.words.size() && !rest_has_letters; ++k)
            for (char c : page.text_of(page.words[line.words[k]]))
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) rest_has_letters = true;
        bool pictogram = w0.font < fonts.size() && fonts[w0.font].pictograms;
        if (f.marker.empty() && is_private_use_glyph(first) && rest_has_letters && !rest_bold && !pictogram &&
            w0.size <= larger * f.size && link_at(page, w0.box) < 0)
            f.marker = first;
    }
    return f;
}

// Ends like a clause of text, not like a heading.
bool ends_clause(std::string_view text) {
    char last = text.empty() ? ' ' : text.back();
    return last == '.' || last == ',' || last == ';' || last == '-';
}

// The level of the heading the line is (2 for a section's heading, 3 for
// one set apart by letter spacing alone), or 0 when it is no heading.
uint32_t heading_level(const LineFacts& f, const TextStyle& style, bool first_in_region) {
    if (!f.letters || !f.marker.empty() || f.drawn || f.words > 8 || f.text.size() > 80) return 0;
    // An address ("jo@example.com" at the top of a sidebar) is contact, however it is set.
    if (f.text.find('@') != std::string::npos) return 0;
    char last = f.text.back();
    float r = style.body_size > 0 ? f.size / style.body_size : 1;
    // A hyphen ends a word broken across lines, in text; a name set large may break at its own ("HANS-").
    if (last == '.' || last == ',' || last == ';' || (last == '-' && r < much_larger)) return 0;
    bool spaced = first_in_region || f.spaced_above;
    if (r >= much_larger) return 2;
    if (r >= larger && (f.bold || f.caps || spaced)) return 2;
    // A short line in a larger size is a heading however it is spaced (an
    // icon before it can make its box touch the line above).
    if (r >= larger && f.words <= short_heading_words) return 2;
    if (f.bold && f.caps) return 2;
    // A short bold line set apart, a little larger than the text.
    if (f.bold && spaced && f.words <= short_heading_words && r >= bold_larger) return 2;
    // A short bold or capital line without figures in a gutter beside the content ("Work").
    if (f.gutter && (f.bold || f.caps) && f.words <= short_heading_words &&
        std::none_of(f.text.begin(), f.text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return 2;
    // A short line with a bar beside it or a rule under it.
    if (f.ruled && f.words <= short_heading_words) return 2;
    // A short line set apart and centred over the column, a little larger than the text.
    if (f.centered && spaced && f.words <= short_heading_words && r >= slightly_larger) return 2;
    // Small capitals: capitals in the heading's size, the rest smaller.
    float peak = style.body_size > 0 ? f.peak / style.body_size : 1;
    if (spaced && f.words <= short_heading_words && peak >= larger) return 2;
    // Capitals set letter by letter are a heading's typography, though a
    // weaker one than weight or size: a headline under the name looks so too.
    if (f.caps && f.letter_spaced && spaced) return 3;
    return 0;
}


LineData line_data(const DocumentContent& doc, const PageContent& page, uint32_t page_number, const TextLine& line,
                   const LineSpacing& spacing, std::size_t marker_size) {
    LineData out;
    out.loc.page = page_number;
    out.loc.box = rh_box{line.box.x0, line.box.y0, line.box.x1, line.box.y1};
    const Word* prev = nullptr;
    int prev_link = -2;
    for (std::size_t k = 0; k < line.words.size(); ++k) {
        const Word& w = page.words[line.words[k]];
        std::string_view text = page.text_of(w);
        if (k == 0 && marker_size) {
            text.remove_prefix(marker_size);
            if (text.empty()) continue;
        }
        // An icon (a symbol font's private-use glyph) leading a line is no
        // text: a header line reads from its first word ("  Staff Engineer").
        // (One that is a link stays: it carries the address.)
        if (k == 0 && !marker_size && line.words.size() > 1 && is_private_use_glyph(text) && link_at(page, w.box) < 0)
            continue;
        int link = link_at(page, w.box);
        uint32_t flags = 0;
        if (w.style & word_bold) flags |= RH_SPAN_BOLD;
        if (w.style & word_italic) flags |= RH_SPAN_ITALIC;
        if (link >= 0) flags |= RH_SPAN_LINK;
        bool spaced = prev && spacing.before[k] != spacing_join;
        const char* space = spacing.before[k] == spacing_column ? column_break : " ";
        bool same = prev && !out.spans.empty() && prev->font == w.font && std::fabs(prev->size - w.size) < 0.25f &&
                    out.spans.back().flags == flags && link == prev_link;
        if (!same) {
            SpanData s;
            s.flags = flags;
            s.font = w.font < doc.fonts.size() ? doc.fonts[w.font].name : std::string();
            s.size = w.size;
            if (link >= 0) s.link = page.links[static_cast<std::size_t>(link)].url;
            if (spaced) s.text += space;
            out.spans.push_back(std::move(s));
        } else if (spaced) {
            out.spans.back().text += space;
        }
        append_nfkc(out.spans.back().text, text);
        prev = &w;
        prev_link = link;
    }
    return out;
}

bool starts_capitalized(std::string_view text) {
    if (text.empty()) return false;
    auto c = static_cast<unsigned char>(text[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC0;  // a letter outside ASCII may well be a capital
}

// Lines that start items of a list drawn without markers (in a document
// that marks no list): plain lines in
// the body size, each starting with a capital under the line above, which
// ended short of the column's right edge (a wrapped line runs to it). Two
// such lines in a row at least, so a heading's second line or a lone
// address line is no list.
std::vector<bool> unmarked_items(const PageContent& page, const PageLines& lines, const std::vector<LineFacts>& facts,
                                 const TextStyle& style, const float* right, const float* left, float carried_x) {
    std::size_t n = lines.lines.size();
    std::vector<bool> starts(n, false);
    // A list without markers that the page break cut goes on at the top of this page, where
    // its items started (carried_x, or a negative value).
    bool region_seen[3] = {false, false, false};
    for (std::size_t i = 0; i < n && carried_x >= 0; ++i) {
        const TextLine& b = lines.lines[i];
        const LineFacts& f = facts[i];
        if (b.words.empty() || (b.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)) || region_seen[b.region]) continue;
        region_seen[b.region] = true;  // (the first line of each column)
        if (std::fabs(b.box.x0 - carried_x) <= 0.5f * f.size && !f.any_bold && f.marker.empty() && !f.drawn &&
            starts_capitalized(page.text_of(page.words[b.words[0]])) && f.words >= 3)
            starts[i] = true;
    }
    for (std::size_t i = 1; i < n; ++i) {
        const TextLine& a = lines.lines[i - 1];
        const TextLine& b = lines.lines[i];
        const LineFacts& f = facts[i];
        if (a.region != b.region || b.words.empty() || a.words.empty()) continue;
        // (In the body's size, or in the size of the header above: a main column set larger than a long sidebar.)
        bool text_size = std::fabs(f.size - style.body_size) <= 0.3f || std::fabs(f.size - facts[i - 1].size) <= 0.3f;
        if (f.any_bold || f.column_gap || !f.marker.empty() || f.drawn || !text_size) continue;
        // (An item is a phrase: a word or two alone is a name wrapped from the line above, "AS".)
        if (!starts_capitalized(page.text_of(page.words[b.words[0]])) || f.words < 3) continue;
        // The line above ends a unit: it stops short, it is a header (bold, or split into
        // columns), or it is indented under this one (a nested item).
        float width = right[b.region] - left[b.region];
        const LineFacts& above = facts[i - 1];
        bool ends = width > 0 && a.box.x1 < right[b.region] - short_end * width;
        bool outdented = b.box.x0 < a.box.x0 - 0.5f * f.size;
        if (!ends && !above.any_bold && !above.column_gap && !outdented) continue;
        if (std::fabs(a.box.x0 - b.box.x0) > 0.5f * f.size && !outdented) continue;
        starts[i] = true;
    }
    // Another item starts next to this one: right beside it, or past the
    // wrapped lines of one item (and the items nested under it) between them.
    auto wrapped = [&](std::size_t k) {
        return !starts[k] && !facts[k].any_bold && facts[k].marker.empty() && !facts[k].drawn;
    };
    auto nested = [&](std::size_t k, std::size_t i) {
        return lines.lines[k].box.x0 > lines.lines[i].box.x0 + 0.5f * facts[i].size && !facts[k].any_bold;
    };
    std::vector<bool> out(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (!starts[i]) continue;
        bool paired = false;
        // (Nested lines looked past are bounded too, so the work stays linear.)
        for (std::size_t k = i, seen = 0, skipped = 0; k-- > 0 && seen <= max_wrapped_lines && !paired;) {
            if (lines.lines[k].region != lines.lines[i].region) break;
            if (starts[k]) paired = true;
            else if (nested(k, i) && ++skipped <= max_nested_lines) continue;
            else if (!wrapped(k)) break;
            ++seen;
        }
        for (std::size_t k = i + 1, seen = 0, skipped = 0; k < n && seen <= max_wrapped_lines && !paired; ++k) {
            if (lines.lines[k].region != lines.lines[i].region) break;
            if (starts[k]) paired = true;
            else if (nested(k, i) && ++skipped <= max_nested_lines) continue;
            else if (!wrapped(k)) break;
            ++seen;
        }
        out[i] = paired;
    }
    return out;
}

}  // namespace

bool has_marked_lists(const std::vector<PageContent>& pages, const std::vector<PageLines>& lines, const MarkerSet& markers) {
    for (std::size_t p = 0; p < pages.size(); ++p) {
        float left[3] = {1e9f, 1e9f, 1e9f};
        for (const auto& line : lines[p].lines) left[line.region] = std::min(left[line.region], line.box.x0);
        for (const auto& line : lines[p].lines) {
            if (line.words.size() < 2) continue;
            const Word& first = pages[p].words[line.words[0]];
            // Markers written only on lines indented under others ("– Load-tested…" under a
            // bullet written without one) mark a nested list: the list above has no markers.
            bool indented = line.box.x0 > left[line.region] + 2 * nest_indent * first.size;
            std::string_view marker = markers.leading(pages[p].text_of(first));
            if ((!marker.empty() && !separates(pages[p], line, marker) && !indented) ||
                has_drawn_marker(pages[p], line, first.size))
                return true;
        }
    }
    return false;
}

TextStyle measure_style(const DocumentContent& doc) {
    TextStyle style;
    std::map<float, std::size_t> sizes;
    for (const auto& page : doc.pages)
        for (const auto& w : page.words) sizes[std::round(w.size * 2) / 2] += w.text_size;
    std::size_t best = 0;
    for (auto [s, n] : sizes)
        if (n > best) {
            best = n;
            style.body_size = s;
        }
    // Rounded as line sizes are, so the name's own line compares equal; icons
    // (symbol fonts' private-use glyphs) drawn larger than the name do not count.
    if (!doc.pages.empty())
        for (const auto& w : doc.pages[0].words)
            if (!is_private_use_glyph(doc.pages[0].text_of(w)))
                style.name_size = std::max(style.name_size, std::round(w.size * 2) / 2);
    return style;
}

void build_blocks(const DocumentContent& doc, uint32_t page_index, const PageLines& lines, const TextStyle& style,
                  const MarkerSet& markers, std::vector<BlockData>& out) {
    const PageContent& page = doc.pages[page_index];
    uint32_t page_number = page_index + 1;
    BlockData cur;
    bool cur_heading = false;
    float cur_size = 0;
    uint32_t cur_line_flags = 0;
    auto flush = [&] {
        if (cur.lines.empty()) return;
        Box b{cur.lines[0].loc.box.x0, cur.lines[0].loc.box.y0, cur.lines[0].loc.box.x1, cur.lines[0].loc.box.y1};
        for (const auto& l : cur.lines) b.unite(Box{l.loc.box.x0, l.loc.box.y0, l.loc.box.x1, l.loc.box.y1});
        cur.loc.page = page_number;
        cur.loc.box = rh_box{b.x0, b.y0, b.x1, b.y1};
        out.push_back(std::move(cur));
        cur = BlockData();
    };

    const TextLine* prev = nullptr;
    std::size_t prev_words = 0;  // the words of the line before, letters of a spaced word joined
    bool name_seen = false;
    float pitch = style.body_size > 0 ? body_pitch(page, lines, style.body_size) : 0;
    float prev_size = 0, prev_base = 0;
    std::vector<HeadingStyle> heading_styles;  // of the headings found so far on the page
    float item_x0 = 0;       // where the current list item's first line starts
    bool item_unmarked = false;  // the current list item has no marker, written or drawn
    float list_x0 = -1;      // where the items of the current list's top level start, or -1
    bool cur_bold = false;
    bool cur_any_bold = false;
    // Facts of every line first: a list without markers is told from its
    // neighbours.
    std::vector<LineSpacing> spacings;
    std::vector<LineFacts> all;
    spacings.reserve(lines.lines.size());
    all.reserve(lines.lines.size());
    float right[3] = {0, 0, 0}, left[3] = {1e9f, 1e9f, 1e9f};
    // The right edge of running text, short of headers with dates set right in a column of their own.
    float text_right[3] = {0, 0, 0};
    for (const auto& line : lines.lines) {
        spacings.push_back(spacing_of(page, line, name_factor * style.body_size));
        all.push_back(facts_of(page, line, spacings.back(), markers, doc.fonts));
        LineFacts& f = all.back();
        f.gutter = line.gutter;
        // An icon before a line set larger than the text heads a heading; a symbol font's
        // bullet stands before text in the text's size.
        if (is_private_use_glyph(f.marker) && style.body_size > 0 && f.size >= larger * style.body_size) f.marker = {};
        f.drawn = f.marker.empty() && !line.words.empty() && has_drawn_marker(page, line, f.size);
        f.ruled = f.words <= short_heading_words && set_off_by_rule(page, line, f.size);
        right[line.region] = std::max(right[line.region], line.box.x1);
        left[line.region] = std::min(left[line.region], line.box.x0);
        if (!f.column_gap && !f.any_bold) text_right[line.region] = std::max(text_right[line.region], line.box.x1);
    }
    // Headings are set off one at a time: rules under line after line are a
    // table's or a chart's (skills over rating bars).
    std::vector<bool> ruled(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) ruled[i] = all[i].ruled;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (ruled[i] && ((i > 0 && ruled[i - 1]) || (i + 1 < all.size() && ruled[i + 1])))
            all[i].ruled = false;
    for (std::size_t i = 0; i < lines.lines.size(); ++i) {
        const TextLine& line = lines.lines[i];
        float width = right[line.region] - left[line.region];
        float middle = (right[line.region] + left[line.region]) / 2;
        all[i].centered = width > 0 && line.box.x0 > left[line.region] + centre_margin * width &&
                          std::fabs(line.box.center_x() - middle) < centre_tolerance * width;
    }
    // The last item of the page before (its x when it was one without a marker), which a line
    // at the top of this page may go on with.
    float carried_x = -1;
    std::size_t carried_item = out.size();
    for (std::size_t k = out.size(); k-- > 0;) {
        const BlockData& last = out[k];
        if (last.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)) continue;
        if (last.kind == RH_BLOCK_LIST_ITEM && last.loc.page + 1 == page_number) {
            carried_item = k;
            if (last.marker.empty()) carried_x = last.loc.box.x0;
        }
        break;
    }
    std::vector<bool> unmarked = unmarked_items(page, lines, all, style, right, left, carried_x);
    bool seen_section = std::any_of(out.begin(), out.end(), [](const BlockData& b) {
        return b.kind == RH_BLOCK_HEADING && b.level >= 2;
    });
    for (std::size_t i = 0; i < lines.lines.size(); ++i) {
        const TextLine& line = lines.lines[i];
        if (line.words.empty()) continue;
        bool first_in_region = !prev || prev->region != line.region;
        const LineSpacing& spacing = spacings[i];
        LineFacts& f = all[i];
        // A line in lower case at the top of a column, under the text of the page before's last
        // item, is that item's last line ("before release" after "…catching 19 breaking changes").
        if (carried_item < out.size() && first_in_region && !(line.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER))) {
            BlockData& item = out[carried_item];
            const rh_box& at = item.loc.box;
            std::string_view first_word = page.text_of(page.words[line.words[0]]);
            bool lower = !first_word.empty() && first_word[0] >= 'a' && first_word[0] <= 'z';
            bool under = line.box.x0 >= at.x0 - 0.5f * f.size && line.box.x0 <= at.x0 + 3 * f.size;
            bool top = line.box.y0 < carried_top * page.height;
            if (lower && under && top && f.marker.empty() && !f.drawn && f.words <= max_carried_words) {
                item.lines.push_back(line_data(doc, page, page_number, line, spacing, 0));
                carried_item = out.size();
                prev = &line;
                prev_words = f.words;
                prev_size = f.size;
                prev_base = line_base(page, line);
                continue;
            }
        }
        if (!first_in_region) {
            f.gap_above = line.box.y0 - prev->box.y1;
            f.spaced_above = f.gap_above >= block_gap * f.size;
            if (pitch > 0) {
                // Against the baseline pitch, scaled for lines in other sizes.
                float base = line_base(page, line);
                float expected = pitch * std::max(f.size, prev_size) / style.body_size;
                f.spaced_above = base - prev_base > pitch_gap * expected;
            }
        }
        uint32_t level = heading_level(f, style, first_in_region);
        // A page's section headings share one style: a short line set as a heading above was
        // (font, size, weight; larger than the text) is one too, however close it follows the text.
        if (level == 0 && f.letters && f.marker.empty() && !f.drawn && f.words <= short_heading_words &&
            style.body_size > 0 && f.size >= slightly_larger * style.body_size && !ends_clause(f.text) &&
            std::any_of(heading_styles.begin(), heading_styles.end(), [&](const HeadingStyle& h) {
                return h.font == f.font && h.bold == f.bold && std::fabs(h.size - f.size) < 0.25f;
            }))
            level = 2;
        if (level == 2 && std::none_of(heading_styles.begin(), heading_styles.end(), [&](const HeadingStyle& h) {
                return h.font == f.font && h.bold == f.bold && std::fabs(h.size - f.size) < 0.25f;
            }))
            heading_styles.push_back(HeadingStyle{f.font, f.size, f.bold});
        bool heading = level > 0;
        bool gap = pitch > 0 ? f.spaced_above && !first_in_region : f.gap_above > block_gap * std::max(f.size, cur_size);
        bool resized = cur_size > 0 && std::fabs(f.size - cur_size) > 0.15f * std::max(f.size, cur_size);
        // A list without markers, one item a line, below a section's heading.
        bool unmarked_item = !style.marked_lists && seen_section && unmarked[i] && !heading;
        bool item = !f.marker.empty() || f.drawn || unmarked_item;
        // A line wrapped when its first word would not have fitted on the line above.
        // (Letters of a letter-spaced word are words of their own: the first word runs to the first space.)
        float first_word_x1 = page.words[line.words[0]].box.x1;
        for (std::size_t k = 1; k < line.words.size() && spacing.before[k] == spacing_join; ++k)
            first_word_x1 = page.words[line.words[k]].box.x1;
        float first_word = first_word_x1 - line.box.x0;
        bool wrapped = prev && prev->region == line.region &&
                       prev->box.x1 + space_width * f.size + first_word > right[line.region];
        // A wrapped item's next line does not start left of the item, and an item without a
        // marker goes on only where its line wrapped ("Tech stack: Go" under it does not).
        bool text_wrapped = prev && prev->region == line.region &&
                            prev->box.x1 + space_width * f.size + first_word > text_right[line.region];
        bool under_item = line.box.x0 >= item_x0 - 0.5f * f.size && (text_wrapped || !item_unmarked);
        // ...nor does a header (bold, or with its dates in a column of their own) continue it.
        bool continues_item = cur.kind == RH_BLOCK_LIST_ITEM && !item && !gap && !heading && under_item &&
                              !(f.bold && !cur_any_bold) && !f.column_gap;
        // A large heading wrapped onto a second line (a name set on two lines)
        // stays one heading: same size and weight, no gap between.
        // So does a heading that wrapped in a narrow column: its next word
        // would not have fitted on the line above (see `wrapped`).
        // (A name set large may mix weights: "Xiaoming **Huang**".)
        bool display = f.size >= name_factor * style.body_size;
        // (A heading on two lines of a gutter, "Employment" over "History", is one too.)
        bool gutter_wrap = line.gutter && prev && prev->gutter;
        bool continues_heading = cur_heading && heading && !gap && !resized && (f.bold == cur_bold || display) &&
                                 (f.size >= larger * style.body_size || wrapped || gutter_wrap);
        if (continues_heading) heading = false;
        if (first_in_region || heading || (cur_heading && !continues_heading) || item || gap ||
            line.flags != cur_line_flags ||
            (resized && !continues_item) || (cur.kind == RH_BLOCK_LIST_ITEM && !continues_item))
            flush();

        if (cur.lines.empty()) {
            cur.flags = line.flags;
            cur_line_flags = line.flags;
            if (heading) {
                cur.kind = RH_BLOCK_HEADING;
                // The name is the first heading in the largest size; section
                // headings may share its size.
                bool name = page_index == 0 && !name_seen && f.size >= style.name_size - 0.1f &&
                            f.size >= name_factor * style.body_size;
                name_seen = name_seen || name;
                cur.level = name ? 1 : level;
                seen_section = seen_section || !name;
            } else if (item) {
                cur.kind = RH_BLOCK_LIST_ITEM;
                // An item indented past the list's first ones is nested in the one above.
                // (A list in another column starts afresh.)
                if (list_x0 < 0 || first_in_region || line.box.x0 < list_x0 - nest_indent * f.size) list_x0 = line.box.x0;
                cur.level = line.box.x0 > list_x0 + nest_indent * f.size ? 2 : 1;
                item_x0 = line.box.x0;
                item_unmarked = f.marker.empty() && !f.drawn;
                cur.marker = std::string(f.marker);
                if (f.ordered) cur.flags |= RH_BLOCK_ORDERED;
            }
            if (!item) list_x0 = -1;
            cur_heading = heading;
            cur_bold = f.bold;
            cur_any_bold = f.any_bold;
        }
        std::size_t marker_size = cur.lines.empty() && cur.kind == RH_BLOCK_LIST_ITEM ? f.marker.size() : 0;
        LineData ld = line_data(doc, page, page_number, line, spacing, marker_size);
        // An address broken across two lines of a narrow column is one word.
        bool address = !cur.lines.empty() && prev && prev->region == line.region && !gap &&
                       continues_address(page, *prev, line);
        // So is a phone number.
        bool phone = !address && !cur.lines.empty() && prev && prev->region == line.region && !gap && !item &&
                     cur.kind == RH_BLOCK_PARAGRAPH && continues_phone(page, *prev, line);
        if ((continues_heading || address || phone) && !cur.lines.empty() && !ld.spans.empty()) {
            // A heading wrapped onto a second line is one line of text.
            LineData& head = cur.lines.back();
            Box b{head.loc.box.x0, head.loc.box.y0, head.loc.box.x1, head.loc.box.y1};
            b.unite(line.box);
            head.loc.box = rh_box{b.x0, b.y0, b.x1, b.y1};
            // A name broken at its own hyphen joins without a space.
            std::string head_text = head.text();
            // A line of display type filling its column from edge to edge is a
            // word the column broke ("BJØRNST" / "AD").
            bool broken_word = prev && f.size >= name_factor * style.body_size &&
                               prev->box.x0 <= left[line.region] + edge_slack * f.size &&
                               prev->box.x1 >= right[line.region] - edge_slack * f.size && prev_words == 1 &&
                               (std::none_of(f.text.begin(), f.text.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
                                !starts_capitalized(page.text_of(page.words[line.words[0]])));
            if (!address && !broken_word && (head_text.empty() || head_text.back() != '-'))
                ld.spans.front().text = " " + ld.spans.front().text;
            for (auto& sp : ld.spans) head.spans.push_back(std::move(sp));
            cur_size = f.size;
            prev_size = f.size;
            prev_base = line_base(page, line);
            prev = &line;
            prev_words = f.words;
            continue;
        }
        // A marker standing alone leaves a leading space on the next word.
        if (marker_size && !ld.spans.empty() && !ld.spans[0].text.empty() && ld.spans[0].text[0] == ' ')
            ld.spans[0].text.erase(0, 1);
        cur.lines.push_back(std::move(ld));
        cur_size = f.size;
        prev_size = f.size;
        prev_base = line_base(page, line);
        prev = &line;
        prev_words = f.words;
    }
    flush();
}

}  // namespace detail
}  // namespace reshost::pdf
