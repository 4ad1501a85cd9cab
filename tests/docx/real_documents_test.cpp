// The built docx plugin, loaded through the C ABI, on real Word resumes: the
// copies beside these tests (tests/fixtures/docx/SOURCES.tsv says where each
// comes from) and the shared corpus (RESHOST_CORPUS_DIR).
#include "corpus.hpp"
#include "docx_plugin.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace reshost::test {
namespace {

namespace fs = std::filesystem;

std::string fixture(const std::string& name) {
    return read_file(std::string(RESHOST_SOURCE_DIR) + "/tests/fixtures/docx/" + name);
}

fs::path corpus_docx() { return corpus_root() / "real" / "docx"; }

const Block& block_with(const CollectedDocument& doc, std::string_view phrase) {
    int i = doc.find(phrase);
    if (i < 0) throw std::runtime_error("no block holds '" + std::string(phrase) + "':\n" + doc.dump());
    return doc.blocks[static_cast<std::size_t>(i)];
}

TEST(DocxPlugin, DescribesItself) {
    const rh_component& c = plugin().component();
    EXPECT_EQ(c.kind, static_cast<uint32_t>(RH_KIND_IMPORTER));
    EXPECT_EQ(sv(c.name), "docx");
    ASSERT_EQ(c.format_count, 1u);
    EXPECT_EQ(sv(c.formats[0]), "docx");
    EXPECT_EQ(sv(plugin().descriptor().name), "docx");
}

TEST(DocxRealDocuments, ContactInThePageHeaderAndTables) {
    CollectedDocument doc = plugin().import(fixture("loom_ats-problem-resume.docx"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    ASSERT_GE(doc.blocks.size(), 3u);

    // The header's one paragraph comes first, the footer's last, each once.
    const Block& header = doc.blocks.front();
    EXPECT_EQ(header.text, "John Doe | Software Engineer | john@email.com");
    EXPECT_EQ(header.flags, static_cast<uint32_t>(RH_BLOCK_IN_HEADER));
    EXPECT_EQ(header.at.part, "word/header1.xml");
    EXPECT_EQ(header.at.paragraph, 1u);
    const Block& footer = doc.blocks.back();
    EXPECT_EQ(footer.text, "Page 1 | Updated December 2024");
    EXPECT_EQ(footer.flags, static_cast<uint32_t>(RH_BLOCK_IN_FOOTER));
    EXPECT_EQ(footer.at.part, "word/footer1.xml");
    EXPECT_EQ(doc.count("John Doe"), 1u);
    EXPECT_EQ(doc.count("Updated December 2024"), 1u);

    // Table cells: one block per cell paragraph, row by row, flagged.
    std::vector<std::string> cells;
    for (const auto& b : doc.blocks)
        if (b.flags & RH_BLOCK_IN_TABLE) {
            EXPECT_EQ(b.kind, static_cast<uint32_t>(RH_BLOCK_TABLE_CELL)) << b.text;
            cells.push_back(b.text);
        }
    std::vector<std::string> expected{"Email:", "john.doe@email.com", "Phone:",    "(555) 123-4567", "Python", "JavaScript",
                                      "TypeScript", "AWS",           "Docker", "PostgreSQL"};
    EXPECT_EQ(cells, expected);
    EXPECT_EQ(doc.count("john.doe@email.com"), 1u);
    EXPECT_EQ(block_with(doc, "Email:").at.paragraph, 2u);
    EXPECT_LT(doc.find("Contact Information"), doc.find("Email:"));
    EXPECT_LT(doc.find("(555) 123-4567"), doc.find("Summary"));
    int experience_at = -1;
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
        if (doc.blocks[i].text == "Experience") experience_at = static_cast<int>(i);
    ASSERT_GE(experience_at, 0);
    EXPECT_LT(doc.find("PostgreSQL"), experience_at);

    const Block& experience = doc.blocks[static_cast<std::size_t>(experience_at)];
    EXPECT_EQ(experience.kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
    EXPECT_EQ(experience.level, 1u);
    // "- Led team of 5 engineers" is typed as a bullet.
    const Block& led = block_with(doc, "Led team of 5 engineers");
    EXPECT_EQ(led.kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(led.marker, "-");
    EXPECT_EQ(led.text, "Led team of 5 engineers");
    EXPECT_EQ(doc.meta["pages"], "1");
    EXPECT_EQ(doc.meta["columns"], "1");
}

TEST(DocxRealDocuments, WingdingsSeparatorsAndTwoTitlesAtOneCompany) {
    CollectedDocument doc = plugin().import(fixture("jsonresume-docx_jobby-mcjobface_rendered.docx"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.blocks[0].text, "Jobby McJobface");
    ASSERT_NE(doc.blocks[0].lines.size(), 0u);
    EXPECT_EQ(doc.blocks[0].lines[0].spans[0].font, "Garamond");
    EXPECT_TRUE(doc.blocks[0].lines[0].spans[0].flags & RH_SPAN_BOLD);
    EXPECT_FLOAT_EQ(doc.blocks[0].lines[0].spans[0].size, 26.0f);

    // The contact line separates its items with a Wingdings glyph, kept as the
    // private-use character the font draws, in spans of their own.
    const Block& contact = block_with(doc, "help@sheetsresume.com");
    std::size_t symbol_spans = 0;
    for (const auto& s : contact.lines[0].spans)
        if (s.font == "Wingdings") {
            ++symbol_spans;
            EXPECT_EQ(s.text, "\xEF\x81\xB6");  // U+F076, a diamond in Wingdings
        }
    EXPECT_EQ(symbol_spans, 3u);
    const Font* wingdings = doc.font("Wingdings");
    ASSERT_NE(wingdings, nullptr);
    EXPECT_TRUE(wingdings->symbolic);
    ASSERT_NE(doc.font("Garamond"), nullptr);
    EXPECT_FALSE(doc.font("Garamond")->symbolic);

    ASSERT_EQ(doc.links.size(), 2u);
    EXPECT_EQ(doc.links[0].url, "https://github.com/neutralthoughts");
    EXPECT_EQ(doc.links[0].text, "GitHub");
    EXPECT_EQ(doc.links[1].url, "https://soundcloud.com/dandymusicnl");
    EXPECT_EQ(doc.links[1].text, "SoundCloud");

    // Two titles at Pied Piper: the company line breaks (w:br) into the first title...
    const Block& piper = block_with(doc, "Pied Piper");
    ASSERT_EQ(piper.lines.size(), 2u);
    EXPECT_EQ(piper.lines[1].text.rfind("CEO/President | Dec. 2013 - Dec. 2014", 0), 0u);
    EXPECT_TRUE(piper.lines[1].spans[0].flags & RH_SPAN_ITALIC);
    // ...and the second title is a paragraph of its own, before its bullets.
    const Block& janitor = block_with(doc, "Janitor | Dec. 2012 - Nov. 2013");
    EXPECT_EQ(doc.count("Janitor"), 1u);
    EXPECT_LT(doc.find("Pied Piper"), doc.find("Janitor"));
    EXPECT_EQ(janitor.kind, static_cast<uint32_t>(RH_BLOCK_PARAGRAPH));
    const Block& bullet = block_with(doc, "Successfully won Techcrunch Disrupt");
    EXPECT_EQ(bullet.kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(bullet.marker, "•");
    EXPECT_EQ(bullet.level, 1u);

    std::size_t items = 0;
    for (const auto& b : doc.blocks) items += b.kind == RH_BLOCK_LIST_ITEM;
    EXPECT_EQ(items, 10u);
    // docProps/app.xml still holds the template's statistics (2 pages, 557
    // words), so the count is estimated from the text.
    EXPECT_EQ(doc.meta["pages"], "1");
    EXPECT_EQ(doc.meta["pages_estimated"], "true");
}

TEST(DocxRealDocuments, TypedBulletCharactersBecomeListItems) {
    CollectedDocument doc = plugin().import(fixture("loom_basic-formatted-resume.docx"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    const Block& b = block_with(doc, "Led code reviews & mentored junior developers");
    EXPECT_EQ(b.kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(b.marker, "•");
    EXPECT_EQ(b.text, "Led code reviews & mentored junior developers");
    EXPECT_EQ(b.at.part, "word/document.xml");
    EXPECT_EQ(b.at.paragraph, 16u);
    // "john.doe@email.com | (555) 123-4567 | ..." starts with no marker.
    EXPECT_EQ(block_with(doc, "john.doe@email.com").kind, static_cast<uint32_t>(RH_BLOCK_PARAGRAPH));
}

TEST(DocxRealDocuments, PandocListsHeadingsAndLinks) {
    CollectedDocument doc = plugin().import(fixture("pandoc-resume_johnny-coder.docx"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    const Block& name = block_with(doc, "Johnny Coder");
    EXPECT_EQ(name.kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
    EXPECT_EQ(name.level, 1u);
    const Block& education = block_with(doc, "Education");
    EXPECT_EQ(education.kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
    EXPECT_EQ(education.level, 2u);
    const Block& nested = block_with(doc, "English (native speaker)");
    EXPECT_EQ(nested.kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(nested.level, 2u);
    EXPECT_EQ(block_with(doc, "Human Languages:").level, 1u);

    ASSERT_EQ(doc.links.size(), 4u);
    EXPECT_EQ(doc.links[3].url, "mailto:email@example.com");
    EXPECT_EQ(doc.links[3].text, "email@example.com");
    // A line break (w:br) inside the last paragraph splits it into two lines.
    const Block& contact = block_with(doc, "email@example.com");
    ASSERT_EQ(contact.lines.size(), 2u);
    EXPECT_EQ(contact.lines[1].text, "address - Mytown, Mycountry");
    EXPECT_EQ(contact.text, contact.lines[0].text + "\n" + contact.lines[1].text);
    bool linked = false;
    for (const auto& s : contact.lines[0].spans) linked |= (s.flags & RH_SPAN_LINK) && s.link == "mailto:email@example.com";
    EXPECT_TRUE(linked);
    EXPECT_EQ(doc.meta["pages"], "2");
    EXPECT_EQ(doc.meta["pages_estimated"], "true");
}

TEST(DocxRealDocuments, TextOnlyInATextBox) {
    CollectedDocument doc = plugin().import(fixture("mammoth_text-box.docx"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    ASSERT_EQ(doc.blocks.size(), 1u) << doc.dump();
    EXPECT_EQ(doc.blocks[0].text, "Datum plane");
    EXPECT_EQ(doc.blocks[0].flags, static_cast<uint32_t>(RH_BLOCK_IN_TEXT_BOX));
    EXPECT_EQ(doc.blocks[0].at.part, "word/document.xml");
}

TEST(DocxRealDocuments, StrictNamespacesReadLikeTransitional) {
    CollectedDocument doc = plugin().import(fixture("mammoth_strict-format.docx"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.dump(), "p word/document.xml#1: Test\n");
}

TEST(DocxRealDocuments, ExternalPictureIsRecordedNotFetched) {
    CollectedDocument doc = plugin().import(fixture("mammoth_external-picture.docx"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    ASSERT_EQ(doc.images.size(), 1u);
    EXPECT_EQ(doc.images[0].target, "tiny-picture.png");
    EXPECT_FLOAT_EQ(doc.images[0].width, 7.5f);
    EXPECT_FLOAT_EQ(doc.images[0].height, 7.5f);
    EXPECT_TRUE(doc.blocks.empty());
}

class DocxCorpus : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(fs::is_directory(corpus_docx())) << corpus_docx() << " is missing (RESHOST_CORPUS_DIR)";
    }
    static CollectedDocument corpus(const std::string& name) { return plugin().import(read_file((corpus_docx() / name).string())); }
};

TEST_F(DocxCorpus, TextBoxesAndColumnsOfAChineseTemplate) {
    CollectedDocument doc = corpus("online-resume-docx_zhangsan_java.docx");
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // The name sits in a text box written twice (DrawingML and its VML
    // fallback); it is read once.
    EXPECT_EQ(doc.count("张三"), 1u) << doc.dump();
    const Block& name = block_with(doc, "张三");
    EXPECT_EQ(name.flags, static_cast<uint32_t>(RH_BLOCK_IN_TEXT_BOX));
    EXPECT_EQ(doc.find("张三"), 0);
    EXPECT_EQ(doc.count("个人信息"), 1u);
    EXPECT_EQ(block_with(doc, "个人信息").kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
    EXPECT_EQ(doc.meta["columns"], "4");  // sections of 2 and of 4 columns
    EXPECT_EQ(doc.meta["pages"], "1");
    ASSERT_EQ(doc.images.size(), 1u);
    EXPECT_EQ(doc.images[0].target, "word/media/image1.png");
    EXPECT_NEAR(doc.images[0].width, 234.8f, 0.1f);
    EXPECT_NEAR(doc.images[0].height, 157.05f, 0.1f);
}

TEST_F(DocxCorpus, TitleIconsAndLinks) {
    CollectedDocument doc = corpus("akunna1_john-doe_resume.docx");
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.blocks[0].text, "John Doe");
    EXPECT_EQ(doc.blocks[0].kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
    EXPECT_EQ(doc.links.size(), 10u);
    EXPECT_EQ(doc.links[2].url, "https://www.linkedin.com/in/john-doe-59297b8b/");
    EXPECT_EQ(doc.links[2].text, "Linkedin");
    ASSERT_EQ(doc.images.size(), 2u);
    for (const auto& i : doc.images) EXPECT_LT(i.width, 12.0f);
    EXPECT_EQ(block_with(doc, "Student success mentor").marker, "•");
}

// Every real document: every block and line says where it comes from, and
// nothing is read twice.
TEST_F(DocxCorpus, EveryBlockHasAPartAndParagraph) {
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(corpus_docx())) {
        if (entry.path().extension() != ".docx") continue;
        ++files;
        CollectedDocument doc = plugin().import(read_file(entry.path().string()));
        ASSERT_EQ(doc.status, RH_STATUS_OK) << entry.path() << ": " << doc.failure;
        EXPECT_GT(doc.blocks.size(), 5u) << entry.path();
        std::vector<std::pair<std::string, uint32_t>> seen;
        for (const auto& b : doc.blocks) {
            EXPECT_FALSE(b.at.part.empty()) << entry.path() << ": " << b.text;
            EXPECT_GT(b.at.paragraph, 0u) << entry.path() << ": " << b.text;
            EXPECT_FALSE(b.text.empty()) << entry.path();
            for (const auto& l : b.lines) {
                EXPECT_EQ(l.at.part, b.at.part);
                EXPECT_EQ(l.at.paragraph, b.at.paragraph);
            }
            std::pair<std::string, uint32_t> key{b.at.part, b.at.paragraph};
            EXPECT_EQ(std::count(seen.begin(), seen.end(), key), 0) << entry.path() << ": " << b.text;
            seen.push_back(key);
        }
        EXPECT_FALSE(doc.meta["pages"].empty()) << entry.path();
    }
    EXPECT_GE(files, 9u);
}

}  // namespace
}  // namespace reshost::test
