#include "english_dictionaries.hpp"

#include <algorithm>
#include <unistd.h>

namespace reshost::spelling {

namespace {

// A longer word the layout may have cut short is at most this many letters longer.
constexpr std::size_t kCutLetters = 4;
// Two words written solid are each at least this long ("code base", not "c odebase").
constexpr std::size_t kMinHalf = 3;

void look_for(const std::string& dir, const char* name, std::string& missing) {
    std::string path = dir + "/" + name + ".words";
    if (::access(path.c_str(), R_OK) != 0) missing += (missing.empty() ? "" : ", ") + path;
}

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_case(char c) { return c >= 'a' && c <= 'z'; }
std::string lowered(std::string w) {
    for (char& c : w)
        if (upper(c)) c = static_cast<char>(c - 'A' + 'a');
    return w;
}

// Hunspell's rules of case over a list of words as the dictionary writes them.
bool accepts(const WordList& list, const std::string& word) {
    if (word.empty()) return false;
    if (list.contains(word)) return true;
    bool all_caps = std::none_of(word.begin(), word.end(), lower_case);
    bool capitalized = upper(word[0]) && std::none_of(word.begin() + 1, word.end(), upper);
    if (!all_caps && !capitalized) return false;
    std::string low = lowered(word);
    if (list.contains(low)) return true;
    if (all_caps && word.size() > 1) {
        std::string cap = low;
        cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
        return list.contains(cap);
    }
    return false;
}

}  // namespace

EnglishDictionaries::EnglishDictionaries(const std::string& dir) : dir_(dir) {
    look_for(dir, "en_US", missing_);
    look_for(dir, "en_GB", missing_);
}

const WordList& EnglishDictionaries::us() const {
    std::call_once(us_once_, [&] { us_ = std::make_unique<WordList>(dir_ + "/en_US.words"); });
    return *us_;
}

const WordList& EnglishDictionaries::gb() const {
    std::call_once(gb_once_, [&] { gb_ = std::make_unique<WordList>(dir_ + "/en_GB.words"); });
    return *gb_;
}

bool EnglishDictionaries::american(const std::string& word) const { return ok() && accepts(us(), word); }

bool EnglishDictionaries::british(const std::string& word) const { return ok() && accepts(gb(), word); }

std::vector<std::string> EnglishDictionaries::one_edit_words(const std::string& word) const {
    std::vector<std::string> out;
    if (!ok() || word.size() < 3) return out;
    std::string w = word;
    auto check = [&](const std::string& candidate) {
        if (candidate != word && std::find(out.begin(), out.end(), candidate) == out.end() && american(candidate))
            out.push_back(candidate);
    };
    auto vowel = [](char c) { return std::string_view("aeiouAEIOU").find(c) != std::string_view::npos; };
    // Only the edits a typo can be (typo_judge.cpp): never in the first letter nor the
    // last, and a letter changed only a vowel for a vowel. The rest cost a lookup each.
    const std::size_t last = w.size() - 1;
    for (std::size_t i = 1; i + 1 < w.size(); ++i) {
        std::swap(w[i], w[i + 1]);
        check(w);
        std::swap(w[i], w[i + 1]);
    }
    for (std::size_t i = 1; i < last; ++i) check(w.substr(0, i) + w.substr(i + 1));
    for (std::size_t i = 1; i <= last; ++i)
        for (char c = 'a'; c <= 'z'; ++c) check(w.substr(0, i) + c + w.substr(i));
    for (std::size_t i = 1; i < last; ++i) {
        char was = w[i];
        if (!vowel(was)) continue;
        bool up = upper(was);
        for (char c : {'a', 'e', 'i', 'o', 'u'}) {
            w[i] = up ? static_cast<char>(c - 'a' + 'A') : c;
            check(w);
        }
        w[i] = was;
    }
    return out;
}

std::vector<std::string> EnglishDictionaries::suggest(const std::string& word, std::size_t max) const {
    std::vector<std::string> out;
    if (!ok() || max == 0) return out;
    auto add = [&](std::string s) {
        if (out.size() < max && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
    };
    std::string low = lowered(word);
    if (std::string_view cut = us().longer(low, kCutLetters); !cut.empty()) add(std::string(cut));
    for (std::string& s : one_edit_words(word)) add(std::move(s));
    for (std::size_t i = kMinHalf; i + kMinHalf <= word.size(); ++i) {
        std::string a = word.substr(0, i), b = word.substr(i);
        if (american(a) && american(lowered(b))) {
            add(a + " " + b);
            break;
        }
    }
    return out;
}

}  // namespace reshost::spelling
