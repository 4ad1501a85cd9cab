// What the ats rules share: the document and resume of one analysis, the
// pack's data, and helpers that turn blocks into locations and quotes.
#pragma once

#include "font_catalog.hpp"
#include "polish_checks.hpp"

#include <reshost/sdk.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::ats {

using namespace ::reshost::sdk;
// The pack's data files, read once when the pack is opened.
struct PackData {
    FontCatalog standard_fonts;
    FontCatalog icon_fonts;
    std::vector<std::string> link_labels;  // lowered
    std::vector<std::pair<std::string, std::string>> acronyms;  // "AWS", "Amazon Web Services"
    // The template text judgement of polish.template-text: what a template ships is not the candidate's.
    std::shared_ptr<const polish::TemplateText> templates;
};

// One analysis as the rules see it.
class DocumentFacts {
public:
    DocumentFacts(const Host& host, const Document& doc, const Resume& resume, const PackData& data);

    const Host& host;
    const Document& doc;
    const Resume& resume;
    const PackData& data;

    // True when the importer laid the document out on pages (PDF, DOCX with layout).
    bool paginated() const { return !doc.pages().empty(); }
    // True when the importer said which fonts the text uses.
    bool knows_fonts() const { return knows_fonts_; }
    // True when `font` (a span's font name) is a symbol or icon font.
    bool symbolic(std::string_view font) const;
    // Non-space code points of all block text.
    std::size_t text_size() const { return text_size_; }
    // A numeric metadata value, or nullopt when absent or not a number.
    std::optional<double> meta_number(std::string_view key) const;
    // The index of the resume section holding document block `block`, or -1.
    int section_of(std::size_t block) const;
    // The index of the resume section whose blocks hold `loc` (a link, an image), or -1.
    int section_at(const rh_location* loc) const;
    // The document's text, lowered, without white space (addresses broken over lines read whole).
    const std::string& compact_text() const { return compact_text_; }
    // The e-mail address and the phone number the normalizer found, as written; empty when none.
    std::string_view email() const { return resume.contact().email().text(); }
    std::string_view phone() const { return resume.contact().phone().text(); }
    // True when `text` holds the resume's e-mail address, phone number or a contact link:
    // the contact details are the model's judgement, not this pack's.
    bool holds_contact(std::string_view text) const;

private:
    std::vector<std::string> symbolic_fonts_;
    bool knows_fonts_ = false;
    std::size_t text_size_ = 0;
    std::string compact_text_;
};

// An owned copy of a location, or nullopt when there is none.
std::optional<Location> location_of(const rh_location* loc);

// The location of blocks [first, last]: their lines, and on a page the box
// around those of them on the first block's page.
std::optional<Location> region_location(const Document& doc, std::size_t first, std::size_t last);

// `text` in quotes, on one line and shortened; unreadable glyphs as [U+XXXX].
std::string quoted(std::string_view text, std::size_t max = 60);

// A finding of `rule` with its default severity.
Finding finding(std::string_view rule, Severity severity, std::string message, std::string suggestion,
                std::optional<Location> loc);

}  // namespace reshost::ats
