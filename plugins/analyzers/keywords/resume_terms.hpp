// Every skill term a resume names, with where it sits: section, role, bullet.
#pragma once

#include <skill_terms.hpp>

#include <reshost/sdk.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::keywords {

// One place a term is named in the resume.
struct ResumeHit {
    const terms::Term* term = nullptr;
    std::string wording;        // the vocabulary wording it matched ("K8s")
    std::string text;           // as written
    rh_section_kind section_kind = RH_SECTION_OTHER;
    int32_t section = -1, entry = -1, bullet = -1;
    const rh_location* loc = nullptr;
    bool recent_role = false;   // inside the most recent role of the experience section
};

// The terms of a resume and the parts they can be looked up by.
class ResumeTerms {
public:
    // Reads the resume's sections, and the document's blocks that no section
    // holds (so a term the normalizer could not place still counts).
    // `more`, when given, is searched too (the job's own terms).
    ResumeTerms(const sdk::Document& doc, const sdk::Resume& resume, const terms::Vocabulary& vocabulary,
                const terms::Vocabulary* more = nullptr);

    // Every place `id` is named, in resume order.
    std::vector<const ResumeHit*> of(std::string_view id) const;
    // The experience entry taken as the most recent role: the one still held,
    // else the one that ended last, else the first; section -1 when none.
    int32_t recent_section() const { return recent_section_; }
    int32_t recent_entry() const { return recent_entry_; }

private:
    std::vector<ResumeHit> hits_;
    int32_t recent_section_ = -1, recent_entry_ = -1;
};

}  // namespace reshost::keywords
