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
#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

inline std::string folded(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = fold(c);
    return out;
}

inline std::string_view trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

inline std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    while (true) {
        std::size_t at = s.find(sep);
        out.push_back(s.substr(0, at));
        if (at == std::string_view::npos) return out;
        s.remove_prefix(at + 1);
    }
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

// A name, alias or never-a-skill phrase, ready for matching.
struct Pattern {
    std::string text;       // as written in the vocabulary
    bool exact = false;     // case must match
    bool stop = false;      // a phrase that is never a skill
    std::uint32_t term = 0; // index into the vocabulary's terms
    std::uint32_t form = 0; // 0 name, n alias n - 1
};

// Where a pattern ends when it matches `t` at `at`, or npos. A space in the
// pattern matches a run of spaces or line breaks, or a single hyphen; in a
// stop phrase "<number>" matches a run of digits.
inline std::size_t match_at(const Pattern& p, std::string_view t, std::size_t at) {
    static constexpr std::string_view number = "<number>";
    std::size_t i = at;
    for (std::size_t k = 0; k < p.text.size();) {
        char pc = p.text[k];
        if (p.stop && p.text.compare(k, number.size(), number) == 0) {
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
inline std::size_t token_end(const Pattern& p, std::string_view t, std::size_t end) {
    unsigned char last = static_cast<unsigned char>(p.text.back());
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
    if (!is_letter(last) || p.text.size() < 3 || !is_digit(static_cast<unsigned char>(t[end])))
        return std::string_view::npos;
    std::size_t j = end;
    while (j < t.size() && (is_digit(static_cast<unsigned char>(t[j])) ||
                            (t[j] == '.' && j + 1 < t.size() &&
                             is_digit(static_cast<unsigned char>(t[j + 1])))))
        ++j;
    return word_goes_on(j) ? std::string_view::npos : j;
}

}  // namespace detail

// The skill vocabulary and the matcher over it.
class Vocabulary {
public:
    // Reads the vocabulary format (see host/data/skill-aliases.tsv); throws
    // std::runtime_error naming `source` and the line on a malformed entry.
    static Vocabulary parse(std::string_view content, std::string_view source = "skill vocabulary") {
        Vocabulary v;
        std::unordered_map<std::string, std::string> owner;  // folded form -> term id
        std::size_t line_no = 0;
        for (std::string_view line : detail::split(content, '\n')) {
            ++line_no;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            auto fail = [&](const std::string& why) {
                throw std::runtime_error(std::string(source) + ":" + std::to_string(line_no) + ": " + why);
            };
            if (detail::trim(line).empty() || line.front() == '#') continue;
            if (line.front() == '!') {
                std::string_view phrase = detail::trim(line.substr(1));
                if (phrase.empty()) fail("empty never-a-skill phrase after '!'");
                v.add_pattern({std::string(phrase), false, true, 0, 0});
                continue;
            }
            auto cols = detail::split(line, '\t');
            if (cols.size() < 3 || cols.size() > 5)
                fail("expected 3 to 5 tab-separated columns (id, name, kind, aliases, exact-case forms), found " +
                     std::to_string(cols.size()));
            Term term;
            term.id = std::string(detail::trim(cols[0]));
            term.name = std::string(detail::trim(cols[1]));
            term.kind = std::string(detail::trim(cols[2]));
            if (term.id.empty() || term.name.empty() || term.kind.empty()) fail("empty id, name or kind");
            if (v.by_id_.count(term.id)) fail("duplicate id '" + term.id + "'");
            if (cols.size() > 3)
                for (std::string_view a : detail::split(cols[3], ','))
                    if (auto t = detail::trim(a); !t.empty()) term.aliases.emplace_back(t);
            std::vector<std::string> exact;
            if (cols.size() > 4)
                for (std::string_view a : detail::split(cols[4], ','))
                    if (auto t = detail::trim(a); !t.empty()) exact.emplace_back(t);
            auto index = static_cast<std::uint32_t>(v.terms_.size());
            for (std::size_t f = 0; f <= term.aliases.size(); ++f) {
                const std::string& form = f == 0 ? term.name : term.aliases[f - 1];
                bool is_exact = std::find(exact.begin(), exact.end(), form) != exact.end();
                // Two wordings that differ only in case are one wording, unless
                // case decides ("Go" the language, "GO" elsewhere).
                auto [it, fresh] = owner.emplace(detail::folded(form), term.id);
                if (!fresh && !is_exact)
                    fail("'" + form + "' is already a wording of '" + it->second + "' (wordings ignore case)");
                v.add_pattern({form, is_exact, false, index, static_cast<std::uint32_t>(f)});
            }
            for (const std::string& e : exact)
                if (e != term.name && std::find(term.aliases.begin(), term.aliases.end(), e) == term.aliases.end())
                    fail("exact-case form '" + e + "' is neither the name nor an alias");
            v.by_id_.emplace(term.id, v.terms_.size());
            v.terms_.push_back(std::move(term));
        }
        v.finish();
        return v;
    }

    // Reads the vocabulary from a file; throws std::runtime_error naming the file.
    static Vocabulary load(const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read skill vocabulary " + file.string());
        std::ostringstream content;
        content << in.rdbuf();
        return parse(content.str(), file.string());
    }

    // All terms, in file order.
    std::span<const Term> terms() const { return terms_; }

    // The term with this canonical id, or null.
    const Term* find(std::string_view id) const {
        auto it = by_id_.find(std::string(id));
        return it == by_id_.end() ? nullptr : &terms_[it->second];
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
            for (std::uint32_t pi : by_first_[static_cast<unsigned char>(detail::fold(text[i]))]) {
                const detail::Pattern& p = patterns_[pi];
                std::size_t end = detail::match_at(p, text, i);
                if (end == std::string_view::npos) continue;
                end = detail::token_end(p, text, end);
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
    void add_pattern(detail::Pattern p) { patterns_.push_back(std::move(p)); }

    // Buckets patterns by their first (folded) byte, longest first, so the
    // longest wording at a place is tried first; stop phrases win ties.
    void finish() {
        for (auto& bucket : by_first_) bucket.clear();
        for (std::uint32_t i = 0; i < patterns_.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(detail::fold(patterns_[i].text.front()));
            by_first_[c].push_back(i);
        }
        for (auto& bucket : by_first_)
            std::stable_sort(bucket.begin(), bucket.end(), [&](std::uint32_t a, std::uint32_t b) {
                const auto& pa = patterns_[a];
                const auto& pb = patterns_[b];
                if (pa.text.size() != pb.text.size()) return pa.text.size() > pb.text.size();
                return pa.stop && !pb.stop;
            });
    }

    std::vector<Term> terms_;
    std::unordered_map<std::string, std::size_t> by_id_;
    std::vector<detail::Pattern> patterns_;
    std::array<std::vector<std::uint32_t>, 256> by_first_;
};

}  // namespace reshost::terms
