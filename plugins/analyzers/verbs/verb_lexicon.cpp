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
std::string participle(std::string_view base, std::string_view past) {
    std::string out(base);
    if (past.size() == base.size() + 3 && past.substr(0, base.size()) == base && past[base.size()] == base.back())
        out += base.back();
    else if (base.size() > 2 && base.back() == 'e' && base[base.size() - 2] != 'e')
        out.pop_back();
    return out += "ing";
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The first two blank-separated words of `line`; the second is empty when the line has one word.
// (A byte loop: find_first_of searches the set of blanks once per byte of the line.)
std::pair<std::string_view, std::string_view> two_words(std::string_view line) {
    std::pair<std::string_view, std::string_view> out;
    std::size_t i = 0;
    for (std::string_view* word : {&out.first, &out.second}) {
        while (i < line.size() && is_blank(line[i])) ++i;
        if (i == line.size()) break;
        std::size_t b = i;
        while (i < line.size() && !is_blank(line[i])) ++i;
        *word = line.substr(b, i - b);
    }
    return out;
}

}  // namespace

VerbLexicon::VerbLexicon(const std::string& dir) {
    analyzers::DataFile file(dir, kFile);
    const auto& lines = file.lines();
    verbs_.reserve(lines.size());
    forms_.reserve(lines.size() * 4);
    by_form_.reserve(lines.size() * 4);
    std::size_t bytes = 0;
    for (std::string_view line : lines) bytes += line.size();
    // Base and past, then two derived forms about as long as the base and an ending.
    words_.reserve(bytes * 2 + lines.size() * 8);
    for (std::string_view line : lines) {
        auto [first, second] = two_words(line);
        if (second.empty())
            throw std::runtime_error(dir + "/" + std::string(kFile) + ": expected \"base past\", got \"" +
                                     std::string(line) + "\"");
        Verb verb{add_word(first), add_word(second)};
        auto index = static_cast<std::uint32_t>(verbs_.size());
        verbs_.push_back(verb);
        ++count_;
        std::string_view base = text(verb.base), past = text(verb.past);
        bool same = base == past;
        add_form(verb.base, index, same ? Tense::either : Tense::present);
        add_form(verb.past, index, same ? Tense::either : Tense::past);
        // The derived forms are appended to words_, which may move it: views are taken afresh.
        add_form(add_word(third_person(base)), index, Tense::present);
        add_form(add_word(participle(text(verb.base), text(verb.past))), index, Tense::present);
    }
    if (forms_.empty()) throw std::runtime_error(dir + "/" + std::string(kFile) + ": no verbs");
    analyzers::DataFile prefixes(dir, "verb_prefixes.txt");
    for (std::string_view line : prefixes.lines()) prefixes_.push_back(analyzers::lower(line));
}

VerbLexicon::Word VerbLexicon::add_word(std::string_view word) {
    Word w{static_cast<std::uint32_t>(words_.size()), static_cast<std::uint32_t>(word.size())};
    words_ += word;
    for (std::size_t i = w.offset; i < words_.size(); ++i) words_[i] = analyzers::lower_char(words_[i]);
    return w;
}

void VerbLexicon::add_form(Word word, std::uint32_t verb, Tense tense) {
    auto row = static_cast<std::uint32_t>(forms_.size());
    std::string_view key = text(word);
    if (by_form_.insert(hash_bytes(key), row, [&](std::uint32_t r) { return text(forms_[r].word) == key; }) == row)
        forms_.push_back({word, verb, tense});
}

std::optional<VerbForm> VerbLexicon::find(std::string_view word) const {
    std::string key = analyzers::lower(word);
    if (auto found = find_exact(key)) return found;
    if (std::size_t hyphen = key.find('-'); hyphen != std::string::npos && hyphen + 1 < key.size()) {
        std::string_view prefix = std::string_view(key).substr(0, hyphen);
        for (const std::string& p : prefixes_)
            if (p == prefix) return find_exact(key.substr(hyphen + 1));
    }
    for (std::string_view ending : {"lled", "lling"})
        if (key.size() > ending.size() + 2 && key.compare(key.size() - ending.size(), ending.size(), ending) == 0)
            return find_exact(key.substr(0, key.size() - ending.size()) + std::string(ending.substr(1)));
    return std::nullopt;
}

std::optional<VerbForm> VerbLexicon::find_exact(const std::string& key) const {
    std::uint32_t row =
        by_form_.find(hash_bytes(key), [&](std::uint32_t r) { return text(forms_[r].word) == key; });
    if (row == IndexTable::none) return std::nullopt;
    const Form& f = forms_[row];
    const Verb& v = verbs_[f.verb];
    return VerbForm{std::string(text(v.base)), std::string(text(v.past)), f.tense};
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
