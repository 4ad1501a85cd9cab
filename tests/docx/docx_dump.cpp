// Prints what the docx plugin reads from each file given: blocks, links,
// images, fonts and metadata. For looking at a document while writing tests;
// `docx_dump --time N FILE...` instead prints the mean import time of N runs.
#include "docx_plugin.hpp"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string_view>

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
        std::cout << "== " << argv[i] << " status " << doc.status << " " << doc.failure << "\n" << doc.dump();
        for (const auto& l : doc.links) std::cout << "link " << l.url << " '" << l.text << "' " << l.at.part << "#" << l.at.paragraph << "\n";
        for (const auto& m : doc.images)
            std::cout << "image " << m.alt << " -> " << m.target << " " << m.width << "x" << m.height << " share " << m.page_share << "\n";
        for (const auto& f : doc.fonts) std::cout << "font " << f.name << (f.symbolic ? " symbolic" : "") << (f.embedded ? " embedded" : "") << "\n";
        for (const auto& [k, v] : doc.meta) std::cout << "meta " << k << "=" << v << "\n";
        std::cout << "pages " << doc.pages << "\n";
    }
}
