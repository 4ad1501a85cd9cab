#include "english_dictionaries.hpp"

#include <hunspell.hxx>

#include <algorithm>
#include <unistd.h>

namespace reshost::spelling {

namespace {

// Hunspell opens a missing file as an empty dictionary, which would make
// every word a typo; the files are looked for first.
void look_for(const std::string& dir, const char* name, std::string& missing) {
    for (const char* ext : {".aff", ".dic"}) {
        std::string path = dir + "/" + name + ext;
        if (::access(path.c_str(), R_OK) != 0) missing += (missing.empty() ? "" : ", ") + path;
    }
}

std::unique_ptr<Hunspell> open(const std::string& dir, const char* name) {
    std::string aff = dir + "/" + name + ".aff", dic = dir + "/" + name + ".dic";
    return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

}  // namespace

EnglishDictionaries::EnglishDictionaries(const std::string& dir) : dir_(dir) {
    look_for(dir, "en_US", missing_);
    look_for(dir, "en_GB", missing_);
}

EnglishDictionaries::~EnglishDictionaries() = default;

Hunspell& EnglishDictionaries::us() const {
    if (!us_) us_ = open(dir_, "en_US");
    return *us_;
}

Hunspell& EnglishDictionaries::gb() const {
    if (!gb_) gb_ = open(dir_, "en_GB");
    return *gb_;
}

bool EnglishDictionaries::american(const std::string& word) const {
    if (!ok()) return false;
    std::lock_guard lock(mutex_);
    return us().spell(word);
}

bool EnglishDictionaries::british(const std::string& word) const {
    if (!ok()) return false;
    std::lock_guard lock(mutex_);
    return gb().spell(word);
}

std::vector<std::string> EnglishDictionaries::one_edit_words(const std::string& word) const {
    std::vector<std::string> out;
    if (!ok()) return out;
    std::lock_guard lock(mutex_);
    Hunspell& h = us();
    std::string w = word;
    auto check = [&](const std::string& candidate) {
        if (candidate != word && std::find(out.begin(), out.end(), candidate) == out.end() && h.spell(candidate))
            out.push_back(candidate);
    };
    for (std::size_t i = 0; i < w.size(); ++i) check(w.substr(0, i) + w.substr(i + 1));
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        std::swap(w[i], w[i + 1]);
        check(w);
        std::swap(w[i], w[i + 1]);
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
        char was = w[i];
        bool upper = was >= 'A' && was <= 'Z';
        for (char c = 'a'; c <= 'z'; ++c) {
            w[i] = upper ? static_cast<char>(c - 'a' + 'A') : c;
            check(w);
        }
        w[i] = was;
    }
    for (std::size_t i = 0; i <= w.size(); ++i)
        for (char c = 'a'; c <= 'z'; ++c) check(w.substr(0, i) + c + w.substr(i));
    return out;
}

std::vector<std::string> EnglishDictionaries::suggest(const std::string& word, std::size_t max) const {
    std::vector<std::string> out;
    if (!ok()) return out;
    std::lock_guard lock(mutex_);
    for (std::string& s : us().suggest(word))
        if (out.size() < max) out.push_back(std::move(s));
    return out;
}

}  // namespace reshost::spelling
