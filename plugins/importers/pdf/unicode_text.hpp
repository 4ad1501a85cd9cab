// UTF-8 decoding of single code points, and NFKC normalization
// (ligatures, full-width digits) through utf8proc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "utf8_encode.hpp"

namespace reshost::pdf {

using common::append_utf8;

// Decodes the code point at `pos` and moves `pos` past it; malformed bytes
// decode as U+FFFD one byte at a time.
uint32_t next_code_point(std::string_view s, std::size_t& pos);

// Appends the NFKC form of `s`; ASCII input is copied as is.
void append_nfkc(std::string& out, std::string_view s);

}  // namespace reshost::pdf
