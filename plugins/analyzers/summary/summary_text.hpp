// The summary's text and how many lines it fills on the page.
#pragma once

#include <reshost/sdk.hpp>

#include <string>

namespace reshost::summary {

struct SummaryText {
    std::string text;        // paragraphs joined by spaces
    std::size_t lines = 0;   // lines on the page, counted or estimated
    bool laid_out = false;   // true when `lines` was counted on a laid-out page (PDF)
};

// Reads the summary section `section` of `resume`. A PDF's lines are counted
// as laid out; other formats wrap each paragraph at `line_chars` characters.
SummaryText read_summary(const sdk::Document& doc, const sdk::Resume& resume, int section, std::size_t line_chars);

}  // namespace reshost::summary
