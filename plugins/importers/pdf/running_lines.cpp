// Running headers and footers: the same line at the top or bottom of
// several pages. Page numbers differ from page to page, so digits are
// compared as one class.
#include "pdf_layout.hpp"

#include <map>

namespace reshost::pdf::detail {
namespace {

// The share of the page height at the top and at the bottom that can hold
// a running header or footer.
constexpr float band_share = 0.12f;

std::string key_of(std::string_view text) {
    std::string key;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (key.empty() || key.back() != '#') key += '#';
        } else if (c >= 'A' && c <= 'Z') {
            key += static_cast<char>(c - 'A' + 'a');
        } else if (c != ' ') {
            key += c;
        }
    }
    return key;
}

}  // namespace

void mark_running_lines(const std::vector<PageContent>& pages, std::vector<PageLines>& lines) {
    if (pages.size() < 2) return;
    // key -> pages it was seen on, for the top and the bottom band.
    std::map<std::string, std::size_t> seen[2];
    auto band_of = [&](std::size_t p, const TextLine& line) -> int {
        float h = pages[p].height;
        if (h <= 0) return -1;
        if (line.box.y1 <= band_share * h) return 0;
        if (line.box.y0 >= (1 - band_share) * h) return 1;
        return -1;
    };
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::map<std::string, bool> on_page[2];
        for (const auto& line : lines[p].lines) {
            int band = band_of(p, line);
            if (band < 0) continue;
            std::string key = key_of(line_text(pages[p], line));
            if (!key.empty() && !on_page[band][key]) {
                on_page[band][key] = true;
                ++seen[band][key];
            }
        }
    }
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (auto& line : lines[p].lines) {
            int band = band_of(p, line);
            if (band < 0) continue;
            auto it = seen[band].find(key_of(line_text(pages[p], line)));
            if (it != seen[band].end() && it->second >= 2)
                line.flags |= band == 0 ? RH_BLOCK_IN_HEADER : RH_BLOCK_IN_FOOTER;
        }
}

}  // namespace reshost::pdf::detail
