// Finding the gutter between two columns (or a column and a sidebar).
#include "pdf_layout.hpp"

#include <algorithm>
#include <cmath>

namespace reshost::pdf::detail {
namespace {

// A gutter narrower than this is the space between words.
constexpr float min_gutter_width = 6.0f;
// The header band (name, contact line) may span the gutter; it may take up
// at most this share of the text's height.
constexpr float max_header_share = 0.45f;
// Each side needs this share of the words below the header band.
constexpr float min_side_share = 0.12f;
// ...and text over this share of the height below the header band.
constexpr float min_side_extent = 0.3f;
// A gutter clear from the top of the text to its bottom splits the page even
// when one side is short (a sidebar that ends early on the page): each side
// then needs only these shares.
constexpr float min_short_side_share = 0.03f;
constexpr float min_short_side_extent = 0.08f;
// ...and no gap in it over this share of the height.
constexpr float max_side_gap = 0.2f;
// How far below the highest point a gutter still counts as clear from the
// top, as a share of the text's height.
constexpr float top_slack = 0.02f;
// Depths tried within one run at most (each costs a pass over the words).
constexpr std::size_t max_depths = 8;
// Two sides whose baselines match this often are one table-like column
// (dates on the left, roles on the right), read row by row.
constexpr float max_row_match = 0.7f;
// A gutter that starts higher splits the rows above the other's start when
// few of them line up across it.
constexpr float max_band_row_match = 0.4f;

// The largest distance between consecutive values of a sorted list.
float largest_gap(const std::vector<float>& sorted) {
    float gap = 0;
    for (std::size_t i = 1; i < sorted.size(); ++i) gap = std::max(gap, sorted[i] - sorted[i - 1]);
    return gap;
}

float row_match(const std::vector<float>& from, const std::vector<float>& sorted_other) {
    if (from.empty()) return 0;
    std::size_t hits = 0;
    for (float b : from) {
        auto it = std::lower_bound(sorted_other.begin(), sorted_other.end(), b - 1.0f);
        if (it != sorted_other.end() && *it <= b + 1.0f) ++hits;
    }
    return static_cast<float>(hits) / static_cast<float>(from.size());
}

}  // namespace

bool find_gutter(const PageContent& page, Gutter& out) {
    const auto& words = page.words;
    if (words.size() < 20 || page.width <= 0) return false;
    float top = words[0].box.y0, bottom = words[0].box.y1;
    for (const auto& w : words) {
        top = std::min(top, w.box.y0);
        bottom = std::max(bottom, w.box.y1);
    }
    float span = bottom - top;
    if (span <= 0) return false;

    // lowest[x]: the bottom of the lowest word that crosses x.
    auto width = static_cast<std::size_t>(std::ceil(page.width)) + 1;
    if (width > 20000) return false;
    std::vector<float> lowest(width, top);
    for (const auto& w : words) {
        long a = static_cast<long>(std::ceil(w.box.x0 + 0.5f));
        long b = static_cast<long>(std::floor(w.box.x1 - 0.5f));
        a = std::max(a, 0L);
        b = std::min(b, static_cast<long>(width) - 1);
        for (long x = a; x <= b; ++x) lowest[static_cast<std::size_t>(x)] = std::max(lowest[static_cast<std::size_t>(x)], w.box.y1);
    }

    float limit = top + max_header_share * span;
    auto first = static_cast<std::size_t>(page.width * 0.12f), last = static_cast<std::size_t>(page.width * 0.88f);
    // The widest gutter found, and the widest of those clear from the top.
    struct Found {
        bool ok = false;
        float run = 0, x = 0, y_start = 0;
        std::size_t lo = 0, hi = 0;
    } widest, widest_full;
    std::vector<Found> found;
    for (std::size_t x = first; x <= last && x < width;) {
        if (lowest[x] > limit) {
            ++x;
            continue;
        }
        std::size_t end = x;
        while (end + 1 <= last && end + 1 < width && lowest[end + 1] <= limit) ++end;
        std::size_t a = x, b = end;
        x = end + 1;
        auto consider = [&](std::size_t lo, std::size_t hi) -> bool {
            float y_start = *std::max_element(lowest.begin() + static_cast<std::ptrdiff_t>(lo),
                                              lowest.begin() + static_cast<std::ptrdiff_t>(hi) + 1);
            float run = static_cast<float>(hi - lo + 1);
            float split = (static_cast<float>(lo) + static_cast<float>(hi)) / 2;
            bool full_height = y_start <= top + 1.0f;
            // A gutter counts by its width and by how much of the page it splits.
            float score = run;
            if (run < min_gutter_width) return false;
            std::size_t left = 0, right = 0, body = 0;
            float l_top = bottom, l_bottom = y_start, r_top = bottom, r_bottom = y_start;
            std::vector<float> l_base, r_base;
            for (const auto& w : words) {
                if (w.box.center_y() < y_start) continue;
                ++body;
                if (w.box.x1 <= split) {
                    ++left;
                    l_top = std::min(l_top, w.box.y0);
                    l_bottom = std::max(l_bottom, w.box.y1);
                    l_base.push_back(w.box.y1);
                } else if (w.box.x0 >= split) {
                    ++right;
                    r_top = std::min(r_top, w.box.y0);
                    r_bottom = std::max(r_bottom, w.box.y1);
                    r_base.push_back(w.box.y1);
                }
            }
            float below = bottom - y_start;
            if (body == 0 || below <= 0) return false;
            std::vector<float> l_sorted = l_base, r_sorted = r_base;
            std::sort(l_sorted.begin(), l_sorted.end());
            std::sort(r_sorted.begin(), r_sorted.end());
            bool wide = left >= min_side_share * body && right >= min_side_share * body &&
                        l_bottom - l_top >= min_side_extent * below && r_bottom - r_top >= min_side_extent * below;
            // A short side must be one block of text, not scattered pieces
            // (right-aligned contact lines and dates of a single column).
            bool short_side = left >= min_short_side_share * body && right >= min_short_side_share * body &&
                              l_bottom - l_top >= min_short_side_extent * below &&
                              r_bottom - r_top >= min_short_side_extent * below &&
                              largest_gap(l_sorted) <= max_side_gap * below && largest_gap(r_sorted) <= max_side_gap * below;
            if (!wide && !short_side) return false;
            if (std::max(row_match(l_base, r_sorted), row_match(r_base, l_sorted)) > max_row_match) return false;
            score *= below / span;
            Found f{true, score, split, y_start > top ? y_start : top, lo, hi};
            found.push_back(f);
            if (score > widest.run) widest = f;
            if (full_height && score > widest_full.run) widest_full = f;
            return true;
        };
        // Words of the columns' first lines may reach into the run: its part
        // clear from the highest point is one candidate, the whole run (clear
        // from lower down) another; the wider that splits the page wins.
        // (A line across the top with gaps between its words, a running
        // header, leaves the highest point ragged: a little slack.)
        float slack = std::max(2.0f, top_slack * span);
        auto widest_clear = [&](float depth, std::size_t& lo, std::size_t& hi) {
            bool any = false;
            for (std::size_t k = a; k <= b;) {
                if (lowest[k] > depth) {
                    ++k;
                    continue;
                }
                std::size_t e = k;
                while (e + 1 <= b && lowest[e + 1] <= depth) ++e;
                if (!any || e - k > hi - lo) lo = k, hi = e;
                any = true;
                k = e + 1;
            }
            return any && hi - lo + 1 >= min_gutter_width;
        };
        float highest = *std::min_element(lowest.begin() + static_cast<std::ptrdiff_t>(a), lowest.begin() + static_cast<std::ptrdiff_t>(b) + 1);
        std::size_t lo = a, hi = a;
        bool clear_part = widest_clear(highest + slack, lo, hi);
        bool split = clear_part && consider(lo, hi);
        // (The widest clear part may be a margin beside a short column; the others get their turn.)
        for (std::size_t k = a, tries = 0; clear_part && !split && k <= b && tries < max_depths;) {
            if (lowest[k] > highest + slack) {
                ++k;
                continue;
            }
            std::size_t e = k;
            while (e + 1 <= b && lowest[e + 1] <= highest + slack) ++e;
            if (e - k + 1 >= min_gutter_width && !(k == lo && e == hi)) {
                ++tries;
                split = consider(k, e);
            }
            k = e + 1;
        }
        if (!clear_part || 2 * (hi - lo + 1) < b - a + 1) split = consider(a, b) || split;
        // Neither, or only from lower down: a column's longer lines reach into one side of the
        // run. The shallowest depth from which a part of it splits the page is the gutter's start.
        float whole_start = *std::max_element(lowest.begin() + static_cast<std::ptrdiff_t>(a),
                                              lowest.begin() + static_cast<std::ptrdiff_t>(b) + 1);
        std::vector<float> depths(lowest.begin() + static_cast<std::ptrdiff_t>(a), lowest.begin() + static_cast<std::ptrdiff_t>(b) + 1);
        std::sort(depths.begin(), depths.end());
        float tried = highest + slack;
        std::size_t tries = 0;
        for (float depth : depths) {
            if (depth <= tried) continue;
            if (split && depth + slack >= whole_start) break;
            if (++tries > max_depths) break;
            tried = depth + slack;
            std::size_t dlo = a, dhi = a;
            if (widest_clear(tried, dlo, dhi) && dhi - dlo < b - a && consider(dlo, dhi)) break;
        }
    }
    if (!widest.ok) return false;
    // The same gutter found from two depths (wider where a sidebar's lines are shorter): the one
    // that starts higher splits more of the page, unless the rows between the two starts run
    // across it (a contact line, headings side by side on one baseline).
    Found higher = widest;
    for (const auto& f : found)
        if (f.lo <= widest.hi && widest.lo <= f.hi && f.y_start < higher.y_start) higher = f;
    if (higher.y_start < widest.y_start) {
        std::vector<float> l_base, r_base;
        for (const auto& w : words) {
            if (w.box.center_y() < higher.y_start || w.box.center_y() >= widest.y_start) continue;
            if (w.box.x1 <= higher.x) l_base.push_back(w.box.y1);
            else if (w.box.x0 >= higher.x) r_base.push_back(w.box.y1);
        }
        std::vector<float> l_sorted = l_base, r_sorted = r_base;
        std::sort(l_sorted.begin(), l_sorted.end());
        std::sort(r_sorted.begin(), r_sorted.end());
        if (!l_base.empty() && !r_base.empty() &&
            std::max(row_match(l_base, r_sorted), row_match(r_base, l_sorted)) < max_band_row_match)
            widest = higher;
    }
    out = Gutter{widest.x, widest.y_start};
    // A gutter that starts lower leaves a band above it read across the
    // page; when the band's rows have words on both sides of a gutter clear
    // from the top, the band is two columns too (a sidebar beside the name).
    if (widest_full.ok && widest.y_start > widest_full.y_start) {
        bool left = false, right = false;
        for (const auto& w : words) {
            if (w.box.center_y() >= widest.y_start) continue;
            left = left || w.box.x1 <= widest_full.x;
            right = right || w.box.x0 >= widest_full.x;
        }
        if (left && right) out = Gutter{widest_full.x, widest_full.y_start};
    }
    return true;
}

}  // namespace reshost::pdf::detail
