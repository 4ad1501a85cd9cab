// libphonenumber's number patterns, matched against strings of ASCII digits.
// Only the regex subset libphonenumber's metadata uses is understood; a
// pattern outside it compiles, but every match on it answers "cannot decide".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace reshost::detail {

class PhonePattern {
public:
    // An empty pattern, which matches nothing (as an absent pattern in libphonenumber).
    PhonePattern() = default;
    // Compiles `pattern`; one outside the subset is kept as undecidable.
    explicit PhonePattern(std::string_view pattern);

    // True when the pattern is within the subset, so its matches decide.
    bool decides() const { return decides_; }
    // True when the pattern was given (libphonenumber treats an empty pattern as matching nothing).
    bool empty() const { return empty_; }

    // Whether all of `digits` matches; nullopt when the pattern cannot decide.
    std::optional<bool> full_match(std::string_view digits) const;
    // The lengths of the prefixes of `digits` that match, as bits (bit i: the first i digits);
    // nullopt when the pattern cannot decide or `digits` is longer than 62.
    std::optional<std::uint64_t> prefix_ends(std::string_view digits) const;

private:
    struct Node {
        enum Kind { digits, sequence, alternation, repeat, end_anchor, start_anchor } kind = sequence;
        std::uint16_t set = 0;           // digits: the accepted digits, bit d for digit d
        int min = 0, max = 0;            // repeat: max < 0 means unbounded
        std::vector<int> children;       // sequence, alternation: indices; repeat: one
    };
    class Parser;

    std::uint64_t ends(int node, std::uint64_t starts, const std::uint64_t* at_digit, std::size_t size) const;

    std::vector<Node> nodes_;
    int root_ = -1;
    bool decides_ = true;
    bool empty_ = true;
};

}  // namespace reshost::detail
