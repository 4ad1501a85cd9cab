// A PDF opened from memory: the one door to Poppler. Everything behind it
// lives in pdf_poppler.cpp, because Poppler's core API changes between
// releases; callers only see the plain types of pdf_content.hpp.
#pragma once

#include "pdf_content.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace reshost::pdf {

class PdfFile {
public:
    using Clock = std::chrono::steady_clock;

    // Opens `data`, which must outlive the returned object; on failure returns
    // nullptr and says why in `error` ("password-protected PDF"...).
    static std::unique_ptr<PdfFile> open(std::string_view data, std::string& error);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    // Number of pages, as the page tree says.
    int page_count() const;
    // Reads page `index` (0-based) into `out` and adds the fonts it uses to
    // `fonts`; returns false when reading was abandoned at `deadline`.
    bool read_page(int index, PageContent& out, std::vector<FontFace>& fonts, Clock::time_point deadline);
    // Document information entries as UTF-8, empty when absent.
    std::string title() const;
    std::string author() const;
    std::string producer() const;

private:
    struct Impl;
    explicit PdfFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace reshost::pdf
