// Fonts an ATS or a recruiter's machine may not handle, and body text too
// small to read.
#include "ats_rules.hpp"

#include "code_points.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace reshost::ats {

using namespace ::reshost::sdk;
namespace {

// Up to this many font families are named in the message.
constexpr std::size_t named_families = 3;
// A family that sets less than this share of the visible text (dates, a
// contact line in a monospace face) is no risk worth a finding: were it
// substituted or misread, a few words would change, not the resume.
constexpr double min_family_share = 0.10;

bool unnamed(std::string_view font) { return font.empty() || font.front() == '('; }

// The first line drawn in a font of `family`, for the finding's location.
std::optional<Location> first_use(const Document& doc, std::string_view family, int& block_index) {
    auto blocks = doc.blocks();
    for (std::size_t b = 0; b < blocks.size(); ++b)
        for (Line l : blocks[b].lines())
            for (Span s : l.spans())
                if (!s.font().empty() && font_family(s.font()) == family) {
                    block_index = static_cast<int>(b);
                    auto loc = location_of(s.location());
                    if (!loc) loc = location_of(l.location());
                    return loc ? loc : location_of(blocks[b].location());
                }
    return std::nullopt;
}

std::size_t visible_size(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();)
        if (!is_space(next_code_point(text, pos))) ++n;
    return n;
}

std::string points(double size) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g pt", size);
    return buf;
}

}  // namespace

void check_nonstandard_font(const DocumentFacts& facts, Findings& out) {
    const Document& doc = facts.doc;
    if (facts.text_size() == 0) {
        out.not_evaluated("ats.nonstandard-font", "the document has no text whose fonts could be checked");
        return;
    }
    if (!facts.knows_fonts()) {
        out.not_evaluated("ats.nonstandard-font",
                          "this format carries no fonts; the PDF or DOCX you send decides them, check that file");
        return;
    }
    // How much visible text each family sets, where the spans name their fonts.
    std::map<std::string, std::size_t, std::less<>> family_chars;
    std::size_t font_chars = 0;
    for (Block b : doc.blocks())
        for (Line l : b.lines())
            for (Span s : l.spans())
                if (!s.font().empty()) {
                    std::size_t n = visible_size(s.text());
                    family_chars[font_family(s.font())] += n;
                    font_chars += n;
                }
    auto minor = [&](const std::string& family) {
        if (font_chars == 0) return false;
        auto it = family_chars.find(family);
        std::size_t n = it == family_chars.end() ? 0 : it->second;
        return static_cast<double>(n) < min_family_share * static_cast<double>(font_chars);
    };
    auto consider = [&](std::string_view font, bool symbolic, std::vector<std::string>& families) {
        if (unnamed(font) || symbolic || facts.data.icon_fonts.mentioned_in(font)) return;
        if (facts.data.standard_fonts.has_family(font)) return;
        std::string family = font_family(font);
        if (minor(family)) return;
        for (const auto& f : families)
            if (f == family) return;
        families.push_back(family);
    };
    std::vector<std::string> families;
    for (Font f : doc.fonts()) consider(f.name(), f.symbolic(), families);
    // Body size: the size that draws the most text outside headings.
    std::map<int, std::size_t> by_half_point;
    for (Block b : doc.blocks())
        for (Line l : b.lines())
            for (Span s : l.spans()) {
                if (doc.fonts().empty()) consider(s.font(), facts.symbolic(s.font()), families);
                if (b.kind() == RH_BLOCK_HEADING || s.size() <= 0) continue;
                by_half_point[static_cast<int>(s.size() * 2 + 0.5f)] += visible_size(s.text());
            }

    if (!families.empty()) {
        // The family that sets the most text first: the body font is the risk that matters.
        std::stable_sort(families.begin(), families.end(), [&](const std::string& a, const std::string& b) {
            auto n = [&](const std::string& f) {
                auto it = family_chars.find(f);
                return it == family_chars.end() ? std::size_t{0} : it->second;
            };
            return n(a) > n(b);
        });
        std::string names;
        for (std::size_t i = 0; i < families.size() && i < named_families; ++i)
            names += (i ? ", " : "") + quoted(families[i], 40);
        if (families.size() > named_families)
            names += " and " + std::to_string(families.size() - named_families) + " more";
        int block = -1;
        Finding f = finding("ats.nonstandard-font", Severity::warning,
                            std::string(families.size() == 1 ? "The font " : "The fonts ") + names +
                                (families.size() == 1 ? " is not a standard font; an ATS may misread its glyphs and "
                                                        "a machine without it substitutes another."
                                                      : " are not standard fonts; an ATS may misread their glyphs "
                                                        "and a machine without them substitutes others."),
                            "Use a standard font such as Calibri, Arial, Helvetica, Georgia, Garamond or Times "
                            "New Roman (or Latin Modern / TeX Gyre in LaTeX).",
                            first_use(doc, families.front(), block));
        if (block >= 0) f.section = facts.section_of(static_cast<std::size_t>(block));
        out.add(f);
    }

    if (by_half_point.empty()) return;
    auto body = by_half_point.begin();
    for (auto it = by_half_point.begin(); it != by_half_point.end(); ++it)
        if (it->second > body->second) body = it;
    double size = body->first / 2.0;
    double min = facts.host.number("ats.min_font_size", 9);
    if (size >= min) return;
    auto blocks = doc.blocks();
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (blocks[b].kind() == RH_BLOCK_HEADING) continue;
        for (Line l : blocks[b].lines())
            for (Span s : l.spans()) {
                if (static_cast<int>(s.size() * 2 + 0.5f) != body->first || visible_size(s.text()) == 0) continue;
                auto loc = location_of(l.location());
                Finding f = finding("ats.nonstandard-font", Severity::warning,
                                    "Body text is set in " + points(size) + " (e.g. " + quoted(l.text(), 40) +
                                        "), under " + points(min) + "; it is hard to read and may be dropped as "
                                        "fine print.",
                                    "Set body text at 10-12 pt and shorten the content instead of the type.",
                                    loc ? loc : location_of(blocks[b].location()));
                f.section = facts.section_of(b);
                out.add(f);
                return;
            }
    }
}

}  // namespace reshost::ats
