#include "headings.hpp"

#include "unicode_text.hpp"

#include <array>

namespace reshost::detail {

namespace {

bool is_numbering(std::string_view w) {
    static constexpr std::array<std::string_view, 10> roman{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    if (w.find_first_not_of("0123456789") == std::string_view::npos) return true;
    for (auto r : roman)
        if (w == r) return true;
    return false;
}

}  // namespace

std::string heading_key(std::string_view heading) {
    std::string key = word_key(heading);
    auto ws = words(key);
    std::size_t skip = 0;
    // Numbering only counts as such when words follow it ("1 experience", not "2020").
    while (skip + 1 < ws.size() && is_numbering(ws[skip])) ++skip;
    if (skip == 0) return key;
    std::string out;
    for (std::size_t i = skip; i < ws.size(); ++i) {
        if (!out.empty()) out += ' ';
        out += ws[i];
    }
    return out;
}

std::optional<rh_section_kind> match_section_heading(std::string_view heading, const NormalizerData& data) {
    std::string key = heading_key(heading);
    if (key.empty()) return std::nullopt;
    auto it = data.headings.find(key);
    if (it != data.headings.end()) return it->second;
    return std::nullopt;
}

}  // namespace reshost::detail
