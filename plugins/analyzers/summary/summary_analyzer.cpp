// The "summary" pack: does the professional summary fill 4-6 lines and say
// how many years, in which languages, with what result, for which role,
// without "I" and "my"?
#include "data_file.hpp"
#include "excerpt.hpp"
#include "first_party_packs.hpp"
#include "language_catalog.hpp"
#include "quantities.hpp"
#include "shared_data.hpp"
#include "summary_text.hpp"
#include "words.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace reshost::summary {

using namespace ::reshost::sdk;
namespace {

using analyzers::excerpt;
using analyzers::quoted;

constexpr double kDefaultMinLines = 4;
constexpr double kDefaultMaxLines = 6;
constexpr double kDefaultLineChars = 90;
constexpr std::size_t kTopLanguages = 3;
constexpr std::size_t kExcerptChars = 70;

const char* const kRules[] = {"summary.length", "summary.years", "summary.target-role", "summary.quantified",
                              "summary.languages", "summary.first-person"};



// "Go", "Python" and "SQL" -> "Go, Python and SQL" (or "Go, Python or SQL").
std::string joined(const std::vector<std::string>& items, const char* last = " and ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? last : ", ";
        out += items[i];
    }
    return out;
}

bool is_year_unit(const std::string& unit) { return unit == "year" || unit == "years" || unit == "yr" || unit == "yrs"; }

// The candidate level from --level, else from the years of experience; empty when unknown.
std::string level_of(const Host& host, const Resume& resume) {
    if (auto level = host.config("level")) return *level;
    float years = resume.years_experience();
    if (years < 0) return {};
    return years < 3 ? "junior" : years >= 7 ? "senior" : "mid";
}

}  // namespace

class SummaryAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "summary";
    static std::vector<RuleInfo> rules() {
        return {
            {"summary.length", Severity::warning, "The summary is shorter than 4 or longer than 6 lines", "content"},
            {"summary.years", Severity::warning, "The summary does not say how many years of experience", "content"},
            {"summary.target-role", Severity::warning, "The summary does not name the role you target", "content"},
            {"summary.quantified", Severity::warning, "The summary holds no quantified achievement", "content"},
            {"summary.languages", Severity::warning, "The summary names none of your main programming languages",
             "content"},
            {"summary.first-person", Severity::info, "The summary is written in the first person (\"I am\", \"my\")",
             "content"},
        };
    }

    explicit SummaryAnalyzer(const OpenContext& ctx)
        : quantities_(analyzers::quantity_finder(ctx)),
          languages_(ctx.plugin_dir),
          roles_(normalized(analyzers::read_data_lines(ctx.plugin_dir, "role_words.txt"))),
          year_phrases_(normalized(analyzers::read_data_lines(ctx.plugin_dir, "year_phrases.txt"))),
          pronouns_(normalized(analyzers::read_data_lines(ctx.plugin_dir, "pronouns.txt"))) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        int s = resume.find(RH_SECTION_SUMMARY);
        if (s < 0) {
            for (const char* rule : kRules) out.not_evaluated(rule, "no Summary section found");
            return;
        }
        double chars = host.number("summary.line_chars", kDefaultLineChars);
        if (!(chars >= 20 && chars <= 400)) chars = kDefaultLineChars;
        SummaryText summary = read_summary(doc, resume, s, static_cast<std::size_t>(chars));
        Finding base;
        base.section = s;
        if (const rh_location* loc = resume.sections()[static_cast<std::size_t>(s)].location()) base.loc = Location::from(loc);
        out.metric("summary.lines", static_cast<double>(summary.lines));

        check_length(host, summary, static_cast<std::size_t>(chars), base, out);
        std::string phrase = analyzers::normalized_phrase(summary.text);
        std::vector<analyzers::Quantity> figures = quantities_->find(summary.text);
        check_years(resume, summary, phrase, figures, base, out);
        check_role(host, resume, summary, phrase, base, out);
        check_quantified(resume, summary, figures, base, out);
        check_languages(resume, summary, base, out);
        check_first_person(summary, base, out);
    }

private:
    static std::vector<std::string> normalized(const std::vector<std::string>& lines) {
        std::vector<std::string> out;
        for (const std::string& l : lines) out.push_back(analyzers::normalized_phrase(l));
        return out;
    }

    static Finding with(const Finding& base, const char* rule, Severity severity) {
        Finding f = base;
        f.rule = rule;
        f.severity = severity;
        return f;
    }

    void check_length(const Host& host, const SummaryText& summary, std::size_t chars, const Finding& base,
                      Findings& out) const {
        double lo = host.number("summary.min_lines", kDefaultMinLines);
        double hi = host.number("summary.max_lines", kDefaultMaxLines);
        if (!(lo >= 0)) lo = kDefaultMinLines;
        if (!(hi >= lo)) hi = std::max(lo, kDefaultMaxLines);
        auto min = static_cast<std::size_t>(lo), max = static_cast<std::size_t>(hi);
        if (summary.lines >= min && summary.lines <= max) return;
        Finding f = with(base, "summary.length", Severity::warning);
        std::string range = std::to_string(min) + "-" + std::to_string(max);
        std::string measured = summary.laid_out
                                   ? std::to_string(summary.lines) + " line" + (summary.lines == 1 ? "" : "s")
                                   : "about " + std::to_string(summary.lines) + " line" + (summary.lines == 1 ? "" : "s") +
                                         " (at ~" + std::to_string(chars) + " characters a line)";
        if (summary.text.empty()) {
            f.message = "The summary is empty; the guide asks for " + range + " lines.";
        } else {
            f.message = "The summary " + quoted(excerpt(summary.text, kExcerptChars)) + " runs to " + measured + "; the guide asks for " +
                        range + ".";
        }
        if (summary.lines < min)
            f.suggestion = "Grow it to " + range + " lines: your years of experience, main languages, one "
                           "quantified achievement and the role you are after.";
        else
            f.suggestion = "Cut it to " + range + " lines: keep years, languages, one quantified achievement and the "
                           "target role; move the rest into Experience bullets.";
        out.add(f);
    }

    void check_years(const Resume& resume, const SummaryText& summary, const std::string& phrase,
                     const std::vector<analyzers::Quantity>& figures, const Finding& base, Findings& out) const {
        bool stated = std::any_of(figures.begin(), figures.end(), [](const analyzers::Quantity& q) {
            return q.kind == analyzers::QuantityKind::duration && is_year_unit(q.unit);
        });
        for (const std::string& p : year_phrases_) stated = stated || analyzers::contains_phrase(phrase, p);
        if (stated) return;
        Finding f = with(base, "summary.years", Severity::warning);
        f.message = "The summary " + quoted(excerpt(summary.text, kExcerptChars)) + " does not say how many years of experience you have.";
        float years = resume.years_experience();
        std::string n = years >= 1 ? std::to_string(static_cast<int>(std::floor(years))) : "N";
        // The figure is the candidate's to give: the dated roles only hint at it.
        f.suggestion = "Open with it, e.g. \"Backend engineer with [N] years of experience in \u2026\"" +
                       (years >= 1 ? " (your dated roles add up to about " + n + " years)." : ".");
        out.add(f);
    }

    void check_role(const Host& host, const Resume& resume, const SummaryText& summary, const std::string& phrase,
                    const Finding& base, Findings& out) const {
        for (const std::string& r : roles_)
            if (analyzers::contains_phrase(phrase, r)) return;
        Finding f = with(base, "summary.target-role", Severity::warning);
        f.message = "The summary " + quoted(excerpt(summary.text, kExcerptChars)) + " does not name the role you are after.";
        std::string title;
        if (int e = resume.find(RH_SECTION_EXPERIENCE); e >= 0 && !resume.sections()[e].entries().empty())
            title = std::string(resume.sections()[e].entries()[0].title().text());
        if (title.empty()) {
            std::string level = level_of(host, resume);
            title = level == "senior" ? "Senior Backend Engineer" : level == "junior" ? "Junior Backend Engineer"
                                                                                      : "Backend Engineer";
        }
        f.suggestion = "Say which role you target, in the words of the job ad, e.g. \"Seeking a " + title + " role\".";
        out.add(f);
    }

    void check_quantified(const Resume& resume, const SummaryText& summary,
                          const std::vector<analyzers::Quantity>& figures, const Finding& base, Findings& out) const {
        bool achievement = std::any_of(figures.begin(), figures.end(), [](const analyzers::Quantity& q) {
            return !(q.kind == analyzers::QuantityKind::duration && is_year_unit(q.unit));
        });
        if (achievement) return;
        Finding f = with(base, "summary.quantified", Severity::warning);
        f.message = "The summary " + quoted(excerpt(summary.text, kExcerptChars)) + " holds no quantified achievement.";
        std::string best = best_bullet(resume);
        f.suggestion = best.empty() ? "Add your strongest result with its figure, e.g. \"cut tail latency by [X]%\"."
                                    : "Lift your strongest result into it, e.g. " + quoted(best) + ".";
        out.add(f);
    }

    // The first experience bullet with a figure, for the summary to borrow.
    std::string best_bullet(const Resume& resume) const {
        for (Section s : resume.sections()) {
            if (s.kind() != RH_SECTION_EXPERIENCE) continue;
            for (Entry e : s.entries())
                for (Bullet b : e.bullets())
                    if (quantities_->quantified(b.text())) return excerpt(b.text(), 100);
        }
        return {};
    }

    // The candidate's top languages: the first listed in Skills, by category or by name.
    std::vector<std::string> top_languages(const Resume& resume) const {
        std::vector<std::string> out;
        auto add = [&](const std::string& name) {
            if (out.size() < kTopLanguages && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
        };
        for (Skill skill : resume.skills()) {
            auto known = languages_.identify(skill.text().text());
            if (!known && !skill.name().empty()) known = languages_.identify(skill.name());
            // The vocabulary's word is enough; a "Languages" group may also list spoken languages.
            if (skill.kind() == "language")
                add(known ? *known : std::string(skill.name().empty() ? skill.text().text() : skill.name()));
            else if (known && analyzers::lower(skill.category()).find("language") != std::string::npos)
                add(*known);
        }
        if (!out.empty()) return out;
        int s = resume.find(RH_SECTION_SKILLS);
        if (s < 0) return out;
        std::string text;
        Section skills = resume.sections()[s];
        for (const Field& line : skills.lines()) text += std::string(line.text()) + "\n";
        for (Entry e : skills.entries()) {
            text += std::string(e.title().text()) + "\n";
            for (Bullet b : e.bullets()) text += std::string(b.text()) + "\n";
            for (const Field& line : e.lines()) text += std::string(line.text()) + "\n";
        }
        for (const std::string& name : languages_.find_in(text)) add(name);
        return out;
    }

    void check_languages(const Resume& resume, const SummaryText& summary, const Finding& base, Findings& out) const {
        std::vector<std::string> top = top_languages(resume);
        if (top.empty()) {
            out.not_evaluated("summary.languages", "no programming languages found in the Skills section");
            return;
        }
        std::string phrase = analyzers::normalized_phrase(summary.text);
        for (const std::string& lang : top) {
            // A language the catalog lacks is matched by its words.
            bool named = languages_.identify(lang) ? languages_.mentions(summary.text, lang)
                                                   : analyzers::contains_phrase(phrase, analyzers::normalized_phrase(lang));
            if (named) return;
        }
        Finding f = with(base, "summary.languages", Severity::warning);
        f.message = "The summary " + quoted(excerpt(summary.text, kExcerptChars)) + " names none of your main languages (" +
                    joined(top, " or ") + ").";
        std::vector<std::string> two(top.begin(), top.begin() + std::min<std::size_t>(2, top.size()));
        f.suggestion = "Name them where you state your experience, e.g. \"\u2026 building backend services in " +
                       joined(two) + "\".";
        out.add(f);
    }

    // The first pronoun of the summary, with the sentence that holds it. "I" counts
    // only as a capital, and not in "I/O"; "i.e." is no pronoun.
    void check_first_person(const SummaryText& summary, const Finding& base, Findings& out) const {
        const std::string& text = summary.text;
        for (const analyzers::Word& w : analyzers::split_words(text)) {
            std::string word = analyzers::lower(w.text);
            if (std::find(pronouns_.begin(), pronouns_.end(), word) == pronouns_.end()) continue;
            if (word == "i" && w.text != "I") continue;
            std::size_t end = w.offset + w.text.size();
            char before = w.offset ? text[w.offset - 1] : ' ';
            char after = end < text.size() ? text[end] : ' ';
            if (before == '/' || after == '/' || (after == '.' && end + 1 < text.size() && text[end + 1] != ' ')) continue;
            std::size_t start = w.offset;
            while (start > 0 && !(std::string_view(".!?").find(text[start - 1]) != std::string_view::npos &&
                                  start < text.size() && text[start] == ' '))
                --start;
            while (start < text.size() && text[start] == ' ') ++start;
            // A long sentence (or lines without full stops) is quoted from a few words before the pronoun.
            std::string lead;
            if (w.offset - start > kExcerptChars / 2) {
                std::size_t near = text.find(' ', w.offset - kExcerptChars / 3);
                if (near != std::string::npos && near < w.offset) start = near + 1, lead = "\u2026";
            }
            std::string_view sentence = std::string_view(text).substr(start);
            // "I" is English only in an English sentence: in Italian it is "the" ("I progetti…").
            if (word == "i") {
                std::string_view whole = sentence.substr(0, sentence.find(". "));
                std::string phrase = analyzers::normalized_phrase(whole);
                bool english = false;
                for (const char* common : {"the", "and", "with", "am", "have", "of", "to"})
                    english = english || analyzers::contains_phrase(phrase, common);
                if (!english) continue;
            }
            Finding f = with(base, "summary.first-person", Severity::info);
            // Appended piece by piece: GCC 12 warns (-Wrestrict, wrongly) on `"(" + quoted(...)` here.
            f.message = "The summary is written in the first person (\"";
            f.message.append(w.text).append("\"): \"").append(lead).append(excerpt(sentence, kExcerptChars)).append("\".");
            std::string rest;
            for (const char* opening : {"I am a ", "I am an ", "I'm a ", "I'm an "}) {
                if (!lead.empty()) break;
                std::string_view o(opening);
                if (sentence.substr(0, o.size()) == o) rest = analyzers::capitalized(sentence.substr(o.size()));
            }
            f.suggestion = rest.empty()
                               ? "Leave the pronouns implied, as the bullets do: open with your title and what you "
                                 "bring, e.g. \"Backend engineer with [N] years of \u2026\"."
                               : "Leave the pronoun implied, as the bullets do: \"" + excerpt(rest, kExcerptChars) + "\".";
            out.add(f);
            return;
        }
    }

    std::shared_ptr<const analyzers::QuantityFinder> quantities_;  // shared with the other packs
    LanguageCatalog languages_;
    std::vector<std::string> roles_;
    std::vector<std::string> year_phrases_;
    std::vector<std::string> pronouns_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<SummaryAnalyzer>(); }

}  // namespace reshost::summary
