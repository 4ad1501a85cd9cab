// A sorted word list (one word a line, byte order) mapped into memory and
// searched in place: opening it costs a system call, not the seconds' worth
// of parsing a Hunspell dictionary takes, and a lookup touches a few pages.
// The lists are the en_US and en_GB Hunspell dictionaries with their affixes
// expanded at build time (CMakeLists.txt).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace reshost::spelling {

class WordList {
public:
    // Maps `path`; ok() is false when it cannot be read.
    explicit WordList(const std::string& path);
    ~WordList();
    WordList(const WordList&) = delete;
    WordList& operator=(const WordList&) = delete;

    bool ok() const { return data_ != nullptr; }
    // True when `word` is a line of the list, exactly.
    bool contains(std::string_view word) const;
    // The first word of the list that starts with `prefix` and is 1 to `extra` bytes
    // longer ("Softwa" -> "Software"), or empty.
    std::string_view longer(std::string_view prefix, std::size_t extra) const;

private:
    // The first line not less than `word`, as an offset into the text.
    std::size_t lower_bound(std::string_view word) const;
    std::string_view line_at(std::size_t offset) const;

    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace reshost::spelling
