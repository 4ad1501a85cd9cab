// The "projects" pack: 2-4 projects, each with a link to its code, the stack
// it is built on and a figure that shows it works.
#include "config_count.hpp"
#include "data_file.hpp"
#include "entry_label.hpp"
#include "entry_links.hpp"
#include "excerpt.hpp"
#include "first_party_packs.hpp"
#include "quantities.hpp"
#include "shared_data.hpp"
#include "skill_vocabulary.hpp"
#include "skill_terms.hpp"
#include "words.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace reshost::projects {

using namespace ::reshost::sdk;
namespace {

constexpr int kCountMin = 2, kCountMax = 4;

constexpr const char* kPerProjectRules[] = {"projects.link", "projects.stack", "projects.metric"};

// A project entry, its text and its place in the resume.
struct Project {
    int32_t section = -1, entry = -1;
    Section owner;
    Entry view;
    std::string name;  // the title, else the first words of its text
    std::string text;  // title, organization, lines and bullets, one per line

    Finding finding(const char* rule) const { return level::entry_finding(rule, view, section, entry); }
};

std::vector<Project> collect(const Resume& resume) {
    std::vector<Project> out;
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        if (sections[s].kind() != RH_SECTION_PROJECTS) continue;
        auto entries = sections[s].entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            Entry entry = entries[e];
            Project p{static_cast<int32_t>(s), static_cast<int32_t>(e), sections[s], entry, {}, {}};
            auto add = [&](std::string_view t) {
                if (t.empty()) return;
                if (!p.text.empty()) p.text += '\n';
                p.text += t;
            };
            add(entry.title().text());
            add(entry.organization().text());
            add(entry.place().text());
            for (const Field& l : entry.lines()) add(l.text());
            for (Bullet b : entry.bullets()) add(b.text());
            p.name = analyzers::excerpt(
                level::one_line(entry.title().empty() ? std::string_view(p.text) : entry.title().text()), 60);
            if (p.name.empty()) p.name = "project " + std::to_string(e + 1);
            out.push_back(std::move(p));
        }
    }
    return out;
}

// "ratelimit-go" from "Rate Limiter (Go)": lowercase words joined by hyphens.
std::string slug(std::string_view name) {
    std::string out;
    for (const analyzers::Word& w : analyzers::split_words(name)) {
        if (!out.empty()) out += '-';
        out += analyzers::lower(w.text);
    }
    return out.empty() ? "project" : out;
}

// The user part of the candidate's GitHub profile URL, or "you".
std::string github_user(const Resume& resume) {
    for (ProfileLink l : resume.contact().links()) {
        std::string url = analyzers::lower(l.url().text());
        std::size_t at = url.find("github.com/");
        if (at == std::string::npos) continue;
        std::string user = std::string(l.url().text().substr(at + 11));
        user = user.substr(0, user.find_first_of("/?#"));
        if (!user.empty()) return user;
    }
    return "you";
}

}  // namespace

class ProjectsAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "projects";
    static std::vector<RuleInfo> rules() {
        return {
            {"projects.count", Severity::info, "Projects lists fewer than 2 or more than 4 projects", "content"},
            {"projects.link", Severity::warning, "A project has no link to its code or a live version", "content"},
            {"projects.stack", Severity::warning, "A project does not name the technologies it is built with",
             "content"},
            {"projects.metric", Severity::info, "A project gives no figure: users, load, latency, stars, coverage",
             "impact"},
        };
    }

    explicit ProjectsAnalyzer(const OpenContext& ctx)
        : vocabulary_(analyzers::skill_vocabulary(ctx)),
          quantities_(analyzers::quantity_finder(ctx)) {
        for (const std::string& m : analyzers::read_data_lines(ctx.plugin_dir, "url_markers.txt"))
            url_markers_.push_back(analyzers::lower(m));
    }

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        if (resume.find(RH_SECTION_PROJECTS) < 0) {
            out.not_evaluated("projects.count", "no Projects section");
            for (const char* rule : kPerProjectRules) out.not_evaluated(rule, "no Projects section");
            return;
        }
        std::vector<Project> projects = collect(resume);
        check_count(host, resume, projects, out);
        if (projects.empty()) {
            for (const char* rule : kPerProjectRules) out.not_evaluated(rule, "the Projects section lists no projects");
            return;
        }
        std::string user = github_user(resume);
        for (const Project& p : projects) {
            check_link(doc, p, user, out);
            check_stack(p, out);
            check_metric(p, out);
        }
    }

private:
    static void check_count(const Host& host, const Resume& resume, const std::vector<Project>& projects,
                            Findings& out) {
        int min = level::config_count(host, "projects.count_min", kCountMin);
        int max = std::max(min, level::config_count(host, "projects.count_max", kCountMax));
        std::size_t n = projects.size();
        if (n >= static_cast<std::size_t>(min) && n <= static_cast<std::size_t>(max)) return;
        std::string range = std::to_string(min) + "-" + std::to_string(max);
        std::string count = std::to_string(n) + (n == 1 ? " project" : " projects");
        Finding f;
        if (n > static_cast<std::size_t>(max)) {
            const Project& extra = projects[static_cast<std::size_t>(max)];
            f = extra.finding("projects.count");
            f.message = "Projects lists " + count + "; past " + std::to_string(max) + ", from " +
                        analyzers::quoted(extra.name) + " on, they dilute the strongest ones.";
            f.suggestion = "Keep the " + std::to_string(max) +
                           " projects closest to the backend roles you want - "
                           "with a stack, a link and a figure - and drop the rest.";
        } else {
            int index = resume.find(RH_SECTION_PROJECTS);
            Section s = resume.sections()[static_cast<std::size_t>(index)];
            f.rule = "projects.count";
            f.section = index;
            const rh_location* loc = s.heading().location() ? s.heading().location() : s.location();
            if (loc) f.loc = Location::from(loc);
            f.message = analyzers::quoted(s.heading().text()) + " lists " + count + "; " + range +
                        " show range without crowding out experience.";
            std::size_t missing = static_cast<std::size_t>(min) - n;
            f.suggestion = "Add " + std::to_string(missing) +
                           (missing == 1 ? " backend project" : " backend projects") +
                           ": an API, a service or a tool you built, with its stack, a GitHub link and a figure.";
        }
        f.severity = Severity::info;
        out.add(f);
    }

    bool shows_url(std::string_view text) const {
        std::string t = analyzers::lower(text);
        for (const std::string& m : url_markers_)
            if (t.find(m) != std::string::npos) return true;
        return false;
    }

    void check_link(const Document& doc, const Project& p, const std::string& user, Findings& out) const {
        if (shows_url(p.text) || entry_has_link(doc, p.owner, p.view)) return;
        Finding f = p.finding("projects.link");
        f.severity = Severity::warning;
        f.message = "The project " + analyzers::quoted(p.name) + " has no link to its code or a live version.";
        f.suggestion = "Write the repository URL beside the name, e.g. \"github.com/" + user + "/" + slug(p.name) +
                       "\", so a reader can look at the code; write it out, since an ATS keeps the text and drops "
                       "the link behind a word or an icon.";
        out.add(f);
    }

    void check_stack(const Project& p, Findings& out) const {
        for (const terms::Hit& hit : vocabulary_->find_in(p.text))
            if (hit.term->kind != "practice") return;
        Finding f = p.finding("projects.stack");
        f.severity = Severity::warning;
        f.message = "The project " + analyzers::quoted(p.name) +
                    " does not name a language, framework, database "
                    "or platform it is built with.";
        f.suggestion =
            "Add a line such as \"Stack: Go, PostgreSQL, Redis, Docker\" under the project, so the reader "
            "and an ATS tie it to the skills you list.";
        out.add(f);
    }

    void check_metric(const Project& p, Findings& out) const {
        if (quantities_->quantified(p.text)) return;
        Finding f = p.finding("projects.metric");
        f.severity = Severity::info;
        f.message = "The project " + analyzers::quoted(p.name) + " gives no figure to show it works or is used.";
        f.suggestion =
            "Add one number: load it handles (\"[N] requests a minute\"), latency (\"tail latency under [X] ms\"), users, "
            "GitHub stars or downloads, or test coverage.";
        out.add(f);
    }

    std::shared_ptr<const terms::Vocabulary> vocabulary_;  // shared with the other packs
    std::shared_ptr<const analyzers::QuantityFinder> quantities_;  // shared with the other packs
    std::vector<std::string> url_markers_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<ProjectsAnalyzer>(); }

}  // namespace reshost::projects
