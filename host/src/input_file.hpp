// Reading an input file whole, with the host's size limit.
#pragma once

#include <cstdint>
#include <string>

namespace reshost::detail {

struct InputFile {
    std::string bytes;
    std::string error;  // one line: "no such file", "is a directory", "file too large (...)"
};

// Reads `path`; files over `max_bytes` are refused before they are read.
InputFile read_input_file(const std::string& path, std::uint64_t max_bytes);

}  // namespace reshost::detail
