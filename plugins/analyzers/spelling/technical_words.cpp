#include "technical_words.hpp"

#include "data_file.hpp"
#include "words.hpp"

namespace reshost::spelling {

TechnicalWords::TechnicalWords(const std::string& dir, const terms::Vocabulary& vocabulary) {
    analyzers::DataFile file(dir, "technical_words.txt");
    for (std::string_view line : file.lines()) add(line);
    for (const terms::Term& t : vocabulary.terms()) {
        add(t.name);
        for (const std::string& alias : t.aliases) add(alias);
    }
}

// Each word of a name on its own: "Spring Boot" vouches for "Boot" in
// "Spring Boot", and a prose word is checked alone.
void TechnicalWords::add(std::string_view words) {
    std::size_t i = 0;
    while (i < words.size()) {
        while (i < words.size() && (words[i] == ' ' || words[i] == '\t')) ++i;
        std::size_t b = i;
        while (i < words.size() && words[i] != ' ' && words[i] != '\t') ++i;
        if (i > b) words_.insert(analyzers::lower(words.substr(b, i - b)));
    }
}

bool TechnicalWords::contains(std::string_view word) const { return words_.count(analyzers::lower(word)) > 0; }

}  // namespace reshost::spelling
