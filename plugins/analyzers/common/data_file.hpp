// Reads the word lists an analyzer keeps beside its library.
//
// A pack reads its lists once, when it opens, and every pack opens on every
// run, so reading costs count: a file is read with one system call into one
// buffer and its lines are views into that buffer, not strings of their own.
#pragma once

#include <cerrno>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reshost::analyzers {

// Returns `line` without a comment and trimmed; empty when nothing is left. A
// comment starts with '#' at the start of a line or after a blank, so "C#" and
// "F#" stay words.
inline std::string_view data_line(std::string_view line) {
    for (std::size_t hash = line.find('#'); hash != std::string_view::npos; hash = line.find('#', hash + 1)) {
        if (hash == 0 || line[hash - 1] == ' ' || line[hash - 1] == '\t') {
            line = line.substr(0, hash);
            break;
        }
    }
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    std::size_t b = 0, e = line.size();
    while (b < e && blank(line[b])) ++b;
    while (e > b && blank(line[e - 1])) --e;
    return line.substr(b, e - b);
}

// One data file, read whole, and its lines without comments and blank lines,
// trimmed. The lines are views into the file's text, valid while the DataFile
// lives; it neither copies nor moves, so they stay valid.
class DataFile {
public:
    // Reads `dir`/`name`; throws std::runtime_error naming the file when it cannot be opened.
    DataFile(const std::string& dir, std::string_view name) {
        path_.reserve(dir.size() + 1 + name.size());
        if (!dir.empty()) (path_ += dir) += '/';
        path_ += name;
        int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) throw std::runtime_error("cannot read data file " + path_);
        read_all(fd);
        ::close(fd);
        split_lines();
    }
    DataFile(const DataFile&) = delete;
    DataFile& operator=(const DataFile&) = delete;

    // "dir/name", for messages.
    const std::string& path() const { return path_; }
    const std::vector<std::string_view>& lines() const { return lines_; }

private:
    // Reads to the end; a read error ends the text where it happened, as a
    // stream would.
    void read_all(int fd) {
        struct stat st {};
        std::size_t size = ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 0;
        // One byte more than the size, so a file that grew is still read to its end.
        text_.resize(size + 1);
        std::size_t used = 0;
        while (true) {
            if (used == text_.size()) text_.resize(text_.size() * 2 + 64);
            ssize_t n = ::read(fd, text_.data() + used, text_.size() - used);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            used += static_cast<std::size_t>(n);
        }
        text_.resize(used);
    }

    void split_lines() {
        std::string_view rest(text_);
        while (!rest.empty()) {
            std::size_t nl = rest.find('\n');
            std::string_view line = data_line(rest.substr(0, nl));
            if (!line.empty()) lines_.push_back(line);
            if (nl == std::string_view::npos) break;
            rest.remove_prefix(nl + 1);
        }
    }

    std::string path_;
    std::string text_;
    std::vector<std::string_view> lines_;
};

// Returns the lines of `dir`/`name` without comments and blank lines, trimmed;
// throws std::runtime_error naming the file when it cannot be read.
inline std::vector<std::string> read_data_lines(const std::string& dir, std::string_view name) {
    DataFile file(dir, name);
    return {file.lines().begin(), file.lines().end()};
}

// Returns `s` without blanks (spaces and tabs) at either end. Byte loops here
// and above: find_first_not_of searches its set of characters once per byte.
inline std::string_view trim_blanks(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return s.substr(b, e - b);
}

// A "key = a, b, c" line: its key and its comma-separated values, trimmed,
// empty values left out. Views into the line.
struct Mapping {
    std::string_view key;
    std::vector<std::string_view> values;
};

// Splits `line` into `out`, reusing its storage, so a file of mappings costs
// no allocation per line. Without '=' the key and values are empty.
inline void split_mapping(std::string_view line, Mapping& out) {
    out.key = {};
    out.values.clear();
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) return;
    out.key = trim_blanks(line.substr(0, eq));
    std::string_view rest = line.substr(eq + 1);
    while (!rest.empty()) {
        std::size_t comma = rest.find(',');
        std::string_view v = trim_blanks(rest.substr(0, comma));
        if (!v.empty()) out.values.push_back(v);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
}

// Calls `use(mapping)` for each line of `file`, read as "key = value, value";
// throws std::runtime_error naming the file, the `form` expected and the line
// when one has no key or no value.
template <class Use>
void for_each_mapping(const DataFile& file, std::string_view form, Use&& use) {
    Mapping m;
    for (std::string_view line : file.lines()) {
        split_mapping(line, m);
        if (m.key.empty() || m.values.empty())
            throw std::runtime_error(file.path() + ": expected \"" + std::string(form) + "\", got \"" +
                                     std::string(line) + "\"");
        use(m);
    }
}

}  // namespace reshost::analyzers
