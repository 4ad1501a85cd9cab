// The checks of the ats pack, one function per rule; each reports its
// findings, or says why it could not be evaluated.
#pragma once

#include "document_facts.hpp"
#include "document_reading.hpp"

namespace reshost::ats {

using namespace ::reshost::sdk;
void check_no_text(const DocumentFacts& facts, Findings& out);
void check_garbled_text(const DocumentFacts& facts, const analyzers::DocumentReading& reading, Findings& out);
void check_multi_column(const DocumentFacts& facts, Findings& out);
void check_table(const DocumentFacts& facts, Findings& out);
void check_text_box(const DocumentFacts& facts, Findings& out);
void check_header_footer_contact(const DocumentFacts& facts, Findings& out);
void check_images(const DocumentFacts& facts, Findings& out);
void check_icon_glyphs(const DocumentFacts& facts, Findings& out);
void check_nonstandard_font(const DocumentFacts& facts, Findings& out);
void check_hidden_link(const DocumentFacts& facts, Findings& out);
void check_file_type(const DocumentFacts& facts, Findings& out);
void check_acronym(const DocumentFacts& facts, Findings& out);

}  // namespace reshost::ats
