#include "resume_terms.hpp"

namespace reshost::keywords {
namespace {

using namespace ::reshost::sdk;

// Orders role end dates: "present" after any "YYYY-MM" or "YYYY"; unread last-but-none.
std::string end_key(std::string_view end) {
    if (end == "present") return "9999";
    return std::string(end);
}

}  // namespace

ResumeTerms::ResumeTerms(const Document& doc, const Resume& resume, const terms::Vocabulary& vocabulary,
                         const terms::Vocabulary* more) {
    auto sections = resume.sections();
    std::string best;
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section section = sections[s];
        if (section.kind() != RH_SECTION_EXPERIENCE) continue;
        auto entries = section.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            std::string key = end_key(entries[e].end());
            if (recent_section_ < 0 || key > best) {
                best = key;
                recent_section_ = static_cast<int32_t>(s);
                recent_entry_ = static_cast<int32_t>(e);
            }
        }
    }

    auto scan = [&](std::string_view text, const rh_location* loc, rh_section_kind kind, int32_t s, int32_t e,
                    int32_t b) {
        std::vector<terms::Hit> found = vocabulary.find_in(text);
        if (more) {
            std::vector<terms::Hit> own = more->find_in(text);
            found.insert(found.end(), own.begin(), own.end());
        }
        for (const terms::Hit& h : found) {
            ResumeHit hit;
            hit.term = h.term;
            hit.wording = std::string(h.wording());
            hit.text = std::string(h.text);
            hit.section_kind = kind;
            hit.section = s;
            hit.entry = e;
            hit.bullet = b;
            hit.loc = loc;
            hit.recent_role = s == recent_section_ && e == recent_entry_ && s >= 0;
            hits_.push_back(std::move(hit));
        }
    };
    for (std::size_t si = 0; si < sections.size(); ++si) {
        Section section = sections[si];
        auto s = static_cast<int32_t>(si);
        rh_section_kind kind = section.kind();
        for (const Field& line : section.lines()) scan(line.text(), line.location(), kind, s, -1, -1);
        auto entries = section.entries();
        for (std::size_t ei = 0; ei < entries.size(); ++ei) {
            Entry entry = entries[ei];
            auto e = static_cast<int32_t>(ei);
            for (Field f : {entry.title(), entry.organization()}) scan(f.text(), f.location(), kind, s, e, -1);
            for (const Field& line : entry.lines()) scan(line.text(), line.location(), kind, s, e, -1);
            auto bullets = entry.bullets();
            for (std::size_t bi = 0; bi < bullets.size(); ++bi)
                scan(bullets[bi].text(), bullets[bi].location(), kind, s, e, static_cast<int32_t>(bi));
        }
    }
    auto blocks = doc.blocks();
    std::vector<bool> held(blocks.size(), false);
    for (Section section : sections)
        for (std::size_t b = section.first_block(); b < section.first_block() + section.block_count() && b < held.size();
             ++b)
            held[b] = true;
    for (std::size_t b = 0; b < blocks.size(); ++b)
        if (!held[b]) scan(blocks[b].text(), blocks[b].location(), RH_SECTION_OTHER, -1, -1, -1);
}

std::vector<const ResumeHit*> ResumeTerms::of(std::string_view id) const {
    std::vector<const ResumeHit*> out;
    for (const ResumeHit& h : hits_)
        if (h.term->id == id) out.push_back(&h);
    return out;
}

}  // namespace reshost::keywords
