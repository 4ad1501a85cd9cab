#include "dates.hpp"

#include "unicode_words.hpp"

#include <utf8proc.h>

#include <cstdio>
#include <vector>

namespace reshost::detail {

namespace {

enum class Tok { word, number, dash, slash, dot, comma, apostrophe, other };

struct Token {
    Tok kind;
    std::size_t begin, end;
    std::string folded;  // words: folded text; numbers: the digits
    bool space_before;
};

bool is_dash(int32_t cp) { return cp == '-' || cp == '~' || cp == 0xAD || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

bool is_letter(int32_t cp) {
    auto c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    bool space = true;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t begin = pos;
        int32_t cp = next_code_point(text, pos);
        // Control characters count as spaces: PDF text puts "\t\r" between words.
        auto cat = utf8proc_category(cp);
        if (cp == ' ' || cp == 0xA0 || cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_CC) {
            space = true;
            continue;
        }
        Token t{Tok::other, begin, pos, {}, space};
        space = false;
        if (cp >= '0' && cp <= '9') {
            t.kind = Tok::number;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
            t.end = pos;
            t.folded = std::string(text.substr(begin, pos - begin));
        } else if (is_letter(cp)) {
            t.kind = Tok::word;
            // Letters, and an apostrophe inside a word ("aujourd'hui").
            while (pos < text.size()) {
                std::size_t p = pos;
                int32_t c = next_code_point(text, p);
                if (is_letter(c)) pos = p;
                else if ((c == '\'' || c == 0x2019) && p < text.size()) {
                    std::size_t q = p;
                    if (!is_letter(next_code_point(text, q))) break;
                    pos = p;
                } else break;
            }
            t.end = pos;
            t.folded = fold(text.substr(begin, pos - begin));
            // A typographic apostrophe reads as the ASCII one of the word lists.
            std::string plain;
            for (std::size_t k = 0; k < t.folded.size(); ++k) {
                if (t.folded.compare(k, 3, "\u2019") == 0) {
                    plain += '\'';
                    k += 2;
                } else plain += t.folded[k];
            }
            t.folded = std::move(plain);
        } else if (is_dash(cp)) t.kind = Tok::dash;
        else if (cp == '/') t.kind = Tok::slash;
        else if (cp == '.') t.kind = Tok::dot;
        else if (cp == ',') t.kind = Tok::comma;
        else if (cp == '\'' || cp == 0x2019) t.kind = Tok::apostrophe;
        out.push_back(std::move(t));
    }
    return out;
}

// A date read from tokens [first, next).
struct Read {
    int year = 0;   // 0: none (a month waiting for the other side's year)
    int month = 0;  // 0: year only
    bool present = false;
    std::size_t first = 0, next = 0;
};

int number(const Token& t) { return t.folded.size() <= 4 ? std::stoi(t.folded) : -1; }
bool is_year(const Token& t) {
    if (t.kind != Tok::number || t.folded.size() != 4) return false;
    int y = number(t);
    return y >= 1900 && y <= 2099;
}
bool is_month_number(const Token& t) {
    if (t.kind != Tok::number || t.folded.size() > 2) return false;
    int m = number(t);
    return m >= 1 && m <= 12;
}
bool attached(const Token& t) { return !t.space_before; }

class Reader {
public:
    Reader(const std::vector<Token>& toks, const NormalizerData& d) : t_(toks), d_(d) {}

    std::optional<Read> date(std::size_t i) const {
        if (i >= t_.size()) return std::nullopt;
        const Token& a = t_[i];
        Read r;
        r.first = i;
        if (a.kind == Tok::word) {
            if (d_.present_words.count(a.folded)) {
                r.present = true;
                r.next = i + 1;
                return r;
            }
            if (auto m = d_.months.find(a.folded); m != d_.months.end()) {
                r.month = m->second;
                std::size_t j = i + 1;
                if (j < t_.size() && t_[j].kind == Tok::dot && attached(t_[j])) ++j;
                if (j < t_.size() && t_[j].kind == Tok::comma) ++j;
                if (j < t_.size() && is_year(t_[j])) {
                    r.year = number(t_[j]);
                    r.next = j + 1;
                } else if (j + 1 < t_.size() && t_[j].kind == Tok::apostrophe && t_[j + 1].kind == Tok::number &&
                           t_[j + 1].folded.size() == 2) {
                    int yy = number(t_[j + 1]);
                    r.year = yy < 70 ? 2000 + yy : 1900 + yy;
                    r.next = j + 2;
                } else {
                    // A month alone only counts as the start of a range ("Jan – Mar 2020").
                    if (a.folded.size() < 3) return std::nullopt;
                    r.next = i + 1;
                }
                return r;
            }
            if (d_.season_words.count(a.folded) && i + 1 < t_.size() && is_year(t_[i + 1])) {
                r.year = number(t_[i + 1]);
                r.next = i + 2;
                return r;
            }
            return std::nullopt;
        }
        if (is_year(a)) {
            r.year = number(a);
            r.next = i + 1;
            // 2020.03, 2020-03, 2020/03 (and a day after it: 2020-03-15).
            if (i + 2 < t_.size() && (t_[i + 1].kind == Tok::dot || t_[i + 1].kind == Tok::slash ||
                                      t_[i + 1].kind == Tok::dash) &&
                attached(t_[i + 1]) && attached(t_[i + 2]) && is_month_number(t_[i + 2]) &&
                t_[i + 2].folded.size() == 2) {
                r.month = number(t_[i + 2]);
                r.next = i + 3;
                if (i + 4 < t_.size() && t_[i + 3].kind == t_[i + 1].kind && attached(t_[i + 3]) &&
                    t_[i + 4].kind == Tok::number && t_[i + 4].folded.size() <= 2)
                    r.next = i + 5;
            }
            return r;
        }
        if (is_month_number(a) && i + 2 < t_.size() &&
            (t_[i + 1].kind == Tok::slash || t_[i + 1].kind == Tok::dot || t_[i + 1].kind == Tok::dash) &&
            attached(t_[i + 1]) && attached(t_[i + 2])) {
            // 03/2020, 3.2020, and 03/15/2020 (month first).
            if (is_year(t_[i + 2])) {
                r.month = number(a);
                r.year = number(t_[i + 2]);
                r.next = i + 3;
                return r;
            }
            if (i + 4 < t_.size() && t_[i + 2].kind == Tok::number && t_[i + 2].folded.size() <= 2 &&
                t_[i + 3].kind == t_[i + 1].kind && attached(t_[i + 3]) && attached(t_[i + 4]) && is_year(t_[i + 4])) {
                r.month = number(a);
                r.year = number(t_[i + 4]);
                r.next = i + 5;
                return r;
            }
        }
        return std::nullopt;
    }

    // The index after a range separator at i ("–", "-", "to", "bis"), or 0.
    std::size_t separator(std::size_t i) const {
        if (i >= t_.size()) return 0;
        if (t_[i].kind == Tok::dash) {
            std::size_t j = i + 1;
            while (j < t_.size() && t_[j].kind == Tok::dash) ++j;  // "--"
            return j;
        }
        if (t_[i].kind == Tok::word && d_.range_words.count(t_[i].folded)) return i + 1;
        return 0;
    }

    // Tokens that meant to be a date but cannot be read ("20XX"), from i on: their end, or 0.
    std::size_t unreadable(std::size_t i) const {
        std::size_t j = i;
        bool digits = false;
        while (j < t_.size() && j < i + 3 && (t_[j].kind == Tok::word || t_[j].kind == Tok::number)) {
            if (t_[j].kind == Tok::number) digits = true;
            ++j;
            if (j < t_.size() && t_[j].space_before && digits) break;
        }
        return digits ? j : 0;
    }

private:
    const std::vector<Token>& t_;
    const NormalizerData& d_;
};

// Why a date written at tokens [first, next) gives no value.
std::string unreadable_reason(std::string_view raw) {
    return "\"" + std::string(raw) + "\" has no readable year (expected e.g. \"Jan 2020\", \"2020\" or \"Present\")";
}

std::string value_of(const Read& r) {
    if (r.present) return "present";
    if (r.year == 0) return {};
    char buf[16];
    if (r.month) std::snprintf(buf, sizeof buf, "%04d-%02d", r.year, r.month);
    else std::snprintf(buf, sizeof buf, "%04d", r.year);
    return buf;
}

}  // namespace

std::optional<DateMatch> find_dates(std::string_view text, const NormalizerData& data) {
    std::vector<Token> toks = tokenize(text);
    Reader rd(toks, data);
    auto span = [&](std::size_t first, std::size_t next) {
        return std::string(text.substr(toks[first].begin, toks[next - 1].end - toks[first].begin));
    };
    auto finish = [&](std::size_t a0, std::size_t a1, std::string av, std::size_t b0, std::size_t b1,
                      std::string bv) {
        DateMatch m;
        m.range = true;
        m.start = DateData{span(a0, a1), std::move(av), {}};
        m.end = DateData{span(b0, b1), std::move(bv), {}};
        for (DateData* d : {&m.start, &m.end})
            if (d->value.empty()) d->reason = unreadable_reason(d->raw);
        m.pos = toks[a0].begin;
        m.len = toks[b1 - 1].end - m.pos;
        return m;
    };

    // A range: date, separator, date (either side may be unreadable, not both).
    for (std::size_t i = 0; i < toks.size(); ++i) {
        auto a = rd.date(i);
        if (a && !a->present) {
            std::size_t s = rd.separator(a->next);
            if (!s) continue;
            auto b = rd.date(s);
            if (b && (b->year || b->present)) {
                Read start = *a;
                if (!start.year) start.year = b->year;  // "Jan – Mar 2020"
                if (!start.year) continue;
                return finish(a->first, a->next, value_of(start), b->first, b->next, value_of(*b));
            }
            // "2019–21": a two-digit end year in the start's century.
            bool alone = s + 1 >= toks.size() || toks[s + 1].space_before ||
                         (toks[s + 1].kind != Tok::word && toks[s + 1].kind != Tok::number);
            if (a->year && !a->month && s < toks.size() && toks[s].kind == Tok::number && toks[s].folded.size() == 2 &&
                alone) {
                int y = a->year / 100 * 100 + number(toks[s]);
                if (y >= a->year) {
                    Read end;
                    end.year = y;
                    return finish(a->first, a->next, value_of(*a), s, s + 1, value_of(end));
                }
            }
            if (a->year)
                if (std::size_t u = rd.unreadable(s)) return finish(a->first, a->next, value_of(*a), s, u, {});
        }
    }
    // "Month 20XX – Present": an unreadable start before a readable end, when no readable range exists.
    for (std::size_t i = 0; i < toks.size(); ++i) {
        std::size_t u = rd.unreadable(i);
        if (!u) continue;
        std::size_t s = rd.separator(u);
        if (!s) continue;
        auto b = rd.date(s);
        if (b && (b->year || b->present)) return finish(i, u, {}, b->first, b->next, value_of(*b));
    }
    // A single date.
    for (std::size_t i = 0; i < toks.size(); ++i) {
        auto a = rd.date(i);
        if (!a || (!a->year && !a->present)) continue;
        DateMatch m;
        DateData d{span(a->first, a->next), value_of(*a), {}};
        if (a->present) m.end = std::move(d);
        else m.start = std::move(d);
        m.pos = toks[a->first].begin;
        m.len = toks[a->next - 1].end - m.pos;
        return m;
    }
    return std::nullopt;
}

}  // namespace reshost::detail
