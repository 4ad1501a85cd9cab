#include "contact.hpp"

#include "dates.hpp"
#include "headings.hpp"
#include "unicode_words.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace reshost::detail {

namespace {

struct LineRef {
    const LineData* line;
    const BlockData* block;
};

std::vector<LineRef> lines_of(const DocumentData& doc, std::size_t first, std::size_t last) {
    std::vector<LineRef> out;
    for (std::size_t b = first; b < last && b < doc.blocks.size(); ++b)
        for (const auto& l : doc.blocks[b].lines) out.push_back({&l, &doc.blocks[b]});
    return out;
}

FieldData field(std::string text, const Location& loc) { return FieldData{std::move(text), loc}; }

bool local_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("._%+-", c); }
bool domain_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }

// A host name: labels of letters, digits and hyphens, ending in an alphabetic top-level label.
bool is_host(std::string_view h, std::string* tld = nullptr) {
    auto dot = h.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || h.empty() || !std::isalnum(static_cast<unsigned char>(h[0])))
        return false;
    if (h.find("..") != std::string_view::npos) return false;
    for (char c : h)
        if (!domain_char(c)) return false;
    std::string_view top = h.substr(dot + 1);
    if (top.size() < 2 || top.size() > 10) return false;
    for (char c : top)
        if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    if (tld) *tld = std::string(top);
    return true;
}

// The first e-mail address in the text (scanned by hand: std::regex recurses per character).
std::string find_email(std::string_view t) {
    for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
        std::size_t b = at;
        while (b > 0 && local_char(t[b - 1])) --b;
        std::size_t e = at + 1;
        while (e < t.size() && domain_char(t[e])) ++e;
        while (e > at + 1 && (t[e - 1] == '.' || t[e - 1] == '-')) --e;
        while (b < at && t[b] == '.') ++b;
        if (b < at && is_host(t.substr(at + 1, e - at - 1))) return std::string(t.substr(b, e - b));
    }
    return {};
}

// Splits "Label: value" when the label is one of `labels`; returns the value or empty.
std::string labelled(std::string_view text, const std::unordered_set<std::string>& labels) {
    auto colon = text.find(':');
    if (colon == std::string_view::npos || colon > 40) return {};
    if (!labels.count(word_key(text.substr(0, colon)))) return {};
    return trim_punct(text.substr(colon + 1));
}

// The pieces of a contact line between separators such as "|", "•", "·".
std::vector<std::string> segments(std::string_view text) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t b = pos;
        int32_t cp = next_code_point(text, pos);
        bool sep = cp == '|' || cp == 0x2022 || cp == 0x00B7 || cp == 0x25CF || cp == 0x2219 || cp == 0x22C5 ||
                   cp == 0x2013 || cp == 0x2014 || cp == '\t' || cp == 0xFF1A;
        // A hyphen between spaces parts a title line ("Jane Doe - Data Scientist"); inside words it does not.
        if (cp == '-' && b > 0 && text[b - 1] == ' ' && pos < text.size() && text[pos] == ' ') sep = true;
        if (sep) {
            out.push_back(trim_punct(cur));
            cur.clear();
        } else cur.append(text.substr(b, pos - b));
    }
    out.push_back(trim_punct(cur));
    out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& s) { return s.empty(); }), out.end());
    return out;
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }


}  // namespace

bool looks_like_place(std::string_view text, const NormalizerData& data) {
    if (text.find('@') != std::string_view::npos || text.find("://") != std::string_view::npos) return false;
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t j = text.find(',', i);
        if (j == std::string_view::npos) j = text.size();
        parts.emplace_back(trim(text.substr(i, j - i)));
        i = j + 1;
    }
    if (parts.size() < 2 || parts.size() > 4) return false;
    for (const auto& p : parts) {
        if (p.empty()) return false;
        auto ws = words(word_key(p));
        if (ws.empty() || ws.size() > 4) return false;
        for (const auto& w : ws)
            if (data.role_words.count(w) || data.organization_words.count(w)) return false;
        // Each part starts with a capital letter; a postal code may follow the region.
        std::size_t pos = 0;
        next_code_point(p, pos);
        std::string_view head = std::string_view(p).substr(0, pos);
        if (letter_count(head) != 1 || !is_all_caps(head)) return false;
        if (std::count_if(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; }) > 6) return false;
    }
    return !has_digit(parts.front());
}

namespace {

bool is_email(std::string_view s) { return !find_email(s).empty(); }

// A name broken across the lines of a narrow column or set letter by letter ("ROHAN DESHPA
// NDE") is spaced as the document's title writes the same letters ("Rohan Deshpande — Résumé").
void space_as_title(std::string& name, std::string_view title) {
    if (name.empty() || title.empty() || title.size() > 300) return;
    std::vector<std::pair<std::size_t, std::size_t>> letters;  // the name's code points, but spaces
    for (std::size_t pos = 0; pos < name.size();) {
        std::size_t at = pos;
        int32_t cp = next_code_point(name, pos);
        if (cp != ' ') letters.emplace_back(at, pos);
    }
    auto lower_at = [](std::string_view text, std::size_t& pos) { return utf8proc_tolower(next_code_point(text, pos)); };
    for (std::size_t start = 0; start < title.size();) {
        std::size_t t = start;
        bool word_start = start == 0 || title[start - 1] == ' ' || title[start - 1] == '-' || title[start - 1] == '(';
        if (!word_start) {
            next_code_point(title, start);
            continue;
        }
        std::vector<std::size_t> spaces;  // letters of the name that a space precedes in the title
        std::size_t k = 0;
        for (; k < letters.size() && t < title.size(); ++k) {
            bool spaced = false;
            while (t < title.size() && title[t] == ' ' && k > 0) {
                spaced = true;
                ++t;
            }
            std::size_t p = letters[k].first;
            if (t >= title.size() || lower_at(title, t) != lower_at(name, p)) break;
            if (spaced) spaces.push_back(k);
        }
        if (k == letters.size() && (t >= title.size() || title[t] == ' ' || title[t] == ',')) {
            std::string out;
            for (std::size_t i = 0, s = 0; i < letters.size(); ++i) {
                if (s < spaces.size() && spaces[s] == i) {
                    out += ' ';
                    ++s;
                }
                out.append(name, letters[i].first, letters[i].second - letters[i].first);
            }
            name = std::move(out);
            return;
        }
        next_code_point(title, start);
    }
}

const std::unordered_set<std::string>& file_extensions() {
    // Dotted words that are technologies or files, not web sites.
    static const std::unordered_set<std::string> ext{"js", "ts", "py", "rb", "go", "md", "pdf", "doc", "docx",
                                                     "txt", "sh", "jsx", "tsx", "cpp", "h", "rs", "java", "css", "html"};
    return ext;
}

// A word of a line that is a URL: with a scheme, "www.", or a bare "name.tld/path".
std::string url_in_word(std::string_view word) {
    std::string w = trim_punct(word);
    while (!w.empty() && (w.back() == '.' || w.back() == ')' || w.back() == ']')) w.pop_back();
    while (!w.empty() && (w.front() == '(' || w.front() == '[')) w.erase(0, 1);
    if (w.size() < 4 || w.find('@') != std::string::npos) return {};
    std::string lower = fold(w);
    if (lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0 || lower.rfind("www.", 0) == 0) return w;
    std::string tld;
    if (!is_host(std::string_view(lower).substr(0, lower.find('/')), &tld)) return {};
    if (file_extensions().count(tld)) return {};
    return w;
}

std::string host_of(std::string_view url) {
    std::string u = fold(url);
    if (auto p = u.find("://"); p != std::string::npos) u = u.substr(p + 3);
    u = u.substr(0, u.find_first_of("/?#"));
    if (u.rfind("www.", 0) == 0) u = u.substr(4);
    return u;
}

std::string link_key(std::string_view url) {
    std::string u = fold(url);
    if (auto p = u.find("://"); p != std::string::npos) u = u.substr(p + 3);
    if (u.rfind("www.", 0) == 0) u = u.substr(4);
    while (!u.empty() && u.back() == '/') u.pop_back();
    return u;
}

// A profile URL found anywhere: a GitHub user or LinkedIn profile, not a repository.
bool is_profile_url(std::string_view url, const std::string& network) {
    std::string key = link_key(url);
    auto slash = key.find('/');
    if (network == "linkedin") return key.find("/in/") != std::string::npos;
    if (network == "github") return slash != std::string::npos && key.find('/', slash + 1) == std::string::npos;
    return false;
}

// A short line of Han characters only ("张三"): names in Chinese, Japanese and Korean are written without spaces.
bool is_cjk_name(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        int32_t cp = next_code_point(text, pos);
        if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xAC00 && cp <= 0xD7A3)))
            return false;
        ++n;
    }
    return n >= 2 && n <= 4;
}

bool looks_like_name(std::string_view raw, const NormalizerData& data) {
    std::string text = trim_punct(raw);
    if (is_cjk_name(text)) return true;
    if (text.size() < 3 || text.size() > 60 || has_digit(text)) return false;
    if (text.find('@') != std::string::npos || text.find("://") != std::string::npos ||
        text.find(':') != std::string::npos || text.find('|') != std::string::npos)
        return false;
    // A line of several contact pieces, or one holding a web address, is not a name on its own.
    // Tabs only space the words of a PDF line out, so they do not part it here.
    std::string spaced = text;
    std::replace_if(spaced.begin(), spaced.end(), [](char c) { return c == '\t' || c == '\r'; }, ' ');
    if (segments(spaced).size() > 1) return false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t j = text.find(' ', i);
        if (j == std::string::npos) j = text.size();
        std::string_view w = std::string_view(text).substr(i, j - i);
        if (w.find('/') != std::string_view::npos || !url_in_word(w).empty()) return false;
        i = j + 1;
    }
    std::string key = word_key(text);
    auto ws = words(key);
    // One word is a label or a brand ("LinkedIn") far more often than a whole name.
    if (ws.size() < 2 || ws.size() > 6 || letter_count(text) < 2) return false;
    if (data.not_names.count(key) || match_section_heading(text, data)) return false;
    for (const auto& w : ws)
        if (data.not_names.count(w) || data.role_words.count(w)) return false;
    return true;
}

class ContactReader {
public:
    ContactReader(const DocumentData& doc, std::size_t region_end, const NormalizerData& data)
        : doc_(doc), data_(data), region_(lines_of(doc, 0, region_end)), all_(lines_of(doc, 0, doc.blocks.size())),
          region_end_(region_end) {
        // Without any section the whole document is the region; its top holds the contact.
        no_sections_ = region_end >= doc.blocks.size();
        // The body's own contact lines come before a running page header that repeats them.
        for (const auto& r : region_)
            (r.block->flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER) ? marginal_ : body_).push_back(r);
    }

    ContactData read() {
        ContactData c;
        read_name(c);
        space_as_title(c.name.text, doc_.meta_value("title"));
        read_email(c);
        read_phone(c);
        read_location(c);
        read_links(c);
        // Read when an output asks for it: libphonenumber is slow to start.
        if (!c.phone.text.empty() && data_.phones)
            c.phone_e164 = data_.phones->to_e164(c.phone.text, phone_region(c.location.text, data_));
        return c;
    }

private:
    void read_name(ContactData& c) {
        for (const auto& r : region_)
            if (auto v = labelled(r.line->text, data_.name_labels); !v.empty() && looks_like_name(v, data_)) {
                c.name = field(v, r.line->loc);
                return;
            }
        // Headings first, shallowest level first; then short lines in reading order.
        std::size_t limit = no_sections_ ? std::min<std::size_t>(doc_.blocks.size(), 12) : doc_.blocks.size();
        std::vector<const BlockData*> heads;
        for (std::size_t b = 0; b < limit && b < doc_.blocks.size(); ++b)
            if (b < region_end_ && doc_.blocks[b].kind == RH_BLOCK_HEADING)
                heads.push_back(&doc_.blocks[b]);
        std::stable_sort(heads.begin(), heads.end(), [](auto a, auto b) { return a->level < b->level; });
        for (const BlockData* h : heads)
            for (const auto& l : h->lines)
                if (auto n = name_in(l); !n.empty()) {
                    c.name = field(n, l.loc);
                    return;
                }
        std::size_t seen = 0;
        for (const auto& r : region_) {
            if (no_sections_ && ++seen > 20) break;
            if (auto n = name_in(*r.line); !n.empty()) {
                c.name = field(n, r.line->loc);
                return;
            }
        }
    }

    // The name in a title line: the line itself, or its first piece ("Jane Doe | Engineer"),
    // or the words before a label or a change of type on a line shared with other text
    // ("ROBERT SMITH        LinkedIn:" laid out on one baseline).
    std::string name_in(const LineData& line) const {
        std::string_view text = line.text;
        // "ROBERT SMITH LinkedIn:" is a name and a label, not a three-word name.
        if (text.find(':') == std::string_view::npos && looks_like_name(text, data_)) return trim_punct(text);
        auto segs = segments(text);
        if (segs.size() > 1 && looks_like_name(segs.front(), data_)) return segs.front();
        if (line.spans.size() > 1) {
            const SpanData& first = line.spans.front();
            std::string run;
            for (const auto& s : line.spans) {
                if (s.font != first.font || s.size != first.size || s.flags != first.flags) break;
                run += s.text;
            }
            if (run.size() < text.size() && looks_like_name(run, data_)) return trim_punct(run);
        }
        for (std::size_t i = 0; i < text.size();) {
            std::size_t j = text.find(' ', i);
            if (j == std::string_view::npos) j = text.size();
            if (i > 0 && j > i + 1 && text[j - 1] == ':') {
                std::string before = trim_punct(text.substr(0, i));
                return looks_like_name(before, data_) ? before : std::string();
            }
            i = j + 1;
        }
        return {};
    }

    void read_email(ContactData& c) {
        for (const auto* lines : {&body_, &marginal_, &all_})
            for (const auto& r : *lines) {
                if (auto m = find_email(r.line->text); !m.empty()) {
                    c.email = field(m, r.line->loc);
                    return;
                }
                for (const auto& s : r.line->spans)
                    if (fold(s.link).rfind("mailto:", 0) == 0) {
                        c.email = field(s.link.substr(7), r.line->loc);
                        return;
                    }
            }
    }

    void read_phone(ContactData& c) {
        // A labelled number ("Mobile: 555 0100", "手机：138****0000") is the candidate's, masked or not.
        for (const auto* lines : {&body_, &marginal_, &all_})
            for (const auto& r : *lines)
                if (auto p = labelled_phone(phone_text(r.line->text)); !p.empty()) {
                    c.phone = field(p, r.line->loc);
                    return;
                }
        for (const auto* lines : {&body_, &marginal_, &all_})
            for (const auto& r : *lines) {
                std::string t = phone_text(r.line->text);
                std::string p = phone_in(t);
                // In the contact block a piece of its own may be a bare or masked number ("123456789").
                if (p.empty() && lines != &all_)
                    for (const auto& seg : segments(t))
                        if (is_bare_phone(seg)) {
                            p = seg;
                            break;
                        }
                if (!p.empty()) {
                    c.phone = field(p, r.line->loc);
                    return;
                }
            }
    }

    // The line with the dashes and spaces a number may be typeset with made ASCII ("(909)\t555‐5555").
    static std::string phone_text(std::string_view t) {
        std::string out;
        for (std::size_t pos = 0; pos < t.size();) {
            std::size_t b = pos;
            int32_t cp = next_code_point(t, pos);
            if (cp == 0xAD) continue;  // a soft hyphen is not printed
            if ((cp >= 0x2010 && cp <= 0x2013) || cp == 0x2212) out += '-';
            else if (cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == '\t' || cp == '\r' || cp == ' ') {
                if (out.empty() || out.back() != ' ') out += ' ';
            }
            else out.append(t.substr(b, pos - b));
        }
        return out;
    }

    // "Mobile", "手机号", or the latter spaced out to line up with other labels ("手 机 号").
    bool is_phone_label(std::string_view label) const {
        std::string key = word_key(label);
        if (data_.phone_labels.count(key)) return true;
        key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
        return data_.phone_labels.count(key) > 0;
    }

    // The number after a phone label, in a line of one or more "Label: value" pieces.
    std::string labelled_phone(std::string_view t) const {
        for (std::size_t at = 0; at < t.size();) {
            std::size_t colon = t.find(':', at), wide = t.find("\xEF\xBC\x9A", at);  // ':' or '：'
            std::size_t end = std::min(colon, wide);
            if (end == std::string_view::npos) break;
            std::size_t value = end + (end == colon ? 1 : 3);
            // The label is the last piece before the colon ("Email: a@b.c | Tel: ...").
            auto pieces = segments(t.substr(at, end - at));
            if (!pieces.empty() && is_phone_label(pieces.back())) {
                std::string_view rest = trim(t.substr(value));
                std::size_t stop = 0;
                while (stop < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[stop])) ||
                                              std::strchr(" -.()+/*xX", rest[stop])))
                    ++stop;
                std::string cand = trim_punct(rest.substr(0, stop));
                if (is_bare_phone(cand) || is_phone(cand)) return cand;
            }
            at = value;
        }
        return {};
    }

    // A whole piece that is a number: 7 to 15 digits, some perhaps masked with x or * ("135xxxx9999").
    static bool is_bare_phone(std::string_view s) {
        std::size_t digits = 0, masked = 0;
        for (char ch : s) {
            if (ch >= '0' && ch <= '9') ++digits;
            else if (ch == 'x' || ch == 'X' || ch == '*') ++masked;
            else if (!std::strchr(" -.()+", ch)) return false;
        }
        if (digits + masked < 7 || digits + masked > 15 || digits < 3) return false;
        std::string plain;
        for (char ch : s) plain += (ch == 'x' || ch == 'X' || ch == '*') ? '0' : ch;
        return is_phone(plain) || (plain.find_first_not_of("0123456789") == std::string::npos && masked + digits >= 7);
    }

    std::string phone_in(const std::string& t) const {
        for (std::size_t i = 0; i < t.size(); ++i) {
            char ch = t[i];
            if (!(ch == '+' || ch == '(' || (ch >= '0' && ch <= '9'))) continue;
            if (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '@')) continue;
            std::size_t j = i;
            while (j < t.size() && (std::isdigit(static_cast<unsigned char>(t[j])) || std::strchr(" -.()+/", t[j])))
                ++j;
            std::string cand(trim(std::string_view(t).substr(i, j - i)));
            while (!cand.empty() && std::strchr(" -./(", cand.back())) cand.pop_back();
            if (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j])) && cand.size() + i == j) {
                i = j;
                continue;
            }
            if (is_phone(cand)) return cand;
            i = j;
        }
        return {};
    }

    void read_location(ContactData& c) {
        for (const auto& r : region_)
            if (auto v = labelled(r.line->text, data_.location_labels); !v.empty()) {
                if (v.back() == '.') v.pop_back();  // the end of a sentence, not of an abbreviation
                c.location = field(v, r.line->loc);
                return;
            }
        for (const auto& r : region_) {
            if (r.block->kind == RH_BLOCK_HEADING) continue;
            for (const auto& s : segments(r.line->text))
                if (looks_like_place(s, data_) && s != c.name.text && !find_dates(s, data_)) {
                    c.location = field(s, r.line->loc);
                    return;
                }
        }
    }

    void add_link(ContactData& c, std::string url, const Location& loc) {
        std::string key = link_key(url);
        if (key.empty() || key.rfind("mailto:", 0) == 0 || key.rfind("tel:", 0) == 0 || is_email(url)) return;
        for (const auto& l : c.links)
            if (link_key(l.url.text) == key) return;
        c.links.push_back(ProfileLinkData{network_of(url, data_), field(std::move(url), loc)});
    }

    // "GitHub: janedoe", "LinkedIn: /in/janedoe": a network's name as a label before a handle.
    std::string handle_url(std::string_view text) const {
        auto colon = text.find(':');
        if (colon == std::string_view::npos || text.substr(colon).rfind("://", 0) == 0) return {};
        std::string network = word_key(text.substr(0, colon));
        std::string handle = trim_punct(text.substr(colon + 1));
        if (handle.empty() || handle.find(' ') != std::string::npos || !url_in_word(handle).empty()) return {};
        while (!handle.empty() && handle.front() == '/') handle.erase(0, 1);
        if (!handle.empty() && handle.front() == '@') handle.erase(0, 1);
        if (network == "linkedin" && handle.rfind("in/", 0) != 0) handle = "in/" + handle;
        for (const auto& [host, n] : data_.networks)
            if (n == network && (n == "github" || n == "linkedin")) return host + "/" + handle;
        return {};
    }

    void read_links(ContactData& c) {
        for (const auto& r : region_) {
            for (const auto& s : r.line->spans)
                if (!s.link.empty() && s.link.front() != '#') add_link(c, s.link, s.loc ? *s.loc : r.line->loc);
            std::string_view t = r.line->text;
            for (const auto& seg : segments(t))
                if (auto u = handle_url(seg); !u.empty()) add_link(c, u, r.line->loc);
            std::size_t i = 0;
            while (i < t.size()) {
                std::size_t j = t.find_first_of(" \t", i);
                if (j == std::string_view::npos) j = t.size();
                if (auto u = url_in_word(t.substr(i, j - i)); !u.empty()) add_link(c, u, r.line->loc);
                i = j + 1;
            }
        }
        // Links the importer found apart from the text (PDF annotations) in the region.
        uint32_t last_line = 0;
        for (const auto& r : region_) last_line = std::max({last_line, r.line->loc.line_end, r.line->loc.line});
        for (const auto& l : doc_.links)
            if (l.loc.line && l.loc.line <= last_line) add_link(c, l.url, l.loc);
        // Profiles anywhere in the document.
        for (const auto& l : doc_.links) {
            std::string n = network_of(l.url, data_);
            if (is_profile_url(l.url, n)) add_link(c, l.url, l.loc);
        }
        for (const auto& r : all_)
            for (const auto& s : r.line->spans)
                if (!s.link.empty() && is_profile_url(s.link, network_of(s.link, data_)))
                    add_link(c, s.link, s.loc ? *s.loc : r.line->loc);
    }

    const DocumentData& doc_;
    const NormalizerData& data_;
    std::vector<LineRef> region_, all_, body_, marginal_;
    std::size_t region_end_;
    bool no_sections_ = false;
};

}  // namespace

std::string network_of(std::string_view url, const NormalizerData& data) {
    std::string host = host_of(url);
    for (const auto& [h, network] : data.networks)
        if (host == h || (host.size() > h.size() && host.compare(host.size() - h.size(), h.size(), h) == 0 &&
                          host[host.size() - h.size() - 1] == '.'))
            return network;
    return "portfolio";
}

std::string phone_region(std::string_view location, const NormalizerData& data) {
    // "Austin, TX, USA": the widest place, written last, decides.
    std::size_t end = location.size();
    while (end > 0) {
        std::size_t comma = location.rfind(',', end - 1);
        std::size_t begin = comma == std::string_view::npos ? 0 : comma + 1;
        auto it = data.phone_regions.find(word_key(location.substr(begin, end - begin)));
        if (it != data.phone_regions.end()) return it->second;
        if (comma == std::string_view::npos) break;
        end = comma;
    }
    return data.default_phone_region;
}

bool is_phone(std::string_view text) {
    std::size_t digits = 0, seps = 0;
    bool plus = !text.empty() && text.front() == '+';
    std::vector<std::string> groups(1);
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            ++digits;
            groups.back() += c;
        } else {
            if (!groups.back().empty()) groups.emplace_back();
            if (c != '+') ++seps;
        }
    }
    if (groups.back().empty()) groups.pop_back();
    if (digits < 7 || digits > 15) return false;
    // Without a country code or area code in brackets, a number has three groups or ten digits
    // ("555 123 4567", "5551234567"); two short groups are more often an id ("2023.1234").
    bool area = text.find('(') != std::string_view::npos;
    if (!plus && !area && digits < 10 && groups.size() < 3) return false;
    // Dates and date ranges: "2019 - 2021", "03/2020 - 05/2021", "2020.03".
    bool all_dates = std::all_of(groups.begin(), groups.end(), [](const std::string& g) {
        if (g.size() == 4) return g.rfind("19", 0) == 0 || g.rfind("20", 0) == 0;
        return g.size() <= 2;
    });
    // Five pairs of digits are a number as France writes them ("06 42 95 10 67"): no date
    // or range of dates has five parts.
    if (groups.size() == 5 && std::all_of(groups.begin(), groups.end(), [](const std::string& g) { return g.size() == 2; }))
        all_dates = false;
    // A country code rules dates out ("+33 1 42 68 53 00").
    return plus || !all_dates;
}

ContactData read_contact(const DocumentData& doc, std::size_t region_end, const NormalizerData& data) {
    if (doc.blocks.empty()) return {};
    return ContactReader(doc, std::max<std::size_t>(region_end, 0), data).read();
}

}  // namespace reshost::detail
