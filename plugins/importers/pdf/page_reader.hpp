// Reading every page of a document, on a second thread when it has more than
// one: Poppler shares nothing between two documents that it does not lock,
// so each thread reads through a PdfFile of its own over the same bytes.
#pragma once

#include "pdf_file.hpp"

#include <string_view>

namespace reshost::pdf {

// Reads every page of `file`, opened on `data`, into `out` (pages and fonts,
// the same whichever thread read a page); returns 0, or the 1-based number of
// the first page whose reading was abandoned at `deadline`.
int read_pages(std::string_view data, PdfFile& file, DocumentContent& out, PdfFile::Clock::time_point deadline);

}  // namespace reshost::pdf
