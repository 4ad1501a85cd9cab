#include "entries.hpp"

#include "contact.hpp"
#include "dates.hpp"
#include "unicode_words.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>

namespace reshost::detail {

namespace {

// Marks a change of style, a wide gap or a removed date between two parts of a header.
constexpr char boundary = '\x1f';

bool blank(std::string_view s) { return trim(s).empty(); }

bool is_gap_char(int32_t cp) {
    return cp == ' ' || cp == 0xA0 || utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS ||
           utf8proc_category(cp) == UTF8PROC_CATEGORY_CC;
}

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

// A short line: a header or a field, not a sentence.
bool short_line(std::string_view text, std::size_t max_words) {
    std::string s = squeeze(text);
    return word_count(s) <= max_words && s.size() <= 120;
}

// True when the place test holds and no word names a school, a company or a degree.
bool is_place(std::string_view text, const NormalizerData& data) {
    // "Remote", "Remote (EU)", "Hybrid": a work mode is a place of its own.
    std::string head(text);
    if (auto open = head.find(" ("); open != std::string::npos) head.resize(open);
    if (data.work_modes.count(word_key(head))) return true;
    return looks_like_place(text, data) && !has_word(text, data.institution_words) &&
           !has_word(text, data.organization_words) && !has_word(text, data.degree_words);
}

// A place named in brackets after an employer ("Tideloop (Genève)", "Acme (Seoul (hybrid))"):
// a place, or one to four capitalised words that name no company, role or school, with
// perhaps a work mode of their own.
bool bracketed_place(std::string_view inside, const NormalizerData& data) {
    if (is_place(inside, data)) return true;
    std::string head(inside);
    if (auto open = head.find(" ("); open != std::string::npos && head.back() == ')') {
        std::string mode = head.substr(open + 2, head.size() - open - 3);
        if (!data.work_modes.count(word_key(mode))) return false;
        head.resize(open);
    }
    auto ws = words(word_key(head));
    if (ws.empty() || ws.size() > 4 || head.find_first_of("0123456789:()/") != std::string::npos) return false;
    for (const auto& w : ws)
        if (data.role_words.count(w) || data.organization_words.count(w) || data.institution_words.count(w)) return false;
    // Each word capitalised, and only at its start: "(KarrotPay)" names a brand, not a place.
    // (Short particles inside stay lower case: "Rio de Janeiro".)
    auto written = words(head);
    for (std::size_t k = 0; k < written.size(); ++k) {
        const std::string& w = written[k];
        if (k > 0 && w.size() <= 3 && letter_count(w) == w.size() && !is_all_caps(w)) continue;
        std::size_t pos = 0;
        next_code_point(w, pos);
        if (letter_count(w.substr(0, pos)) != 1 || !is_all_caps(w.substr(0, pos))) return false;
        while (pos < w.size())
            if (utf8proc_category(next_code_point(w, pos)) == UTF8PROC_CATEGORY_LU) return false;
    }
    return true;
}

// More brackets opened than closed: the text goes on on the next line.
bool opens_bracket(std::string_view text) {
    return std::count(text.begin(), text.end(), '(') > std::count(text.begin(), text.end(), ')');
}

// Splits a header on its separators: style boundaries, wide gaps, " | ", " / ",
// dashes, " at ", bullets. `loose` keeps dashes and " at " (certification names).
std::vector<std::string> split_header(const std::string& text, bool loose) {
    std::vector<std::string> parts;
    std::string cur;
    auto flush = [&] {
        std::string p = trim_punct(squeeze(cur));
        if (!p.empty()) parts.push_back(p);
        cur.clear();
    };
    auto space_at = [&](std::size_t i) { return text[i] == ' ' || text[i] == boundary || text[i] == '\t'; };
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t b = pos;
        int32_t cp = next_code_point(text, pos);
        bool space_before = b > 0 && space_at(b - 1);
        bool space_after = pos < text.size() && space_at(pos);
        if (cp == boundary || cp == '|' || cp == 0x2022 || cp == 0x00B7 || cp == 0x2014 ||
            (!loose && (cp == 0x2013 || cp == '-' || cp == '@' || cp == '/') && space_before && space_after)) {
            flush();
            continue;
        }
        // A tab or a run of three spaces lays parts out in columns ("Founder      Denver, CO").
        if (is_gap_char(cp)) {
            std::size_t e = pos;
            int run = 1;
            bool tab = cp == '\t' || cp == '\r';
            while (e < text.size()) {
                std::size_t n = e;
                int32_t c = next_code_point(text, n);
                if (!is_gap_char(c)) break;
                tab = tab || c == '\t' || c == '\r';
                ++run;
                e = n;
            }
            // Tabs between single words are how some PDFs space words; a gap needs spaces too.
            if (run >= 3 && !(tab && run < 6)) {
                flush();
                pos = e;
                continue;
            }
        }
        // (" at " may meet a style boundary: "Acme S.A. at **Engineering Manager**".)
        if (!loose && space_at(b) && text.compare(pos, 2, "at") == 0 && pos + 2 < text.size() && space_at(pos + 2)) {
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
    // The bracket that opens the last one: "Seoul (hybrid)" may be bracketed whole.
    std::size_t open = std::string::npos;
    int depth = 0;
    for (std::size_t i = part.size(); i-- > 0;) {
        if (part[i] == ')') ++depth;
        else if (part[i] == '(' && --depth == 0) {
            open = i;
            break;
        }
    }
    if (open == std::string::npos || open == 0) return {part, {}};
    std::string inside = std::string(trim(std::string_view(part).substr(open + 1, part.size() - open - 2)));
    return {std::string(trim(std::string_view(part).substr(0, open))), inside};
}

// "Acme Corp, San Francisco, CA" -> "Acme Corp", "San Francisco, CA": the
// longest tail of two or more comma parts that is a place.
std::pair<std::string, std::string> split_place_tail(const std::string& part, const NormalizerData& data) {
    for (std::size_t comma = part.find(", "); comma != std::string::npos; comma = part.find(", ", comma + 2)) {
        std::string tail = part.substr(comma + 2);
        if (tail.find(", ") == std::string::npos) break;
        if (is_place(tail, data)) return {trim_punct(part.substr(0, comma)), tail};
    }
    return {part, {}};
}

// The text of a "Label: value" line split at its colon (ASCII or full-width).
std::pair<std::string, std::string> label_split(std::string_view text) {
    for (std::string_view colon : {":", "\xEF\xBC\x9A"}) {
        auto at = text.find(colon);
        if (at != std::string_view::npos && at > 0 && at < 40)
            return {word_key(text.substr(0, at)), squeeze(text.substr(at + colon.size()))};
    }
    return {};
}

}  // namespace

bool all_bold(const LineData& line) {
    bool any = false;
    for (const auto& s : line.spans) {
        if (trim(s.text).empty()) continue;
        if (!(s.flags & RH_SPAN_BOLD)) return false;
        any = true;
    }
    return any;
}

bool has_entries(rh_section_kind kind) {
    return kind == RH_SECTION_EXPERIENCE || kind == RH_SECTION_PROJECTS || kind == RH_SECTION_EDUCATION ||
           kind == RH_SECTION_CERTIFICATIONS;
}

std::string squeeze(std::string_view text) {
    std::string out;
    bool gap = false;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t b = pos;
        int32_t cp = next_code_point(text, pos);
        if (is_gap_char(cp) || cp == '\n' || cp == '\t') {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += ' ';
        gap = false;
        out.append(text, b, pos - b);
    }
    return out;
}

bool has_word(std::string_view text, const std::unordered_set<std::string>& set) {
    std::string plain;
    for (char c : text)
        if (c != '.') plain += c;
    for (const auto& w : words(word_key(plain)))
        if (set.count(w)) return true;
    return false;
}

bool starts_with_bullet(std::string_view text) { return strip_bullet(text).size() < trim(text).size(); }

std::string strip_bullet(std::string_view text) {
    std::string_view t = trim(text);
    std::size_t pos = 0;
    int32_t cp = next_code_point(t, pos);
    bool glyph = cp == 0x2022 || cp == 0x25AA || cp == 0x25E6 || cp == 0x2023 || cp == 0x25CF || cp == 0x25CB ||
                 cp == 0x25A0 || cp == 0x25A1 || cp == 0x27A2 || cp == 0x25BA || cp == 0x2713 || cp == 0x2714 ||
                 cp == 0x2043 || cp == 0x2219 || cp == 0x25B8 || cp == 0x25B6 || cp == 0x2192 ||
                 (cp >= 0xE000 && cp <= 0xF8FF);  // a symbol font's bullet (U+F0B7)
    bool ascii = (cp == '-' || cp == '*' || cp == '+') && pos < t.size() && t[pos] == ' ';
    if (glyph || ascii) t = trim(t.substr(pos));
    return std::string(t);
}

// "Software Engineer, Google": a comma splits a header's one part into a title and its company
// (or a name and its "City, Region"); `comma_whole` keeps the part as written.
void split_title_comma(std::vector<std::string>& parts, rh_section_kind kind, const NormalizerData& data,
                       std::string* comma_whole) {
    auto comma = parts[0].find(", ");
    if (comma == std::string::npos) return;
    std::string head = trim_punct(parts[0].substr(0, comma)), rest = trim_punct(parts[0].substr(comma + 2));
    // "Staff Engineer, Infrastructure, Nordlicht (Remote)": a title and its team, then the company
    // (where the last part names no known place: "Software Engineer, Austin, TX" keeps its place).
    auto last = parts[0].rfind(", ");
    if (last != comma && kind == RH_SECTION_EXPERIENCE && has_word(head, data.role_words)) {
        std::string end = trim_punct(parts[0].substr(last + 2));
        std::string bare = split_parenthesis(end).first;
        bool code = bare.size() == 2 && is_all_caps(bare);
        bool known_place = code || data.phone_regions.count(word_key(bare)) > 0;
        if (!known_place && !has_word(end, data.role_words) && !(word_count(end) == 1 && has_word(end, data.organization_words))) {
            parts = {trim_punct(parts[0].substr(0, last)), end};
            if (comma_whole) *comma_whole = parts[0] + ", " + end;
            return;
        }
    }
    bool suffix = word_count(rest) == 1 && has_word(rest, data.organization_words);
    bool titled = kind != RH_SECTION_EXPERIENCE || has_word(head, data.role_words) || has_word(rest, data.role_words);
    auto [named, place] = split_place_tail(parts[0], data);
    if (!place.empty()) parts = {named, place};
    else if (!suffix && titled && !rest.empty() && !is_place(parts[0], data)) {
        if (comma_whole) *comma_whole = parts[0];
        parts = {head, rest};
    }
}

void read_entry_header(EntryData& entry, const LineData& line, rh_section_kind kind, const NormalizerData& data,
                       bool grouped, std::string* comma_whole) {
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
    // The words before a date ("Expected Graduation:") and what is left of a date ("2014" after
    // "Summer 2013, ") name no part.
    std::erase_if(parts, [&](const std::string& p) {
        return data.date_labels.count(word_key(p)) > 0 || letter_count(p) == 0;
    });
    // Under an employer's line, "Staff Engineer, Infrastructure" is a title and its team.
    if (parts.size() == 1 && kind != RH_SECTION_CERTIFICATIONS && !grouped) split_title_comma(parts, kind, data, comma_whole);
    std::vector<FieldData> fields;
    for (auto& p : parts) fields.push_back(FieldData{p, line.loc});
    assign_parts(entry, std::move(fields), kind, data, grouped);
}

void assign_parts(EntryData& entry, std::vector<FieldData> parts, rh_section_kind kind, const NormalizerData& data,
                  bool grouped) {
    // A "City, Region" part is the place, wherever it is written.
    if (parts.size() > 1 && entry.location.text.empty())
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (is_place(parts[i].text, data)) {
                entry.location = parts[i];
                parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
    // A place in brackets is taken out of its part: "Tideloop (Genève)" after an employer, but
    // only a known kind of place after a title or a school ("Engineer (KarrotPay)", "BSc (Hons)").
    // (A part after the first that is a place with its work mode, "Lisboa (hybrid)", is one whole,
    // unless it is the only part left to name the employer of the title before it; under an
    // employer's line the employer is named already.)
    bool employer_left = grouped || parts.size() >= 3 || (!parts.empty() && !has_word(parts[0].text, data.role_words));
    for (std::size_t i = 1; employer_left && i < parts.size() && entry.location.text.empty(); ++i)
        if (kind == RH_SECTION_EXPERIENCE && parts[i].text.back() == ')' && bracketed_place(parts[i].text, data)) {
            entry.location = parts[i];
            parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
        }
    for (auto& p : parts) {
        if (!entry.location.text.empty()) break;
        auto [head, inside] = split_parenthesis(p.text);
        if (inside.empty() || head.empty() || is_place(head, data)) continue;
        bool employer = kind == RH_SECTION_EXPERIENCE && !has_word(head, data.role_words);
        if (!(employer ? bracketed_place(inside, data) : is_place(inside, data))) continue;
        p.text = head;
        entry.location = FieldData{inside, p.loc};
    }
    // A sentence after the name ("**TaskFlow:** A Go task runner") describes; it names nothing.
    std::vector<FieldData> names;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0 && word_count(parts[i].text) > 8) entry.lines.push_back(parts[i]);
        else names.push_back(parts[i]);
    }
    auto first_with = [&](const std::unordered_set<std::string>& words_set, bool want) -> std::ptrdiff_t {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (has_word(names[i].text, words_set) == want) return static_cast<std::ptrdiff_t>(i);
        return -1;
    };
    auto to_front = [&](std::ptrdiff_t i) {
        if (i > 0) std::rotate(names.begin(), names.begin() + i, names.begin() + i + 1);
    };
    bool organized = !entry.organization.text.empty();
    if (names.size() >= 2 && kind == RH_SECTION_EXPERIENCE) {
        // The title first: the part with a job title's words, else the one without a company's.
        std::ptrdiff_t title = first_with(data.role_words, true);
        if (title < 0 && has_word(names[0].text, data.organization_words)) title = first_with(data.organization_words, false);
        to_front(title);
    } else if (names.size() >= 2 && kind == RH_SECTION_EDUCATION) {
        // The degree first, then the school.
        std::ptrdiff_t degree = first_with(data.degree_words, true);
        if (degree < 0 && has_word(names[0].text, data.institution_words)) degree = first_with(data.institution_words, false);
        to_front(degree);
        if (!organized && names.size() >= 3 && !has_word(names[1].text, data.institution_words)) {
            std::ptrdiff_t school = first_with(data.institution_words, true);
            if (school > 1) std::rotate(names.begin() + 1, names.begin() + school, names.begin() + school + 1);
        }
    }
    std::size_t k = 0;
    for (FieldData* f : {&entry.title, &entry.organization, &entry.location})
        if (k < names.size() && f->text.empty()) *f = names[k++];
    for (; k < names.size(); ++k) entry.lines.push_back(names[k]);
    // "Hardvard, USA" or "Google, Mountain View, CA" where no company was named: the first comma part.
    if (entry.organization.text.empty() && !entry.title.text.empty() && !entry.location.text.empty() &&
        (kind == RH_SECTION_EXPERIENCE || kind == RH_SECTION_EDUCATION)) {
        const std::string& place = entry.location.text;
        auto comma = place.find(", ");
        // Only where the title says what it is: a degree without its school, a role without its company.
        bool titled = has_word(entry.title.text, kind == RH_SECTION_EDUCATION ? data.degree_words : data.role_words);
        bool named = titled && (kind == RH_SECTION_EDUCATION || place.find(", ", comma + 2) != std::string::npos);
        if (comma != std::string::npos && named) {
            entry.organization = FieldData{place.substr(0, comma), entry.location.loc};
            entry.location.text = place.substr(comma + 2);
        }
    }
}

namespace {

enum class Origin { heading, paragraph, list, labels };

class SectionReader {
public:
    SectionReader(SectionData& s, const DocumentData& doc, const NormalizerData& data)
        : s_(s), doc_(doc), data_(data), entries_(has_entries(s.kind)) {}

    void read(const std::vector<SectionPart>& parts) {
        for (std::size_t k = 0; k < parts.size(); ++k) {
            const SectionPart& p = parts[k];
            const BlockData& b = doc_.blocks[p.block];
            if (p.line_count == 0 || p.first_line >= b.lines.size()) continue;
            next_dated_ = false;
            if (k + 1 < parts.size() && !parts[k + 1].heading) {
                const BlockData& n = doc_.blocks[parts[k + 1].block];
                if (parts[k + 1].first_line < n.lines.size()) next_dated_ = dates_line(n.lines[parts[k + 1].first_line]);
            }
            if (!entries_) {
                add_lines(p, b, s_.lines);
                continue;
            }
            if (labelled(p, b)) continue;
            if (p.heading) heading(p, b);
            else if (b.kind == RH_BLOCK_LIST_ITEM) list_item(p, b);
            else paragraph(p, b);
        }
        read_marker_free_bullets();
        for (auto& e : s_.entries) summary_before_bullets(e);
        for (std::size_t i = 0; i < s_.entries.size(); ++i) {
            EntryData& e = s_.entries[i];
            std::vector<uint32_t> blocks;
            if (i < header_blocks_.size()) blocks.push_back(header_blocks_[i]);
            for (const auto& bl : e.bullets) blocks.push_back(bl.block);
            read_entry_fields(e, s_.kind, doc_, data_, blocks);
        }
        // A header of punctuation only ("** & **") makes no entry.
        std::erase_if(s_.entries, [](const EntryData& e) {
            return e.title.text.empty() && e.organization.text.empty() && e.location.text.empty() &&
                   e.start.raw.empty() && e.end.raw.empty() && e.bullets.empty() && e.lines.empty();
        });
    }

private:
    void add_lines(const SectionPart& p, const BlockData& b, std::vector<FieldData>& out) {
        for (std::size_t i = p.first_line; i < p.first_line + p.line_count && i < b.lines.size(); ++i) {
            std::string t = squeeze(b.kind == RH_BLOCK_LIST_ITEM ? strip_bullet(b.lines[i].text) : b.lines[i].text);
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
        comma_whole_.clear();
        read_entry_header(e, header, s_.kind, data_, !group_.empty(), &comma_whole_);
        bool dated = !e.start.raw.empty() || !e.end.raw.empty();
        // Under an employer's line, an undated header names the next employer.
        if (!group_.empty() && group_by_line_ && !dated && employer_line(e)) group_.clear();
        if (!group_.empty() && e.organization.text.empty() && e.title.text != group_) {
            e.organization = FieldData{group_, group_loc_};
            if (e.location.text.empty()) e.location = group_place_;
        }
        // Dates written on a line of their own above the header ("2010-2014" over "**PhD**; ...") are its dates.
        if (!s_.entries.empty() && e.start.raw.empty() && e.end.raw.empty()) {
            EntryData& prev = s_.entries.back();
            if (prev.title.text.empty() && prev.organization.text.empty() && prev.location.text.empty() &&
                prev.bullets.empty() && prev.lines.empty() && !(prev.start.raw.empty() && prev.end.raw.empty())) {
                e.start = prev.start;
                e.end = prev.end;
                e.loc = prev.loc;
                s_.entries.pop_back();
                header_blocks_.resize(s_.entries.size());
            }
        }
        for (DateData* d : {&e.start, &e.end}) d->raw = squeeze(d->raw);
        s_.entries.push_back(std::move(e));
        header_blocks_.resize(s_.entries.size() - 1);
        header_blocks_.push_back(p.block);
        origin_ = origin;
        level_ = p.level;
        return s_.entries.back();
    }

    // A header line below a bare employer entry makes it a group.
    // An undated line that names an employer, not a position ("Nimbusleaf", "Deltaleaf AS | Trondheim").
    bool employer_line(const EntryData& e) const {
        return e.start.raw.empty() && e.end.raw.empty() && e.bullets.empty() && e.lines.empty() &&
               !e.title.text.empty() && !has_word(e.title.text, data_.role_words) &&
               !has_word(e.organization.text, data_.role_words);
    }

    // A header line below a bare employer heading, or a dated header line below an employer's
    // line, makes the employer a group of positions.
    void maybe_group(const SectionPart& p, bool dated_next = false) {
        if (s_.entries.empty()) return;
        const EntryData& prev = s_.entries.back();
        bool by_heading = origin_ == Origin::heading && bare(prev) && !(p.heading && p.level <= level_);
        bool by_line = !by_heading && dated_next && s_.kind == RH_SECTION_EXPERIENCE && employer_line(prev);
        if (!by_heading && !by_line) return;
        group_ = prev.title.text;
        group_loc_ = prev.title.loc.value_or(prev.loc);
        // "Deltaleaf AS | Trondheim": the second part of an employer's line is its place.
        group_place_ = !prev.location.text.empty() ? prev.location : prev.organization;
        group_level_ = level_;
        group_by_heading_ = by_heading;
        group_by_line_ = by_line;
        s_.entries.pop_back();
        header_blocks_.resize(s_.entries.size());
    }

    // Entries written as "Company: Acme" / "Position: Engineer" / "Dates: 2019 – 2021"
    // lines or headings: a label already filled in the current entry starts the next.
    bool labelled(const SectionPart& p, const BlockData& b) {
        const LineData& first = b.lines[p.first_line];
        auto [key, value] = label_split(first.text);
        auto field = data_.entry_labels.find(key);
        if (key.empty() || field == data_.entry_labels.end()) {
            if (origin_ != Origin::labels || s_.entries.empty()) return false;
            // The value of a label written alone above it, or the description's text.
            if (!pending_.empty()) {
                fill(pending_, squeeze(first.text), first.loc);
                pending_.clear();
                return true;
            }
            return false;
        }
        const std::string& f = field->second;
        EntryData* cur = s_.entries.empty() ? nullptr : &s_.entries.back();
        bool filled = cur && ((f == "title" && !cur->title.text.empty()) ||
                              (f == "organization" && !cur->organization.text.empty()) ||
                              (f == "dates" && !(cur->start.raw.empty() && cur->end.raw.empty())) ||
                              (f == "place" && !cur->location.text.empty()));
        // "Role: Developer" in the list of details under a project's own header line describes
        // that project; only an entry made of labels starts over at a label it already has.
        if (cur && filled && origin_ != Origin::labels && b.kind == RH_BLOCK_LIST_ITEM) return false;
        if (!cur || filled) {
            EntryData e;
            e.loc = b.loc;
            s_.entries.push_back(std::move(e));
            origin_ = Origin::labels;
        }
        pending_.clear();
        if (f == "description") {
            if (!value.empty()) s_.entries.back().lines.push_back(FieldData{value, first.loc});
            // "Project Description:" over its paragraph in the same block: the paragraph is the text.
            for (std::size_t i = p.first_line + 1; i < p.first_line + p.line_count && i < b.lines.size(); ++i)
                if (std::string t = squeeze(b.lines[i].text); !t.empty())
                    s_.entries.back().lines.push_back(FieldData{t, b.lines[i].loc});
            origin_ = Origin::paragraph;  // what follows is the entry's text
            return true;
        }
        if (value.empty()) pending_ = f;
        else fill(f, value, first.loc);
        return true;
    }

    void fill(const std::string& field, const std::string& value, const Location& loc) {
        EntryData& e = s_.entries.back();
        if (field == "title") e.title = FieldData{value, loc};
        else if (field == "organization") e.organization = FieldData{value, loc};
        else if (field == "place") e.location = FieldData{value, loc};
        else if (field == "dates") {
            if (auto d = find_dates(value, data_)) {
                e.start = d->start;
                e.end = d->end;
            } else {
                e.start = DateData{value, {}, "no date in \"" + value + "\""};
            }
        }
    }

    void heading(const SectionPart& p, const BlockData& b) {
        if (!group_.empty() && p.level <= group_level_) group_.clear();
        // (A position heading over its dates, under an employer's line, joins the employer.)
        maybe_group(p, next_dated_ && !find_dates(b.lines[p.first_line].text, data_));
        start(p, b, b.lines[p.first_line], Origin::heading);
        for (std::size_t i = p.first_line + 1; i < p.first_line + p.line_count && i < b.lines.size(); ++i)
            continuation(b.lines[i], i == p.first_line + 1);
    }

    // A line inside a list item or paragraph that is a header of its own: short,
    // holding a date range (an importer that merged the next entry into a bullet).
    bool inner_header(const LineData& l) const {
        if (!short_line(l.text, 12) || starts_with_bullet(l.text)) return false;
        auto d = find_dates(l.text, data_);
        if (!d) return false;
        // A bold name with a date ("**YMCA, Pomona, CA**   Summer 2013") heads an entry too.
        if (bold_led(l)) return true;
        if (!d->range) return false;
        // The range ends the line or starts it, as in a header.
        std::string t = std::string(trim(l.text));
        return d->pos + d->len + 2 >= t.size() || d->pos <= 2;
    }

    // A short line holding a date range and little else ("Apr 2022 — Current").
    bool dates_only(const LineData& l) const {
        if (!short_line(l.text, 8) || starts_with_bullet(l.text)) return false;
        auto d = find_dates(l.text, data_);
        if (!d || !d->range) return false;
        std::string rest = l.text.substr(0, d->pos) + l.text.substr(d->pos + d->len);
        return letter_count(rest) <= 3;
    }

    // An item drawn without a marker that is an entry's header: a short first line over its
    // dates ("Data Engineer at Acme" / "Apr 2022 — Current"), or over its company and then
    // its dates; or one line ending in a date range. Layouts without list markers make every
    // line an item.
    bool unmarked_header(const SectionPart& p, const BlockData& b) const {
        if (!b.marker.empty() || b.level > 1) return false;
        std::size_t end = std::min(p.first_line + p.line_count, b.lines.size());
        const LineData& first = b.lines[p.first_line];
        if (!short_line(first.text, 12) || sentence(first.text) || stack_line(first)) return false;
        if (find_dates(first.text, data_)) {
            // Under a header still waiting for its dates, a dated line ends that header.
            if (!s_.entries.empty()) {
                const EntryData& e = s_.entries.back();
                if (e.start.raw.empty() && e.end.raw.empty() && e.bullets.empty() && e.lines.empty()) return false;
            }
            return !dates_only(first) && inner_header(first);
        }
        for (std::size_t j = p.first_line + 1; j < end && j <= p.first_line + 2; ++j) {
            if (dates_only(b.lines[j])) return true;
            if (!short_line(b.lines[j].text, 8) || sentence(b.lines[j].text) || find_dates(b.lines[j].text, data_)) return false;
        }
        return false;
    }

    void list_item(const SectionPart& p, const BlockData& b) {
        const LineData& first = b.lines[p.first_line];
        std::size_t item_end = std::min(p.first_line + p.line_count, b.lines.size());
        if (unmarked_header(p, b)) {
            header_lines(p, b, p.first_line, item_end);
            return;
        }
        // The dates of the header above (or the end of its wrapped line), taken for an item of their own.
        if (b.marker.empty() && !s_.entries.empty() && b.level <= 1 && short_line(first.text, 12) &&
            find_dates(first.text, data_) && continuation(first, true)) {
            body(b, p.first_line + 1, item_end);
            return;
        }
        bool top = b.level <= 1;
        bool items = s_.kind == RH_SECTION_PROJECTS || s_.kind == RH_SECTION_CERTIFICATIONS;
        bool bold = bold_led(first, items);
        bool leads = top && (bold || s_.kind == RH_SECTION_CERTIFICATIONS ||
                             (items && (s_.entries.empty() || (origin_ == Origin::list && plain_item_))));
        if (leads && (s_.entries.empty() || origin_ == Origin::list)) {
            start(p, b, first, Origin::list);
            plain_item_ = !bold;
            // The rest of the item describes the entry.
            for (std::size_t i = p.first_line + 1; i < p.first_line + p.line_count && i < b.lines.size(); ++i)
                if (!blank(b.lines[i].text)) s_.entries.back().lines.push_back(FieldData{squeeze(b.lines[i].text), b.lines[i].loc});
            return;
        }
        std::size_t end = std::min(p.first_line + p.line_count, b.lines.size());
        std::string text;
        std::size_t i = p.first_line;
        // (A "Tech stack: Go, Kafka" line read with the role's last bullet ends it.)
        bool stack_after = false;
        for (; i < end; ++i) {
            if (i > p.first_line && inner_header(b.lines[i])) break;
            if (i > p.first_line && !s_.entries.empty() && stack_line(b.lines[i])) {
                stack_after = true;
                break;
            }
            if (!text.empty()) text += ' ';
            text += squeeze(b.lines[i].text);
        }
        text = strip_bullet(text);
        // A sub-bullet details the bullet above it: the role's text, not one of its bullets.
        if (!text.empty() && !top && !s_.entries.empty() && s_.kind == RH_SECTION_EXPERIENCE) {
            s_.entries.back().lines.push_back(FieldData{text, first.loc});
            text.clear();
        }
        if (!text.empty()) {
            if (s_.entries.empty()) {
                SectionPart head = p;
                head.line_count = i - p.first_line;
                add_lines(head, b, s_.lines);
            } else {
                s_.entries.back().bullets.push_back(BulletData{text, b.loc, p.block});
            }
        }
        if (i < end && stack_after) body(b, i, end);
        else if (i < end) header_lines(p, b, i, end);
    }

    // Lines [i, end) of a block that start with an entry header.
    void header_lines(const SectionPart& p, const BlockData& b, std::size_t i, std::size_t end) {
        start(p, b, b.lines[i], Origin::paragraph);
        body(b, i + 1, end);
    }

    // A short line with dates, no bullet: the dates of a header written on lines of its own.
    bool dates_line(const LineData& l) const {
        return short_line(l.text, 12) && !starts_with_bullet(l.text) && find_dates(l.text, data_).has_value();
    }

    // "Tech stack: Go, Kafka" under a role: a line of the entry, not the header of the next.
    bool stack_line(const LineData& l) const {
        auto [key, value] = label_split(l.text);
        return !key.empty() && !value.empty() && data_.stack_labels.count(key) > 0;
    }

    // A short line that opens an entry without bold: a header above bullets or dates.
    bool plain_header(const SectionPart& p, const BlockData& b) const {
        const LineData& first = b.lines[p.first_line];
        if (!short_line(first.text, 12) || starts_with_bullet(first.text) || stack_line(first)) return false;
        if (s_.entries.empty()) return true;
        const EntryData& cur = s_.entries.back();
        // After bullets a short line heads the next entry, unless it reads as prose: a bullet
        // written without a marker ("Mentored 6 junior engineers; 2 were promoted").
        if (!cur.bullets.empty()) return !prose(first.text);
        // Two dated lines in a row are two entries.
        // (The dates may be the next block: a header's cell beside its dates' cell.)
        bool dated = find_dates(first.text, data_).has_value() ||
                     (p.line_count > 1 && find_dates(b.lines[p.first_line + 1].text, data_).has_value()) ||
                     (p.line_count == 1 && next_dated_ && !prose(first.text));
        return dated && (!cur.start.raw.empty() || !cur.end.raw.empty()) && origin_ != Origin::heading;
    }

    // A job title alone on its line right under an employer's line ("Graniteforge Analytics —
    // Thessaloníki" over "Software Engineer I" over "10/2020–6/2022"): the employer's first position.
    bool position_under_employer(const LineData& l) const {
        if (s_.entries.empty() || s_.kind != RH_SECTION_EXPERIENCE || origin_ == Origin::heading) return false;
        return employer_line(s_.entries.back()) && short_line(l.text, 8) && has_word(l.text, data_.role_words) &&
               !find_dates(l.text, data_) && !prose(l.text);
    }

    // A bare heading that names a role ("### Data Scientist") over the line with its company and dates.
    bool completes_heading(const LineData& l) const {
        if (s_.entries.empty() || origin_ != Origin::heading || !bare(s_.entries.back())) return false;
        if (s_.kind != RH_SECTION_EXPERIENCE || !has_word(s_.entries.back().title.text, data_.role_words)) return false;
        return short_line(l.text, 15) && find_dates(l.text, data_).has_value() && !has_word(l.text, data_.role_words);
    }

    // A short bold line right under a dated header, before any bullet, that labels the bullets
    // ("**Key Contributions**", "**Highlights:**"): it names nothing.
    bool bullet_label(const SectionPart& p, const BlockData& b) const {
        if (s_.entries.empty() || p.line_count != 1 || s_.kind != RH_SECTION_EXPERIENCE) return false;
        const EntryData& e = s_.entries.back();
        const LineData& l = b.lines[p.first_line];
        if (e.start.raw.empty() && e.end.raw.empty()) return false;
        if (!e.bullets.empty() || !all_bold(l) || word_count(l.text) > 4 || find_dates(l.text, data_)) return false;
        return split_header(marked_text(l), false).size() == 1 && !has_word(l.text, data_.role_words);
    }

    void paragraph(const SectionPart& p, const BlockData& b) {
        std::size_t i = p.first_line, end = std::min(p.first_line + p.line_count, b.lines.size());
        const LineData& first = b.lines[i];
        if (bullet_label(p, b)) return;
        // "Stack: Go, Kafka" closing a role, set like the next role's header and read with it:
        // the role's line, then the header.
        // (Taken in a loop, so the call below goes one level deep whatever the block holds.)
        while (!s_.entries.empty() && i + 1 < end && stack_line(b.lines[i]) && bold_led(b.lines[i + 1]) &&
               !stack_line(b.lines[i + 1])) {
            s_.entries.back().lines.push_back(FieldData{squeeze(b.lines[i].text), b.lines[i].loc});
            ++i;
        }
        if (i != p.first_line) {
            SectionPart rest = p;
            rest.first_line = i;
            rest.line_count = end - i;
            paragraph(rest, b);
            return;
        }
        if (completes_heading(first)) {
            continuation(first, true);
            ++i;
        } else if ((bold_led(first) && !stack_line(first)) || plain_header(p, b) || position_under_employer(first)) {
            // A new bold employer ends the positions grouped under the previous one.
            // A new bold employer ends the positions grouped under a dated employer's line.
            if (bold_led(first) && !group_by_heading_ && !group_by_line_) group_.clear();
            bool dated = find_dates(first.text, data_).has_value() ||
                         (end > i + 1 && find_dates(b.lines[i + 1].text, data_).has_value()) ||
                         position_under_employer(first);
            maybe_group(p, dated);
            start(p, b, first, Origin::paragraph);
            ++i;
        }
        body(b, i, end);
    }

    // The lines of an entry below its header: continuations, bullets written as
    // glyphs, further headers, text.
    void body(const BlockData& b, std::size_t i, std::size_t end) {
        bool in_bullet = false;
        for (; i < end; ++i) {
            const LineData& l = b.lines[i];
            if (blank(l.text)) continue;
            if (s_.entries.empty()) {
                s_.lines.push_back(FieldData{squeeze(l.text), l.loc});
                continue;
            }
            EntryData& e = s_.entries.back();
            // Bullets indented as code under a role's text ("    - Rolled out behind a flag") detail
            // the line above them: the role's text, not bullets of their own.
            if (b.kind == RH_BLOCK_CODE && s_.kind == RH_SECTION_EXPERIENCE && starts_with_bullet(l.text)) {
                e.lines.push_back(FieldData{squeeze(strip_bullet(l.text)), l.loc});
                continue;
            }
            if (starts_with_bullet(l.text)) {
                e.bullets.push_back(BulletData{squeeze(strip_bullet(l.text)), l.loc, static_cast<uint32_t>(&b - doc_.blocks.data())});
                in_bullet = true;
                continue;
            }
            bool next_to_header = e.bullets.empty() && e.lines.empty();
            // A header line whose bracket closes on the next line ("… JSC (Ho Chi Minh City" over
            // "(hybrid))") is one line.
            LineData joined;
            if (next_to_header && i + 1 < end && opens_bracket(l.text) && !opens_bracket(b.lines[i + 1].text) &&
                short_line(b.lines[i + 1].text, 3)) {
                joined = l;
                joined.text += ' ' + b.lines[i + 1].text;
                for (const auto& sp : b.lines[i + 1].spans) {
                    joined.spans.push_back(sp);
                    if (joined.spans.size() > 1) joined.spans.back().text.insert(0, " ");
                }
                if (!in_bullet && continuation(joined, next_to_header, false)) {
                    ++i;
                    continue;
                }
            }
            // "Title" / "Company" / "Dates" on three lines: the line before the dates still names.
            // (The dates may open the next block: a header broken across a page.)
            bool dates_next = next_to_header && e.start.raw.empty() && e.end.raw.empty() &&
                              (i + 1 < end ? dates_line(b.lines[i + 1]) : next_dated_);
            if (!in_bullet && i > 0 && wrapped_name(b.lines[i - 1], l, dates_next)) continue;
            if (!in_bullet && continuation(l, next_to_header, dates_next)) continue;
            // Certifications go one a line: a dated line after a dated one is the next.
            if (s_.kind == RH_SECTION_CERTIFICATIONS && !(e.start.raw.empty() && e.end.raw.empty()) &&
                short_line(l.text, 20) && find_dates(l.text, data_)) {
                SectionPart part{static_cast<uint32_t>(&b - doc_.blocks.data()), i, 1, false, 0};
                start(part, b, l, Origin::paragraph);
                in_bullet = false;
                continue;
            }
            if (!next_to_header && inner_header(l)) {
                SectionPart part{static_cast<uint32_t>(&b - doc_.blocks.data()), i, 1, false, 0};
                start(part, b, l, Origin::paragraph);
                in_bullet = false;
                continue;
            }
            // A wrapped bullet goes on below its glyph.
            if (in_bullet && !e.bullets.empty()) {
                e.bullets.back().text += ' ' + squeeze(l.text);
                continue;
            }
            // A plain paragraph under a role may be one of its bullets written without a marker.
            // (read_marker_free_bullets tells those from text after a role's bullets.)
            if ((b.kind == RH_BLOCK_PARAGRAPH || b.kind == RH_BLOCK_TABLE_CELL) && !all_italic(l) && !stack_line(l))
                marker_free_.push_back({s_.entries.size() - 1, e.lines.size(), static_cast<uint32_t>(&b - doc_.blocks.data())});
            e.lines.push_back(FieldData{squeeze(l.text), l.loc});
        }
    }

    // In a list written without markers, a first line that ends as a sentence where none of the
    // bullets under it does is the role's summary ("Backend work across several product squads."
    // over "Built the search backend in Go"), not a bullet.
    void summary_before_bullets(EntryData& e) const {
        if (s_.kind != RH_SECTION_EXPERIENCE || e.bullets.size() < 3) return;
        auto unmarked = [&](const BulletData& b) {
            const BlockData& blk = doc_.blocks[b.block];
            return blk.kind != RH_BLOCK_LIST_ITEM || blk.marker.empty();
        };
        if (!std::all_of(e.bullets.begin(), e.bullets.end(), unmarked)) return;
        auto sentence_end = [](const std::string& t) { return !t.empty() && t.back() == '.'; };
        if (!sentence_end(e.bullets.front().text)) return;
        if (std::any_of(e.bullets.begin() + 1, e.bullets.end(), [&](const BulletData& b) { return sentence_end(b.text); })) return;
        e.lines.insert(e.lines.begin(), FieldData{e.bullets.front().text, e.bullets.front().loc});
        e.bullets.erase(e.bullets.begin());
    }

    // Roles whose text is two or more paragraphs and no bullets list their bullets without
    // markers, a paragraph each ("Cut p99 latency…" / "Migrated 14 services…"); an italic
    // line stays the role's summary.
    void read_marker_free_bullets() {
        if (s_.kind != RH_SECTION_EXPERIENCE) return;
        for (std::size_t i = 0; i < marker_free_.size();) {
            std::size_t entry = marker_free_[i].entry, j = i;
            std::vector<std::pair<uint32_t, std::vector<std::size_t>>> paragraphs;  // block, its lines
            for (; j < marker_free_.size() && marker_free_[j].entry == entry; ++j) {
                if (paragraphs.empty() || paragraphs.back().first != marker_free_[j].block)
                    paragraphs.push_back({marker_free_[j].block, {}});
                paragraphs.back().second.push_back(marker_free_[j].line);
            }
            i = j;
            EntryData& e = s_.entries[entry];
            // Bullets that all follow the first such paragraph are nested under the paragraphs
            // ("Expanded the fraud-scoring service…" over "• Documented the runbook"): details.
            bool nested = !e.bullets.empty() && std::all_of(e.bullets.begin(), e.bullets.end(), [&](const BulletData& b) {
                return b.block > paragraphs.front().first;
            });
            if (paragraphs.size() < 2 || (!e.bullets.empty() && !nested)) continue;
            if (nested) {
                for (auto& b : e.bullets) e.lines.push_back(FieldData{b.text, b.loc});
                e.bullets.clear();
            }
            std::vector<bool> taken(e.lines.size(), false);
            for (const auto& [block, lines] : paragraphs) {
                BulletData bullet{{}, e.lines[lines.front()].loc.value_or(doc_.blocks[block].loc), block};
                for (std::size_t l : lines) {
                    if (!bullet.text.empty()) bullet.text += ' ';
                    bullet.text += e.lines[l].text;
                    taken[l] = true;
                }
                e.bullets.push_back(std::move(bullet));
            }
            std::vector<FieldData> rest;
            for (std::size_t l = 0; l < e.lines.size(); ++l)
                if (!taken[l]) rest.push_back(std::move(e.lines[l]));
            e.lines = std::move(rest);
        }
    }

    // A company's name wrapped under its header, the dates set right on the line above
    // ("Junior Developer — Emberwind   Jun. 2020–Dec. 2023" over "Systems LLC"): the name goes on.
    // (Or with the dates on the line after the name's end: "… at Heliobridge Mobility" / "N.V." /
    // "Oct. 2021 — Apr. 2022".)
    bool wrapped_name(const LineData& header, const LineData& l, bool dates_next) {
        EntryData& e = s_.entries.back();
        if (!e.bullets.empty() || !e.lines.empty() || !e.location.text.empty() || e.organization.text.empty()) return false;
        if (s_.kind != RH_SECTION_EXPERIENCE || word_count(l.text) > 4 || l.spans.empty()) return false;
        if (find_dates(l.text, data_) || is_place(l.text, data_) || has_word(l.text, data_.role_words)) return false;
        std::string written = squeeze(header.text);
        auto d = find_dates(written, data_);
        if (!d && !dates_next) return false;
        if (d) written = cut(written, d->pos, d->len);
        std::replace(written.begin(), written.end(), boundary, ' ');
        written = std::string(trim(written));
        const std::string& org = e.organization.text;
        if (written.size() < org.size() || written.compare(written.size() - org.size(), org.size(), org) != 0) return false;
        // Set as the name is (a team under it is set otherwise).
        auto last_word = org.substr(org.rfind(' ') + 1);
        const SpanData* name = nullptr;
        for (const auto& sp : header.spans)
            if (sp.text.find(last_word) != std::string::npos) name = &sp;
        auto first = std::find_if(l.spans.begin(), l.spans.end(), [](const SpanData& sp) { return !blank(sp.text); });
        constexpr uint32_t style = RH_SPAN_BOLD | RH_SPAN_ITALIC;
        if (!name || first == l.spans.end() || (name->flags & style) != (first->flags & style) || name->font != first->font ||
            std::fabs(name->size - first->size) > 0.25f)
            return false;
        e.organization.text += ' ' + squeeze(l.text);
        return true;
    }

    // Reads a line right under a header ("Acme | 2020 – Present") into the entry; false if it is not one.
    bool continuation(const LineData& l, bool next_to_header, bool dates_next = false) {
        EntryData& e = s_.entries.back();
        if (!e.bullets.empty() || !e.lines.empty()) return false;
        if (!short_line(l.text, 15) || starts_with_bullet(l.text)) return false;
        bool dated = find_dates(l.text, data_).has_value();
        bool has_dates = !(e.start.raw.empty() && e.end.raw.empty());
        // "Working Student, Backend   2018.11 – 2019.03" over "Blueshift": the comma was the title's own.
        if (!comma_whole_.empty() && next_to_header && !dated && s_.kind == RH_SECTION_EXPERIENCE &&
            short_line(l.text, 8) && !sentence(l.text) && e.location.text.empty() &&
            !(split_header(marked_text(l), false).size() == 1 && is_place(l.text, data_))) {
            e.title.text = comma_whole_;
            e.organization = FieldData{};
        }
        comma_whole_.clear();
        // "Liège, Belgium" alone under a header: its place.
        if (next_to_header && !dated && e.location.text.empty() && !e.title.text.empty() &&
            short_line(l.text, 6) && l.text.find(", ") != std::string::npos &&
            split_header(marked_text(l), false).size() == 1 && is_place(l.text, data_)) {
            e.location = FieldData{squeeze(l.text), l.loc};
            return true;
        }
        // (An employer taken from the group above gives way to one named under the title over
        // its dates: "BACKEND DEVELOPER INTERN" / "Orbitware · Remote" / "May ’18–Sep ’18".)
        bool inherited = !e.group.empty() && e.organization.text == e.group && dates_next && !dated;
        bool needs_org = e.organization.text.empty() || inherited;
        bool italic_org = needs_org && all_italic(l) && short_line(l.text, 8);
        // An undated short line right under a dated title, or under a bare heading, names its
        // company, school or degree ("Turing School", "### Cornell University" over "BS in CS").
        bool under_bare = origin_ == Origin::heading && bare(e);
        // (A place in brackets after the name does not make the line long.)
        bool named = needs_org && next_to_header && !dated && (has_dates || under_bare || dates_next) &&
                     short_line(split_parenthesis(squeeze(l.text)).first, 8) &&
                     (s_.kind == RH_SECTION_EXPERIENCE || s_.kind == RH_SECTION_EDUCATION) && !sentence(l.text);
        // A dated line under a dated employer is its first position ("_CEO | Dec. 2013 – Dec. 2014_").
        bool position = dated && has_dates && needs_org && next_to_header && s_.kind == RH_SECTION_EXPERIENCE &&
                        e.organization.text.empty() && !e.title.text.empty() && all_italic(l);
        if (position) {
            group_ = e.title.text;
            group_loc_ = e.title.loc.value_or(e.loc);
            group_level_ = level_;
            group_by_heading_ = false;
            group_by_line_ = false;
            EntryData pos;
            pos.loc = e.loc;
            pos.group = group_;
            read_entry_header(pos, l, s_.kind, data_);
            if (pos.organization.text.empty()) pos.organization = FieldData{group_, group_loc_};
            if (pos.location.text.empty()) pos.location = e.location;
            e = std::move(pos);
            return true;
        }
        if (!(dated && !has_dates) && !italic_org && !named) return false;
        if (inherited && named) {
            e.organization = FieldData{};
            e.group.clear();
            group_.clear();
        }
        EntryData more;
        if (named) {
            // Split on strong separators only: "Assure Neuromonitoring - National Technologist" is one name.
            std::vector<std::string> parts = split_header(marked_text(l), true);
            // Under a line of dates alone, "Software Engineer II, Ünlü Yazılım" is a title and its company.
            if (parts.size() == 1 && e.title.text.empty() && s_.kind == RH_SECTION_EXPERIENCE &&
                has_word(parts[0].substr(0, parts[0].find(", ")), data_.role_words))
                split_title_comma(parts, s_.kind, data_, nullptr);
            for (auto& part : parts) more.lines.push_back(FieldData{part, l.loc});
        } else {
            read_entry_header(more, l, s_.kind, data_);
        }
        if (!has_dates) {
            e.start = more.start;
            e.end = more.end;
        }
        // What the line says besides its dates joins the header's parts, sorted again.
        std::vector<FieldData> parts;
        // (A header that named no role put its part without a company's word first, as a title:
        // "Kestrelbyte Labs   Hangzhou" over the title goes back to the order it was written in.)
        bool reordered = !has_word(e.title.text, data_.role_words) && has_word(e.organization.text, data_.organization_words) &&
                         !has_word(e.title.text, data_.organization_words);
        if (reordered) std::swap(e.title, e.organization);
        for (auto* f : {&e.title, &e.organization, &more.title, &more.organization, &more.location})
            if (!f->text.empty()) parts.push_back(*f);
        for (const auto& f : more.lines) parts.push_back(f);
        FieldData place = e.location;
        e.title = e.organization = e.location = FieldData{};
        if (!place.text.empty()) e.location = place;
        assign_parts(e, std::move(parts), s_.kind, data_);
        return true;
    }

    // Five words or more, most of them in lower case: a sentence, not a name or a title.
    static bool prose(std::string_view text) {
        std::size_t total = 0, lower = 0;
        for (const auto& w : words(std::string(text))) {
            std::size_t pos = 0;
            int32_t cp = next_code_point(w, pos);
            if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) ++lower;
            if (letter_count(w) > 0) ++total;
        }
        return total >= 5 && lower * 2 > total;
    }

    // Ends like a sentence, or starts like a clause: text, not a name. A company's suffix
    // ("Acme Widgets, Inc.") ends a name with a dot.
    bool sentence(std::string_view text) const {
        std::string_view t = trim(text);
        if (t.empty() || t.back() == ':') return true;
        if (t.back() == '.') {
            auto space = t.find_last_of(' ');
            std::string_view last = space == std::string_view::npos ? t : t.substr(space + 1);
            // ("N.V.", "s.r.o.": dotted initials abbreviate a company's form.)
            bool initials = last.find('.') < last.size() - 1;
            if (!has_word(last, data_.organization_words) && !initials) return true;
        }
        std::size_t pos = 0;
        int32_t cp = next_code_point(t, pos);
        return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
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
    bool group_by_heading_ = false;
    FieldData group_place_;  // the place written on the employer's line, if any
    bool group_by_line_ = false;  // the group is an undated employer's line over dated positions
    bool plain_item_ = false;  // the current entry is a list item without bold: so are the next ones
    std::string pending_;  // a label read alone, waiting for its value
    std::string comma_whole_;  // the current header's part split at its comma into title and company
    std::vector<uint32_t> header_blocks_;  // the block of each entry's header
    bool next_dated_ = false;  // the next part opens with a line of dates
    struct MarkerFree {
        std::size_t entry, line;  // the entry, and the index of the line in its lines
        uint32_t block;
    };
    std::vector<MarkerFree> marker_free_;  // paragraph lines of entries that had no bullet yet
};

}  // namespace

void read_section_content(SectionData& section, const std::vector<SectionPart>& parts, const DocumentData& doc,
                          const NormalizerData& data) {
    // Volunteering roles are read as roles are; the section stays of kind other.
    rh_section_kind kind = section.kind;
    if (section.volunteer) section.kind = RH_SECTION_EXPERIENCE;
    SectionReader(section, doc, data).read(parts);
    section.kind = kind;
}

}  // namespace reshost::detail
