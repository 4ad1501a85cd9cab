#include "artifact_uri.hpp"

#include <cstdio>

namespace reshost::sarif {

namespace {

// RFC 3986 unreserved characters and '/', which a path keeps as they are.
bool kept(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '/';
}

}  // namespace

std::string artifact_uri(std::string_view path) {
    std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
    // "./a.md" and "a.md" name the same artifact; code scanning matches the latter.
    while (path.substr(0, 2) == "./") path.remove_prefix(2);
    for (unsigned char c : path) {
        if (kept(c)) {
            out += static_cast<char>(c);
            continue;
        }
        char esc[4];
        std::snprintf(esc, sizeof esc, "%%%02X", c);
        out += esc;
    }
    return out;
}

}  // namespace reshost::sarif
