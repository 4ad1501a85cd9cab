// Whether a word of prose is a typo. Precision comes first: a word the
// dictionaries lack is usually a name, a product or a term of the trade, so a
// word is called a typo only when an English word is one edit away (a letter
// added, dropped, changed or two swapped, the first letter kept) and Hunspell
// ranks it among its three best corrections, not after the same letters
// split in two ("codebase" -> "code base" is a compound, not a typo).
// A capitalized word inside a sentence is a name; it is a typo only when the
// correction is a name the dictionary knows one letter away ("Hardvard" ->
// "Harvard").
#pragma once

#include "english_dictionaries.hpp"
#include "prose.hpp"
#include "technical_words.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace reshost::spelling {

struct Judgement {
    enum class Verdict {
        skipped,  // not judged: short, all capitals, mixed case, a name of the candidate
        known,    // in a dictionary or the technical words
        unknown,  // in neither, but no near correction: a name or a foreign word
        typo,
    };
    Verdict verdict = Verdict::skipped;
    std::string word;                      // the misspelled part of a hyphenated word, or the word
    std::vector<std::string> suggestions;  // for a typo, best first
};

class TypoJudge {
public:
    TypoJudge(const EnglishDictionaries& dictionaries, const TechnicalWords& technical,
              const std::unordered_set<std::string>& names)
        : dictionaries_(dictionaries), technical_(technical), names_(names) {}

    Judgement judge(const std::string& word, ProseKind kind, bool sentence_start, bool ascii) const;

private:
    Judgement judge_simple(const std::string& word, ProseKind kind, bool sentence_start, bool ascii) const;
    enum class Shape { word, capitalized, name };
    std::vector<std::string> near_corrections(const std::string& word, Shape shape) const;

    const EnglishDictionaries& dictionaries_;
    const TechnicalWords& technical_;
    const std::unordered_set<std::string>& names_;  // lowered words of the candidate's name
};

// The Damerau-Levenshtein distance (optimal string alignment) between `a` and `b`, without case.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace reshost::spelling
