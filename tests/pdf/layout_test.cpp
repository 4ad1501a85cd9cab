// The layout code on synthetic pages: word boxes placed by hand.
#include "pdf_layout.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace reshost::pdf {
namespace {

MarkerSet markers() {
    std::ifstream in(std::string(RESHOST_PDF_PLUGIN_SOURCE_DIR) + "/bullet_markers.txt", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return MarkerSet::from_text(s.str());
}

// Places the words of `text` left to right from x on a line whose top is y.
void place(PageContent& page, std::string_view text, float x, float y, float size = 10, uint8_t style = 0) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find(' ', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(pos, end - pos);
        float w = static_cast<float>(word.size()) * size * 0.5f;
        page.add_word(word, Box{x, y, x + w, y + size}, 0, size, style);
        x += w + size * 0.3f;
        pos = end + 1;
    }
}

PageContent letter_page() {
    PageContent page;
    page.width = 612;
    page.height = 792;
    return page;
}

DocumentContent one_font(std::vector<PageContent> pages) {
    DocumentContent doc;
    doc.pages = std::move(pages);
    doc.fonts.push_back(FontFace{"Body", true, false});
    return doc;
}

TEST(PdfLayout, TwoColumnsAreReadColumnByColumn) {
    PageContent page = letter_page();
    place(page, "Jane Doe", 150, 40, 24);  // centred over both columns
    for (int k = 0; k < 25; ++k) {
        place(page, "sidebar item " + std::to_string(k), 40, 120 + 22.0f * k);
        place(page, "main column sentence number " + std::to_string(k) + " goes here", 240, 126 + 21.0f * k);
    }
    DocumentLayout layout = lay_out(one_font({page}), markers());
    EXPECT_EQ(layout.columns, 2u);
    std::vector<std::string> texts;
    for (const auto& b : layout.blocks)
        for (const auto& l : b.lines) texts.push_back(l.text());
    ASSERT_EQ(texts.size(), 51u);
    EXPECT_EQ(texts[0], "Jane Doe");
    for (int k = 0; k < 25; ++k) {
        EXPECT_EQ(texts[1 + k], "sidebar item " + std::to_string(k));
        EXPECT_EQ(texts[26 + k], "main column sentence number " + std::to_string(k) + " goes here");
    }
    // The narrow left column is a sidebar; the main column is not.
    EXPECT_TRUE(layout.blocks[1].flags & RH_BLOCK_IN_SIDEBAR);
    EXPECT_FALSE(layout.blocks.back().flags & RH_BLOCK_IN_SIDEBAR);
}

TEST(PdfLayout, RowAlignedDatesStayOnTheirRows) {
    PageContent page = letter_page();
    for (int k = 0; k < 25; ++k) {
        place(page, "2019 - 2021", 40, 100 + 24.0f * k);
        place(page, "Engineer at company number " + std::to_string(k), 200, 100 + 24.0f * k);
    }
    DocumentLayout layout = lay_out(one_font({page}), markers());
    EXPECT_EQ(layout.columns, 1u);
    // The wide gap between the dates and the role is kept as a column break.
    EXPECT_EQ(layout.blocks.front().lines.front().text(), "2019 - 2021   Engineer at company number 0");
}

TEST(PdfLayout, BulletMarkerIsStripped) {
    PageContent page = letter_page();
    place(page, "Experience", 40, 80, 12, word_bold);
    place(page, "• Built a billing service handling 2M requests a day", 40, 100);
    place(page, "and cut its p99 latency by 40%", 48, 111);
    place(page, "1. Led a team of four", 40, 124);
    place(page, "Plain text that follows the list", 40, 150);
    DocumentLayout layout = lay_out(one_font({page}), markers());
    ASSERT_EQ(layout.blocks.size(), 4u);
    EXPECT_EQ(layout.blocks[0].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[0].level, 2u);
    const BlockData& item = layout.blocks[1];
    EXPECT_EQ(item.kind, RH_BLOCK_LIST_ITEM);
    EXPECT_EQ(item.marker, "•");
    ASSERT_EQ(item.lines.size(), 2u);
    EXPECT_EQ(item.lines[0].text(), "Built a billing service handling 2M requests a day");
    EXPECT_EQ(item.lines[1].text(), "and cut its p99 latency by 40%");
    EXPECT_EQ(layout.blocks[2].kind, RH_BLOCK_LIST_ITEM);
    EXPECT_EQ(layout.blocks[2].marker, "1.");
    EXPECT_TRUE(layout.blocks[2].flags & RH_BLOCK_ORDERED);
    EXPECT_EQ(layout.blocks[2].lines[0].text(), "Led a team of four");
    EXPECT_EQ(layout.blocks[3].kind, RH_BLOCK_PARAGRAPH);
}

TEST(PdfLayout, HyphenatedWordIsNotAList) {
    PageContent page = letter_page();
    place(page, "- based on events", 40, 100);
    place(page, "-based systems", 40, 140);
    DocumentLayout layout = lay_out(one_font({page}), markers());
    ASSERT_EQ(layout.blocks.size(), 2u);
    EXPECT_EQ(layout.blocks[0].kind, RH_BLOCK_LIST_ITEM);
    EXPECT_EQ(layout.blocks[1].kind, RH_BLOCK_PARAGRAPH);
    EXPECT_EQ(layout.blocks[1].lines[0].text(), "-based systems");
}

TEST(PdfLayout, ALongDashBeforeLowerCaseIsAWrappedClause) {
    PageContent page = letter_page();
    place(page, "Hackathon Winner, DevFest (2016)", 40, 100);
    place(page, "\u2014 built a fraud-scoring service", 40, 114);
    place(page, "\u2014 Shipped the search API", 40, 160);
    place(page, "\u2014 Wrote the billing exporter", 40, 174);
    DocumentLayout layout = lay_out(one_font({page}), markers());
    ASSERT_EQ(layout.blocks.size(), 3u);
    EXPECT_EQ(layout.blocks[0].kind, RH_BLOCK_PARAGRAPH);
    ASSERT_EQ(layout.blocks[0].lines.size(), 2u);
    EXPECT_EQ(layout.blocks[0].lines[1].text(), "\u2014 built a fraud-scoring service");
    EXPECT_EQ(layout.blocks[1].kind, RH_BLOCK_LIST_ITEM);
    EXPECT_EQ(layout.blocks[2].kind, RH_BLOCK_LIST_ITEM);
}

TEST(PdfLayout, FiguresAgainstABoldWordStandApart) {
    // "May 2025" set right against a bold "Backend": two words, though no gap parts them.
    PageContent page = letter_page();
    page.add_word("May", Box{40, 92, 58, 102}, 0, 10, 0, 100);
    page.add_word("2025", Box{60, 92, 80, 102}, 0, 10, 0, 100);
    page.add_word("Backend", Box{80, 92, 115, 102}, 1, 10, word_bold, 100);
    page.add_word("Developer", Box{117, 92, 160, 102}, 1, 10, word_bold, 100);
    page.add_word("Page", Box{40, 112, 60, 122}, 0, 10, 0, 120);
    page.add_word("20", Box{62, 112, 72, 122}, 0, 10, 0, 120);
    page.add_word("is", Box{72, 112, 80, 122}, 0, 10, 0, 120);
    DocumentContent doc = one_font({page});
    doc.fonts.push_back(FontFace{"Body-Bold", true, false});
    DocumentLayout layout = lay_out(doc, markers());
    std::vector<std::string> lines;
    for (const auto& b : layout.blocks)
        for (const auto& l : b.lines) lines.push_back(l.text());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "May 2025 Backend Developer");
    EXPECT_EQ(lines[1], "Page 20is");  // one font: no gap, no space
}

TEST(PdfLayout, RepeatedTopLineIsAHeader) {
    std::vector<PageContent> pages;
    for (int p = 1; p <= 2; ++p) {
        PageContent page = letter_page();
        place(page, "Jane Doe - Resume", 40, 20, 9);
        place(page, "Body text on page " + std::to_string(p), 40, 300);
        place(page, "Page " + std::to_string(p) + " of 2", 280, 770, 9);
        pages.push_back(std::move(page));
    }
    DocumentLayout layout = lay_out(one_font(std::move(pages)), markers());
    ASSERT_EQ(layout.blocks.size(), 6u);
    for (int p = 0; p < 2; ++p) {
        const auto& header = layout.blocks[3 * p];
        EXPECT_EQ(header.lines[0].text(), "Jane Doe - Resume");
        EXPECT_TRUE(header.flags & RH_BLOCK_IN_HEADER);
        EXPECT_EQ(header.loc.page, static_cast<uint32_t>(p + 1));
        EXPECT_EQ(layout.blocks[3 * p + 1].flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER), 0u);
        EXPECT_TRUE(layout.blocks[3 * p + 2].flags & RH_BLOCK_IN_FOOTER);
    }
}

TEST(PdfLayout, LigaturesAreNormalizedAndSpansKeepFonts) {
    PageContent page = letter_page();
    page.add_word("E\xef\xac\x83" "cient", Box{40, 100, 80, 110}, 0, 10, word_bold);  // "Eﬃcient"
    page.add_word("\xef\xbc\x92\xef\xbc\x90", Box{84, 100, 100, 110}, 0, 10, 0);         // full-width "20"
    DocumentLayout layout = lay_out(one_font({page}), markers());
    ASSERT_EQ(layout.blocks.size(), 1u);
    const LineData& line = layout.blocks[0].lines[0];
    EXPECT_EQ(line.text(), "Efficient 20");
    ASSERT_EQ(line.spans.size(), 2u);
    EXPECT_EQ(line.spans[0].flags, static_cast<uint32_t>(RH_SPAN_BOLD));
    EXPECT_EQ(line.spans[0].font, "Body");
    EXPECT_FLOAT_EQ(line.spans[0].size, 10);
    EXPECT_EQ(line.loc.page, 1u);
    EXPECT_FLOAT_EQ(line.loc.box.x0, 40);
    EXPECT_FLOAT_EQ(line.loc.box.x1, 100);
}

}  // namespace
}  // namespace reshost::pdf
