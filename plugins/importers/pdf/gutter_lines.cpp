// A left gutter of headings (or dates): a narrow column at the left edge
// whose text sits on the baseline of the first content line beside it
// ("Work   Backend Engineer II"). Such lines are split in two at the gap:
// the gutter's words come first, as a line of their own, so the heading is
// read before the content, and a heading set on two lines in the gutter
// stays together.
#include "pdf_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace reshost::pdf::detail {
namespace {

// The gutter's text is short...
constexpr std::size_t max_gutter_words = 4;
// ...and at least this many lines have it.
constexpr std::size_t min_gutter_lines = 2;
// At most this share of the region's lines have gutter text.
constexpr float max_gutter_share = 0.5f;
// Lines start within this distance of the content column or of the margin.
constexpr float align = 2.5f;
// This share of the region's other lines start at the content column or
// right of it: nothing but the gutter's text uses the space left of it.
constexpr float min_content_share = 0.85f;

struct Split {
    std::size_t line = 0;
    std::size_t at = 0;  // index of the first content word
};

}  // namespace

void split_gutter_lines(const PageContent& page, PageLines& lines) {
    for (Region region : {region_full, region_left, region_right}) {
        float margin = 1e9f;
        std::size_t count = 0;
        for (const auto& l : lines.lines)
            if (l.region == region && !l.words.empty()) {
                margin = std::min(margin, l.box.x0);
                ++count;
            }
        if (count < 2 * min_gutter_lines) continue;
        // Lines that start at the margin and break after a few words.
        std::vector<Split> splits;
        std::map<int, std::size_t> starts;  // content column x (rounded) -> lines
        for (std::size_t i = 0; i < lines.lines.size(); ++i) {
            const TextLine& l = lines.lines[i];
            if (l.region != region || l.words.size() < 2 || l.box.x0 > margin + align) continue;
            LineSpacing sp = spacing_of(page, l);
            std::size_t words = 1;
            for (std::size_t k = 1; k < l.words.size() && words <= max_gutter_words; ++k) {
                if (sp.before[k] == spacing_column) {
                    splits.push_back(Split{i, k});
                    ++starts[static_cast<int>(std::lround(page.words[l.words[k]].box.x0))];
                    break;
                }
                if (sp.before[k] != spacing_join) ++words;
            }
        }
        if (splits.size() < min_gutter_lines) continue;
        // The content column: where most of the split lines' content starts.
        auto best = std::max_element(starts.begin(), starts.end(), [](auto a, auto b) { return a.second < b.second; });
        float column = static_cast<float>(best->first);
        std::vector<Split> kept;
        // (Content indented past the column, a list item, is beside the gutter too.)
        for (const auto& s : splits)
            if (page.words[lines.lines[s.line].words[s.at]].box.x0 >= column - align) kept.push_back(s);
        // A gutter is beside some lines only; text beside every line is a table, read row by row.
        if (kept.size() < min_gutter_lines || static_cast<float>(kept.size()) > max_gutter_share * static_cast<float>(count))
            continue;
        // Every other line starts at the content column or right of it.
        std::size_t others = 0, inside = 0;
        std::size_t next = 0;
        for (std::size_t i = 0; i < lines.lines.size(); ++i) {
            const TextLine& l = lines.lines[i];
            if (l.region != region || l.words.empty()) continue;
            if (next < kept.size() && kept[next].line == i) {
                ++next;
                continue;
            }
            ++others;
            if (l.box.x0 >= column - align) ++inside;
        }
        // Lines of the gutter alone (a heading's second line: a few words at the margin) are the
        // exception allowed.
        std::size_t alone = 0;
        for (const auto& l : lines.lines)
            if (l.region == region && !l.words.empty() && l.box.x1 < column - align && l.box.x0 <= margin + align &&
                l.words.size() <= max_gutter_words)
                ++alone;
        if (static_cast<float>(inside + alone) < min_content_share * static_cast<float>(others)) continue;

        // Rebuild the region's lines: each gutter part before its content,
        // and gutter parts on consecutive lines (a heading on two lines) together.
        std::vector<TextLine> out;
        out.reserve(lines.lines.size() + kept.size());
        std::vector<TextLine> pending;  // content lines held back while the gutter text goes on
        Box last_gutter;
        next = 0;
        auto take_box = [&](TextLine& t) {
            t.box = page.words[t.words[0]].box;
            for (uint32_t id : t.words) t.box.unite(page.words[id].box);
        };
        for (std::size_t i = 0; i < lines.lines.size(); ++i) {
            const TextLine& l = lines.lines[i];
            bool gutter_only = l.region == region && !l.words.empty() && l.box.x1 < column - align;
            if (next < kept.size() && kept[next].line == i) {
                TextLine g = l, c = l;
                g.words.assign(l.words.begin(), l.words.begin() + static_cast<std::ptrdiff_t>(kept[next].at));
                c.words.assign(l.words.begin() + static_cast<std::ptrdiff_t>(kept[next].at), l.words.end());
                take_box(g);
                take_box(c);
                g.gutter = true;
                // The gutter text goes on from the line above (a heading on two lines)
                // when it starts within a line's height of the last gutter part.
                bool goes_on = !pending.empty() && g.box.y0 - last_gutter.y1 < last_gutter.height();
                if (!goes_on) {
                    for (auto& p : pending) out.push_back(std::move(p));
                    pending.clear();
                }
                last_gutter = g.box;
                out.push_back(std::move(g));
                pending.push_back(std::move(c));
                ++next;
            } else if (gutter_only && !pending.empty()) {
                last_gutter = l.box;
                out.push_back(l);  // the gutter text goes on: it comes before the held content
                out.back().gutter = true;
            } else if (l.region == region && !pending.empty()) {
                pending.push_back(l);
                // The gutter text has ended once a content line is not beside it.
                for (auto& p : pending) out.push_back(std::move(p));
                pending.clear();
            } else {
                out.push_back(l);
            }
        }
        for (auto& p : pending) out.push_back(std::move(p));
        lines.lines = std::move(out);
    }
}

}  // namespace reshost::pdf::detail
