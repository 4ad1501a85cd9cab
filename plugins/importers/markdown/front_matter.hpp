// YAML front matter ("---" ... "---" at the top of a Markdown file, or a leading
// ```yaml fence): the flat subset resumes use, read into contact lines.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::markdown {

// One scalar of the front matter: "key: value", or an item of a "key:" list.
struct FrontMatterValue {
    std::string key;    // folded to lower case; "links" for an item of "links:"
    std::string label;  // the key as written ("GitHub")
    std::string value;  // unquoted
    uint32_t line = 0;  // 1-based, in the whole file
};

struct FrontMatter {
    std::vector<FrontMatterValue> values;
    uint32_t first_line = 0, last_line = 0;  // the delimiters (or fence lines) included
};

// What each front matter key means to a resume: "name", "email", "phone", "location", "link".
class FrontMatterKeys {
public:
    // Reads "meaning<TAB>key" rows; throws std::runtime_error on a bad row.
    static FrontMatterKeys parse(std::string_view tsv);
    // The meaning of a folded key, empty when it means nothing to a resume.
    std::string_view meaning(std::string_view key) const;
    // True for a key that names a profile site ("github"), so a bare handle reads "GitHub: handle".
    bool is_network(std::string_view key) const;

private:
    std::map<std::string, std::string, std::less<>> meanings_;
};

// The front matter at the top of `text`, if it has one ("---" on line 1, closed by "---" or "...").
std::optional<FrontMatter> read_front_matter(std::string_view text);

// The scalars of YAML `lines` (without delimiters); `first_line` is the file line of the first.
std::vector<FrontMatterValue> read_yaml_values(std::string_view lines, uint32_t first_line);

}  // namespace reshost::markdown
