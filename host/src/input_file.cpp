#include "input_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
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
    std::uintmax_t expected = 0;
    if (status.type() == fs::file_type::regular) {
        auto size = fs::file_size(path, ec);
        if (!ec && size > max_bytes) return {{}, fmt::format("file too large ({} bytes, limit {})", size, max_bytes)};
        if (!ec) expected = size;
    }
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) return {{}, fmt::format("cannot be read: {}", std::strerror(errno))};
    // One allocation of the size the file has (a growing string would hold up
    // to twice a large file); pipes do not know their size, so the limit also
    // applies while reading.
    out.bytes.resize(static_cast<std::size_t>(expected) + 1);
    std::size_t got = 0;
    for (;;) {
        if (got == out.bytes.size()) out.bytes.resize(std::min<std::size_t>(got * 2, max_bytes + 1));
        std::size_t n = std::fread(out.bytes.data() + got, 1, out.bytes.size() - got, in);
        got += n;
        if (got > max_bytes) {
            std::fclose(in);
            return {{}, fmt::format("file too large (over {} bytes, limit {})", max_bytes, max_bytes)};
        }
        if (n == 0) break;
    }
    bool failed = std::ferror(in) != 0;
    std::fclose(in);
    if (failed) return {{}, "cannot be read: read error"};
    out.bytes.resize(got);
    return out;
}

}  // namespace reshost::detail
