// What the DOCX importer reads from a document's layout rather than its
// markup: headings told by their typography, the reading order of floating
// text boxes and sidebar tables, and the pages a document fills.
#include "docx_package.hpp"

#include <gtest/gtest.h>

namespace reshost::test {
namespace {

std::string styles_with(const std::string& styles, int body_half_points = 20) {
    return std::string("<?xml version=\"1.0\"?><w:styles") + namespaces + "><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"" +
           std::to_string(body_half_points) + "\"/></w:rPr></w:rPrDefault></w:docDefaults>" +
           "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" + styles +
           "</w:styles>";
}

std::string size(int half_points) { return "<w:sz w:val=\"" + std::to_string(half_points) + "\"/>"; }

// A table of one row of cells, each `{width in twips, shading, paragraphs}`.
struct Cell {
    int width;
    std::string fill, content;
};
std::string row_table(const std::vector<Cell>& cells) {
    std::string grid, row;
    for (const auto& c : cells) {
        grid += "<w:gridCol w:w=\"" + std::to_string(c.width) + "\"/>";
        row += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(c.width) + "\" w:type=\"dxa\"/>" +
               (c.fill.empty() ? "" : "<w:shd w:val=\"clear\" w:fill=\"" + c.fill + "\"/>") + "</w:tcPr>" + c.content + "</w:tc>";
    }
    return "<w:tbl><w:tblGrid>" + grid + "</w:tblGrid><w:tr>" + row + "</w:tr></w:tbl>";
}

// A text box anchored to the page at `x`, `y` (points), `width` by `height`.
std::string text_box(int x, int y, int width, int height, const std::string& content) {
    auto emu = [](int points) { return std::to_string(points * 12700); };
    return "<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom=\"page\"><wp:posOffset>" + emu(x) +
           "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"page\"><wp:posOffset>" + emu(y) +
           "</wp:posOffset></wp:positionV><wp:extent cx=\"" + emu(width) + "\" cy=\"" + emu(height) +
           "\"/><wp:wrapSquare wrapText=\"bothSides\"/><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData>"
           "<wps:wsp><wps:txbx><w:txbxContent>" + content +
           "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>";
}

constexpr const char* letter_page =
    "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>";

TEST(DocxLayout, HeadingsToldByTheirTypography) {
    std::string styles = styles_with(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"SectionTitle\"><w:name w:val=\"Section Title\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\"/></w:pBdr></w:pPr>"
        "<w:rPr><w:b/><w:caps/></w:rPr></w:style>");
    CollectedDocument doc =
        Package()
            .body(p(r("Jane Roe", size(40))) + p(r("jane@example.com | +1 555 0100")) + p(r("Work history"), style("SectionTitle")) +
                  p(r("Backend Engineer, Acme", "<w:b/>")) + p(r("Key achievements", "<w:b/>")) +
                  p(r("Shipped the billing service in Go.")) + p(r("EDUCATION", "<w:b/>")) +
                  p(r("BSc Computer Science, 2019")) + p(r("PROFILE")) + p(r("Born in 1990 in Lyon.", "<w:b/><w:caps/>")) +
                  p(r("Projects", "<w:b/><w:color w:val=\"2E7D32\"/>"), "<w:spacing w:before=\"200\"/>") +
                  p(r("Acme Corp", "<w:b/><w:color w:val=\"2E7D32\"/>")))
            .part("word/styles.xml", styles)
            .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // The name in large type is the most prominent; the bold capitals, under a rule or not
    // (a rule alone makes no level of its own), and a coloured bold line with space above
    // come next. Bold words
    // in running case, capitals in body weight, sentences and coloured bold words run on
    // from the paragraph above stay paragraphs.
    EXPECT_EQ(doc.dump(), "h1 word/document.xml#1: Jane Roe\n"
                          "p word/document.xml#2: jane@example.com | +1 555 0100\n"
                          "h2 word/document.xml#3: Work history\n"
                          "p word/document.xml#4: Backend Engineer, Acme\n"
                          "p word/document.xml#5: Key achievements\n"
                          "p word/document.xml#6: Shipped the billing service in Go.\n"
                          "h2 word/document.xml#7: EDUCATION\n"
                          "p word/document.xml#8: BSc Computer Science, 2019\n"
                          "p word/document.xml#9: PROFILE\n"
                          "p word/document.xml#10: Born in 1990 in Lyon.\n"
                          "h3 word/document.xml#11: Projects\n"
                          "p word/document.xml#12: Acme Corp\n");
}

TEST(DocxLayout, HeadingsInShadedCellsAndBesideStyledHeadings) {
    std::string styles = styles_with(
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>");
    CollectedDocument doc =
        Package()
            .body(p(r("Jane Roe", "<w:b/>" + size(48))) + p(r("Experience"), style("Heading1")) +
                  p(r("Engineer at Acme")) + p(r("Projects", "<w:b/>" + size(28))) + p(r("SIDE WORK", "<w:b/>")) +
                  row_table({{9000, "1F4E79", p(r("Skills", "<w:b/>"))}}) +
                  row_table({{4500, "DDDDDD", p(r("Go")) + p(r("Rust"))}, {4500, "", p(r("Tools"))}}))
            .part("word/styles.xml", styles)
            .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // A document with styled headings: what looks like them joins them at their level, a
    // title far larger than them heads the page, other bold capitals stay paragraphs.
    EXPECT_EQ(doc.dump(), "h1 word/document.xml#1: Jane Roe\n"
                          "h1 word/document.xml#2: Experience\n"
                          "p word/document.xml#3: Engineer at Acme\n"
                          "h1 word/document.xml#4: Projects\n"
                          "p word/document.xml#5: SIDE WORK\n"
                          "td [table] word/document.xml#6: Skills\n"
                          "td [table] word/document.xml#7: Go\n"
                          "td [table] word/document.xml#8: Rust\n"
                          "td [table] word/document.xml#9: Tools\n");

    // Without styled headings, a short bold line alone in a shaded cell is one; a shaded
    // cell of several lines is not.
    CollectedDocument plain = Package()
                                  .body(p(r("Jane Roe")) + row_table({{9000, "1F4E79", p(r("Skills", "<w:b/>"))}}) +
                                        p(r("Go, Rust")) + row_table({{4500, "DDDDDD", p(r("Go", "<w:b/>")) + p(r("Rust"))}}))
                                  .part("word/styles.xml", styles_with(""))
                                  .import();
    EXPECT_EQ(plain.dump(), "p word/document.xml#1: Jane Roe\n"
                            "h1 [table] word/document.xml#2: Skills\n"
                            "p word/document.xml#3: Go, Rust\n"
                            "td [table] word/document.xml#4: Go\n"
                            "td [table] word/document.xml#5: Rust\n");
}

TEST(DocxLayout, TextBoxesRightOfTheBodyAreReadAfterTheTextBesideThem) {
    std::string sidebar = text_box(400, 72, 160, 648, p(r("Skills")) + p(r("Go, Rust")));
    std::string contact = text_box(400, 60, 160, 80, p(r("jane@example.com")) + p(r("+1 555 0100")));
    std::string left = text_box(20, 72, 100, 648, p(r("Left note")));
    CollectedDocument doc = Package()
                                .body(p(sidebar + contact + left) + p(r("Jane Roe", size(56))) + p(r("Backend engineer")) +
                                      p(r("Experience")) + p(r("Engineer at Acme")) + letter_page)
                                .part("word/styles.xml", styles_with(""))
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // The name, the page's title, comes first; the left box stays where it is anchored;
    // the short box beside the name follows the name; the tall sidebar on the right
    // comes after the whole body.
    EXPECT_EQ(doc.dump(), "h1 word/document.xml#7: Jane Roe\n"
                          "p [box] word/document.xml#6: Left note\n"
                          "p [box] word/document.xml#4: jane@example.com\n"
                          "p [box] word/document.xml#5: +1 555 0100\n"
                          "p word/document.xml#8: Backend engineer\n"
                          "p word/document.xml#9: Experience\n"
                          "p word/document.xml#10: Engineer at Acme\n"
                          "p [box] word/document.xml#2: Skills\n"
                          "p [box] word/document.xml#3: Go, Rust\n");
}

TEST(DocxLayout, TheMainColumnsMastheadComesBeforeALeftSidebar) {
    std::string styles = styles_with(
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/></w:style>");
    CollectedDocument doc =
        Package()
            .body(row_table({{2800, "EEEEEE", p(r("Skills"), style("Heading1")) + p(r("Go, Rust"))},
                             {7000, "", p(r("Jane Roe")) + p(r("jane@example.com")) + p(r("Experience"), style("Heading1")) +
                                            p(r("Engineer at Acme"))}}) +
                  row_table({{4500, "", p(r("Wide left"))}, {4500, "", p(r("Wide right"))}}))
            .part("word/styles.xml", styles)
            .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // Left column first, but the name and contact lines above the main column's first
    // heading head the page. Columns of equal width keep their order.
    EXPECT_EQ(doc.dump(), "td [table] word/document.xml#3: Jane Roe\n"
                          "td [table] word/document.xml#4: jane@example.com\n"
                          "h1 [table] word/document.xml#1: Skills\n"
                          "td [table] word/document.xml#2: Go, Rust\n"
                          "h1 [table] word/document.xml#5: Experience\n"
                          "td [table] word/document.xml#6: Engineer at Acme\n"
                          "td [table] word/document.xml#7: Wide left\n"
                          "td [table] word/document.xml#8: Wide right\n");
}

TEST(DocxLayout, ABodysMastheadComesBeforeATallBoxOnItsLeft) {
    std::string styles = styles_with(
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/></w:style>");
    std::string sidebar = text_box(20, 72, 150, 600, p(r("Skills"), style("Heading1")) + p(r("Go, Rust")));
    CollectedDocument doc = Package()
                                .body(p(sidebar) + p(r("Jane Roe")) + p(r("jane@example.com")) +
                                      p(r("Experience"), style("Heading1")) + p(r("Engineer at Acme")) + letter_page)
                                .part("word/styles.xml", styles)
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "p word/document.xml#4: Jane Roe\n"
                          "p word/document.xml#5: jane@example.com\n"
                          "h1 [box] word/document.xml#2: Skills\n"
                          "p [box] word/document.xml#3: Go, Rust\n"
                          "h1 word/document.xml#6: Experience\n"
                          "p word/document.xml#7: Engineer at Acme\n");
}

TEST(DocxLayout, ThePagesTitleIsReadFirstWhereverItStands) {
    CollectedDocument doc =
        Package()
            .body(row_table({{2800, "EEEEEE", p(r("SKILLS", "<w:b/>")) + p(r("Go, Rust")) + p(r("LANGUAGES", "<w:b/>")) +
                                                  p(r("English")) + p(r("Jane Roe", size(48))) + p(r("jane@example.com"))},
                             {7000, "", p(r("EXPERIENCE", "<w:b/>")) + p(r("Engineer at Acme"))}}))
            .part("word/styles.xml", styles_with(""))
            .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // The name at the foot of the sidebar, in type far larger than the rest, heads the reading order.
    EXPECT_EQ(doc.dump(), "h1 [table] word/document.xml#5: Jane Roe\n"
                          "h2 [table] word/document.xml#1: SKILLS\n"
                          "td [table] word/document.xml#2: Go, Rust\n"
                          "h2 [table] word/document.xml#3: LANGUAGES\n"
                          "td [table] word/document.xml#4: English\n"
                          "td [table] word/document.xml#6: jane@example.com\n"
                          "h2 [table] word/document.xml#7: EXPERIENCE\n"
                          "td [table] word/document.xml#8: Engineer at Acme\n");
}

TEST(DocxLayout, AHeaderWithoutRelationshipsUsesTheDocuments) {
    std::string header = std::string("<?xml version=\"1.0\"?><w:hdr") + namespaces + ">" +
                         p("<w:hyperlink r:id=\"rId5\">" + r("GitHub") + "</w:hyperlink>") + "</w:hdr>";
    CollectedDocument doc = Package()
                                .body(p(r("Jane Roe")) + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/></w:sectPr>")
                                .rel("rId5", "hyperlink", "https://github.com/janeroe", true)
                                .rel("rId7", "header", "header1.xml")
                                .part("word/header1.xml", header)
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    ASSERT_EQ(doc.links.size(), 1u);
    EXPECT_EQ(doc.links[0].url, "https://github.com/janeroe");
    EXPECT_EQ(doc.links[0].text, "GitHub");
    EXPECT_EQ(doc.links[0].at.part, "word/header1.xml");
}

TEST(DocxLayout, TypedBulletsNestByTheirIndents) {
    auto item = [](const std::string& text, int indent) {
        return p("<w:r><w:t>\xE2\x80\x93</w:t><w:tab/><w:t>" + text + "</w:t></w:r>",
                 "<w:ind w:left=\"" + std::to_string(indent) + "\" w:hanging=\"360\"/>");
    };
    CollectedDocument doc = Package()
                                .body(item("Led the migration", 360) + item("Wrote the plan", 720) + item("Ran the reviews", 720) +
                                      item("Cut costs by 30%", 360) + p(r("Next role")) + item("Shipped the API", 720))
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "li1 \xE2\x80\x93 word/document.xml#1: Led the migration\n"
                          "li2 \xE2\x80\x93 word/document.xml#2: Wrote the plan\n"
                          "li2 \xE2\x80\x93 word/document.xml#3: Ran the reviews\n"
                          "li1 \xE2\x80\x93 word/document.xml#4: Cut costs by 30%\n"
                          "p word/document.xml#5: Next role\n"
                          "li1 \xE2\x80\x93 word/document.xml#6: Shipped the API\n");
}

// `count` paragraphs of one line of body text, with `spacing` (a w:spacing element) each.
std::string lines_of_text(int count, const std::string& spacing = "") {
    std::string out;
    for (int i = 0; i < count; ++i) out += p(r("A line of running text " + std::to_string(i)), spacing);
    return out;
}

std::string pages_of(const std::string& body, const std::string& styles = styles_with("", 22)) {
    CollectedDocument doc = Package().body(body).part("word/styles.xml", styles).import();
    EXPECT_EQ(doc.meta["pages_estimated"], "true");
    return doc.meta["pages"];
}

TEST(DocxLayout, PagesFromTheLayout) {
    // 11 pt lines on a Letter page with 1 in margins: about fifty lines a page.
    EXPECT_EQ(pages_of(lines_of_text(40) + letter_page), "1");
    EXPECT_EQ(pages_of(lines_of_text(60) + letter_page), "2");
    // Space after each paragraph, and a larger size, fill pages sooner.
    EXPECT_EQ(pages_of(lines_of_text(40, "<w:spacing w:after=\"240\"/>") + letter_page), "2");
    EXPECT_EQ(pages_of(lines_of_text(40) + letter_page, styles_with("", 28)), "2");
    // Long paragraphs wrap at the page's width; narrower margins hold more.
    std::string long_text(900, 'x');
    for (std::size_t i = 8; i < long_text.size(); i += 9) long_text[i] = ' ';
    std::string paragraphs;
    for (int i = 0; i < 6; ++i) paragraphs += p(r(long_text));
    EXPECT_EQ(pages_of(paragraphs + letter_page), "2");
    EXPECT_EQ(pages_of(paragraphs + "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"360\" w:right=\"360\" "
                                    "w:bottom=\"360\" w:left=\"360\"/></w:sectPr>"),
              "1");
    // Two text columns hold twice the lines; a column break moves on to the next column.
    std::string two_columns = "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
                              "w:bottom=\"1440\" w:left=\"1440\"/><w:cols w:num=\"2\" w:space=\"720\"/></w:sectPr>";
    EXPECT_EQ(pages_of(lines_of_text(80) + two_columns), "1");
    EXPECT_EQ(pages_of(lines_of_text(30) + p("<w:r><w:br w:type=\"column\"/></w:r>") + lines_of_text(30) + two_columns), "1");
    EXPECT_EQ(pages_of(lines_of_text(30) + p("<w:r><w:br w:type=\"page\"/></w:r>") + lines_of_text(30) + letter_page), "2");
    // Table rows are as tall as their tallest cell.
    std::string cells = row_table({{4000, "", lines_of_text(45)}, {4000, "", lines_of_text(10)}});
    EXPECT_EQ(pages_of(cells + letter_page), "1");
    EXPECT_EQ(pages_of(cells + lines_of_text(10) + letter_page), "2");
}

}  // namespace
}  // namespace reshost::test
