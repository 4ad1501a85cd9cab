#include "link_visibility.hpp"

#include "code_points.hpp"
#include "words.hpp"

namespace reshost::ats {

namespace {

// Link text that covers this share of the address shows it (a DOI without
// its resolver, a profile URL without the scheme).
constexpr double shown_share = 0.6;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string digits_of(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

std::string compact(std::string_view s) {
    std::string out;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        if (is_space(next_code_point(s, pos))) continue;
        out += analyzers::lower(s.substr(start, pos - start));
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == ';' || out.back() == '|' ||
                            out.back() == ')'))
        out.pop_back();
    return out;
}

}  // namespace

std::string written_address(std::string_view url) {
    std::string_view v(url);
    for (std::string_view scheme : {"https://", "http://", "mailto:", "tel:", "ftp://"})
        if (starts_with(analyzers::lower(v.substr(0, scheme.size())), scheme)) {
            v.remove_prefix(scheme.size());
            break;
        }
    if (starts_with(analyzers::lower(v.substr(0, 4)), "www.")) v.remove_prefix(4);
    if (auto cut = v.find_first_of("?#"); cut != std::string_view::npos) v = v.substr(0, cut);
    while (!v.empty() && v.back() == '/') v.remove_suffix(1);
    return std::string(v);
}

bool address_visible(std::string_view url, std::string_view link_text, std::string_view compact_text) {
    std::string address = analyzers::lower(written_address(url));
    if (address.empty()) return true;
    if (starts_with(analyzers::lower(url), "tel:")) {
        std::string want = digits_of(address);
        if (want.size() < 5) return true;
        // The national part is enough: "+1 (415) 555-0142" may be written "415 555 0142".
        std::string tail = want.substr(want.size() - 7);
        return digits_of(compact_text).find(tail) != std::string::npos;
    }
    if (compact_text.find(address) != std::string_view::npos) return true;
    std::string text = compact(link_text);
    return text.size() >= 4 && address.find(text) != std::string::npos &&
           static_cast<double>(text.size()) >= shown_share * static_cast<double>(address.size());
}

}  // namespace reshost::ats
