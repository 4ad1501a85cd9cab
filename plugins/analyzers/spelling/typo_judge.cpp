#include "typo_judge.hpp"

#include "words.hpp"

#include <algorithm>

namespace reshost::spelling {

namespace {

using Verdict = Judgement::Verdict;

// Shorter words are abbreviations and product names ("utils", "pexel") as
// often as words, and every short word is one edit from several others.
constexpr std::size_t kMinLetters = 6;
constexpr std::size_t kSuggestionsAsked = 3;
constexpr std::size_t kMaxEdits = 2;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// "team's" -> "team", "teams'" -> "teams".
std::string without_possessive(std::string word) {
    if (word.size() > 2 && (word.compare(word.size() - 2, 2, "'s") == 0 || word.compare(word.size() - 2, 2, "'S") == 0))
        word.resize(word.size() - 2);
    while (!word.empty() && word.back() == '\'') word.pop_back();
    return word;
}

// How `word` differs from its one-edit correction `fix`.
struct Edit {
    bool substitution = false;  // one letter for another: "Jepsen" / "Jensen"
    bool vowels = false;        // a substitution of a vowel for a vowel: "independant" / "independent"
    bool at_end = false;        // in the last letter: "Varenne" / "Varennes", "Technologien" / "Technologies"
};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

Edit one_edit(std::string_view word, std::string_view fix) {
    std::string a = analyzers::lower(word), b = analyzers::lower(fix);
    std::size_t same = 0;
    while (same < a.size() && same < b.size() && a[same] == b[same]) ++same;
    Edit e;
    e.substitution = a.size() == b.size() && !(same + 1 < a.size() && a[same] == b[same + 1] && a[same + 1] == b[same]);
    e.vowels = e.substitution && same < a.size() && is_vowel(a[same]) && is_vowel(b[same]);
    // "systemd" / "system", "Technologien" / "Technologies"; not "strategiy" / "strategy".
    e.at_end = a.size() == b.size() ? same + 1 >= a.size() : same >= std::min(a.size(), b.size());
    return e;
}

std::string without_separators(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '-') out += analyzers::lower_char(c);
    return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::string x = analyzers::lower(a), y = analyzers::lower(b);
    std::size_t n = x.size(), m = y.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

Judgement TypoJudge::judge(const std::string& raw, ProseKind kind, bool sentence_start, bool ascii) const {
    std::string word = without_possessive(raw);
    if (word.find('-') == std::string::npos) return judge_simple(word, kind, sentence_start, ascii);
    // "e-commerce", "well-known": the compound may be known as a whole.
    if (technical_.contains(word) || (ascii && dictionaries_.american(word))) return {Verdict::known, word, {}};
    Judgement worst{Verdict::skipped, word, {}};
    std::size_t b = 0;
    for (bool first = true; b <= word.size(); first = false) {
        std::size_t e = std::min(word.find('-', b), word.size());
        Judgement part = judge_simple(word.substr(b, e - b), kind, first && sentence_start, ascii);
        if (part.verdict > worst.verdict) worst = std::move(part);
        b = e + 1;
    }
    return worst;
}

Judgement TypoJudge::judge_simple(const std::string& word, ProseKind kind, bool sentence_start, bool ascii) const {
    Judgement j{Verdict::skipped, word, {}};
    if (word.size() < 3) return j;
    std::size_t upper = static_cast<std::size_t>(std::count_if(word.begin(), word.end(), is_upper));
    // "AWS", "SaaS", "gRPC", "iOS": acronyms and product names.
    if (upper > 1 || (upper == 1 && !is_upper(word[0]))) return j;
    if (names_.count(analyzers::lower(word))) return j;
    if (technical_.contains(word)) return j.verdict = Verdict::known, j;
    // A word with "ü" or "é" is counted, for the share of words the dictionaries
    // know, but never judged: it is a word of another language.
    if (!ascii) return j.verdict = Verdict::unknown, j;
    if (dictionaries_.american(word)) return j.verdict = Verdict::known, j;
    j.verdict = Verdict::unknown;
    if (word.size() < kMinLetters) return j;
    if (upper == 0) {
        // A lowercase word in a title is a piece of a word the layout broke ("eering").
        if (kind != ProseKind::title) j.suggestions = near_corrections(word, Shape::word);
    } else if (kind == ProseKind::title || (kind == ProseKind::sentence && sentence_start)) {
        j.suggestions = near_corrections(word, Shape::capitalized);
    } else {
        j.suggestions = near_corrections(word, Shape::name);
    }
    if (!j.suggestions.empty()) j.verdict = Verdict::typo;
    return j;
}

// Hunspell's corrections of `word` that are near misses of it, when one of
// them is an en_US word one edit away (the others listed may be two away in
// a lowercase word). The first letter is kept (a typo rarely changes it),
// and the word is not the start of the correction ("Engineerin": the PDF cut
// the text, nobody misspelled it). The edit is a letter added, dropped or
// two swapped; a letter changed only a vowel for a vowel, the misspelling by
// ear ("independant"): a consonant changed is a tool's name as often as a
// typo ("strace" / "strafe", "vitest" / "vilest"). Not in the last letter,
// where tools ("systemd") and other languages ("Technologien") differ from
// English. A capitalized word may be a name: no letter changed at all
// ("Jepsen" / "Jensen"; a PDF line may start with a name mid-sentence).
// Inside a sentence it is a typo only for a name the dictionary knows
// capitalized ("Hardvard" -> "Harvard").
std::vector<std::string> TypoJudge::near_corrections(const std::string& word, Shape shape) const {
    auto fits = [&](const std::string& s, std::size_t max_edits) {
        if (s.empty() || analyzers::lower_char(s[0]) != analyzers::lower_char(word[0])) return false;
        if (analyzers::lower(s).rfind(analyzers::lower(word), 0) == 0) return false;
        std::size_t edits = edit_distance(s, word);
        if (edits > max_edits) return false;
        if (shape == Shape::word && edits > 1) return true;
        if (edits != 1 || s.find(' ') != std::string::npos) return false;
        Edit e = one_edit(word, s);
        if (e.at_end) return false;
        if (shape == Shape::word) return !e.substitution || e.vowels;
        if (e.substitution) return false;
        return shape != Shape::name || (is_upper(s[0]) && !dictionaries_.american(analyzers::lower(s)));
    };
    // Most unknown words are names with no near miss: they cost no suggestion search.
    std::vector<std::string> near = dictionaries_.one_edit_words(word);
    near.erase(std::remove_if(near.begin(), near.end(), [&](const std::string& s) { return !fits(s, 1); }),
               near.end());
    if (near.empty()) return {};
    // "optimise", "organisation": spelled right, the British way. Asked only
    // now, so that most resumes never read the British dictionary.
    if (dictionaries_.british(word)) return {};
    std::vector<std::string> suggestions = dictionaries_.suggest(word, kSuggestionsAsked);
    // "Softwa" -> "Softa", "Software": a word the layout cut short, whatever else it is near.
    std::string lowered = analyzers::lower(word);
    for (const std::string& s : suggestions)
        if (s.size() > word.size() && analyzers::lower(s).rfind(lowered, 0) == 0) return {};
    std::vector<std::string> out;
    bool confirmed = false;
    std::string folded = without_separators(word);
    for (const std::string& s : suggestions) {
        // "code base" for "codebase", "server less" for "serverless": the same
        // words written solid, a compound the dictionary lacks. Hunspell
        // offers the split after a better correction too ("mana gable").
        if (without_separators(s) == folded) {
            if (out.empty()) return {};
            continue;
        }
        if (!fits(s, kMaxEdits)) continue;
        confirmed = confirmed || std::find(near.begin(), near.end(), s) != near.end();
        out.push_back(s);
    }
    // Hunspell ranks the near miss among its best: the word was meant to be it.
    if (!confirmed) return {};
    return out;
}

}  // namespace reshost::spelling
