#include "fingerprint.hpp"

#include <cstdint>
#include <cstdio>

namespace reshost::sarif {

namespace {

constexpr std::string_view kOpenCurly = "\u201c";
constexpr std::string_view kCloseCurly = "\u201d";

// Appends the text between `open` and `close` from `from` on; returns where
// the search goes on, or npos when no complete quote is left.
std::size_t take_quote(std::string_view s, std::size_t from, std::string_view open, std::string_view close,
                       std::string& out) {
    std::size_t a = s.find(open, from);
    if (a == std::string_view::npos) return a;
    std::size_t b = s.find(close, a + open.size());
    if (b == std::string_view::npos) return b;
    if (!out.empty()) out += ' ';
    out.append(s.substr(a + open.size(), b - a - open.size()));
    return b + close.size();
}

void fnv(std::uint64_t& h, std::string_view s) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
}

}  // namespace

std::string quoted_text(std::string_view message) {
    std::string out;
    for (std::size_t at = 0; at != std::string_view::npos && at < message.size();)
        at = take_quote(message, at, "\"", "\"", out);
    for (std::size_t at = 0; at != std::string_view::npos && at < message.size();)
        at = take_quote(message, at, kOpenCurly, kCloseCurly, out);
    return out.empty() ? std::string(message) : out;
}

std::string normalized(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string fingerprint(std::string_view rule, std::string_view message, std::string_view section) {
    std::uint64_t h = 14695981039346656037ull;
    // A separator that cannot occur in text keeps ("ab","c") apart from ("a","bc").
    fnv(h, rule);
    fnv(h, std::string_view("\0", 1));
    fnv(h, normalized(quoted_text(message)));
    fnv(h, std::string_view("\0", 1));
    fnv(h, normalized(section));
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

}  // namespace reshost::sarif
