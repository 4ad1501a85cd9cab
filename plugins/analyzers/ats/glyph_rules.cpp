// Rules about glyphs that are not text: unmapped or replacement glyphs that
// garble words, and icons (icon fonts, private-use code points, pictographs)
// standing in for words such as "Phone" or "Email".
#include "ats_rules.hpp"

#include "code_points.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace reshost::ats {

using namespace ::reshost::sdk;
namespace {

enum class Ink { text, symbol_font, icon_font };

struct Glyph {
    char32_t c;
    Ink ink;
    std::size_t offset;  // byte offset in the line's text
};

// Pictographs of the emoji blocks and of Miscellaneous Symbols / Dingbats (☎ ✉ ★).
bool is_pictograph(char32_t c) {
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

bool is_icon_like(char32_t c) { return is_private_use(c) || is_pictograph(c); }

// The line's code points with the kind of font that drew each.
std::vector<Glyph> glyphs_of(const DocumentFacts& facts, Line line) {
    std::vector<Glyph> out;
    std::size_t base = 0;
    auto add = [&](std::string_view text, Ink ink) {
        for (std::size_t pos = 0; pos < text.size();) {
            std::size_t at = pos;
            char32_t c = next_code_point(text, pos);
            if (c == 0xFE0F || c == 0x200D) continue;  // emoji presentation selector and joiner
            out.push_back({c, ink, base + at});
        }
        base += text.size();
    };
    if (line.spans().empty()) {
        add(line.text(), Ink::text);
        return out;
    }
    for (Span s : line.spans()) {
        Ink ink = Ink::text;
        if (!s.font().empty() && facts.data.icon_fonts.mentioned_in(s.font())) ink = Ink::icon_font;
        else if (facts.symbolic(s.font())) ink = Ink::symbol_font;
        add(s.text(), ink);
    }
    return out;
}

bool space_or_icon(const Glyph& g) { return is_space(g.c) || is_icon_like(g.c); }

// A glyph with space (or other icons) on both sides is a picture, not part of a word.
bool isolated(const std::vector<Glyph>& g, std::size_t i) {
    return (i == 0 || space_or_icon(g[i - 1])) && (i + 1 == g.size() || space_or_icon(g[i + 1]));
}

// Nothing but space and other pictographs before it (an emoji sequence opens a line).
bool first_on_line(const std::vector<Glyph>& g, std::size_t i) {
    for (std::size_t k = 0; k < i; ++k)
        if (!space_or_icon(g[k])) return false;
    return true;
}

// The white-space delimited word of `text` around byte `offset`.
std::string_view word_at(std::string_view text, std::size_t offset) {
    std::size_t b = text.find_last_of(" \t\n", offset);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::size_t e = text.find_first_of(" \t\n", offset);
    if (e == std::string_view::npos) e = text.size();
    return text.substr(b, e - b);
}

struct LineGlyphs {
    std::vector<std::size_t> icons;    // indexes of glyphs standing in for words
    std::vector<std::size_t> garbled;  // byte offsets of unreadable glyphs
};

LineGlyphs classify(const DocumentFacts& facts, const std::vector<Glyph>& g, std::string_view text) {
    LineGlyphs out;
    std::vector<std::size_t> leading;
    for (std::size_t i = 0; i < g.size(); ++i) {
        const Glyph& x = g[i];
        if (is_space(x.c)) continue;
        if (is_replacement(x.c)) {
            out.garbled.push_back(x.offset);
            continue;
        }
        if (x.ink == Ink::icon_font) {
            out.icons.push_back(i);
            continue;
        }
        if (!is_icon_like(x.c)) continue;
        if (!isolated(g, i)) {
            // A private-use code point inside a word is a glyph the producer could not map.
            if (is_private_use(x.c) && x.ink == Ink::text) out.garbled.push_back(x.offset);
            else out.icons.push_back(i);
        } else if (first_on_line(g, i)) {
            leading.push_back(i);  // a bullet, unless it labels a contact detail
        } else {
            out.icons.push_back(i);
        }
    }
    for (std::size_t i : leading) {
        std::string_view rest = text.substr(g[i].offset);
        bool contact = facts.holds_contact(rest) || rest.find("://") != std::string_view::npos ||
                       rest.find("www.") != std::string_view::npos || rest.find(".com/") != std::string_view::npos;
        if (contact || !out.icons.empty()) out.icons.insert(out.icons.begin(), i);
    }
    for (auto pos = text.find("(cid:"); pos != std::string_view::npos; pos = text.find("(cid:", pos + 5))
        if (cid_placeholders(text.substr(pos, 16))) out.garbled.push_back(pos);
    return out;
}

std::optional<Location> line_location(Line line, Block block) {
    auto l = location_of(line.location());
    return l ? l : location_of(block.location());
}

}  // namespace

namespace {

// Text whose words come out run together: every glyph has a character, but
// the spaces between words are lost, so an ATS reads word salad.
void report_word_salad(const DocumentFacts& facts, const analyzers::DocumentReading& reading, Findings& out) {
    std::string words;
    for (std::size_t i = 0; i < reading.samples.size(); ++i) words += (i ? ", " : "") + quoted(reading.samples[i], 40);
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.0f%%", reading.run_together_share() * 100);
    auto blocks = facts.doc.blocks();
    out.add(finding("ats.garbled-text", Severity::error,
                    std::to_string(reading.run_together) + " words (" + percent +
                        " of the text) come out as several words run together, e.g. " + words +
                        "; an ATS reads this text as word salad and finds none of your skills or titles in it.",
                    "Export the file again from the program you wrote it in, with a standard font, then copy its "
                    "text into a plain editor: the words and the spaces between them must come out as you wrote them.",
                    blocks.empty() ? std::nullopt : location_of(blocks[0].location())));
}

}  // namespace

void check_garbled_text(const DocumentFacts& facts, const analyzers::DocumentReading& reading, Findings& out) {
    out.metric("ats.run_together_share", reading.run_together_share());
    if (reading.state == analyzers::DocumentReading::State::word_salad) {
        report_word_salad(facts, reading, out);
        return;
    }
    std::size_t garbled = 0;
    std::vector<std::string> samples;
    std::optional<Location> where;
    int section = -1;
    auto blocks = facts.doc.blocks();
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        Block block = blocks[b];
        for (Line line : block.lines()) {
            std::string_view text = line.text();
            LineGlyphs found = classify(facts, glyphs_of(facts, line), text);
            garbled += found.garbled.size();
            for (std::size_t offset : found.garbled) {
                std::string word = quoted(word_at(text, offset), 30);
                if (samples.size() < 3 && (samples.empty() || samples.back() != word)) samples.push_back(word);
            }
            if (!found.garbled.empty() && !where) {
                where = line_location(line, block);
                section = facts.section_of(b);
            }
        }
    }
    double total = facts.meta_number("glyphs.total").value_or(0);
    if (total <= 0) total = static_cast<double>(facts.text_size());
    if (total <= 0) return;  // no text at all: ats.no-text says so
    double share = static_cast<double>(garbled) / total;
    out.metric("ats.garbled_share", share);
    double limit = facts.host.number("ats.garbled_max_share", 0.01);
    if (garbled == 0 || share <= limit) return;
    std::string words;
    for (std::size_t i = 0; i < samples.size(); ++i) words += (i ? ", " : "") + samples[i];
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.1f%%", share * 100);
    Finding f = finding("ats.garbled-text", Severity::error,
                        std::to_string(garbled) + " glyphs (" + percent +
                            " of the text) have no readable character behind them, e.g. " + words +
                            "; an ATS reads these words as garbage.",
                        "Re-export the PDF with fonts that map to Unicode (a standard font, \"Embed fonts\" and "
                        "no \"Print as image\"), then check that copying the text gives the same words.",
                        where);
    f.section = section;
    out.add(f);
}

void check_icon_glyphs(const DocumentFacts& facts, Findings& out) {
    // At most this many places are reported one by one; the last names the rest.
    constexpr std::size_t shown = 3;
    struct Place {
        std::string quote;
        std::optional<Location> loc;
        int section;
    };
    std::vector<Place> places;
    auto blocks = facts.doc.blocks();
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        Block block = blocks[b];
        for (Line line : block.lines()) {
            LineGlyphs found = classify(facts, glyphs_of(facts, line), line.text());
            if (found.icons.empty()) continue;
            places.push_back({quoted(line.text(), 70), line_location(line, block), facts.section_of(b)});
            break;  // one place per block
        }
    }
    if (places.empty()) {
        // Icon fonts whose glyphs carry replacement text still draw icons an ATS cannot read.
        std::string fonts;
        for (Font f : facts.doc.fonts())
            if (facts.data.icon_fonts.mentioned_in(f.name()) && fonts.find(font_family(f.name())) == std::string::npos)
                fonts += (fonts.empty() ? "" : ", ") + quoted(font_family(f.name()), 40);
        if (fonts.empty()) return;
        Contact contact = facts.resume.contact();
        const rh_location* loc = contact.email().location() ? contact.email().location() : contact.phone().location();
        out.add(finding("ats.icon-glyphs", Severity::warning,
                        (fonts.find(',') == std::string::npos ? "The icon font " : "The icon fonts ") + fonts +
                            " draw pictograms (phone, envelope, logos) beside your details; an ATS reads them as "
                            "nothing or as stray characters.",
                        "Replace the icons with words: \"Phone:\", \"Email:\", \"LinkedIn:\".",
                        location_of(loc)));
        return;
    }
    for (std::size_t i = 0; i < places.size() && i < shown; ++i) {
        std::string more;
        if (i + 1 == shown && places.size() > shown)
            more = " Icons appear in " + std::to_string(places.size() - shown) + " more places.";
        Finding f = finding("ats.icon-glyphs", Severity::warning,
                            "Icons stand in for words in " + places[i].quote +
                                "; an ATS reads them as nothing or as stray characters" +
                                (places[i].quote.find("[U+") != std::string::npos
                                     ? std::string(" ([U+XXXX] marks a glyph with no character).")
                                     : std::string(".")) +
                                more,
                            "Replace each icon with the word it stands for (\"Phone:\", \"Email:\", \"Location:\") "
                            "or drop it.",
                            places[i].loc);
        f.section = places[i].section;
        out.add(f);
    }
}

}  // namespace reshost::ats
