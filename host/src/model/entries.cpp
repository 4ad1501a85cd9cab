#include "entries.hpp"

#include "contact.hpp"
#include "dates.hpp"
#include "unicode_text.hpp"

#include <algorithm>

namespace reshost::detail {

namespace {

// Marks a change of style or a removed date between two parts of a header.
constexpr char boundary = '\x1f';

bool blank(std::string_view s) { return trim(s).empty(); }

// The line's text with a boundary wherever bold/italic starts or stops.
std::string marked_text(const LineData& line) {
    if (line.spans.empty()) return line.text;
    std::string out;
    uint32_t prev = 0;
    bool first = true;
    for (const auto& s : line.spans) {
        uint32_t style = s.flags & (RH_SPAN_BOLD | RH_SPAN_ITALIC);
        if (!blank(s.text)) {
            if (!first && style != prev) out += boundary;
            prev = style;
            first = false;
        }
        out += s.text;
    }
    // Spans that do not add up to the line's text (an importer joining words) give no boundaries.
    std::string joined;
    for (char c : out)
        if (c != boundary) joined += c;
    return joined == line.text ? out : line.text;
}

// True when the line starts with a bold run ("**Senior Engineer** | Acme").
bool bold_led(const LineData& line, bool label_leads = false) {
    for (const auto& s : line.spans) {
        if (blank(s.text)) continue;
        if (!(s.flags & RH_SPAN_BOLD)) return false;
        // A bold label ("**Tech:** Go") leads an entry only where items are entries.
        std::string_view t = trim(s.text);
        return !t.empty() && (label_leads || t.back() != ':');
    }
    return false;
}

bool all_italic(const LineData& line) {
    bool any = false;
    for (const auto& s : line.spans) {
        if (blank(s.text)) continue;
        if (!(s.flags & RH_SPAN_ITALIC)) return false;
        any = true;
    }
    return any;
}

std::size_t word_count(std::string_view s) { return words(word_key(s)).size(); }

bool has_word(std::string_view text, const std::unordered_set<std::string>& set) {
    for (const auto& w : words(word_key(text)))
        if (set.count(w)) return true;
    return false;
}

// Splits a header on its separators: style boundaries, " | ", dashes, " at ", ";", bullets.
std::vector<std::string> split_header(const std::string& text, bool loose) {
    std::vector<std::string> parts;
    std::string cur;
    auto flush = [&] {
        std::string p = trim_punct(cur);
        if (!p.empty()) parts.push_back(p);
        cur.clear();
    };
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t b = pos;
        int32_t cp = next_code_point(text, pos);
        bool space_before = b > 0 && (text[b - 1] == ' ' || text[b - 1] == boundary);
        bool space_after = pos < text.size() && (text[pos] == ' ' || text[pos] == boundary);
        if (cp == boundary || cp == '|' || cp == ';' || cp == 0x2022 || cp == 0x00B7 || cp == 0x2014 ||
            (!loose && (cp == 0x2013 || cp == '-' || cp == '@') && space_before && space_after)) {
            flush();
            continue;
        }
        if (!loose && cp == ' ' && text.compare(pos, 3, "at ") == 0) {
            flush();
            pos += 3;
            continue;
        }
        cur.append(text, b, pos - b);
    }
    flush();
    return parts;
}

// Removes `len` bytes at `pos` and leaves a boundary, with empty brackets around it gone.
std::string cut(const std::string& text, std::size_t pos, std::size_t len) {
    std::size_t b = pos, e = pos + len;
    auto space = [&](std::size_t i) { return text[i] == ' ' || text[i] == boundary; };
    std::size_t lb = b, re = e;
    while (lb > 0 && space(lb - 1)) --lb;
    while (re < text.size() && space(re)) ++re;
    if (lb > 0 && re < text.size() && ((text[lb - 1] == '(' && text[re] == ')') || (text[lb - 1] == '[' && text[re] == ']'))) {
        b = lb - 1;
        e = re + 1;
    }
    return text.substr(0, b) + boundary + text.substr(e);
}

// "Awesome University (MyTown)" -> "Awesome University", "MyTown".
std::pair<std::string, std::string> split_parenthesis(const std::string& part) {
    if (part.size() < 4 || part.back() != ')') return {part, {}};
    auto open = part.rfind('(');
    if (open == std::string::npos || open == 0) return {part, {}};
    std::string inside = std::string(trim(std::string_view(part).substr(open + 1, part.size() - open - 2)));
    return {std::string(trim(std::string_view(part).substr(0, open))), inside};
}

}  // namespace

bool has_entries(rh_section_kind kind) {
    return kind == RH_SECTION_EXPERIENCE || kind == RH_SECTION_PROJECTS || kind == RH_SECTION_EDUCATION ||
           kind == RH_SECTION_CERTIFICATIONS;
}

std::string strip_bullet(std::string_view text) {
    std::string_view t = trim(text);
    std::size_t pos = 0;
    int32_t cp = next_code_point(t, pos);
    bool glyph = cp == 0x2022 || cp == 0x25AA || cp == 0x25E6 || cp == 0x2023 || cp == 0x25CF || cp == 0x25CB ||
                 cp == 0x25A0 || cp == 0x25A1 || cp == 0x27A2 || cp == 0x25BA || cp == 0x2713 || cp == 0x2714 ||
                 cp == 0x2043 || cp == 0x2219 || cp == 0xF0B7 || cp == 0x25B8 || cp == 0x25B6 || cp == 0x2192;
    bool ascii = (cp == '-' || cp == '*' || cp == '+') && pos < t.size() && t[pos] == ' ';
    if (glyph || ascii) t = trim(t.substr(pos));
    return std::string(t);
}

void read_entry_header(EntryData& entry, const LineData& line, rh_section_kind kind, const NormalizerData& data) {
    std::string text = marked_text(line);
    // Dates are read on the text without style boundaries, then cut out of the marked text.
    std::string plain = text;
    for (auto& c : plain)
        if (c == boundary) c = ' ';
    if (auto d = find_dates(plain, data)) {
        entry.start = d->start;
        entry.end = d->end;
        text = cut(text, d->pos, d->len);
    }
    // A certification's name keeps its dashes ("Solutions Architect – Associate").
    std::vector<std::string> parts = split_header(text, kind == RH_SECTION_CERTIFICATIONS);
    if (parts.size() == 1 && kind != RH_SECTION_CERTIFICATIONS) {
        // "Software Engineer, Google": a comma splits only when nothing else does.
        auto comma = parts[0].find(", ");
        if (comma != std::string::npos) {
            std::string rest = trim_punct(parts[0].substr(comma + 2));
            bool suffix = words(word_key(rest)).size() == 1 && has_word(rest, data.organization_words);
            if (!suffix && !rest.empty()) parts = {trim_punct(parts[0].substr(0, comma)), rest};
        }
    }
    std::vector<FieldData> fields;
    std::string place;
    for (auto& p : parts) {
        auto [head, inside] = split_parenthesis(p);
        // Only a place in brackets is taken out: "(KarrotPay)" or "(Remote)" stays with its part.
        if (!inside.empty() && !head.empty() && place.empty() && looks_like_place(inside, data)) {
            p = head;
            place = inside;
        }
        fields.push_back(FieldData{p, line.loc});
    }
    if (!place.empty()) fields.push_back(FieldData{place, line.loc});
    assign_parts(entry, std::move(fields), kind, data);
}

void assign_parts(EntryData& entry, std::vector<FieldData> parts, rh_section_kind kind, const NormalizerData& data) {
    // A "City, Region" part is the place, wherever it is written.
    if (parts.size() > 1 && entry.location.text.empty())
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (looks_like_place(parts[i].text, data)) {
                entry.location = parts[i];
                parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
    // A sentence after the name ("**TaskFlow:** A Go task runner") describes; it names nothing.
    std::vector<FieldData> names;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0 && word_count(parts[i].text) > 8) entry.lines.push_back(parts[i]);
        else names.push_back(parts[i]);
    }
    // The title first: the part with a job title's words (experience); not the school (education).
    auto first_with = [&](const std::unordered_set<std::string>& words_set, bool want) -> std::ptrdiff_t {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (has_word(names[i].text, words_set) == want) return static_cast<std::ptrdiff_t>(i);
        return -1;
    };
    std::ptrdiff_t title = -1;
    if (names.size() >= 2 && kind == RH_SECTION_EXPERIENCE) {
        title = first_with(data.role_words, true);
        if (title < 0 && has_word(names[0].text, data.organization_words)) title = first_with(data.organization_words, false);
    } else if (names.size() >= 2 && kind == RH_SECTION_EDUCATION && has_word(names[0].text, data.institution_words)) {
        title = first_with(data.institution_words, false);
    }
    if (title > 0) std::rotate(names.begin(), names.begin() + title, names.begin() + title + 1);
    std::size_t k = 0;
    for (FieldData* f : {&entry.title, &entry.organization, &entry.location})
        if (k < names.size() && f->text.empty()) *f = names[k++];
    for (; k < names.size(); ++k) entry.lines.push_back(names[k]);
}

namespace {

enum class Origin { heading, paragraph, list };

class SectionReader {
public:
    SectionReader(SectionData& s, const DocumentData& doc, const NormalizerData& data)
        : s_(s), doc_(doc), data_(data), entries_(has_entries(s.kind)) {}

    void read(const std::vector<SectionPart>& parts) {
        for (const auto& p : parts) {
            const BlockData& b = doc_.blocks[p.block];
            if (p.line_count == 0 || p.first_line >= b.lines.size()) continue;
            if (!entries_) {
                add_lines(p, b, s_.lines);
                continue;
            }
            if (p.heading) heading(p, b);
            else if (b.kind == RH_BLOCK_LIST_ITEM) list_item(p, b);
            else paragraph(p, b);
        }
    }

private:
    void add_lines(const SectionPart& p, const BlockData& b, std::vector<FieldData>& out) {
        for (std::size_t i = p.first_line; i < p.first_line + p.line_count && i < b.lines.size(); ++i) {
            std::string t = b.kind == RH_BLOCK_LIST_ITEM ? strip_bullet(b.lines[i].text) : std::string(trim(b.lines[i].text));
            if (!t.empty()) out.push_back(FieldData{t, b.lines[i].loc});
        }
    }

    // An entry that only names an employer: the positions under it share it.
    bool bare(const EntryData& e) const {
        return e.start.raw.empty() && e.end.raw.empty() && e.bullets.empty() && e.lines.empty() &&
               e.organization.text.empty() && !e.title.text.empty();
    }

    EntryData& start(const SectionPart& p, const BlockData& b, const LineData& header, Origin origin) {
        EntryData e;
        e.loc = b.loc;
        if (!group_.empty()) e.group = group_;
        read_entry_header(e, header, s_.kind, data_);
        if (!group_.empty() && e.organization.text.empty() && e.title.text != group_)
            e.organization = FieldData{group_, group_loc_};
        s_.entries.push_back(std::move(e));
        origin_ = origin;
        level_ = p.level;
        return s_.entries.back();
    }

    // A header line below a bare employer entry makes it a group.
    void maybe_group(const SectionPart& p) {
        if (s_.entries.empty() || origin_ != Origin::heading || !bare(s_.entries.back())) return;
        if (p.heading && p.level <= level_) return;
        group_ = s_.entries.back().title.text;
        group_loc_ = s_.entries.back().title.loc.value_or(s_.entries.back().loc);
        group_level_ = level_;
        s_.entries.pop_back();
    }

    void heading(const SectionPart& p, const BlockData& b) {
        if (!group_.empty() && p.level <= group_level_) group_.clear();
        maybe_group(p);
        start(p, b, b.lines[p.first_line], Origin::heading);
        for (std::size_t i = p.first_line + 1; i < p.first_line + p.line_count && i < b.lines.size(); ++i)
            continuation(b.lines[i]);
    }

    void list_item(const SectionPart& p, const BlockData& b) {
        const LineData& first = b.lines[p.first_line];
        bool top = b.level <= 1;
        bool items = s_.kind == RH_SECTION_PROJECTS || s_.kind == RH_SECTION_CERTIFICATIONS;
        bool leads = top && (bold_led(first, items) || s_.kind == RH_SECTION_CERTIFICATIONS);
        if (leads && (s_.entries.empty() || origin_ == Origin::list)) {
            start(p, b, first, Origin::list);
            return;
        }
        std::string text;
        for (std::size_t i = p.first_line; i < p.first_line + p.line_count && i < b.lines.size(); ++i) {
            if (!text.empty()) text += ' ';
            text += std::string(trim(b.lines[i].text));
        }
        text = strip_bullet(text);
        if (text.empty()) return;
        if (s_.entries.empty()) {
            add_lines(p, b, s_.lines);
            return;
        }
        s_.entries.back().bullets.push_back(BulletData{text, b.loc, p.block});
    }

    // A short line that opens an entry without bold: a header above bullets or dates.
    bool plain_header(const SectionPart& p, const BlockData& b) const {
        const LineData& first = b.lines[p.first_line];
        if (word_count(first.text) > 12 || first.text.size() > 120) return false;
        if (s_.entries.empty()) return true;
        const EntryData& cur = s_.entries.back();
        if (!cur.bullets.empty()) return true;
        // Two dated lines in a row are two entries.
        bool dated = find_dates(first.text, data_).has_value() ||
                     (p.line_count > 1 && find_dates(b.lines[p.first_line + 1].text, data_).has_value());
        return dated && !cur.start.raw.empty() && origin_ != Origin::heading;
    }

    void paragraph(const SectionPart& p, const BlockData& b) {
        std::size_t i = p.first_line, end = std::min(p.first_line + p.line_count, b.lines.size());
        const LineData& first = b.lines[i];
        if (bold_led(first) || plain_header(p, b)) {
            maybe_group(p);
            start(p, b, first, Origin::paragraph);
            ++i;
        }
        for (; i < end; ++i) {
            const LineData& l = b.lines[i];
            if (blank(l.text)) continue;
            if (s_.entries.empty()) {
                s_.lines.push_back(FieldData{std::string(trim(l.text)), l.loc});
                continue;
            }
            if (!continuation(l)) s_.entries.back().lines.push_back(FieldData{std::string(trim(l.text)), l.loc});
        }
    }

    // Reads a line right under a header ("Acme | 2020 – Present") into the entry; false if it is not one.
    bool continuation(const LineData& l) {
        EntryData& e = s_.entries.back();
        if (!e.bullets.empty() || !e.lines.empty()) return false;
        if (word_count(l.text) > 15) return false;
        bool dated = find_dates(l.text, data_).has_value();
        bool needs_dates = e.start.raw.empty() && e.end.raw.empty();
        bool needs_org = e.organization.text.empty();
        if (!(dated && needs_dates) && !(needs_org && all_italic(l) && word_count(l.text) <= 8)) return false;
        EntryData more;
        read_entry_header(more, l, s_.kind, data_);
        if (needs_dates) {
            e.start = more.start;
            e.end = more.end;
        }
        // What the line says besides its dates joins the header's parts, sorted again.
        std::vector<FieldData> parts;
        for (auto* f : {&e.title, &e.organization, &more.title, &more.organization, &more.location})
            if (!f->text.empty()) parts.push_back(*f);
        for (const auto& f : more.lines) parts.push_back(f);
        FieldData place = e.location;
        e.title = e.organization = e.location = FieldData{};
        if (!place.text.empty()) e.location = place;
        assign_parts(e, std::move(parts), s_.kind, data_);
        return true;
    }

    SectionData& s_;
    const DocumentData& doc_;
    const NormalizerData& data_;
    bool entries_;
    Origin origin_ = Origin::paragraph;
    uint32_t level_ = 0;
    std::string group_;
    Location group_loc_;
    uint32_t group_level_ = 0;
};

}  // namespace

void read_section_content(SectionData& section, const std::vector<SectionPart>& parts, const DocumentData& doc,
                          const NormalizerData& data) {
    SectionReader(section, doc, data).read(parts);
}

}  // namespace reshost::detail
