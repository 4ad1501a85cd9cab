// The "skills" pack: does the Technical Skills section list 12-15 skills in
// groups, each shown at work somewhere in the experience or projects, covering
// the backend areas the guide highlights without leaning on frontend work?
#include "backend_areas.hpp"
#include "exempt_skills.hpp"
#include "first_party_packs.hpp"
#include "frontend_lexicon.hpp"
#include "skill_vocabulary.hpp"
#include "skill_groups.hpp"
#include "words.hpp"
#include "work_text.hpp"

#include <skill_terms.hpp>

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace reshost::skills {

using namespace ::reshost::sdk;
namespace {

// Defaults of the [skills] settings (docs/configuration.md).
constexpr double kDefaultMin = 12;
constexpr double kDefaultMax = 15;
constexpr double kDefaultGroupMin = 6;
constexpr double kDefaultCoverageMin = 4;
constexpr double kDefaultFrontendShareMax = 0.3;
// Shares of frontend skills or bullets are not judged on fewer items than this.
constexpr std::size_t kShareMinItems = 4;
// How many names a message or suggestion quotes before "and N more".
constexpr std::size_t kNamesShown = 4;
// Past this many skills without evidence, one finding lists them all.
constexpr std::size_t kEachUnshownMax = 5;

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

// "a, b and c", or "a, b, c, d and 3 more" past `limit` names.
std::string name_list(const std::vector<std::string>& names, std::size_t limit = kNamesShown) {
    std::string out;
    std::size_t shown = std::min(names.size(), limit);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i) out += (i + 1 == shown && shown == names.size()) ? " and " : ", ";
        out += names[i];
    }
    if (names.size() > shown) out += " and " + std::to_string(names.size() - shown) + " more";
    return out;
}

std::optional<Location> location_of(const rh_location* loc) {
    if (!loc) return std::nullopt;
    return Location::from(loc);
}

// One listed skill; the first listing of a skill named twice stands for both.
struct Listed {
    Skill skill;
    std::string key;  // canonical id, or the lowered name when the vocabulary lacks it
};

// The technical skills listed, each once.
std::vector<Listed> distinct_skills(const Resume& resume, const ExemptSkills& exempt) {
    std::vector<Listed> out;
    std::unordered_set<std::string> seen;
    for (Skill s : resume.skills()) {
        if (exempt.exempt(s, resume)) continue;
        std::string key = s.id().empty() ? "?" + analyzers::normalized_phrase(s.name()) : std::string(s.id());
        if (seen.insert(key).second) out.push_back({s, key});
    }
    return out;
}

}  // namespace

class SkillsAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "skills";
    static std::vector<RuleInfo> rules() {
        return {
            {"skills.count", Severity::warning, "The skills section lists fewer than 12 or more than 15 skills",
             "content"},
            {"skills.uncategorized", Severity::warning,
             "Skills are listed without groups such as Languages, Databases, Cloud/DevOps, APIs and Tools", "content"},
            {"skills.no-evidence", Severity::warning,
             "A listed skill is used nowhere in the experience or project bullets", "content"},
            {"skills.backend-coverage", Severity::info,
             "The skills cover few of the key backend areas (languages, APIs, databases, cloud, messaging, CI/CD)",
             "content"},
            {"skills.frontend-heavy", Severity::warning,
             "A backend resume whose skills or bullets lean on frontend work", "content"},
        };
    }

    explicit SkillsAnalyzer(const OpenContext& ctx)
        : vocabulary_(analyzers::skill_vocabulary(ctx)),
          areas_(read_backend_areas(ctx.plugin_dir, *vocabulary_)),
          groups_(ctx.plugin_dir),
          frontend_(ctx.plugin_dir),
          exempt_(ctx.plugin_dir) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        WorkText work(resume, *vocabulary_);
        std::vector<Listed> listed = distinct_skills(resume, exempt_);
        int section = resume.find(RH_SECTION_SKILLS);
        check_frontend(host, resume, listed, work, section, out);
        if (section < 0) {
            for (const char* rule : {"skills.count", "skills.uncategorized", "skills.no-evidence",
                                     "skills.backend-coverage"})
                out.not_evaluated(rule, "the resume has no skills section");
            return;
        }
        out.metric("skills.count", static_cast<double>(listed.size()));
        check_count(host, resume, listed, work, section, out);
        check_groups(host, listed, resume, section, out);
        check_evidence(resume, listed, work, section, out);
        check_coverage(host, resume, listed, section, out);
    }

private:
    // A finding about the skills section as a whole, placed at its heading.
    static Finding section_finding(const Resume& resume, int section, std::string rule, Severity severity) {
        Section s = resume.sections()[static_cast<std::size_t>(section)];
        Finding f;
        f.rule = std::move(rule);
        f.severity = severity;
        f.loc = location_of(s.heading().location() ? s.heading().location() : s.location());
        f.section = section;
        return f;
    }

    // Display names of vocabulary ids the work text names but the skills list lacks.
    std::vector<std::string> shown_not_listed(const std::vector<Listed>& listed, const WorkText& work) const {
        std::unordered_set<std::string> have;
        for (const Listed& l : listed) have.insert(l.key);
        std::vector<std::string> out;
        for (const std::string& id : work.named_ids())
            if (!have.count(id))
                if (const terms::Term* t = vocabulary_->find(id); t && t->kind != "practice") out.push_back(t->name);
        return out;
    }

    void check_count(const Host& host, const Resume& resume, const std::vector<Listed>& listed, const WorkText& work,
                     int section, Findings& out) const {
        auto min = static_cast<std::size_t>(host.number("skills.min", kDefaultMin));
        auto max = static_cast<std::size_t>(host.number("skills.max", kDefaultMax));
        std::size_t n = listed.size();
        if (n >= min && n <= max) return;
        std::string range = std::to_string(min) + "-" + std::to_string(max);
        Finding f = section_finding(resume, section, "skills.count", Severity::warning);
        if (n < min) {
            f.message = n == 0 ? "The skills section lists no skill that could be read."
                               : "The skills section lists " + std::to_string(n) + " skill" + (n == 1 ? "" : "s") +
                                     "; the guide recommends " + range + ".";
            std::vector<std::string> missing = shown_not_listed(listed, work);
            if (!missing.empty())
                f.suggestion = "Your experience and projects already show " + name_list(missing) +
                               ": list them, up to " + range + " skills grouped by category.";
            else
                f.suggestion = "List the " + range +
                               " backend skills you use, grouped: languages, frameworks, databases, cloud/DevOps, "
                               "APIs and tools.";
        } else {
            f.message = "The skills section lists " + std::to_string(n) + " skills; past " + std::to_string(max) +
                        " the strongest ones get lost.";
            std::vector<std::string> unshown;
            for (const Listed& l : listed)
                if (!work.empty() && !work.shows(l.skill)) unshown.push_back(in_quotes(l.skill.text().text()));
            f.suggestion = "Keep the " + range + " most relevant to the job you apply for" +
                           (unshown.empty() ? std::string(".")
                                            : "; start with those no bullet shows: " + name_list(unshown) + ".");
        }
        out.add(f);
    }

    // "Languages: Go, Python; Databases: PostgreSQL" from the skills' vocabulary kinds.
    std::string proposed_groups(const std::vector<Listed>& skills) const {
        std::map<std::string, std::vector<std::string>> by_group;
        for (const Listed& l : skills)
            by_group[std::string(groups_.group_of(l.skill.kind()))].push_back(std::string(l.skill.text().text()));
        std::string out;
        for (const std::string& g : groups_.names()) {
            auto it = by_group.find(g);
            if (it == by_group.end()) continue;
            if (!out.empty()) out += "; ";
            out += g + ": " + name_list(it->second, it->second.size());
        }
        return out;
    }

    void check_groups(const Host& host, const std::vector<Listed>& listed, const Resume& resume, int section,
                      Findings& out) const {
        auto group_min = static_cast<std::size_t>(host.number("skills.group_min", kDefaultGroupMin));
        if (listed.size() < group_min) return;
        std::vector<Listed> ungrouped;
        for (const Listed& l : listed)
            if (l.skill.category().empty()) ungrouped.push_back(l);
        if (ungrouped.empty()) return;
        if (ungrouped.size() == listed.size()) {
            Finding f = section_finding(resume, section, "skills.uncategorized", Severity::warning);
            f.message = "The " + std::to_string(listed.size()) +
                        " skills are listed in one run, without groups a reader can scan.";
            f.suggestion = "Group them on labelled lines, e.g. " + proposed_groups(listed) + ".";
            out.add(f);
            return;
        }
        const Skill& first = ungrouped.front().skill;
        Finding f;
        f.rule = "skills.uncategorized";
        f.severity = Severity::warning;
        std::vector<std::string> names;
        for (const Listed& l : ungrouped) names.push_back(in_quotes(l.skill.text().text()));
        f.message = std::to_string(ungrouped.size()) + " skill" + (ungrouped.size() == 1 ? " sits" : "s sit") +
                    " outside any group: " + name_list(names) + ".";
        f.suggestion = "Put " + (ungrouped.size() == 1 ? std::string("it") : std::string("them")) +
                       " under a labelled group, e.g. " + proposed_groups(ungrouped) + ".";
        f.loc = location_of(first.text().location());
        f.section = first.section();
        out.add(f);
    }

    void check_evidence(const Resume& resume, const std::vector<Listed>& listed, const WorkText& work, int section,
                        Findings& out) const {
        if (work.empty()) {
            out.not_evaluated("skills.no-evidence", "the resume has no experience or project entries to show skills in");
            return;
        }
        std::vector<const Listed*> unshown;
        std::size_t checked = 0;
        for (const Listed& l : listed) {
            if (exempt_.unproven(l.skill)) continue;
            ++checked;
            if (!work.shows(l.skill)) unshown.push_back(&l);
        }
        if (checked) out.metric("skills.evidenced_share", static_cast<double>(checked - unshown.size()) / checked);
        if (unshown.size() > kEachUnshownMax) {
            std::vector<std::string> names;
            for (const Listed* l : unshown) names.push_back(in_quotes(l->skill.text().text()));
            Finding f = section_finding(resume, section, "skills.no-evidence", Severity::warning);
            f.message = std::to_string(unshown.size()) + " listed skills appear in no experience or project bullet: " +
                        name_list(names) + ".";
            f.suggestion = "Keep the skills your work shows and add bullets that show the others in use, with what "
                           "they achieved; drop the ones you cannot back up.";
            out.add(f);
            return;
        }
        for (const Listed* l : unshown) {
            Finding f;
            f.rule = "skills.no-evidence";
            f.severity = Severity::warning;
            f.message = in_quotes(l->skill.text().text()) +
                        " is listed as a skill but appears in no experience or project bullet.";
            f.suggestion = "Show " + std::string(l->skill.name()) +
                           " at work: a bullet saying what you built with it and what that achieved; or drop it "
                           "from the list.";
            f.loc = location_of(l->skill.text().location());
            f.section = l->skill.section();
            out.add(f);
        }
    }

    void check_coverage(const Host& host, const Resume& resume, const std::vector<Listed>& listed, int section,
                        Findings& out) const {
        std::unordered_set<std::string> ids;
        for (const Listed& l : listed)
            if (!l.skill.id().empty()) ids.insert(std::string(l.skill.id()));
        std::vector<std::string> covered, missing;
        for (const BackendArea& a : areas_) {
            bool has = false;
            for (const std::string& id : a.ids) has = has || ids.count(id);
            if (has) {
                covered.push_back(a.name);
                continue;
            }
            std::vector<std::string> examples;
            for (std::size_t i = 0; i < a.ids.size() && examples.size() < 3; ++i)
                if (const terms::Term* t = vocabulary_->find(a.ids[i])) examples.push_back(t->name);
            missing.push_back(a.name + " (" + name_list(examples) + ")");
        }
        out.metric("skills.backend_areas", static_cast<double>(covered.size()));
        auto min = static_cast<std::size_t>(host.number("skills.coverage_min", kDefaultCoverageMin));
        if (covered.size() >= min) return;
        Finding f = section_finding(resume, section, "skills.backend-coverage", Severity::info);
        f.message = "The skills cover " + std::to_string(covered.size()) + " of the " + std::to_string(areas_.size()) +
                    " key backend areas" + (covered.empty() ? std::string() : " (" + name_list(covered, 8) + ")") +
                    ".";
        f.suggestion = "If you use them, list skills for " + name_list(missing, missing.size()) + ".";
        out.add(f);
    }

    // The summary's text and the most recent role's title: where a candidate says what they target.
    static std::string stated_target(const Resume& resume) {
        std::string text;
        if (int s = resume.find(RH_SECTION_SUMMARY); s >= 0)
            for (Field f : resume.sections()[static_cast<std::size_t>(s)].lines()) text += std::string(f.text()) + "\n";
        if (int s = resume.find(RH_SECTION_EXPERIENCE); s >= 0) {
            auto entries = resume.sections()[static_cast<std::size_t>(s)].entries();
            if (!entries.empty()) text += std::string(entries[0].title().text());
        }
        return text;
    }

    void check_frontend(const Host& host, const Resume& resume, const std::vector<Listed>& listed,
                        const WorkText& work, int section, Findings& out) const {
        std::vector<std::size_t> bullets;  // indexes into work.lines()
        for (std::size_t i = 0; i < work.lines().size(); ++i)
            if (work.lines()[i].experience && work.lines()[i].bullet >= 0) bullets.push_back(i);
        if (section < 0 && bullets.empty()) {
            out.not_evaluated("skills.frontend-heavy", "the resume has neither a skills section nor experience bullets");
            return;
        }
        if (frontend_.targets_frontend(stated_target(resume))) {
            out.not_evaluated("skills.frontend-heavy",
                              "the summary or most recent title targets full-stack or frontend roles");
            return;
        }
        double max_share = host.number("skills.frontend_share_max", kDefaultFrontendShareMax);

        std::vector<std::string> frontend_skills;
        for (const Listed& l : listed)
            if (l.skill.kind() == "frontend" || !frontend_.frontend_term(l.skill.text().text(), *vocabulary_).empty())
                frontend_skills.push_back(in_quotes(l.skill.text().text()));
        if (listed.size() >= kShareMinItems && frontend_skills.size() > max_share * listed.size()) {
            Finding f = section_finding(resume, section, "skills.frontend-heavy", Severity::warning);
            f.message = std::to_string(frontend_skills.size()) + " of the " + std::to_string(listed.size()) +
                        " listed skills are frontend: " + name_list(frontend_skills) + ".";
            f.suggestion = "For backend roles, lead with languages, databases, APIs and cloud; keep frontend "
                           "skills to one short group at the end, or drop them.";
            out.add(f);
        }

        std::vector<std::pair<const WorkLine*, std::string>> frontend_bullets;
        for (std::size_t i : bullets)
            if (std::string term = frontend_.frontend_term(work.lines()[i].text, work.hits(i), work.phrase(i));
                !term.empty())
                frontend_bullets.emplace_back(&work.lines()[i], std::move(term));
        if (bullets.size() >= kShareMinItems && frontend_bullets.size() > max_share * bullets.size()) {
            const WorkLine& first = *frontend_bullets.front().first;
            Finding f;
            f.rule = "skills.frontend-heavy";
            f.severity = Severity::warning;
            f.message = std::to_string(frontend_bullets.size()) + " of the " + std::to_string(bullets.size()) +
                        " experience bullets describe frontend work (" + in_quotes(frontend_bullets.front().second) +
                        " in " + in_quotes(first.text) + ").";
            f.suggestion = "Lead each role with its server-side work (APIs, data, performance, reliability) and "
                           "shorten or cut the frontend bullets.";
            f.loc = location_of(first.loc);
            f.section = first.section;
            f.entry = first.entry;
            f.bullet = first.bullet;
            out.add(f);
        }
    }

    std::shared_ptr<const terms::Vocabulary> vocabulary_;  // shared with the other packs
    std::vector<BackendArea> areas_;
    SkillGroups groups_;
    FrontendLexicon frontend_;
    ExemptSkills exempt_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<SkillsAnalyzer>(); }

}  // namespace reshost::skills
