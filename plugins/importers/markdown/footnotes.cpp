#include "footnotes.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace reshost::markdown {

namespace {

struct Line {
    std::size_t begin, end;  // end excludes the line break
};

std::vector<Line> lines_of(const std::string& text) {
    std::vector<Line> out;
    std::size_t b = 0;
    while (b <= text.size()) {
        std::size_t e = text.find('\n', b);
        if (e == std::string::npos) e = text.size();
        out.push_back({b, e});
        if (e == text.size()) break;
        b = e + 1;
    }
    return out;
}

std::size_t indent_of(std::string_view l) {
    std::size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) ++i;
    return i;
}

// "```" or "~~~" opening or closing a fence: its marker, else empty.
std::string_view fence_of(std::string_view l) {
    l.remove_prefix(std::min(indent_of(l), l.size()));
    if (l.substr(0, 3) == "```") return "```";
    if (l.substr(0, 3) == "~~~") return "~~~";
    return {};
}

// The label of a definition line "[^label]: ...", and where its text starts.
bool definition(std::string_view l, std::string& label, std::size_t& text_at) {
    std::size_t i = indent_of(l);
    if (i > 3 || l.substr(i, 2) != "[^") return false;
    std::size_t close = l.find("]:", i + 2);
    if (close == std::string_view::npos || close == i + 2) return false;
    std::string_view lab = l.substr(i + 2, close - i - 2);
    if (lab.find_first_of(" \t[]") != std::string_view::npos) return false;
    label = std::string(lab);
    text_at = close + 2;
    while (text_at < l.size() && (l[text_at] == ' ' || l[text_at] == '\t')) ++text_at;
    return true;
}

std::string trimmed(std::string_view s) {
    s.remove_prefix(std::min(indent_of(s), s.size()));
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return std::string(s);
}

}  // namespace

std::vector<Footnote> take_footnotes(std::string& text) {
    if (text.find("[^") == std::string::npos) return {};
    std::vector<Footnote> notes;
    std::vector<bool> in_code;
    std::vector<Line> lines = lines_of(text);
    in_code.resize(lines.size());
    std::string_view open;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        std::string_view l(text.data() + lines[n].begin, lines[n].end - lines[n].begin);
        std::string_view f = fence_of(l);
        in_code[n] = !open.empty() || !f.empty();
        if (!f.empty()) open = open.empty() ? f : (f == open ? std::string_view() : open);
    }
    // Definitions: blanked, with the indented lines that continue them.
    for (std::size_t n = 0; n < lines.size(); ++n) {
        if (in_code[n]) continue;
        std::string_view l(text.data() + lines[n].begin, lines[n].end - lines[n].begin);
        std::string label;
        std::size_t at = 0;
        if (!definition(l, label, at)) continue;
        Footnote note;
        note.label = label;
        note.lines.emplace_back(trimmed(l.substr(at)), static_cast<uint32_t>(n + 1));
        std::fill(text.begin() + lines[n].begin, text.begin() + lines[n].end, ' ');
        while (n + 1 < lines.size() && !in_code[n + 1]) {
            std::string_view next(text.data() + lines[n + 1].begin, lines[n + 1].end - lines[n + 1].begin);
            if (indent_of(next) < 2 || indent_of(next) == next.size()) break;
            ++n;
            note.lines.emplace_back(trimmed(next), static_cast<uint32_t>(n + 1));
            std::fill(text.begin() + lines[n].begin, text.begin() + lines[n].end, ' ');
        }
        notes.push_back(std::move(note));
    }
    if (notes.empty()) return notes;
    std::set<std::string, std::less<>> labels;
    for (const auto& f : notes) labels.insert(f.label);
    // References to a defined note go; the text around them closes up within its line.
    std::string out;
    out.reserve(text.size());
    for (std::size_t n = 0; n < lines.size(); ++n) {
        std::string_view l(text.data() + lines[n].begin, lines[n].end - lines[n].begin);
        if (n) out += '\n';
        if (in_code[n]) {
            out += l;
            continue;
        }
        for (std::size_t i = 0; i < l.size();) {
            std::size_t ref = l.find("[^", i);
            std::size_t close = ref == std::string_view::npos ? ref : l.find(']', ref);
            if (close == std::string_view::npos) {
                out += l.substr(i);
                break;
            }
            out += l.substr(i, ref - i);
            if (!labels.count(l.substr(ref + 2, close - ref - 2))) out += l.substr(ref, close + 1 - ref);
            i = close + 1;
        }
    }
    text = std::move(out);
    return notes;
}

}  // namespace reshost::markdown
