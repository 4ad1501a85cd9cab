// Word packages written by the tests with libzip, each showing one feature:
// styles, numbering, tracked changes, mc:AlternateContent, links, breaks and
// symbols, headers and footers, images, and the package limits.
#include "docx_package.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <unistd.h>

namespace reshost::test {
namespace {

TEST(DocxSynthetic, StylesGiveHeadingsAndRunFormatting) {
    std::string styles = std::string("<?xml version=\"1.0\"?><w:styles") + namespaces + ">"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\"/><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:rPr><w:rFonts w:asciiTheme=\"majorHAnsi\"/><w:b/><w:sz w:val=\"56\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"RoleLine\"><w:name w:val=\"Role line\"/><w:basedOn w:val=\"Heading2\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"LoopA\"><w:name w:val=\"Loop A\"/><w:basedOn w:val=\"LoopB\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"LoopB\"><w:name w:val=\"Loop B\"/><w:basedOn w:val=\"LoopA\"/></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>"
        "</w:styles>";
    std::string theme =
        R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>)"
        R"(<a:majorFont><a:latin typeface="Heading Face"/></a:majorFont><a:minorFont><a:latin typeface="Body Face"/></a:minorFont>)"
        R"(</a:fontScheme></a:themeElements></a:theme>)";
    CollectedDocument doc = Package()
                                .body(p(r("Jane Roe"), style("Title")) + p(r("Acme Corp"), style("RoleLine")) +
                                      p(r("Outline three"), "<w:outlineLvl w:val=\"2\"/>") + p(r("Looping style"), style("LoopA")) +
                                      p(r("Plain ") + "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/><w:i/></w:rPr><w:t>strong</w:t></w:r>") +
                                      p(r("Not bold", "<w:b w:val=\"0\"/>"), style("Title")))
                                .part("word/styles.xml", styles)
                                .part("word/theme/theme1.xml", theme)
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "h1 word/document.xml#1: Jane Roe\n"
                          "h2 word/document.xml#2: Acme Corp\n"
                          "h3 word/document.xml#3: Outline three\n"
                          "p word/document.xml#4: Looping style\n"
                          "p word/document.xml#5: Plain strong\n"
                          "h1 word/document.xml#6: Not bold\n");
    const Span& title = doc.blocks[0].lines[0].spans[0];
    EXPECT_EQ(title.font, "Heading Face");
    EXPECT_FLOAT_EQ(title.size, 28.0f);
    EXPECT_EQ(title.flags, static_cast<uint32_t>(RH_SPAN_BOLD));
    const auto& spans = doc.blocks[4].lines[0].spans;
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[0].font, "Body Face");
    EXPECT_FLOAT_EQ(spans[0].size, 11.0f);
    EXPECT_EQ(spans[0].flags, 0u);
    EXPECT_EQ(spans[1].text, "strong");
    EXPECT_EQ(spans[1].flags, static_cast<uint32_t>(RH_SPAN_BOLD | RH_SPAN_ITALIC));
    EXPECT_EQ(doc.blocks[5].lines[0].spans[0].flags, 0u);
    ASSERT_NE(doc.font("Heading Face"), nullptr);
    EXPECT_FALSE(doc.font("Heading Face")->symbolic);
}

TEST(DocxSynthetic, NumberingGivesListItemsWithMarkers) {
    std::string numbering = std::string("<?xml version=\"1.0\"?><w:numbering") + namespaces + ">"
        "<w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"1\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1.%2)\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%3\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"2\"><w:styleLink w:val=\"RomanList\"/>"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"4\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%1)\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"3\"><w:numStyleLink w:val=\"RomanList\"/></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
        "</w:numbering>";
    std::string styles = std::string("<?xml version=\"1.0\"?><w:styles") + namespaces + ">"
        "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:pPr>" + numbered(1, 0) +
        "</w:pPr></w:style></w:styles>";
    CollectedDocument doc = Package()
                                .body(p(r("Bullet one"), numbered(1, 0)) + p(r("Nested number"), numbered(1, 1)) +
                                      p(r("Bullet by style"), style("ListBullet")) + p(r("First"), numbered(2, 0)) +
                                      p(r("Second"), numbered(2, 0)) + p(r("Sub a"), numbered(2, 1)) + p(r("Sub b"), numbered(2, 1)) +
                                      p(r("Deep"), numbered(2, 2)) + p(r("Third"), numbered(2, 0)) + p(r("Sub again"), numbered(2, 1)) +
                                      p(r("Restarted"), numbered(3, 0)) + p(r("Not a list"), numbered(0, 0)) +
                                      p(r("Unknown list"), numbered(9, 0)) + p(r("Linked style"), numbered(4, 0)) +
                                      p(r("Undefined level"), numbered(4, 3)))
                                .part("word/numbering.xml", numbering)
                                .part("word/styles.xml", styles)
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "li1 • word/document.xml#1: Bullet one\n"
                          "li2 1. [ordered] word/document.xml#2: Nested number\n"
                          "li1 • word/document.xml#3: Bullet by style\n"
                          "li1 1. [ordered] word/document.xml#4: First\n"
                          "li1 2. [ordered] word/document.xml#5: Second\n"
                          "li2 2.a) [ordered] word/document.xml#6: Sub a\n"
                          "li2 2.b) [ordered] word/document.xml#7: Sub b\n"
                          "li3 I [ordered] word/document.xml#8: Deep\n"
                          "li1 3. [ordered] word/document.xml#9: Third\n"
                          "li2 3.a) [ordered] word/document.xml#10: Sub again\n"
                          "li1 5. [ordered] word/document.xml#11: Restarted\n"
                          "p word/document.xml#12: Not a list\n"
                          "p word/document.xml#13: Unknown list\n"
                          "li1 (iv) [ordered] word/document.xml#14: Linked style\n"
                          "li4 word/document.xml#15: Undefined level\n");
}

TEST(DocxSynthetic, TrackedChangesKeepInsertionsDropDeletions) {
    CollectedDocument doc = Package()
                                .body(p(r("Kept ") + "<w:ins w:id=\"1\" w:author=\"x\">" + r("inserted") + "</w:ins>" +
                                        "<w:del w:id=\"2\" w:author=\"x\"><w:r><w:delText>deleted</w:delText></w:r></w:del>" +
                                        "<w:moveFrom w:id=\"3\" w:author=\"x\">" + r(" moved away") + "</w:moveFrom>" +
                                        "<w:moveTo w:id=\"4\" w:author=\"x\">" + r(" moved here") + "</w:moveTo>") +
                                      p(r("Hidden", "<w:vanish/>") + r("Shown")))
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "p word/document.xml#1: Kept inserted moved here\n"
                          "p word/document.xml#2: Shown\n");
}

TEST(DocxSynthetic, AlternateContentIsReadOnce) {
    std::string box_choice =
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:extent cx=\"914400\" cy=\"457200\"/><wp:docPr id=\"1\" name=\"Text Box 1\"/>"
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" + p(r("Boxed once")) + p(r("Second box line")) +
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>";
    std::string box_fallback = "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + p(r("Boxed once")) +
                               p(r("Second box line")) + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>";
    std::string unknown = "<mc:AlternateContent><mc:Choice Requires=\"w99\">" + p(r("Not understood")) +
                          "</mc:Choice><mc:Fallback>" + p(r("Fallback text")) + "</mc:Fallback></mc:AlternateContent>";
    CollectedDocument doc = Package()
                                .body(p(r("Anchor") + "<w:r><mc:AlternateContent>" + box_choice + box_fallback +
                                        "</mc:AlternateContent></w:r>") +
                                      unknown + p(r("After")))
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // Paragraph numbers count every w:p of the part, read or not.
    EXPECT_EQ(doc.dump(), "p word/document.xml#1: Anchor\n"
                          "p [box] word/document.xml#2: Boxed once\n"
                          "p [box] word/document.xml#3: Second box line\n"
                          "p word/document.xml#7: Fallback text\n"
                          "p word/document.xml#8: After\n");
}

TEST(DocxSynthetic, HyperlinksFromRelationshipsAndFields) {
    std::string field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://github.com/jane\" \\o \"tip\" </w:instrText></w:r>"
                        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("github.com/jane") +
                        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    std::string page_field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                             "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("7") +
                             "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    CollectedDocument doc = Package()
                                .body(p(r("Links: ") + "<w:hyperlink r:id=\"rId5\">" + r("Portfolio") + "</w:hyperlink>" + r(" ") + field +
                                        r(" ") + "<w:fldSimple w:instr=\" HYPERLINK &quot;mailto:jane@example.com&quot; \">" +
                                        r("jane@example.com") + "</w:fldSimple>" + r(" ") +
                                        "<w:hyperlink w:anchor=\"top\">" + r("Top") + "</w:hyperlink>") +
                                      p(r("Page ") + page_field))
                                .rel("rId5", "hyperlink", "https://example.com/jane", true)
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "p word/document.xml#1: Links: Portfolio github.com/jane jane@example.com Top\n"
                          "p word/document.xml#2: Page 7\n");
    ASSERT_EQ(doc.links.size(), 3u);
    EXPECT_EQ(doc.links[0].url, "https://example.com/jane");
    EXPECT_EQ(doc.links[0].text, "Portfolio");
    EXPECT_EQ(doc.links[1].url, "https://github.com/jane");
    EXPECT_EQ(doc.links[1].text, "github.com/jane");
    EXPECT_EQ(doc.links[2].url, "mailto:jane@example.com");
    EXPECT_EQ(doc.links[2].text, "jane@example.com");
    for (const auto& l : doc.links) {
        EXPECT_EQ(l.at.part, "word/document.xml");
        EXPECT_EQ(l.at.paragraph, 1u);
    }
    std::vector<std::string> linked;
    for (const auto& s : doc.blocks[0].lines[0].spans)
        if (s.flags & RH_SPAN_LINK) linked.push_back(s.text + " -> " + s.link);
    EXPECT_EQ(linked, (std::vector<std::string>{"Portfolio -> https://example.com/jane", "github.com/jane -> https://github.com/jane",
                                                "jane@example.com -> mailto:jane@example.com"}));
}

TEST(DocxSynthetic, BreaksTabsHyphensAndSymbols) {
    CollectedDocument doc = Package()
                                .body(p("<w:r><w:t>Line one</w:t><w:tab/><w:t>tabbed</w:t><w:br/><w:t>co</w:t><w:softHyphen/>"
                                        "<w:t>oper\xC2\xAD" "ate e</w:t><w:noBreakHyphen/><w:t>mail</w:t><w:cr/><w:t>third</w:t></w:r>"
                                        "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A7\"/><w:sym w:font=\"Symbol\" w:char=\"B7\"/></w:r>"))
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    ASSERT_EQ(doc.blocks.size(), 1u);
    const Block& b = doc.blocks[0];
    ASSERT_EQ(b.lines.size(), 3u);
    EXPECT_EQ(b.lines[0].text, "Line one\ttabbed");
    EXPECT_EQ(b.lines[1].text, "cooperate e-mail");
    EXPECT_EQ(b.lines[2].text, "third\xEF\x82\xA7\xEF\x82\xB7");  // U+F0A7 U+F0B7
    EXPECT_EQ(b.text, "Line one\ttabbed\ncooperate e-mail\nthird\xEF\x82\xA7\xEF\x82\xB7");
    ASSERT_EQ(b.lines[2].spans.size(), 3u);
    EXPECT_EQ(b.lines[2].spans[1].font, "Wingdings");
    EXPECT_EQ(b.lines[2].spans[2].font, "Symbol");
    ASSERT_NE(doc.font("Wingdings"), nullptr);
    EXPECT_TRUE(doc.font("Wingdings")->symbolic);
    ASSERT_NE(doc.font("Symbol"), nullptr);
    EXPECT_TRUE(doc.font("Symbol")->symbolic);
}

TEST(DocxSynthetic, HeadersFirstFootersLastEachPartOnce) {
    std::string refs = "<w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:headerReference w:type=\"first\" r:id=\"rId3\"/>"
                       "<w:footerReference w:type=\"default\" r:id=\"rId2\"/>";
    std::string header = std::string("<?xml version=\"1.0\"?><w:hdr") + namespaces + ">" + p(r("Jane Roe | jane@example.com")) + "</w:hdr>";
    std::string footer = std::string("<?xml version=\"1.0\"?><w:ftr") + namespaces + ">" + p(r("Page footer")) + "</w:ftr>";
    CollectedDocument doc =
        Package()
            .body(p(r("Section one"), "<w:sectPr>" + refs + "<w:cols w:num=\"2\" w:space=\"720\"/></w:sectPr>") + p(r("Section two")) +
                  "<w:sectPr>" + refs + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:cols w:space=\"720\"/></w:sectPr>")
            .rel("rId1", "header", "header1.xml")
            .rel("rId3", "header", "/word/header1.xml")
            .rel("rId2", "footer", "footer1.xml")
            .part("word/header1.xml", header)
            .part("word/footer1.xml", footer)
            .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "p [header] word/header1.xml#1: Jane Roe | jane@example.com\n"
                          "p word/document.xml#1: Section one\n"
                          "p word/document.xml#2: Section two\n"
                          "p [footer] word/footer1.xml#1: Page footer\n");
    EXPECT_EQ(doc.meta["columns"], "2");
    // No docProps/app.xml: the count is estimated; a new-page section break makes two.
    EXPECT_EQ(doc.meta["pages"], "2");
    EXPECT_EQ(doc.meta["pages_estimated"], "true");
    EXPECT_EQ(doc.pages, 2u);
}

TEST(DocxSynthetic, ImagesWithTheirSize) {
    std::string drawing =
        "<w:r><w:drawing><wp:inline><wp:extent cx=\"1270000\" cy=\"635000\"/><wp:docPr id=\"1\" name=\"Picture 1\" descr=\"Photo\"/>"
        "<a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"rId9\"/></pic:blipFill></pic:pic></a:graphicData>"
        "</a:graphic></wp:inline></w:drawing></w:r>";
    std::string vml = "<w:r><w:pict><v:shape style=\"width:36pt;height:0.5in\"><v:imagedata r:id=\"rId10\"/></v:shape></w:pict></w:r>";
    CollectedDocument doc = Package()
                                .body(p(r("Name") + drawing) + p(vml))
                                .rel("rId9", "image", "media/photo.png")
                                .rel("rId10", "image", "http://example.com/logo.png", true)
                                .part("word/media/photo.png", "not really a png")
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "p word/document.xml#1: Name\n");
    ASSERT_EQ(doc.images.size(), 2u);
    EXPECT_EQ(doc.images[0].alt, "Photo");
    EXPECT_EQ(doc.images[0].target, "word/media/photo.png");
    EXPECT_FLOAT_EQ(doc.images[0].width, 100.0f);
    EXPECT_FLOAT_EQ(doc.images[0].height, 50.0f);
    EXPECT_NEAR(doc.images[0].page_share, 5000.0f / (612.0f * 792.0f), 1e-6);
    EXPECT_EQ(doc.images[0].at.paragraph, 1u);
    EXPECT_EQ(doc.images[1].target, "http://example.com/logo.png");
    EXPECT_FLOAT_EQ(doc.images[1].width, 36.0f);
    EXPECT_FLOAT_EQ(doc.images[1].height, 36.0f);
    EXPECT_EQ(doc.images[1].at.paragraph, 2u);
}

TEST(DocxSynthetic, PackageLimits) {
    // 4 MiB of one byte deflates about a thousandfold: over the ratio limit.
    CollectedDocument bomb = Package().body(p(r("x"))).part("word/media/blank.bin", std::string(4u << 20, 'a')).import();
    EXPECT_EQ(bomb.status, RH_STATUS_FAILED);
    EXPECT_EQ(bomb.failure.rfind("zip bomb guard: word/media/blank.bin inflates ", 0), 0u) << bomb.failure;
    EXPECT_NE(bomb.failure.find(":1 (limit 200:1)"), std::string::npos) << bomb.failure;

    plugin().config()["docx.max_entries"] = "2";
    CollectedDocument many = Package().body(p(r("x"))).import();
    plugin().config().clear();
    EXPECT_EQ(many.failure, "zip archive has too many entries: 3 (limit 2)");

    // Random-looking bytes do not compress; together they pass a 1 MiB budget.
    std::string noise(700u << 10, '\0');
    uint32_t state = 12345;
    for (char& c : noise) c = static_cast<char>((state = state * 1103515245u + 12345u) >> 24);
    plugin().config()["docx.max_inflated_mib"] = "1";
    CollectedDocument big = Package().body(p(r("x"))).part("word/media/a.bin", noise).part("word/media/b.bin", noise).import();
    plugin().config().clear();
    EXPECT_EQ(big.failure, "zip bomb guard: the archive would inflate to more than 1 MiB");
}

TEST(DocxSynthetic, BrokenPartsSayWhich) {
    CollectedDocument styles = Package().body(p(r("x"))).part("word/styles.xml", "<w:styles><w:style></w:styles>").import();
    EXPECT_EQ(styles.status, RH_STATUS_FAILED);
    EXPECT_EQ(styles.failure.rfind("word/styles.xml is not well-formed XML: ", 0), 0u) << styles.failure;
    EXPECT_NE(styles.failure.find(" at offset "), std::string::npos);

    CollectedDocument wrong_root = Package().part("word/document.xml", "<html><body>hello</body></html>").import();
    EXPECT_EQ(wrong_root.failure, "not a Word document: word/document.xml has no w:document element");

    CollectedDocument no_body = Package().part("word/document.xml", std::string("<w:document") + namespaces + "/>").import();
    EXPECT_EQ(no_body.status, RH_STATUS_OK);
    EXPECT_TRUE(no_body.blocks.empty());
}

TEST(DocxSynthetic, TablesInTablesAndTextBoxesInCells) {
    std::string inner = "<w:tbl><w:tr><w:tc>" + p(r("Inner cell")) + "</w:tc></w:tr></w:tbl>";
    CollectedDocument doc = Package()
                                .body("<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>" + p(r("Left")) + p(r("Left two")) + "</w:tc><w:tc>" + inner +
                                      p(r("- Typed bullet in a cell")) + "</w:tc></w:tr></w:tbl>" + p(r("Body")))
                                .import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "td [table] word/document.xml#1: Left\n"
                          "td [table] word/document.xml#2: Left two\n"
                          "td [table] word/document.xml#3: Inner cell\n"
                          "li1 - [table] word/document.xml#4: Typed bullet in a cell\n"
                          "p word/document.xml#5: Body\n");
}

TEST(DocxSynthetic, DeepNestingIsCutOffNotFollowed) {
    // 20000 nested content controls: read to a fixed depth, counted past it.
    std::string open, close;
    for (int i = 0; i < 20000; ++i) {
        open += "<w:sdt><w:sdtContent>";
        close += "</w:sdtContent></w:sdt>";
    }
    CollectedDocument doc = Package().body(p(r("Before")) + open + p(r("Buried")) + close + p(r("After"))).import();
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "p word/document.xml#1: Before\n"
                          "p word/document.xml#3: After\n");
}

}  // namespace
}  // namespace reshost::test
