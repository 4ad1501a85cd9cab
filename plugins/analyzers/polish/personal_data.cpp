// polish.personal-data: details a US or UK resume leaves out (birth date,
// age, marital status, children, nationality, gender, religion, a full street
// address, a national ID number). Only the top of the resume, the summary and
// sections other than experience, projects, education and skills are read:
// "15 years old" in a bullet is a codebase's age, and "children" a caseload.
#include "polish_checks.hpp"

#include "data_file.hpp"
#include "excerpt.hpp"
#include "words.hpp"

#include <algorithm>
#include <map>

namespace reshost::polish {

using namespace ::reshost::sdk;

namespace {

constexpr int kMinAge = 14, kMaxAge = 99;

bool digit(char c) { return c >= '0' && c <= '9'; }
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }

bool read_here(const TextLine& line) {
    switch (line.kind) {
        case RH_SECTION_CONTACT: case RH_SECTION_OTHER: case RH_SECTION_SUMMARY: return true;
        default: return false;
    }
}

// True when `pos` starts an item of `s`: the line start or after a separator
// ("Berlin | Date of birth: …", "• Age: 34").
bool item_start(std::string_view s, std::size_t pos) {
    while (pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '\t')) --pos;
    if (pos == 0) return true;
    char c = s[pos - 1];
    if (c == '|' || c == ',' || c == ';' || c == '(' || c == '/' || c == ':') return true;
    // "•", "·", "–", "—" and other non-ASCII separators end in a continuation byte.
    std::string_view tail = s.substr(0, pos);
    for (std::string_view sep : {"\u2022", "\u00b7", "\u2013", "\u2014", "\u25cf", "\u2219", "\u25aa"})
        if (tail.size() >= sep.size() && tail.substr(tail.size() - sep.size()) == sep) return true;
    return false;
}

// The items of a line split at its separators, trimmed.
std::vector<std::pair<std::size_t, std::string_view>> items_of(std::string_view s) {
    std::vector<std::pair<std::size_t, std::string_view>> out;
    std::size_t b = 0;
    auto flush = [&](std::size_t e) {
        std::size_t x = b, y = e;
        while (x < y && (s[x] == ' ' || s[x] == '\t')) ++x;
        while (y > x && (s[y - 1] == ' ' || s[y - 1] == '\t' || s[y - 1] == '.')) --y;
        if (y > x) out.push_back({x, s.substr(x, y - x)});
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '|' || s[i] == ',' || s[i] == ';') {
            flush(i);
            b = i + 1;
        } else {
            for (std::string_view sep : {"\u2022", "\u00b7", "\u2013", "\u2014", "\u25cf"}) {
                if (s.substr(i, sep.size()) == sep) {
                    flush(i);
                    b = i + sep.size();
                    i += sep.size() - 1;
                    break;
                }
            }
        }
    }
    flush(s.size());
    return out;
}

// `item` without the separator that ends it and the blanks before it.
std::string item_text(std::string_view item) {
    std::string out(item);
    auto trailing = [](const std::string& s) {
        for (std::string_view sep : {"|", ",", ";", "\u2022", "\u00b7", "\u2013", "\u2014", "\u25cf", " ", "\t"})
            if (s.size() >= sep.size() && s.compare(s.size() - sep.size(), sep.size(), sep) == 0) return sep.size();
        return std::size_t(0);
    };
    for (std::size_t n; (n = trailing(out)) > 0;) out.resize(out.size() - n);
    return out;
}

// "123 Main Street", "10 Downing St": a house number, one to three
// capitalized words, then a street word.
bool english_address(std::string_view s, std::size_t& at, const std::vector<std::string>& words) {
    std::vector<analyzers::Word> ws = analyzers::split_words(s);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        std::string_view n = ws[i].text;
        if (n.size() > 5 || !digit(n[0]) || !std::all_of(n.begin(), n.end() - 1, digit)) continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k) {
            std::string_view w = ws[k].text;
            bool capital = w[0] >= 'A' && w[0] <= 'Z';
            if (k > i + 1 && std::find(words.begin(), words.end(), analyzers::lower(w)) != words.end() && capital) {
                at = ws[i].offset;
                return true;
            }
            if (!capital) break;
        }
    }
    return false;
}

// "Hauptstraße 5", "Keizersgracht-laan 12b": a street name ending in a street
// suffix, then a house number.
bool compound_address(std::string_view s, std::size_t& at, const std::vector<std::string>& suffixes) {
    std::vector<analyzers::Word> ws = analyzers::split_words(s);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        std::string w = analyzers::lower(ws[i].text);
        std::string_view n = ws[i + 1].text;
        if (n.size() > 5 || !digit(n[0]) || !std::all_of(n.begin(), n.end() - 1, digit)) continue;
        if (!(ws[i].text[0] >= 'A' && ws[i].text[0] <= 'Z') && static_cast<unsigned char>(ws[i].text[0]) < 0x80) continue;
        std::size_t next_end = ws[i + 1].offset + n.size();
        if (next_end < s.size() && (s[next_end] == '%' || s[next_end] == '+')) continue;
        for (const std::string& suffix : suffixes) {
            std::string sfx = suffix.back() == '.' ? suffix.substr(0, suffix.size() - 1) : suffix;
            if (w.size() > sfx.size() + 2 && w.compare(w.size() - sfx.size(), sfx.size(), sfx) == 0) {
                at = ws[i].offset;
                return true;
            }
        }
    }
    return false;
}

// "123-45-6789": a US social security number.
bool ssn(std::string_view s, std::size_t& at) {
    for (std::size_t i = 0; i + 11 <= s.size(); ++i) {
        if (i > 0 && (digit(s[i - 1]) || s[i - 1] == '-')) continue;
        std::string_view c = s.substr(i, 11);
        bool shape = true;
        for (std::size_t k = 0; k < 11; ++k) shape = shape && ((k == 3 || k == 6) ? c[k] == '-' : digit(c[k]));
        if (!shape || (i + 11 < s.size() && (digit(s[i + 11]) || s[i + 11] == '-'))) continue;
        // Numbers never issued: area 000, 666 or 9xx, group 00, serial 0000 ("000-00-0000" is a placeholder).
        std::string_view area = c.substr(0, 3), group = c.substr(4, 2), serial = c.substr(7, 4);
        if (area == "000" || area == "666" || area[0] == '9' || group == "00" || serial == "0000") continue;
        at = i;
        return true;
    }
    return false;
}

}  // namespace

PersonalData::PersonalData(const std::string& dir)
    : marital_words_(analyzers::read_data_lines(dir, "marital_status_words.txt")) {
    analyzers::DataFile labels(dir, "personal_labels.txt");
    analyzers::for_each_mapping(labels, "kind = label, label", [&](const analyzers::Mapping& m) {
        std::string kind(m.key);
        for (std::string_view v : m.values)
            labels_.push_back({kind, analyzers::lower(v), kind == "date of birth" || kind == "age"});
    });
    // Longest first, so "date of birth" wins over "birth".
    std::stable_sort(labels_.begin(), labels_.end(),
                     [](const Label& a, const Label& b) { return a.text.size() > b.text.size(); });
    analyzers::DataFile streets(dir, "street_words.txt");
    analyzers::for_each_mapping(streets, "word = street, road | suffix = straße", [&](const analyzers::Mapping& m) {
        auto& list = m.key == "suffix" ? street_suffixes_ : street_words_;
        for (std::string_view v : m.values) list.push_back(analyzers::lower(v));
    });
    for (std::string& w : marital_words_) w = analyzers::lower(w);
}

void PersonalData::check(const TextLines& text, Findings& out) const {
    std::map<std::string, std::pair<const TextLine*, std::string>> found;  // kind -> first line and what it says
    std::vector<std::string> order;
    auto note = [&](const std::string& kind, const TextLine& line, std::size_t at) {
        if (found.count(kind)) return;
        // The item only: "Date of birth: 12 March 1990", not the rest of the contact line.
        std::string_view item = line.text.substr(at);
        for (const auto& [start, part] : items_of(item))
            if (start > 0) {
                item = item.substr(0, start);
                break;
            }
        found[kind] = {&line, analyzers::excerpt(item_text(item), 50)};
        order.push_back(kind);
    };
    const std::string& low = text.lowered();
    for (const TextLine& line : text.lines()) {
        if (!read_here(line) || line.repeated) continue;
        std::string_view s = line.text;
        std::string_view l = std::string_view(low).substr(line.offset, s.size());
        for (const Label& label : labels_) {
            if (found.count(label.kind)) continue;
            for (std::size_t pos = l.find(label.text); pos != std::string_view::npos; pos = l.find(label.text, pos + 1)) {
                std::size_t end = pos + label.text.size();
                if (!on_word_boundaries(l, pos, end) || !item_start(s, pos)) continue;
                std::size_t v = end;
                while (v < l.size() && (l[v] == ' ' || l[v] == '\t')) ++v;
                bool colon = v < l.size() && (l[v] == ':' || l.substr(v, 3) == "\uff1a");
                bool number = label.value_is_number && v > end && v < l.size() && digit(l[v]);
                std::size_t value = colon ? v + 1 : v;
                while (value < l.size() && l[value] == ' ') ++value;
                // "Gender:" with nothing after it is a heading of a form, not a value given.
                if ((colon && value < l.size()) || number) {
                    note(label.kind, line, pos);
                    break;
                }
            }
        }
        // "34 years old"
        for (std::size_t pos = l.find(" years old"); pos != std::string_view::npos; pos = l.find(" years old", pos + 1)) {
            std::size_t b = pos;
            while (b > 0 && digit(l[b - 1])) --b;
            if (b == pos || pos - b > 2 || (b > 0 && letter(l[b - 1]))) continue;
            int age = std::stoi(std::string(l.substr(b, pos - b)));
            if (age >= kMinAge && age <= kMaxAge) note("age", line, b);
        }
        if (line.kind == RH_SECTION_CONTACT || line.kind == RH_SECTION_OTHER) {
            for (const auto& [at, item] : items_of(s)) {
                std::string w = analyzers::lower(item);
                if (std::find(marital_words_.begin(), marital_words_.end(), w) != marital_words_.end())
                    note("marital status", line, at);
            }
            std::size_t at = 0;
            if (english_address(s, at, street_words_) || compound_address(s, at, street_suffixes_))
                note("street address", line, at);
        }
        std::size_t at = 0;
        if (ssn(s, at)) note("national ID", line, at);
    }
    for (const std::string& kind : order) {
        const auto& [line, quote] = found[kind];
        Finding f = finding_at("polish.personal-data", Severity::warning, *line);
        if (kind == "street address") {
            f.message = "The resume gives your full street address: " + in_quotes(quote) + ".";
            f.suggestion = "Keep the city and country (or region) only; a street address invites bias and adds "
                           "nothing an employer needs before an interview.";
        } else if (kind == "national ID") {
            f.message = "The resume shows a national ID number: " + in_quotes(quote) + ".";
            f.suggestion = "Remove it: an ID number on a resume that is shared and stored invites identity theft; "
                           "employers ask for it after an offer.";
        } else {
            f.message = "The resume states your " + kind + ": " + in_quotes(quote) + ".";
            f.suggestion = "Remove it: US and UK employers do not weigh it, and anti-discrimination rules make most "
                           "of them prefer resumes without it.";
        }
        out.add(f);
    }
}

}  // namespace reshost::polish
