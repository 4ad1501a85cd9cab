// What a bullet starts with: a weak phrase, an action verb, or something else.
#pragma once

#include "verb_lexicon.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::verbs {

struct BulletOpener {
    std::string first_word;         // as written, after a leading adverb ("Successfully")
    std::string weak;               // the weak phrase as written, when the bullet opens with one
    std::optional<VerbForm> verb;   // the action verb the bullet opens with
    bool label = false;             // "Stack: Go, Postgres" - a label line, not a sentence
    // Returns what repeats count by: the verb's base, the weak phrase, or the first word, lowered.
    std::string key() const;
};

// Reads the opener of bullet `text`. `weak_phrases` are normalized, longest first.
BulletOpener read_opener(std::string_view text, const VerbLexicon& verbs, const std::vector<std::string>& weak_phrases);

}  // namespace reshost::verbs
