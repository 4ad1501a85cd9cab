// Maps byte offsets of a text buffer to 1-based line numbers.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace reshost::markdown {

// The start offset of every line of a buffer, for binary search.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }

    // Returns the 1-based line of `p` when it points into the buffer, else 0.
    uint32_t line_of(const char* p) const {
        if (p < text_.data() || p >= text_.data() + text_.size()) return 0;
        return line_at(static_cast<std::size_t>(p - text_.data()));
    }

    // Returns the 1-based line holding byte `offset`.
    uint32_t line_at(std::size_t offset) const {
        auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
        return static_cast<uint32_t>(it - starts_.begin());
    }

    // Returns the text of 1-based line `n` without its line break (empty when out of range).
    std::string_view line(uint32_t n) const {
        if (n == 0 || n > starts_.size()) return {};
        std::size_t b = starts_[n - 1];
        std::size_t e = n < starts_.size() ? starts_[n] - 1 : text_.size();
        std::string_view l = text_.substr(b, e - b);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        return l;
    }

    // Returns the number of lines.
    uint32_t count() const { return static_cast<uint32_t>(starts_.size()); }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

}  // namespace reshost::markdown
