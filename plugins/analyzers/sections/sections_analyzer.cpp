// The "sections" pack: are the sections a reader and an ATS expect present,
// in the expected order, under headings an ATS understands, and can the
// candidate be contacted?
#include "contact_quality.hpp"
#include "first_party_packs.hpp"
#include "heading_catalog.hpp"
#include "outdated_content.hpp"
#include "words.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <optional>
#include <string>
#include <vector>

namespace reshost::sections {

using namespace ::reshost::sdk;
namespace {

// A candidate with fewer years than this is a junior, who needs projects.
constexpr float kJuniorYears = 3.0f;

std::optional<Location> location_of(const rh_location* loc) {
    if (!loc) return std::nullopt;
    return Location::from(loc);
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

bool is_profile_url(std::string_view url) {
    std::string u = analyzers::lower(url);
    return u.find("linkedin.com") != std::string::npos || u.find("github.com") != std::string::npos;
}

}  // namespace

class SectionsAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "sections";
    static std::vector<RuleInfo> rules() {
        return {
            {"sections.missing", Severity::warning,
             "A section the reader expects (summary, skills, experience, education; projects for juniors) is missing",
             "content"},
            {"sections.order", Severity::warning,
             "The summary is not first, or an experienced candidate lists projects before experience", "content"},
            {"sections.contact", Severity::warning, "The contact block lacks an email, a phone or a LinkedIn/GitHub link",
             "content"},
            {"ats.nonstandard-heading", Severity::warning, "A section heading an ATS would not file under a known field",
             "ats"},
            {"sections.outdated", Severity::info,
             "An objective statement, \"references available upon request\" or self-rated skill levels", "content"},
            {"sections.risky-contact", Severity::warning,
             "An e-mail address that reads as a joke or belongs to the current employer", "content"},
            {"sections.irrelevant-link", Severity::info,
             "A contact link to a social or entertainment profile (Facebook, Instagram, SoundCloud...)", "content"},
        };
    }

    explicit SectionsAnalyzer(const OpenContext& ctx)
        : headings_(ctx.plugin_dir), outdated_(ctx.plugin_dir), contact_(ctx.plugin_dir) {}

    void analyze(const Host&, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        check_missing(resume, out);
        check_order(doc, resume, headings_, out);
        check_contact(doc, resume, out);
        check_headings(resume, out);
        // A section already to be deleted (References) is not reported again line by line.
        std::vector<bool> dropped;
        for (Section s : resume.sections())
            dropped.push_back(s.kind() == RH_SECTION_OTHER && headings_.to_remove(s.heading().text()));
        outdated_.check(doc, resume, dropped, out);
        contact_.check_email(resume, out);
        contact_.check_links(resume, out);
    }

private:
    static void check_missing(const Resume& resume, Findings& out) {
        struct Expected {
            rh_section_kind kind;
            const char* name;
            const char* why;
        };
        static constexpr Expected expected[] = {
            {RH_SECTION_SUMMARY, "Summary", "a 4-6 line summary with your years, languages and target role"},
            {RH_SECTION_SKILLS, "Skills", "a Technical Skills section grouped by category"},
            {RH_SECTION_EXPERIENCE, "Experience", "an Experience section with your roles, newest first"},
        };
        // One problem, one finding: a missing Education is education.missing's
        // (it also accepts certifications), a junior's missing Projects is
        // level.projects'.
        for (const auto& e : expected) {
            if (resume.find(e.kind) >= 0) continue;
            Finding f;
            f.rule = "sections.missing";
            f.message = std::string("No ") + e.name + " section found.";
            f.suggestion = std::string("Add ") + e.why + ", under the heading " + quoted(e.name) + ".";
            out.add(f);
        }
    }

    static void check_order(const Document& doc, const Resume& resume, const HeadingCatalog& headings,
                            Findings& out) {
        int summary = resume.find(RH_SECTION_SUMMARY);
        int first = -1;
        auto sections = resume.sections();
        for (std::size_t i = 0; i < sections.size(); ++i)
            if (sections[i].kind() != RH_SECTION_CONTACT && !headings.contact(sections[i].heading().text())) {
                first = static_cast<int>(i);
                break;
            }
        if (summary >= 0 && summary != first) {
            Section s = sections[summary];
            Finding f;
            f.rule = "sections.order";
            f.message = "The summary " + quoted(s.heading().text()) + " comes after " +
                        quoted(sections[first].heading().text()) + "; a reader looks for it first.";
            f.suggestion = "Move " + quoted(s.heading().text()) + " to the top, right below your contact details.";
            f.loc = location_of(s.heading().location() ? s.heading().location() : s.location());
            f.section = summary;
            out.add(f);
        }
        if (resume.years_experience() < kJuniorYears) return;
        int experience = resume.find(RH_SECTION_EXPERIENCE);
        if (experience < 0) return;
        std::string years = std::to_string(static_cast<int>(resume.years_experience()));
        // `moved` should come after `anchor` ("below"), or before it: one finding at `moved`'s heading.
        auto report = [&](int moved, const char* moved_kind, int anchor, const char* anchor_kind, bool below,
                          const char* because) {
            Section s = sections[static_cast<std::size_t>(moved)];
            std::string heading = quoted(s.heading().text());
            std::string other = quoted(sections[static_cast<std::size_t>(anchor)].heading().text());
            Finding f;
            f.rule = "sections.order";
            f.message = std::string(moved_kind) + " " + heading + " comes " + (below ? "before " : "after ") +
                        anchor_kind + " " + other + ", though you have " + years + " years of experience.";
            f.suggestion = "Move " + heading + (below ? " below " : " above ") + other + ": " + because + ".";
            f.loc = location_of(s.heading().location() ? s.heading().location() : s.location());
            f.section = moved;
            out.add(f);
        };
        // In one column a reader meets Education first; in a sidebar, a table or a text box
        // beside the roles, both are in view at once.
        auto in_flow = [&](int index) {
            auto blocks = doc.blocks();
            std::size_t b = sections[static_cast<std::size_t>(index)].first_block();
            constexpr uint32_t aside = RH_BLOCK_IN_SIDEBAR | RH_BLOCK_IN_TABLE | RH_BLOCK_IN_TEXT_BOX;
            return b < blocks.size() && (blocks[b].flags() & aside) == 0;
        };
        int education = resume.find(RH_SECTION_EDUCATION);
        if (resume.columns() <= 1 && education >= 0 && experience > education && in_flow(education) &&
            in_flow(experience))
            report(education, "Education", experience, "Experience", true,
                   "past the first years, what you did at work is the stronger evidence");
        int projects = resume.find(RH_SECTION_PROJECTS);
        if (projects >= 0 && experience > projects)
            report(experience, "Experience", projects, "Projects", false,
                   "with professional experience, roles are the stronger evidence");
    }

    static void check_contact(const Document& doc, const Resume& resume, Findings& out) {
        Contact contact = resume.contact();
        int section = resume.find(RH_SECTION_CONTACT);
        std::optional<Location> where;
        if (section >= 0) where = location_of(resume.sections()[section].location());
        if (!where && !contact.name().empty()) where = location_of(contact.name().location());
        auto report = [&](std::string message, std::string suggestion) {
            Finding f;
            f.rule = "sections.contact";
            f.message = std::move(message);
            f.suggestion = std::move(suggestion);
            f.loc = where;
            f.section = section;
            out.add(f);
        };
        if (contact.email().empty())
            report("The contact block has no email address.",
                   "Add a professional email address (firstname.lastname@...) at the top.");
        if (contact.phone().empty())
            report("The contact block has no phone number.",
                   "Add a phone number written out with its country code, e.g. \"+[country code] [number]\".");
        bool profile = false;
        for (ProfileLink l : contact.links())
            if (l.network() == "linkedin" || l.network() == "github" || is_profile_url(l.url().text())) profile = true;
        for (Link l : doc.links())
            if (is_profile_url(l.url())) profile = true;
        // "GitHub: janedoe": the normalizer reads the profile, but the page shows only a handle,
        // with no address written and none linked; a reader or an ATS cannot follow it.
        std::string text;  // the document's text, lowered, without white space
        for (Block b : doc.blocks())
            for (char c : b.text())
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') text += analyzers::lower_char(c);
        for (ProfileLink l : contact.links()) {
            if (l.network() != "linkedin" && l.network() != "github") continue;
            std::string address = analyzers::lower(l.url().text());
            if (auto scheme = address.find("://"); scheme != std::string::npos) address.erase(0, scheme + 3);
            if (address.rfind("www.", 0) == 0) address.erase(0, 4);
            bool linked = false;
            for (Link d : doc.links()) linked = linked || analyzers::lower(d.url()).find(address) != std::string::npos;
            if (linked || text.find(address) != std::string::npos) continue;
            std::string name = l.network() == "github" ? "GitHub" : "LinkedIn";
            report("The contact block names your " + name + " profile only by a handle; without its address (" +
                       address + ") neither a reader nor an ATS can follow it.",
                   "Write the address out in full: \"" + address + "\".");
        }
        if (!profile)
            report("The contact block has no LinkedIn or GitHub link.",
                   "Add your LinkedIn profile and GitHub URL written out in full (linkedin.com/in/you, "
                   "github.com/you) so both people and an ATS can follow them.");
    }

    void check_headings(const Resume& resume, Findings& out) const {
        auto sections = resume.sections();
        for (std::size_t i = 0; i < sections.size(); ++i) {
            Section s = sections[i];
            if (s.kind() != RH_SECTION_OTHER || s.heading().empty()) continue;
            std::string_view heading = s.heading().text();
            if (headings_.recognised(heading)) continue;
            Finding f;
            f.rule = "ats.nonstandard-heading";
            f.message = "An ATS may not recognise the heading " + quoted(heading) +
                        " and could drop or misfile this section.";
            if (headings_.to_remove(heading)) {
                f.message = "The section " + quoted(heading) +
                            " lists referees, which a resume no longer carries; an ATS does not file it either.";
                f.suggestion = "Delete the section " + quoted(heading) +
                               " rather than renaming it: referees are asked for late in hiring, and the space "
                               "(and their contact details) is better spent on your work.";
            } else if (std::string target = headings_.hint(heading); !target.empty()) {
                f.suggestion = "Rename " + quoted(heading) + " to " + quoted(target) + ".";
            } else {
                std::string names;
                const auto& standard = headings_.standard();
                for (std::size_t k = 0; k < standard.size(); ++k) {
                    if (k) names += k + 1 == standard.size() ? " or " : ", ";
                    names += quoted(standard[k]);
                }
                f.suggestion = "Use a standard heading such as " + names + ".";
            }
            f.loc = location_of(s.heading().location() ? s.heading().location() : s.location());
            f.section = static_cast<int32_t>(i);
            out.add(f);
        }
    }

    HeadingCatalog headings_;
    OutdatedContent outdated_;
    ContactQuality contact_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<SectionsAnalyzer>(); }

}  // namespace reshost::sections
