#include "printable_text.hpp"

#include <fmt/format.h>

namespace reshost::detail {

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    return n;
}

}  // namespace

std::string printable_text(std::string_view text, std::size_t max_bytes) {
    if (text.empty()) return "(empty)";
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (out.size() >= max_bytes) {
            out += "\xE2\x80\xA6";  // …
            break;
        }
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t n = utf8_length(text, i);
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7F || n == 0) out += fmt::format("\\x{:02x}", c);
        else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0)  // C1 controls
            out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
        else {
            out.append(text, i, n);
            i += n;
            continue;
        }
        i += n == 0 ? 1 : n;
    }
    return out;
}

}  // namespace reshost::detail
