#include "verb_lexicon.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>
#include <utility>
#include <stdexcept>

namespace reshost::verbs {
namespace {

constexpr std::string_view kFile = "action_verbs.txt";

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "plan"/"planned" -> "planning"; "manage" -> "managing"; "build" -> "building".
std::string participle(const std::string& base, const std::string& past) {
    if (past.size() == base.size() + 3 && past.compare(0, base.size(), base) == 0 && past[base.size()] == base.back())
        return base + base.back() + "ing";
    if (base.size() > 2 && base.back() == 'e' && base[base.size() - 2] != 'e')
        return base.substr(0, base.size() - 1) + "ing";
    return base + "ing";
}

// The first two blank-separated words of `line`; the second is empty when the line has one word.
std::pair<std::string_view, std::string_view> two_words(std::string_view line) {
    constexpr std::string_view blanks = " \t";
    std::pair<std::string_view, std::string_view> out;
    for (std::string_view* word : {&out.first, &out.second}) {
        std::size_t b = line.find_first_not_of(blanks);
        if (b == std::string_view::npos) break;
        line.remove_prefix(b);
        std::size_t e = std::min(line.find_first_of(blanks), line.size());
        *word = line.substr(0, e);
        line.remove_prefix(e);
    }
    return out;
}

}  // namespace

VerbLexicon::VerbLexicon(const std::string& dir) {
    auto lines = analyzers::read_data_lines(dir, kFile);
    forms_.reserve(lines.size() * 4);
    for (const std::string& line : lines) {
        auto [first, second] = two_words(line);
        if (second.empty())
            throw std::runtime_error(dir + "/" + std::string(kFile) + ": expected \"base past\", got \"" + line + "\"");
        std::string base = analyzers::lower(first);
        std::string past = analyzers::lower(second);
        ++count_;
        bool same = base == past;
        forms_.try_emplace(base, VerbForm{base, past, same ? Tense::either : Tense::present});
        forms_.try_emplace(past, VerbForm{base, past, same ? Tense::either : Tense::past});
        forms_.try_emplace(third_person(base), VerbForm{base, past, Tense::present});
        forms_.try_emplace(participle(base, past), VerbForm{base, past, Tense::present});
    }
    if (forms_.empty()) throw std::runtime_error(dir + "/" + std::string(kFile) + ": no verbs");
}

std::optional<VerbForm> VerbLexicon::find(std::string_view word) const {
    auto it = forms_.find(analyzers::lower(word));
    if (it == forms_.end()) return std::nullopt;
    return it->second;
}

std::string VerbLexicon::third_person(std::string_view base) {
    std::string b(base);
    if (b.empty()) return b;
    auto ends = [&](std::string_view s) { return b.size() >= s.size() && b.compare(b.size() - s.size(), s.size(), s) == 0; };
    if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return b + "es";
    if (b.size() > 1 && b.back() == 'y' && !is_vowel(b[b.size() - 2])) return b.substr(0, b.size() - 1) + "ies";
    return b + "s";
}

}  // namespace reshost::verbs
