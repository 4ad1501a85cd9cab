#include "outdated_content.hpp"

#include "excerpt.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace reshost::sections {

using namespace ::reshost::sdk;
namespace {

// Glyphs that draw a rating bar: stars, dots, squares.
constexpr std::string_view kRatingGlyphs[] = {"\u2605", "\u2606", "\u25CF", "\u25CB", "\u25C9", "\u25EF",
                                              "\u25A0", "\u25A1", "\u25AA", "\u25AB", "\u2B24"};
// This many glyphs in a row are a bar, not a bullet or a separator.
constexpr std::size_t kMinBarGlyphs = 3;
// A rated skill is a short line ("Go - Expert", "Python 90%"); a longer one is prose
// ("Proficient in Windows and Mac OS...") or a paragraph that strayed into the section.
constexpr std::size_t kMaxRatedLineWords = 6;

std::optional<Location> location_of(const rh_location* loc) {
    if (!loc) return std::nullopt;
    return Location::from(loc);
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// The first run of kMinBarGlyphs or more rating glyphs in `line`, empty when none.
std::string_view glyph_bar(std::string_view line) {
    std::size_t start = 0, count = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t len = 0;
        for (std::string_view g : kRatingGlyphs)
            if (line.substr(i, g.size()) == g) len = g.size();
        if (len == 0) {
            if (line[i] != ' ') count = 0;
            ++i;
            continue;
        }
        if (count == 0) start = i;
        ++count;
        i += len;
        if (count >= kMinBarGlyphs) {
            std::size_t end = i;
            while (end < line.size()) {
                std::size_t more = 0;
                for (std::string_view g : kRatingGlyphs)
                    if (line.substr(end, g.size()) == g) more = g.size();
                if (!more) break;
                end += more;
            }
            return line.substr(start, end - start);
        }
    }
    return {};
}

// "4/5", "8/10" or "80%": a score given to oneself; empty when `line` holds none.
std::string_view score(std::string_view line) {
    auto digit = [&](std::size_t i) { return i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])); };
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (!digit(i) || (i > 0 && (std::isalnum(static_cast<unsigned char>(line[i - 1])) || line[i - 1] == '.')))
            continue;
        std::size_t j = i;
        while (digit(j)) ++j;
        if (j - i <= 3 && j < line.size() && line[j] == '%') return line.substr(i, j + 1 - i);
        for (std::string_view scale : {"/10", "/5"})
            if (j - i <= 2 && line.substr(j, scale.size()) == scale && !digit(j + scale.size()))
                return line.substr(i, j + scale.size() - i);
        i = j;
    }
    return {};
}

}  // namespace

void OutdatedContent::check(const Document& doc, const Resume& resume, const std::vector<bool>& dropped,
                            Findings& out) const {
    check_objective(resume, out);
    check_references(doc, resume, dropped, out);
    check_ratings(doc, resume, out);
}

void OutdatedContent::check_objective(const Resume& resume, Findings& out) const {
    auto sections = resume.sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        Section s = sections[i];
        std::string key = analyzers::normalized_phrase(s.heading().text());
        const auto& objective = lists_["objective"];
        if (key.empty() || std::find(objective.begin(), objective.end(), key) == objective.end()) continue;
        Finding f;
        f.rule = "sections.outdated";
        f.severity = Severity::info;
        f.section = static_cast<int32_t>(i);
        f.loc = location_of(s.heading().location() ? s.heading().location() : s.location());
        f.message = "The section " + quoted(s.heading().text()) +
                    " states what you want; a reader wants to know what you offer.";
        f.suggestion = "Replace it with a 3-4 line \"Summary\": your years of experience, main languages, the "
                       "systems you built and the role you target.";
        out.add(f);
        return;
    }
}

void OutdatedContent::check_references(const Document& doc, const Resume& resume, const std::vector<bool>& dropped,
                                       Findings& out) const {
    auto blocks = doc.blocks();
    auto sections = resume.sections();
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        std::string text = analyzers::normalized_phrase(blocks[b].text());
        const std::string* phrase = lists_.phrase_in("references", text);
        if (!phrase) continue;
        int32_t section = -1;
        for (std::size_t i = 0; i < sections.size(); ++i)
            if (b >= sections[i].first_block() && b < sections[i].first_block() + sections[i].block_count())
                section = static_cast<int32_t>(i);
        if (section >= 0 && static_cast<std::size_t>(section) < dropped.size() && dropped[section]) continue;
        Finding f;
        f.rule = "sections.outdated";
        f.severity = Severity::info;
        f.section = section;
        f.loc = location_of(blocks[b].location());
        f.message = "The line " + quoted(analyzers::excerpt(blocks[b].text(), 60)) +
                    " says what every employer assumes; it takes a line and tells nothing.";
        f.suggestion = "Delete it; give referees' names when an employer asks for them.";
        out.add(f);
        return;
    }
}

std::string OutdatedContent::rating_in(std::string_view line) const {
    if (std::string_view bar = glyph_bar(line); !bar.empty()) return std::string(bar);
    std::string words = analyzers::normalized_phrase(line);
    if (analyzers::split_words(line).size() > kMaxRatedLineWords) return {};
    if (lists_.phrase_in("spoken", words)) return {};  // "German (native)": fluency, not a self-rating
    if (std::string_view s = score(line); !s.empty()) return std::string(s);
    if (const std::string* word = lists_.phrase_in("ratings", words)) return analyzers::capitalized(*word);
    return {};
}

void OutdatedContent::check_ratings(const Document& doc, const Resume& resume, Findings& out) const {
    auto blocks = doc.blocks();
    auto sections = resume.sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        Section s = sections[i];
        if (s.kind() != RH_SECTION_SKILLS) continue;
        for (std::size_t b = s.first_block(); b < s.first_block() + s.block_count() && b < blocks.size(); ++b) {
            Block block = blocks[b];
            if (block.kind() == RH_BLOCK_HEADING) continue;
            std::optional<Location> where;
            std::string rating, line_text;
            for (Line l : block.lines()) {
                rating = rating_in(l.text());
                if (rating.empty()) continue;
                where = location_of(l.location());
                line_text = std::string(l.text());
                break;
            }
            if (rating.empty() && block.lines().size() == 0) {
                rating = rating_in(block.text());
                line_text = std::string(block.text());
            }
            if (rating.empty()) continue;
            if (!where) where = location_of(block.location());
            Finding f;
            f.rule = "sections.outdated";
            f.severity = Severity::info;
            f.section = static_cast<int32_t>(i);
            f.loc = where;
            f.message = "The skills are rated by their owner (" + quoted(rating) + " in " +
                        quoted(analyzers::excerpt(line_text, 60)) +
                        "); a reader cannot compare such ratings and reads \"intermediate\" as \"weak\".";
            f.suggestion = "Drop the ratings and let the bullets show the skills: name each where you used it, "
                           "with what it achieved.";
            out.add(f);
            return;
        }
    }
}

}  // namespace reshost::sections
