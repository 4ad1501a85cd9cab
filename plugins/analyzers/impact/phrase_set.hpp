// A list of phrases found in text word by word, without case; a word that
// ends in "*" matches every word starting with it ("optimiz*").
#pragma once

#include "words.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::impact {

// Where a phrase of the set occurs in a text.
struct PhraseMatch {
    std::size_t offset = 0;  // byte offset of the first word
    std::size_t size = 0;    // bytes up to the end of the last word
    std::size_t index = 0;   // which phrase of the set, in the order given
};

// A text split into words once and lowered, for looking up several phrase
// sets in it (a bullet is checked against a dozen).
class WordedText {
public:
    explicit WordedText(std::string_view text);

    const std::vector<analyzers::Word>& words() const { return words_; }
    const std::vector<std::string>& lowered() const { return lowered_; }

private:
    std::vector<analyzers::Word> words_;
    std::vector<std::string> lowered_;
};

class PhraseSet {
public:
    PhraseSet() = default;
    // Builds the set from phrases such as "improved performance" or "optimiz*".
    explicit PhraseSet(const std::vector<std::string>& phrases);
    explicit PhraseSet(const std::vector<std::string_view>& phrases);

    // Returns the earliest phrase of `text`, the longest when several start there.
    std::optional<PhraseMatch> find(std::string_view text) const;
    // The same, in a text already split into words.
    std::optional<PhraseMatch> find(const WordedText& text) const;

    bool empty() const { return phrases_.empty(); }

private:
    // The words of all phrases are stretches of one buffer and the phrases
    // runs of one word list: a set costs a few allocations, not a few per phrase.
    struct Word {
        std::uint32_t offset = 0, size = 0;  // in text_
        bool stem = false;
    };
    struct Phrase {
        std::uint32_t first = 0, count = 0;  // in words_
    };

    // Room for `phrases`: normalized words are never longer than the phrase.
    template <class Phrases>
    void reserve(const Phrases& phrases) {
        std::size_t bytes = 0;
        for (const auto& p : phrases) bytes += p.size();
        text_.reserve(bytes);
        words_.reserve(phrases.size() * 2);
        phrases_.reserve(phrases.size());
    }
    void add(std::string_view phrase);
    // Groups the phrases by the first byte of their first word.
    void index();
    std::string_view word_text(const Word& w) const { return std::string_view(text_).substr(w.offset, w.size); }

    std::string text_;  // every word, normalized, back to back
    std::vector<Word> words_;
    std::vector<Phrase> phrases_;
    // Phrases by the first byte of their first word, in set order: a word
    // position is tried only against the phrases that can start there. Those
    // for byte c are by_first_byte_[bucket_start_[c] .. bucket_start_[c + 1]).
    std::vector<std::uint32_t> by_first_byte_;
    std::array<std::uint32_t, 257> bucket_start_{};
};

}  // namespace reshost::impact
