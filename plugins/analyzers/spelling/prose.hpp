// The resume text the spelling check reads, and where each piece sits. Only
// the candidate's own sentences are read: the summary, the bullets and the
// detail lines of entries, and role and degree titles. Contact details,
// company names, places and skill lists are names the dictionary cannot know.
#pragma once

#include <reshost/sdk.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace reshost::spelling {

// How the words of a piece are judged.
enum class ProseKind {
    sentence,  // running text: a capital mid-sentence starts a name
    title,     // "Senior Sofware Engineer": every word is capitalized
    name,      // a school's name: only a near miss of a known name counts
};

struct Prose {
    std::string_view text;
    const rh_location* loc = nullptr;
    ProseKind kind = ProseKind::sentence;
    int32_t section = -1, entry = -1, bullet = -1;
};

// The pieces of `resume` to check, in reading order.
std::vector<Prose> prose_of(const sdk::Resume& resume);

}  // namespace reshost::spelling
