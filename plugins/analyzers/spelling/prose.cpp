#include "prose.hpp"

namespace reshost::spelling {

using namespace ::reshost::sdk;

namespace {

// Sections whose entries are the candidate's own writing. Skills are lists of
// product names; "other" sections hold spoken languages, interests and
// references, often in the resume's other language.
bool written_section(rh_section_kind kind) {
    return kind == RH_SECTION_SUMMARY || kind == RH_SECTION_EXPERIENCE || kind == RH_SECTION_PROJECTS ||
           kind == RH_SECTION_EDUCATION || kind == RH_SECTION_ACHIEVEMENTS;
}

// Lines of an entry that are not bullets are sentences ("Joined as one of 7
// engineers on the dispatcher team.") or what the layout left of a header: a
// school, a date in another language ("Oct 2021 – o momento"), a project's
// name, a word the PDF broke ("Engin eering"). Only the sentences are read.
constexpr std::size_t kSentenceWords = 5;

bool reads_as_sentence(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool blank = c == ' ' || c == '\t' || c == '\n';
        if (!blank && !in_word) ++words;
        in_word = !blank;
    }
    return words >= kSentenceWords;
}

}  // namespace

std::vector<Prose> prose_of(const Resume& resume) {
    std::vector<Prose> out;
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section section = sections[s];
        rh_section_kind kind = section.kind();
        if (!written_section(kind)) continue;
        auto si = static_cast<int32_t>(s);
        for (const Field& line : section.lines())
            if (kind == RH_SECTION_SUMMARY || reads_as_sentence(line.text()))
                out.push_back({line.text(), line.location(), ProseKind::sentence, si, -1, -1});
        auto entries = section.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            Entry entry = entries[e];
            auto ei = static_cast<int32_t>(e);
            // Project titles are names the candidate made up; role and degree titles are words.
            if (kind == RH_SECTION_EXPERIENCE || kind == RH_SECTION_EDUCATION)
                out.push_back({entry.title().text(), entry.title().location(), ProseKind::title, si, ei, -1});
            if (kind == RH_SECTION_EDUCATION)
                out.push_back({entry.organization().text(), entry.organization().location(), ProseKind::name, si,
                               ei, -1});
            for (const Field& line : entry.lines())
                if (reads_as_sentence(line.text()))
                    out.push_back({line.text(), line.location(), ProseKind::sentence, si, ei, -1});
            auto bullets = entry.bullets();
            for (std::size_t b = 0; b < bullets.size(); ++b)
                out.push_back({bullets[b].text(), bullets[b].location(), ProseKind::sentence, si, ei,
                               static_cast<int32_t>(b)});
        }
    }
    return out;
}

}  // namespace reshost::spelling
