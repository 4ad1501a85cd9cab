#include "html_text.hpp"

#include "html_entity.hpp"

namespace reshost::markdown {

std::string HtmlText::line(std::string_view html) {
    std::string out;
    std::size_t i = 0;
    while (i < html.size()) {
        if (in_comment_) {
            std::size_t end = html.find("-->", i);
            if (end == std::string_view::npos) return out;
            in_comment_ = false;
            i = end + 3;
        } else if (in_tag_) {
            std::size_t end = html.find('>', i);
            if (end == std::string_view::npos) return out;
            in_tag_ = false;
            i = end + 1;
        } else if (html.compare(i, 4, "<!--") == 0) {
            in_comment_ = true;
            i += 4;
        } else if (html[i] == '<' && i + 1 < html.size() &&
                   (std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/' || html[i + 1] == '!')) {
            // Words on either side of a tag stay apart ("<td>a</td><td>b</td>").
            if (!out.empty() && out.back() != ' ') out += ' ';
            in_tag_ = true;
            ++i;
        } else if (html[i] == '&') {
            std::size_t semi = html.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 32) {
                out += decode_entity(html.substr(i, semi + 1 - i));
                i = semi + 1;
            } else {
                out += html[i++];
            }
        } else {
            out += html[i++];
        }
    }
    // Runs of spaces left where tags were close up.
    std::string tidy;
    for (char c : out) {
        if ((c == ' ' || c == '\t') && (tidy.empty() || tidy.back() == ' ')) continue;
        tidy += c == '\t' ? ' ' : c;
    }
    while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
    return tidy;
}

}  // namespace reshost::markdown
