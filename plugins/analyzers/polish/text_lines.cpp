#include "text_lines.hpp"

#include "words.hpp"

#include <algorithm>
#include <set>

namespace reshost::polish {

using namespace ::reshost::sdk;

namespace {

bool word_byte(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

}  // namespace

TextLines::TextLines(const Document& doc, const Resume& resume) {
    auto blocks = doc.blocks();
    struct Place {
        int32_t section = -1, entry = -1, bullet = -1;
        rh_section_kind kind = RH_SECTION_CONTACT;
    };
    std::vector<Place> places(blocks.size());
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section section = sections[s];
        std::size_t end = std::min<std::size_t>(blocks.size(), std::size_t(section.first_block()) + section.block_count());
        for (std::size_t b = section.first_block(); b < end; ++b) {
            places[b].section = static_cast<int32_t>(s);
            places[b].kind = section.kind();
        }
        auto entries = section.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            auto bullets = entries[e].bullets();
            for (std::size_t k = 0; k < bullets.size(); ++k) {
                uint32_t b = bullets[k].block();
                if (b >= places.size()) continue;
                places[b].section = static_cast<int32_t>(s);
                places[b].kind = section.kind();
                places[b].entry = static_cast<int32_t>(e);
                places[b].bullet = static_cast<int32_t>(k);
            }
        }
    }
    // A running header or footer repeats on every page; it is read once.
    std::set<std::string_view> running;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        Block block = blocks[b];
        bool header_footer = block.has(RH_BLOCK_IN_HEADER) || block.has(RH_BLOCK_IN_FOOTER);
        bool repeated = header_footer && !running.insert(block.text()).second;
        for (Line line : block.lines()) {
            TextLine t;
            t.text = line.text();
            t.loc = line.location() ? line.location() : block.location();
            t.offset = lowered_.size();
            t.block = static_cast<uint32_t>(b);
            t.section = places[b].section;
            t.entry = places[b].entry;
            t.bullet = places[b].bullet;
            t.kind = places[b].kind;
            t.repeated = repeated;
            lines_.push_back(t);
            std::size_t at = lowered_.size();
            lowered_ += t.text;
            for (std::size_t i = at; i < lowered_.size(); ++i) lowered_[i] = analyzers::lower_char(lowered_[i]);
            lowered_ += '\n';
        }
    }
}

const TextLine& TextLines::line_at(std::size_t offset) const {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                               [](std::size_t o, const TextLine& l) { return o < l.offset; });
    return *(it - 1);
}

Finding finding_at(const char* rule, Severity severity, const TextLine& line) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    if (line.loc) f.loc = Location::from(line.loc);
    f.section = line.section;
    f.entry = line.entry;
    f.bullet = line.bullet;
    return f;
}

bool on_word_boundaries(std::string_view text, std::size_t pos, std::size_t end) {
    bool start = pos == 0 || !word_byte(text[pos - 1]) || !word_byte(text[pos]);
    bool stop = end >= text.size() || !word_byte(text[end]) || !word_byte(text[end - 1]);
    return start && stop;
}

}  // namespace reshost::polish
