#include "bullet_opener.hpp"

#include "words.hpp"

#include <algorithm>

namespace reshost::verbs {
namespace {

// A label is a name of up to three words followed by ':' or a spaced dash at
// the very start of the bullet: "Stack: Go", "**ratelimit-go** - a limiter".
bool starts_with_label(std::string_view text, const std::vector<analyzers::Word>& words) {
    for (std::size_t i = 0; i < words.size() && i < 3; ++i) {
        std::string_view rest = text.substr(words[i].offset + words[i].text.size());
        if (rest.starts_with(":")) return true;
        for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "})
            if (rest.starts_with(dash)) return true;
    }
    return false;
}

}  // namespace

std::string BulletOpener::key() const {
    if (verb) return verb->base;
    if (!weak.empty()) return analyzers::lower(weak);
    return analyzers::lower(first_word);
}

namespace {

// "Co\u00AD\u2010designed" as some PDF producers write "Co-designed": soft hyphens dropped,
// Unicode hyphens (U+2010, U+2011) read as the ASCII one.
std::string plain_hyphens(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        std::string_view rest = word.substr(i);
        if (rest.substr(0, 2) == "\xC2\xAD") {
            ++i;
            continue;
        }
        if (rest.substr(0, 3) == "\xE2\x80\x90" || rest.substr(0, 3) == "\xE2\x80\x91") {
            i += 2;
            if (out.empty() || out.back() != '-') out += '-';
            continue;
        }
        if (word[i] == '-' && !out.empty() && out.back() == '-') continue;
        out += word[i];
    }
    return out;
}

}  // namespace

BulletOpener read_opener(std::string_view text, const VerbLexicon& verbs, const std::vector<std::string>& weak_phrases) {
    BulletOpener out;
    std::vector<analyzers::Word> words = analyzers::split_words(text);
    if (words.empty()) return out;
    out.label = starts_with_label(text, words);

    std::string phrase;
    for (std::size_t i = 0; i < words.size() && i < 4; ++i) {
        if (i) phrase += ' ';
        phrase += analyzers::lower(words[i].text);
    }
    for (const std::string& weak : weak_phrases) {
        if (phrase.compare(0, weak.size(), weak) == 0 && (phrase.size() == weak.size() || phrase[weak.size()] == ' ')) {
            std::size_t n = 1 + static_cast<std::size_t>(std::count(weak.begin(), weak.end(), ' '));
            std::size_t end = words[n - 1].offset + words[n - 1].text.size();
            out.weak = std::string(text.substr(words[0].offset, end - words[0].offset));
            out.first_word = std::string(words[0].text);
            return out;
        }
    }

    std::size_t first = 0;
    // "Successfully migrated ..." opens with the verb after the adverb.
    std::string w0 = analyzers::lower(words[0].text);
    if (words.size() > 1 && w0.size() > 4 && w0.compare(w0.size() - 2, 2, "ly") == 0 && !verbs.find(w0)) first = 1;
    out.first_word = std::string(words[first].text);
    out.verb = verbs.find(plain_hyphens(out.first_word));
    return out;
}

}  // namespace reshost::verbs
