#include "front_matter.hpp"

#include <algorithm>
#include <stdexcept>

namespace reshost::markdown {

namespace {

// How many lines a front matter may have: past this, a leading "---" is a thematic break.
constexpr uint32_t kMaxFrontMatterLines = 200;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// A scalar without its quotes or trailing comment.
std::string scalar(std::string_view v) {
    v = trim(v);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        return std::string(v.substr(1, v.size() - 2));
    if (auto hash = v.find(" #"); hash != std::string_view::npos) v = trim(v.substr(0, hash));
    return std::string(v);
}

std::size_t indent_of(std::string_view l) {
    std::size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) ++i;
    return i;
}

// Splits "[a, b]" into its items.
std::vector<std::string> flow_list(std::string_view v) {
    std::vector<std::string> out;
    v = v.substr(1, v.size() - 2);
    while (!v.empty()) {
        std::size_t comma = v.find(',');
        std::string item = scalar(v.substr(0, comma));
        if (!item.empty()) out.push_back(item);
        if (comma == std::string_view::npos) break;
        v.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace

FrontMatterKeys FrontMatterKeys::parse(std::string_view tsv) {
    FrontMatterKeys keys;
    std::size_t n = 0;
    while (!tsv.empty()) {
        std::size_t nl = tsv.find('\n');
        std::string_view line = trim(tsv.substr(0, nl));
        tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
        ++n;
        if (line.empty() || line.front() == '#') continue;
        std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos)
            throw std::runtime_error("front-matter-keys.tsv:" + std::to_string(n) + ": expected '<meaning><TAB><key>'");
        keys.meanings_[lower(trim(line.substr(tab + 1)))] = std::string(trim(line.substr(0, tab)));
    }
    return keys;
}

std::string_view FrontMatterKeys::meaning(std::string_view key) const {
    auto it = meanings_.find(key);
    return it == meanings_.end() ? std::string_view() : std::string_view(it->second);
}

bool FrontMatterKeys::is_network(std::string_view key) const { return meaning(key) == "network"; }

std::vector<FrontMatterValue> read_yaml_values(std::string_view text, uint32_t first_line) {
    std::vector<FrontMatterValue> out;
    std::string parent, parent_label;  // the "key:" whose indented items follow
    uint32_t n = first_line;
    for (; !text.empty(); ++n) {
        std::size_t nl = text.find('\n');
        std::string_view raw = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        bool nested = indent_of(raw) > 0 || line.front() == '-';
        if (!nested) parent.clear();
        if (line.front() == '-') {
            // A list item under the last key; "- url: ..." items keep their own key.
            std::string_view item = trim(line.substr(1));
            std::size_t colon = item.find(": ");
            if (colon != std::string_view::npos && item.find("://") > colon)
                out.push_back({lower(trim(item.substr(0, colon))), std::string(trim(item.substr(0, colon))),
                               scalar(item.substr(colon + 2)), n});
            else if (!parent.empty() && !item.empty())
                out.push_back({parent, parent_label, scalar(item), n});
            continue;
        }
        std::size_t colon = line.find(':');
        while (colon != std::string_view::npos && colon + 1 < line.size() && line[colon + 1] != ' ')
            colon = line.find(':', colon + 1);
        if (colon == std::string_view::npos) continue;
        std::string_view key = trim(line.substr(0, colon));
        std::string_view value = trim(line.substr(colon + 1));
        if (value.empty()) {
            if (!nested) {
                parent = lower(key);
                parent_label = std::string(key);
            }
            continue;
        }
        if (value.front() == '[' && value.back() == ']') {
            for (auto& item : flow_list(value)) out.push_back({lower(key), std::string(key), item, n});
            continue;
        }
        // "social:\n  github: jane" reads as "github: jane".
        out.push_back({lower(key), std::string(key), scalar(value), n});
    }
    return out;
}

std::optional<FrontMatter> read_front_matter(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t nl = text.find('\n');
    if (nl == std::string_view::npos || trim(text.substr(0, nl)) != "---") return std::nullopt;
    std::size_t body = nl + 1, at = body;
    for (uint32_t n = 2; at < text.size() && n <= kMaxFrontMatterLines; ++n) {
        std::size_t e = text.find('\n', at);
        std::string_view line = trim(text.substr(at, e == std::string_view::npos ? std::string_view::npos : e - at));
        if (line == "---" || line == "...") {
            FrontMatter fm;
            fm.first_line = 1;
            fm.last_line = n;
            fm.values = read_yaml_values(text.substr(body, at - body), 2);
            return fm;
        }
        if (e == std::string_view::npos) break;
        at = e + 1;
    }
    return std::nullopt;
}

}  // namespace reshost::markdown
