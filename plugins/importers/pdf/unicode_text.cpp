#include "unicode_text.hpp"

#include <utf8proc.h>

#include <cstdlib>

namespace reshost::pdf {

uint32_t next_code_point(std::string_view s, std::size_t& pos) {
    utf8proc_int32_t c = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                              static_cast<utf8proc_ssize_t>(s.size() - pos), &c);
    if (n <= 0 || c < 0) {
        ++pos;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(n);
    return static_cast<uint32_t>(c);
}

void append_nfkc(std::string& out, std::string_view s) {
    bool ascii = true;
    for (unsigned char ch : s)
        if (ch >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        out.append(s);
        return;
    }
    utf8proc_uint8_t* mapped = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                          &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
    if (n < 0 || !mapped) {
        // Malformed UTF-8 cannot come from the reader, which encodes code points
        // itself; keep the text rather than drop it.
        out.append(s);
    } else {
        out.append(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
    }
    std::free(mapped);
}

}  // namespace reshost::pdf
