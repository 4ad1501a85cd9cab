// How findings of the experience, education, level and projects packs name
// a resume entry: "Backend Engineer at Acme Corp", on one line.
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

}  // namespace reshost::level
