#include "frontend_lexicon.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>
#include <stdexcept>

namespace reshost::skills {

namespace {

// The first phrase of `phrases` in the normalized text, or nullptr.
const std::string* first_phrase(const std::string& normalized, const std::vector<std::string>& phrases) {
    for (const std::string& p : phrases)
        if (analyzers::contains_phrase(normalized, p)) return &p;
    return nullptr;
}

// The words of `text` a normalized phrase matched, as written ("UI" for "ui").
std::string as_written(std::string_view text, const std::string& phrase) {
    auto words = analyzers::split_words(text);
    std::size_t n = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
        std::string joined;
        for (std::size_t k = i; k < i + n; ++k) joined += (k > i ? " " : "") + analyzers::lower(words[k].text);
        if (joined == phrase) {
            std::size_t end = words[i + n - 1].offset + words[i + n - 1].text.size();
            return std::string(text.substr(words[i].offset, end - words[i].offset));
        }
    }
    return phrase;
}

}  // namespace

FrontendLexicon::FrontendLexicon(const std::string& dir) {
    analyzers::DataFile file(dir, "frontend_terms.txt");
    analyzers::Mapping m;
    for (std::string_view line : file.lines()) {
        analyzers::split_mapping(line, m);
        std::vector<std::string>* into = m.key == "terms"    ? &terms_
                                         : m.key == "targets" ? &targets_
                                         : m.key == "backend" ? &backend_
                                                              : nullptr;
        if (!into)
            throw std::runtime_error(dir + "/frontend_terms.txt: expected 'terms', 'targets' or 'backend' = ..., found '" +
                                     std::string(line) + "'");
        into->reserve(into->size() + m.values.size());
        for (std::string_view v : m.values) into->push_back(analyzers::normalized_phrase(v));
    }
}

std::string FrontendLexicon::frontend_term(std::string_view text, const terms::Vocabulary& vocabulary) const {
    return frontend_term(text, vocabulary.find_in(text), analyzers::normalized_phrase(text));
}

std::string FrontendLexicon::frontend_term(std::string_view text, const std::vector<terms::Hit>& hits,
                                           const std::string& normalized) const {
    for (const terms::Hit& h : hits)
        if (h.term->kind == "frontend") return std::string(h.text);
    if (const std::string* p = first_phrase(normalized, terms_)) return as_written(text, *p);
    return {};
}

bool FrontendLexicon::targets_frontend(std::string_view text) const {
    std::string normalized = analyzers::normalized_phrase(text);
    return first_phrase(normalized, targets_) && !first_phrase(normalized, backend_);
}

}  // namespace reshost::skills
