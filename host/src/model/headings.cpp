#include "headings.hpp"

#include "unicode_words.hpp"

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

std::optional<HeadingKind> read_section_heading(std::string_view heading, const NormalizerData& data, bool* by_words) {
    if (by_words) *by_words = false;
    std::string key = heading_key(heading);
    auto ws = words(key);
    // A count in brackets says how many entries follow ("Experience (6)"); "Project 1" names one.
    std::string_view raw = trim(heading);
    if (!raw.empty() && raw.back() == ')' && ws.size() > 1 && ws.back().find_first_not_of("0123456789") == std::string::npos)
        ws.pop_back();
    if (ws.empty()) return std::nullopt;
    key.clear();
    for (const auto& w : ws) key += (key.empty() ? "" : " ") + w;
    if (auto it = data.headings.find(key); it != data.headings.end()) return it->second;
    std::string plain = without_words(key, data.heading_connectors);
    if (auto it = data.headings_unconnected.find(plain); it != data.headings_unconnected.end()) return it->second;
    // A short heading named by its words: "Engineering Experience", "Skills & Tools".
    auto pw = words(plain);
    if (pw.empty() || pw.size() > 4) return std::nullopt;
    std::optional<HeadingKind> first;
    for (const auto& w : pw)
        if (data.heading_sentence_words.count(w)) return std::nullopt;
    for (const auto& w : pw) {
        auto it = data.heading_words.find(w);
        if (it == data.heading_words.end()) continue;
        if (it->second.volunteer) {
            first = it->second;
            break;
        }
        if (!first) first = it->second;
    }
    if (by_words) *by_words = first.has_value();
    return first;
}

std::optional<rh_section_kind> match_section_heading(std::string_view heading, const NormalizerData& data) {
    if (auto h = read_section_heading(heading, data)) return h->kind;
    return std::nullopt;
}

}  // namespace reshost::detail
