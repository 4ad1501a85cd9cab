#include "font_catalog.hpp"

#include "data_file.hpp"

#include <algorithm>

namespace reshost::ats {

std::string squeezed(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == '_') continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string font_family(std::string_view name) {
    // A subset tag is six capital letters and a plus sign.
    if (name.size() > 7 && name[6] == '+' &&
        std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; }))
        name.remove_prefix(7);
    for (std::string_view suffix : {"-Identity-H", "-Identity-V"})
        if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
            name.remove_suffix(suffix.size());
    std::size_t cut = name.find_first_of("-,");
    if (cut != std::string_view::npos && cut > 0) name = name.substr(0, cut);
    return std::string(name);
}

FontCatalog::FontCatalog(const std::string& dir, std::string_view name) {
    analyzers::DataFile file(dir, name);
    parts_.reserve(file.lines().size());
    for (std::string_view line : file.lines()) parts_.push_back(squeezed(line));
}

bool FontCatalog::has_family(std::string_view font) const {
    std::string family = squeezed(font_family(font));
    return std::any_of(parts_.begin(), parts_.end(),
                       [&](const std::string& p) { return !p.empty() && family.rfind(p, 0) == 0; });
}

bool FontCatalog::mentioned_in(std::string_view font) const {
    std::string name = squeezed(font);
    return std::any_of(parts_.begin(), parts_.end(),
                       [&](const std::string& p) { return !p.empty() && name.find(p) != std::string::npos; });
}

}  // namespace reshost::ats
