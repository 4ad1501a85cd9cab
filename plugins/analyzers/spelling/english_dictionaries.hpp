// The en_US and en_GB Hunspell dictionaries, asked together: a word either
// spelling knows is spelled right, so "optimise" and "optimize" both pass.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

class Hunspell;

namespace reshost::spelling {

class EnglishDictionaries {
public:
    // Opens en_US and en_GB from `dir`; when either is missing, ok() is false
    // and missing() says which files were not found.
    explicit EnglishDictionaries(const std::string& dir);
    ~EnglishDictionaries();
    EnglishDictionaries(const EnglishDictionaries&) = delete;
    EnglishDictionaries& operator=(const EnglishDictionaries&) = delete;

    bool ok() const { return missing_.empty(); }
    const std::string& missing() const { return missing_; }

    // True when either dictionary accepts `word` (UTF-8) as written; Hunspell
    // also accepts "Managed" for "managed", not "paris" for "Paris".
    bool known(const std::string& word) const;
    // Up to `max` corrections, en_US's first, then en_GB's not already given.
    std::vector<std::string> suggest(const std::string& word, std::size_t max) const;

private:
    // Hunspell keeps scratch state in the object: one caller at a time.
    mutable std::mutex mutex_;
    std::unique_ptr<Hunspell> us_, gb_;
    std::string missing_;
};

}  // namespace reshost::spelling
