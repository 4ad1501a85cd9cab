// Where a rule is explained: its heading in docs/rules.md. The base URL is
// the one place to change when the docs are published elsewhere;
// docs/cli.md names it.
#pragma once

#include <string>
#include <string_view>

namespace reshost::sarif {

inline constexpr std::string_view kRulesDocUrl = "https://github.com/reshost/reshost/blob/main/docs/rules.md";

// The anchor a Markdown renderer (GitHub's) gives the heading "### <rule>":
// lower case, letters, digits, '-' and '_' kept, spaces made '-', the rest
// dropped ("verbs.weak-opener" -> "verbsweak-opener").
inline std::string rule_anchor(std::string_view rule) {
    std::string out;
    for (char c : rule) {
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
        else if (c == ' ') out += '-';
    }
    return out;
}

inline std::string rule_doc_url(std::string_view rule) {
    return std::string(kRulesDocUrl) + "#" + rule_anchor(rule);
}

}  // namespace reshost::sarif
