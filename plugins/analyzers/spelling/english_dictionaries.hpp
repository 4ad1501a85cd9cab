// The en_US and en_GB Hunspell dictionaries. Each is read when first asked
// (about 20 ms apiece), and en_GB only for a word en_US takes for a typo, so
// that "optimise" passes as well as "optimize": most resumes never need it.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

class Hunspell;

namespace reshost::spelling {

class EnglishDictionaries {
public:
    // Finds en_US and en_GB in `dir`; when either is missing, ok() is false
    // and missing() names the files not found.
    explicit EnglishDictionaries(const std::string& dir);
    ~EnglishDictionaries();
    EnglishDictionaries(const EnglishDictionaries&) = delete;
    EnglishDictionaries& operator=(const EnglishDictionaries&) = delete;

    bool ok() const { return missing_.empty(); }
    const std::string& missing() const { return missing_; }

    // True when en_US accepts `word` (UTF-8) as written; Hunspell also
    // accepts "Managed" for "managed", not "paris" for "Paris".
    bool american(const std::string& word) const;
    // True when en_GB accepts `word` as written.
    bool british(const std::string& word) const;
    // The en_US words one letter added, dropped, changed or two swapped away
    // from `word` (ASCII letters only): Hunspell's own suggestions search
    // wider and cost ten times as much, so this decides first whether a
    // word has a near miss at all.
    std::vector<std::string> one_edit_words(const std::string& word) const;
    // Up to `max` of en_US's corrections, best first.
    std::vector<std::string> suggest(const std::string& word, std::size_t max) const;

private:
    Hunspell& us() const;
    Hunspell& gb() const;

    std::string dir_;
    std::string missing_;
    // Hunspell keeps scratch state in the object: one caller at a time.
    mutable std::mutex mutex_;
    mutable std::unique_ptr<Hunspell> us_, gb_;
};

}  // namespace reshost::spelling
