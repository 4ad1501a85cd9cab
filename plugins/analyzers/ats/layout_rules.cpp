// Rules about where text sits: no text layer, columns, tables, text boxes,
// images, and the file type itself.
#include "ats_rules.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace reshost::ats {

using namespace ::reshost::sdk;
namespace {

// Consecutive blocks carrying `flag`, as [first, last] index pairs.
std::vector<std::pair<std::size_t, std::size_t>> regions_with(const Document& doc, rh_block_flag flag) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    auto blocks = doc.blocks();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!blocks[i].has(flag)) continue;
        if (!out.empty() && out.back().second + 1 == i) out.back().second = i;
        else out.emplace_back(i, i);
    }
    return out;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::vector<uint32_t> page_list(std::string_view list) {
    std::vector<uint32_t> out;
    uint32_t n = 0;
    bool digits = false;
    for (char c : list) {
        if (c >= '0' && c <= '9') {
            n = n * 10 + static_cast<uint32_t>(c - '0');
            digits = true;
        } else {
            if (digits && n) out.push_back(n);
            n = 0;
            digits = false;
        }
    }
    if (digits && n) out.push_back(n);
    return out;
}

// The page itself, or its largest image, as the place of a scanned page.
Location page_location(const Document& doc, uint32_t page) {
    Location loc;
    loc.page = page;
    float best = -1;
    for (Image img : doc.images()) {
        auto l = location_of(img.location());
        if (!l || l->page != page) continue;
        float area = (l->box.x1 - l->box.x0) * (l->box.y1 - l->box.y0);
        if (area > best) best = area, loc.box = l->box;
    }
    auto pages = doc.pages();
    if (best < 0 && page <= pages.size()) loc.box = rh_box{0, 0, pages[page - 1].width(), pages[page - 1].height()};
    return loc;
}

}  // namespace

void check_no_text(const DocumentFacts& facts, Findings& out) {
    const Document& doc = facts.doc;
    std::vector<uint32_t> scanned = page_list(doc.meta("image_only_pages"));
    for (uint32_t page : scanned)
        out.add(finding("ats.no-text", Severity::error,
                        "Page " + std::to_string(page) +
                            " is an image with no text layer: an ATS reads nothing from it.",
                        "Export the resume from the program you wrote it in (Save as PDF), not as a scan or a "
                        "picture; if only a scan exists, retype it or run OCR and check the text.",
                        page_location(doc, page)));
    if (!scanned.empty() || facts.text_size() > 0) return;
    std::optional<Location> where;
    if (!doc.pages().empty()) where = page_location(doc, 1);
    out.add(finding("ats.no-text", Severity::error,
                    "No text could be extracted from the document: an ATS would see an empty resume.",
                    "Export the resume as a text PDF or DOCX from the program you wrote it in; check that you can "
                    "select and copy its text.",
                    where));
}

void check_multi_column(const DocumentFacts& facts, Findings& out) {
    const Document& doc = facts.doc;
    auto columns = facts.meta_number("columns");
    auto sidebar = regions_with(doc, RH_BLOCK_IN_SIDEBAR);
    if (!columns && sidebar.empty() && facts.paginated()) {
        out.not_evaluated("ats.multi-column", "the importer did not report the column layout of this document");
        return;
    }
    int count = columns ? static_cast<int>(*columns) : 1;
    if (count < 2 && sidebar.empty()) return;
    std::string layout = count >= 2 ? "laid out in " + std::to_string(count) + " columns" : "laid out with a sidebar";
    std::optional<Location> where;
    std::string first;
    int section = -1;
    if (!sidebar.empty()) {
        Block b = doc.blocks()[sidebar.front().first];
        where = location_of(b.location());
        first = " The sidebar starts with " + quoted(b.text(), 40) + ".";
        section = facts.section_of(sidebar.front().first);
    } else {
        // Equal columns: the layout starts with the first block of the body.
        auto blocks = doc.blocks();
        for (std::size_t i = 0; i < blocks.size() && !where; ++i)
            if (!(blocks[i].flags() & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER))) where = location_of(blocks[i].location());
    }
    Finding f = finding("ats.multi-column", Severity::warning,
                        "The text is " + layout + "; many ATS parsers read across the columns line by line, "
                        "mixing sections, or drop the narrower column." + first,
                        "Use a single column: move the sidebar's content (skills, contact, education) into "
                        "sections of the main column, one after the other.",
                        where);
    f.section = section;
    out.add(f);
}

void check_table(const DocumentFacts& facts, Findings& out) {
    const Document& doc = facts.doc;
    for (auto [first, last] : regions_with(doc, RH_BLOCK_IN_TABLE)) {
        std::string cell;
        for (std::size_t i = first; i <= last && cell.empty(); ++i) cell = std::string(doc.blocks()[i].text());
        Finding f = finding("ats.table", Severity::warning,
                            "Content sits in a table starting with " + quoted(cell, 40) + " (" +
                                plural(last - first + 1, "cell", "cells") +
                                "); ATS parsers often read tables cell by cell out of order or skip them.",
                            "Write this content as plain lines or bullets under a heading, e.g. "
                            "\"Languages: Go, Java, Python\" instead of a grid of cells.",
                            region_location(doc, first, last));
        f.section = facts.section_of(first);
        out.add(f);
    }
}

void check_text_box(const DocumentFacts& facts, Findings& out) {
    const Document& doc = facts.doc;
    for (auto [first, last] : regions_with(doc, RH_BLOCK_IN_TEXT_BOX)) {
        std::string text;
        for (std::size_t i = first; i <= last && text.empty(); ++i) text = std::string(doc.blocks()[i].text());
        Finding f = finding("ats.text-box", Severity::warning,
                            "The text " + quoted(text, 50) +
                                " sits in a text box or frame; many ATS parsers skip text boxes entirely.",
                            "Move the text out of the text box into the body of the document as ordinary "
                            "paragraphs.",
                            region_location(doc, first, last));
        f.section = facts.section_of(first);
        out.add(f);
    }
}

void check_images(const DocumentFacts& facts, Findings& out) {
    auto images = facts.doc.images();
    if (images.empty()) return;
    double icon_size = facts.host.number("ats.icon_max_size", 24);
    std::size_t largest = 0;
    float largest_area = -1;
    bool all_icons = true;
    for (std::size_t i = 0; i < images.size(); ++i) {
        Image img = images[i];
        bool icon = img.width() > 0 && img.height() > 0 && img.width() <= icon_size && img.height() <= icon_size;
        if (!icon) all_icons = false;
        float area = img.page_share() > 0 ? img.page_share() : img.width() * img.height();
        if (area > largest_area) largest_area = area, largest = i;
    }
    Image big = images[largest];
    std::string what = all_icons ? plural(images.size(), "small image (an icon)", "small images (icons)")
                                 : plural(images.size(), "image", "images");
    std::string detail;
    if (big.page_share() > 0) {
        int percent = static_cast<int>(big.page_share() * 100 + 0.5f);
        detail = "; the largest covers " + (percent < 1 ? std::string("under 1") : std::to_string(percent)) +
                 "% of its page";
    }
    if (!big.alt().empty() && big.alt() != "image") detail += " (" + quoted(big.alt(), 40) + ")";
    Finding f = finding("ats.images", all_icons ? Severity::info : Severity::warning,
                        "The document holds " + what + detail + "; an ATS ignores images, and photos invite bias.",
                        all_icons ? "Replace icons with words (\"Email:\", \"Phone:\", \"GitHub:\") so the details "
                                    "read the same without them."
                                  : "Remove photos, logos and charts; say in text what they showed.",
                        location_of(big.location()));
    f.section = facts.section_at(big.location());
    out.add(f);
}

void check_file_type(const DocumentFacts& facts, Findings& out) {
    std::string_view format = facts.doc.format();
    if (format == "pdf" || format == "docx") return;
    std::string name = format.empty() ? std::string("this file type") : "a " + std::string(format) + " file";
    out.add(finding("ats.file-type", Severity::info,
                    "This is " + name + ": fine to analyze, but an ATS expects a PDF or DOCX upload.",
                    "Send a PDF or DOCX to an ATS (for Markdown: render it, e.g. with pandoc, and check the result "
                    "with reshost too).",
                    std::nullopt));
}

}  // namespace reshost::ats
