#include "role_list.hpp"

#include "entry_label.hpp"
#include "words.hpp"

namespace reshost::experience {

using namespace ::reshost::sdk;

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

Finding Role::finding(const char* rule) const { return level::entry_finding(rule, view, section, entry); }

std::vector<Role> collect_roles(const Resume& resume, int today) {
    std::vector<Role> out;
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        if (sections[s].kind() != RH_SECTION_EXPERIENCE) continue;
        auto entries = sections[s].entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            Entry entry = entries[e];
            Role r{static_cast<int32_t>(s), static_cast<int32_t>(e), entry, {}, {}, {}, {}, {}};
            r.name = level::entry_label(entry, " at ");
            if (r.name.empty()) r.name = "role " + std::to_string(e + 1);
            r.company = analyzers::lower(level::one_line(entry.organization().text()));
            std::string_view a = entry.start_raw(), b = entry.end_raw();
            r.dates = level::one_line(a) + (!a.empty() && !b.empty() ? " \u2013 " : "") + level::one_line(b);
            r.start = read_month_range(entry.start(), today);
            r.end = read_month_range(entry.end(), today);
            // A current role that starts after `today` (a future date, reported as such) ends when it starts.
            if (r.start && r.end && entry.end() == "present" && r.end->latest < r.start->latest) r.end = r.start;
            out.push_back(std::move(r));
        }
    }
    return out;
}

}  // namespace reshost::experience
