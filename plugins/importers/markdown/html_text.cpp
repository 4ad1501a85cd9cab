#include "html_text.hpp"

#include "html_entity.hpp"

#include <cctype>

namespace reshost::markdown {

namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The value of attribute `name` in a tag's text ("a href=\"x\" class=y"), decoded; empty when absent.
std::string attribute(std::string_view tag, std::string_view name) {
    for (std::size_t i = 0; i + name.size() < tag.size(); ++i) {
        if (i > 0 && !space(tag[i - 1])) continue;
        bool same = true;
        for (std::size_t k = 0; k < name.size() && same; ++k)
            same = std::tolower(static_cast<unsigned char>(tag[i + k])) == name[k];
        std::size_t j = i + name.size();
        if (!same || j >= tag.size() || tag[j] != '=') continue;
        ++j;
        char quote = j < tag.size() && (tag[j] == '"' || tag[j] == '\'') ? tag[j] : 0;
        if (quote) ++j;
        std::size_t end = j;
        while (end < tag.size() && (quote ? tag[end] != quote : !space(tag[end]))) ++end;
        std::string value;
        for (std::size_t k = j; k < end;) {
            std::size_t semi = tag.find(';', k);
            if (tag[k] == '&' && semi != std::string_view::npos && semi < end && semi - k <= 32) {
                value += decode_entity(tag.substr(k, semi + 1 - k));
                k = semi + 1;
            } else {
                value += tag[k++];
            }
        }
        return value;
    }
    return {};
}

}  // namespace

void HtmlText::tag(std::string_view inside) {
    std::size_t n = 0;
    while (n < inside.size() && !space(inside[n]) && inside[n] != '/') ++n;
    bool closing = !inside.empty() && inside[0] == '/';
    std::string_view name = closing ? inside.substr(1, inside.find_first_of(" \t>", 1) - 1) : inside.substr(0, n);
    if (name.size() != 1 || (name[0] != 'a' && name[0] != 'A')) return;
    link_ = closing ? std::string() : attribute(inside, "href");
}

std::vector<HtmlText::Piece> HtmlText::pieces(std::string_view html) {
    std::vector<Piece> out(1);
    out.back().link = link_;
    auto text = [&]() -> std::string& { return out.back().text; };
    auto start_piece = [&] {
        if (out.back().link == link_) return;
        if (out.back().text.empty()) out.pop_back();
        out.push_back(Piece{{}, link_});
    };
    std::size_t i = 0;
    while (i < html.size()) {
        if (in_comment_) {
            std::size_t end = html.find("-->", i);
            if (end == std::string_view::npos) break;
            in_comment_ = false;
            i = end + 3;
        } else if (in_tag_) {
            std::size_t end = html.find('>', i);
            if (end == std::string_view::npos) break;
            in_tag_ = false;
            i = end + 1;
        } else if (html.compare(i, 4, "<!--") == 0) {
            in_comment_ = true;
            i += 4;
        } else if (html[i] == '<' && i + 1 < html.size() &&
                   (std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/' || html[i + 1] == '!')) {
            // Words on either side of a tag stay apart ("<td>a</td><td>b</td>"); the space
            // goes after the tag, so a link's text does not end with it.
            bool apart = !text().empty() && text().back() != ' ';
            std::size_t end = html.find('>', i);
            if (end == std::string_view::npos) {
                if (apart) text() += ' ';
                in_tag_ = true;
                ++i;
                continue;
            }
            tag(html.substr(i + 1, end - i - 1));
            start_piece();
            if (apart) text() += ' ';
            i = end + 1;
        } else if (html[i] == '&') {
            std::size_t semi = html.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 32) {
                text() += decode_entity(html.substr(i, semi + 1 - i));
                i = semi + 1;
            } else {
                text() += html[i++];
            }
        } else {
            text() += html[i++];
        }
    }
    // Runs of spaces left where tags were close up, across pieces too.
    std::vector<Piece> tidy;
    bool gap = true;  // at the start of the line, or after a space
    for (auto& p : out) {
        Piece t{{}, std::move(p.link)};
        for (char c : p.text) {
            bool blank = c == ' ' || c == '\t';
            if (blank && gap) continue;
            t.text += blank ? ' ' : c;
            gap = blank;
        }
        if (!t.text.empty()) tidy.push_back(std::move(t));
    }
    while (!tidy.empty()) {
        std::string& last = tidy.back().text;
        while (!last.empty() && last.back() == ' ') last.pop_back();
        if (!last.empty()) break;
        tidy.pop_back();
    }
    return tidy;
}

std::string HtmlText::line(std::string_view html) {
    std::string out;
    for (const auto& p : pieces(html)) out += p.text;
    return out;
}

}  // namespace reshost::markdown
