// How findings of the experience, education, level and projects packs name
// a resume entry ("Backend Engineer at Acme Corp", on one line) and point at it.
#pragma once

#include <reshost/sdk.hpp>

#include <string>
#include <string_view>

namespace reshost::level {

// Returns `text` with every run of spaces, tabs and line breaks made one space, trimmed.
inline std::string one_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// Returns "title<joiner>organization", or whichever of the two the entry has, on one line.
inline std::string entry_label(const sdk::Entry& e, std::string_view joiner) {
    std::string title = one_line(e.title().text()), org = one_line(e.organization().text());
    if (title.empty()) return org;
    if (org.empty()) return title;
    return title + std::string(joiner) + org;
}

// Makes a finding of `rule` that points at entry `index` of section `section`,
// at its title line when the title has a location.
inline sdk::Finding entry_finding(const char* rule, const sdk::Entry& e, int32_t section, int32_t index) {
    sdk::Finding f;
    f.rule = rule;
    const rh_location* loc = e.title().location() ? e.title().location() : e.location();
    if (loc) f.loc = sdk::Location::from(loc);
    f.section = section;
    f.entry = index;
    return f;
}

}  // namespace reshost::level
