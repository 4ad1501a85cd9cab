// Addresses broken across lines: a narrow column (a sidebar) breaks an
// e-mail address or a URL wherever it must, and the text layer then has its
// two parts on two lines, as two words.
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

}  // namespace reshost::pdf::detail
