#include "language_catalog.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>

namespace reshost::summary {
namespace {

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Characters that continue a language name: "C" in "C++", "C#", "C-level".
bool continues_name(char c) { return is_alnum(c) || c == '+' || c == '#' || c == '_'; }

bool has_lower(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

LanguageCatalog::LanguageCatalog(const std::string& dir) {
    analyzers::DataFile file(dir, "languages.txt");
    languages_.reserve(file.lines().size());
    analyzers::for_each_mapping(file, "Name = alias, alias", [&](const analyzers::Mapping& m) {
        Language lang{std::string(m.key), aliases_.size(), m.values.size()};
        for (std::string_view a : m.values) aliases_.push_back(analyzers::lower(a));
        // Longest first, ties in file order. An insertion sort: a language has
        // a handful of aliases, and std::stable_sort would allocate a buffer.
        auto first = aliases_.begin() + static_cast<std::ptrdiff_t>(lang.first);
        auto longer = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
        for (auto it = first; it != aliases_.end(); ++it)
            std::rotate(std::upper_bound(first, it, *it, longer), it, it + 1);
        languages_.push_back(std::move(lang));
    });
}

std::optional<std::string> LanguageCatalog::identify(std::string_view term) const {
    std::string key = analyzers::lower(term);
    while (!key.empty() && key.back() == ' ') key.pop_back();
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
    for (const Language& lang : languages_) {
        auto first = aliases_.begin() + static_cast<std::ptrdiff_t>(lang.first);
        auto last = first + static_cast<std::ptrdiff_t>(lang.count);
        if (std::find(first, last, key) != last) return lang.name;
    }
    return std::nullopt;
}

std::size_t LanguageCatalog::first_mention(std::string_view text, const Language& lang) const {
    std::string lowered = analyzers::lower(text);
    std::size_t best = std::string_view::npos;
    for (std::size_t i = lang.first; i < lang.first + lang.count; ++i) {
        const std::string& alias = aliases_[i];
        for (std::size_t pos = lowered.find(alias); pos != std::string::npos; pos = lowered.find(alias, pos + 1)) {
            std::size_t end = pos + alias.size();
            bool start_ok = pos == 0 || !(continues_name(text[pos - 1]) || text[pos - 1] == '.');
            bool end_ok = end == text.size() || !continues_name(text[end]);
            // "go", "c", "r", "js": only as written in capitals ("Go", "C"), not the English word.
            bool case_ok = alias.size() > 2 || !has_lower(text.substr(pos, 1));
            if (start_ok && end_ok && case_ok) {
                best = std::min(best, pos);
                break;
            }
        }
    }
    return best;
}

std::vector<std::string> LanguageCatalog::find_in(std::string_view text) const {
    std::vector<std::pair<std::size_t, std::string>> found;
    for (const Language& lang : languages_)
        if (std::size_t at = first_mention(text, lang); at != std::string_view::npos) found.push_back({at, lang.name});
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& [at, name] : found) out.push_back(std::move(name));
    return out;
}

bool LanguageCatalog::mentions(std::string_view text, std::string_view language) const {
    for (const Language& lang : languages_)
        if (lang.name == language) return first_mention(text, lang) != std::string_view::npos;
    return false;
}

}  // namespace reshost::summary
