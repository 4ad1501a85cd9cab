// The "education" pack: is there a degree or certification at all, does each
// certification say when it was earned, and is the education section as
// brief as the candidate's level calls for?
#include "candidate_level.hpp"
#include "config_count.hpp"
#include "entry_label.hpp"
#include "first_party_packs.hpp"
#include "phrase_list.hpp"
#include "words.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace reshost::education {

using namespace ::reshost::sdk;
namespace {

constexpr int kDetailMax = 1;

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::optional<Location> location_of(const rh_location* loc) {
    if (!loc) return std::nullopt;
    return Location::from(loc);
}

// True when `text` holds a year from 1900 to 2099 as a number of its own.
bool has_year(std::string_view text) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        if (i > 0 && digit(text[i - 1])) continue;
        if (!digit(text[i]) || !digit(text[i + 1]) || !digit(text[i + 2]) || !digit(text[i + 3])) continue;
        if (i + 4 < text.size() && digit(text[i + 4])) continue;
        std::string_view y = text.substr(i, 2);
        if (y == "19" || y == "20") return true;
    }
    return false;
}

// "B.Sc. Computer Science, TU Berlin", or whichever half is there.
std::string entry_name(const Entry& e) { return level::entry_label(e, ", "); }

// A piece of resume text with its place, for findings.
struct Item {
    std::string text;
    const rh_location* loc = nullptr;
    int32_t section = -1, entry = -1, bullet = -1;

    Finding finding(const char* rule) const {
        Finding f;
        f.rule = rule;
        f.severity = Severity::info;
        f.loc = location_of(loc);
        f.section = section;
        f.entry = entry;
        f.bullet = bullet;
        return f;
    }
};

// Every detail line of an entry: its bullets, then its other lines.
std::vector<Item> details_of(const Entry& e, int32_t section, int32_t entry) {
    std::vector<Item> out;
    auto bullets = e.bullets();
    for (std::size_t k = 0; k < bullets.size(); ++k)
        out.push_back({std::string(bullets[k].text()), bullets[k].location(), section, entry, static_cast<int32_t>(k)});
    for (const Field& l : e.lines()) out.push_back({std::string(l.text()), l.location(), section, entry, -1});
    return out;
}

bool lists_something(const Section& s) { return !s.entries().empty() || !s.lines().empty(); }

}  // namespace

class EducationAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "education";
    static std::vector<RuleInfo> rules() {
        return {
            {"education.missing", Severity::warning, "No degree, course or certification is listed", "content"},
            {"education.cert-year", Severity::info, "A certification does not say the year it was earned", "content"},
            {"education.too-long", Severity::info,
             "Coursework and detail in Education beyond what a candidate past the first years needs", "content"},
        };
    }

    explicit EducationAnalyzer(const OpenContext& ctx)
        : detail_cues_(ctx.plugin_dir, "detail_cues.txt"), cert_cues_(ctx.plugin_dir, "certification_cues.txt") {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        check_missing(resume, out);
        check_cert_years(resume, out);
        check_too_long(host, resume, out);
    }

private:
    static void check_missing(const Resume& resume, Findings& out) {
        int empty = -1;
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            rh_section_kind kind = sections[s].kind();
            if (kind != RH_SECTION_EDUCATION && kind != RH_SECTION_CERTIFICATIONS) continue;
            if (lists_something(sections[s])) return;
            if (empty < 0) empty = static_cast<int>(s);
        }
        Finding f;
        f.rule = "education.missing";
        f.severity = Severity::warning;
        if (empty >= 0) {
            Section s = sections[static_cast<std::size_t>(empty)];
            f.section = empty;
            f.loc = location_of(s.heading().location() ? s.heading().location() : s.location());
            f.message = "The section " + quoted(s.heading().text()) + " lists no degree, course or certification.";
        } else {
            f.message =
                "No degree, course or certification is listed: the resume has no Education or "
                "Certifications section.";
        }
        f.suggestion =
            "Add an \"Education\" section with one line per degree (\"[Degree], [School] ([year])\"); "
            "if you are self-taught, list a bootcamp or a certification the same way: \"[Certification], "
            "[Issuer] ([year])\".";
        out.add(f);
    }

    // The certifications of the resume: entries and lines of Certifications
    // sections, and Education lines that name a certification.
    std::vector<std::pair<Item, bool>> certifications(const Resume& resume) const {
        std::vector<std::pair<Item, bool>> out;  // the item and whether it carries a year
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            Section section = sections[s];
            bool certs = section.kind() == RH_SECTION_CERTIFICATIONS;
            if (!certs && section.kind() != RH_SECTION_EDUCATION) continue;
            auto sid = static_cast<int32_t>(s);
            auto entries = section.entries();
            for (std::size_t e = 0; e < entries.size(); ++e) {
                Entry entry = entries[e];
                auto eid = static_cast<int32_t>(e);
                std::string name = entry_name(entry);
                bool dated = !entry.start().empty() || !entry.end().empty() || has_year(name);
                std::vector<Item> details = details_of(entry, sid, eid);
                if ((certs && !name.empty()) || cert_cues_.found_in(name)) {
                    for (const Item& d : details) dated = dated || has_year(d.text);
                    const rh_location* loc = entry.title().location() ? entry.title().location() : entry.location();
                    out.push_back({Item{name, loc, sid, eid, -1}, dated});
                    continue;
                }
                // A list under a heading such as "Certifications": each line is one.
                for (const Item& d : details)
                    if (certs || cert_cues_.found_in(d.text)) out.push_back({d, dated || has_year(d.text)});
            }
            for (const Field& l : section.lines())
                if (certs || cert_cues_.found_in(l.text()))
                    out.push_back({Item{std::string(l.text()), l.location(), sid, -1, -1}, has_year(l.text())});
        }
        return out;
    }

    void check_cert_years(const Resume& resume, Findings& out) const {
        auto certs = certifications(resume);
        if (certs.empty()) {
            out.not_evaluated("education.cert-year", "no certifications listed");
            return;
        }
        for (const auto& [item, dated] : certs) {
            if (dated) continue;
            Finding f = item.finding("education.cert-year");
            f.message = "The certification " + quoted(item.text) + " gives no year.";
            f.suggestion = "Add the year you earned it, e.g. " + quoted(item.text + " ([year])") +
                           ": readers check that a certification is current, and many expire after 2-3 years.";
            out.add(f);
        }
    }

    void check_too_long(const Host& host, const Resume& resume, Findings& out) const {
        if (resume.find(RH_SECTION_EDUCATION) < 0) {
            out.not_evaluated("education.too-long", "no Education section");
            return;
        }
        level::CandidateLevel level = level::read_level(host, resume);
        if (!level.level) {
            out.not_evaluated("education.too-long", "the candidate's level is unknown: " + level.reason);
            return;
        }
        if (*level.level == level::Level::junior) return;  // a recent graduate may show coursework
        int max = level::config_count(host, "education.detail_max", kDetailMax);
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            Section section = sections[s];
            if (section.kind() != RH_SECTION_EDUCATION) continue;
            auto sid = static_cast<int32_t>(s);
            auto entries = section.entries();
            for (std::size_t e = 0; e < entries.size(); ++e)
                judge(entry_name(entries[e]), details_of(entries[e], sid, static_cast<int32_t>(e)), max, level, out);
            // Lines outside entries: the first names the degree, the rest are its detail.
            std::vector<Field> lines = section.lines();
            if (entries.empty() && lines.size() > 1) {
                std::vector<Item> details;
                for (std::size_t k = 1; k < lines.size(); ++k)
                    details.push_back({std::string(lines[k].text()), lines[k].location(), sid, -1, -1});
                judge(std::string(lines[0].text()), details, max, level, out);
            }
        }
    }

    // Reports an education entry whose detail is coursework or longer than `max` lines.
    void judge(const std::string& name, const std::vector<Item>& details, int max, const level::CandidateLevel& level,
               Findings& out) const {
        const Item* coursework = nullptr;
        std::vector<const Item*> detail;
        for (const Item& d : details) {
            bool cue = detail_cues_.found_in(d.text) && !cert_cues_.found_in(d.text);
            // "Dec 2014 | Ithaca, NY" or "Pohang" places the degree; it is no detail.
            std::size_t words = analyzers::split_words(d.text).size();
            if (!cue && (words <= 3 || (has_year(d.text) && words <= 6))) continue;
            detail.push_back(&d);
            if (cue && !coursework) coursework = &d;
        }
        if (!coursework && detail.size() <= static_cast<std::size_t>(max)) return;
        const Item& at = coursework ? *coursework : *detail[static_cast<std::size_t>(max)];
        Finding f = at.finding("education.too-long");
        std::string lines = std::to_string(detail.size()) + (detail.size() == 1 ? " line" : " lines");
        std::string who = level.basis.rfind("given", 0) == 0
                              ? std::string("as a ") + level::level_name(*level.level) + " candidate"
                              : "with " + level.basis;
        f.message = quoted(name) + " carries " + lines + " of detail, such as " + quoted(at.text) + "; " + who +
                    ", your roles are the evidence now.";
        f.suggestion =
            "Cut the entry to one line - degree, institution, year - and drop the coursework and grades; "
            "keep an honour only if it is distinctive.";
        out.add(f);
    }

    level::PhraseList detail_cues_;
    level::PhraseList cert_cues_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<EducationAnalyzer>(); }

}  // namespace reshost::education
