// The "experience" pack: how many roles, in which order, with how many
// bullets each, and whether their dates are there, readable and plausible.
#include "candidate_level.hpp"
#include "config_count.hpp"
#include "excerpt.hpp"
#include "first_party_packs.hpp"
#include "month_range.hpp"
#include "phrase_list.hpp"
#include "role_list.hpp"
#include "timeline_rules.hpp"

#include "document_reading.hpp"
#include "page_limit.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace reshost::experience {

using namespace ::reshost::sdk;
namespace {

constexpr int kRolesMin = 3, kRolesMax = 5;
constexpr int kBulletsMin = 4, kBulletsMax = 6;
// Only the most recent roles are asked for more bullets: older ones may be brief.
// Any role past the maximum is asked to trim.
constexpr std::size_t kRolesHeldToBulletRange = 3;
// A role of a year or less may be brief: nobody is asked to grow it.
constexpr int kShortRoleMonths = 12;
// One bullet short of the range is worth adding only where the page has room: a last
// page filled to less than this share of its height, or, without pages, a resume
// under this many words (about half a page).
constexpr float kFullPage = 0.8f;
constexpr std::size_t kRoomyResumeWords = 300;
// Few roles are a career, not a thin list, when they reach today and span this long.
constexpr int kSettledCareerMonths = 48;
// A description this long is a wall of text (length.wall-of-text's defaults), reported there.
constexpr std::size_t kWallChars = 250, kWallLines = 3;
// Roles at different companies may overlap this long: notice periods, a side
// venture started before leaving. Longer overlaps read as an error or a secret.
constexpr int kGapMonths = 6, kOverlapMonths = 6;

constexpr const char* kRules[] = {"experience.role-count", "experience.order", "experience.bullet-count",
                                  "experience.dates", "experience.gap"};

std::string count_text(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

class ExperienceAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "experience";
    static std::vector<RuleInfo> rules() {
        return {
            {"experience.role-count", Severity::info, "Experience lists fewer than 3 or more than 5 roles", "content"},
            {"experience.order", Severity::warning, "Roles are not in reverse-chronological order", "content"},
            {"experience.bullet-count", Severity::info, "A role has fewer than 4 or more than 6 bullets", "content"},
            {"experience.dates", Severity::warning,
             "A role's dates are missing, unreadable, reversed, in the future or overlapping another role", "content"},
            {"experience.gap", Severity::info, "A long stretch of time no role covers", "content"},
        };
    }

    explicit ExperienceAnalyzer(const OpenContext& ctx) : breaks_(ctx.plugin_dir, "career_breaks.txt") {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        int section = resume.find(RH_SECTION_EXPERIENCE);
        if (section < 0) {
            for (const char* rule : kRules) out.not_evaluated(rule, "no Experience section");
            return;
        }
        TimelineSettings timeline;
        timeline.today = today_month(host);
        timeline.gap_months = level::config_count(host, "experience.gap_months", kGapMonths);
        timeline.overlap_months = level::config_count(host, "experience.overlap_months", kOverlapMonths);
        std::vector<Role> roles = collect_roles(resume, timeline.today);
        if (roles.empty()) {
            for (const char* rule : kRules) out.not_evaluated(rule, "the Experience section lists no roles");
            return;
        }
        out.metric("experience.roles", static_cast<double>(roles.size()));
        check_role_count(host, resume, section, roles, timeline.today, out);
        check_bullet_count(host, resume, roles, page_has_room(doc), out);
        check_dates(roles, timeline, out);
        check_order(roles, out);
        if (const std::string* reason = stated_break(doc))
            out.not_evaluated("experience.gap", "the resume itself explains a break (\"" + *reason + "\")");
        else
            check_gaps(roles, study_spans(resume, timeline.today), timeline, out);
    }

private:
    // A break the resume names ("career sabbatical"), which explains a gap better than a rule can.
    const std::string* stated_break(const Document& doc) const {
        for (Block b : doc.blocks())
            if (const std::string* found = breaks_.first_in(b.text())) return found;
        return nullptr;
    }

    // The months Education entries cover, widest reading of year-only dates.
    static std::vector<MonthSpan> study_spans(const Resume& resume, int today) {
        std::vector<MonthSpan> out;
        for (Section s : resume.sections()) {
            if (s.kind() != RH_SECTION_EDUCATION) continue;
            for (Entry e : s.entries()) {
                auto start = read_month_range(e.start(), today), end = read_month_range(e.end(), today);
                if (!start && !end) continue;
                MonthRange a = start ? *start : *end, b = end ? *end : *start;
                out.push_back({a.earliest, std::max(a.earliest, b.latest)});
            }
        }
        return out;
    }

    // Whether the roles run without a break from at least `kSettledCareerMonths` ago up to today:
    // two roles in seven years is tenure, not a thin resume.
    static bool settled_career(const std::vector<Role>& roles, int today) {
        int first = today, last = 0;
        for (const Role& r : roles) {
            if (!r.start || !r.last()) return false;
            first = std::min(first, r.start->latest);
            last = std::max(last, r.last()->earliest);
        }
        return today - last <= kGapMonths && last - first >= kSettledCareerMonths;
    }

    static void check_role_count(const Host& host, const Resume& resume, int section, const std::vector<Role>& roles,
                                 int today, Findings& out) {
        int min = level::config_count(host, "experience.roles_min", kRolesMin);
        int max = level::config_count(host, "experience.roles_max", kRolesMax);
        std::size_t n = roles.size();
        if (n >= static_cast<std::size_t>(min) && n <= static_cast<std::size_t>(max)) return;
        // Early in a career few roles is the norm, not something to fix.
        if (n < static_cast<std::size_t>(min) && level::read_level(host, resume).level == level::Level::junior) return;
        if (n < static_cast<std::size_t>(min) && settled_career(roles, today)) return;
        Section s = resume.sections()[static_cast<std::size_t>(section)];
        Finding f;
        f.rule = "experience.role-count";
        f.severity = Severity::info;
        f.section = section;
        std::string range = std::to_string(min) + "-" + std::to_string(max);
        if (n < static_cast<std::size_t>(min)) {
            const rh_location* loc = s.heading().location() ? s.heading().location() : s.location();
            if (loc) f.loc = Location::from(loc);
            f.message = quoted(s.heading().text()) + " lists " + count_text(n, "role", "roles") + " (" +
                        quoted(roles.front().name) + (n > 1 ? ", ..." : "") + "); a reader expects " + range + ".";
            f.suggestion =
                "If you held other relevant positions - internships, contract or freelance work, a "
                "research job - list them too; otherwise give the roles you have 4-6 strong bullets each.";
        } else {
            const Role& first_extra = roles[static_cast<std::size_t>(max)];
            f = first_extra.finding("experience.role-count");
            f.severity = Severity::info;
            f.message = "Experience lists " + count_text(n, "role", "roles") + "; a reader expects " + range +
                        ". Roles from " + quoted(first_extra.name) + " on are past the " + std::to_string(max) +
                        " most recent.";
            f.suggestion = "Keep the " + std::to_string(max) +
                           " most recent or relevant roles in full and fold the "
                           "older ones into one line, e.g. \"Earlier: [Title] at [Company], [Company] ([start year]-[end year])\".";
        }
        out.add(f);
    }

    // The roles that end latest, newest first; undated roles after dated ones, in document order.
    static std::vector<const Role*> most_recent(const std::vector<Role>& roles, std::size_t count) {
        std::vector<const Role*> out;
        for (const Role& r : roles) out.push_back(&r);
        std::stable_sort(out.begin(), out.end(), [](const Role* a, const Role* b) {
            auto ea = a->last(), eb = b->last();
            if (ea && eb) return ea->latest > eb->latest;
            return ea.has_value() && !eb.has_value();
        });
        if (out.size() > count) out.resize(count);
        return out;
    }

    // The characters of a role's description, the lines under its header that are not bullets.
    static std::size_t description_chars(const Role& r) {
        std::size_t n = 0;
        for (const Field& l : r.view.lines()) n += l.text().size();
        return n;
    }

    // Whether the resume leaves room for another bullet: on laid-out pages, its last page
    // ends before kFullPage of its height; without pages, it has under kRoomyResumeWords words.
    static bool page_has_room(const Document& doc) {
        auto pages = doc.pages();
        uint32_t last = 0;
        float bottom = 0;
        for (Block b : doc.blocks()) {
            Location loc = Location::from(b.location());
            if (loc.page == 0) continue;
            if (loc.page > last) {
                last = loc.page;
                bottom = 0;
            }
            if (loc.page == last) bottom = std::max(bottom, loc.box.y1);
        }
        if (last == 0 || last > pages.size() || pages[last - 1].height() <= 0)
            return analyzers::reading_of(doc).words < kRoomyResumeWords;
        return bottom < kFullPage * pages[last - 1].height();
    }

    // Months a role lasted, when both ends are known; a role given one date ("Summer 2022",
    // "2021") lasted at most the time that date spans.
    static std::optional<int> months_held(const Role& r) {
        if (!r.start) return std::nullopt;
        if (!r.end) return r.view.start() == "present" ? std::nullopt : std::optional<int>(r.start->latest - r.start->earliest);
        return r.end->earliest - r.start->latest;
    }

    static void check_bullet_count(const Host& host, const Resume& resume, const std::vector<Role>& roles,
                                   bool room, Findings& out) {
        int min = level::config_count(host, "experience.bullets_min", kBulletsMin);
        int max = level::config_count(host, "experience.bullets_max", kBulletsMax);
        std::string range = std::to_string(min) + "-" + std::to_string(max);
        // A resume over its page limit must shrink: no role is asked for more bullets.
        const bool over_limit = analyzers::over_page_limit(host, resume);
        std::vector<const Role*> recent = most_recent(roles, kRolesHeldToBulletRange);
        for (const Role& r : roles) {
            auto bullets = r.view.bullets();
            std::size_t n = bullets.size();
            if (n >= static_cast<std::size_t>(min) && n <= static_cast<std::size_t>(max)) continue;
            if (n < static_cast<std::size_t>(min)) {
                bool is_recent = std::find(recent.begin(), recent.end(), &r) != recent.end();
                bool asks_to_add = n > 0 || r.view.lines().empty();
                if (!is_recent || (over_limit && asks_to_add)) continue;
                // A paragraph where the bullets should be is length.wall-of-text's finding.
                if (n == 0 && (r.view.lines().size() >= kWallLines || description_chars(r) >= kWallChars)) continue;
                auto held = months_held(r);
                if (held && *held <= kShortRoleMonths && asks_to_add) continue;
                if (n + 1 == static_cast<std::size_t>(min) && !room) continue;
            }
            Finding f = r.finding("experience.bullet-count");
            f.severity = Severity::info;
            if (n == 0) {
                f.message = quoted(r.name) + " has no bullets.";
                f.suggestion = r.view.lines().empty()
                                   ? "Add " + range + " bullets, each an action verb, what you built and its result."
                                   : "Turn its description into " + range +
                                         " bullets, each an action verb, what you built and its result.";
            } else if (n < static_cast<std::size_t>(min)) {
                f.message = quoted(r.name) + " has " + count_text(n, "bullet", "bullets") + "; " + range +
                            " show the scope of a role.";
                f.suggestion = "Add " + count_text(static_cast<std::size_t>(min) - n, "bullet", "bullets") +
                               " on what you built, scaled or fixed there, each with a figure (latency, requests, "
                               "users, cost).";
            } else {
                Bullet extra = bullets[static_cast<std::size_t>(max)];
                if (extra.location()) f.loc = Location::from(extra.location());
                f.bullet = max;
                f.message = quoted(r.name) + " has " + count_text(n, "bullet", "bullets") + "; past " +
                            std::to_string(max) + " a reader skims, starting with " +
                            quoted(analyzers::excerpt(extra.text(), 80)) + ".";
                f.suggestion = "Keep the " + std::to_string(max) +
                               " bullets with the strongest results and merge or drop the rest.";
            }
            out.add(f);
        }
    }

    level::PhraseList breaks_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<ExperienceAnalyzer>(); }

}  // namespace reshost::experience
