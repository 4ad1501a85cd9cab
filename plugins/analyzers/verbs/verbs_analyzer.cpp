// The "verbs" pack: do experience and project bullets open with a strong
// action verb, varied, in a consistent tense, without pronouns or buzzwords?
#include "bullet_opener.hpp"
#include "data_file.hpp"
#include "first_party_packs.hpp"
#include "opener_hints.hpp"
#include "verb_lexicon.hpp"
#include "words.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

namespace reshost::verbs {

using namespace ::reshost::sdk;
namespace {

constexpr double kDefaultRepeatedMax = 2;

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// "Reduced", "Optimized" and "Cut" -> "\"Reduced …\", \"Optimized …\" or \"Cut …\"".
std::string verb_choices(const std::vector<std::string>& verbs) {
    std::string out;
    for (std::size_t i = 0; i < verbs.size(); ++i) {
        if (i) out += i + 1 == verbs.size() ? " or " : ", ";
        out += "\"" + verbs[i] + " \u2026\"";
    }
    return out;
}

// `text` with its first `n` bytes replaced by `opener` ("Builds x" -> "Built x").
std::string with_opener(std::string_view text, std::size_t offset, std::size_t n, std::string_view opener) {
    std::string out(text.substr(0, offset));
    out += opener;
    out += text.substr(offset + n);
    return out;
}

// A bullet together with its place in the resume.
struct BulletRef {
    std::string_view text;
    const rh_location* loc;
    int32_t section, entry, bullet;
    bool current_role;       // an experience entry whose end is "present"
    bool in_experience;
};

std::vector<std::string> normalized_list(const std::string& dir, std::string_view file) {
    std::vector<std::string> out;
    for (const std::string& line : analyzers::read_data_lines(dir, file)) out.push_back(analyzers::normalized_phrase(line));
    // Longest first, so "was responsible for" wins over "responsible for".
    std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
}

}  // namespace

class VerbsAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "verbs";
    static std::vector<RuleInfo> rules() {
        return {
            {"verbs.weak-opener", Severity::warning,
             "A bullet opens with a duty phrase (\"Responsible for\", \"Worked on\", \"Helped\") instead of an action",
             "content"},
            {"verbs.no-verb", Severity::info, "A bullet does not open with an action verb", "content"},
            {"verbs.repeated", Severity::info, "The same opener starts more than two bullets", "content"},
            {"verbs.tense", Severity::warning, "Present and past tense openers are mixed within one role", "content"},
            {"verbs.pronoun", Severity::warning, "A bullet uses a first-person pronoun (I, my, we, our)", "content"},
            {"verbs.buzzword", Severity::info,
             "A self-description such as \"team player\" or \"results-driven\" that claims without showing",
             "content"},
        };
    }

    explicit VerbsAnalyzer(const OpenContext& ctx)
        : verbs_(ctx.plugin_dir),
          hints_(ctx.plugin_dir),
          weak_(normalized_list(ctx.plugin_dir, "weak_openers.txt")),
          buzzwords_(normalized_list(ctx.plugin_dir, "buzzwords.txt")),
          pronouns_(normalized_list(ctx.plugin_dir, "pronouns.txt")),
          supporting_(normalized_list(ctx.plugin_dir, "supporting_openers.txt")),
          claims_(normalized_list(ctx.plugin_dir, "claim_verbs.txt")) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        std::vector<BulletRef> bullets = collect(resume);
        if (bullets.empty()) {
            for (const char* rule : {"verbs.weak-opener", "verbs.no-verb", "verbs.repeated", "verbs.tense",
                                     "verbs.pronoun"})
                out.not_evaluated(rule, "no bullets found in Experience or Projects");
        }
        std::vector<BulletOpener> openers;
        for (const BulletRef& b : bullets) openers.push_back(read_opener(b.text, verbs_, weak_));

        for (std::size_t i = 0; i < bullets.size(); ++i) {
            check_opener(bullets[i], openers[i], out);
            check_pronouns(bullets[i], out);
            check_buzzwords(bullets[i].text, bullets[i], out);
        }
        check_summary_buzzwords(resume, out);
        check_repeated(host, bullets, openers, out);
        check_tense(bullets, openers, title_words(resume), out);
    }

private:
    static std::vector<BulletRef> collect(const Resume& resume) {
        std::vector<BulletRef> out;
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            Section section = sections[s];
            bool experience = section.kind() == RH_SECTION_EXPERIENCE;
            if (!experience && section.kind() != RH_SECTION_PROJECTS) continue;
            auto entries = section.entries();
            for (std::size_t e = 0; e < entries.size(); ++e) {
                Entry entry = entries[e];
                bool current = experience && entry.end() == "present";
                auto list = entry.bullets();
                for (std::size_t k = 0; k < list.size(); ++k) {
                    Bullet b = list[k];
                    out.push_back({b.text(), b.location(), static_cast<int32_t>(s), static_cast<int32_t>(e),
                                   static_cast<int32_t>(k), current, experience});
                }
            }
        }
        return out;
    }

    static Finding finding(const char* rule, const BulletRef& b) {
        Finding f;
        f.rule = rule;
        if (b.loc) f.loc = Location::from(b.loc);
        f.section = b.section;
        f.entry = b.entry;
        f.bullet = b.bullet;
        return f;
    }

    void check_opener(const BulletRef& b, const BulletOpener& o, Findings& out) const {
        if (!o.weak.empty()) {
            Finding f = finding("verbs.weak-opener", b);
            f.severity = Severity::warning;
            f.message = "The bullet opens with " + quoted(o.weak) + ", which names a duty, not what you did.";
            std::string weak = analyzers::normalized_phrase(o.weak);
            if (std::find(supporting_.begin(), supporting_.end(), weak) != supporting_.end())
                f.suggestion = "Open with what you did yourself in it, e.g. " +
                               verb_choices(hints_.suggest(b.text, claims_)) +
                               ", and claim no more than your part: a reader asks about it in the interview.";
            else
                f.suggestion = "Open with the action and its result, e.g. " + verb_choices(hints_.suggest(b.text)) + ".";
            out.add(f);
            return;
        }
        if (o.verb || o.label || o.first_word.empty()) return;
        // "52 out of 2500 applicants chosen...": a bullet that opens with its figure leads with the result.
        if (o.first_word.find_first_not_of("0123456789.,%+$") == std::string::npos) return;
        // "I built ..." is the pronoun rule's finding, not a missing verb.
        std::string first = analyzers::lower(o.first_word);
        if (std::find(pronouns_.begin(), pronouns_.end(), first) != pronouns_.end()) return;
        Finding f = finding("verbs.no-verb", b);
        f.severity = Severity::info;
        f.message = "The bullet opens with " + quoted(o.first_word) + " rather than an action verb.";
        f.suggestion = "Start with what you did, e.g. " + verb_choices(hints_.suggest(b.text)) + ".";
        out.add(f);
    }

    void check_pronouns(const BulletRef& b, Findings& out) const {
        std::vector<std::string> found;
        std::vector<analyzers::Word> words = analyzers::split_words(b.text);
        for (const analyzers::Word& w : words) {
            std::string word = analyzers::lower(w.text);
            if (std::find(pronouns_.begin(), pronouns_.end(), word) == pronouns_.end()) continue;
            std::size_t end = w.offset + w.text.size();
            char before = w.offset ? b.text[w.offset - 1] : ' ';
            char after = end < b.text.size() ? b.text[end] : ' ';
            // "I/O" and "i.e." are not pronouns.
            if (before == '/' || after == '/' || (after == '.' && end + 1 < b.text.size() && std::isalpha(
                                                                       static_cast<unsigned char>(b.text[end + 1]))))
                continue;
            if (word == "i" && w.text != "I") continue;
            if (std::find(found.begin(), found.end(), std::string(w.text)) == found.end())
                found.emplace_back(w.text);
        }
        if (found.empty()) return;
        Finding f = finding("verbs.pronoun", b);
        f.severity = Severity::warning;
        std::string list;
        for (std::size_t i = 0; i < found.size(); ++i) list += (i ? ", " : "") + quoted(found[i]);
        f.message = "The bullet uses the pronoun" + std::string(found.size() > 1 ? "s " : " ") + list + ".";
        std::string first = words.empty() ? std::string() : analyzers::lower(words[0].text);
        if (words.size() > 1 && std::find(pronouns_.begin(), pronouns_.end(), first) != pronouns_.end()) {
            std::string_view rest = b.text.substr(words[1].offset);
            f.suggestion = "Drop the pronoun and open with the verb: " + quoted(analyzers::capitalized(rest)) + ".";
        } else {
            f.suggestion = "Drop the pronouns: a resume is first person throughout, so bullets leave them out.";
        }
        out.add(f);
    }

    void check_buzzwords(std::string_view text, const BulletRef& b, Findings& out) const {
        std::string phrase = analyzers::normalized_phrase(text);
        for (const std::string& buzz : buzzwords_) {
            if (!analyzers::contains_phrase(phrase, buzz)) continue;
            Finding f = finding("verbs.buzzword", b);
            f.severity = Severity::info;
            f.message = quoted(buzz) + " claims a quality without showing it.";
            f.suggestion = "Cut " + quoted(buzz) +
                           " and show it instead with a concrete result: what you did and a number that moved.";
            out.add(f);
        }
    }

    void check_summary_buzzwords(const Resume& resume, Findings& out) const {
        int s = resume.find(RH_SECTION_SUMMARY);
        if (s < 0) return;
        for (const Field& line : resume.sections()[s].lines())
            check_buzzwords(line.text(), BulletRef{line.text(), line.location(), s, -1, -1, false, false}, out);
    }

    void check_repeated(const Host& host, const std::vector<BulletRef>& bullets,
                        const std::vector<BulletOpener>& openers, Findings& out) const {
        double max = host.number("verbs.repeated_max", kDefaultRepeatedMax);
        if (!(max >= 0)) max = kDefaultRepeatedMax;
        std::size_t limit = static_cast<std::size_t>(std::floor(max));
        std::map<std::string, std::size_t> total, seen;
        std::vector<std::string> used;
        for (const BulletOpener& o : openers) {
            if ((o.label && !o.verb) || o.first_word.empty()) continue;
            ++total[o.key()];
            if (o.verb) {
                used.push_back(o.verb->base);
                used.push_back(o.verb->past);
            }
        }
        for (std::size_t i = 0; i < bullets.size(); ++i) {
            const BulletOpener& o = openers[i];
            if ((o.label && !o.verb) || o.first_word.empty()) continue;
            std::string key = o.key();
            if (++seen[key] <= limit) continue;
            Finding f = finding("verbs.repeated", bullets[i]);
            f.severity = Severity::info;
            std::string shown = o.weak.empty() ? o.first_word : o.weak;
            f.message = quoted(shown) + " opens " + std::to_string(total[key]) + " bullets (more than " +
                        std::to_string(limit) + "); this is number " + std::to_string(seen[key]) + ".";
            f.suggestion = "Vary the opener here, e.g. " + verb_choices(hints_.suggest(bullets[i].text, used)) + ".";
            out.add(f);
        }
    }

    // The lowered words of every Experience role's title ("senior", "surgical", "neurophysiologist").
    static std::set<std::string> title_words(const Resume& resume) {
        std::set<std::string> out;
        for (Section s : resume.sections()) {
            if (s.kind() != RH_SECTION_EXPERIENCE) continue;
            for (Entry e : s.entries())
                for (const auto& w : analyzers::split_words(e.title().text())) out.insert(analyzers::lower(w.text));
        }
        return out;
    }

    // "Lead surgical neurophysiologist for…": the opener is followed by two
    // words of the resume's role titles, so the bullet names a role ("lead
    // surgical neurophysiologist"), not an action, and has no tense to fix.
    static bool names_a_role(std::string_view text, const std::set<std::string>& titles) {
        std::vector<analyzers::Word> words = analyzers::split_words(text);
        return words.size() >= 3 && titles.count(analyzers::lower(words[1].text)) &&
               titles.count(analyzers::lower(words[2].text));
    }

    void check_tense(const std::vector<BulletRef>& bullets, const std::vector<BulletOpener>& openers,
                     const std::set<std::string>& titles, Findings& out) const {
        // Bullets grouped by role, in order.
        std::map<std::pair<int32_t, int32_t>, std::vector<std::size_t>> roles;
        for (std::size_t i = 0; i < bullets.size(); ++i)
            if (bullets[i].in_experience && openers[i].verb && openers[i].verb->tense != Tense::either &&
                !names_a_role(bullets[i].text, titles))
                roles[{bullets[i].section, bullets[i].entry}].push_back(i);
        for (const auto& [role, members] : roles) {
            std::size_t present = 0, past = 0;
            for (std::size_t i : members) (openers[i].verb->tense == Tense::present ? present : past)++;
            if (!present || !past) continue;
            bool current = bullets[members.front()].current_role;
            // A finished role is told in the past; the current role follows its majority.
            Tense wanted = !current ? Tense::past : (present >= past ? Tense::present : Tense::past);
            for (std::size_t i : members) {
                const VerbForm& v = *openers[i].verb;
                if (v.tense == wanted) continue;
                const BulletRef& b = bullets[i];
                Finding f = finding("verbs.tense", b);
                f.severity = Severity::warning;
                std::string fixed = wanted == Tense::past ? v.past : v.base;
                fixed = analyzers::capitalized(fixed);
                std::vector<analyzers::Word> words = analyzers::split_words(b.text);
                std::size_t offset = 0, size = 0;
                for (const auto& w : words)
                    if (w.text == openers[i].first_word) {
                        offset = w.offset;
                        size = w.text.size();
                        break;
                    }
                std::string tense = v.tense == Tense::present ? "present" : "past";
                if (current)
                    f.message = quoted(openers[i].first_word) + " is " + tense + " tense, while most bullets of "
                                "this current role are " + (wanted == Tense::past ? "past" : "present") + " tense.";
                else
                    f.message = quoted(openers[i].first_word) + " is present tense in a finished role whose other "
                                "bullets use the past tense.";
                f.suggestion = std::string(current ? "Keep one tense within the role: "
                                                   : "Describe a finished role in the past tense: ") +
                               quoted(with_opener(b.text, offset, size, fixed)) + ".";
                out.add(f);
            }
        }
    }

    VerbLexicon verbs_;
    OpenerHints hints_;
    std::vector<std::string> weak_;
    std::vector<std::string> buzzwords_;
    std::vector<std::string> pronouns_;
    std::vector<std::string> supporting_;  // openers of a supporting part ("participated in")
    std::vector<std::string> claims_;      // verbs that claim the lead, never suggested for them
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<VerbsAnalyzer>(); }

}  // namespace reshost::verbs
