#include "phone_pattern.hpp"


namespace reshost::detail {

namespace {

constexpr std::uint16_t all_digits = 0x3FF;

// Thrown inside the parser when the pattern leaves the subset.
struct Unsupported {};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

// Recursive descent over alternation > sequence > quantified atom. The input is
// digits only, so a character class is just the set of digits it accepts: a
// literal that is not a digit accepts none, which is exact for such input.
class PhonePattern::Parser {
public:
    Parser(std::string_view text, std::vector<Node>& nodes) : s_(text), nodes_(nodes) {}

    int parse() {
        int root = alternation();
        if (i_ != s_.size()) throw Unsupported{};
        return root;
    }

private:
    int add(Node n) {
        nodes_.push_back(std::move(n));
        return static_cast<int>(nodes_.size() - 1);
    }

    int alternation() {
        Node alt;
        alt.kind = Node::alternation;
        alt.children.push_back(sequence());
        while (i_ < s_.size() && s_[i_] == '|') {
            ++i_;
            alt.children.push_back(sequence());
        }
        return alt.children.size() == 1 ? alt.children[0] : add(std::move(alt));
    }

    int sequence() {
        Node seq;
        seq.kind = Node::sequence;
        while (i_ < s_.size() && s_[i_] != '|' && s_[i_] != ')') seq.children.push_back(quantified(atom()));
        return add(std::move(seq));
    }

    int number() {
        std::size_t start = i_;
        int n = 0;
        while (i_ < s_.size() && is_digit(s_[i_])) {
            n = n * 10 + (s_[i_++] - '0');
            if (n > 1000) throw Unsupported{};
        }
        if (i_ == start) throw Unsupported{};
        return n;
    }

    int quantified(int atom) {
        if (i_ >= s_.size()) return atom;
        int min = 0, max = 0;
        switch (s_[i_]) {
        case '?': min = 0, max = 1, ++i_; break;
        case '*': min = 0, max = -1, ++i_; break;
        case '+': min = 1, max = -1, ++i_; break;
        case '{':
            ++i_;
            min = max = number();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                max = i_ < s_.size() && s_[i_] == '}' ? -1 : number();
            }
            if (i_ >= s_.size() || s_[i_] != '}' || (max >= 0 && max < min)) throw Unsupported{};
            ++i_;
            break;
        default: return atom;
        }
        // A lazy quantifier matches the same set of lengths; a possessive one does not.
        if (i_ < s_.size() && s_[i_] == '?') ++i_;
        else if (i_ < s_.size() && s_[i_] == '+') throw Unsupported{};
        Node rep;
        rep.kind = Node::repeat;
        rep.min = min;
        rep.max = max;
        rep.children.push_back(atom);
        return quantified(add(std::move(rep)));
    }

    int set(std::uint16_t digits) {
        Node n;
        n.kind = Node::digits;
        n.set = digits;
        return add(std::move(n));
    }

    // The digits an escape stands for, or throws when it is a class the subset lacks.
    static std::uint16_t escaped(char c) {
        if (c == 'd') return all_digits;
        if (c == 'D') return 0;
        if (is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) throw Unsupported{};
        return 0;  // an escaped punctuation mark: never a digit
    }

    int atom() {
        char c = s_[i_++];
        switch (c) {
        case '(': {
            if (i_ < s_.size() && s_[i_] == '?') {
                if (i_ + 1 >= s_.size() || s_[i_ + 1] != ':') throw Unsupported{};
                i_ += 2;
            }
            int inner = alternation();
            if (i_ >= s_.size() || s_[i_] != ')') throw Unsupported{};
            ++i_;
            return inner;
        }
        case '[': return set(char_class());
        case '\\':
            if (i_ >= s_.size()) throw Unsupported{};
            return set(escaped(s_[i_++]));
        case '$': {
            Node n;
            n.kind = Node::end_anchor;
            return add(std::move(n));
        }
        case '^': {
            Node n;
            n.kind = Node::start_anchor;
            return add(std::move(n));
        }
        case '.': return set(all_digits);
        case '?':
        case '*':
        case '+':
        case '{':
        case '}':
        case ']': throw Unsupported{};
        default: return set(is_digit(c) ? static_cast<std::uint16_t>(1u << (c - '0')) : 0);
        }
    }

    std::uint16_t char_class() {
        bool negated = i_ < s_.size() && s_[i_] == '^';
        if (negated) ++i_;
        std::uint16_t digits = 0;
        bool first = true;
        while (i_ < s_.size() && (s_[i_] != ']' || first)) {
            first = false;
            char c = s_[i_++];
            if (c == '\\') {
                if (i_ >= s_.size()) throw Unsupported{};
                digits |= escaped(s_[i_++]);
                continue;
            }
            if (c == '[') throw Unsupported{};
            if (i_ + 1 < s_.size() && s_[i_] == '-' && s_[i_ + 1] != ']') {
                char to = s_[i_ + 1];
                i_ += 2;
                if (!is_digit(c) || !is_digit(to) || to < c) throw Unsupported{};
                for (char d = c; d <= to; ++d) digits |= static_cast<std::uint16_t>(1u << (d - '0'));
                continue;
            }
            if (is_digit(c)) digits |= static_cast<std::uint16_t>(1u << (c - '0'));
        }
        if (i_ >= s_.size()) throw Unsupported{};
        ++i_;  // ']'
        return negated ? static_cast<std::uint16_t>(~digits & all_digits) : digits;
    }

    std::string_view s_;
    std::size_t i_ = 0;
    std::vector<Node>& nodes_;
};

PhonePattern::PhonePattern(std::string_view pattern) : empty_(pattern.empty()) {
    if (empty_) return;
    try {
        root_ = Parser(pattern, nodes_).parse();
    } catch (const Unsupported&) {
        decides_ = false;
        nodes_.clear();
    }
}

// The set of positions reachable from any of `starts` through `node`, as bits.
std::uint64_t PhonePattern::ends(int node, std::uint64_t starts, const std::uint64_t* at_digit, std::size_t size) const {
    if (!starts) return 0;
    const Node& n = nodes_[static_cast<std::size_t>(node)];
    switch (n.kind) {
    case Node::digits: {
        std::uint64_t accepted = 0;
        for (int d = 0; d < 10; ++d)
            if (n.set & (1u << d)) accepted |= at_digit[d];
        return (starts & accepted) << 1;
    }
    case Node::sequence:
        for (int c : n.children) starts = ends(c, starts, at_digit, size);
        return starts;
    case Node::alternation: {
        std::uint64_t out = 0;
        for (int c : n.children) out |= ends(c, starts, at_digit, size);
        return out;
    }
    case Node::repeat: {
        std::uint64_t cur = starts;
        for (int k = 0; k < n.min && cur; ++k) cur = ends(n.children[0], cur, at_digit, size);
        std::uint64_t out = cur;
        for (int k = n.min; (n.max < 0 || k < n.max) && cur; ++k) {
            cur = ends(n.children[0], cur, at_digit, size) & ~out;  // positions already reached add nothing new
            out |= cur;
        }
        return out;
    }
    case Node::end_anchor: return starts & (std::uint64_t{1} << size);
    case Node::start_anchor: return starts & 1;
    }
    return 0;
}

std::optional<std::uint64_t> PhonePattern::prefix_ends(std::string_view digits) const {
    if (!decides_ || digits.size() > 62) return std::nullopt;
    if (empty_) return 0;
    std::uint64_t at_digit[10] = {};
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (!is_digit(digits[i])) return std::nullopt;
        at_digit[digits[i] - '0'] |= std::uint64_t{1} << i;
    }
    return ends(root_, 1, at_digit, digits.size());
}

std::optional<bool> PhonePattern::full_match(std::string_view digits) const {
    auto e = prefix_ends(digits);
    if (!e) return std::nullopt;
    return ((*e >> digits.size()) & 1) != 0;
}

}  // namespace reshost::detail
