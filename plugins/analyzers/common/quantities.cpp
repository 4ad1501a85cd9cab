// The quantity finder scans for digits and decides, from what surrounds
// them, whether they measure something (a unit, a scale, a currency) or name
// something (a year, a version, a phone number, an identifier such as EC2).
#include "quantities.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <stdexcept>

namespace reshost::analyzers {
namespace {

constexpr const char* kUnitsFile = "quantity_units.txt";

struct KindName {
    const char* name;
    QuantityKind kind;
};

constexpr KindName kKinds[] = {
    {"percent", QuantityKind::percent},   {"multiplier", QuantityKind::multiplier},
    {"money", QuantityKind::money},       {"count", QuantityKind::count},
    {"duration", QuantityKind::duration}, {"percentile", QuantityKind::percentile},
    {"rate", QuantityKind::rate},         {"uptime", QuantityKind::uptime},
    {"users", QuantityKind::users},       {"nodes", QuantityKind::nodes},
    {"storage", QuantityKind::storage},   {"people", QuantityKind::people},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// True when `phrase` is at `pos` of `lowered` and ends on a word boundary.
bool matches_at(std::string_view lowered, std::size_t pos, std::string_view phrase) {
    if (lowered.compare(pos, phrase.size(), phrase) != 0) return false;
    std::size_t end = pos + phrase.size();
    if (end >= lowered.size()) return true;
    // Units that end in a sign ("%", "$") need no boundary; words do.
    bool word_end = is_alnum(phrase.back()) || static_cast<unsigned char>(phrase.back()) >= 0x80;
    return !word_end || !(is_alnum(lowered[end]) || static_cast<unsigned char>(lowered[end]) >= 0x80);
}

// Returns the longest phrase of `list` at `pos`, or nothing.
template <class T, class Key>
const T* longest_at(const std::vector<T>& list, std::string_view lowered, std::size_t pos, Key key) {
    for (const T& item : list)  // lists are sorted longest first
        if (matches_at(lowered, pos, key(item))) return &item;
    return nullptr;
}

std::size_t skip_spaces(std::string_view s, std::size_t pos) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    return pos;
}

// The word that ends right before `pos` (one space allowed between), as [begin, end).
std::pair<std::size_t, std::size_t> word_before(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (is_alnum(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == '+' ||
                         text[begin - 1] == '#'))
        --begin;
    while (begin < end && text[begin] == '.') ++begin;
    return {begin, end};
}

// True when nothing but spaces or a sentence break precedes `pos`.
bool sentence_start(std::string_view text, std::size_t pos) {
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    if (pos == 0) return true;
    char c = text[pos - 1];
    return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == '\n' || c == '-' ||
           c == '*' || static_cast<unsigned char>(c) >= 0x80;  // bullets and dashes
}

// Spans of phone numbers and digit-only ranges ("+1 (555) 010-7788", "2019-2021", "2021-03-15").
std::vector<std::pair<std::size_t, std::size_t>> phone_spans(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    auto in_run = [](char c) { return is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+'; };
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        bool starts = (is_digit(c) || c == '+' || c == '(') && (i == 0 || !is_alnum(text[i - 1]));
        if (!starts) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && in_run(text[j])) {
            // A sentence stop or a double space ends the run.
            if ((text[j] == '.' || text[j] == ' ') && j + 1 < text.size() && text[j + 1] == ' ') break;
            if (text[j] == '.' && (j + 1 >= text.size() || !is_digit(text[j + 1]))) break;
            ++j;
        }
        std::size_t end = j;
        while (end > i && !is_digit(text[end - 1])) --end;
        // A letter glued to the end ("2-3x", "1000-2000ms") makes it a figure, not a phone.
        bool glued = end < text.size() && end == j && is_alpha(text[end]);
        std::size_t digits = 0, groups = 0, dots = 0;
        bool other = false;
        for (std::size_t k = i; k < end; ++k) {
            if (is_digit(text[k])) {
                ++digits;
                if (k == i || !is_digit(text[k - 1])) ++groups;
            } else if (text[k] == '.') {
                ++dots;
            } else {
                other = true;
            }
        }
        if (!glued && digits >= 7 && groups >= 2 && (other || dots >= 2)) out.push_back({i, end});
        i = std::max(j, i + 1);
    }
    return out;
}

// Replaces `into` with `values`, lowered.
void assign_lowered(std::vector<std::string>& into, const std::vector<std::string_view>& values) {
    into.clear();
    into.reserve(values.size());
    for (std::string_view v : values) into.push_back(lower(v));
}

// Sorts `list` longest first, ties in file order. A counting sort by length:
// the phrases are short, and it moves each one once.
template <class T, class Key>
void longest_first(std::vector<T>& list, Key key) {
    std::size_t longest = 0;
    for (const T& item : list) longest = std::max(longest, key(item).size());
    // Where the items of each length go, indexed by how much shorter than the longest they are.
    std::vector<std::size_t> next(longest + 2, 0);
    for (const T& item : list) ++next[longest - key(item).size() + 1];
    for (std::size_t i = 1; i < next.size(); ++i) next[i] += next[i - 1];
    std::vector<T> sorted(list.size());
    for (T& item : list) {
        std::size_t& at = next[longest - key(item).size()];
        sorted[at++] = std::move(item);
    }
    list = std::move(sorted);
}

bool contains(const std::vector<std::string>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

const char* kind_name(QuantityKind kind) {
    for (const KindName& k : kKinds)
        if (k.kind == kind) return k.name;
    return "count";
}

QuantityFinder::QuantityFinder(const std::string& dir) {
    DataFile file(dir, kUnitsFile);
    const std::string& path = file.path();
    // Most values are units: room for all of them spares the growing.
    std::size_t values = 0;
    for (std::string_view line : file.lines())
        values += static_cast<std::size_t>(std::count(line.begin(), line.end(), ',')) + 1;
    units_.reserve(values);
    Mapping m;
    for (std::string_view line : file.lines()) {
        split_mapping(line, m);
        if (m.key.empty() || m.values.empty())
            throw std::runtime_error(path + ": expected \"kind = unit, unit\", got \"" + std::string(line) + "\"");
        std::string_view key = m.key;
        if (key == "scale") {
            assign_lowered(scales_, m.values);
        } else if (key == "currency") {
            assign_lowered(currencies_, m.values);
        } else if (key == "month") {
            assign_lowered(months_, m.values);
        } else if (key == "version_cue") {
            assign_lowered(version_cues_, m.values);
        } else if (key == "uptime_context") {
            assign_lowered(uptime_context_, m.values);
        } else if (key == "uptime") {
            for (std::string_view v : m.values) words_.push_back({lower(v), QuantityKind::uptime});
        } else if (key == "multiplier_word") {
            for (std::string_view v : m.values) words_.push_back({lower(v), QuantityKind::multiplier});
        } else {
            auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                     [&](const KindName& k) { return key == k.name; });
            if (kind == std::end(kKinds))
                throw std::runtime_error(path + ": unknown kind \"" + std::string(key) + "\"");
            for (std::string_view v : m.values) units_.push_back({lower(v), kind->kind});
        }
    }
    auto first = [](const auto& p) -> const std::string& { return p.first; };
    auto self = [](const std::string& s) -> const std::string& { return s; };
    longest_first(units_, first);
    longest_first(words_, first);
    longest_first(scales_, self);
    longest_first(currencies_, self);
    longest_first(version_cues_, self);
    if (units_.empty()) throw std::runtime_error(path + ": no units");
}

std::vector<Quantity> QuantityFinder::find(std::string_view text) const {
    std::vector<Quantity> out;
    std::string lowered = lower(text);
    std::string_view low(lowered);
    auto phones = phone_spans(text);
    auto first = [](const auto& p) -> std::string_view { return p.first; };
    auto self = [](const std::string& s) -> std::string_view { return s; };
    std::size_t last_version_end = std::string_view::npos;

    auto in_phone = [&](std::size_t pos) -> std::optional<std::size_t> {
        for (auto [b, e] : phones)
            if (pos >= b && pos < e) return e;
        return std::nullopt;
    };
    auto unit_at = [&](std::size_t pos) { return longest_at(units_, low, pos, first); };
    auto add = [&](std::size_t begin, std::size_t end, QuantityKind kind, std::string unit) {
        out.push_back({text.substr(begin, end - begin), begin, kind, std::move(unit)});
    };

    std::size_t i = 0;
    while (i < text.size()) {
        bool word_start = i == 0 || !is_alnum(text[i - 1]);
        // Figures without digits: "doubled", "five nines".
        if (word_start && is_alpha(text[i])) {
            if (auto* w = longest_at(words_, low, i, first)) {
                add(i, i + w->first.size(), w->second, w->first);
                i += w->first.size();
                continue;
            }
            // p95, p99, p99.9
            if (low[i] == 'p' && i + 1 < text.size() && is_digit(text[i + 1])) {
                std::size_t j = i + 1;
                while (j < text.size() && (is_digit(text[j]) || (text[j] == '.' && j + 1 < text.size() &&
                                                                  is_digit(text[j + 1]))))
                    ++j;
                if (j >= text.size() || !is_alnum(text[j])) {
                    add(i, j, QuantityKind::percentile, "");
                    i = j;
                    continue;
                }
            }
        }
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        if (auto end = in_phone(i)) {
            i = *end;
            continue;
        }
        // Digits glued to letters or after a slash name a thing: IPv6, EC2, k8s, HTTP/2, C++17, Python-3.
        char prev = i ? text[i - 1] : ' ';
        bool glued = is_alpha(prev) || prev == '/' || (prev == '+' && i > 1 && (text[i - 2] == '+' || is_alpha(text[i - 2]))) ||
                     (prev == '-' && i > 1 && is_alpha(text[i - 2])) || (prev == '.' && i > 1 && is_alnum(text[i - 2]));
        std::size_t j = i;
        std::size_t dots = 0;
        while (j < text.size()) {
            if (is_digit(text[j])) {
                ++j;
            } else if ((text[j] == ',' || text[j] == '.') && j + 1 < text.size() && is_digit(text[j + 1])) {
                if (text[j] == '.') ++dots;
                ++j;
            } else {
                break;
            }
        }
        std::string_view number = text.substr(i, j - i);
        // Fractions and dates written with slashes (24/7, 03/2021), and dotted versions (2.3.1).
        bool slashed = j + 1 < text.size() && text[j] == '/' && is_digit(text[j + 1]);
        if (glued || slashed || dots >= 2) {
            while (j < text.size() && (is_alnum(text[j]) || text[j] == '.' || text[j] == '/') &&
                   !(text[j] == '.' && (j + 1 >= text.size() || !is_alnum(text[j + 1]))))
                ++j;
            if (dots >= 2) last_version_end = j;
            i = j;
            continue;
        }

        std::size_t begin = i;
        bool money = false;
        {
            std::size_t k = i;
            if (k > 0 && text[k - 1] == ' ') --k;
            for (const std::string& c : currencies_) {
                if (c.size() > k) continue;
                std::size_t at = k - c.size();
                if (low.compare(at, c.size(), c) != 0) continue;
                if (is_alnum(c.front()) && at > 0 && is_alnum(text[at - 1])) continue;
                money = true;
                begin = at;
                break;
            }
        }

        std::optional<QuantityKind> kind;
        std::string unit;
        bool scaled = false, plus = false, dropped = false;
        // What is glued to the number: "%", "x", "k", "ms", "TB".
        if (j < text.size() && (is_alpha(text[j]) || static_cast<unsigned char>(text[j]) >= 0x80 || text[j] == '%')) {
            if (auto* s = longest_at(scales_, low, j, self)) {
                scaled = true;
                j += s->size();
            }
            if (j < text.size() && text[j] == '+') {
                plus = true;
                ++j;
            }
            if (auto* u = unit_at(j)) {
                kind = u->second;
                unit = u->first;
                j += u->first.size();
            } else if (j < text.size() && (is_alpha(text[j]) || text[j] == '%')) {
                dropped = true;  // 2FA, 1st, 3D, 5G
                // ...but "95th percentile" is p95.
                std::size_t k = j;
                while (k < text.size() && is_alpha(text[k])) ++k;
                std::string_view suffix = low.substr(j, k - j);
                std::size_t next = skip_spaces(text, k);
                if ((suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") && next > k &&
                    matches_at(low, next, "percentile")) {
                    add(begin, next + 10, QuantityKind::percentile, "percentile");
                    i = next + 10;
                    continue;
                }
            }
        }
        if (dropped) {
            while (j < text.size() && is_alnum(text[j])) ++j;
            i = j;
            continue;
        }
        if (!kind && j < text.size() && text[j] == '+') {
            plus = true;
            ++j;
        }
        // "40-node cluster", "5-minute deploys"; "3-tier" is a compound, not a figure.
        if (!kind && j + 1 < text.size() && text[j] == '-' && is_alpha(text[j + 1])) {
            if (auto* u = unit_at(j + 1)) {
                kind = u->second;
                unit = u->first;
                j += 1 + u->first.size();
            } else {
                while (j + 1 < text.size() && (is_alnum(text[j + 1]) || text[j + 1] == '-')) ++j;
                i = j + 1;
                continue;
            }
        }
        // Units after a space: "1.5 million users", "120 ms", "40 production servers".
        if (!kind) {
            std::size_t k = skip_spaces(text, j);
            if (k > j && k < text.size()) {
                if (!scaled)
                    if (auto* s = longest_at(scales_, low, k, self); s && s->size() > 2) {
                        scaled = true;
                        j = k + s->size();
                        k = skip_spaces(text, j);
                    }
                if (auto* u = unit_at(k)) {
                    kind = u->second;
                    unit = u->first;
                    j = k + u->first.size();
                } else {
                    std::size_t w = k;
                    while (w < text.size() && is_alpha(text[w])) ++w;
                    std::size_t next = skip_spaces(text, w);
                    if (w > k && next > w && next < text.size())
                        if (auto* u2 = unit_at(next); u2 && u2->first.size() >= 3 && u2->second != QuantityKind::percent &&
                                                      u2->second != QuantityKind::multiplier &&
                                                      u2->second != QuantityKind::duration) {
                            kind = u2->second;
                            unit = u2->first;
                            j = next + u2->first.size();
                        }
                }
            }
        }

        if (money) {
            kind = QuantityKind::money;
        } else if (kind == QuantityKind::percent) {
            std::size_t k = skip_spaces(text, j);
            bool context = false;
            for (const std::string& c : uptime_context_) context = context || matches_at(low, k, c);
            if (number.substr(0, 3) == "99." || context) kind = QuantityKind::uptime;
        } else if (!kind && (scaled || plus)) {
            kind = QuantityKind::count;
        }

        if (!kind) {
            // A bare number: a year, a day of a month, a version - or a plain count.
            auto [wb, we] = word_before(text, i);
            std::string prev_word = lower(text.substr(wb, we - wb));
            std::size_t after = skip_spaces(text, j);
            std::size_t after_end = after;
            while (after_end < text.size() && is_alpha(text[after_end])) ++after_end;
            std::string next_word = lower(text.substr(after, after_end - after));
            bool plain_integer = number.find_first_of(",.") == std::string_view::npos;
            long value = plain_integer && number.size() <= 6 ? std::strtol(std::string(number).c_str(), nullptr, 10) : -1;
            bool year = plain_integer && number.size() == 4 && value >= 1900 && value <= 2099;
            bool dated = contains(months_, prev_word) || contains(months_, next_word);
            bool after_word = we > wb && (we == i || (we + 1 == i && text[we] == ' '));
            bool cued = after_word && contains(version_cues_, prev_word);
            bool named = after_word && is_upper(text[wb]) && !sentence_start(text, wb);
            bool decimal_version = after_word && dots == 1 && is_alpha(text[we - 1]);
            bool continues_version = false;
            if (last_version_end != std::string_view::npos && last_version_end <= i) {
                std::string between = normalized_phrase(text.substr(last_version_end, i - last_version_end));
                std::string raw(text.substr(last_version_end, i - last_version_end));
                continues_version = between == "to" || between == "and" || between == "or" ||
                                    raw.find_first_not_of(" ,/-") == std::string::npos;
            }
            if (year || dated || cued || named || decimal_version || continues_version) {
                if (!year && !dated) last_version_end = j;
                i = j;
                continue;
            }
            kind = QuantityKind::count;
        }
        add(begin, j, *kind, unit);
        i = j;
    }
    return out;
}

}  // namespace reshost::analyzers
