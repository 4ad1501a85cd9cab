// The "length" pack: does the resume keep to the page limit for its
// candidate's experience, with short bullets rather than paragraphs?
#include "excerpt.hpp"
#include "first_party_packs.hpp"
#include "text_measure.hpp"

#include "document_reading.hpp"
#include "page_limit.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace reshost::length {

using namespace ::reshost::sdk;
using analyzers::excerpt;
using analyzers::quoted;
namespace {

// Two full lines of a one-column page in 10-11 pt type hold 220-240 characters.
constexpr double kDefaultBulletChars = 240;
constexpr double kDefaultBulletLines = 2;
constexpr double kDefaultWallChars = 250;
constexpr double kDefaultWallLines = 3;
constexpr double kDefaultMinWords = 200;
constexpr double kDefaultMaxWordsOnePage = 850;
constexpr double kDefaultMaxWordsTwoPages = 1500;
constexpr std::size_t kExcerptChars = 70;

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// A configured count: `fallback` unless the value is a sensible positive number.
std::size_t setting(const Host& host, const char* key, double fallback) {
    double v = host.number(key, fallback);
    if (!(v >= 1 && v <= 1e6)) v = fallback;
    return static_cast<std::size_t>(v);
}

// Where a long bullet can be cut: the first clause break (", ", "; ", " - ")
// after `min` bytes and before `max`; npos when there is none.
std::size_t clause_break(std::string_view text, std::size_t min, std::size_t max) {
    std::size_t best = std::string_view::npos;
    for (std::string_view mark : {", ", "; ", " - ", " \u2013 "}) {
        std::size_t at = text.find(mark, min);
        if (at != std::string_view::npos && at < max && at < best) best = at;
    }
    return best;
}

// The sentences of a paragraph, trimmed.
std::vector<std::string> sentences(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        bool stop = i == text.size() || ((text[i] == '.' || text[i] == ';') && (i + 1 == text.size() || text[i + 1] == ' '));
        if (!stop) continue;
        std::string part = analyzers::collapsed(text.substr(start, i - start));
        if (!part.empty()) out.push_back(part);
        start = i + 1;
    }
    return out;
}

}  // namespace

class LengthAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "length";
    static std::vector<RuleInfo> rules() {
        return {
            {"length.pages", Severity::warning,
             "More pages than the candidate's experience warrants (1 page under 10 years, 2 at most)", "brevity"},
            {"length.bullet", Severity::info, "A bullet runs over two lines", "brevity"},
            {"length.wall-of-text", Severity::warning, "A paragraph of several lines where Experience wants bullets",
             "brevity"},
            {"length.words", Severity::info, "The resume is very long or very short overall", "brevity"},
        };
    }

    explicit LengthAnalyzer(const OpenContext&) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        check_pages(host, resume, out);
        check_bullets(host, doc, resume, out);
        check_walls(host, doc, resume, out);
        check_words(host, doc, resume, out);
    }

private:
    static void check_pages(const Host& host, const Resume& resume, Findings& out) {
        std::size_t pages = resume.pages();
        if (pages == 0) {
            out.not_evaluated("length.pages", "the input has no pages (Markdown or plain text); pages are counted "
                                              "for PDF and DOCX");
            return;
        }
        out.metric("length.pages", static_cast<double>(pages));
        std::size_t max = analyzers::max_pages(host);
        std::optional<analyzers::PageLimit> limit = analyzers::page_limit(host, resume);
        if (!limit) {
            if (pages <= max) {
                out.not_evaluated("length.pages", "the years of experience are unknown (no dated roles and no "
                                                  "--level), so the page limit is unknown");
                return;
            }
            limit = analyzers::PageLimit{max, "for anyone"};
        }
        if (pages <= limit->pages) return;
        Finding f;
        f.rule = "length.pages";
        f.severity = Severity::warning;
        Location at;
        at.page = static_cast<uint32_t>(limit->pages + 1);
        f.loc = at;
        f.message = "The resume runs to " + plural(pages, "page") + "; " + limit->because + " the limit is " +
                    plural(limit->pages, "page") + ".";
        f.suggestion = "Cut it to " + plural(limit->pages, "page") +
                       ": keep 4-6 bullets for recent roles and 1-2 for older ones, drop coursework and "
                       "skills you cannot back with a bullet.";
        out.add(f);
    }

    static void check_bullets(const Host& host, const Document& doc, const Resume& resume, Findings& out) {
        std::size_t max_chars = setting(host, "length.bullet_chars", kDefaultBulletChars);
        std::size_t max_lines = setting(host, "length.bullet_lines", kDefaultBulletLines);
        bool pages = laid_out(doc);
        auto blocks = doc.blocks();
        bool any = false;
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            auto entries = sections[s].entries();
            for (std::size_t e = 0; e < entries.size(); ++e) {
                auto bullets = entries[e].bullets();
                for (std::size_t k = 0; k < bullets.size(); ++k) {
                    Bullet b = bullets[k];
                    any = true;
                    std::size_t lines = pages && b.block() < blocks.size() ? blocks[b.block()].lines().size() : 0;
                    std::size_t chars = characters(analyzers::collapsed(b.text()));
                    bool too_long = pages && lines ? lines > max_lines : chars > max_chars;
                    if (!too_long) continue;
                    Finding f;
                    f.rule = "length.bullet";
                    f.severity = Severity::info;
                    if (b.location()) f.loc = Location::from(b.location());
                    f.section = static_cast<int32_t>(s);
                    f.entry = static_cast<int32_t>(e);
                    f.bullet = static_cast<int32_t>(k);
                    std::string size = pages && lines ? plural(lines, "line")
                                                      : plural(chars, "character") + " (over " +
                                                            std::to_string(max_chars) + ", about two lines)";
                    f.message = "The bullet " + quoted(excerpt(b.text(), kExcerptChars)) + " runs to " + size + ".";
                    std::string text = analyzers::collapsed(b.text());
                    std::size_t cut = clause_break(text, 40, std::min<std::size_t>(max_chars, text.size()));
                    if (cut != std::string::npos)
                        f.suggestion = "Keep it to one or two lines: end it at " + quoted(text.substr(0, cut)) +
                                       " and move " + quoted(excerpt(text.substr(cut + 2), 50)) +
                                       " into a bullet of its own, or cut it.";
                    else
                        f.suggestion = "Keep it to one or two lines: the action, what it touched and the figure; "
                                       "move tool lists to Skills.";
                    out.add(f);
                }
            }
        }
        if (!any) out.not_evaluated("length.bullet", "no bullets found");
    }

    static void check_walls(const Host& host, const Document& doc, const Resume& resume, Findings& out) {
        std::size_t max_chars = setting(host, "length.wall_chars", kDefaultWallChars);
        std::size_t max_lines = setting(host, "length.wall_lines", kDefaultWallLines);
        bool pages = laid_out(doc);
        auto blocks = doc.blocks();
        auto sections = resume.sections();
        bool any = false;
        for (std::size_t s = 0; s < sections.size(); ++s) {
            Section section = sections[s];
            if (section.kind() != RH_SECTION_EXPERIENCE) continue;
            any = true;
            std::size_t first = section.first_block(), count = section.block_count();
            for (std::size_t i = first; i < first + count && i < blocks.size(); ++i) {
                Block b = blocks[i];
                if (b.kind() != RH_BLOCK_PARAGRAPH) continue;
                std::string text = analyzers::collapsed(block_text(b));
                std::size_t lines = b.lines().size();
                std::size_t chars = characters(text);
                bool wall = pages ? lines >= max_lines && chars > max_chars / 2 : chars > max_chars;
                if (!wall) continue;
                Finding f;
                f.rule = "length.wall-of-text";
                f.severity = Severity::warning;
                if (b.location()) f.loc = Location::from(b.location());
                f.section = static_cast<int32_t>(s);
                f.entry = entry_of(section, text);
                std::string size = pages ? std::to_string(lines) + "-line" : std::to_string(chars) + "-character";
                f.message = "A " + size + " paragraph in " + quoted(section.heading().text()) + ": " +
                            quoted(excerpt(text, kExcerptChars)) + ".";
                f.suggestion = "Break it into 3-6 bullets, one result each, opening with an action verb and ending "
                               "with a figure";
                std::vector<std::string> parts = sentences(text);
                if (parts.size() >= 2)
                    f.suggestion += ", e.g. " + quoted("\u2022 " + excerpt(parts[0], 60)) + " and " +
                                    quoted("\u2022 " + excerpt(parts[1], 60));
                f.suggestion += ".";
                out.add(f);
            }
        }
        if (!any) out.not_evaluated("length.wall-of-text", "no Experience section found");
    }

    // The entry of `section` whose text lines hold `text`, or -1.
    static int32_t entry_of(const Section& section, std::string_view text) {
        auto entries = section.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            for (const Field& line : entries[e].lines())
                if (!line.text().empty() && text.find(line.text().substr(0, 40)) != std::string_view::npos)
                    return static_cast<int32_t>(e);
            for (Bullet b : entries[e].bullets())
                if (!b.text().empty() && text.find(b.text().substr(0, 40)) != std::string_view::npos)
                    return static_cast<int32_t>(e);
        }
        return -1;
    }

    static void check_words(const Host& host, const Document& doc, const Resume& resume, Findings& out) {
        std::size_t words = 0;
        for (Block b : doc.blocks()) words += word_count(block_text(b));
        out.metric("length.words", static_cast<double>(words));
        if (words == 0) {
            out.not_evaluated("length.words", "the document has no text");
            return;
        }
        std::size_t min = setting(host, "length.min_words", kDefaultMinWords);
        std::optional<analyzers::PageLimit> limit = analyzers::page_limit(host, resume);
        bool one_page = limit && limit->pages == 1;
        std::size_t max = one_page ? setting(host, "length.max_words", kDefaultMaxWordsOnePage)
                                   : setting(host, "length.max_words_two_pages", kDefaultMaxWordsTwoPages);
        if (words >= min && words <= max) return;
        Finding f;
        f.rule = "length.words";
        f.severity = Severity::info;
        if (words < min) {
            f.message = "The resume has " + plural(words, "word") + ", fewer than " + std::to_string(min) +
                        ": too little to show what you did.";
            f.suggestion = "Give each recent role 4-6 bullets with the result and its figure, and list 12-15 skills "
                           "in categories.";
        } else {
            f.message = "The resume has " + plural(words, "word") + ", more than " + std::to_string(max) + " (" +
                        (one_page ? "one page" : "two pages") + " of text).";
            f.suggestion = "Cut to about " + std::to_string(max * 8 / 10) +
                           " words: shorten bullets to one or two lines, trim older roles to 1-2 bullets and drop "
                           "repeated skills.";
        }
        out.add(f);
    }
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<LengthAnalyzer>(); }

}  // namespace reshost::length
