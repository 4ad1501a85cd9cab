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
    if (pugi::xml_node cols = child(sect, "cols")) {
        long long num = number_attr(cols, "num", 1);
        columns = num > 1 && num < 16 ? static_cast<int>(num) : 1;
        column_gap = measure(cols, "space", column_gap);
    }
    // A page too small to hold text is not what any renderer would use.
    if (text_width() < 72 || text_height() < 72) *this = PageGeometry();
}

float PageGeometry::column_width() const {
    return std::max(36.0f, (text_width() - column_gap * static_cast<float>(columns - 1)) / static_cast<float>(columns));
}

void PageFlow::page_break() {
    float page = page_.text_height() * static_cast<float>(page_.columns);
    if (used_ > 0) used_ = std::ceil(used_ / page - 1e-3f) * page;
}

void PageFlow::column_break() {
    float column = page_.text_height();
    if (used_ > 0) used_ = std::ceil(used_ / column - 1e-3f) * column;
}

float PageFlow::page_start() const {
    float page = page_.text_height() * static_cast<float>(page_.columns);
    return std::floor(used_ / page) * page;
}

unsigned PageFlow::pages() const {
    float page = page_.text_height() * static_cast<float>(page_.columns);
    return std::max(1u, static_cast<unsigned>(std::ceil(used_ / page - 1e-3f)));
}

}  // namespace reshost::docx
