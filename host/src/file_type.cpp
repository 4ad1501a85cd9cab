#include "file_type.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace reshost::detail {

namespace {

constexpr std::string_view pdf_magic = "%PDF-";
constexpr std::size_t pdf_magic_window = 1024;  // readers accept junk before the header
constexpr std::string_view zip_magic("PK\x03\x04", 4);
constexpr std::string_view ole_magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// Above this share of bytes that are not text, a file is binary rather than
// mis-encoded text: Latin-1 or Windows-1252 prose stays far below it (one bad
// byte per accented letter), random bytes and UTF-16 far above.
constexpr double max_binary_share = 0.30;

// Length of the valid UTF-8 sequence at `p`, or 0.
std::size_t utf8_sequence(std::string_view s, std::size_t p) {
    auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char c = at(p);
    if (c < 0x80) return c == 0 ? 0 : 1;
    std::size_t n;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
    else return 0;
    if (p + n > s.size()) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        if ((at(p + i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (at(p + i) & 0x3F);
    }
    bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return (overlong || surrogate || cp > 0x10FFFF) ? 0 : n;
}

bool is_binary_control(unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
    for (std::size_t p = 0; p < bytes.size();) {
        std::size_t n = utf8_sequence(bytes, p);
        if (n == 0) return p;
        p += n;
    }
    return std::string_view::npos;
}

FileType detect_file_type(std::string_view bytes) {
    if (bytes.empty()) return {"", "empty file"};
    if (bytes.substr(0, pdf_magic_window).find(pdf_magic) != std::string_view::npos) return {"pdf", ""};
    if (bytes.substr(0, zip_magic.size()) == zip_magic) return {"docx", ""};
    if (bytes.substr(0, ole_magic.size()) == ole_magic)
        return {"", "legacy .doc or encrypted Office document: unsupported, save as DOCX or PDF"};

    std::size_t bad = first_invalid_utf8(bytes);
    if (bad == std::string_view::npos) return {"markdown", ""};

    std::size_t binary = 0;
    for (std::size_t p = 0; p < bytes.size();) {
        std::size_t n = utf8_sequence(bytes, p);
        if (n == 0 || (n == 1 && is_binary_control(static_cast<unsigned char>(bytes[p])))) {
            ++binary;
            n = 1;
        }
        p += n;
    }
    if (static_cast<double>(binary) <= max_binary_share * static_cast<double>(bytes.size()))
        return {"", fmt::format("not valid UTF-8 text (first bad byte at offset {})", bad)};
    return {"", "unrecognized file type (not PDF, DOCX or UTF-8 text)"};
}

}  // namespace reshost::detail
