// Addresses broken across lines: a narrow column (a sidebar) breaks an
// e-mail address or a URL wherever it must, and the text layer then has its
// two parts on two lines, as two words; a phone number breaks at a space.
#include "pdf_layout.hpp"

#include <initializer_list>
#include <string>

namespace reshost::pdf::detail {
namespace {

bool has_any(std::string_view w, std::initializer_list<std::string_view> parts) {
    for (auto p : parts)
        if (w.find(p) != std::string_view::npos) return true;
    return false;
}

}  // namespace

int link_at(const PageContent& page, const Box& b) {
    float x = b.center_x(), y = b.center_y();
    for (std::size_t i = 0; i < page.links.size(); ++i) {
        const Box& l = page.links[i].box;
        if (x >= l.x0 && x <= l.x1 && y >= l.y0 && y <= l.y1) return static_cast<int>(i);
    }
    return -1;
}

// Whether the first word of `next` goes on the last word of `line`: an
// e-mail address or URL that a narrow column broke, told by the link over
// both parts, or by an address cut after a hyphen, dot, slash or at sign
// with the rest of it (a dot or at sign) on the next line.
bool continues_address(const PageContent& page, const TextLine& line, const TextLine& next) {
    if (line.words.empty() || next.words.empty()) return false;
    const Word& a = page.words[line.words.back()];
    const Word& b = page.words[next.words.front()];
    std::string_view end = page.text_of(a), start = page.text_of(b);
    if (end.empty() || start.empty()) return false;
    // The two parts, joined, are in the address their link points to.
    int la = link_at(page, a.box), lb = link_at(page, b.box);
    if (la >= 0 && lb >= 0) {
        const std::string& url = page.links[static_cast<std::size_t>(la)].url;
        if (url == page.links[static_cast<std::size_t>(lb)].url && url.find(std::string(end) + std::string(start)) != std::string::npos)
            return true;
    }
    char last = end.back();
    bool cut = last == '-' || last == '.' || last == '/' || last == '@' || last == '_';
    bool addressy = has_any(end, {"@", "://", "www."}) || has_any(start, {"@"});
    return cut && addressy && has_any(start, {".", "@", "/"}) && start.front() != '(';
}

namespace {

// The phone-like run of characters at one end of `text`: digits, spaces, and
// the signs phone numbers are written with, set apart from any words (by the
// line's end or a separator: "•", "|", an icon). Returns its digit count, or
// 0 when a word touches it ("in 2019 and 2020").
std::size_t phone_digits(std::string_view text, bool at_end) {
    std::size_t digits = 0, k = 0;
    for (; k < text.size(); ++k) {
        char c = at_end ? text[text.size() - 1 - k] : text[k];
        if (c >= '0' && c <= '9') ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.') break;
    }
    if (k == text.size()) return digits;
    char beyond = at_end ? text[text.size() - 1 - k] : text[k];
    bool word = (beyond >= 'a' && beyond <= 'z') || (beyond >= 'A' && beyond <= 'Z');
    return word ? 0 : digits;
}

}  // namespace

// Whether `next` goes on a phone number that `line` ends with: a narrow
// column broke "+420 707 945 703" after "707". The line ends in a run of at
// least three digits, the next line starts with digits, and the two runs
// together have as many digits as a phone number (8 to 15).
bool continues_phone(const PageContent& page, const TextLine& line, const TextLine& next) {
    if (line.words.empty() || next.words.empty()) return false;
    // (Most lines end and start with letters: a look at two characters settles them.)
    std::string_view last = page.text_of(page.words[line.words.back()]), first = page.text_of(page.words[next.words.front()]);
    bool digit_end = !last.empty() && ((last.back() >= '0' && last.back() <= '9') || last.back() == '-');
    if (!digit_end || first.empty() || first.front() < '0' || first.front() > '9') return false;
    std::string end = line_text(page, line), start = line_text(page, next);
    if (start.empty() || start.front() < '0' || start.front() > '9') return false;
    std::size_t a = phone_digits(end, true), b = phone_digits(start, false);
    return a >= 3 && b >= 2 && a + b >= 8 && a + b <= 15;
}

}  // namespace reshost::pdf::detail
