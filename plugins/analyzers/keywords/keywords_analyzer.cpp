// The "keywords" pack: how well the resume mirrors a job description - the
// skills it asks for (required or a plus), the exact wording it uses, where
// the resume shows them, the job title, and remote work.
#include "first_party_packs.hpp"
#include "job_cues.hpp"
#include "job_description.hpp"
#include "resume_terms.hpp"
#include "skill_vocabulary.hpp"
#include "title_match.hpp"

#include <skill_terms.hpp>

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace reshost::keywords {

using namespace ::reshost::sdk;
namespace {

constexpr double kDefaultMatchRateMin = 0.6;
constexpr double kDefaultSynonymCredit = 0.5;
constexpr std::size_t kMaxQuote = 100;
// Years short of the job's ask that still meet it: rounding, not a gap.
constexpr float kYearsSlack = 0.5f;

// The kinds of skill whose recent use matters to a reader: the stack itself,
// not the tools and practices around it.
constexpr std::string_view kStackKinds[] = {"language", "framework", "database", "cloud", "messaging"};

const char* const kAllRules[] = {"keywords.missing-required", "keywords.missing-preferred", "keywords.exact-wording",
                                 "keywords.placement",        "keywords.title",             "keywords.remote",
                                 "keywords.match-rate",       "keywords.years"};
const char* const kTermRules[] = {"keywords.missing-required", "keywords.missing-preferred", "keywords.exact-wording",
                                  "keywords.placement", "keywords.match-rate"};

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

// "\"Kafka\", \"RabbitMQ\" or \"SQS\"".
std::string choice_list(const std::vector<std::string>& names, std::string_view last_join) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) out += i + 1 == names.size() ? std::string(" ") + std::string(last_join) + " " : ", ";
        out += in_quotes(names[i]);
    }
    return out;
}

// A quote of the job short enough for a message, cut at a word.
std::string job_quote(std::string_view text) {
    if (text.size() <= kMaxQuote) return std::string(text);
    std::size_t cut = text.rfind(' ', kMaxQuote);
    if (cut == std::string_view::npos || cut < kMaxQuote / 2) cut = kMaxQuote;
    return std::string(text.substr(0, cut)) + " \u2026";
}

// "(\"Kafka or RabbitMQ experience\", job line 14)".
// "(job line 1)" when there is nothing more to quote.
std::string job_source(std::string_view quote, JobPlace at) {
    std::string place = at.line   ? "job line " + std::to_string(at.line)
                        : at.page ? "job page " + std::to_string(at.page)
                                  : std::string();
    if (quote.empty()) return place.empty() ? std::string() : "(" + place + ")";
    return "(" + in_quotes(job_quote(quote)) + (place.empty() ? "" : ", " + place) + ")";
}

// " (…)" before a word, or nothing when there is no source to give.
std::string spaced(const std::string& source) { return source.empty() ? source : " " + source; }

// A wording's words, lowered, each without the endings that do not change
// what an ATS search finds: a plural "s" and an adjective's "ful" ("RESTful
// APIs" -> "rest api"). Blanks, hyphens and dots part words.
std::string folded_wording(std::string_view w, bool stem) {
    std::string out, word;
    auto flush = [&] {
        if (word.empty()) return;
        if (stem && word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
        if (stem && word.size() > 5 && word.ends_with("ful")) word.resize(word.size() - 3);
        out += (out.empty() ? "" : " ") + word;
        word.clear();
    };
    for (char c : w) {
        // A slash joins two names into one ("TCP/IP", "CI/CD"): "TCP" does not mirror it.
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#' || c == '/';
        if (c >= 'A' && c <= 'Z') word += static_cast<char>(c - 'A' + 'a');
        else if (keep) word += c;
        else flush();
    }
    flush();
    return out;
}

std::string without_spaces(std::string s) {
    std::erase(s, ' ');
    return s;
}

// True when the resume's wording mirrors the job's for an ATS search: the
// same words but for case, plurals, "-ful", spacing and hyphens ("RESTful
// APIs" for "REST APIs", "NodeJS" for "Node.js"), or one inside the other
// ("Azure" in "Microsoft Azure", ".NET" in ".NET Core"). An abbreviation or
// another name ("k8s" for "Kubernetes", "Postgres" for "PostgreSQL") does not.
bool mirrors(std::string_view job, std::string_view resume) {
    for (bool stem : {false, true}) {
        std::string a = folded_wording(job, stem), b = folded_wording(resume, stem);
        if (a.empty() || b.empty()) continue;
        if (without_spaces(a) == without_spaces(b)) return true;
        std::string sa = " " + a + " ", sb = " " + b + " ";
        if (sa.find(sb) != std::string::npos || sb.find(sa) != std::string::npos) return true;
    }
    return false;
}

JobPlace place_of(const rh_location* loc) {
    if (!loc) return {};
    Location l = Location::from(loc);
    return {l.line, l.page};
}

// The job description as lines: headings, list items and paragraph lines alike.
std::vector<JobLine> job_lines(const Document& job) {
    std::vector<JobLine> out;
    for (Block block : job.blocks()) {
        bool heading = block.kind() == RH_BLOCK_HEADING;
        auto lines = block.lines();
        // A list item says one thing over however many lines it wraps to; a
        // paragraph of plain text may hold a heading line and its text.
        if (lines.empty() || block.kind() == RH_BLOCK_LIST_ITEM) {
            out.push_back({block.text(), place_of(block.location()), heading, false});
            continue;
        }
        for (Line line : lines) {
            bool bold = !line.spans().empty();
            for (Span span : line.spans())
                if (!span.bold() && span.text().find_first_not_of(" \t") != std::string_view::npos) bold = false;
            JobPlace at = place_of(line.location());
            if (!at.line && !at.page) at = place_of(block.location());
            out.push_back({line.text(), at, heading, bold});
        }
    }
    return out;
}

// How the resume answers one requirement.
enum class Answer { exact, synonym, missing };

struct Evaluated {
    const Requirement* requirement;
    Answer answer = Answer::missing;
    const ResumeHit* synonym = nullptr;  // where the other wording sits, when only that
};

std::string section_name(const Resume& resume, int32_t s) {
    if (s < 0 || static_cast<std::size_t>(s) >= resume.sections().size()) return "the resume";
    Section section = resume.sections()[static_cast<std::size_t>(s)];
    if (!section.heading().empty()) return std::string(section.heading().text());
    return section.kind() == RH_SECTION_CONTACT ? "the header" : std::string(section.kind_name());
}

}  // namespace

class KeywordsAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "keywords";
    static std::vector<RuleInfo> rules() {
        return {
            {"keywords.missing-required", Severity::warning,
             "A skill the job description requires is not named anywhere in the resume", "keywords"},
            {"keywords.missing-preferred", Severity::info,
             "A skill the job description lists as a plus is not named in the resume", "keywords"},
            {"keywords.exact-wording", Severity::warning,
             "The resume names a skill of the job only with another wording or acronym (k8s for Kubernetes)",
             "keywords"},
            {"keywords.placement", Severity::info,
             "A required skill shows in no role or project, or only in older roles", "keywords"},
            {"keywords.title", Severity::info,
             "The job's title is not named in the summary, headline or latest role title", "keywords"},
            {"keywords.remote", Severity::info, "The job is remote but the summary does not mention remote work",
             "keywords"},
            {"keywords.match-rate", Severity::warning,
             "The resume matches too small a share of the skills the job asks for", "keywords"},
            {"keywords.years", Severity::warning,
             "The job asks for more years of experience than the resume's dated roles show", "keywords"},
        };
    }

    explicit KeywordsAnalyzer(const OpenContext& ctx)
        : vocabulary_(analyzers::skill_vocabulary(ctx)),
          cues_(JobCues::load(ctx.plugin_dir)),
          families_(SkillFamilies::load(ctx.plugin_dir, *vocabulary_)),
          titles_(cues_) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document& job,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        if (!job) {
            for (const char* rule : kAllRules) out.not_evaluated(rule, "no job description given (--job)");
            return;
        }
        const terms::Vocabulary& vocabulary = *vocabulary_;
        JobDescription jd = read_job(job_lines(job), vocabulary, cues_);
        ResumeTerms found(doc, resume, vocabulary, jd.own_terms.get());
        check_title(jd, resume, found, out);
        check_remote(jd, resume, out);
        check_years(jd, resume, out);
        if (jd.requirements.empty()) {
            for (const char* rule : kTermRules)
                out.not_evaluated(rule, "the job description names no skill that the skill vocabulary knows");
            return;
        }
        std::vector<Evaluated> answers;
        for (const Requirement& r : jd.requirements) answers.push_back(evaluate(r, jd, found, families_));
        check_missing(answers, jd, resume, out);
        check_wording(answers, jd, resume, found, out);
        check_placement(answers, jd, resume, found, out);
        check_rate(host, answers, out);
    }

private:
    // How the resume answers `r`: one of its skills in the job's wording
    // (exact) or another (synonym); a member of a required skill's family
    // ("Spring Boot" for "Spring") in the same words or, in an open choice
    // ("Istio or another service mesh"), any member of a named skill's family.
    static Evaluated evaluate(const Requirement& r, const JobDescription& jd, const ResumeTerms& found,
                              const SkillFamilies& families) {
        Evaluated e{&r};
        auto consider = [&](const terms::Term* asked, std::string_view id, bool member) {
            auto wordings = jd.wordings.find(asked->id);
            for (const ResumeHit* h : found.of(id)) {
                bool same = (member && r.open) ||
                            (wordings != jd.wordings.end() &&
                             std::any_of(wordings->second.begin(), wordings->second.end(), [&](const std::string& w) {
                                 return mirrors(w, member ? std::string_view(h->text) : std::string_view(h->wording));
                             }));
                if (same) return true;
                if (!e.synonym) {
                    e.answer = Answer::synonym;
                    e.synonym = h;
                }
            }
            return false;
        };
        for (const terms::Term* t : r.terms) {
            if (consider(t, t->id, false)) return {&r, Answer::exact, nullptr};
            for (const std::string& m : families.members(t->id))
                if (consider(t, m, true)) return {&r, Answer::exact, nullptr};
            if (!r.open) continue;
            for (const std::string& f : families.families_of(t->id)) {
                if (consider(t, f, true)) return {&r, Answer::exact, nullptr};
                for (const std::string& m : families.members(f))
                    if (m != t->id && consider(t, m, true)) return {&r, Answer::exact, nullptr};
            }
        }
        return e;
    }

    static int32_t skills_section(const Resume& resume) { return resume.find(RH_SECTION_SKILLS); }

    // The job's own wording of a term, as it first writes it.
    static std::string job_wording(const JobDescription& jd, const terms::Term* t) {
        auto it = jd.first_written.find(t->id);
        return it == jd.first_written.end() ? t->name : it->second;
    }

    void check_missing(const std::vector<Evaluated>& answers, const JobDescription& jd, const Resume& resume,
                       Findings& out) const {
        for (const Evaluated& e : answers) {
            if (e.answer != Answer::missing || e.requirement->need == Need::responsibility) continue;
            const Requirement& r = *e.requirement;
            bool required = r.need == Need::required;
            std::vector<std::string> names;
            for (const terms::Term* t : r.terms) names.push_back(job_wording(jd, t));
            Finding f;
            f.rule = required ? "keywords.missing-required" : "keywords.missing-preferred";
            f.severity = required ? Severity::warning : Severity::info;
            f.section = skills_section(resume);
            std::string source = job_source(r.quote, r.at);
            if (names.size() == 1) {
                f.message = (required ? "The job asks for " : "The job lists as a plus ") + in_quotes(names[0]) +
                            spaced(source) + "; the resume does not name it.";
                f.suggestion = "If you have worked with " + names[0] + ", name it as the job does in your skills " +
                               "and in the bullet of the role or project where you used it; if you have not, leave "
                               "it out.";
            } else {
                f.message = (required ? "The job asks for one of " : "The job lists as a plus one of ") +
                            choice_list(names, "or") + spaced(source) + "; the resume names none of them.";
                f.suggestion = "If you have worked with any of them, name it as the job does in your skills and in "
                               "the bullet of the role or project where you used it.";
            }
            out.add(f);
        }
    }

    void check_wording(const std::vector<Evaluated>& answers, const JobDescription& jd, const Resume& resume,
                       const ResumeTerms& found, Findings& out) const {
        for (const Evaluated& e : answers) {
            if (e.answer != Answer::synonym || e.requirement->need == Need::responsibility) continue;
            const ResumeHit& h = *e.synonym;
            std::string wanted = job_wording(jd, h.term);
            Finding f;
            f.rule = "keywords.exact-wording";
            f.severity = e.requirement->need == Need::required ? Severity::warning : Severity::info;
            if (h.loc) f.loc = Location::from(h.loc);
            f.section = h.section;
            f.entry = h.entry;
            f.bullet = h.bullet;
            std::size_t uses = found.of(h.term->id).size();
            f.message = "The job writes " + in_quotes(wanted) + "; the resume writes only " + in_quotes(h.text) + " (" +
                        section_name(resume, h.section) + (uses > 1 ? ", and " + std::to_string(uses - 1) +
                                                                          " more time" + (uses > 2 ? "s" : "")
                                                                    : std::string()) +
                        ").";
            // The longer wording first with the shorter in brackets: an
            // acronym is spelled out at first use.
            std::string both = wanted.size() >= h.text.size() ? wanted + " (" + h.text + ")"
                                                              : h.text + " (" + wanted + ")";
            f.suggestion = "Use the job's wording at least once, e.g. " + in_quotes(both) +
                           ": an ATS matching this job may not know the two are the same.";
            out.add(f);
        }
    }

    void check_placement(const std::vector<Evaluated>& answers, const JobDescription& jd, const Resume& resume,
                         const ResumeTerms& found, Findings& out) const {
        std::vector<std::string> listed_only, older_only;
        bool several_roles = false;
        if (found.recent_section() >= 0)
            several_roles = resume.sections()[static_cast<std::size_t>(found.recent_section())].entries().size() > 1;
        for (const Evaluated& e : answers) {
            const Requirement& r = *e.requirement;
            if (r.need != Need::required || e.answer == Answer::missing) continue;
            // A term of the job's own text is often a certificate or a standard
            // ("CKA", "PCI DSS"), at home in a summary or a list of certificates.
            if (std::all_of(r.terms.begin(), r.terms.end(), [](const terms::Term* t) { return t->kind == "job"; }))
                continue;
            // Of a choice ("Kafka or RabbitMQ"), the members the resume names.
            bool used = false, in_experience = false, in_recent = false, stack = false;
            std::string shown;
            std::vector<std::string> where;
            // Text that no section holds says nothing about placement.
            for (const terms::Term* t : r.terms)
                for (const ResumeHit* h : found.of(t->id)) {
                    if (h->section < 0) continue;
                    if (shown.empty()) shown = job_wording(jd, t);
                    if (std::find(std::begin(kStackKinds), std::end(kStackKinds), t->kind) != std::end(kStackKinds))
                        stack = true;
                    if (h->section_kind == RH_SECTION_EXPERIENCE || h->section_kind == RH_SECTION_PROJECTS) used = true;
                    if (h->section_kind == RH_SECTION_EXPERIENCE) in_experience = true;
                    if (h->recent_role) in_recent = true;
                    std::string name = section_name(resume, h->section);
                    if (std::find(where.begin(), where.end(), name) == where.end()) where.push_back(name);
                }
            if (shown.empty()) continue;
            if (!used) {
                std::string places;
                for (const std::string& w : where) places += (places.empty() ? "" : ", ") + w;
                listed_only.push_back(in_quotes(shown) + " (" + places + ")");
            } else if (in_experience && !in_recent && several_roles && stack) {
                older_only.push_back(shown);
            }
        }
        if (!listed_only.empty()) {
            Finding f;
            f.rule = "keywords.placement";
            f.severity = Severity::info;
            f.section = skills_section(resume);
            std::string list;
            for (std::size_t i = 0; i < listed_only.size(); ++i) list += (i ? ", " : "") + listed_only[i];
            f.message = std::string(listed_only.size() > 1 ? "Skills the job requires appear" : "A skill the job "
                                                                                              "requires appears") +
                        " in no role or project, only under other headings: " + list + ".";
            f.suggestion = "Name " + std::string(listed_only.size() > 1 ? "each" : "it") +
                           " in a bullet of the role or project where you used it, with what it achieved.";
            out.add(f);
        }
        if (!older_only.empty()) {
            Section section = resume.sections()[static_cast<std::size_t>(found.recent_section())];
            Entry role = section.entries()[static_cast<std::size_t>(found.recent_entry())];
            std::string role_name(role.title().text());
            if (!role.organization().empty()) role_name += ", " + std::string(role.organization().text());
            Finding f;
            f.rule = "keywords.placement";
            f.severity = Severity::info;
            if (role.location()) f.loc = Location::from(role.location());
            f.section = found.recent_section();
            f.entry = found.recent_entry();
            f.message = std::string(older_only.size() > 1 ? "Skills" : "A skill") + " the job requires, " +
                        choice_list(older_only, "and") + ", " + (older_only.size() > 1 ? "appear" : "appears") +
                        " only in older roles, not in your most recent one" +
                        (role_name.empty() ? std::string() : " (" + role_name + ")") + ".";
            f.suggestion = "If you use " + std::string(older_only.size() > 1 ? "them" : "it") +
                           " in your current work, say so in that role's bullets: recent use weighs most.";
            out.add(f);
        }
    }

    static void check_rate(const Host& host, const std::vector<Evaluated>& answers, Findings& out) {
        double min = host.number("keywords.match_rate_min", kDefaultMatchRateMin);
        if (!(min >= 0 && min <= 1)) min = kDefaultMatchRateMin;
        double credit = host.number("keywords.synonym_credit", kDefaultSynonymCredit);
        if (!(credit >= 0 && credit <= 1)) credit = kDefaultSynonymCredit;
        double score = 0;
        std::size_t exact = 0, synonym = 0;
        for (const Evaluated& e : answers) {
            double value = e.answer == Answer::exact ? 1 : e.answer == Answer::synonym ? 0.5 : 0;
            const Requirement& r = *e.requirement;
            out.metric(std::string(r.need == Need::required    ? "keywords.required."
                                   : r.need == Need::preferred ? "keywords.preferred."
                                                               : "keywords.responsibility.") +
                           r.key(),
                       value);
            if (e.answer == Answer::exact) ++exact;
            if (e.answer == Answer::synonym) ++synonym;
        }
        score = static_cast<double>(exact) + credit * static_cast<double>(synonym);
        double rate = score / static_cast<double>(answers.size());
        out.metric("keywords.match_rate", rate);
        if (rate >= min) return;
        Finding f;
        f.rule = "keywords.match-rate";
        f.severity = Severity::warning;
        auto percent = [](double v) { return std::to_string(static_cast<int>(std::lround(v * 100))) + "%"; };
        f.message = "The resume matches " + std::to_string(exact + synonym) + " of the " +
                    std::to_string(answers.size()) + " skills the job asks for" +
                    (synonym ? " (" + std::to_string(synonym) + " only in another wording)" : std::string()) +
                    ": a match rate of " + percent(rate) + ", under the " + percent(min) + " target.";
        f.suggestion = "Add the missing skills you really have, in the job's wording (see keywords.missing-required "
                       "and keywords.exact-wording); leave out the ones you lack rather than pad the list.";
        out.add(f);
    }

    void check_title(const JobDescription& jd, const Resume& resume, const ResumeTerms& found, Findings& out) const {
        std::vector<std::string> core = titles_.core_words(jd.title);
        if (core.empty()) {
            out.not_evaluated("keywords.title", "no job title found in the job description");
            return;
        }
        std::vector<TitlePlace> places;
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            Section section = sections[s];
            if (section.kind() != RH_SECTION_SUMMARY && section.kind() != RH_SECTION_CONTACT) continue;
            bool summary = section.kind() == RH_SECTION_SUMMARY;
            TitlePlace place{summary ? "summary" : "headline", "", nullptr, static_cast<int32_t>(s), -1};
            for (const Field& line : section.lines()) {
                if (!place.loc) place.loc = line.location();
                place.text += std::string(place.text.empty() ? "" : " ") + std::string(line.text());
            }
            if (!place.text.empty()) places.push_back(std::move(place));
        }
        if (found.recent_section() >= 0) {
            Entry role = sections[static_cast<std::size_t>(found.recent_section())]
                             .entries()[static_cast<std::size_t>(found.recent_entry())];
            places.push_back({"latest role title", std::string(role.title().text()), role.title().location(),
                              found.recent_section(), found.recent_entry()});
        }
        TitleResult result = titles_.match(core, places);
        out.metric("keywords.title_match", result.match == TitleMatch::exact     ? 1.0
                                           : result.match == TitleMatch::partial ? 0.5
                                                                                 : 0.0);
        if (result.match == TitleMatch::exact) return;
        Finding f;
        f.rule = "keywords.title";
        f.severity = Severity::info;
        std::string source = job_source(jd.title_line == jd.title ? std::string() : jd.title_line, jd.title_at);
        const TitlePlace* at = result.place;
        if (!at) {
            int32_t summary = resume.find(RH_SECTION_SUMMARY);
            for (const TitlePlace& p : places)
                if (p.section == summary) at = &p;
        }
        if (at) {
            if (at->loc) f.loc = Location::from(at->loc);
            f.section = at->section;
            f.entry = at->entry;
        }
        if (result.match == TitleMatch::partial)
            f.message = "The job's title is " + in_quotes(jd.title) + spaced(source) + "; your " + result.place->name +
                        " comes close (" + in_quotes(job_quote(result.place->text)) + ") but not in the job's words.";
        else
            f.message = "The job's title " + in_quotes(jd.title) + spaced(source) +
                        " is not named in your summary, headline or latest role title.";
        f.suggestion = "State the job's title as your target role, in its words, at the start of your summary: " +
                       in_quotes(jd.title + " with \u2026") + ".";
        out.add(f);
    }

    // The years a required part asks for against the union of the resume's
    // dated roles (the model's years_experience). Half a year short is
    // rounding ("5 years" for 4 years and 7 months), not a gap.
    static void check_years(const JobDescription& jd, const Resume& resume, Findings& out) {
        if (jd.years == 0) {
            out.not_evaluated("keywords.years", "the job asks for no number of years in a required part");
            return;
        }
        float shown = resume.years_experience();
        if (shown < 0) {
            out.not_evaluated("keywords.years", "the resume's roles carry no dates to count years from");
            return;
        }
        out.metric("keywords.years_asked", jd.years);
        out.metric("keywords.years_shown", shown);
        if (shown + kYearsSlack >= static_cast<float>(jd.years)) return;
        Finding f;
        f.rule = "keywords.years";
        f.severity = Severity::warning;
        int32_t s = resume.find(RH_SECTION_EXPERIENCE);
        if (s >= 0) f.section = s;
        int whole = static_cast<int>(std::lround(shown));
        f.message = "The job asks for " + std::to_string(jd.years) + "+ years" + spaced(job_source(jd.years_quote, jd.years_at)) +
                    "; the resume's dated roles add up to " +
                    (whole < 1 ? std::string("less than a year") : std::to_string(whole) + (whole == 1 ? " year" : " years")) +
                    ".";
        f.suggestion = "If you have more experience than your dated roles show (earlier roles, freelance or open-source "
                       "work), list it with its dates; if not, say in your summary what makes up for it.";
        out.add(f);
    }

    void check_remote(const JobDescription& jd, const Resume& resume, Findings& out) const {
        out.metric("keywords.remote_job", jd.remote ? 1 : 0);
        if (!jd.remote) return;
        int32_t s = resume.find(RH_SECTION_SUMMARY);
        Finding f;
        f.rule = "keywords.remote";
        f.severity = Severity::info;
        std::string source = job_source(jd.remote_quote, jd.remote_at);
        std::string role = jd.title.empty() ? "backend" : jd.title;
        if (s < 0) {
            f.message = "The job is remote" + spaced(source) + " and the resume has no summary saying you work remotely.";
            f.suggestion = "Add a short summary that names the role and says remote, e.g. " +
                           in_quotes("\u2026 seeking a remote " + role + " role") + ".";
            out.add(f);
            return;
        }
        Section summary = resume.sections()[static_cast<std::size_t>(s)];
        std::string text;
        for (const Field& line : summary.lines()) text += std::string(line.text()) + " ";
        if (JobCues::any(cue_phrase(text), cues_.resume_remote)) return;
        f.section = s;
        auto lines = summary.lines();
        if (!lines.empty() && lines.front().location()) f.loc = Location::from(lines.front().location());
        f.message = "The job is remote" + spaced(source) + " but your summary does not say you work or seek work remotely.";
        f.suggestion = "Say it in the summary, e.g. " + in_quotes("\u2026 seeking a remote " + role + " role") +
                       ", so a search for remote candidates finds you.";
        out.add(f);
    }

    std::shared_ptr<const terms::Vocabulary> vocabulary_;  // shared with the skills and projects packs
    JobCues cues_;
    SkillFamilies families_;
    TitleMatcher titles_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<KeywordsAnalyzer>(); }

}  // namespace reshost::keywords
