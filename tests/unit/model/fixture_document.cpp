#include "fixture_document.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace reshost::test {

using namespace ::reshost::sdk;

using nlohmann::json;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<::reshost::detail::SpanData> fixture_spans(std::string_view line) {
    std::vector<::reshost::detail::SpanData> out;
    uint32_t style = 0;
    std::string cur;
    auto flush = [&](uint32_t flags, std::string link = {}) {
        if (cur.empty()) return;
        ::reshost::detail::SpanData s;
        s.text = cur;
        s.flags = flags;
        s.link = std::move(link);
        out.push_back(std::move(s));
        cur.clear();
    };
    for (std::size_t i = 0; i < line.size();) {
        if (line.compare(i, 2, "**") == 0) {
            flush(style);
            style ^= RH_SPAN_BOLD;
            i += 2;
        } else if (line[i] == '*') {
            flush(style);
            style ^= RH_SPAN_ITALIC;
            i += 1;
        } else if (line[i] == '[') {
            auto close = line.find("](", i);
            auto end = close == std::string_view::npos ? close : line.find(')', close);
            if (end == std::string_view::npos) {
                cur += line[i++];
                continue;
            }
            flush(style);
            cur = std::string(line.substr(i + 1, close - i - 1));
            flush(style | RH_SPAN_LINK, std::string(line.substr(close + 2, end - close - 2)));
            i = end + 1;
        } else {
            cur += line[i++];
        }
    }
    flush(style);
    return out;
}

namespace {

rh_block_kind kind_of(const std::string& k) {
    if (k == "heading") return RH_BLOCK_HEADING;
    if (k == "list") return RH_BLOCK_LIST_ITEM;
    if (k == "cell") return RH_BLOCK_TABLE_CELL;
    if (k == "code") return RH_BLOCK_CODE;
    if (k == "rule") return RH_BLOCK_RULE;
    if (k == "paragraph") return RH_BLOCK_PARAGRAPH;
    throw std::runtime_error("unknown block kind " + k);
}

uint32_t flag_of(const std::string& f) {
    if (f == "table") return RH_BLOCK_IN_TABLE;
    if (f == "text-box") return RH_BLOCK_IN_TEXT_BOX;
    if (f == "header") return RH_BLOCK_IN_HEADER;
    if (f == "footer") return RH_BLOCK_IN_FOOTER;
    if (f == "sidebar") return RH_BLOCK_IN_SIDEBAR;
    if (f == "ordered") return RH_BLOCK_ORDERED;
    throw std::runtime_error("unknown block flag " + f);
}

}  // namespace

Fixture fixture_document(const json& j) {
    Fixture f;
    f.doc.path = j.value("path", "fixture.md");
    f.doc.format = j.value("format", "markdown");
    f.today = j.value("today", "");
    if (j.contains("meta"))
        for (const auto& [k, v] : j["meta"].items()) f.doc.meta.emplace_back(k, v.get<std::string>());
    uint32_t next = 1;
    for (const auto& b : j.at("blocks")) {
        ::reshost::detail::BlockData blk;
        blk.kind = kind_of(b.at("kind").get<std::string>());
        blk.level = b.value("level", 0u);
        blk.marker = b.value("marker", blk.kind == RH_BLOCK_LIST_ITEM ? "-" : "");
        for (const auto& flag : b.value("flags", json::array())) blk.flags |= flag_of(flag.get<std::string>());
        uint32_t line = b.value("line", next);
        std::string text = b.value("text", "");
        std::size_t i = 0;
        do {
            auto e = text.find('\n', i);
            if (e == std::string::npos) e = text.size();
            ::reshost::detail::LineData l;
            l.spans = fixture_spans(std::string_view(text).substr(i, e - i));
            for (const auto& s : l.spans) l.text += s.text;
            l.loc = Location::lines(line + static_cast<uint32_t>(blk.lines.size()));
            for (const auto& s : l.spans)
                if (s.flags & RH_SPAN_LINK) f.doc.links.push_back({s.link, s.text, l.loc});
            blk.lines.push_back(std::move(l));
            i = e + 1;
        } while (i <= text.size());
        for (std::size_t k = 0; k < blk.lines.size(); ++k) {
            if (k) blk.text += '\n';
            blk.text += blk.lines[k].text;
        }
        uint32_t last = line + static_cast<uint32_t>(blk.lines.size()) - 1;
        blk.loc = Location::lines(line, last);
        next = last + 2;
        if (blk.kind == RH_BLOCK_RULE) blk.lines.clear(), blk.text.clear();
        f.doc.blocks.push_back(std::move(blk));
    }
    return f;
}

}  // namespace reshost::test
