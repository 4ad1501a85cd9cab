// UTF-8 encoding and decoding of single code points, and NFKC normalization
// (ligatures, full-width digits) through utf8proc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace reshost::pdf {

// Appends code point `c` as UTF-8; invalid code points become U+FFFD.
void append_utf8(std::string& out, uint32_t c);

// Decodes the code point at `pos` and moves `pos` past it; malformed bytes
// decode as U+FFFD one byte at a time.
uint32_t next_code_point(std::string_view s, std::size_t& pos);

// Appends the NFKC form of `s`; ASCII input is copied as is.
void append_nfkc(std::string& out, std::string_view s);

}  // namespace reshost::pdf
