#include "output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace reshost::cli {

Output::Output(std::string path) : path_(std::move(path)) {}

bool Output::color() const {
    if (!path_.empty() || !isatty(STDOUT_FILENO)) return false;
    // no-color.org: any non-empty NO_COLOR turns colour off.
    const char* no_color = std::getenv("NO_COLOR");
    return !no_color || !*no_color;
}

bool Output::write(std::string_view text, std::string& error) const { return write({text}, error); }

bool Output::write(std::initializer_list<std::string_view> pieces, std::string& error) const {
    std::FILE* f = path_.empty() ? stdout : std::fopen(path_.c_str(), "wb");
    const std::string name = path_.empty() ? std::string("standard output") : path_;
    if (!f) {
        error = "cannot write " + name + ": " + std::strerror(errno);
        return false;
    }
    errno = 0;
    bool ok = true;
    for (auto text : pieces) ok = ok && std::fwrite(text.data(), 1, text.size(), f) == text.size();
    ok = std::fflush(f) == 0 && ok;
    int saved = errno;
    if (f != stdout) {
        if (std::fclose(f) != 0 && ok) {
            ok = false;
            saved = errno;
        }
    }
    if (!ok) error = "cannot write " + name + ": " + (saved ? std::strerror(saved) : "write failed");
    return ok;
}

}  // namespace reshost::cli
