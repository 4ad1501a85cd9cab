#include "word_list.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reshost::spelling {

WordList::WordList(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            data_ = static_cast<const char*>(p);
            size_ = static_cast<std::size_t>(st.st_size);
        }
    }
    ::close(fd);
}

WordList::~WordList() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
}

std::string_view WordList::line_at(std::size_t offset) const {
    std::size_t end = offset;
    while (end < size_ && data_[end] != '\n') ++end;
    return {data_ + offset, end - offset};
}

// A binary search over bytes: each probe backs up to the start of its line.
std::size_t WordList::lower_bound(std::string_view word) const {
    std::size_t lo = 0, hi = size_;  // lo: a line start; every line before lo is < word
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        std::size_t start = mid;
        while (start > lo && data_[start - 1] != '\n') --start;
        std::string_view line = line_at(start);
        if (line < word) lo = start + line.size() + 1;
        else hi = start;
    }
    return lo;
}

bool WordList::contains(std::string_view word) const {
    if (!data_ || word.empty()) return false;
    std::size_t at = lower_bound(word);
    return at < size_ && line_at(at) == word;
}

std::string_view WordList::longer(std::string_view prefix, std::size_t extra) const {
    if (!data_ || prefix.empty()) return {};
    // Looked at among the first words with the prefix only: a short prefix starts thousands.
    std::size_t looked = 0;
    for (std::size_t at = lower_bound(prefix); at < size_ && looked++ < 256;) {
        std::string_view line = line_at(at);
        if (line.substr(0, prefix.size()) != prefix) break;
        if (line.size() > prefix.size() && line.size() <= prefix.size() + extra) return line;
        at += line.size() + 1;
    }
    return {};
}

}  // namespace reshost::spelling
