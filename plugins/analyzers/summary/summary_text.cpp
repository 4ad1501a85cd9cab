#include "summary_text.hpp"

#include "words.hpp"

namespace reshost::summary {
namespace {

// Characters of UTF-8 text (code points, not bytes).
std::size_t characters(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

void append(std::string& text, std::string_view part) {
    if (part.empty()) return;
    if (!text.empty()) text += ' ';
    text += part;
}

}  // namespace

SummaryText read_summary(const sdk::Document& doc, const sdk::Resume& resume, int section, std::size_t line_chars) {
    SummaryText out;
    sdk::Section s = resume.sections()[static_cast<std::size_t>(section)];
    out.laid_out = doc.format() == "pdf";
    auto blocks = doc.blocks();
    std::size_t first = s.first_block(), count = s.block_count();
    bool from_blocks = count > 0 && first + count <= blocks.size();
    if (from_blocks) {
        for (std::size_t i = first; i < first + count; ++i) {
            sdk::Block b = blocks[i];
            if (b.kind() == RH_BLOCK_HEADING || b.kind() == RH_BLOCK_RULE) continue;
            // Source line breaks inside a paragraph are not rendered breaks.
            std::string para;
            for (sdk::Line line : b.lines()) append(para, line.text());
            if (para.empty()) para = std::string(b.text());
            append(out.text, para);
            if (out.laid_out)
                out.lines += b.lines().size();
            else if (!para.empty())
                out.lines += (characters(para) + line_chars - 1) / line_chars;
        }
    }
    // A heading the importer kept as a paragraph ("PROFESSIONAL SUMMARY Experienced…").
    std::string heading = analyzers::lower(s.heading().text());
    if (!heading.empty() && out.text.size() > heading.size() &&
        analyzers::lower(std::string_view(out.text).substr(0, heading.size())) == heading) {
        out.text.erase(0, heading.size());
        out.text.erase(0, out.text.find_first_not_of(" :\t"));
    }
    if (out.text.empty()) {
        for (const sdk::Field& f : s.lines()) {
            append(out.text, f.text());
            if (!f.text().empty()) out.lines += (characters(f.text()) + line_chars - 1) / line_chars;
        }
        out.laid_out = false;
    }
    return out;
}

}  // namespace reshost::summary
