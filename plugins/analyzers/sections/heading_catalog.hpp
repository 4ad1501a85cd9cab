// The section headings an ATS recognises, and the standard name to suggest
// for one it would not.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reshost::sections {

class HeadingCatalog {
public:
    // Reads standard_headings.txt from `dir`; throws std::runtime_error naming the file.
    explicit HeadingCatalog(const std::string& dir);

    // True when an ATS files `heading` under a known field.
    bool recognised(std::string_view heading) const;
    // Returns the standard heading a word of `heading` points to, or empty.
    std::string hint(std::string_view heading) const;
    // Returns the standard headings, in the order to offer them.
    const std::vector<std::string>& standard() const { return standard_; }
    // True when a word of `heading` starts with a [remove] prefix: a section a
    // resume should drop rather than rename ("Referees").
    bool to_remove(std::string_view heading) const;
    // True when `heading` heads a contact block ("Contact Information").
    bool contact(std::string_view heading) const;

private:
    std::vector<std::string> recognised_;                      // normalized phrases
    std::vector<std::pair<std::string, std::string>> hints_;   // word prefix, heading
    std::vector<std::string> remove_;                          // word prefixes of sections to drop
    std::vector<std::string> contact_;                         // headings of a contact block
    std::vector<std::string> standard_;
};

}  // namespace reshost::sections
