// Programming languages and the ways a resume writes them ("Go", "Golang").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::summary {

class LanguageCatalog {
public:
    // Reads languages.txt from `dir`; throws std::runtime_error naming the file.
    explicit LanguageCatalog(const std::string& dir);

    // Returns the language `term` names ("golang" -> "Go"), if any.
    std::optional<std::string> identify(std::string_view term) const;

    // Returns the languages named in `text`, in order of first mention.
    std::vector<std::string> find_in(std::string_view text) const;

    // True when `text` names `language` (a name identify() returns).
    bool mentions(std::string_view text, std::string_view language) const;

private:
    // The aliases of all languages share one list; a language's are a run of it.
    struct Language {
        std::string name;
        std::size_t first = 0, count = 0;  // its aliases in aliases_: lower case, longest first
    };
    // Offset of the first mention of `lang` in `text`, or npos.
    std::size_t first_mention(std::string_view text, const Language& lang) const;
    std::vector<Language> languages_;
    std::vector<std::string> aliases_;
};

}  // namespace reshost::summary
