#include "phrase_set.hpp"

namespace reshost::impact {

WordedText::WordedText(std::string_view text) : words_(analyzers::split_words(text)) {
    lowered_.reserve(words_.size());
    for (const auto& w : words_) lowered_.push_back(analyzers::lower(w.text));
}

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
    for (const std::string& p : phrases) {
        std::vector<Word> words;
        std::string_view rest(p);
        // Words of the phrase split on spaces, keeping a trailing "*".
        while (!rest.empty()) {
            std::size_t b = rest.find_first_not_of(' ');
            if (b == std::string_view::npos) break;
            rest.remove_prefix(b);
            std::size_t e = rest.find(' ');
            std::string_view w = rest.substr(0, e);
            bool stem = !w.empty() && w.back() == '*';
            if (stem) w.remove_suffix(1);
            std::string norm = analyzers::normalized_phrase(w);
            if (!norm.empty()) words.push_back({norm, stem});
            if (e == std::string_view::npos) break;
            rest.remove_prefix(e);
        }
        if (!words.empty()) by_first_byte_[static_cast<unsigned char>(words[0].text[0])].push_back(phrases_.size());
        phrases_.push_back(std::move(words));
    }
}

std::optional<PhraseMatch> PhraseSet::find(std::string_view text) const { return find(WordedText(text)); }

std::optional<PhraseMatch> PhraseSet::find(const WordedText& text) const {
    const auto& words = text.words();
    const auto& lowered = text.lowered();
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::optional<PhraseMatch> best;
        std::size_t best_words = 0;
        if (lowered[i].empty()) continue;
        for (std::size_t p : by_first_byte_[static_cast<unsigned char>(lowered[i][0])]) {
            const auto& phrase = phrases_[p];
            if (phrase.empty() || phrase.size() <= best_words || i + phrase.size() > words.size()) continue;
            bool ok = true;
            for (std::size_t k = 0; ok && k < phrase.size(); ++k) {
                const std::string& w = lowered[i + k];
                ok = phrase[k].stem ? w.compare(0, phrase[k].text.size(), phrase[k].text) == 0 : w == phrase[k].text;
            }
            if (!ok) continue;
            const auto& last = words[i + phrase.size() - 1];
            best = PhraseMatch{words[i].offset, last.offset + last.text.size() - words[i].offset, p};
            best_words = phrase.size();
        }
        if (best) return best;
    }
    return std::nullopt;
}

}  // namespace reshost::impact
