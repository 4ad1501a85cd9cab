// Skill terms: the shared vocabulary of skills (host/data/skill-aliases.tsv)
// and a matcher that finds them in text with token-exact boundaries, so that
// "C" is not found in "C++", "Java" not in "JavaScript", ".NET" not in "ASP.NET".
// Header-only, standard library only: the resume model and analyzer plugins
// both include it.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "index_table.hpp"

namespace reshost::terms {

// One skill of the vocabulary.
struct Term {
    std::string id;                    // stable canonical id ("kubernetes")
    std::string name;                  // canonical display name ("Kubernetes")
    std::string kind;                  // language, framework, database, cloud, ...
    std::vector<std::string> aliases;  // other accepted wordings ("K8s")
};

// One occurrence of a term in a text.
struct Hit {
    const Term* term = nullptr;  // the vocabulary entry; valid while the vocabulary lives
    std::string_view text;       // the words as written, a view into the searched text
    std::size_t offset = 0;      // byte offset of `text` in the searched text
    std::size_t form = 0;        // 0: the canonical name; n > 0: term->aliases[n - 1]

    // True when written as the canonical name (in any case), false for an alias or acronym.
    bool canonical() const { return form == 0; }
    // The vocabulary wording that matched: the name or the alias.
    std::string_view wording() const { return form == 0 ? term->name : term->aliases[form - 1]; }
};

namespace detail {

inline bool is_alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` without blanks, tabs and carriage returns at either end. A byte loop:
// find_first_not_of searches its set of characters once per byte.
inline std::string_view trim(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    std::size_t b = 0, e = s.size();
    while (b < e && blank(s[b])) ++b;
    while (e > b && blank(s[e - 1])) --e;
    return s.substr(b, e - b);
}

// Length of the space-like run at `at`: ASCII blanks, line breaks and
// U+00A0 (PDF text often carries it between words).
inline std::size_t space_run(std::string_view t, std::size_t at) {
    std::size_t i = at;
    while (i < t.size()) {
        unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
            i += 2;
        } else {
            break;
        }
    }
    return i - at;
}

// A name, alias or never-a-skill phrase, ready for matching. Its wording is
// a stretch of the vocabulary's own copy of the file, not a string of its own.
struct Pattern {
    std::uint32_t offset = 0; // where the wording starts in the vocabulary's text
    std::uint32_t size = 0;   // its length in bytes
    bool exact = false;       // case must match
    bool stop = false;        // a phrase that is never a skill
    std::uint32_t term = 0;   // index into the vocabulary's terms
    std::uint32_t form = 0;   // 0 name, n alias n - 1
    // The wording's second byte, folded, when it is a letter or a digit, which
    // the text's second byte must then equal: a cheap test before match_at.
    // 0 for one-byte wordings, other second bytes (a space matches a hyphen
    // or a run of blanks) and stop phrases.
    char second = 0;
};

// Where `pattern` (the wording of `p`) ends when it matches `t` at `at`, or
// npos. A space in the pattern matches a run of spaces or line breaks, or a
// single hyphen; in a stop phrase "<number>" matches a run of digits.
inline std::size_t match_at(const Pattern& p, std::string_view pattern, std::string_view t, std::size_t at) {
    static constexpr std::string_view number = "<number>";
    std::size_t i = at;
    for (std::size_t k = 0; k < pattern.size();) {
        char pc = pattern[k];
        if (p.stop && pattern.compare(k, number.size(), number) == 0) {
            std::size_t d = i;
            while (d < t.size() && is_digit(static_cast<unsigned char>(t[d]))) ++d;
            if (d == i) return std::string_view::npos;
            i = d;
            k += number.size();
            continue;
        }
        if (i >= t.size()) return std::string_view::npos;
        if (pc == ' ') {
            std::size_t run = space_run(t, i);
            if (run == 0 && t[i] != '-') return std::string_view::npos;
            i += run == 0 ? 1 : run;
        } else if (p.exact ? t[i] != pc : fold(t[i]) != fold(pc)) {
            return std::string_view::npos;
        } else {
            ++i;
        }
        ++k;
    }
    return i;
}

// True when a term may start at `at`: not inside a word, nor after "word."
// ("js" in "Vue.js", ".NET" in "ASP.NET").
inline bool starts_token(std::string_view t, std::size_t at) {
    if (at == 0) return true;
    unsigned char prev = static_cast<unsigned char>(t[at - 1]);
    if (is_alnum(prev) || prev == '_') return false;
    if (prev == '.' && at >= 2 && is_alnum(static_cast<unsigned char>(t[at - 2]))) return false;
    return true;
}

// Where a match of `p` that ends at `end` really ends, or npos when the text
// goes on with the same word ("Java" before "Script", "C" before "++" or "#",
// "Node" before ".js"). A version glued to a name of three letters or more
// ("Python3", "Java8") belongs to the match.
inline std::size_t token_end(std::string_view pattern, std::string_view t, std::size_t end) {
    unsigned char last = static_cast<unsigned char>(pattern.back());
    if (!is_alnum(last)) return end;
    auto word_goes_on = [&](std::size_t j) {
        if (j >= t.size()) return false;
        unsigned char c = static_cast<unsigned char>(t[j]);
        if (is_alnum(c) || c == '_' || c == '#') return true;
        // "C" before "++"; a lone '+' is "ES2015+" or "5+ years".
        if (c == '+') return j + 1 < t.size() && t[j + 1] == '+';
        return c == '.' && j + 1 < t.size() && is_alnum(static_cast<unsigned char>(t[j + 1]));
    };
    if (!word_goes_on(end)) return end;
    if (!is_letter(last) || pattern.size() < 3 || !is_digit(static_cast<unsigned char>(t[end])))
        return std::string_view::npos;
    std::size_t j = end;
    while (j < t.size() && (is_digit(static_cast<unsigned char>(t[j])) ||
                            (t[j] == '.' && j + 1 < t.size() &&
                             is_digit(static_cast<unsigned char>(t[j + 1])))))
        ++j;
    return word_goes_on(j) ? std::string_view::npos : j;
}

// Case-insensitive hash and equality of wordings, for the check that no two
// terms share a wording.
inline std::uint32_t folded_hash(std::string_view s) { return hash_bytes(s, fold); }
inline bool same_folded(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (fold(a[i]) != fold(b[i])) return false;
    return true;
}

// Up to `N` fields of `s` between `sep`; returns how many there are, counting
// those beyond `N`.
template <std::size_t N>
std::size_t split_fields(std::string_view s, char sep, std::array<std::string_view, N>& out) {
    std::size_t n = 0;
    while (true) {
        std::size_t at = s.find(sep);
        if (n < N) out[n] = s.substr(0, at);
        ++n;
        if (at == std::string_view::npos) return n;
        s.remove_prefix(at + 1);
    }
}

// Calls `f` with each trimmed, non-empty item of a comma-separated list.
template <class F>
void for_each_item(std::string_view list, F f) {
    while (true) {
        std::size_t at = list.find(',');
        if (auto t = trim(list.substr(0, at)); !t.empty()) f(t);
        if (at == std::string_view::npos) return;
        list.remove_prefix(at + 1);
    }
}

}  // namespace detail

// The skill vocabulary and the matcher over it.
class Vocabulary {
public:
    // Reads the vocabulary format (see host/data/skill-aliases.tsv); throws
    // std::runtime_error naming `source` and the line on a malformed entry.
    static Vocabulary parse(std::string_view content, std::string_view source = "skill vocabulary") {
        return parse_text(std::string(content), source);
    }

    // Reads the vocabulary from a file; throws std::runtime_error naming the file.
    static Vocabulary load(const std::filesystem::path& file) {
        std::string content;
        if (!read_file(file, content)) throw std::runtime_error("cannot read skill vocabulary " + file.string());
        return parse_text(std::move(content), file.string());
    }

    // All terms, in file order.
    std::span<const Term> terms() const { return terms_; }

    // The term with this canonical id, or null.
    const Term* find(std::string_view id) const {
        std::uint32_t row = by_id_.find(hash_bytes(id), [&](std::uint32_t t) { return terms_[t].id == id; });
        return row == IndexTable::none ? nullptr : &terms_[row];
    }

    // Every term occurrence in `text`, in text order; at each place the
    // longest wording wins ("Spring Boot" over "Spring", "CI/CD" over "CI").
    std::vector<Hit> find_in(std::string_view text) const {
        std::vector<Hit> hits;
        std::size_t i = 0;
        while (i < text.size()) {
            if (!detail::starts_token(text, i)) {
                ++i;
                continue;
            }
            std::size_t next = i + 1;
            auto c = static_cast<unsigned char>(detail::fold(text[i]));
            const char second = next < text.size() ? detail::fold(text[next]) : '\0';
            for (std::uint32_t k = bucket_start_[c]; k < bucket_start_[c + 1u]; ++k) {
                const detail::Pattern& p = patterns_[k];
                if (p.second && p.second != second) continue;
                std::string_view wording = wording_of(p);
                std::size_t end = detail::match_at(p, wording, text, i);
                if (end == std::string_view::npos) continue;
                end = detail::token_end(wording, text, end);
                if (end == std::string_view::npos) continue;
                if (!p.stop) hits.push_back({&terms_[p.term], text.substr(i, end - i), i, p.form});
                next = end;
                break;
            }
            i = next;
        }
        return hits;
    }

    // The term that `written` names as a whole ("Postgres", " k8s "), or null.
    const Term* lookup(std::string_view written) const {
        written = detail::trim(written);
        auto hits = find_in(written);
        if (hits.size() == 1 && hits[0].offset == 0 && hits[0].text.size() == written.size()) return hits[0].term;
        return nullptr;
    }

private:
    // Parses `content` and keeps it: the patterns' wordings are stretches of it.
    static Vocabulary parse_text(std::string content, std::string_view source) {
        Vocabulary v;
        v.text_ = std::move(content);
        const std::string_view text(v.text_);
        // Lines bound the terms, lines and commas the wordings: reserving for
        // them saves growing every table while reading.
        std::size_t lines = 1, commas = 0;
        for (char c : text) {
            lines += c == '\n';
            commas += c == ',';
        }
        v.terms_.reserve(lines);
        v.patterns_.reserve(lines + commas);
        v.by_id_.reserve(lines);
        IndexTable owner;  // wordings without case -> the pattern that has it first
        owner.reserve(lines + commas);
        auto offset_of = [&](std::string_view part) { return static_cast<std::uint32_t>(part.data() - text.data()); };
        std::vector<std::string_view> forms, exact;  // of one term, reused from term to term

        std::size_t line_no = 0;
        for (std::size_t pos = 0; pos <= text.size();) {
            std::size_t nl = std::min(text.find('\n', pos), text.size());
            std::string_view line = text.substr(pos, nl - pos);
            pos = nl + 1;
            ++line_no;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            auto fail = [&](const std::string& why) {
                throw std::runtime_error(std::string(source) + ":" + std::to_string(line_no) + ": " + why);
            };
            if (detail::trim(line).empty() || line.front() == '#') continue;
            if (line.front() == '!') {
                std::string_view phrase = detail::trim(line.substr(1));
                if (phrase.empty()) fail("empty never-a-skill phrase after '!'");
                auto size = static_cast<std::uint32_t>(phrase.size());
                v.patterns_.push_back({offset_of(phrase), size, false, true, 0, 0});
                continue;
            }
            std::array<std::string_view, 5> cols;
            std::size_t count = detail::split_fields(line, '\t', cols);
            if (count < 3 || count > 5)
                fail("expected 3 to 5 tab-separated columns (id, name, kind, aliases, exact-case forms), found " +
                     std::to_string(count));
            std::string_view id = detail::trim(cols[0]), name = detail::trim(cols[1]), kind = detail::trim(cols[2]);
            if (id.empty() || name.empty() || kind.empty()) fail("empty id, name or kind");
            std::uint32_t id_hash = hash_bytes(id);
            if (v.by_id_.find(id_hash, [&](std::uint32_t t) { return v.terms_[t].id == id; }) != IndexTable::none)
                fail("duplicate id '" + std::string(id) + "'");
            auto index = static_cast<std::uint32_t>(v.terms_.size());
            Term& term = v.terms_.emplace_back();
            term.id = id;
            term.name = name;
            term.kind = kind;
            // The wordings: the name, then the aliases, as views into the text.
            forms.assign(1, name);
            if (count > 3) detail::for_each_item(cols[3], [&](std::string_view a) { forms.push_back(a); });
            term.aliases.assign(forms.begin() + 1, forms.end());
            exact.clear();
            if (count > 4) detail::for_each_item(cols[4], [&](std::string_view a) { exact.push_back(a); });
            for (std::size_t f = 0; f < forms.size(); ++f) {
                std::string_view form = forms[f];
                bool is_exact = std::find(exact.begin(), exact.end(), form) != exact.end();
                auto row = static_cast<std::uint32_t>(v.patterns_.size());
                v.patterns_.push_back({offset_of(form), static_cast<std::uint32_t>(form.size()), is_exact, false, index,
                                       static_cast<std::uint32_t>(f)});
                // Two wordings that differ only in case are one wording, unless
                // case decides ("Go" the language, "GO" elsewhere).
                std::uint32_t first = owner.insert(detail::folded_hash(form), row, [&](std::uint32_t r) {
                    return detail::same_folded(v.wording_of(v.patterns_[r]), form);
                });
                if (first != row && !is_exact)
                    fail("'" + std::string(form) + "' is already a wording of '" +
                         v.terms_[v.patterns_[first].term].id + "' (wordings ignore case)");
            }
            for (std::string_view e : exact)
                if (std::find(forms.begin(), forms.end(), e) == forms.end())
                    fail("exact-case form '" + std::string(e) + "' is neither the name nor an alias");
            v.by_id_.insert(id_hash, index, [](std::uint32_t) { return false; });
        }
        v.finish();
        return v;
    }

    // Reads `file` whole into `out`; false when it cannot be opened.
    static bool read_file(const std::filesystem::path& file, std::string& out) {
        std::FILE* f = std::fopen(file.string().c_str(), "rb");
        if (!f) return false;
        // The text is read in large pieces straight into `out`: no stream
        // buffer to fill first.
        std::setvbuf(f, nullptr, _IONBF, 0);
        std::error_code ec;
        auto size = std::filesystem::file_size(file, ec);
        out.resize(ec ? 4096 : static_cast<std::size_t>(size) + 1);
        std::size_t used = 0;
        while (true) {
            if (used == out.size()) out.resize(out.size() * 2);
            std::size_t n = std::fread(out.data() + used, 1, out.size() - used, f);
            used += n;
            if (n == 0) break;
        }
        std::fclose(f);
        out.resize(used);
        return true;
    }

    std::string_view wording_of(const detail::Pattern& p) const { return {text_.data() + p.offset, p.size}; }

    // Orders the patterns by their first (folded) byte, longest first, so the
    // longest wording at a place is tried first; stop phrases win ties, and
    // file order decides the rest. Two stable counting sorts, the minor key
    // first: each moves every pattern once, where a comparison sort would
    // compare them a dozen times.
    void finish() {
        auto first = [&](const detail::Pattern& p) {
            return static_cast<unsigned char>(detail::fold(text_[p.offset]));
        };
        std::uint32_t longest = 0;
        for (const auto& p : patterns_) longest = std::max(longest, p.size);
        auto rank = [&](const detail::Pattern& p) { return (longest - p.size) * 2 + (p.stop ? 0 : 1); };
        std::vector<std::uint32_t> next(2 * std::size_t{longest} + 3, 0);
        for (const auto& p : patterns_) ++next[rank(p) + 1];
        for (std::size_t r = 1; r < next.size(); ++r) next[r] += next[r - 1];
        std::vector<detail::Pattern> by_length(patterns_.size());
        for (const auto& p : patterns_) by_length[next[rank(p)]++] = p;

        bucket_start_.fill(0);
        for (const auto& p : by_length) ++bucket_start_[first(p) + 1u];
        for (std::size_t b = 1; b < bucket_start_.size(); ++b) bucket_start_[b] += bucket_start_[b - 1];
        std::array<std::uint32_t, 256> at;
        std::copy(bucket_start_.begin(), bucket_start_.end() - 1, at.begin());
        for (const auto& p : by_length) patterns_[at[first(p)]++] = p;
        // A stop phrase's "<number>" stands for digits, so it is never filtered.
        for (auto& p : patterns_)
            if (!p.stop && p.size >= 2 && detail::is_alnum(static_cast<unsigned char>(text_[p.offset + 1])))
                p.second = detail::fold(text_[p.offset + 1]);
    }

    std::string text_;  // the vocabulary as read
    std::vector<Term> terms_;
    IndexTable by_id_;  // rows of terms_ by id
    // Patterns in matching order, grouped by first folded byte: those for byte
    // c are [bucket_start_[c], bucket_start_[c + 1]).
    std::vector<detail::Pattern> patterns_;
    std::array<std::uint32_t, 257> bucket_start_{};
};

}  // namespace reshost::terms
