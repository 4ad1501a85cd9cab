// The action verbs a bullet may open with, in every form a bullet uses.
#pragma once

#include <index_table.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::verbs {

enum class Tense { present, past, either };

// One recognised form of an action verb.
struct VerbForm {
    std::string base;  // "build"
    std::string past;  // "built"
    Tense tense = Tense::either;
};

class VerbLexicon {
public:
    // Reads action_verbs.txt from `dir`; throws std::runtime_error naming the file.
    explicit VerbLexicon(const std::string& dir);

    // Looks up a word in any case ("Built", "builds", "building"), also with
    // a listed prefix and hyphen ("Co-authored") and in British spelling of
    // a doubled l ("travelled" as "traveled").
    std::optional<VerbForm> find(std::string_view word) const;
    // Returns the present third-person form of a base ("build" -> "builds").
    static std::string third_person(std::string_view base);
    // Returns the number of verbs known.
    std::size_t size() const { return count_; }

private:
    // Each verb is stored once; its four forms point at it. All words live in
    // one buffer, referred to by offset, so the lexicon costs a handful of
    // allocations however many verbs the file lists.
    struct Word {
        std::uint32_t offset = 0;
        std::uint32_t size = 0;
    };
    struct Verb {
        Word base, past;
    };
    struct Form {
        Word word;
        std::uint32_t verb = 0;  // index into verbs_
        Tense tense = Tense::either;
    };

    std::string_view text(Word w) const { return std::string_view(words_).substr(w.offset, w.size); }
    Word add_word(std::string_view lowered);
    // Adds `word` as a form of verb `verb` unless it is a form already: the first reading wins.
    void add_form(Word word, std::uint32_t verb, Tense tense);

    std::optional<VerbForm> find_exact(const std::string& lowered) const;

    std::vector<std::string> prefixes_;  // verb_prefixes.txt, lowered
    std::string words_;  // every base, past and derived form, lowered, back to back
    std::vector<Verb> verbs_;
    std::vector<Form> forms_;
    IndexTable by_form_;  // rows of forms_ by their word
    std::size_t count_ = 0;
};

}  // namespace reshost::verbs
