#include "timeline_rules.hpp"

#include <algorithm>

namespace reshost::experience {

using namespace ::reshost::sdk;
namespace {

constexpr const char* kDateExample = "\"[Mon YYYY] \u2013 Present\" or \"[Mon YYYY] \u2013 [Mon YYYY]\"";

std::string with_dates(const Role& r) { return quoted(r.name) + (r.dates.empty() ? "" : " (" + r.dates + ")"); }

// Reports an experience.dates finding about role `r`.
void report_date(const Role& r, std::string message, std::string suggestion, Findings& out) {
    Finding f = r.finding("experience.dates");
    f.severity = Severity::warning;
    f.message = std::move(message);
    f.suggestion = std::move(suggestion);
    out.add(f);
}

void report_missing(const Role& r, Findings& out) {
    std::string_view start = r.view.start_raw(), end = r.view.end_raw();
    auto add = [&](std::string message, std::string suggestion) {
        report_date(r, std::move(message), std::move(suggestion), out);
    };
    if (start.empty() && end.empty()) {
        add(quoted(r.name) + " has no dates.", std::string("Add the start and end month beside the role, e.g. ") +
                                                   kDateExample +
                                                   "; an ATS computes your years of experience from them.");
        return;
    }
    if (!start.empty() && !r.start)
        add("The start date " + quoted(start) + " of " + quoted(r.name) + " cannot be read as a date.",
            std::string("Write it as a month and year, e.g. ") + kDateExample + ".");
    if (!end.empty() && !r.end)
        add("The end date " + quoted(end) + " of " + quoted(r.name) + " cannot be read as a date.",
            std::string("Write it as a month and year or \"Present\", e.g. ") + kDateExample + ".");
    // A lone month is ambiguous (a month's work, or a current role?); a lone year reads as a short stint.
    if (!start.empty() && end.empty() && r.start && r.start->earliest == r.start->latest && r.view.start() != "present")
        add(quoted(r.name) + " gives one date, " + quoted(start) + ", not a range.",
            "Give both ends, e.g. \"" + std::string(start) +
                " \u2013 Present\" if you still hold the role, so a reader and an ATS can tell how long it lasted.");
    if (start.empty() && !end.empty() && r.end)
        add(quoted(r.name) + " gives an end, " + quoted(end) + ", but no start.",
            "Write the month and year you started in front of " + quoted(end) +
                ", so a reader and an ATS can tell how long the role lasted.");
}

void report_impossible(const Role& r, const TimelineSettings& settings, Findings& out) {
    auto add = [&](std::string message, std::string suggestion) {
        report_date(r, std::move(message), std::move(suggestion), out);
    };
    // "Present" before the start is a start in the future, reported below.
    if (r.start && r.end && r.view.end() != "present" && r.end->latest < r.start->earliest) {
        add(with_dates(r) + " ends before it starts.",
            "Put the start date first and check both years: \"" + std::string(r.view.end_raw()) + " \u2013 " +
                std::string(r.view.start_raw()) + "\" if they were swapped.");
        return;
    }
    bool start_future = r.start && r.view.start() != "present" && r.start->earliest > settings.today;
    bool end_future = r.end && r.view.end() != "present" && r.end->earliest > settings.today;
    if (start_future || end_future) {
        std::string_view raw = start_future ? r.view.start_raw() : r.view.end_raw();
        add(with_dates(r) + (start_future ? " starts" : " ends") + " in the future (" + quoted(raw) + ", after " +
                month_name(settings.today) + ").",
            end_future && !start_future
                ? "Write \"Present\" for a role you still hold; name a planned end date in the summary if it matters."
                : "Correct the year, or leave out a role that has not started yet.");
    }
}

void report_overlaps(const std::vector<Role>& roles, const TimelineSettings& settings, Findings& out) {
    for (std::size_t j = 1; j < roles.size(); ++j) {
        const Role& b = roles[j];
        if (!b.start || !b.last()) continue;
        for (std::size_t i = 0; i < j; ++i) {
            const Role& a = roles[i];
            if (!a.start || !a.last()) continue;
            if (!a.company.empty() && a.company == b.company) continue;  // a promotion or a second team
            // A role without a company right below another reads as a second title there.
            if ((a.company.empty() || b.company.empty()) && j == i + 1 && a.section == b.section) continue;
            // Only the months both certainly cover: year-only dates could mean any month of their year.
            int from = std::max(a.start->latest, b.start->latest);
            int to = std::min(a.last()->earliest, b.last()->earliest);
            int shared = to - from + 1;
            if (shared <= settings.overlap_months) continue;
            Finding f = b.finding("experience.dates");
            f.severity = Severity::warning;
            bool exact = a.start->earliest == a.start->latest && b.start->earliest == b.start->latest &&
                         a.last()->earliest == a.last()->latest && b.last()->earliest == b.last()->latest;
            f.message = with_dates(b) + " overlaps " + with_dates(a) + " by " + (exact ? "" : "at least ") +
                        duration_text(shared) + ".";
            f.suggestion =
                "If you held both roles at once, mark the smaller one \"part-time\" or \"contract\"; "
                "otherwise correct the dates.";
            out.add(f);
        }
    }
}

// The longest run of months in [from, to] that no span of `cover` covers.
int longest_uncovered(int from, int to, const std::vector<MonthSpan>& cover) {
    int longest = 0, run = 0;
    for (int m = from; m <= to; ++m) {
        bool covered = false;
        for (const MonthSpan& c : cover) covered = covered || (c.from <= m && m <= c.to);
        run = covered ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

}  // namespace

void check_dates(const std::vector<Role>& roles, const TimelineSettings& settings, Findings& out) {
    for (const Role& r : roles) {
        report_missing(r, out);
        report_impossible(r, settings, out);
    }
    report_overlaps(roles, settings, out);
}

void check_order(const std::vector<Role>& roles, Findings& out) {
    std::size_t dated = 0;
    for (const Role& r : roles) dated += r.last() ? 1 : 0;
    if (dated < 2) {
        if (roles.size() >= 2) out.not_evaluated("experience.order", "fewer than two roles have readable dates");
        return;
    }
    const Role* above = nullptr;
    for (const Role& r : roles) {
        if (!r.last()) continue;
        if (above && above->section != r.section) above = nullptr;  // each section keeps its own order
        if (above) {
            const MonthRange a_end = *above->last(), b_end = *r.last();
            bool ends_later = b_end.earliest > a_end.latest;
            bool ends_same = b_end.earliest == a_end.earliest && b_end.latest == a_end.latest;
            bool starts_later = above->start && r.start && r.start->earliest > above->start->latest;
            if (ends_later || (ends_same && starts_later)) {
                Finding f = r.finding("experience.order");
                f.severity = Severity::warning;
                f.message = with_dates(r) + " is listed below " + with_dates(*above) + ", though it is the newer role.";
                f.suggestion =
                    "List roles newest first: move " + quoted(r.name) + " above " + quoted(above->name) + ".";
                out.add(f);
            }
        }
        above = &r;
    }
}

void check_gaps(const std::vector<Role>& roles, const std::vector<MonthSpan>& study, const TimelineSettings& settings,
                Findings& out) {
    // The widest reading of each role: a year-only date may cover its whole year.
    struct Span {
        int from, to;
        const Role* role;
    };
    std::vector<Span> spans;
    for (const Role& r : roles) {
        if (!r.start || !r.last()) continue;
        int from = r.start->earliest, to = std::max(r.last()->latest, from);
        if (from > settings.today) continue;  // a future role is experience.dates' business
        spans.push_back({from, std::min(to, settings.today), &r});
    }
    if (spans.empty()) {
        out.not_evaluated("experience.gap", "no role with readable dates has started yet");
        return;
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    int covered_to = spans.front().to;
    const Role* last_ending = spans.front().role;
    for (std::size_t i = 1; i < spans.size(); ++i) {
        const Span& s = spans[i];
        int gap = s.from - covered_to - 1;
        if (gap > settings.gap_months && longest_uncovered(covered_to + 1, s.from - 1, study) > settings.gap_months) {
            Finding f = s.role->finding("experience.gap");
            f.severity = Severity::info;
            f.message = "No role covers " + month_name(covered_to + 1) + " \u2013 " + month_name(s.from - 1) + " (" +
                        duration_text(gap) + "), between " + with_dates(*last_ending) + " and " + with_dates(*s.role) +
                        ".";
            f.suggestion =
                "If you studied, freelanced, built open-source work or took a career break then, say so in "
                "one line; an unexplained gap invites guesses.";
            out.add(f);
        }
        if (s.to > covered_to) {
            covered_to = s.to;
            last_ending = s.role;
        }
    }
    int idle = settings.today - covered_to;
    if (idle > settings.gap_months && longest_uncovered(covered_to + 1, settings.today, study) > settings.gap_months) {
        Finding f = last_ending->finding("experience.gap");
        f.severity = Severity::info;
        f.message = "No role covers the " + duration_text(idle) + " since " + with_dates(*last_ending) + " ended.";
        f.suggestion =
            "If you have been freelancing, studying or building something since, add it as a role or a "
            "project with its dates; if the role is current, write \"Present\" as its end.";
        out.add(f);
    }
}

}  // namespace reshost::experience
