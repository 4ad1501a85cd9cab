// polish.date-formats: entry dates written in more than one form ("Jan 2020"
// in one role, "03/2019" in the next). The normalizer gives each date as
// written (raw) and as read (value); the form is told from both.
#include "polish_checks.hpp"

#include "excerpt.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace reshost::polish {

using namespace ::reshost::sdk;

namespace {

enum class Form { month_name, numeric_month, year_only };

const char* form_name(Form f) {
    switch (f) {
        case Form::month_name: return "month name and year";
        case Form::numeric_month: return "month as a number";
        default: return "year only";
    }
}

bool digit(char c) { return c >= '0' && c <= '9'; }
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }

// The form of one written date; none for "Present", seasons ("Summer 2020")
// and what the normalizer could not read.
std::optional<Form> form_of(std::string_view raw, std::string_view value) {
    bool digits = std::any_of(raw.begin(), raw.end(), digit);
    bool letters = std::any_of(raw.begin(), raw.end(), letter);
    if (!digits) return std::nullopt;
    bool month = value.size() == 7 && value[4] == '-';
    bool year = value.size() == 4 && std::all_of(value.begin(), value.end(), digit);
    if (month) return letters ? Form::month_name : Form::numeric_month;
    if (year && !letters) return Form::year_only;
    return std::nullopt;
}

struct Dated {
    Form form;
    std::string raw;
    std::string entry;  // the entry's title or organization, to say where
    const rh_location* loc;
    int32_t section, index;
};

std::string where(const Entry& e) {
    std::string out(e.title().text());
    std::string_view org = e.organization().text();
    if (!org.empty()) out += out.empty() ? std::string(org) : ", " + std::string(org);
    return analyzers::excerpt(out, 50);
}

}  // namespace

void DateFormats::check(const Resume& resume, Findings& out) const {
    // Dates per group of entries: roles, projects, education.
    std::array<std::vector<Dated>, 3> groups;
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section section = sections[s];
        std::size_t g = section.kind() == RH_SECTION_EXPERIENCE ? 0
                        : section.kind() == RH_SECTION_PROJECTS ? 1
                        : section.kind() == RH_SECTION_EDUCATION ? 2
                                                                 : 3;
        if (g == 3) continue;
        auto entries = section.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            Entry entry = entries[e];
            // Only a range ("Jan 2020 – Present") dates a role, degree or project; a lone date is
            // more often an award or talk the entry swallowed than a role of its own.
            if (entry.start_raw().empty() || entry.end_raw().empty()) continue;
            for (auto [raw, value] : {std::pair{entry.start_raw(), entry.start()}, std::pair{entry.end_raw(), entry.end()}}) {
                if (auto f = form_of(raw, value))
                    groups[g].push_back({*f, analyzers::collapsed(raw), where(entry), entry.location(),
                                         static_cast<int32_t>(s), static_cast<int32_t>(e)});
            }
        }
    }
    // A year alone beside months is a mix among roles or among projects; a
    // degree dated by its years beside roles dated by month is common
    // practice and passes, as do education dates among themselves.
    auto mixed = [](const std::vector<Dated>& dates, bool years_count) -> std::optional<std::pair<Dated, Dated>> {
        std::array<std::size_t, 3> count{};
        for (const Dated& d : dates)
            if (years_count || d.form != Form::year_only) ++count[static_cast<std::size_t>(d.form)];
        std::size_t forms = std::count_if(count.begin(), count.end(), [](std::size_t n) { return n > 0; });
        if (forms < 2) return std::nullopt;
        auto usual = static_cast<Form>(std::max_element(count.begin(), count.end()) - count.begin());
        const Dated* a = nullptr;
        const Dated* b = nullptr;
        for (const Dated& d : dates) {
            if (!years_count && d.form == Form::year_only) continue;
            if (d.form == usual && !a) a = &d;
            if (d.form != usual && !b) b = &d;
        }
        return std::pair{*a, *b};
    };
    std::optional<std::pair<Dated, Dated>> found = mixed(groups[0], true);
    if (!found) found = mixed(groups[1], true);
    if (!found) {
        std::vector<Dated> all;
        for (const auto& g : groups) all.insert(all.end(), g.begin(), g.end());
        found = mixed(all, false);
    }
    if (!found) return;
    const auto& [usual, odd] = *found;
    Finding f;
    f.rule = "polish.date-formats";
    f.severity = Severity::info;
    if (odd.loc) f.loc = Location::from(odd.loc);
    f.section = odd.section;
    f.entry = odd.index;
    f.message = "Entry dates are written in different forms: " + in_quotes(usual.raw) + " (" +
                form_name(usual.form) + ") at " + in_quotes(usual.entry) + ", " + in_quotes(odd.raw) +
                " (" + form_name(odd.form) + ") at " + in_quotes(odd.entry) + ".";
    f.suggestion = std::string("Write every date in one form, e.g. \"") + usual.raw + "\" throughout" +
                   (odd.form == Form::year_only ? ", with the month where you know it" : "") +
                   "; consistent dates read as care, and an ATS computes your tenure from them.";
    out.add(f);
}

}  // namespace reshost::polish
