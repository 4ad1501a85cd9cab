#include "typed_bullets.hpp"

#include <algorithm>

namespace reshost::docx {

using namespace ::reshost::sdk;
namespace {

bool space(char c) { return c == ' ' || c == '\t'; }

// "1." "12)" "a." are typed numbers; longer runs of digits are years or figures.
std::size_t number_marker(std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && i < 2 && t[i] >= '0' && t[i] <= '9') ++i;
    if (i == 0 || i >= t.size() || (t[i] != '.' && t[i] != ')')) return 0;
    return i + 1;
}

// Removes the first `n` bytes of a line's text, across spans.
void drop_prefix(LineData& line, std::size_t n) {
    auto& spans = line.spans;
    std::size_t k = 0;
    while (k < spans.size() && n >= spans[k].text.size()) n -= spans[k++].text.size();
    spans.erase(spans.begin(), spans.begin() + static_cast<std::ptrdiff_t>(k));
    if (!spans.empty()) spans.front().text.erase(0, n);
}

}  // namespace

TypedBullets TypedBullets::from_text(std::string_view text) {
    TypedBullets out;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        while (!line.empty() && (line.back() == '\r' || space(line.back()))) line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') out.markers_.emplace_back(line);
    }
    std::sort(out.markers_.begin(), out.markers_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
}

bool TypedBullets::apply(BlockData& block) const {
    if (block.lines.empty()) return false;
    LineData& first = block.lines.front();
    std::string text = first.text();
    std::size_t lead = 0;
    while (lead < text.size() && space(text[lead])) ++lead;
    std::string_view rest = std::string_view(text).substr(lead);
    std::size_t marker = 0;
    bool ordered = false;
    for (const auto& m : markers_)
        if (rest.substr(0, m.size()) == m) {
            marker = m.size();
            break;
        }
    if (!marker && (marker = number_marker(rest))) ordered = true;
    if (!marker || marker >= rest.size() || !space(rest[marker])) return false;
    std::size_t after = marker;
    while (after < rest.size() && space(rest[after])) ++after;
    if (after == rest.size()) return false;
    block.kind = RH_BLOCK_LIST_ITEM;
    block.level = 1;
    block.marker = std::string(rest.substr(0, marker));
    if (ordered) block.flags |= RH_BLOCK_ORDERED;
    drop_prefix(first, lead + after);
    return true;
}

}  // namespace reshost::docx
