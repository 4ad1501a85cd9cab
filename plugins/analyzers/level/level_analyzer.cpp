// The "level" pack: does the resume give what a reader looks for at the
// candidate's level? Seniors show leadership, juniors show projects.
#include "candidate_level.hpp"
#include "entry_label.hpp"
#include "first_party_packs.hpp"
#include "phrase_list.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <optional>
#include <string>
#include <vector>

namespace reshost::level {

using namespace ::reshost::sdk;
namespace {

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::optional<Location> location_of(const rh_location* loc) {
    if (!loc) return std::nullopt;
    return Location::from(loc);
}

// The role a reader reads first: the first current one, else the first listed.
struct RoleRef {
    int section = -1;
    int entry = -1;
};

RoleRef most_recent_role(const Resume& resume) {
    RoleRef first;
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        if (sections[s].kind() != RH_SECTION_EXPERIENCE) continue;
        auto entries = sections[s].entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            if (first.entry < 0) first = {static_cast<int>(s), static_cast<int>(e)};
            if (entries[e].end() == "present") return {static_cast<int>(s), static_cast<int>(e)};
        }
    }
    return first;
}

// True when a projects section lists anything at all.
bool lists_projects(const Section& s) { return !s.entries().empty() || !s.lines().empty(); }

}  // namespace

class LevelAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "level";
    static std::vector<RuleInfo> rules() {
        return {
            {"level.leadership", Severity::warning,
             "A senior candidate's experience shows no leadership (led, mentored, architected...)", "content"},
            {"level.projects", Severity::warning, "A junior candidate lists no projects", "content"},
        };
    }

    explicit LevelAnalyzer(const OpenContext& ctx)
        : leadership_(ctx.plugin_dir, "leadership_phrases.txt"), titles_(ctx.plugin_dir, "leadership_titles.txt") {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        CandidateLevel level = read_level(host, resume);
        if (!level.level) {
            out.not_evaluated("level.leadership", "the candidate's level is unknown: " + level.reason);
            out.not_evaluated("level.projects", "the candidate's level is unknown: " + level.reason);
            return;
        }
        check_leadership(*level.level, level.basis, resume, out);
        check_projects(*level.level, level.basis, resume, out);
    }

private:
    void check_leadership(Level level, const std::string& basis, const Resume& resume, Findings& out) const {
        if (level != Level::senior) return;
        if (resume.find(RH_SECTION_EXPERIENCE) < 0) {
            out.not_evaluated("level.leadership", "no Experience section to look for leadership in");
            return;
        }
        std::size_t items = 0;
        for (Section s : resume.sections()) {
            if (s.kind() != RH_SECTION_EXPERIENCE) continue;
            for (Entry e : s.entries()) {
                if (titles_.found_in(e.title().text())) return;  // "Tech Lead", "Engineering Manager"
                for (Bullet b : e.bullets()) {
                    ++items;
                    if (leadership_.found_in(b.text())) return;
                }
                for (const Field& l : e.lines()) {
                    ++items;
                    if (leadership_.found_in(l.text())) return;
                }
            }
        }
        if (items == 0) {
            out.not_evaluated("level.leadership", "the Experience section has no bullets or role descriptions");
            return;
        }
        RoleRef role = most_recent_role(resume);
        int index = role.section >= 0 ? role.section : resume.find(RH_SECTION_EXPERIENCE);
        Section section = resume.sections()[static_cast<std::size_t>(index)];
        Finding f;
        if (role.entry >= 0)
            f = entry_finding("level.leadership", section.entries()[static_cast<std::size_t>(role.entry)], index,
                              role.entry);
        f.rule = "level.leadership";
        f.severity = Severity::warning;
        f.section = index;
        f.message = "A senior candidate (" + basis + "), yet none of the " + std::to_string(items) + " lines under " +
                    quoted(section.heading().text()) + " shows leading people or technical direction.";
        std::string where = "your most recent role";
        if (role.entry >= 0) {
            Entry e = section.entries()[static_cast<std::size_t>(role.entry)];
            if (std::string name = entry_label(e, " at "); !name.empty()) where = quoted(name);
        } else {
            f.loc = location_of(section.heading().location() ? section.heading().location() : section.location());
        }
        f.suggestion = "Add to " + where +
                       " a bullet that shows what you led and its scope, e.g. \"Led a team of [N] engineers to ...\", "
                       "\"Mentored [N] engineers ...\" or \"Architected ...\".";
        out.add(f);
    }

    static void check_projects(Level level, const std::string& basis, const Resume& resume, Findings& out) {
        if (level != Level::junior) return;
        int index = -1;
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            if (sections[s].kind() != RH_SECTION_PROJECTS) continue;
            if (lists_projects(sections[s])) return;
            if (index < 0) index = static_cast<int>(s);
        }
        Finding f;
        f.rule = "level.projects";
        f.severity = Severity::warning;
        if (index >= 0) {
            Section s = sections[static_cast<std::size_t>(index)];
            f.section = index;
            f.loc = location_of(s.heading().location() ? s.heading().location() : s.location());
            f.message = "A junior candidate (" + basis + "), and the section " + quoted(s.heading().text()) +
                        " lists no project.";
        } else {
            f.message = "A junior candidate (" + basis +
                        ") with no projects: early in a career they carry much of "
                        "the evidence of what you can build.";
        }
        f.suggestion =
            "Add 2-4 backend projects under \"Projects\": what each does, its stack, a GitHub link and a "
            "figure such as requests per second, users or test coverage.";
        out.add(f);
    }

    PhraseList leadership_;  // phrases of bullets
    PhraseList titles_;      // words of role titles
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<LevelAnalyzer>(); }

}  // namespace reshost::level
