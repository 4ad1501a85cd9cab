// Prints what the pdf plugin reads from each file given: blocks (kind,
// level, marker, flags, page, the first span's size and weight), links and
// metadata. For looking at a document while writing tests;
// `pdf_dump --time N FILE...` instead prints the mean import time of N runs.
#include "importer_plugin.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string_view>

namespace {

reshost::test::ImporterPlugin& plugin() {
    static reshost::test::ImporterPlugin p(RESHOST_TEST_PLUGIN_DIR, "pdf", "pdf");
    return p;
}

const char* kind_of(uint32_t kind) {
    switch (kind) {
    case RH_BLOCK_PARAGRAPH: return "p";
    case RH_BLOCK_HEADING: return "h";
    case RH_BLOCK_LIST_ITEM: return "li";
    case RH_BLOCK_TABLE_CELL: return "td";
    default: return "?";
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace reshost::test;
    if (argc > 2 && std::string_view(argv[1]) == "--time") {
        int runs = std::max(1, std::atoi(argv[2]));
        for (int i = 3; i < argc; ++i) {
            std::string bytes = read_file(argv[i]);
            auto start = std::chrono::steady_clock::now();
            for (int r = 0; r < runs; ++r) plugin().import(bytes, argv[i]);
            std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - start;
            std::cout << argv[i] << ": " << spent.count() / runs << " ms per import\n";
        }
        return 0;
    }
    for (int i = 1; i < argc; ++i) {
        CollectedDocument doc = plugin().import(read_file(argv[i]), argv[i]);
        std::cout << "== " << argv[i] << " status " << doc.status << " " << doc.failure << "\n";
        for (const auto& b : doc.blocks) {
            char head[160];
            float size = 0;
            bool bold = false;
            if (!b.lines.empty() && !b.lines[0].spans.empty()) {
                size = b.lines[0].spans[0].size;
                bold = b.lines[0].spans[0].flags & RH_SPAN_BOLD;
            }
            std::snprintf(head, sizeof head, "p%u x%.0f y%.0f %s%u%s%s%s%s %.1f%s | ", b.at.page, b.at.box.x0, b.at.box.y0,
                          kind_of(b.kind), b.level, b.marker.empty() ? "" : " ", b.marker.c_str(),
                          (b.flags & RH_BLOCK_IN_SIDEBAR) ? " [side]" : "",
                          (b.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)) ? " [running]" : "", size,
                          bold ? "b" : "");
            std::cout << head;
            for (char c : b.text) std::cout << (c == '\n' ? std::string(" / ") : std::string(1, c));
            std::cout << "\n";
        }
        for (const auto& l : doc.links) std::cout << "link " << l.url << " '" << l.text << "'\n";
        for (const auto& [k, v] : doc.meta) std::cout << "meta " << k << "=" << v << "\n";
    }
}
