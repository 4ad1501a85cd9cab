// The en_US and en_GB dictionaries of Hunspell, as word lists expanded from
// them at build time (every inflected form, CMakeLists.txt) and mapped, not
// parsed: opening one costs a system call, where Hunspell spends 20-40 ms
// reading a dictionary and 30 ms or more on one suggestion search. en_GB is
// mapped only for a word en_US takes for a typo ("optimise"), so most
// resumes never touch it.
#pragma once

#include "word_list.hpp"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace reshost::spelling {

class EnglishDictionaries {
public:
    // Finds en_US.words and en_GB.words in `dir`; when either is missing, ok() is
    // false and missing() names the files not found.
    explicit EnglishDictionaries(const std::string& dir);
    EnglishDictionaries(const EnglishDictionaries&) = delete;
    EnglishDictionaries& operator=(const EnglishDictionaries&) = delete;

    bool ok() const { return missing_.empty(); }
    const std::string& missing() const { return missing_; }

    // True when en_US accepts `word` (UTF-8) as written, with Hunspell's rules of
    // case: a lower-case word also in capitals ("Managed", "MANAGED"), a name
    // only capitalized ("Paris", not "paris").
    bool american(const std::string& word) const;
    // True when en_GB accepts `word` as written.
    bool british(const std::string& word) const;
    // The en_US words one letter added, dropped or two swapped away from `word`
    // (ASCII letters only), or one vowel changed for a vowel; never in the first
    // or the last letter: the only edits the typo judge takes for a typo.
    std::vector<std::string> one_edit_words(const std::string& word) const;
    // Up to `max` corrections of `word`, best first: a longer word it starts (the layout
    // cut it short: "Softwa" -> "Software"), its one-edit neighbours, then its two halves
    // when it is two words written solid ("codebase" -> "code base").
    std::vector<std::string> suggest(const std::string& word, std::size_t max) const;

private:
    const WordList& us() const;
    const WordList& gb() const;

    std::string dir_;
    std::string missing_;
    mutable std::once_flag us_once_, gb_once_;
    mutable std::unique_ptr<WordList> us_, gb_;
};

}  // namespace reshost::spelling
