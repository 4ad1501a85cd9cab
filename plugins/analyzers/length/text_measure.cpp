#include "text_measure.hpp"

#include "words.hpp"

namespace reshost::length {

std::size_t characters(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::size_t word_count(std::string_view text) {
    std::size_t n = 0;
    for (const auto& w : analyzers::split_words(text)) {
        // "|" and "–" separators are not words; a word has a letter or a digit.
        for (char c : w.text) {
            unsigned char u = static_cast<unsigned char>(c);
            if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
                ++n;
                break;
            }
        }
    }
    return n;
}

std::string block_text(const sdk::Block& block) {
    std::string out;
    for (sdk::Line line : block.lines()) {
        if (line.text().empty()) continue;
        if (!out.empty()) out += ' ';
        out += line.text();
    }
    return out.empty() ? std::string(block.text()) : out;
}

bool laid_out(const sdk::Document& doc) { return doc.format() == "pdf"; }

}  // namespace reshost::length
