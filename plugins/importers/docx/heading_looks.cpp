#include "heading_looks.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

namespace reshost::docx {
namespace {

constexpr float default_size = 10.0f;
// Headings are short: a few words on one line.
constexpr std::size_t max_heading_bytes = 60;
constexpr std::size_t max_heading_words = 6;
// Text this much larger than the body's stands out on its own.
constexpr float larger_by = 1.0f;
// A masthead is a name and a few lines of contact details and headline.
constexpr std::size_t max_masthead_blocks = 10;
// A title is among the first blocks of the body.
constexpr std::size_t max_title_position = 3;
// A title is set well above every other size of the page.
constexpr float title_ratio = 1.4f;

int half_points(float size) { return static_cast<int>(std::lround((size > 0 ? size : default_size) * 2)); }

// The size most of the body's text is set in.
int body_size(const std::vector<BlockData>& blocks) {
    std::unordered_map<int, std::size_t> weight;
    for (const auto& b : blocks) {
        if (b.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER) || b.kind == RH_BLOCK_HEADING) continue;
        for (const auto& l : b.lines)
            for (const auto& s : l.spans) weight[half_points(s.size)] += s.text.size();
    }
    int best = half_points(0);
    std::size_t most = 0;
    for (const auto& [size, w] : weight)
        if (w > most || (w == most && size < best)) {
            best = size;
            most = w;
        }
    return best;
}

// Text that could be a heading: short, one line, no sentence, no contact or date line.
bool heading_text(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    if (t.size() < 2 || t.size() > max_heading_bytes) return false;
    if (t.find_first_of("|@\t") != std::string_view::npos || t.find("://") != std::string_view::npos) return false;
    char last = t.back();
    if (last == '.' || last == ',' || last == ';') return false;
    std::size_t words = 0, digits_run = 0, letters = 0;
    bool in_word = false;
    for (char c : t) {
        bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
        if (c >= '0' && c <= '9') {
            if (++digits_run >= 3) return false;  // years, phone numbers, figures
        } else digits_run = 0;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) >= 0xC0)) ++letters;
    }
    return letters >= 2 && words <= max_heading_words;
}

float largest_size(const BlockData& b) {
    float size = 0;
    for (const auto& l : b.lines)
        for (const auto& s : l.spans) size = std::max(size, s.size > 0 ? s.size : default_size);
    return size;
}

// How a heading looks, most prominent first when sorted.
using LookKey = std::tuple<int, bool, bool, bool, bool>;  // size, shaded, caps, rule, bold
LookKey key_of(const ParagraphLook& l) {
    return {half_points(l.size), l.shaded_cell, l.caps, l.rule_below, l.bold};
}

}  // namespace

void mark_headings_by_look(std::vector<BlockData>& blocks,
                           const std::map<std::pair<std::string, uint32_t>, ParagraphLook>& looks) {
    if (looks.empty()) return;
    int body = body_size(blocks);
    auto look_of = [&](const BlockData& b) -> const ParagraphLook* {
        auto it = looks.find({b.loc.part, b.loc.paragraph});
        return it == looks.end() ? nullptr : &it->second;
    };
    // Styled headings set the levels when the document has them.
    std::vector<std::pair<LookKey, uint32_t>> styled;
    int largest_heading = 0;
    for (const auto& b : blocks) {
        if (b.kind != RH_BLOCK_HEADING) continue;
        if (const ParagraphLook* l = look_of(b)) {
            styled.emplace_back(key_of(*l), b.level);
            largest_heading = std::max(largest_heading, half_points(l->size));
        }
    }
    std::vector<std::pair<std::size_t, LookKey>> found;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const BlockData& b = blocks[i];
        if ((b.kind != RH_BLOCK_PARAGRAPH && b.kind != RH_BLOCK_TABLE_CELL) || b.lines.size() != 1) continue;
        const ParagraphLook* l = look_of(b);
        if (!l || !heading_text(b.lines[0].text())) continue;
        bool larger = half_points(l->size) >= body + static_cast<int>(larger_by * 2);
        bool emphasis = l->bold || larger || l->shaded_cell;
        bool set_apart = l->caps || larger || l->rule_below || l->shaded_cell || l->colored;
        if (emphasis && set_apart) found.emplace_back(i, key_of(*l));
    }
    if (found.empty()) return;
    if (!styled.empty()) {
        // Only what looks like one of the styled headings joins them, and a title above them all.
        std::size_t first_text = 0;
        while (first_text < blocks.size() && (blocks[first_text].flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)))
            ++first_text;
        for (const auto& [i, key] : found) {
            auto same = std::find_if(styled.begin(), styled.end(), [&](const auto& s) { return s.first == key; });
            if (same != styled.end()) {
                blocks[i].kind = RH_BLOCK_HEADING;
                blocks[i].level = same->second;
            } else if (i < first_text + max_title_position && std::get<0>(key) >= title_ratio * static_cast<float>(body) &&
                       std::get<0>(key) > largest_heading + 2) {
                blocks[i].kind = RH_BLOCK_HEADING;
                blocks[i].level = 1;
            }
        }
        return;
    }
    // Otherwise the looks ranked by prominence are the levels. A rule under some headings
    // and not others of the same type does not make two levels (a template that rules the
    // headings of one column only).
    for (auto& f : found) std::get<3>(f.second) = false;
    std::vector<LookKey> ranks;
    for (const auto& f : found) ranks.push_back(f.second);
    std::sort(ranks.begin(), ranks.end(), std::greater<>());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    for (const auto& [i, key] : found) {
        auto rank = static_cast<uint32_t>(std::find(ranks.begin(), ranks.end(), key) - ranks.begin());
        blocks[i].kind = RH_BLOCK_HEADING;
        blocks[i].level = std::min<uint32_t>(rank + 1, 6);
    }
}

void read_mastheads_first(std::vector<BlockData>& blocks, const std::vector<SidebarTable>& sidebars) {
    for (const auto& s : sidebars) {
        std::size_t end = std::min(s.main_end, blocks.size());
        if (s.side_begin >= s.main_begin || s.main_begin >= end) continue;
        auto next_heading = [&](std::size_t from) {
            std::size_t h = from;
            while (h < end && h < s.main_begin + max_masthead_blocks && blocks[h].kind != RH_BLOCK_HEADING) ++h;
            return h;
        };
        std::size_t h = next_heading(s.main_begin);
        // A title (the name as a heading) larger than the headings under it belongs to the masthead.
        if (h == s.main_begin && blocks[h].kind == RH_BLOCK_HEADING) {
            std::size_t after = next_heading(h + 1);
            if (after < end && blocks[after].kind == RH_BLOCK_HEADING && largest_size(blocks[h]) > largest_size(blocks[after]) + 1)
                h = after;
        }
        if (h == s.main_begin || h == end || blocks[h].kind != RH_BLOCK_HEADING) continue;
        auto at = [&](std::size_t i) { return blocks.begin() + static_cast<std::ptrdiff_t>(i); };
        std::rotate(at(s.side_begin), at(s.main_begin), at(h));
    }
}

void read_title_first(std::vector<BlockData>& blocks) {
    if (blocks.size() < 2) return;
    float body = static_cast<float>(body_size(blocks)) / 2;
    std::size_t title = blocks.size();
    float largest = 0, second = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)) continue;
        float size = largest_size(blocks[i]);
        if (size > largest) {
            second = largest;
            largest = size;
            title = i;
        } else if (size > second) second = size;
    }
    if (title == blocks.size() || title == 0 || blocks[title].kind != RH_BLOCK_HEADING ||
        largest < title_ratio * body || largest <= second)
        return;
    std::rotate(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(title),
                blocks.begin() + static_cast<std::ptrdiff_t>(title) + 1);
}

}  // namespace reshost::docx
