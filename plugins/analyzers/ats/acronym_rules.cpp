// ats.acronym: an ATS matches the words a recruiter searches for, and a
// recruiter may search either for "Amazon Web Services" or for "AWS"; the
// resume carries both when the first use spells the acronym out.
#include "ats_rules.hpp"
#include "words.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace reshost::ats {

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Where `token` first stands as a word of its own in `text`, or npos.
std::size_t first_word(std::string_view text, std::string_view token) {
    for (std::size_t at = text.find(token); at != std::string_view::npos; at = text.find(token, at + 1)) {
        bool starts = at == 0 || !word_char(text[at - 1]);
        std::size_t end = at + token.size();
        bool ends = end == text.size() || !word_char(text[end]);
        if (starts && ends) return at;
    }
    return std::string_view::npos;
}

// The spelled-out form as searched for in lower-cased text: without hyphens
// ("test driven" matches "test-driven") and without the inflection of its last
// word ("site reliability engineer" matches "... engineering" and "engineers").
std::string spelled_stem(std::string_view spelled) {
    std::string out = analyzers::lower(spelled);
    for (char& c : out)
        if (c == '-') c = ' ';
    for (std::string_view ending : {"ing", "s"})
        if (out.size() > ending.size() + 4 && out.compare(out.size() - ending.size(), ending.size(), ending) == 0) {
            out.resize(out.size() - ending.size());
            break;
        }
    return out;
}

}  // namespace

void check_acronym(const DocumentFacts& facts, Findings& out) {
    if (facts.data.acronyms.empty()) return;
    // The document's text in reading order, with where each line starts.
    struct LineAt {
        std::size_t offset, block;
        Line line;
    };
    std::string text;
    std::vector<LineAt> lines;
    std::size_t block = 0;
    for (const Block& b : facts.doc.blocks()) {
        for (const Line& l : b.lines()) {
            lines.push_back({text.size(), block, l});
            text += l.text();
            text += '\n';
        }
        ++block;
    }
    if (lines.empty()) {
        out.not_evaluated("ats.acronym", "the document has no text");
        return;
    }
    std::string lowered = analyzers::lower(text);
    for (char& c : lowered)
        if (c == '-' || c == '\n') c = ' ';
    for (const auto& [acronym, spelled] : facts.data.acronyms) {
        std::size_t at = first_word(text, acronym);
        if (at == std::string::npos) continue;
        // Spelled out anywhere - before, beside or after - the resume carries both forms.
        if (lowered.find(spelled_stem(spelled)) != std::string::npos) continue;
        const LineAt* where = &lines.front();
        for (const LineAt& l : lines)
            if (l.offset <= at) where = &l;
        Finding f = finding("ats.acronym", Severity::info,
                            "\"" + acronym + "\" is first used without its spelled-out form: " +
                                quoted(where->line.text()),
                            "Write \"" + spelled + " (" + acronym + ")\" at its first use, so a search for either "
                                "finds you; \"" + acronym + "\" alone is fine after that.",
                            location_of(where->line.location()));
        f.section = facts.section_of(where->block);
        out.add(f);
    }
}

}  // namespace reshost::ats
