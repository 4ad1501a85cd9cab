// Reading a section's content: entries (roles, projects, degrees,
// certifications) with their header, dates, bullets and lines.
#pragma once

#include "normalizer_data.hpp"

#include <vector>

namespace reshost::detail {

// Lines [first_line, first_line + line_count) of one document block, as the
// section splitter hands them on; a heading part is a heading deeper than the
// section's headings.
struct SectionPart {
    uint32_t block = 0;
    std::size_t first_line = 0, line_count = 0;
    bool heading = false;
    uint32_t level = 0;
};

// Fills `section`'s entries and lines from its parts (the heading excluded).
void read_section_content(SectionData& section, const std::vector<SectionPart>& parts, const DocumentData& doc,
                          const NormalizerData& data);

// Fills an entry's title, organization, location and dates from a header line; `grouped`
// when the line is a position under an employer's line (its comma does not split off a company).
// `comma_whole`, when given, receives the part a comma was taken to split into title and company.
void read_entry_header(EntryData& entry, const LineData& line, rh_section_kind kind, const NormalizerData& data,
                       bool grouped = false, std::string* comma_whole = nullptr);

// Fills an entry's empty title, organization and place from a header's parts:
// a place by its form, the title by its words; the rest become entry lines.
void assign_parts(EntryData& entry, std::vector<FieldData> parts, rh_section_kind kind, const NormalizerData& data,
                  bool grouped = false);

// Fills what each kind of entry has besides its header: a degree's area, a
// project's link and stack, a certification's issuer and year (entry_fields.cpp).
// `blocks` are the document blocks the entry was read from (for link targets).
void read_entry_fields(EntryData& entry, rh_section_kind kind, const DocumentData& doc, const NormalizerData& data,
                       const std::vector<uint32_t>& blocks);

// True for the kinds whose content is a list of entries.
bool has_entries(rh_section_kind kind);

// True when every non-blank span of the line is bold (and there is one).
bool all_bold(const LineData& line);

// The text of a list item or line without a bullet glyph written into it ("• ").
std::string strip_bullet(std::string_view text);

// True when the text starts with a bullet glyph ("•", "▪", "-" and a space).
bool starts_with_bullet(std::string_view text);

// The text with every run of spaces, tabs and control characters made one space, trimmed.
std::string squeeze(std::string_view text);

// True when some word of the text (dots removed: "B.S." is "bs") is in `set`.
bool has_word(std::string_view text, const std::unordered_set<std::string>& set);

}  // namespace reshost::detail
