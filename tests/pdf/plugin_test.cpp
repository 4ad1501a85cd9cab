// The built pdf plugin, loaded through the C ABI, on real resumes: the
// fixtures copied beside these tests (see tests/fixtures/pdf/SOURCES.tsv).
#include "importer_plugin.hpp"

#include <gtest/gtest.h>

namespace reshost::test {
namespace {

std::string fixture(const std::string& name) {
    return read_file(std::string(RESHOST_SOURCE_DIR) + "/tests/fixtures/pdf/" + name);
}

class PdfImport : public ::testing::Test {
protected:
    static ImporterPlugin& plugin() {
        static ImporterPlugin p(RESHOST_TEST_PLUGIN_DIR, "pdf", "pdf");
        return p;
    }
    static bool has_heading(const CollectedDocument& doc, std::string_view text) {
        for (const auto& b : doc.blocks)
            if (b.kind == RH_BLOCK_HEADING && b.text == text) return true;
        return false;
    }
};

TEST_F(PdfImport, DescribesItself) {
    const rh_component& c = plugin().component();
    EXPECT_EQ(c.kind, static_cast<uint32_t>(RH_KIND_IMPORTER));
    EXPECT_EQ(sv(c.name), "pdf");
    ASSERT_EQ(c.format_count, 1u);
    EXPECT_EQ(sv(c.formats[0]), "pdf");
}

TEST_F(PdfImport, DeedySidebarIsReadBeforeTheMainColumn) {
    CollectedDocument doc = plugin().import(fixture("deedy_resume-openfont.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.meta["columns"], "2");
    EXPECT_EQ(doc.meta["pages"], "1");

    // A bullet of the main column comes out whole, its two lines together,
    // with nothing of the sidebar (which sits beside it) in between.
    int bullet = doc.find("Full-stack developer - Wrote and reviewed code for JS using Backbone, Jade,\n"
                               "Stylus and Require and Scala using Play");
    ASSERT_GE(bullet, 0) << doc.text();
    EXPECT_EQ(doc.blocks[bullet].kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(doc.blocks[bullet].marker, "•");
    EXPECT_EQ(doc.blocks[bullet].flags & RH_BLOCK_IN_SIDEBAR, 0u);
    int captions = doc.find("Worked on the YouTube Captions team, in Javascript and Python to plan, to\n"
                                 "design and develop the full stack to add and edit Automatic Speech Recognition\n"
                                 "captions. In production.");
    ASSERT_GE(captions, 0) << doc.text();

    // The sidebar (left) is read top to bottom first, and flagged.
    int gpa = doc.find("Cum. GPA: 3.83 / 4.0");
    int programming = doc.find("AS3 • iOS • Android • MySQL");
    int experience = doc.find("EXPERIENCE");
    ASSERT_GE(gpa, 0);
    ASSERT_GE(programming, 0);
    EXPECT_TRUE(doc.blocks[gpa].flags & RH_BLOCK_IN_SIDEBAR);
    EXPECT_LT(gpa, programming);
    EXPECT_LT(programming, experience);
    EXPECT_LT(experience, bullet);
    EXPECT_LT(bullet, captions);

    EXPECT_TRUE(has_heading(doc, "EDUCATION"));
    EXPECT_TRUE(has_heading(doc, "EXPERIENCE"));
    EXPECT_TRUE(has_heading(doc, "SKILLS"));
    EXPECT_TRUE(has_heading(doc, "AWARDS"));
    ASSERT_FALSE(doc.blocks.empty());
    int name = doc.find("Debarghya Das");
    ASSERT_GE(name, 0);
    EXPECT_EQ(doc.blocks[name].kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
    EXPECT_EQ(doc.blocks[name].level, 1u);

    // Ligatures are counted before they are normalized away.
    EXPECT_EQ(doc.meta["glyphs.ligatures"], "2");
    EXPECT_NE(doc.find("Artificial Intelligence + Practicum"), -1);

    bool github = false;
    for (const auto& l : doc.links)
        if (l.url == "https://github.com/deedydas") github = l.text == "deedydas" && l.at.page == 1;
    EXPECT_TRUE(github);
    bool lato_bold = false;
    for (const auto& f : doc.fonts)
        if (f.name == "Lato-Bold") lato_bold = f.embedded && !f.symbolic;
    EXPECT_TRUE(lato_bold);
}

TEST_F(PdfImport, AltaCvMainColumnComesBeforeItsSidebar) {
    CollectedDocument doc = plugin().import(fixture("altacv_sample.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.meta["columns"], "2");
    EXPECT_EQ(doc.meta["pages"], "2");
    EXPECT_EQ(doc.pages, 2u);
    EXPECT_TRUE(has_heading(doc, "EXPERIENCE"));
    EXPECT_TRUE(has_heading(doc, "PROJECTS"));
    EXPECT_TRUE(has_heading(doc, "MY LIFE PHILOSOPHY"));

    int project = doc.find("A short abstract would also work.");
    int day = doc.find("A DAY OF MY LIFE");
    int philosophy = doc.find("MY LIFE PHILOSOPHY");
    // The trophy icon's fallback text sits between the achievement's two lines.
    int proud = doc.find("Fantastic Achievement");
    int details = doc.find("and some details about it");
    int strengths = doc.find("STRENGTHS");
    ASSERT_GE(project, 0) << doc.text();
    ASSERT_GE(proud, 0) << doc.text();
    EXPECT_LT(project, day);
    EXPECT_LT(day, philosophy);
    EXPECT_LT(philosophy, proud);
    EXPECT_LT(proud, details);
    EXPECT_LT(details, strengths);
    EXPECT_TRUE(doc.blocks[philosophy].flags & RH_BLOCK_IN_SIDEBAR);
    EXPECT_EQ(doc.blocks[project].flags & RH_BLOCK_IN_SIDEBAR, 0u);

    // The main column's list items lose their markers.
    int job = doc.find("Job description 1");
    ASSERT_GE(job, 0);
    EXPECT_EQ(doc.blocks[job].kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(doc.blocks[job].text, "Job description 1");
    EXPECT_EQ(doc.blocks[job].marker, "•");
}

TEST_F(PdfImport, ImageOnlyPageHasNoWords) {
    CollectedDocument doc = plugin().import(fixture("jake-resume_image-only.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_TRUE(doc.blocks.empty()) << doc.text();
    EXPECT_EQ(doc.meta["image_only_pages"], "1");
    EXPECT_EQ(doc.meta["glyphs.total"], "0");
    ASSERT_EQ(doc.images.size(), 1u);
    EXPECT_EQ(doc.images[0].at.page, 1u);
    EXPECT_GT(doc.images[0].page_share, 0.9f);
}

TEST_F(PdfImport, RunningFooterAndNumberedItems) {
    CollectedDocument doc = plugin().import(fixture("rendercv_john-doe_sb2nov.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.meta["columns"], "1");
    EXPECT_EQ(doc.meta["title"], "John Doe - CV");
    EXPECT_EQ(doc.meta["author"], "John Doe");
    EXPECT_EQ(doc.meta["image_only_pages"], "");
    for (int page = 1; page <= 3; ++page) {
        int footer = doc.find("John Doe – " + std::to_string(page) + "/3");
        ASSERT_GE(footer, 0) << doc.text();
        EXPECT_TRUE(doc.blocks[footer].flags & RH_BLOCK_IN_FOOTER);
        EXPECT_EQ(doc.blocks[footer].at.page, static_cast<uint32_t>(page));
    }
    int thesis = doc.find("Thesis: Efficient Neural Architecture Search");
    ASSERT_GE(thesis, 0);
    EXPECT_EQ(doc.blocks[thesis].marker, "◦");
    EXPECT_EQ(doc.blocks[thesis].text.rfind("Thesis:", 0), 0u);
    int patent = doc.find("Adaptive Quantization for Neural Network Inference");
    ASSERT_GE(patent, 0);
    EXPECT_EQ(doc.blocks[patent].marker, "1.");
    EXPECT_TRUE(doc.blocks[patent].flags & RH_BLOCK_ORDERED);
    // Every line is located on its page.
    for (const auto& b : doc.blocks)
        for (const auto& l : b.lines) {
            EXPECT_EQ(l.at.page, b.at.page);
            EXPECT_LT(l.at.box.x0, l.at.box.x1);
            EXPECT_LT(l.at.box.y0, l.at.box.y1);
            EXPECT_LE(l.at.box.y1, 792.5f);
        }
}

TEST_F(PdfImport, PagesReadSideBySideMakeTheSameDocumentEveryTime) {
    // The two pages are read by two readers, either of which may take either
    // page; the fonts still come out once each in first-use order, and every
    // span names the font it was set in.
    std::string bytes = fixture("altacv_sample.pdf");
    CollectedDocument first = plugin().import(bytes);
    ASSERT_EQ(first.status, RH_STATUS_OK) << first.failure;
    EXPECT_EQ(first.pages, 2u);
    std::vector<std::string> names;
    for (const auto& f : first.fonts) names.push_back(f.name);
    EXPECT_EQ(names, (std::vector<std::string>{"RobotoSlab-Bold", "Lato-Bold", "FontAwesome5Free-Solid", "Lato-Regular",
                                               "SimpleIconsFiltered", "FontAwesome5Brands-Regular",
                                               "FontAwesome5Free-Regular", "Lato-Italic"}));
    ASSERT_NE(first.font("FontAwesome5Free-Solid"), nullptr);
    EXPECT_TRUE(first.font("FontAwesome5Free-Solid")->symbolic);
    EXPECT_FALSE(first.font("Lato-Regular")->symbolic);

    auto spans_of = [](const CollectedDocument& doc) {
        std::vector<std::string> out;
        for (const auto& b : doc.blocks)
            for (const auto& l : b.lines)
                for (const auto& s : l.spans)
                    out.push_back(std::to_string(b.at.page) + " " + s.font + " " + s.text);
        return out;
    };
    std::vector<std::string> spans = spans_of(first);
    bool second_page_heading = false;
    for (const auto& b : first.blocks)
        if (b.at.page == 2 && b.kind == RH_BLOCK_HEADING && !b.lines.empty() && !b.lines[0].spans.empty())
            second_page_heading = second_page_heading || b.lines[0].spans[0].font == "RobotoSlab-Bold";
    EXPECT_TRUE(second_page_heading) << first.text();

    for (int i = 0; i < 6; ++i) {
        CollectedDocument again = plugin().import(bytes);
        ASSERT_EQ(again.status, RH_STATUS_OK) << again.failure;
        EXPECT_EQ(again.text(), first.text());
        EXPECT_EQ(spans_of(again), spans);
        EXPECT_EQ(again.meta, first.meta);
        ASSERT_EQ(again.fonts.size(), first.fonts.size());
        for (std::size_t k = 0; k < again.fonts.size(); ++k) EXPECT_EQ(again.fonts[k].name, first.fonts[k].name);
    }
}

TEST_F(PdfImport, TimeLimitNamesTheFirstPageLeftUnread) {
    // Both readers give up at once; the first page is the one reported.
    std::string bytes = fixture("rendercv_john-doe_sb2nov.pdf");
    plugin().config()["pdf.timeout_seconds"] = "0";
    CollectedDocument doc = plugin().import(bytes);
    plugin().config().clear();
    EXPECT_EQ(doc.status, RH_STATUS_FAILED);
    EXPECT_EQ(doc.failure, "reading the PDF took longer than 0 s (stopped at page 1)");
    EXPECT_TRUE(doc.blocks.empty());
}

TEST_F(PdfImport, PasswordProtectedFixture) {
    CollectedDocument doc = plugin().import(fixture("qpdf_enc-R6-AES256_user-password-view.pdf"));
    EXPECT_EQ(doc.status, RH_STATUS_FAILED);
    EXPECT_EQ(doc.failure, "password-protected PDF");
}

TEST_F(PdfImport, PageLimitComesFromTheConfiguration) {
    std::string bytes = fixture("rendercv_john-doe_sb2nov.pdf");
    plugin().config()["pdf.max_pages"] = "2";
    CollectedDocument doc = plugin().import(bytes);
    plugin().config().clear();
    EXPECT_EQ(doc.status, RH_STATUS_FAILED);
    EXPECT_EQ(doc.failure, "too many pages: 3 (limit 2)");
    EXPECT_TRUE(doc.blocks.empty());
}

}  // namespace
}  // namespace reshost::test
