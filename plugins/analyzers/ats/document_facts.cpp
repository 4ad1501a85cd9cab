#include "document_facts.hpp"

#include "code_points.hpp"
#include "words.hpp"

#include <algorithm>
#include <cstdlib>

namespace reshost::ats {

using namespace ::reshost::sdk;
DocumentFacts::DocumentFacts(const Host& h, const Document& d, const Resume& r, const PackData& pack)
    : host(h), doc(d), resume(r), data(pack) {
    for (Font f : doc.fonts()) {
        if (!f.name().empty()) knows_fonts_ = true;
        if (f.symbolic()) symbolic_fonts_.emplace_back(f.name());
    }
    for (Block b : doc.blocks()) {
        for (Line l : b.lines())
            for (Span s : l.spans())
                if (!s.font().empty() || s.size() > 0) knows_fonts_ = true;
        std::string_view t = b.text();
        for (std::size_t pos = 0; pos < t.size();) {
            std::size_t start = pos;
            char32_t c = next_code_point(t, pos);
            if (is_space(c)) continue;
            ++text_size_;
            for (std::size_t i = start; i < pos; ++i)
                compact_text_ += (t[i] >= 'A' && t[i] <= 'Z') ? static_cast<char>(t[i] - 'A' + 'a') : t[i];
        }
        compact_text_ += '\n';
    }
}

bool DocumentFacts::holds_contact(std::string_view text) const {
    auto holds = [&](std::string_view detail) { return !detail.empty() && text.find(detail) != std::string_view::npos; };
    if (holds(email()) || holds(phone())) return true;
    for (ProfileLink l : resume.contact().links()) {
        std::string_view url = l.url().text();
        if (auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
        if (url.substr(0, 4) == "www.") url.remove_prefix(4);
        if (holds(url)) return true;
    }
    return false;
}

bool DocumentFacts::symbolic(std::string_view font) const {
    if (font.empty()) return false;
    return std::find(symbolic_fonts_.begin(), symbolic_fonts_.end(), font) != symbolic_fonts_.end();
}

std::optional<double> DocumentFacts::meta_number(std::string_view key) const {
    std::string v(doc.meta(key));
    if (v.empty()) return std::nullopt;
    char* end = nullptr;
    double d = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || *end != '\0') return std::nullopt;
    return d;
}

int DocumentFacts::section_of(std::size_t block) const {
    auto sections = resume.sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        Section s = sections[i];
        if (block >= s.first_block() && block < std::size_t{s.first_block()} + s.block_count())
            return static_cast<int>(i);
    }
    return -1;
}

int DocumentFacts::section_at(const rh_location* where) const {
    auto loc = location_of(where);
    if (!loc) return -1;
    auto blocks = doc.blocks();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        auto b = location_of(blocks[i].location());
        if (!b) continue;
        bool inside = false;
        if (loc->line && b->line) {
            inside = loc->line >= b->line && loc->line <= std::max(b->line, b->line_end);
        } else if (!loc->part.empty()) {
            inside = loc->part == b->part && loc->paragraph == b->paragraph;
        } else if (loc->page && loc->page == b->page) {
            float cx = (loc->box.x0 + loc->box.x1) / 2, cy = (loc->box.y0 + loc->box.y1) / 2;
            inside = cx >= b->box.x0 && cx <= b->box.x1 && cy >= b->box.y0 && cy <= b->box.y1;
        }
        if (inside) return section_of(i);
    }
    return -1;
}

std::optional<Location> location_of(const rh_location* loc) {
    if (!loc) return std::nullopt;
    Location l = Location::from(loc);
    if (!l.line && !l.page && l.part.empty() && !l.paragraph) return std::nullopt;
    return l;
}

std::optional<Location> region_location(const Document& doc, std::size_t first, std::size_t last) {
    auto blocks = doc.blocks();
    if (first >= blocks.size()) return std::nullopt;
    auto out = location_of(blocks[first].location());
    if (!out) return out;
    for (std::size_t i = first + 1; i <= last && i < blocks.size(); ++i) {
        auto l = location_of(blocks[i].location());
        if (!l) continue;
        if (l->line_end > out->line_end) out->line_end = l->line_end;
        if (out->page && l->page == out->page) {
            out->box.x0 = std::min(out->box.x0, l->box.x0);
            out->box.y0 = std::min(out->box.y0, l->box.y0);
            out->box.x1 = std::max(out->box.x1, l->box.x1);
            out->box.y1 = std::max(out->box.y1, l->box.y1);
        }
    }
    return out;
}

std::string quoted(std::string_view text, std::size_t max) { return "\"" + printable(text, max) + "\""; }

Finding finding(std::string_view rule, Severity severity, std::string message, std::string suggestion,
                std::optional<Location> loc) {
    Finding f;
    f.rule = std::string(rule);
    f.severity = severity;
    f.message = std::move(message);
    f.suggestion = std::move(suggestion);
    f.loc = std::move(loc);
    return f;
}

}  // namespace reshost::ats
