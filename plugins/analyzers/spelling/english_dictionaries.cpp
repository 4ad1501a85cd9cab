#include "english_dictionaries.hpp"

#include <hunspell.hxx>

#include <algorithm>
#include <unistd.h>

namespace reshost::spelling {

namespace {

bool readable(const std::string& path) { return ::access(path.c_str(), R_OK) == 0; }

// The dictionary `name` in `dir`, or null after adding its files to `missing`;
// Hunspell itself would open a missing file as an empty dictionary.
std::unique_ptr<Hunspell> open(const std::string& dir, const std::string& name, std::string& missing) {
    std::string aff = dir + "/" + name + ".aff", dic = dir + "/" + name + ".dic";
    if (readable(aff) && readable(dic)) return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    missing += (missing.empty() ? "" : ", ") + dic;
    return nullptr;
}

}  // namespace

EnglishDictionaries::EnglishDictionaries(const std::string& dir)
    : us_(open(dir, "en_US", missing_)), gb_(open(dir, "en_GB", missing_)) {}

EnglishDictionaries::~EnglishDictionaries() = default;

bool EnglishDictionaries::known(const std::string& word) const {
    if (!ok()) return false;
    std::lock_guard lock(mutex_);
    return us_->spell(word) || gb_->spell(word);
}

std::vector<std::string> EnglishDictionaries::suggest(const std::string& word, std::size_t max) const {
    std::vector<std::string> out;
    if (!ok()) return out;
    std::lock_guard lock(mutex_);
    for (Hunspell* h : {us_.get(), gb_.get()})
        for (std::string& s : h->suggest(word))
            if (out.size() < max && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
    return out;
}

}  // namespace reshost::spelling
