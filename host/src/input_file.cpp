#include "input_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace reshost::detail {

InputFile read_input_file(const std::string& path, std::uint64_t max_bytes) {
    InputFile out;
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return {{}, "no such file"};
    if (ec) return {{}, fmt::format("cannot be read: {}", ec.message())};
    if (status.type() == fs::file_type::directory) return {{}, "is a directory"};
    if (status.type() == fs::file_type::regular) {
        auto size = fs::file_size(path, ec);
        if (!ec && size > max_bytes) return {{}, fmt::format("file too large ({} bytes, limit {})", size, max_bytes)};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return {{}, fmt::format("cannot be read: {}", std::strerror(errno))};
    // Not every file knows its size (pipes), so the limit also applies while reading.
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        out.bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (out.bytes.size() > max_bytes)
            return {{}, fmt::format("file too large (over {} bytes, limit {})", max_bytes, max_bytes)};
    }
    if (in.bad()) return {{}, "cannot be read: read error"};
    return out;
}

}  // namespace reshost::detail
