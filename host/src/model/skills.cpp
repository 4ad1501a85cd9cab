// Skills sections come as "Label: a, b, c" lines, sub-headings or bold lines
// over lists, two-column tables, or bare lists. The grouping label is kept as
// written; each listed item becomes one skill, looked up in the vocabulary
// first as a whole, then by the terms inside it.
#include "entries.hpp"
#include "skills.hpp"

#include "unicode_words.hpp"

#include <skill_terms.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace reshost::detail {

namespace {

// A grouping label is short ("Cloud & DevOps Tools"); longer text before a colon is prose.
constexpr std::size_t kMaxLabelWords = 5;
// An item of more words than this with no known skill in it is a sentence, not a skill.
constexpr std::size_t kMaxUnknownWords = 4;
// A colon further into the line than this does not end a label.
constexpr std::size_t kMaxLabelBytes = 60;

std::size_t word_count(std::string_view text) { return words(word_key(text)).size(); }

// Bytes of the list separator at `i` (",", ";", "|", " / ", an inline bullet),
// 0 when there is none. "CI/CD" and "TCP/IP" keep their slash. Tabs are not
// separators: PDF text puts them between the words of one phrase.
std::size_t separator_at(std::string_view t, std::size_t i) {
    char c = t[i];
    if (c == ',' || c == ';' || c == '|') return 1;
    if (c == ' ') return t.compare(i, 3, " / ") == 0 ? 3 : 0;
    if (static_cast<unsigned char>(c) < 0x80) return 0;
    std::size_t p = i;
    int32_t cp = next_code_point(t, p);
    bool sep = cp == 0x2022 || cp == 0x00B7 || cp == 0x25AA || cp == 0x25E6 || cp == 0x25CF || cp == 0x2023 ||
               cp == 0x2219 || cp == 0xFF0C || cp == 0x3001 || cp == 0xFF5C || cp == 0xFF1B;
    return sep ? p - i : 0;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The text with each run of blanks made one space ("Mac\t\r  OS" -> "Mac OS").
std::string collapsed(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (!is_blank(c)) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Bracket depth change of the byte at `i`.
int depth_step(char c) { return c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0; }

bool has_separator(std::string_view t) {
    int depth = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        depth = std::max(0, depth + depth_step(t[i]));
        if (depth == 0 && separator_at(t, i)) return true;
    }
    return false;
}

struct Piece {
    std::size_t pos = 0, len = 0;
};

// The items of a list, split at separators outside brackets ("AWS (Lambda, ECS)" stays whole).
std::vector<Piece> split_items(std::string_view t, std::size_t from) {
    std::vector<Piece> out;
    int depth = 0;
    std::size_t start = from;
    for (std::size_t i = from; i < t.size();) {
        depth = std::max(0, depth + depth_step(t[i]));
        std::size_t sep = depth == 0 ? separator_at(t, i) : 0;
        if (sep) {
            out.push_back({start, i - start});
            i += sep;
            start = i;
        } else ++i;
    }
    out.push_back({start, t.size() - start});
    return out;
}

// A grouping label as the resume should show it: no colon, one space between words.
std::string label_text(std::string_view text) { return collapsed(trim_punct(text)); }

// A grouping label at the start of a line, and where its items start.
struct Label {
    std::string text;
    std::size_t items = 0;
};

bool label_words(std::string_view text) {
    std::size_t n = word_count(text);
    return n >= 1 && n <= kMaxLabelWords && !has_separator(text);
}

// "Languages: Go, Python" or "Databases – PostgreSQL, Redis"; a dash only
// after a word that is no skill and before a list, a colon always.
std::optional<Label> leading_label(std::string_view t, const terms::Vocabulary& vocab) {
    int depth = 0;
    for (std::size_t i = 0; i < t.size() && i <= kMaxLabelBytes; ++i) {
        depth = std::max(0, depth + depth_step(t[i]));
        if (depth > 0) continue;
        if (separator_at(t, i)) break;
        std::size_t len = t[i] == ':' ? 1 : t.compare(i, 3, "\xEF\xBC\x9A") == 0 ? 3 : 0;  // ':' or '：'
        if (len && t.compare(i + len, 2, "//") != 0) {
            std::string_view before = t.substr(0, i);
            if (!label_words(before)) return std::nullopt;
            return Label{label_text(before), i + len};
        }
    }
    for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {  // en dash, em dash, hyphen
        std::size_t at = t.find(dash);
        if (at == std::string_view::npos || at == 0) continue;
        std::string_view before = t.substr(0, at), after = t.substr(at + dash.size());
        if (label_words(before) && word_count(before) <= 3 && !vocab.lookup(before) && has_separator(after))
            return Label{label_text(before), at + dash.size()};
    }
    return std::nullopt;
}

// A line that only names the group of the lines below it: "**Languages**", "Databases:".
bool label_line(const LineData& line, std::string_view text, const terms::Vocabulary& vocab) {
    if (!label_words(text)) return false;
    return text.back() == ':' || (all_bold(line) && !vocab.lookup(text));
}

// The item without the conjunction that opens the last item of a list ("and Excel").
std::string_view without_conjunction(std::string_view item) {
    for (std::string_view word : {"and", "And", "&", "or"})
        if (item.size() > word.size() && item.substr(0, word.size()) == word && is_blank(item[word.size()]))
            return trim(item.substr(word.size()));
    return item;
}

// The location of bytes [pos, pos + len) of a line: the union of its spans' boxes
// when the importer placed each span (PDF), else the line's location. Spans are
// found in the line's text in order: the blanks between them may not be theirs.
Location location_of(const LineData& line, std::size_t pos, std::size_t len) {
    std::optional<rh_box> box;
    std::size_t at = 0;
    for (const auto& s : line.spans) {
        if (trim(s.text).empty()) continue;
        std::size_t b = line.text.find(s.text, at);
        if (b == std::string::npos) return line.loc;
        std::size_t e = b + s.text.size();
        at = e;
        if (e <= pos || b >= pos + len) continue;
        if (!s.loc || s.loc->page != line.loc.page) return line.loc;
        const rh_box& r = s.loc->box;
        if (r.x1 <= r.x0 || r.y1 <= r.y0) return line.loc;
        if (!box) box = r;
        else box = rh_box{std::min(box->x0, r.x0), std::min(box->y0, r.y0), std::max(box->x1, r.x1),
                          std::max(box->y1, r.y1)};
    }
    if (!box) return line.loc;
    Location out = line.loc;
    out.box = *box;
    return out;
}

class SkillReader {
public:
    SkillReader(std::vector<SkillData>& out, int32_t section, const DocumentData& doc, const NormalizerData& data)
        : out_(out), section_(section), doc_(doc), data_(data), vocab_(*data.skills) {}

    void read(const std::vector<SectionPart>& parts) {
        for (std::size_t k = 0; k < parts.size(); ++k) {
            const SectionPart& p = parts[k];
            const BlockData& b = doc_.blocks[p.block];
            std::size_t last = std::min(b.lines.size(), p.first_line + p.line_count);
            if (p.first_line >= last) continue;
            if (p.heading) {
                group_ = label_text(b.lines[p.first_line].text);
                row_label_.clear();
                continue;
            }
            std::string cell_group;
            if (b.kind == RH_BLOCK_TABLE_CELL) {
                // The heading row of a skills table ("Category | Skills | Level"): column
                // words side by side ("Tools" alone may label a row).
                bool column = data_.skill_columns.count(word_key(b.text)) > 0;
                const SectionPart* next = k + 1 < parts.size() ? &parts[k + 1] : nullptr;
                bool next_column = next && doc_.blocks[next->block].kind == RH_BLOCK_TABLE_CELL &&
                                   data_.skill_columns.count(word_key(doc_.blocks[next->block].text)) > 0;
                in_heading_row_ = column && (in_heading_row_ || next_column);
                if (in_heading_row_) continue;
                if (label_cell(p, b, k + 1 < parts.size() ? &parts[k + 1] : nullptr)) continue;
                cell_group = row_label_;
            } else {
                row_label_.clear();
                in_heading_row_ = false;
            }
            std::string block_group = cell_group;
            open_.reset();
            for (std::size_t i = p.first_line; i < last; ++i) read_line(b.lines[i], block_group);
        }
    }

private:
    // A table cell that labels the cells after it on its row ("| Languages | Go, Python |").
    bool label_cell(const SectionPart& p, const BlockData& b, const SectionPart* next) {
        std::string_view text = trim(b.lines[p.first_line].text);
        const BlockData* nb = next ? &doc_.blocks[next->block] : nullptr;
        bool same_row = nb && nb->kind == RH_BLOCK_TABLE_CELL && (b.loc.line == 0 || nb->loc.line == b.loc.line);
        bool label = p.line_count == 1 && label_words(text) && !vocab_.lookup(text) && !leading_label(text, vocab_) &&
                     (text.back() == ':' || all_bold(b.lines[p.first_line]) ||
                      (same_row && (b.loc.line != 0 || has_separator(nb->text))));
        if (label) {
            row_label_ = label_text(text);
            row_line_ = b.loc.line;
            return true;
        }
        if (b.loc.line != row_line_) row_label_.clear();
        return false;
    }

    void read_line(const LineData& line, std::string& block_group) {
        std::optional<std::size_t> open = std::exchange(open_, std::nullopt);
        std::string stripped = strip_bullet(line.text);
        if (stripped.empty()) return;
        std::size_t off = line.text.find(stripped);
        std::string_view text = std::string_view(line.text).substr(off, stripped.size());
        if (auto label = leading_label(text, vocab_)) {
            if (trim(text.substr(label->items)).empty()) {
                group_ = label->text;
                block_group.clear();
                return;
            }
            block_group = label->text;
            read_items(line, text, off, label->items, block_group, std::nullopt);
            return;
        }
        if (block_group.empty() && label_line(line, text, vocab_)) {
            group_ = label_text(text);
            return;
        }
        read_items(line, text, off, 0, block_group.empty() ? group_ : block_group, open);
    }

    // Reads the items of a line; `open` is the last skill of the line before when
    // that line ended without a separator, so its item may go on here.
    void read_items(const LineData& line, std::string_view text, std::size_t off, std::size_t from,
                    const std::string& group, std::optional<std::size_t> open) {
        std::size_t before = out_.size();
        auto pieces = split_items(text, from);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            std::string_view piece = text.substr(pieces[i].pos, pieces[i].len);
            if (i == 0 && open && joins(*open, line, piece)) continue;
            read_item(line, piece, off + pieces[i].pos, group);
        }
        char end = trim(text).back();
        if (out_.size() > before && end != ',' && end != ';' && end != '|') open_ = out_.size() - 1;
    }

    // Joins the first item of a wrapped line to the last skill of the line before
    // when together they name one skill ("Continuous" + "Integration").
    bool joins(std::size_t index, const LineData& line, std::string_view piece) {
        SkillData& prev = out_[index];
        std::string merged = prev.text.text + " " + collapsed(trim_punct(piece));
        const terms::Term* term = vocab_.lookup(merged);
        if (!term) return false;
        prev.text.text = merged;
        prev.id = term->id;
        prev.name = term->name;
        prev.kind = term->kind;
        if (prev.text.loc && prev.text.loc->line && line.loc.line_end) prev.text.loc->line_end = line.loc.line_end;
        return true;
    }

    // One listed item: a skill as a whole ("Postgres", "AWS (Lambda, ECS)"), one
    // known term with a version or a note ("PostgreSQL 15"), or several terms
    // each their own skill ("Django/Flask", "Docker and Kubernetes").
    void read_item(const LineData& line, std::string_view piece, std::size_t off, const std::string& group) {
        std::string_view raw = without_conjunction(trim(piece));
        off += static_cast<std::size_t>(raw.data() - piece.data());
        std::string t = trim_punct(raw);
        if (t.size() > 1 && t.back() == '.' && !vocab_.lookup(t)) t.pop_back();
        if (letter_count(t) == 0 || data_.skill_levels.count(word_key(t))) return;
        std::size_t at = raw.find(t);
        if (at == std::string_view::npos) at = 0;
        std::string_view item = raw.substr(at, std::min(t.size(), raw.size() - at));
        std::string_view core = item;
        if (auto paren = item.find('('); paren != std::string_view::npos && paren > 0) core = trim(item.substr(0, paren));
        std::size_t n = word_count(core);
        if (const terms::Term* whole = vocab_.lookup(core)) return add(line, item, off + at, whole, group);
        auto hits = vocab_.find_in(core);
        if (hits.empty()) {
            if (n <= kMaxUnknownWords) add(line, item, off + at, nullptr, group);
            return;
        }
        if (hits.size() == 1 && n <= kMaxUnknownWords) return add(line, item, off + at, hits[0].term, group);
        for (const auto& h : hits) add(line, h.text, off + at + h.offset, h.term, group);
    }

    // Adds the skill written as `written`, bytes [pos, pos + written.size()) of the line.
    void add(const LineData& line, std::string_view written, std::size_t pos, const terms::Term* term,
             const std::string& group) {
        std::string text = collapsed(written);
        SkillData s;
        s.text = FieldData{text, location_of(line, pos, written.size())};
        if (term) {
            s.id = term->id;
            s.name = term->name;
            s.kind = term->kind;
        } else s.name = text;
        s.category = group;
        s.section = section_;
        out_.push_back(std::move(s));
    }

    std::vector<SkillData>& out_;
    int32_t section_;
    const DocumentData& doc_;
    const NormalizerData& data_;
    const terms::Vocabulary& vocab_;
    std::string group_;      // set by a sub-heading or a label line, for the lines below it
    std::string row_label_;  // set by a table cell, for the cells after it on its row
    uint32_t row_line_ = 0;
    std::optional<std::size_t> open_;  // see read_items
    bool in_heading_row_ = false;      // the cells read last head a table's columns
};

}  // namespace

void read_skills(std::vector<SkillData>& out, int32_t section, const std::vector<SectionPart>& parts,
                 const DocumentData& doc, const NormalizerData& data) {
    if (!data.skills) return;
    SkillReader(out, section, doc, data).read(parts);
}

}  // namespace reshost::detail
