// The layout code on the classes of layout that third-party templates use
// and that the reader must not depend on a template for: bullets drawn as
// shapes or not drawn at all, letter-spaced headings, a gutter of headings,
// word boxes taller than the line pitch, a sidebar beside the name. Word
// boxes are placed by hand, with their baselines, as Poppler reports them.
#include "pdf_layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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

// Places the words of `text` from x on the baseline `base`: boxes span
// `above` over the baseline and `below` under it, words are half their size
// wide per character and `gap` times their size apart.
float place(PageContent& page, std::string_view text, float x, float base, float size = 10, uint8_t style = 0,
            float above = 8, float below = 2, float gap = 0.3f) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find(' ', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(pos, end - pos);
        float w = static_cast<float>(word.size()) * size * 0.5f;
        page.add_word(word, Box{x, base - above * size / 10, x + w, base + below * size / 10}, 0, size, style, base);
        x += w + size * gap;
        pos = end + 1;
    }
    return x;
}

PageContent letter_page() {
    PageContent page;
    page.width = 612;
    page.height = 792;
    return page;
}

DocumentLayout lay_out_pages(std::vector<PageContent> pages) {
    DocumentContent doc;
    doc.pages = std::move(pages);
    doc.fonts.push_back(FontFace{"Body", true, false});
    return lay_out(doc, markers());
}

DocumentLayout lay_out_page(PageContent page) {
    std::vector<PageContent> pages;
    pages.push_back(std::move(page));
    return lay_out_pages(std::move(pages));
}

std::vector<std::string> texts_of(const DocumentLayout& layout) {
    std::vector<std::string> out;
    for (const auto& b : layout.blocks) {
        std::string t;
        for (const auto& l : b.lines) {
            if (!t.empty()) t += '\n';
            t += l.text();
        }
        out.push_back(t);
    }
    return out;
}

int find(const DocumentLayout& layout, std::string_view text) {
    auto texts = texts_of(layout);
    for (std::size_t i = 0; i < texts.size(); ++i)
        if (texts[i].find(text) != std::string::npos) return static_cast<int>(i);
    return -1;
}

TEST(PdfLayoutClasses, ShapesDrawnBeforeLinesAreListMarkers) {
    PageContent page = letter_page();
    place(page, "Experience", 40, 60, 14, word_bold);
    place(page, "Built a billing service handling two million requests a day and", 50, 90);
    place(page, "cut its latency by forty percent", 50, 104);
    place(page, "Led a team of four engineers", 50, 118);
    place(page, "A plain paragraph under the list, set well apart from it", 40, 150);
    // A disc before each item's first line, on its row; the continuation has none.
    page.marks.push_back(Box{41, 84, 45, 88});
    page.marks.push_back(Box{41, 112, 45, 116});
    DocumentLayout layout = lay_out_page(std::move(page));
    ASSERT_EQ(layout.blocks.size(), 4u) << ::testing::PrintToString(texts_of(layout));
    EXPECT_EQ(layout.blocks[1].kind, RH_BLOCK_LIST_ITEM);
    ASSERT_EQ(layout.blocks[1].lines.size(), 2u);
    EXPECT_EQ(layout.blocks[1].lines[0].text(), "Built a billing service handling two million requests a day and");
    EXPECT_EQ(layout.blocks[1].lines[1].text(), "cut its latency by forty percent");
    EXPECT_EQ(layout.blocks[2].kind, RH_BLOCK_LIST_ITEM);
    EXPECT_EQ(layout.blocks[2].lines[0].text(), "Led a team of four engineers");
    EXPECT_EQ(layout.blocks[3].kind, RH_BLOCK_PARAGRAPH);
}

TEST(PdfLayoutClasses, ShapesTooLargeForAGlyphAreNoMarkers) {
    PageContent page = letter_page();
    place(page, "Built a billing service", 50, 90);
    place(page, "Led a team of four engineers", 50, 104);
    page.marks.push_back(Box{30, 80, 46, 96});  // an icon box, larger than the text
    DocumentLayout layout = lay_out_page(std::move(page));
    ASSERT_EQ(layout.blocks.size(), 1u);
    EXPECT_EQ(layout.blocks[0].kind, RH_BLOCK_PARAGRAPH);
}

TEST(PdfLayoutClasses, LetterSpacedCapitalsAreOneHeading) {
    PageContent page = letter_page();
    // "W O R K   E X P E R I E N C E": one word a letter, wider gaps between the words.
    float x = 40;
    for (std::string_view word : {"WORK", "EXPERIENCE"}) {
        for (char c : word) x = place(page, std::string(1, c), x, 60, 10, word_bold) - 3 + 2;
        x += 8;
    }
    place(page, "Senior engineer at a payments company, owning the ledger service", 40, 90);
    place(page, "and its on-call rotation, with a team of six engineers around it", 40, 104);
    DocumentLayout layout = lay_out_page(std::move(page));
    ASSERT_GE(layout.blocks.size(), 2u);
    EXPECT_EQ(layout.blocks[0].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[0].lines[0].text(), "WORK EXPERIENCE");
    EXPECT_EQ(layout.blocks[1].kind, RH_BLOCK_PARAGRAPH);
}

TEST(PdfLayoutClasses, TallWordBoxesDoNotMixTwoLines) {
    PageContent page = letter_page();
    // Boxes 27 pt tall on a 13 pt pitch: each box overlaps both neighbours'.
    place(page, "Designed and implemented a fraud detection pipeline", 40, 100, 10, 0, 20, 7);
    place(page, "Kafka and Go reducing fraudulent charges by eighteen percent", 40, 113, 10, 0, 20, 7);
    place(page, "Mentored three junior engineers and set review standards", 40, 126, 10, 0, 20, 7);
    DocumentLayout layout = lay_out_page(std::move(page));
    std::vector<std::string> lines;
    for (const auto& b : layout.blocks)
        for (const auto& l : b.lines) lines.push_back(l.text());
    ASSERT_EQ(lines.size(), 3u) << ::testing::PrintToString(lines);
    EXPECT_EQ(lines[0], "Designed and implemented a fraud detection pipeline");
    EXPECT_EQ(lines[1], "Kafka and Go reducing fraudulent charges by eighteen percent");
    EXPECT_EQ(lines[2], "Mentored three junior engineers and set review standards");
}

TEST(PdfLayoutClasses, GutterHeadingsAreReadBeforeTheirContent) {
    PageContent page = letter_page();
    // A column of headings at the margin, on the baseline of the content's first line.
    place(page, "Professional", 40, 100, 12, word_bold);
    place(page, "Engineer with ten years of experience in payments and", 150, 100);
    place(page, "Summary", 40, 114, 12, word_bold);
    place(page, "logistics, most recently as the lead of a platform team.", 150, 114);
    place(page, "Work", 40, 150, 12, word_bold);
    place(page, "Backend Engineer II at Northgate Payments", 150, 150);
    place(page, "2020 to 2024 in Lisbon, Portugal", 150, 164);
    place(page, "Owned the ledger service and its on-call rotation", 150, 178);
    place(page, "Moved the billing jobs to a queue of their own", 150, 192);
    DocumentLayout layout = lay_out_page(std::move(page));
    auto texts = texts_of(layout);
    int summary = find(layout, "Professional Summary");
    int work = find(layout, "Work");
    int role = find(layout, "Backend Engineer II");
    ASSERT_GE(summary, 0) << ::testing::PrintToString(texts);
    ASSERT_GE(work, 0) << ::testing::PrintToString(texts);
    EXPECT_EQ(layout.blocks[summary].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[summary].lines.size(), 1u);  // a heading on two lines is one line of text
    EXPECT_EQ(layout.blocks[work].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(texts[work], "Work");
    EXPECT_EQ(role, work + 1);
    EXPECT_EQ(texts[summary + 1].rfind("Engineer with ten years", 0), 0u);
}

TEST(PdfLayoutClasses, ShortSidebarBesideTheNameIsAColumn) {
    PageContent page = letter_page();
    place(page, "CONTACT", 40, 50, 11, word_bold);
    for (int k = 0; k < 4; ++k) place(page, "sidebar line " + std::to_string(k), 40, 66 + 14.0f * k);
    place(page, "Jane Doe", 220, 56, 26, word_bold);
    for (int k = 0; k < 40; ++k)
        place(page, "main column sentence number " + std::to_string(k) + " of the resume", 220, 100 + 15.0f * k);
    DocumentLayout layout = lay_out_page(std::move(page));
    EXPECT_EQ(layout.columns, 2u);
    auto texts = texts_of(layout);
    ASSERT_FALSE(texts.empty());
    // The name leads; no line mixes the sidebar's words with the main column's.
    EXPECT_EQ(layout.blocks[0].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[0].level, 1u);
    EXPECT_EQ(texts[0], "Jane Doe");
    for (const auto& t : texts)
        EXPECT_FALSE(t.find("sidebar") != std::string::npos && t.find("main") != std::string::npos) << t;
    int contact = find(layout, "CONTACT");
    ASSERT_GE(contact, 0);
    EXPECT_EQ(texts[contact], "CONTACT");
}

TEST(PdfLayoutClasses, AGutterWiderLowerDownStillSplitsFromItsTop) {
    // A long sidebar: a summary in long lines, then a skills list in short ones, which make
    // the gutter wider from there down. The gutter splits the page from the summary on.
    PageContent page = letter_page();
    place(page, "Jane Doe", 40, 56, 26, word_bold);
    place(page, "jane@example.com | +1 555 0100 | Berlin, Germany | example.com", 40, 96);
    place(page, "SUMMARY", 40, 126, 11, word_bold);
    for (int k = 0; k < 14; ++k) place(page, "summary words line " + std::to_string(k), 40, 142 + 13.7f * k);
    place(page, "SKILLS", 40, 350, 11, word_bold);
    for (int k = 0; k < 20; ++k) place(page, "Go " + std::to_string(k), 40, 366 + 13.7f * k);
    place(page, "EXPERIENCE", 220, 126, 11, word_bold);
    for (int k = 0; k < 38; ++k)
        place(page, "main column sentence number " + std::to_string(k) + " of the resume", 220, 142 + 15.0f * k);
    DocumentLayout layout = lay_out_page(std::move(page));
    EXPECT_EQ(layout.columns, 2u);
    for (const auto& t : texts_of(layout))
        EXPECT_FALSE(t.find("summary") != std::string::npos && t.find("main") != std::string::npos) << t;
    int contact = find(layout, "jane@example.com");
    ASSERT_GE(contact, 0);
    EXPECT_NE(texts_of(layout)[contact].find("example.com"), std::string::npos);
}

TEST(PdfLayoutClasses, APhoneNumberBrokenByANarrowColumnIsOneLine) {
    PageContent page = letter_page();
    place(page, "Jane Doe", 40, 56, 26, word_bold);
    place(page, "jane@example.com • +420 707", 40, 90);
    place(page, "945 703 • Praha, Czechia", 40, 104);
    place(page, "Built 12 services in 2019 and 2020", 40, 140);
    place(page, "2021 2022 on the team", 40, 154);
    DocumentLayout layout = lay_out_page(std::move(page));
    int contact = find(layout, "jane@example.com");
    ASSERT_GE(contact, 0);
    ASSERT_EQ(layout.blocks[contact].lines.size(), 1u) << texts_of(layout)[contact];
    EXPECT_EQ(layout.blocks[contact].lines[0].text(), "jane@example.com • +420 707 945 703 • Praha, Czechia");
    // Figures at the end of a sentence and the start of the next line are no phone.
    int text = find(layout, "Built 12 services");
    ASSERT_GE(text, 0);
    EXPECT_EQ(texts_of(layout)[text], "Built 12 services in 2019 and 2020\n2021 2022 on the team");
}

TEST(PdfLayoutClasses, DatesInACellRightOfEachTitleAreNoGutter) {
    // Titles in a left cell, their dates in a right cell on the same row, bullets under them:
    // the dates stay with their titles (a gutter of headings would read them after the text).
    PageContent page = letter_page();
    place(page, "Jane Doe", 51, 40, 20, word_bold);
    place(page, "Experience", 51, 80, 12, word_bold);
    float y = 100;
    for (int role = 0; role < 3; ++role) {
        place(page, "Lead Backend Developer", 51, y, 9, word_bold);
        place(page, "Mar 2024 to Present", 491, y, 9);
        place(page, "Emberpath Bank", 51, y + 13, 9);
        for (int k = 0; k < 4; ++k) place(page, "Shipped the billing service number " + std::to_string(k) + " in Go and Kafka", 59, y + 27 + 13.0f * k, 9);
        y += 100;
    }
    DocumentLayout layout = lay_out_page(std::move(page));
    auto texts = texts_of(layout);
    int title = find(layout, "Lead Backend Developer");
    ASSERT_GE(title, 0) << ::testing::PrintToString(texts);
    EXPECT_NE(texts[title].find("Mar 2024"), std::string::npos) << ::testing::PrintToString(texts);
}

TEST(PdfLayoutClasses, AShortSidebarBesideAWideMarginIsAColumn) {
    // A right sidebar that ends high on the page leaves the margin right of it clear, wider than
    // the gutter: the gutter still splits the page.
    PageContent page = letter_page();
    place(page, "Jane Doe", 40, 40, 24, word_bold);
    for (int k = 0; k < 12; ++k) place(page, "Skill " + std::to_string(k), 404, 104 + 13.7f * k);
    for (int k = 0; k < 40; ++k)
        place(page, "main column sentence number " + std::to_string(k) + " runs on nearly to the gutter", 40, 100 + 15.0f * k);
    DocumentLayout layout = lay_out_page(std::move(page));
    EXPECT_EQ(layout.columns, 2u);
    for (const auto& t : texts_of(layout))
        EXPECT_FALSE(t.find("Skill") != std::string::npos && t.find("main") != std::string::npos) << t;
}

TEST(PdfLayoutClasses, ANameOnTwoLinesBesideContactLinesIsOneHeading) {
    // "Bożena" over "Lewandowska" at the left, the contact lines set right between their baselines.
    PageContent page = letter_page();
    place(page, "Bożena", 34, 57, 24, word_bold, 10, 2.5f);
    place(page, "jane@example.org", 403, 44, 11);
    place(page, "+48 536 403 881", 481, 58, 11);
    place(page, "Lewandowska", 34, 83, 24, word_bold, 10, 2.5f);
    place(page, "Experience", 34, 130, 14, word_bold);
    for (int k = 0; k < 6; ++k) place(page, "Sentence number " + std::to_string(k) + " of the resume", 34, 150 + 14.0f * k);
    DocumentLayout layout = lay_out_page(std::move(page));
    auto texts = texts_of(layout);
    int name = find(layout, "Bożena");
    ASSERT_GE(name, 0) << ::testing::PrintToString(texts);
    EXPECT_EQ(layout.blocks[name].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[name].level, 1u);
    EXPECT_EQ(texts[name], "Bożena Lewandowska") << ::testing::PrintToString(texts);
    EXPECT_EQ(find(layout, "Lewandowska"), name);
}

TEST(PdfLayoutClasses, IndentedItemsAreNested) {
    PageContent page = letter_page();
    place(page, "• Owned the ledger service", 40, 100);
    place(page, "– Cut its latency by half", 60, 114);
    place(page, "• Led a team of four", 40, 128);
    DocumentLayout layout = lay_out_page(std::move(page));
    ASSERT_EQ(layout.blocks.size(), 3u);
    EXPECT_EQ(layout.blocks[0].level, 1u);
    EXPECT_EQ(layout.blocks[1].level, 2u);
    EXPECT_EQ(layout.blocks[2].level, 1u);
}

TEST(PdfLayoutClasses, ListsWithoutMarkersAreReadOneItemALine) {
    PageContent page = letter_page();
    place(page, "Jane Doe", 40, 30, 24, word_bold);
    place(page, "Experience", 40, 60, 14, word_bold);
    place(page, "Backend Engineer, Northgate Payments", 40, 84, 10, word_bold);
    place(page, "Owned the ledger service", 40, 98);
    place(page, "Moved the billing jobs from a shared cron host to a queue of their own, with retries and", 40, 112);
    place(page, "alerts on every failure", 40, 126);
    place(page, "Led a team of four", 40, 140);
    DocumentLayout layout = lay_out_page(std::move(page));
    auto texts = texts_of(layout);
    int first = find(layout, "Owned the ledger service");
    ASSERT_GE(first, 0) << ::testing::PrintToString(texts);
    ASSERT_EQ(layout.blocks.size(), static_cast<std::size_t>(first) + 3) << ::testing::PrintToString(texts) << ::testing::PrintToString(texts);
    for (int k = 0; k < 3; ++k) EXPECT_EQ(layout.blocks[first + k].kind, RH_BLOCK_LIST_ITEM) << texts[first + k];
    EXPECT_EQ(layout.blocks[first + 1].lines.size(), 2u);  // wrapped: its first line runs to the edge
    EXPECT_EQ(texts[first + 2], "Led a team of four");
    EXPECT_NE(layout.blocks[first - 1].kind, RH_BLOCK_LIST_ITEM);  // the role's header
}

TEST(PdfLayoutClasses, AListWithoutMarkersGoesOnAcrossAPageBreak) {
    PageContent first = letter_page();
    place(first, "Jane Doe", 40, 30, 24, word_bold);
    place(first, "Experience", 40, 60, 14, word_bold);
    place(first, "Backend Engineer, Northgate Payments", 40, 84, 10, word_bold);
    place(first, "Owned the ledger service", 40, 98);
    place(first, "Led a team of four", 40, 112);
    PageContent second = letter_page();
    place(second, "Moved the billing jobs from a shared cron host to a queue of their own, with retries and", 40, 50);
    place(second, "alerts on every failure", 40, 64);
    place(second, "Cut the build time in half", 40, 78);
    std::vector<PageContent> pages;
    pages.push_back(std::move(first));
    pages.push_back(std::move(second));
    DocumentLayout layout = lay_out_pages(std::move(pages));
    auto texts = texts_of(layout);
    int moved = find(layout, "Moved the billing jobs");
    ASSERT_GE(moved, 0) << ::testing::PrintToString(texts);
    ASSERT_EQ(layout.blocks.size(), static_cast<std::size_t>(moved) + 2) << ::testing::PrintToString(texts);
    EXPECT_EQ(layout.blocks[moved].kind, RH_BLOCK_LIST_ITEM);
    EXPECT_EQ(layout.blocks[moved].level, 1u);
    EXPECT_EQ(layout.blocks[moved].lines.size(), 2u);
    EXPECT_EQ(layout.blocks[moved + 1].kind, RH_BLOCK_LIST_ITEM);
}

TEST(PdfLayoutClasses, AnItemsLastLineCarriedOverAPageBreakStaysWithIt) {
    PageContent first = letter_page();
    place(first, "Jane Doe", 40, 30, 24, word_bold);
    place(first, "Experience", 40, 60, 14, word_bold);
    place(first, "\u2022 Automated contract tests for 21 REST APIs, catching 19 breaking changes", 40, 84);
    PageContent second = letter_page();
    place(second, "before release", 50, 50);
    place(second, "\u2022 Worked on the GraphQL gateway using Go", 40, 64);
    std::vector<PageContent> pages;
    pages.push_back(std::move(first));
    pages.push_back(std::move(second));
    DocumentLayout layout = lay_out_pages(std::move(pages));
    auto texts = texts_of(layout);
    int item = find(layout, "Automated contract tests");
    ASSERT_GE(item, 0) << ::testing::PrintToString(texts);
    EXPECT_EQ(layout.blocks[item].kind, RH_BLOCK_LIST_ITEM);
    ASSERT_EQ(layout.blocks[item].lines.size(), 2u) << ::testing::PrintToString(texts);
    EXPECT_EQ(layout.blocks[item].lines[1].text(), "before release");
    EXPECT_EQ(layout.blocks[item].lines[1].loc.page, 2u);
    EXPECT_EQ(find(layout, "before release"), item);
}

TEST(PdfLayoutClasses, ParagraphGapsFollowTheBaselinePitch) {
    PageContent page = letter_page();
    // Boxes far shorter than the line pitch (as Type 3 fonts give): the gap
    // between boxes says nothing, the distance between baselines does.
    for (int k = 0; k < 3; ++k)
        place(page, "first paragraph line number " + std::to_string(k) + " of running text", 40, 100 + 14.0f * k, 10, 0, 4, 1);
    for (int k = 0; k < 3; ++k)
        place(page, "second paragraph line number " + std::to_string(k) + " of running text", 40, 170 + 14.0f * k, 10, 0, 4, 1);
    DocumentLayout layout = lay_out_page(std::move(page));
    ASSERT_EQ(layout.blocks.size(), 2u) << ::testing::PrintToString(texts_of(layout));
    EXPECT_EQ(layout.blocks[0].lines.size(), 3u);
    EXPECT_EQ(layout.blocks[1].lines.size(), 3u);
}

TEST(PdfLayoutClasses, NameOnTwoLinesIsOneHeadingLine) {
    PageContent page = letter_page();
    place(page, "Sanne", 40, 60, 28, word_bold);
    place(page, "van Dijk", 40, 90, 28, word_bold);
    place(page, "Engineering manager with a platform background and ten years of work", 40, 130);
    place(page, "in payments, most recently as the lead of a team of twelve engineers", 40, 144);
    DocumentLayout layout = lay_out_page(std::move(page));
    ASSERT_GE(layout.blocks.size(), 2u);
    EXPECT_EQ(layout.blocks[0].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[0].level, 1u);
    ASSERT_EQ(layout.blocks[0].lines.size(), 1u);
    EXPECT_EQ(layout.blocks[0].lines[0].text(), "Sanne van Dijk");
}

TEST(PdfLayoutClasses, BarsAndRulesSetHeadingsOff) {
    PageContent page = letter_page();
    place(page, "Jane Doe", 40, 30, 24, word_bold);
    // Headings in the body's own type: one with a bar beside it, one over a rule.
    place(page, "Summary", 48, 70, 10, word_bold);
    page.rules.push_back(Box{40, 60, 43, 73});
    place(page, "Engineer with ten years of experience in payments and logistics", 40, 90);
    place(page, "Experience", 40, 120, 10, word_bold);
    page.rules.push_back(Box{40, 124, 560, 125});
    place(page, "Backend Engineer, Northgate Payments, 2020 to 2024", 40, 140, 10, word_bold);
    // Skills over rating bars: a rule under line after line, each over a track.
    place(page, "Kafka", 40, 170);
    page.rules.push_back(Box{40, 173, 300, 176});
    page.rules.push_back(Box{40, 173, 200, 176});
    place(page, "Redis", 40, 186);
    page.rules.push_back(Box{40, 189, 300, 192});
    std::sort(page.rules.begin(), page.rules.end(), [](const Box& a, const Box& b) { return a.center_y() < b.center_y(); });
    DocumentLayout layout = lay_out_page(std::move(page));
    auto texts = texts_of(layout);
    int summary = find(layout, "Summary"), experience = find(layout, "Experience"), kafka = find(layout, "Kafka");
    ASSERT_GE(summary, 0) << ::testing::PrintToString(texts);
    ASSERT_GE(experience, 0);
    ASSERT_GE(kafka, 0);
    EXPECT_EQ(layout.blocks[summary].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[experience].kind, RH_BLOCK_HEADING);
    EXPECT_NE(layout.blocks[kafka].kind, RH_BLOCK_HEADING);
}

TEST(PdfLayoutClasses, AnIconLeadingALineIsNoText) {
    PageContent page = letter_page();
    // U+F0B1 (a briefcase in an icon font) before the current role's header.
    float x = place(page, "\xef\x82\xb1", 40, 100, 10, word_bold);
    place(page, "Staff Engineer, Northgate Payments", x, 100, 10, word_bold);
    // An icon that is a link keeps its place: it carries the address.
    x = place(page, "\xef\x82\xac", 40, 140);
    place(page, "Website", x, 140);
    page.links.push_back(LinkArea{Box{39, 130, 56, 143}, "https://example.org"});
    DocumentLayout layout = lay_out_page(std::move(page));
    std::vector<std::string> lines;
    for (const auto& b : layout.blocks)
        for (const auto& l : b.lines) lines.push_back(l.text());
    ASSERT_EQ(lines.size(), 2u) << ::testing::PrintToString(lines);
    EXPECT_EQ(lines[0], "Staff Engineer, Northgate Payments");
    EXPECT_EQ(lines[1], "\xef\x82\xac Website");
}

TEST(PdfLayoutClasses, HeadingsInTheTextSizeAreOneLevelDown) {
    PageContent page = letter_page();
    place(page, "Jane Doe", 40, 30, 24, word_bold);
    place(page, "Employment", 40, 70, 14, word_bold);
    place(page, "FULL-STACK DEVELOPER", 40, 94, 10, word_bold);
    place(page, "Built the billing service and ran it for three years with a team of four", 40, 110);
    place(page, "Education", 40, 140, 14, word_bold);
    place(page, "BSc Computer Science, University of Lisbon, 2014 to 2017", 40, 164);
    DocumentLayout layout = lay_out_page(std::move(page));
    int employment = find(layout, "Employment"), role = find(layout, "FULL-STACK DEVELOPER"), education = find(layout, "Education");
    ASSERT_GE(employment, 0);
    ASSERT_GE(role, 0);
    ASSERT_GE(education, 0);
    EXPECT_EQ(layout.blocks[employment].level, 2u);
    EXPECT_EQ(layout.blocks[education].level, 2u);
    EXPECT_EQ(layout.blocks[role].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[role].level, 3u);
}

TEST(PdfLayoutClasses, NumberedHeadingsAreNoListItems) {
    PageContent page = letter_page();
    place(page, "Jane Doe", 40, 30, 24, word_bold);
    place(page, "01. Work Experience", 40, 70, 12, word_bold);
    place(page, "Backend engineer at Northgate Payments from 2020 to 2024", 40, 90);
    place(page, "1. Owned the ledger service", 40, 104);
    place(page, "2. Led a team of four", 40, 118);
    DocumentLayout layout = lay_out_page(std::move(page));
    int heading = find(layout, "01. Work Experience"), item = find(layout, "Owned the ledger service");
    ASSERT_GE(heading, 0) << ::testing::PrintToString(texts_of(layout));
    ASSERT_GE(item, 0);
    EXPECT_EQ(layout.blocks[heading].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(layout.blocks[item].kind, RH_BLOCK_LIST_ITEM);
    EXPECT_TRUE(layout.blocks[item].flags & RH_BLOCK_ORDERED);
}

TEST(PdfLayoutClasses, AddressesBrokenAcrossLinesAreRejoined) {
    PageContent page = letter_page();
    place(page, "jane-", 40, 100);
    place(page, "doe.smith@example.org", 40, 112);
    place(page, "https://www.example.org/~jane-", 40, 124);
    place(page, "smith", 40, 136);
    page.links.push_back(LinkArea{Box{38, 114, 200, 138}, "https://www.example.org/~jane-smith"});
    place(page, "building e-", 40, 148);
    place(page, "commerce systems", 40, 160);
    DocumentLayout layout = lay_out_page(std::move(page));
    std::vector<std::string> lines;
    for (const auto& b : layout.blocks)
        for (const auto& l : b.lines) lines.push_back(l.text());
    ASSERT_EQ(lines.size(), 4u) << ::testing::PrintToString(lines);
    EXPECT_EQ(lines[0], "jane-doe.smith@example.org");
    EXPECT_EQ(lines[1], "https://www.example.org/~jane-smith");
    EXPECT_EQ(lines[2], "building e-");  // a word broken in text is left to the reader
    EXPECT_EQ(lines[3], "commerce systems");
}

// A main section running on to page 2 stays whole: the sidebar read between
// its two halves waits for the main column's next heading.
TEST(PdfLayoutClasses, SidebarWaitsForTheMainColumnsNextHeading) {
    auto block = [](rh_block_kind kind, uint32_t page, bool side, std::string text) {
        BlockData b;
        b.kind = kind;
        b.loc.page = page;
        if (side) b.flags |= RH_BLOCK_IN_SIDEBAR;
        LineData l;
        SpanData span;
        span.text = std::move(text);
        l.spans.push_back(std::move(span));
        b.lines.push_back(std::move(l));
        return b;
    };
    std::vector<BlockData> blocks = {
        block(RH_BLOCK_HEADING, 1, false, "Jane Doe"),
        block(RH_BLOCK_HEADING, 1, true, "Contact"),  // a sidebar read before the main column stays
        block(RH_BLOCK_HEADING, 1, false, "Experience"),
        block(RH_BLOCK_PARAGRAPH, 1, false, "Engineer 2020 - 2022"),
        block(RH_BLOCK_HEADING, 1, true, "Skills"),
        block(RH_BLOCK_PARAGRAPH, 1, true, "Go, Kafka"),
        block(RH_BLOCK_LIST_ITEM, 2, false, "Cut latency by 40%"),
        block(RH_BLOCK_HEADING, 2, false, "Education"),
        block(RH_BLOCK_PARAGRAPH, 2, false, "BSc"),
        block(RH_BLOCK_HEADING, 2, true, "Languages"),
    };
    detail::keep_sidebars_apart(blocks);
    std::vector<std::string> order;
    for (const auto& b : blocks) order.push_back(b.lines[0].text());
    EXPECT_EQ(order, (std::vector<std::string>{"Jane Doe", "Contact", "Experience", "Engineer 2020 - 2022", "Cut latency by 40%",
                                               "Skills", "Go, Kafka", "Education", "BSc", "Languages"}));
}

}  // namespace
}  // namespace reshost::pdf
