// What each kind of entry holds besides its header: a degree's field of study,
// a project's link and technologies, a certification's issuer and year.
#include "entries.hpp"

#include "unicode_words.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace reshost::detail {

namespace {

std::size_t word_count(std::string_view s) { return words(word_key(s)).size(); }

// Splits "Go, Redis, Docker" (or "Go · Redis", "Go / Redis") into its items.
std::vector<std::string> list_items(std::string_view text) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (auto t = trim_punct(cur); !t.empty()) out.push_back(t);
        cur.clear();
    };
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t b = pos;
        int32_t cp = next_code_point(text, pos);
        bool spaced_slash = cp == '/' && b > 0 && text[b - 1] == ' ' && pos < text.size() && text[pos] == ' ';
        if (cp == ',' || cp == ';' || cp == 0x00B7 || cp == 0x2022 || cp == '|' || spaced_slash) flush();
        else cur.append(text, b, pos - b);
    }
    flush();
    return out;
}

// A list of technologies: two or more short items, or one after a stack label.
std::vector<std::string> stack_of(std::string_view text, const NormalizerData& data) {
    std::string_view t = trim(text);
    // "Tech Stack: Go, Redis" / "Built with Go and Redis".
    auto colon = t.find(':');
    if (colon != std::string_view::npos && data.stack_labels.count(word_key(t.substr(0, colon)))) {
        auto items = list_items(t.substr(colon + 1));
        return items;
    }
    for (const auto& label : data.stack_labels) {
        std::string key = word_key(t);
        if (label.find(' ') != std::string::npos && key.rfind(label + " ", 0) == 0) {
            std::size_t skip = 0;
            for (std::size_t w = 0, n = words(label).size(); w < n; ++w) {
                skip = t.find(' ', skip);
                if (skip == std::string_view::npos) return {};
                ++skip;
            }
            return list_items(t.substr(skip));
        }
    }
    auto items = list_items(t);
    if (items.size() < 2) return {};
    for (const auto& i : items)
        if (word_count(i) > 3 || i.size() > 30) return {};
    return items;
}

bool is_url(std::string_view w) {
    if (w.find("://") != std::string_view::npos) return w.rfind("mailto:", 0) != 0;
    if (w.rfind("www.", 0) == 0) return true;
    // A bare "host.tld/path" ("github.com/jane/taskflow").
    auto slash = w.find('/');
    auto dot = w.find('.');
    return dot != std::string_view::npos && slash != std::string_view::npos && dot < slash && dot > 0 &&
           w.find('@') == std::string_view::npos && slash + 1 < w.size();
}

// The first URL written in the text, without the punctuation around it.
std::string url_in(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find_first_of(" \t()<>[]", i);
        if (j == std::string_view::npos) j = text.size();
        std::string_view w = text.substr(i, j - i);
        while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
        if (is_url(w)) return std::string(w);
        i = j + 1;
    }
    return {};
}

// True when the text is all a link's visible text is ("GitHub", "Demo") in one of the blocks.
bool is_link_label(std::string_view text, const DocumentData& doc, const std::vector<uint32_t>& blocks) {
    if (text.empty()) return false;
    for (uint32_t b : blocks) {
        if (b >= doc.blocks.size()) continue;
        for (const auto& line : doc.blocks[b].lines)
            for (const auto& s : line.spans)
                if (!s.link.empty() && trim_punct(s.text) == text) return true;
    }
    return false;
}

void read_degree(EntryData& e, const NormalizerData& data) {
    // The school written first and the degree on a line of its own.
    if (!has_word(e.title.text, data.degree_words)) {
        if (has_word(e.organization.text, data.degree_words)) std::swap(e.title, e.organization);
        else if (e.organization.text.empty())
            for (std::size_t i = 0; i < e.lines.size(); ++i)
                if (has_word(e.lines[i].text, data.degree_words) && word_count(e.lines[i].text) <= 12) {
                    e.organization = e.title;
                    e.title = e.lines[i];
                    e.lines.erase(e.lines.begin() + static_cast<std::ptrdiff_t>(i));
                    break;
                }
    }
    const std::string& t = e.title.text;
    std::string lower = t;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // "Bachelor of Science in Computer Science", "B.S., Information Technology", "BSc - Physics".
    for (const char* sep : {" in ", ", ", " - ", " \u2013 ", ": "}) {
        auto p = lower.find(sep);
        if (p != std::string::npos && p > 0 && has_word(t.substr(0, p), data.degree_words)) {
            e.area = trim_punct(t.substr(p + std::strlen(sep)));
            return;
        }
    }
    // "MSc Computer Science": a degree abbreviation before the field.
    auto ws = words(word_key(t));
    auto space = t.find(' ');
    // "Bachelor of Science" names no field: the word after the degree joins it.
    bool joined = space != std::string::npos && space + 1 < t.size() &&
                  (std::islower(static_cast<unsigned char>(t[space + 1])) || lower.compare(space + 1, 3, "of ") == 0);
    if (ws.size() >= 2 && space != std::string::npos && !joined && has_word(t.substr(0, space), data.degree_words) &&
        !has_word(t.substr(space + 1), data.degree_words))
        e.area = trim_punct(t.substr(space + 1));
}

void read_project(EntryData& e, const DocumentData& doc, const NormalizerData& data, const std::vector<uint32_t>& blocks) {
    // The link: a URL written in the entry, else the target of a link on its text.
    for (const std::string* t : {&e.title.text, &e.organization.text, &e.location.text})
        if (e.link.empty()) e.link = url_in(*t);
    for (const auto& l : e.lines)
        if (e.link.empty()) e.link = url_in(l.text);
    for (uint32_t b : blocks) {
        if (!e.link.empty() || b >= doc.blocks.size()) break;
        for (const auto& line : doc.blocks[b].lines)
            for (const auto& s : line.spans)
                if (e.link.empty() && !s.link.empty() && s.link.rfind("mailto:", 0) != 0 && s.link.rfind("tel:", 0) != 0)
                    e.link = s.link;
    }
    // A URL or a link's label ("GitHub") is no name: "TaskFlow github.com/jane/taskflow" keeps "TaskFlow".
    for (FieldData* f : {&e.title, &e.organization, &e.location}) {
        std::string u = url_in(f->text);
        if (!u.empty()) f->text = squeeze(trim_punct(f->text.substr(0, f->text.find(u)) + " " + f->text.substr(f->text.find(u) + u.size())));
        if (f != &e.title && is_link_label(f->text, doc, blocks)) f->text.clear();
        if (f->text.empty()) *f = FieldData{};
    }
    // A sentence after the name describes the project ("**Atlas**: a map tile server").
    for (FieldData* f : {&e.organization, &e.location})
        if (!f->text.empty() && std::islower(static_cast<unsigned char>(f->text[0]))) {
            e.lines.insert(e.lines.begin(), *f);
            *f = FieldData{};
        }
    // The stack: a part of the header, a "(Go, Redis)" after the name, or a labelled line.
    auto take_stack = [&](FieldData& f) {
        if (!e.stack.empty() || f.text.empty() || !url_in(f.text).empty()) return false;
        auto items = stack_of(f.text, data);
        if (items.empty()) return false;
        e.stack = std::move(items);
        return true;
    };
    for (FieldData* f : {&e.organization, &e.location}) {
        // "(Rust, SQLite)" written after the name.
        if (f->text.size() > 2 && f->text.front() == '(' && f->text.back() == ')')
            f->text = f->text.substr(1, f->text.size() - 2);
        if (take_stack(*f)) {
            e.lines.insert(e.lines.begin(), *f);
            *f = FieldData{};
        }
    }
    if (e.stack.empty() && !e.title.text.empty() && e.title.text.back() == ')') {
        auto open = e.title.text.rfind('(');
        if (open != std::string::npos && open > 0) {
            FieldData inside{e.title.text.substr(open + 1, e.title.text.size() - open - 2), e.title.loc};
            if (auto items = stack_of(inside.text, data); !items.empty()) {
                e.stack = std::move(items);
                e.title.text = trim_punct(e.title.text.substr(0, open));
                e.lines.insert(e.lines.begin(), inside);
            }
        }
    }
    for (auto& l : e.lines) {
        if (!e.stack.empty()) break;
        auto colon = l.text.find(':');
        bool labelled = colon != std::string::npos && data.stack_labels.count(word_key(l.text.substr(0, colon)));
        if (labelled || word_count(l.text) <= 12) take_stack(l);
    }
    for (auto& b : e.bullets) {
        if (!e.stack.empty()) break;
        auto colon = b.text.find(':');
        if (colon != std::string::npos && data.stack_labels.count(word_key(b.text.substr(0, colon))))
            e.stack = list_items(b.text.substr(colon + 1));
    }
    // Readers of the C view see an entry's title, organization and lines: the link taken
    // out of the header (or only a link's target) stays there as a line of its own.
    bool shown = e.link.empty() || std::any_of(e.lines.begin(), e.lines.end(), [&](const FieldData& l) {
        return l.text.find(e.link) != std::string::npos;
    });
    if (!shown) e.lines.push_back(FieldData{e.link, e.title.loc ? e.title.loc : std::optional<Location>(e.loc)});
}

void read_certification(EntryData& e) {
    // A certification's one date is the year it was earned: the end of the entry.
    if (e.end.raw.empty() && !e.start.raw.empty()) std::swap(e.start, e.end);
    if (!e.organization.text.empty()) return;
    std::string& t = e.title.text;
    // "AWS Solutions Architect (Amazon Web Services)", "CKA, CNCF", "Terraform Associate by HashiCorp".
    if (!t.empty() && t.back() == ')') {
        auto open = t.rfind('(');
        std::string inside = open == std::string::npos ? std::string() : t.substr(open + 1, t.size() - open - 2);
        // A short all-caps abbreviation ("(CKA)") is the certificate's own name.
        bool abbreviation = inside.find(' ') == std::string::npos && is_all_caps(inside) && inside.size() <= 6;
        if (open != std::string::npos && open > 0 && !abbreviation && !inside.empty()) {
            e.organization = FieldData{inside, e.title.loc};
            t = trim_punct(t.substr(0, open));
            return;
        }
    }
    for (const char* sep : {" by ", ", "}) {
        auto p = t.rfind(sep);
        if (p != std::string::npos && p > 0) {
            std::string issuer = trim_punct(t.substr(p + std::strlen(sep)));
            if (!issuer.empty() && word_count(issuer) <= 4) {
                e.organization = FieldData{issuer, e.title.loc};
                t = trim_punct(t.substr(0, p));
                return;
            }
        }
    }
}

}  // namespace

void read_entry_fields(EntryData& entry, rh_section_kind kind, const DocumentData& doc, const NormalizerData& data,
                       const std::vector<uint32_t>& blocks) {
    switch (kind) {
    case RH_SECTION_EDUCATION: read_degree(entry, data); break;
    case RH_SECTION_PROJECTS: read_project(entry, doc, data, blocks); break;
    case RH_SECTION_CERTIFICATIONS: read_certification(entry); break;
    default: break;
    }
}

}  // namespace reshost::detail
