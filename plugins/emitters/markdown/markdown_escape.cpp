#include "markdown_escape.hpp"

namespace reshost::markdown {

namespace {

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the
// ones that start or end markup (or a GFM table cell, autolink or HTML tag).
bool special(char c) {
    switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '#':
    case '~': case '&':
        return true;
    default:
        return false;
    }
}

}  // namespace

std::string md_escaped(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') continue;
            out += "<br>";
        } else if (c == '\n') {
            out += "<br>";
        } else {
            if (special(c)) out += '\\';
            out += c;
        }
    }
    return out;
}

}  // namespace reshost::markdown
