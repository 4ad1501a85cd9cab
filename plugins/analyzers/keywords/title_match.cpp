#include "title_match.hpp"

#include <algorithm>

namespace reshost::keywords {

std::vector<std::string> TitleMatcher::words(std::string_view text) const {
    std::string phrase = " " + title_phrase(text) + " ";
    for (const auto& group : cues_.title_spellings)
        for (std::size_t k = 1; k < group.size(); ++k)
            for (std::size_t at; (at = phrase.find(" " + group[k] + " ")) != std::string::npos;)
                phrase.replace(at + 1, group[k].size(), group[0]);
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < phrase.size()) {
        std::size_t b = phrase.find_first_not_of(' ', i);
        if (b == std::string::npos) break;
        std::size_t e = phrase.find(' ', b);
        out.push_back(phrase.substr(b, e - b));
        i = e;
    }
    return out;
}

std::vector<std::string> TitleMatcher::core_words(std::string_view title) const {
    std::vector<std::string> out;
    for (std::string& w : words(title))
        if (std::find(cues_.title_ignore.begin(), cues_.title_ignore.end(), w) == cues_.title_ignore.end())
            out.push_back(std::move(w));
    return out;
}

TitleResult TitleMatcher::match(const std::vector<std::string>& core, const std::vector<TitlePlace>& places) const {
    TitleResult best;
    std::size_t best_shared = 0;
    if (core.empty()) return best;
    for (const TitlePlace& place : places) {
        std::vector<std::string> w = words(place.text);
        if (std::search(w.begin(), w.end(), core.begin(), core.end()) != w.end()) return {TitleMatch::exact, &place};
        std::size_t shared = 0;
        for (const std::string& c : core)
            if (std::find(w.begin(), w.end(), c) != w.end()) ++shared;
        if (shared > best_shared) {
            best_shared = shared;
            best.place = &place;
            best.match = shared * 2 >= core.size() ? TitleMatch::partial : TitleMatch::none;
        }
    }
    return best;
}

}  // namespace reshost::keywords
