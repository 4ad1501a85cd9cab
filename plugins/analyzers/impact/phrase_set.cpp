#include "phrase_set.hpp"

#include <algorithm>

namespace reshost::impact {

WordedText::WordedText(std::string_view text) : words_(analyzers::split_words(text)) {
    lowered_.reserve(words_.size());
    for (const auto& w : words_) lowered_.push_back(analyzers::lower(w.text));
}

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
    reserve(phrases);
    for (const std::string& p : phrases) add(p);
    index();
}

PhraseSet::PhraseSet(const std::vector<std::string_view>& phrases) {
    reserve(phrases);
    for (std::string_view p : phrases) add(p);
    index();
}

void PhraseSet::add(std::string_view phrase) {
    Phrase p{static_cast<std::uint32_t>(words_.size()), 0};
    std::string_view rest = phrase;
    // Words of the phrase split on spaces, keeping a trailing "*".
    while (!rest.empty()) {
        std::size_t b = rest.find_first_not_of(' ');
        if (b == std::string_view::npos) break;
        rest.remove_prefix(b);
        std::size_t e = rest.find(' ');
        std::string_view w = rest.substr(0, e);
        bool stem = !w.empty() && w.back() == '*';
        if (stem) w.remove_suffix(1);
        auto offset = static_cast<std::uint32_t>(text_.size());
        analyzers::append_normalized(text_, w);
        auto size = static_cast<std::uint32_t>(text_.size() - offset);
        if (size > 0) {
            words_.push_back({offset, size, stem});
            ++p.count;
        }
        if (e == std::string_view::npos) break;
        rest.remove_prefix(e);
    }
    phrases_.push_back(p);
}

void PhraseSet::index() {
    // A counting sort: stable, so each bucket keeps set order.
    bucket_start_.fill(0);
    auto first_byte = [&](const Phrase& p) { return static_cast<unsigned char>(text_[words_[p.first].offset]); };
    std::size_t indexed = 0;
    for (const Phrase& p : phrases_)
        if (p.count > 0) {
            ++bucket_start_[first_byte(p) + 1u];
            ++indexed;
        }
    for (std::size_t c = 1; c < bucket_start_.size(); ++c) bucket_start_[c] += bucket_start_[c - 1];
    by_first_byte_.resize(indexed);
    std::array<std::uint32_t, 256> next;
    std::copy(bucket_start_.begin(), bucket_start_.end() - 1, next.begin());
    for (std::uint32_t i = 0; i < phrases_.size(); ++i)
        if (phrases_[i].count > 0) by_first_byte_[next[first_byte(phrases_[i])]++] = i;
}

std::optional<PhraseMatch> PhraseSet::find(std::string_view text) const { return find(WordedText(text)); }

std::optional<PhraseMatch> PhraseSet::find(const WordedText& text) const {
    const auto& words = text.words();
    const auto& lowered = text.lowered();
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::optional<PhraseMatch> best;
        std::size_t best_words = 0;
        if (lowered[i].empty()) continue;
        auto c = static_cast<unsigned char>(lowered[i][0]);
        for (std::uint32_t k = bucket_start_[c]; k < bucket_start_[c + 1u]; ++k) {
            std::uint32_t p = by_first_byte_[k];
            const Phrase& phrase = phrases_[p];
            if (phrase.count <= best_words || i + phrase.count > words.size()) continue;
            bool ok = true;
            for (std::size_t k2 = 0; ok && k2 < phrase.count; ++k2) {
                const Word& pw = words_[phrase.first + k2];
                std::string_view want = word_text(pw);
                const std::string& w = lowered[i + k2];
                ok = pw.stem ? w.compare(0, want.size(), want) == 0 : w == want;
            }
            if (!ok) continue;
            const auto& last = words[i + phrase.count - 1];
            best = PhraseMatch{words[i].offset, last.offset + last.text.size() - words[i].offset, p};
            best_words = phrase.count;
        }
        if (best) return best;
    }
    return std::nullopt;
}

}  // namespace reshost::impact
