#include "page_flow.hpp"

#include "xml_part.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace reshost::docx {
namespace {

constexpr float twips_per_point = 20.0f;

std::string squeezed_lower(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '-' && c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A length in points: twips, or a measure with its unit as Strict documents
// write them ("722pt", "1in"); `fallback` when absent or out of reason.
float measure(pugi::xml_node n, std::string_view name, float fallback, bool allow_negative = false) {
    std::string v(attr(n, name));
    if (v.empty()) return fallback;
    char* end = nullptr;
    float x = std::strtof(v.c_str(), &end);
    if (end == v.c_str()) return fallback;
    std::string_view unit(end);
    if (unit.empty()) x /= twips_per_point;
    else if (unit == "in") x *= 72;
    else if (unit == "cm") x *= 72 / 2.54f;
    else if (unit == "mm") x *= 72 / 25.4f;
    else if (unit == "pc" || unit == "pi") x *= 12;
    else if (unit != "pt") return fallback;
    if (allow_negative) x = std::fabs(x);
    return x >= 0 && x < 10000 ? x : fallback;
}

}  // namespace

FontMetrics FontMetrics::from_text(std::string_view text) {
    FontMetrics out;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string line(text.substr(0, nl));
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (line.empty() || line[0] == '#') continue;
        auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        char* end = nullptr;
        float width = std::strtof(line.c_str() + tab + 1, &end);
        float pitch = std::strtof(end, nullptr);
        if (width <= 0 || pitch <= 0) continue;
        out.entries_.push_back(Entry{squeezed_lower(line.substr(0, tab)), width, pitch});
    }
    return out;
}

std::pair<float, float> FontMetrics::of(std::string_view font) const {
    std::string name = squeezed_lower(font);
    for (const auto& e : entries_)
        if (name.find(e.fragment) != std::string::npos) return {e.width, e.line};
    return {0.47f, 1.17f};  // between the common serif and sans faces
}

void PageGeometry::read(pugi::xml_node sect) {
    if (!sect) return;
    if (pugi::xml_node size = child(sect, "pgSz")) {
        width = measure(size, "w", width);
        height = measure(size, "h", height);
    }
    if (pugi::xml_node mar = child(sect, "pgMar")) {
        // Negative top and bottom margins are fixed ones; their size counts the same.
        top = measure(mar, "top", top, true);
        bottom = measure(mar, "bottom", bottom, true);
        left = measure(mar, "left", left);
        right = measure(mar, "right", right);
    }
    // A page too small to hold text is not what any renderer would use.
    if (text_width() < 72 || text_height() < 72) *this = PageGeometry();
    std::string_view type = attr(child(sect, "type"), "val");
    new_page = type != "continuous" && type != "nextColumn";
    columns.assign(1, text_width());
    if (pugi::xml_node cols = child(sect, "cols")) {
        long long num = number_attr(cols, "num", 1);
        column_gap = measure(cols, "space", column_gap);
        std::vector<float> given;
        if (attr(cols, "equalWidth") == "0" || attr(cols, "equalWidth") == "false")
            for (pugi::xml_node c = cols.first_child(); c; c = c.next_sibling())
                if (is(c, "col")) given.push_back(measure(c, "w", 0));
        if (given.size() > 1 && given.size() < 16 &&
            std::all_of(given.begin(), given.end(), [](float w) { return w >= 18; }))
            columns = given;
        else if (num > 1 && num < 16) {
            float w = (text_width() - column_gap * static_cast<float>(num - 1)) / static_cast<float>(num);
            columns.assign(static_cast<std::size_t>(num), std::max(18.0f, w));
        }
    }
}

PageFlow::PageFlow(std::vector<PageGeometry> sections) : sections_(std::move(sections)) {
    if (sections_.empty()) sections_.emplace_back();
}

float PageFlow::width() const {
    float w = page().columns[column_];
    for (const auto& r : wraps_)
        if (y_ + 1 >= r.top && y_ < r.bottom) w -= r.width;
    return std::max(36.0f, w);
}

void PageFlow::add(float points) {
    y_ += points;
    after_ = 0;
    keep_from_ = -1;
    // What does not fit goes on in the next column, or on the next page.
    int guard = 0;
    while (y_ > page().text_height() + 0.5f && guard++ < 10000) {
        float over = y_ - page().text_height();
        next_column();
        flowed_ = true;
        y_ += std::min(over, page().text_height());
    }
}

void PageFlow::add_lines(const std::vector<float>& lines, float before, float after, bool keep_next) {
    float bottom = page().text_height();
    if (collapse_) before = std::max(0.0f, before - after_);
    if (!(flowed_ && y_ <= section_top_)) y_ += before;
    float start = y_;
    std::size_t n = lines.size();
    for (std::size_t i = 0; i < n; ++i) {
        float pitch = lines[i];
        if (y_ + pitch > bottom + 0.5f && y_ > section_top_) {
            // What moves with the line: a paragraph kept with this one, and no single line
            // left behind at the bottom (orphan) or carried alone to the top (widow).
            float carried = 0;
            if (i == 0 && keep_from_ >= 0 && keep_from_ > section_top_) carried = y_ - keep_from_;
            else if (i == 1 && n > 1) carried = y_ - start;
            else if (i + 1 == n && n > 2) carried = lines[i - 1];
            next_column();
            flowed_ = true;
            y_ += std::min(carried, bottom / 2);
        }
        y_ += pitch;
    }
    keep_from_ = keep_next ? (keep_from_ >= 0 && keep_from_ <= start ? keep_from_ : start - before) : -1;
    if (keep_from_ > y_) keep_from_ = -1;
    y_ = std::min(y_ + after, std::max(y_, bottom));
    after_ = after;
    flowed_ = false;
}

void PageFlow::take_back(float points) {
    y_ = std::max(section_top_, y_ - points);
    after_ = 0;
}

void PageFlow::next_column() {
    if (column_ + 1 < page().columns.size()) {
        ++column_;
        y_ = section_top_;
    } else next_page();
}

void PageFlow::next_page() {
    ++page_;
    keep_from_ = -1;
    column_ = 0;
    y_ = section_top_ = 0;
    wraps_.clear();
}

void PageFlow::page_break() {
    if (y_ > 0 || column_ > 0) next_page();
    flowed_ = false;
}

void PageFlow::column_break() { next_column(); }

void PageFlow::end_section() {
    if (section_ + 1 >= sections_.size()) return;
    // A section that ran in columns ends below its longest column.
    ++section_;
    if (page().new_page) return next_page();
    column_ = 0;
    section_top_ = y_;
}

void PageFlow::wrap_around(float top, float bottom, float width) {
    float start = page_start();
    wraps_.push_back(Wrap{top - start, bottom - start, width});
}

}  // namespace reshost::docx
