// Recognising section headings.
#pragma once

#include "normalizer_data.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace reshost::detail {

// The heading's comparable form: folded words without emoji, punctuation or
// leading numbering ("2. 💼 WORK-EXPERIENCE:" -> "work experience").
std::string heading_key(std::string_view heading);

// What a heading names: from the heading synonyms, then from its words when it is short
// (`by_words` tells which); nullopt when it names no section.
std::optional<HeadingKind> read_section_heading(std::string_view heading, const NormalizerData& data,
                                               bool* by_words = nullptr);

// The section kind a heading names, or nullopt when it is not a known heading.
std::optional<rh_section_kind> match_section_heading(std::string_view heading, const NormalizerData& data);

}  // namespace reshost::detail
